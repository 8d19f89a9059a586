"""Proof skeleton: logistic prey growth plus a basis of predation terms (beats the predator-free seed everywhere)."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(t, N, P, params):
    """Logistic growth + mass-action, saturating, sigmoid, interference and ratio-dependent predation terms."""
    growth = params[0] * N + params[1] * N**2 + params[2] * N * np.log(N)
    predation = (params[3] * N * P + params[4] * N * P / (1.0 + N) + params[5] * N**2 * P / (1.0 + N**2)
                 + params[6] * N * P / (1.0 + N + P) + params[7] * N * P / (N + P) + params[8] * P
                 + params[9] * N * P**2)
    return growth + predation
# EVOLVE-BLOCK-END
