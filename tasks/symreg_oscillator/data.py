"""Data for symreg_oscillator: a damped, driven Duffing oscillator (LLM-SR physics-oscillation style).

True law: a = -DELTA*v - ALPHA*x - BETA*x**3 + GAMMA*cos(OMEGA*t). Two trajectories on [0, 15] mark out
the region; rows are drawn independently in it (`eft.judge.write_law_dataset`): in-domain rows (train /
test_id) at t <= 10 within the states seen there, out-of-domain rows later or beyond those states (time
extrapolation). Targets are the exact accelerations at the sampled states. Rows on the trajectories would
give the target away (finite differences along a trajectory are the acceleration).
"""
from pathlib import Path

import numpy as np

from eft.judge import write_law_dataset

DELTA, ALPHA, BETA, GAMMA, OMEGA = 0.25, 1.0, 0.6, 0.8, 1.3
INITIAL_STATES = ((1.0, 0.0), (-1.5, 0.5))
T_END, T_SPLIT, POINTS_PER_TRAJECTORY = 15.0, 10.0, 300


def acceleration(x, v, t):
    return -DELTA * v - ALPHA * x - BETA * x**3 + GAMMA * np.cos(OMEGA * t)


def generate(out_dir: Path, seed: int) -> None:
    region = {"starts": INITIAL_STATES, "t_end": T_END, "t_split": T_SPLIT, "points": POINTS_PER_TRAJECTORY}
    write_law_dataset(out_dir, seed, region, lambda s, y: [y[1], acceleration(y[0], y[1], s)],
                      lambda t, x, v: acceleration(x, v, t), ("x", "v"), ("x", "v", "t", "a"))
