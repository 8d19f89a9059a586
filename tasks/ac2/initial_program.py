"""Second autocorrelation inequality: non-negative step heights f maximizing C2 of g = f * f.

The seed is a small gradient optimiser (the shape of the public AlphaEvolve-problem seeds): 50 uniformly
random heights, and Adam with a linear warm-up and a cosine decay raises C2 for 15,000 steps. The
trajectory is chaotic (one changed bit moves the result), so every step is numpy's FFT or a single
IEEE-rounded float64 operation: no BLAS, no vectorised cos/exp and no fused complex multiply, whose bits
differ between CPU generations.
"""
import math

import numpy as np

# EVOLVE-BLOCK-START
N_STEPS = 50            # heights of the step function
ITERATIONS = 15_000     # optimiser steps
PEAK_LR = 0.01
END_LR = PEAK_LR * 1e-4
WARMUP = 1_000
SEED = 138


def cos_pi(t):
    """cos(pi t) for t in [0, 1] from its Taylor series: + - * / only, so identical on every machine."""
    if t > 0.5:
        return -cos_pi(1.0 - t)
    x = math.pi * t
    x2 = x * x
    term, total, k = 1.0, 1.0, 0
    while abs(term) > 1e-18:
        k += 2
        term = -term * x2 / ((k - 1) * k)
        total += term
    return total


def learning_rate(step):
    """Linear warm-up from 0 to PEAK_LR, cosine decay to END_LR, then constant."""
    if step < WARMUP:
        return PEAK_LR * step / WARMUP
    span = ITERATIONS - 2 * WARMUP
    t = min(step - WARMUP, span) / span
    return END_LR + (PEAK_LR - END_LR) * 0.5 * (1.0 + cos_pi(t))


def complex_product(a, b):
    """a * b for complex arrays from real products and sums (no fused multiply-add: same bits everywhere)."""
    out = np.empty(a.shape, dtype=complex)
    out.real = a.real * b.real - a.imag * b.imag
    out.imag = a.real * b.imag + a.imag * b.real
    return out


def c2_and_gradient(x):
    """C2 of f = max(x, 0) and its (sub)gradient in x.

    g = f * f; ||g||_2^2 is the exact integral of g's piecewise-linear interpolant (zero at both ends),
    ||g||_1 = sum|g| / (len(g) + 1), ||g||_inf = max|g|.
    """
    n = len(x)
    f = np.maximum(x, 0.0)
    spectrum = np.fft.rfft(f, 2 * n)
    g = np.fft.irfft(complex_product(spectrum, spectrum), 2 * n)[:2 * n - 1]
    width = 1.0 / (len(g) + 1)
    y = np.concatenate(([0.0], g, [0.0]))
    l2 = np.sum(width / 3.0 * (y[:-1] * y[:-1] + y[:-1] * y[1:] + y[1:] * y[1:]))
    l1 = np.sum(np.abs(g)) * width
    k = int(np.argmax(np.abs(g)))
    linf = abs(g[k])
    d_l2 = width / 3.0 * (4.0 * y[1:-1] + y[:-2] + y[2:])
    d_l1 = np.sign(g) * width
    d_linf = np.zeros_like(g)
    d_linf[k] = np.sign(g[k])
    denominator = l1 * linf
    d_g = d_l2 / denominator - l2 * (d_l1 * linf + l1 * d_linf) / (denominator * denominator)
    # d g[k] / d f[m] = 2 f[k - m]: the gradient in f is a correlation of d_g with f
    d_f = 2.0 * np.fft.irfft(complex_product(np.fft.rfft(np.append(d_g, 0.0), 2 * n), np.conj(spectrum)),
                                 2 * n)[:n]
    return l2 / denominator, d_f * (x > 0)


def run():
    """Return the n step heights f >= 0."""
    rng = np.random.RandomState(SEED)
    x = rng.uniform(size=N_STEPS)
    m, v = np.zeros(N_STEPS), np.zeros(N_STEPS)
    beta1_t = beta2_t = 1.0
    for step in range(ITERATIONS):
        _, grad = c2_and_gradient(x)
        g = -grad  # ascend C2
        beta1_t *= 0.9
        beta2_t *= 0.999
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * (g * g)
        x = x - learning_rate(step) * (m / (1.0 - beta1_t)) / (np.sqrt(v / (1.0 - beta2_t)) + 1e-8)
    return np.maximum(x, 0.0)
# EVOLVE-BLOCK-END
