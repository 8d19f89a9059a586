"""Equation skeleton for a reaction's rate; its params are fitted by the evaluator."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(t, A, params):
    """Rate dA/dt from time t and concentration A (arrays); params: 10 constants fitted by BFGS."""
    reaction = params[0] * A ** 1.0
    catalysis = params[1] * np.exp(-1.0 * t)
    return reaction + catalysis
# EVOLVE-BLOCK-END
