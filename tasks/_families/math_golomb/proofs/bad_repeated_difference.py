"""Known-bad: the marks 0, 1, ..., n-1 (length n-1, far below any Golomb ruler), whose differences repeat."""


# EVOLVE-BLOCK-START
def run(n):
    return list(range(n))
# EVOLVE-BLOCK-END
