"""Proof skeleton: the seed's linear forced oscillator plus nonlinear and parametric terms (beats it everywhere)."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(x, v, t, params):
    """Linear spring, damping and unit-frequency drive + cubic, quadratic, self-excited, drag and pumped terms."""
    linear = params[0] * x + params[1] * v + params[2] * np.cos(t)
    nonlinear = params[3] * x**3 + params[4] * x**2 + params[5] * x**2 * v + params[6] * np.sin(x)
    pumped = params[7] * x * np.cos(2.0 * t) + params[8] * x * np.exp(-0.2 * t)
    return linear + nonlinear + pumped + params[9] * v * np.abs(v)
# EVOLVE-BLOCK-END
