"""Figures of the paper (docs/PAPER.md#regenerated-outputs): one module per figure with `main(argv)`, shared
look in `style`. `FIGURES` is the one list of them (the CLI and the workflow's figure rules read it)."""

FIGURES = ("task_distribution", "trajectory_breakdown", "main_delta", "algotune_speedup", "best_so_far", "scaling",
           "edit_rates")
