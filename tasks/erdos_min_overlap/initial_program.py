"""Erdős minimum overlap: a step function h on [0, 2] with 0 <= h <= 1 and integral 1, minimizing C5.

The seed is a small gradient optimiser (the shape of the public AlphaEvolve-problem seeds): h = sigmoid(z)
on 200 points keeps 0 < h < 1, a quadratic penalty holds the integral at 1, and Adam lowers C5 for 20,000
steps from random latent values. The trajectory is chaotic (one changed bit moves the result), so every
step is numpy's FFT or a single IEEE-rounded float64 operation: no BLAS, no vectorised exp (computed here)
and no fused complex multiply, whose bits differ between CPU generations.
"""
import numpy as np

# EVOLVE-BLOCK-START
N_POINTS = 200          # samples of h on [0, 2]
ITERATIONS = 20_000     # optimiser steps
LR = 0.005
PENALTY = 1e6           # weight of (integral - 1)^2
SEED = 25

LN2, LN2_HI, LN2_LO = 0.6931471805599453, 6.93147180369123816490e-01, 1.90821492927058770002e-10


def exp(x):
    """e^x: x = k ln2 + r with |r| <= ln2 / 2, e^r by its Taylor series, then an exact scaling by 2^k."""
    x = np.clip(x, -700.0, 700.0)
    k = np.rint(x / LN2)
    r = (x - k * LN2_HI) - k * LN2_LO
    p = np.ones_like(r)
    for i in range(14, 0, -1):
        p = p * r / i + 1.0
    return np.ldexp(p, k.astype(np.int64))


def sigmoid(z):
    return 1.0 / (1.0 + exp(-z))


def complex_product(a, b):
    """a * b for complex arrays from real products and sums (no fused multiply-add: same bits everywhere)."""
    out = np.empty(a.shape, dtype=complex)
    out.real = a.real * b.real - a.imag * b.imag
    out.imag = a.real * b.imag + a.imag * b.real
    return out


def c5_and_gradient(z):
    """Penalized C5 of h = sigmoid(z) and its (sub)gradient in z: the max over shifts moves one shift."""
    n = len(z)
    dx = 2.0 / n
    h = sigmoid(z)
    j = 1.0 - h
    corr = np.fft.irfft(complex_product(np.fft.rfft(h, 2 * n), np.conj(np.fft.rfft(j, 2 * n))), 2 * n)
    s = int(np.argmax(corr))          # corr[s] = sum_i h[i + s] j[i] (s taken modulo 2n)
    if s >= n:
        s -= 2 * n
    grad = np.zeros(n)
    lo, hi = max(0, s), min(n, n + s)
    grad[lo:hi] += j[lo - s:hi - s]   # from h[m] with m = i + s
    lo, hi = max(0, -s), min(n, n - s)
    grad[lo:hi] -= h[lo + s:hi + s]   # from j[m] = 1 - h[m] with m = i
    integral = np.sum(h) * dx
    grad = grad * dx + 2.0 * PENALTY * (integral - 1.0) * dx
    return corr.max() * dx, grad * (h * j)


def run():
    """Return h sampled at n equally spaced points on [0, 2]."""
    rng = np.random.RandomState(SEED)
    z = np.sum(rng.uniform(size=(12, N_POINTS)), axis=0) - 6.0   # roughly standard normal
    m, v = np.zeros(N_POINTS), np.zeros(N_POINTS)
    beta1_t = beta2_t = 1.0
    for _ in range(ITERATIONS):
        _, g = c5_and_gradient(z)
        beta1_t *= 0.9
        beta2_t *= 0.999
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * (g * g)
        z = z - LR * (m / (1.0 - beta1_t)) / (np.sqrt(v / (1.0 - beta2_t)) + 1e-8)
    return sigmoid(z)
# EVOLVE-BLOCK-END
