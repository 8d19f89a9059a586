"""scRNA-seq denoising scored by molecular cross-validation (MCV) on synthetic counts with a known truth.

data.py splits every molecule of a cells x genes count matrix binomially into a train part (fraction f =
`train_fraction`, 0.9 as in OpenProblems) and a held-out part (1 - f). The candidate's `run(counts)` gets
the train part (int32 numpy array) and returns a denoised matrix d of the same shape: the expected count of
every gene in every cell at the train part's depth (non-negative, every row with a positive sum). Only the
held-out part x_test judges it; T_i is cell i's held-out total. Rejected: wrong shape, NaN/inf, negative
values, values above 1e12, a row with sum <= 0, and a result breaking the Poisson constraint below.

MSE (the paper: compare with the held-out 10 % in log-normalised space). The held-out part is
normalised as OpenProblems does: y_ij = log1p(1e4 x_test_ij / T_i). Cells with T_i = 0 have no normalised
target and are left out. The held-out part has (1 - f) / f the train depth (1/9), so its normalised entries are 0 or
at least log1p(1e4 / T_i): comparing y with log1p(1e4 d_ij / sum_j d_ij) (the log of the mean, not the mean
of the log) is minimised by shrinking low rates far below the truth, and the raw train part can beat the true rates.
So d is first taken to the held-out depth the way Batson et al. compare across depths: its prediction is
e_ij = E[log1p(1e4 Y / T_i)], Y ~ Binomial(T_i, d_ij / sum_j d_ij), the law of x_test_ij given T_i if d's
row were the cell's true profile (computed exactly; tails beyond 10 sd + 10 are < 1e-20 and left out).
mse = mean over entries of (e - y)^2; in expectation the true rates minimise it, whatever the depths.
- mse_raw: the same loss of the raw train part (the undenoised baseline), mse_true: that of the true rates.
- combined_score = max(0, (mse_raw - mse) / (mse_raw - mse_true)): 0 for returning the input (or worse),
  1 for the true rates; above 1 only by the held-out part's chance.

Poisson constraint (the paper: valid only if the Poisson-loss score is at least 0.97 of the baseline's).
Loss exactly as OpenProblems' Poisson metric: mu = d * sum(x_test) / sum(x_train) (the whole matrix rescaled
to the held-out depth), poisson = mean over all entries of mu - x_test log(mu + 1e-6); the 1e-6 keeps the
raw part's zeros finite (a held-out molecule where d = 0 costs 13.8). poisson_raw: the same for d = x_train,
the baseline (OpenProblems' no-denoising control). This loss can be negative, so a ratio needs its zero:
poisson_floor = mean of min over mu of that term (x - 1e-6 - x log x where x_test = x > 0, else 0), the loss of
fitting the held-out counts themselves. Poisson score = (poisson_raw - floor) / (poisson - floor), higher is
better, 1 for the baseline; valid only if it is >= 0.97, i.e. poisson - floor <= (poisson_raw - floor) / 0.97:
at most 1/0.97 times the baseline's excess loss. It refuses answers that are not counts at the input's scale
(e.g. normalised to 10,000 per cell) and answers that zero out observed genes.
"""
import hashlib

import numpy as np

from eft.judge import CandidateError, Task, as_array, candidate_output, guarded

TARGET_SUM = 1e4
POISSON_EPS = 1e-6  # OpenProblems' (molecular_cross_validation's) epsilon inside the log
POISSON_SLACK = 0.97  # the paper: Poisson-loss score at least 0.97 of the baseline's
TAIL_SD = 10.0  # binomial terms summed: mean +- (10 sd + 10)
MAX_VALUE = 1e12  # far above any count; keeps row sums and their ratios finite
MAX_ENTRIES = 2_000_000
_BASELINES: dict[str, tuple[float, float]] = {}  # data digest -> (mse_raw, mse_true): the same for every candidate


def expected_normalised(matrix: np.ndarray, totals: np.ndarray) -> np.ndarray:
    """E[log1p(TARGET_SUM * Y / T_i)] for Y ~ Binomial(T_i, p_ij), p = the row-normalised matrix, T_i = totals
    (positive integers). Summed over each entry's window of k, longest windows first, so the work is the
    windows' total length (at most about 20 sqrt(T_i genes) + 21 genes per row, whatever the matrix)."""
    p = (matrix / matrix.sum(axis=1, keepdims=True)).ravel()
    trials = np.repeat(totals.astype(np.int64), matrix.shape[1])
    out = np.zeros(p.size)
    certain = p >= 1.0
    out[certain] = np.log1p(TARGET_SUM)  # the whole cell in one gene: Y = T_i
    idx = np.flatnonzero((p > 0) & ~certain)  # p = 0: Y = 0, log1p(0) = 0
    if idx.size == 0:
        return out.reshape(matrix.shape)
    prob, n = p[idx], trials[idx]
    mean = n * prob
    spread = TAIL_SD * np.sqrt(mean * (1.0 - prob)) + TAIL_SD
    low = np.maximum(0, np.floor(mean - spread)).astype(np.int64)
    width = np.minimum(n, np.ceil(mean + spread)).astype(np.int64) - low + 1
    order = np.argsort(-width, kind="stable")
    prob, n, low, width, idx = prob[order], n[order], low[order], width[order], idx[order]
    log_factorial = np.concatenate([[0.0], np.cumsum(np.log(np.arange(1, int(n.max()) + 1)))])
    log_p, log_q, log_n, scale = np.log(prob), np.log1p(-prob), log_factorial[n], TARGET_SUM / n
    active = np.searchsorted(-width, -np.arange(int(width[0])), side="right")  # entries whose window holds j
    acc = np.zeros(idx.size)
    for j, m in enumerate(active):
        k = low[:m] + j
        log_pmf = log_n[:m] - log_factorial[k] - log_factorial[n[:m] - k] + k * log_p[:m] + (n[:m] - k) * log_q[:m]
        acc[:m] += np.exp(log_pmf) * np.log1p(scale[:m] * k)
    out[idx] = acc
    return out.reshape(matrix.shape)


def mcv_loss(denoised: np.ndarray, test: np.ndarray) -> float:
    """The MSE above over the cells with held-out molecules."""
    kept = test.sum(axis=1) > 0
    denoised, test = denoised[kept], test[kept]
    totals = test.sum(axis=1)
    target = np.log1p(test / totals[:, None] * TARGET_SUM)
    return float(np.mean((expected_normalised(denoised, np.rint(totals)) - target) ** 2))


def poisson_loss(denoised: np.ndarray, test: np.ndarray, train_sum: float) -> float:
    """OpenProblems' Poisson metric: the denoised matrix rescaled by sum(test) / sum(train)."""
    mu = denoised * (test.sum() / train_sum)
    return float(np.mean(mu - test * np.log(mu + POISSON_EPS)))


def poisson_floor(test: np.ndarray) -> float:
    """The smallest value poisson_loss can take on `test`: each term at its minimum mu = x - eps."""
    safe = np.where(test > 0, test, 1.0)
    return float(np.mean(np.where(test > 0, test - POISSON_EPS - test * np.log(safe), 0.0)))


def baselines(train: np.ndarray, test: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    """(mse_raw, mse_true), computed once per data set and process."""
    digest = hashlib.sha256()
    for array in (train, test, truth):
        digest.update(str(array.shape).encode())
        digest.update(np.ascontiguousarray(array, dtype=float).tobytes())
    key = digest.hexdigest()
    if key not in _BASELINES:
        _BASELINES[key] = (mcv_loss(train, test), mcv_loss(truth, test))
    return _BASELINES[key]


@guarded
def score(value, train: np.ndarray, test: np.ndarray, truth: np.ndarray) -> dict:
    denoised = as_array(value, "denoised", train.shape, max_size=MAX_ENTRIES)
    if np.any(denoised < 0):
        raise CandidateError("denoised has negative values (expected counts are >= 0)")
    if np.any(denoised > MAX_VALUE):
        raise CandidateError(f"denoised has values above {MAX_VALUE:g}")
    rows = denoised.sum(axis=1)
    if np.any(rows <= 1e-300):
        raise CandidateError(f"row {int(np.argmin(rows))} of denoised sums to 0 (cannot be normalised)")
    train_sum = float(train.sum())
    poisson, poisson_raw = poisson_loss(denoised, test, train_sum), poisson_loss(train, test, train_sum)
    floor = poisson_floor(test)
    if not poisson - floor <= (poisson_raw - floor) / POISSON_SLACK:
        ratio = (poisson_raw - floor) / (poisson - floor)
        raise CandidateError(f"Poisson constraint broken: Poisson score {ratio:.4g} < {POISSON_SLACK:g} "
                             f"(excess loss {poisson - floor:.4g} vs the raw baseline's {poisson_raw - floor:.4g})")
    mse = mcv_loss(denoised, test)
    mse_raw, mse_true = baselines(train, test, truth)
    if not mse_raw > mse_true:
        raise ValueError(f"the true rates do not beat the raw train part ({mse_true} >= {mse_raw})")  # data bug
    combined = max(0.0, (mse_raw - mse) / (mse_raw - mse_true))
    return {"combined_score": combined, "mse": mse, "mse_raw": mse_raw, "mse_true": mse_true,
            "poisson": poisson, "poisson_raw": poisson_raw, "poisson_floor": floor}


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    train = np.load(task.data_dir / "x_train.npy")
    test = np.load(task.data_dir / "x_test.npy").astype(float)
    truth = np.load(task.data_dir / "truth.npy")
    if np.any(train.sum(axis=1) == 0):
        raise ValueError("a generated cell has no train molecules")  # data.py bug: mse_raw undefined
    value = candidate_output(task, program_path, kwargs={"counts": train})
    return score(value, train.astype(float), test, truth)
