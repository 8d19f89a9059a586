"""How a training job is launched: the plain CLI, or `accelerate launch` over the job's GPUs. Kept free of torch
and transformers because the workflow builds every training job's command from it while it builds the DAG."""
from __future__ import annotations

from importlib.util import find_spec

from eft.errors import EftError
from eft.paths import REPO_ROOT

ACCELERATE_DIR = REPO_ROOT / "workflow" / "accelerate"
ACCELERATE_CONFIGS = ("fsdp", "deepspeed_zero3")


def launch_command(gpus: int, accelerate: str | None) -> list[str]:
    """The command prefix a workflow rule puts before `train sft|kto ...`: the plain CLI for at most one GPU;
    `accelerate launch` over `gpus` processes otherwise, with workflow/accelerate/<accelerate>.yaml (None: plain
    data parallel, one full replica per GPU)."""
    if gpus < 0:
        raise EftError(f"--gpus is {gpus}, expected a count >= 0")
    if gpus <= 1:
        return ["python", "-m", "eft.cli"]
    prefix = ["accelerate", "launch", "--num_processes", str(gpus)]
    if accelerate is None:
        return [*prefix, "--multi_gpu", "-m", "eft.cli"]
    if accelerate not in ACCELERATE_CONFIGS:
        raise EftError(f"train.accelerate is {accelerate!r}, expected null or one of {', '.join(ACCELERATE_CONFIGS)}")
    if accelerate == "deepspeed_zero3" and find_spec("deepspeed") is None:
        raise EftError("train.accelerate deepspeed_zero3 needs deepspeed, which is not installed; "
                       "use train.accelerate=fsdp (or pip install deepspeed)")
    return [*prefix, "--config_file", str(ACCELERATE_DIR / f"{accelerate}.yaml"), "-m", "eft.cli"]
