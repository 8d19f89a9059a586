"""Proof (better): scipy's compiled maximum flow (scipy.sparse.csgraph.maximum_flow) on a CSR capacity matrix.

The same augmenting-path idea (Dinic's blocking flows by default) runs in compiled code instead of a
Python loop per arc visit. Parallel edges cannot occur here (edges are distinct pairs), and every
capacity fits in int32.
"""
import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import maximum_flow

# EVOLVE-BLOCK-START


def solve(problem):
    """Value of a maximum flow from node 0 to node n - 1 (edge e: src[e] -> dst[e], capacity cap[e])."""
    n = int(problem["n"])
    capacities = csr_matrix((problem["cap"].astype(np.int32), (problem["src"], problem["dst"])), shape=(n, n))
    return int(maximum_flow(capacities, 0, n - 1).flow_value)
# EVOLVE-BLOCK-END
