"""Data for the sr_pop_allee family: population growth with Allee effects and harvesting.

Each member names its true law in `params` (`law`, a key of LAWS, and its coefficients `c`), so members
differ in the equation, not only in the seed. The law gives the growth rate dP/dt(t, P); one trajectory is
integrated from each start value at seeded random times on [0, t_end]. Trajectories from `starts` are
in-domain (train / test_id), those from `ood_starts` (populations outside the trained range) and rows after
`t_split` are out-of-domain. Targets are the exact rates plus Gaussian noise of `noise` times their
standard deviation (measured data is never exact, and a noise floor keeps the score from rewarding fits
below it).
"""
from pathlib import Path

import numpy as np

from eft.judge import trajectory, write_dataset

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
    t_end, t_split, points = float(params["t_end"]), float(params["t_split"]), int(params["points"])
    rng = np.random.default_rng(seed)
    starts = [(s, False) for s in params["starts"]] + [(s, True) for s in params["ood_starts"]]
    parts, ood = [], []
    for start, outside in starts:
        t = np.sort(rng.uniform(0.0, t_end, points))
        t[0] = 0.0
        parts.append((t, trajectory(lambda s, y: [law(s, y[0], c)], [float(start)], t)[:, 0]))
        ood.append(outside | (t > t_split))
    t, P = (np.concatenate(column) for column in zip(*parts))
    rate = law(t, P, c)
    rate = rate + float(params["noise"]) * np.std(rate) * rng.standard_normal(rate.shape)
    write_dataset(out_dir, {"t": t, "P": P, "dP_dt": rate}, ood=np.concatenate(ood), seed=seed)
