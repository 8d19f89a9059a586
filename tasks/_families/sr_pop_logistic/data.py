"""Data for the sr_pop_logistic family: single-population growth laws with density-dependent saturation.

Each member names its true law in `params` (`law`, a key of LAWS, and its coefficients `c`), so members
differ in the equation, not only in the seed. The law gives the growth rate dP/dt(t, P); one trajectory is
integrated from each start value at seeded random times on [0, t_end]. Trajectories from `starts` are
in-domain (train / test_id), those from `ood_starts` (populations outside the trained range) and rows after
`t_split` are out-of-domain. Targets are the exact rates plus Gaussian noise of `noise` times their
standard deviation (measured data is never exact, and a noise floor keeps the score from rewarding fits
below it).

The rows are not points of those trajectories, which only mark out the region: `eft.judge.sample_region_rows` draws them
independently and uniformly in it (in-domain rows in the box of the in-domain states at times up to
`t_split`, out-of-domain rows elsewhere in the box of all states or later), so that no row's neighbours
along a trajectory reveal its rate.
"""
from pathlib import Path

import numpy as np

from eft.judge import write_law_dataset

LAWS = {
    # Verhulst logistic: r P (1 - P/K)
    "logistic": lambda t, P, c: c[0] * P * (1.0 - P / c[1]),
    # Gompertz: r P ln(K/P)
    "gompertz": lambda t, P, c: c[0] * P * np.log(c[1] / P),
    # theta-logistic (Richards): r P (1 - (P/K)^theta)
    "theta_logistic": lambda t, P, c: c[0] * P * (1.0 - (P / c[1]) ** c[2]),
    # von Bertalanffy: a P^(2/3) - b P
    "bertalanffy": lambda t, P, c: c[0] * P ** (2.0 / 3.0) - c[1] * P,
    # Smith (food-limited): r P (1 - P/K) / (1 + s P/K)
    "smith": lambda t, P, c: c[0] * P * (1.0 - P / c[1]) / (1.0 + c[2] * P / c[1]),
    # seasonal logistic: r (1 + e sin(w t)) P (1 - P/K)
    "seasonal": lambda t, P, c: c[0] * (1.0 + c[1] * np.sin(c[2] * t)) * P * (1.0 - P / c[3]),
    # growing carrying capacity: r P (1 - P / (K0 + g t))
    "growing_capacity": lambda t, P, c: c[0] * P * (1.0 - P / (c[1] + c[2] * t)),
    # Beverton-Holt births, linear deaths: b P / (1 + P/h) - m P
    "beverton_holt": lambda t, P, c: c[0] * P / (1.0 + P / c[1]) - c[2] * P,
    # West ontogenetic growth: a P^(3/4) (1 - (P/M)^(1/4))
    "west": lambda t, P, c: c[0] * P**0.75 * (1.0 - (P / c[1]) ** 0.25),
}


def generate(out_dir: Path, seed: int, params: dict) -> None:
    law, c = LAWS[params["law"]], [float(value) for value in params["c"]]
    write_law_dataset(out_dir, seed, params, lambda s, y: [law(s, y[0], c)], lambda t, P: law(t, P, c), ("P",),
                      ("t", "P", "dP_dt"))
