"""Equation skeleton for a reaction's rate; its params are fitted by the evaluator."""


# EVOLVE-BLOCK-START
def equation(t, A, params):
    """Rate dA/dt from time t and concentration A (arrays); params: 10 constants fitted by BFGS."""
    first_order = params[0] * A
    return first_order
# EVOLVE-BLOCK-END
