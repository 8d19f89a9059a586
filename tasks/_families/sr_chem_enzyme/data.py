"""Data for the sr_chem_enzyme family: enzyme kinetics of a substrate's concentration S (saturation, inhibition).

Each member names its true law in `params` (`law`, a key of LAWS, and its coefficients `c`), so members
differ in the equation, not only in the seed. The law gives the rate dS/dt(t, S); one trajectory is
integrated from each initial concentration at seeded random times on [0, t_end]. Trajectories from `starts`
are in-domain (train / test_id), those from `ood_starts` (concentrations outside the trained range) and
rows after `t_split` are out-of-domain; rows whose concentration has decayed to (numerically) zero are
dropped. Targets are the exact rates plus Gaussian noise of `noise` times their standard deviation
(measured data is never exact, and a noise floor keeps the score from rewarding fits below it).

The rows are not points of those trajectories, which only mark out the region: `eft.judge.sample_region_rows` draws them
independently and uniformly in it (in-domain rows in the box of the in-domain states at times up to
`t_split`, out-of-domain rows elsewhere in the box of all states or later), so that no row's neighbours
along a trajectory reveal its rate.
"""
from pathlib import Path

import numpy as np

from eft.judge import write_law_dataset

# rows where the concentration has decayed to this or below are dropped: the statement promises S > 0
MIN_CONCENTRATION = 1e-6

LAWS = {
    # Michaelis-Menten: -V S / (K + S)
    "michaelis_menten": lambda t, S, c: -c[0] * S / (c[1] + S),
    # substrate inhibition (Haldane): -V S / (K + S + S^2 / Ki)
    "haldane": lambda t, S, c: -c[0] * S / (c[1] + S + S**2 / c[2]),
    # cooperative binding (Hill): -V S^n / (K^n + S^n)
    "hill": lambda t, S, c: -c[0] * S ** c[2] / (c[1] ** c[2] + S ** c[2]),
    # enzyme losing activity over time: -V exp(-kd t) S / (K + S)
    "deactivation": lambda t, S, c: -c[0] * np.exp(-c[1] * t) * S / (c[2] + S),
    # saturable plus non-saturable uptake: -V S / (K + S) - k S
    "mm_linear": lambda t, S, c: -c[0] * S / (c[1] + S) - c[2] * S,
    # constant feed into a Michaelis-Menten sink: F - V S / (K + S)
    "fed": lambda t, S, c: c[0] - c[1] * S / (c[2] + S),
    # two enzymes of different affinity: -V1 S / (K1 + S) - V2 S / (K2 + S)
    "two_enzymes": lambda t, S, c: -c[0] * S / (c[1] + S) - c[2] * S / (c[3] + S),
}


def generate(out_dir: Path, seed: int, params: dict) -> None:
    law, c = LAWS[params["law"]], [float(value) for value in params["c"]]
    write_law_dataset(out_dir, seed, params, lambda s, y: [law(s, y[0], c)], lambda t, S: law(t, S, c), ("S",),
                      ("t", "S", "dS_dt"), keep=lambda states: states[:, 0] > MIN_CONCENTRATION)
