"""scRNA-seq denoising scored by molecular cross-validation (MCV) on synthetic counts with a known truth.

data.py splits every molecule of a cells x genes count matrix into two halves (binomial, p = 1/2); the
candidate's `run(counts)` gets the train half (int32 numpy array) and returns a denoised matrix of the same
shape: non-negative expected counts per cell and gene. Only the held-out half judges it.

Normalised space: each row scaled to sum 10,000, then log1p (the usual scanpy normalisation); a row summing
to 0 cannot be normalised, so every returned row must have a positive sum. Rejected: wrong shape, NaN/inf,
negative values (expected Poisson counts are >= 0), values above 1e12, a row with sum <= 0, and a result
breaking the Poisson constraint below.
- mse = mean over all entries of (norm(denoised) - norm(x_test))^2, the MCV loss (lower is better);
- mse_raw = the same loss of the undenoised train half, mse_true = that of the true rates;
- poisson = mean Poisson deviance mu - x + x log(x / mu) between x_test and the denoised rows rescaled to the
  test half's cell totals; poisson_baseline = that of the baseline smoother (the train half plus
  2 sqrt(cell total) pseudo-counts spread over the average profile, the seed's method, computed here).
Poisson constraint (as in the paper: valid only if the Poisson-loss score is at least 0.97 of the baseline's):
poisson <= poisson_baseline / 0.97, else rejected. Why: the log1p loss is not minimised by the true means
(E log1p X < log1p E X on sparse counts), so shrinking low counts lowers mse below mse_true while making the
estimate worse as counts; the deviance, minimised in expectation by the truth, bounds how far that can go.
combined_score = max(0, (mse_raw - mse) / (mse_raw - mse_true)): 0 for returning the input (or worse), 1 for
the true rates; a log-space smoother can still pass 1 within the constraint's slack.
"""
import numpy as np

from eft.judge import CandidateError, Task, as_array, candidate_output, guarded

TARGET_SUM = 1e4
MAX_VALUE = 1e12  # far above any count; keeps row sums and their ratios finite
MAX_ENTRIES = 2_000_000
POISSON_SLACK = 0.97  # the paper's constraint: Poisson-loss score at least 0.97 of the baseline's
PSEUDO_WEIGHT = 2.0  # the baseline smoother's pseudo-counts per sqrt(cell total)


def normalised(matrix: np.ndarray) -> np.ndarray:
    return np.log1p(matrix / matrix.sum(axis=1, keepdims=True) * TARGET_SUM)


def mcv_loss(denoised: np.ndarray, test: np.ndarray) -> float:
    return float(np.mean((normalised(denoised) - normalised(test)) ** 2))


def poisson_loss(denoised: np.ndarray, test: np.ndarray) -> float:
    mu = denoised / denoised.sum(axis=1, keepdims=True) * test.sum(axis=1, keepdims=True)
    safe = np.where(test > 0, test, 1.0)
    return float(np.mean(mu - test + test * np.log(safe / np.maximum(mu, 1e-300))))


def baseline(train: np.ndarray) -> np.ndarray:
    """The reference smoother the Poisson constraint compares with: add PSEUDO_WEIGHT * sqrt(cell total)
    pseudo-counts spread over the average profile (no cell-specific structure, never zero)."""
    profile = train.sum(axis=0) / train.sum()
    return train + PSEUDO_WEIGHT * profile * np.sqrt(train.sum(axis=1, keepdims=True))


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
    kept = test.sum(axis=1) > 0  # a cell without held-out molecules has no normalised target
    smoothed = baseline(train)  # from every cell, as the seed computes it
    test, train, truth, denoised, smoothed = test[kept], train[kept], truth[kept], denoised[kept], smoothed[kept]
    mse, mse_raw, mse_true = mcv_loss(denoised, test), mcv_loss(train, test), mcv_loss(truth, test)
    if not np.isfinite(mse):
        raise CandidateError("denoised rows cannot be normalised (the loss is not finite)")
    poisson, poisson_base = poisson_loss(denoised, test), poisson_loss(smoothed, test)
    if not poisson <= poisson_base / POISSON_SLACK:
        raise CandidateError(f"Poisson constraint broken: poisson {poisson:.4g} > {poisson_base / POISSON_SLACK:.4g} "
                             f"(the baseline smoother's {poisson_base:.4g} / {POISSON_SLACK:g})")
    combined = max(0.0, (mse_raw - mse) / (mse_raw - mse_true))
    return {"combined_score": combined, "mse": mse, "mse_raw": mse_raw, "mse_true": mse_true,
            "poisson": poisson, "poisson_baseline": poisson_base}


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    train = np.load(task.data_dir / "x_train.npy")
    test = np.load(task.data_dir / "x_test.npy").astype(float)
    truth = np.load(task.data_dir / "truth.npy")
    if np.any(train.sum(axis=1) == 0):
        raise ValueError("a generated cell has no train molecules")  # data.py bug: mse_raw undefined
    value = candidate_output(task, program_path, kwargs={"counts": train})
    return score(value, train.astype(float), test, truth)
