"""First autocorrelation inequality: non-negative step heights on [-1/4, 1/4] minimizing C1.

The seed is a small gradient optimiser (the shape of the public AlphaEvolve-problem seeds): 600 heights
start as a box on the middle half plus a little noise, and Adam with a linear warm-up and a cosine decay
lowers C1 = 2n max(a * a) / (sum a)^2 for 40,000 steps. The trajectory is chaotic (one changed bit moves
the result by ~1e-6), so every step is numpy's FFT or a single IEEE-rounded float64 operation: no BLAS, no
vectorised cos/exp and no fused complex multiply, whose bits differ between CPU generations.
"""
import math

import numpy as np

# EVOLVE-BLOCK-START
N_STEPS = 600           # heights of the step function
ITERATIONS = 40_000     # optimiser steps
PEAK_LR = 0.005
END_LR = PEAK_LR * 1e-4
WARMUP = 2_000
NOISE = 0.05
SEED = 34


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


def c1_and_gradient(x):
    """C1 of a = max(x, 0) and its (sub)gradient in x: the max of the autoconvolution moves one peak."""
    n = len(x)
    a = np.maximum(x, 0.0)
    spectrum = np.fft.rfft(a, 2 * n)
    conv = np.fft.irfft(complex_product(spectrum, spectrum), 2 * n)
    k = int(np.argmax(conv))
    peak, total = conv[k], np.sum(a)
    lo, hi = max(0, k - n + 1), min(n - 1, k)
    d_peak = np.zeros(n)
    d_peak[lo:hi + 1] = 2.0 * a[k - hi:k - lo + 1][::-1]  # d conv[k] / d a[m] = 2 a[k - m]
    square = total * total
    grad = (2 * n) * (d_peak / square - 2.0 * peak / (square * total))
    return 2 * n * peak / square, grad * (x > 0)


def run():
    """Return the n step heights a >= 0."""
    rng = np.random.RandomState(SEED)
    x = np.zeros(N_STEPS)
    x[N_STEPS // 4:3 * N_STEPS // 4] = 1.0
    x += NOISE * rng.uniform(size=N_STEPS)
    m, v = np.zeros(N_STEPS), np.zeros(N_STEPS)
    beta1_t = beta2_t = 1.0
    for step in range(ITERATIONS):
        _, g = c1_and_gradient(x)
        beta1_t *= 0.9
        beta2_t *= 0.999
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * (g * g)
        x = x - learning_rate(step) * (m / (1.0 - beta1_t)) / (np.sqrt(v / (1.0 - beta2_t)) + 1e-8)
    return np.maximum(x, 0.0)
# EVOLVE-BLOCK-END
