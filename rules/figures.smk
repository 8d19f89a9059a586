# Figures: one rule per figure. The figure's module and the shared style are inputs, so editing one figure's
# code reruns that figure and nothing upstream (Snakemake's code trigger does not see imported modules).

FIGURE_INPUTS = {
    "task_distribution": [f"{R}/tasks/manifest.json"],
    "trajectory_breakdown": [f"{R}/trajectories/stats.json"],
    "main_delta": [f"{R}/tables/main.csv"],
    "best_so_far": [f"{R}/tables/curves.csv"],
}
FIGURES = list(FIGURE_INPUTS)

for _fig, _data in FIGURE_INPUTS.items():

    rule:
        name:
            f"figure_{_fig}"
        input:
            data=_data,
            module=f"src/eft/figures/{_fig}.py",
            style="src/eft/figures/style.py",
        output:
            png=report(f"{R}/figures/{_fig}.png", caption=f"../workflow/report/{_fig}.rst", category="Figures"),
            pdf=f"{R}/figures/{_fig}.pdf",
        params:
            fig=_fig,
        log:
            f"{LOGS}/figures/{_fig}.log",
        benchmark:
            f"{BENCH}/figures/{_fig}.tsv"
        threads: 1
        resources:
            mem_mb=2000,
            runtime=10,
        conda:
            ENV
        shell:
            "eft figures {params.fig} --inputs {input.data} --png {output.png} --pdf {output.pdf} > {log} 2>&1"
