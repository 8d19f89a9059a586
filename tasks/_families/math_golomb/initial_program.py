"""Golomb ruler: n integer marks with all pairwise differences distinct, as short as possible."""


# EVOLVE-BLOCK-START
def run(n):
    """Return n distinct integers in [0, 10^9] whose pairwise differences are all distinct."""
    marks, diffs = [0], set()
    candidate = 1
    while len(marks) < n:  # greedy: the smallest next mark that creates no repeated difference
        new = {candidate - m for m in marks}
        if not new & diffs:
            marks.append(candidate)
            diffs |= new
        candidate += 1
    return marks
# EVOLVE-BLOCK-END
