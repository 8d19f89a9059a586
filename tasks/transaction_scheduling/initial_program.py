"""Transaction scheduling: choose the order in which conflicting transactions are serialized.

schedule(transactions) gets a list of transactions, each a list of [op, key] pairs (op "r" or "w"), and
returns a permutation of range(len(transactions)). Transactions run in that order; each one starts as soon
as every earlier transaction it conflicts with (same key, at least one write) has finished, and takes one
time unit per operation. Goal: minimize the makespan (time when the last transaction finishes); the score is
1e6 / (1 + the makespans summed over the workloads).
"""

# EVOLVE-BLOCK-START
LENGTH_WEIGHT = 1.0
WRITE_WEIGHT = 0.0


def priority(ops):
    """Smaller runs first."""
    writes = sum(1 for op, _ in ops if op == "w")
    return LENGTH_WEIGHT * len(ops) + WRITE_WEIGHT * writes


def schedule(transactions):
    return sorted(range(len(transactions)), key=lambda i: priority(transactions[i]))
# EVOLVE-BLOCK-END
