"""Known-bad: half-integer marks (differences distinct, but not integers); the judge must reject them."""


# EVOLVE-BLOCK-START
def run(n):
    return [2 ** k - 0.5 for k in range(n)]
# EVOLVE-BLOCK-END
