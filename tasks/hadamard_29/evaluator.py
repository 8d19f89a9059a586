"""Hadamard maximal determinant, order 29: |det| of a +-1 matrix over a fixed normalizer (higher is better).

The candidate's `run()` returns a 29x29 matrix, as nested lists or a numpy array, whose every entry is
exactly +1 or -1 (ints, or floats equal to +-1.0; booleans, other numbers, NaN, strings are invalid).
|det| is computed exactly by fraction-free (Bareiss) elimination on Python integers, so no input can
gain anything through floating point, and

    det_ratio = |det| / 1270698346568170340352,

which is also combined_score. The normalizer is the constant of the public evaluator the paper's numbers
come from (there described as 29^(29/2), which it is not: 29^14.5 ~ 1.602e21, while the normalizer is
2^29 * 3^2 * 7^12 * 19 ~ 1.271e21; nor is it the Barba bound sqrt(57) * 28^14 ~ 1.375e21). Under it
|det| = 28^14 (Paley's matrix plus the identity) scores 49/342 = 0.143275 (the paper's seed) and the
largest known determinant of order 29 scores 160/171 = 0.935673. A singular matrix is valid and scores 0.

As guards against an evaluator fault, |det| must satisfy two theorems for +-1 matrices of odd order n = 29:
it is a multiple of 2^(n-1) (subtracting row 1 from the others leaves entries 0, +-2), and
det^2 <= (2n - 1) (n - 1)^(n - 1) (Barba 1933, det_ratio <= 1.0817); a value breaking either is rejected.
"""
from fractions import Fraction

import numpy as np

from eft.judge import CandidateError, Task, candidate_output, guarded

ORDER = 29
NORMALIZER = 1270698346568170340352
BARBA_SQUARED = (2 * ORDER - 1) * (ORDER - 1) ** (ORDER - 1)


def sign_matrix(value) -> list[list[int]]:
    """The candidate's matrix as rows of Python ints +-1; CandidateError naming the first problem."""
    if isinstance(value, np.ndarray):
        if value.dtype.kind not in "iuf":
            raise CandidateError(f"the matrix must hold numbers, got a numpy array of dtype {value.dtype}")
        value = value.tolist()
    if not isinstance(value, list) or len(value) != ORDER:
        raise CandidateError(f"the matrix must be a list of {ORDER} rows (or a {ORDER}x{ORDER} array)")
    rows = []
    for i, row in enumerate(value):
        if not isinstance(row, list) or len(row) != ORDER:
            raise CandidateError(f"row {i} must be a list of {ORDER} entries")
        for j, x in enumerate(row):
            if isinstance(x, bool) or not isinstance(x, (int, float)) or x not in (1, -1):
                shown = repr(x) if isinstance(x, (float, bool)) or (isinstance(x, int) and abs(x) < 10**9) else \
                    type(x).__name__
                raise CandidateError(f"entry ({i}, {j}) is {shown}, expected +1 or -1")
        rows.append([1 if x == 1 else -1 for x in row])
    return rows


def determinant(rows: list[list[int]]) -> int:
    """Exact determinant by Bareiss' fraction-free elimination: every division is exact."""
    a = [list(row) for row in rows]
    n, sign, previous = len(a), 1, 1
    for k in range(n - 1):
        if a[k][k] == 0:
            pivot = next((i for i in range(k + 1, n) if a[i][k] != 0), None)
            if pivot is None:
                return 0
            a[k], a[pivot] = a[pivot], a[k]
            sign = -sign
        for i in range(k + 1, n):
            for j in range(k + 1, n):
                a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) // previous
        previous = a[k][k]
    return sign * a[n - 1][n - 1]


@guarded
def score(value) -> dict:
    det = abs(determinant(sign_matrix(value)))
    if det % 2 ** (ORDER - 1) or det * det > BARBA_SQUARED:
        raise CandidateError(f"|det| = {det} is impossible for a +-1 matrix of order {ORDER}")
    ratio = float(Fraction(det, NORMALIZER))
    return {"combined_score": ratio, "det_ratio": ratio, "det_over_2_28": det // 2 ** (ORDER - 1)}


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    return score(candidate_output(task, program_path))
