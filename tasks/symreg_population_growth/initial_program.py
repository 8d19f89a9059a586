"""Equation skeleton for a population's growth rate; its params are fitted by the evaluator."""


# EVOLVE-BLOCK-START
def equation(t, P, params):
    """Growth rate dP/dt from time t and population P (arrays); params: 10 constants fitted by BFGS."""
    growth = params[0] * P + params[1] * P ** 2
    loss = params[2] * P ** 3.0 / (1.0 + P ** 2.0)
    return growth + loss
# EVOLVE-BLOCK-END
