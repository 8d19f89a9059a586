"""Which held-out table a task belongs to, and the paper's column order and labels (docs/PAPER.md#main-table).

The paper reports its 22 held-out tasks in four places: the main table (math, algorithm engineering, systems),
the Frontier-CS table (competitive programming), the AlgoTune speedups and the GPU kernels. A task's table
follows from its domain, so a new held-out task lands in the right table without a code change; main-table
tasks the paper does not have go after the paper's, in id order.
"""
from __future__ import annotations

TABLES = ("main", "frontier_cs", "algotune")
# domain -> table; gpu_kernel tasks have their own re-timed kernel table (eft.kernels.retime), not these
DOMAIN_TABLE = {"competitive_programming": "frontier_cs", "numerical": "algotune", "gpu_kernel": None}
# the paper's main-table columns, in its order: task id -> column label
PAPER_MAIN = {
    "erdos_min_overlap": "Erdős", "ac1": "AC1", "ac2": "AC2", "circle_packing_26": "CP26",
    "hadamard_29": "Hadamard", "ahc039_purse_seine": "ahc039", "ahc058_production": "ahc058",
    "eplb": "EPLB", "prism": "PRISM", "llm_sql": "LLM-SQL", "transaction_scheduling": "Transaction",
}
PAPER_ALGOTUNE = {
    "algotune_convolve2d": "convolve2d", "algotune_polynomial_roots": "polynomial roots",
    "algotune_psd_cone_projection": "PSD cone", "algotune_affine_transform": "affine transform",
    "algotune_fft_convolution": "FFT convolution",
}
LABELS = {**PAPER_MAIN, **PAPER_ALGOTUNE}


def table_of(domain: str) -> str | None:
    return DOMAIN_TABLE.get(domain, "main")


def ordered(tasks: list[str]) -> list[str]:
    """The paper's columns first in the paper's order, then any other task by id."""
    known = [t for t in (*PAPER_MAIN, *PAPER_ALGOTUNE) if t in tasks]
    return known + sorted(t for t in tasks if t not in known)


def label(task: str) -> str:
    return LABELS.get(task, task)
