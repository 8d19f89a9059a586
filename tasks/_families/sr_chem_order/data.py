"""Data for the sr_chem_order family: rate laws of a reactant's concentration A (orders and rate forms).

Each member names its true law in `params` (`law`, a key of LAWS, and its coefficients `c`), so members
differ in the equation, not only in the seed. The law gives the rate dA/dt(t, A); one trajectory is
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

# rows where the concentration has decayed to this or below are dropped: the statement promises A > 0
MIN_CONCENTRATION = 1e-6

LAWS = {
    # order 3/2: -k A^1.5
    "order_1_5": lambda t, A, c: -c[0] * A**1.5,
    # constant production, first-order removal: k0 - k A
    "production_decay": lambda t, A, c: c[0] - c[1] * A,
    # Langmuir-Hinshelwood surface reaction: -k A / (1 + b A)^2
    "langmuir": lambda t, A, c: -c[0] * A / (1.0 + c[1] * A) ** 2,
    # parallel first- and second-order paths: -k1 A - k2 A^2
    "parallel": lambda t, A, c: -c[0] * A - c[1] * A**2,
    # third order: -k A^3
    "third_order": lambda t, A, c: -c[0] * A**3,
    # first order under a temperature ramp (Arrhenius): -k0 exp(-E / (1 + b t)) A
    "arrhenius_ramp": lambda t, A, c: -c[0] * np.exp(-c[1] / (1.0 + c[2] * t)) * A,
    # intermediate of consecutive first-order reactions: -k2 A + k1 A0 exp(-k1 t)
    "intermediate": lambda t, A, c: -c[0] * A + c[1] * np.exp(-c[2] * t),
}


def generate(out_dir: Path, seed: int, params: dict) -> None:
    law, c = LAWS[params["law"]], [float(value) for value in params["c"]]
    write_law_dataset(out_dir, seed, params, lambda s, y: [law(s, y[0], c)], lambda t, A: law(t, A, c), ("A",),
                      ("t", "A", "dA_dt"), keep=lambda states: states[:, 0] > MIN_CONCENTRATION)
