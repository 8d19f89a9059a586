"""PRISM: place LLMs on 80 GB GPUs so that no GPU's KV cache is under too much pressure.

place(models, num_gpus) gets the models (each {"size": GB, "rate": requests}) and returns, per model in
input order, the GPU it runs on. A GPU's KV cache gets the memory its models leave free; its pressure is
sum(rate) / (80 - sum(size)), and every GPU must keep sum(size) < 80. Goal: a small max pressure.

Seed: models in decreasing rate, each onto the GPU whose pressure is lowest right now among those it fits.
"""

# EVOLVE-BLOCK-START
GPU_MEM_GB = 80


def place(models, num_gpus):
    size = [0] * num_gpus
    rate = [0.0] * num_gpus
    where = [None] * len(models)
    for m in sorted(range(len(models)), key=lambda m: -models[m]["rate"]):
        fits = [g for g in range(num_gpus) if size[g] + models[m]["size"] < GPU_MEM_GB]
        g = min(fits, key=lambda g: rate[g] / (GPU_MEM_GB - size[g]))
        where[m] = g
        size[g] += models[m]["size"]
        rate[g] += models[m]["rate"]
    return where
# EVOLVE-BLOCK-END
