"""A plausible but wrong matrix: Paley's Jacobsthal matrix of order 29 itself (the core of a conference
matrix), whose diagonal is 0, not +-1; it must be rejected, not scored by its determinant."""

# EVOLVE-BLOCK-START
ORDER = 29


def run():
    squares = {(k * k) % ORDER for k in range(1, ORDER)}
    return [[0 if i == j else (1 if (j - i) % ORDER in squares else -1) for j in range(ORDER)]
            for i in range(ORDER)]
# EVOLVE-BLOCK-END
