# Figures: one rule per figure (eft.figures.FIGURES). The figure's module and the shared style are inputs, so
# editing one figure's code reruns that figure and nothing upstream (Snakemake's code trigger does not see
# imported modules).
from eft.figures import FIGURES

FIGURE_DATA = {
    "task_distribution": [rules.task_suite_stats.output, rules.task_manifest.output],
    "trajectory_breakdown": TRAJECTORY_STATS,
    "main_delta": rules.main_table.output.csv,
    "algotune_speedup": rules.main_table.output.algotune_csv,
    "best_so_far": rules.main_table.output.curves,
    "scaling": [rules.main_table.output.csv, rules.main_table.output.grid],
    "edit_rates": rules.main_table.output.rates,
}
assert set(FIGURE_DATA) == set(
    FIGURES
), "every figure in eft.figures.FIGURES needs its data here"

for _fig in FIGURES:

    rule:
        name:
            f"figure_{_fig}"
        input:
            data=FIGURE_DATA[_fig],
            module=f"src/eft/figures/{_fig}.py",
            style="src/eft/figures/style.py",
        output:
            png=report(
                f"{R}/figures/{_fig}.png",
                caption=f"../report/{_fig}.rst",
                category="Figures",
            ),
            pdf=f"{R}/figures/{_fig}.pdf",
        log:
            f"{LOGS}/figures/{_fig}.log",
        benchmark:
            f"{BENCH}/figures/{_fig}.tsv"
        conda:
            ENV
        threads: 1
        resources:
            mem_mb=2000,
            runtime=10,
        params:
            fig=_fig,
        shell:
            "eft figures {params.fig} --inputs {input.data} --png {output.png} --pdf {output.pdf} > {log} 2>&1"
