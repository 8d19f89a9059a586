"""A symbolic-regression candidate can reach the training targets while it is being fitted (its `equation`
runs inside the fitting process), so its predictions come from a second, fresh process that never saw a
target: memorising the training rows and answering by nearest neighbour must not pay."""
from __future__ import annotations

from pathlib import Path

# walks up the stack from equation() to the fitting loss, keeps x_train / y_train, and answers every later
# call with the target of the nearest training row (before the fix: nmse_id 0.004 on sr_osc_linear_free)
PEEK = '''
import sys
import numpy as np

# EVOLVE-BLOCK-START
MEMORY = {}


def equation(x, v, t, params):
    frame = sys._getframe(1)
    while frame is not None and "y" not in MEMORY:
        if "y_train" in frame.f_locals and "x_train" in frame.f_locals:
            MEMORY["x"] = np.stack([np.asarray(c) for c in frame.f_locals["x_train"]], axis=1)
            MEMORY["y"] = np.asarray(frame.f_locals["y_train"])
        frame = frame.f_back
    if "y" in MEMORY:
        query = np.stack([x, v, t], axis=1)
        nearest = ((query[:, None, :] - MEMORY["x"][None, :, :]) ** 2).sum(-1).argmin(1)
        return MEMORY["y"][nearest] + 0 * params[0]
    return params[0] * x
# EVOLVE-BLOCK-END
'''


def test_memorised_training_targets_do_not_reach_the_predictions(tmp_path: Path, task_evaluator):
    evaluator = task_evaluator("symreg_oscillator")
    program = tmp_path / "peek.py"
    program.write_text(PEEK)
    seed = evaluator(evaluator.task.dir / "initial_program.py")
    peek = evaluator(program)
    assert "error" not in peek, peek
    assert peek["nmse_id"] > seed["nmse_id"] and peek["nmse_id"] > 0.5, (peek, seed)
