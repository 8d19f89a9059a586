"""LLM-SQL: order each row's fields so that a prefix cache reuses as much of every prompt as possible.

reorder(columns, rows) gets a table (column names; rows of string cells) whose rows an LLM reads one
prompt per row, each field written as "<column>: <value>\n". It returns, for each row, the order in which
its fields are written (a permutation of range(len(columns))). A row's cache hit is the longest prefix it
shares with any earlier row's prompt; the score is the fraction of prompt characters that hit, plus a
small bonus for running fast.

Seed, in the spirit of GGR (the greedy group recursion of the LLM-SQL paper): in a group of rows, find
the field value with the largest (repeats - 1) * length ** LENGTH_POWER (GGR weighs squared lengths), put
that field first in the rows that have it and recurse into them with the other fields; go on with the
rows that do not have it.
"""

# EVOLVE-BLOCK-START
from collections import Counter

LENGTH_POWER = 2


def reorder(columns, rows):
    orders = [None] * len(rows)
    groups = [(list(range(len(rows))), [], list(range(len(columns))))]
    while groups:
        members, prefix, free = groups.pop()
        while members:
            counts = Counter((c, rows[r][c]) for r in members for c in free)
            best, saved = None, 0
            for (c, value), n in counts.items():
                gain = (n - 1) * (len(columns[c]) + len(value) + 3) ** LENGTH_POWER
                if gain > saved:
                    best, saved = (c, value), gain
            if best is None:
                for r in members:
                    orders[r] = prefix + free
                break
            c, value = best
            groups.append(([r for r in members if rows[r][c] == value], prefix + [c], [f for f in free if f != c]))
            members = [r for r in members if rows[r][c] != value]
    return orders
# EVOLVE-BLOCK-END
