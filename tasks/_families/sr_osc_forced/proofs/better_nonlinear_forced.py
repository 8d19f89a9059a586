"""Proof skeleton: the seed's linear forced oscillator plus off-unit drive frequencies and nonlinear and
parametric terms (beats it everywhere). The data's times are independent of the state, so a drive at another
frequency than the seed's cos(t) is only captured by a term of that frequency: this bank has a lower and a
higher one."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(x, v, t, params):
    """Linear spring and damping, drives at frequencies 1, 0.7 and 1.2, cubic, quadratic, self-excited and pumped terms."""
    drive = params[2] * np.cos(t) + params[3] * np.cos(0.7 * t) + params[4] * np.sin(1.2 * t)
    nonlinear = params[5] * x**3 + params[6] * x**2 + params[7] * x**2 * v
    pumped = params[8] * x * np.cos(2.0 * t) + params[9] * x * np.exp(-0.2 * t)
    return params[0] * x + params[1] * v + drive + nonlinear + pumped
# EVOLVE-BLOCK-END
