"""Data for the sr_pop_allee family: population growth with Allee effects and harvesting.

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
    # strong Allee effect: r P (P/A - 1) (1 - P/K)
    "strong_allee": lambda t, P, c: c[0] * P * (P / c[1] - 1.0) * (1.0 - P / c[2]),
    # weak Allee effect from mate finding: r P (1 - P/K) P / (h + P)
    "mate_finding": lambda t, P, c: c[0] * P * (1.0 - P / c[1]) * P / (c[2] + P),
    # logistic growth under a constant harvest quota: r P (1 - P/K) - H
    "constant_harvest": lambda t, P, c: c[0] * P * (1.0 - P / c[1]) - c[2],
    # logistic growth under a saturating (Michaelis-Menten) harvest: r P (1 - P/K) - q P / (h + P)
    "mm_harvest": lambda t, P, c: c[0] * P * (1.0 - P / c[1]) - c[2] * P / (c[3] + P),
    # logistic growth under a seasonal harvest: r P (1 - P/K) - H (1 + sin(w t))
    "seasonal_harvest": lambda t, P, c: c[0] * P * (1.0 - P / c[1]) - c[2] * (1.0 + np.sin(c[3] * t)),
    # saturating births, linear deaths and crowding: b P^2 / (h + P) - m P - d P^2
    "birth_death": lambda t, P, c: c[0] * P**2 / (c[1] + P) - c[2] * P - c[3] * P**2,
    # strong Allee effect under proportional harvest: r P (P/A - 1) (1 - P/K) - E P
    "allee_harvest": lambda t, P, c: c[0] * P * (P / c[1] - 1.0) * (1.0 - P / c[2]) - c[3] * P,
    # logistic growth under a steadily rising fishing effort: r P (1 - P/K) - e t P
    "rising_effort": lambda t, P, c: c[0] * P * (1.0 - P / c[1]) - c[2] * t * P,
}


def generate(out_dir: Path, seed: int, params: dict) -> None:
    law, c = LAWS[params["law"]], [float(value) for value in params["c"]]
    write_law_dataset(out_dir, seed, params, lambda s, y: [law(s, y[0], c)], lambda t, P: law(t, P, c), ("P",),
                      ("t", "P", "dP_dt"))
