"""A plausible but wrong answer: write the repeated fields first and leave out the near-unique ones
entirely (which would shorten every prompt); a field order must be a permutation of all the fields."""

# EVOLVE-BLOCK-START
def reorder(columns, rows):
    distinct = [len({row[c] for row in rows}) for c in range(len(columns))]
    keep = [c for c in range(len(columns)) if distinct[c] < len(rows) // 2]
    keep.sort(key=lambda c: distinct[c])
    return [keep for _ in rows]
# EVOLVE-BLOCK-END
