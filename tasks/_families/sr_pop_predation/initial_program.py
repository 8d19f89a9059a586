"""Equation skeleton for a prey population's growth rate; its params are fitted by the evaluator."""


# EVOLVE-BLOCK-START
def equation(t, N, P, params):
    """Prey growth rate dN/dt from time t, prey N and predator P (arrays); params: 10 constants fitted by BFGS."""
    growth = params[0] * N + params[1] * N**2
    return growth
# EVOLVE-BLOCK-END
