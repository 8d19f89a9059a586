"""Equation skeleton for a population's growth rate; its params are fitted by the evaluator."""


# EVOLVE-BLOCK-START
def equation(t, P, params):
    """Growth rate dP/dt from time t and population P (arrays); params: 10 constants fitted by BFGS."""
    growth = params[0] * P
    immigration = params[1]
    return growth + immigration
# EVOLVE-BLOCK-END
