"""A better schedule: build the order greedily, each step appending the transaction that finishes earliest
given everything scheduled so far (ties: fewer operations, then lower index)."""

# EVOLVE-BLOCK-START
def schedule(transactions):
    read_end, write_end = {}, {}
    remaining = list(range(len(transactions)))
    order = []
    while remaining:
        best, best_key = None, None
        for i in remaining:
            ops = transactions[i]
            start = 0
            for op, key in ops:
                start = max(start, write_end.get(key, 0), read_end.get(key, 0) if op == "w" else 0)
            rank = (start + len(ops), len(ops), i)
            if best_key is None or rank < best_key:
                best, best_key = i, rank
        end = best_key[0]
        for op, key in transactions[best]:
            ends = write_end if op == "w" else read_end
            ends[key] = max(ends.get(key, 0), end)
        order.append(best)
        remaining.remove(best)
    return order
# EVOLVE-BLOCK-END
