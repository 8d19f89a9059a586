"""A plausible but wrong placement: the seed's greedy, but GPUs numbered 1..num_gpus (an off-by-one), so
the last GPU's id is out of range."""

# EVOLVE-BLOCK-START
def place(models, num_gpus):
    size = [0] * num_gpus
    rate = [0.0] * num_gpus
    where = [None] * len(models)
    for m in sorted(range(len(models)), key=lambda m: -models[m]["rate"]):
        fits = [g for g in range(num_gpus) if size[g] + models[m]["size"] < 80]
        g = min(fits, key=lambda g: rate[g] / (80 - size[g]))
        where[m] = g + 1
        size[g] += models[m]["size"]
        rate[g] += models[m]["rate"]
    return where
# EVOLVE-BLOCK-END
