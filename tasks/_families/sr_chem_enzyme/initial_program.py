"""Equation skeleton for an enzyme-catalysed reaction's rate; its params are fitted by the evaluator."""


# EVOLVE-BLOCK-START
def equation(t, S, params):
    """Rate dS/dt from time t and substrate concentration S (arrays); params: 10 constants fitted by BFGS."""
    uptake = params[0] * S
    supply = params[1]
    return uptake + supply
# EVOLVE-BLOCK-END
