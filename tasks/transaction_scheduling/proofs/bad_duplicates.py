"""A plausible but wrong schedule: runs the shortest transaction first but lists it twice (and drops the
last one), so the order is not a permutation and must be rejected."""

# EVOLVE-BLOCK-START
def schedule(transactions):
    order = sorted(range(len(transactions)), key=lambda i: len(transactions[i]))
    return [order[0]] + order[:-1]
# EVOLVE-BLOCK-END
