"""Data for symreg_oscillator: a damped, driven Duffing oscillator (LLM-SR physics-oscillation style).

True law: a = -DELTA*v - ALPHA*x - BETA*x**3 + GAMMA*cos(OMEGA*t). Two trajectories are sampled at seeded
random times on [0, 15]; rows with t <= 10 are in-domain (train / test_id), later rows are the
out-of-domain test (time extrapolation). Targets are the exact accelerations at the sampled states.
"""
from pathlib import Path

import numpy as np

from eft.judge import trajectory, write_dataset

DELTA, ALPHA, BETA, GAMMA, OMEGA = 0.25, 1.0, 0.6, 0.8, 1.3
INITIAL_STATES = ((1.0, 0.0), (-1.5, 0.5))
T_END, T_SPLIT, POINTS_PER_TRAJECTORY = 15.0, 10.0, 300


def acceleration(x, v, t):
    return -DELTA * v - ALPHA * x - BETA * x**3 + GAMMA * np.cos(OMEGA * t)


def generate(out_dir: Path, seed: int) -> None:
    rng = np.random.default_rng(seed)
    rows = {"x": [], "v": [], "t": []}
    for state in INITIAL_STATES:
        t = np.sort(rng.uniform(0.0, T_END, POINTS_PER_TRAJECTORY))
        t[0] = 0.0
        states = trajectory(lambda s, y: [y[1], acceleration(y[0], y[1], s)], state, t)
        rows["x"].append(states[:, 0])
        rows["v"].append(states[:, 1])
        rows["t"].append(t)
    columns = {name: np.concatenate(parts) for name, parts in rows.items()}
    columns["a"] = acceleration(columns["x"], columns["v"], columns["t"])
    write_dataset(out_dir, columns, ood=columns["t"] > T_SPLIT, seed=seed)
