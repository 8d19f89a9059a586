"""A plausible but wrong placement: fill GPUs in order, first-fit by size, up to the full 80 GB. A GPU
filled to exactly 80 GB leaves no room for the KV cache (its pressure would be infinite), so this must be
rejected wherever first-fit reaches 80 GB."""

# EVOLVE-BLOCK-START
def place(models, num_gpus):
    used = [0] * num_gpus
    where = []
    for model in models:
        g = next((g for g in range(num_gpus) if used[g] + model["size"] <= 80), 0)
        used[g] += model["size"]
        where.append(g)
    return where
# EVOLVE-BLOCK-END
