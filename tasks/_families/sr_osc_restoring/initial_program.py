"""Equation skeleton for a nonlinear oscillator's acceleration; its params are fitted by the evaluator."""


# EVOLVE-BLOCK-START
def equation(x, v, t, params):
    """Acceleration from position x, velocity v and time t (arrays); params: 10 constants fitted by BFGS."""
    restoring = params[0] * x
    damping = params[1] * v
    return restoring + damping
# EVOLVE-BLOCK-END
