"""Our search settings → an OpenEvolve 0.4.1 `Config` for one run.

Fixed choices (not knobs): evaluation is single-stage (our evaluators have no cascade stages) and never
retried (they are deterministic and report failures as scores); edits outside the EVOLVE-BLOCK are
reverted (`enforce_evolve_blocks`); the trace keeps code, prompts and failed iterations and is flushed
after every record so a killed run loses nothing before its last checkpoint.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from openevolve.config import (
    Config,
    DatabaseConfig,
    EvaluatorConfig,
    EvolutionTraceConfig,
    LLMConfig,
    LLMModelConfig,
    PromptConfig,
)

from eft.operators.factory import build_llm_configs, offline_client
from eft.search.workdir import TRACE
from eft.tasks.registry import TaskSpec, read_yaml

STRATEGIES = ("diff", "full_rewrite")


def task_statement(spec: TaskSpec) -> str | None:
    """`prompt.system_message` of the task's config.yaml (the task statement), if it has one."""
    path = spec.path / "config.yaml"
    data = read_yaml(path) if path.is_file() else None
    message = ((data or {}).get("prompt") or {}).get("system_message")
    return message.strip() if isinstance(message, str) and message.strip() else None


def build_config(spec: TaskSpec, strategy: str, search_seed: int, operator: dict[str, Any],
                 search: dict[str, Any], work_dir: Path) -> Config:
    """`search` is the search section (operational keys included: checkpoints and workers are set here)."""
    models = build_llm_configs(operator)
    # The evaluator-side LLM is unused (no LLM feedback); a cheap stub keeps OpenEvolve from building a
    # second copy of a local model for it.
    stub = LLMModelConfig(name="unused-evaluator-llm", init_client=offline_client)
    prompt = PromptConfig(num_top_programs=search["num_top_programs"],
                          num_diverse_programs=search["num_diverse_programs"])
    prompt.system_message = task_statement(spec) or prompt.system_message
    timeout = spec.limits.evaluation_s
    return Config(
        max_iterations=search["iterations"],
        checkpoint_interval=search["checkpoint_interval"],
        log_dir=str(work_dir / "logs"),
        random_seed=search_seed,
        language=spec.language,
        file_suffix=spec.initial_program.suffix,
        llm=LLMConfig(models=models, evaluator_models=[stub]),
        prompt=prompt,
        database=DatabaseConfig(population_size=search["population_size"], archive_size=search["archive_size"],
                                num_islands=search["num_islands"], random_seed=search_seed),
        evaluator=EvaluatorConfig(timeout=timeout, max_retries=0, cascade_evaluation=False,
                                  parallel_evaluations=search["workers"]),
        evolution_trace=EvolutionTraceConfig(enabled=True, format="jsonl", include_code=True,
                                             include_prompts=True, include_failures=True,
                                             output_path=str(work_dir / TRACE), buffer_size=1),
        diff_based_evolution=strategy == "diff",
        max_code_length=search["max_code_length"],
        enforce_evolve_blocks=True,
    )
