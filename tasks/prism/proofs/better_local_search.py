"""Better: the seed's greedy placement, then local search on the busiest GPU: move one of its models to
another GPU, or swap one with a model elsewhere, whenever that lowers the pair's worse pressure below
the current maximum; repeat until no such move exists."""

# EVOLVE-BLOCK-START
GPU_MEM_GB = 80


def pressure(size, rate):
    return rate / (GPU_MEM_GB - size)


def greedy(models, num_gpus):
    size, rate = [0] * num_gpus, [0.0] * num_gpus
    where = [None] * len(models)
    for m in sorted(range(len(models)), key=lambda m: -models[m]["rate"]):
        fits = [g for g in range(num_gpus) if size[g] + models[m]["size"] < GPU_MEM_GB]
        g = min(fits, key=lambda g: pressure(size[g], rate[g]))
        where[m] = g
        size[g] += models[m]["size"]
        rate[g] += models[m]["rate"]
    return where


def improve(models, num_gpus, where):
    size, rate = [0] * num_gpus, [0.0] * num_gpus
    for m, g in enumerate(where):
        size[g] += models[m]["size"]
        rate[g] += models[m]["rate"]

    def after(g, ds, dr):
        return pressure(size[g] + ds, rate[g] + dr) if size[g] + ds < GPU_MEM_GB else float("inf")

    for _ in range(1000):
        top = max(range(num_gpus), key=lambda g: pressure(size[g], rate[g]))
        worst = pressure(size[top], rate[top])
        best = None
        for a in (m for m in range(len(models)) if where[m] == top):
            sa, ra = models[a]["size"], models[a]["rate"]
            for g in range(num_gpus):
                if g == top:
                    continue
                moves = [(None, 0, 0.0)] + [(b, models[b]["size"], models[b]["rate"])
                                           for b in range(len(models)) if where[b] == g]
                for b, sb, rb in moves:
                    value = max(after(top, sb - sa, rb - ra), after(g, sa - sb, ra - rb))
                    if value < worst - 1e-12 and (best is None or value < best[0]):
                        best = (value, a, g, b)
        if best is None:
            return where
        _, a, g, b = best
        for m, src, dst in ((a, top, g),) + (((b, g, top),) if b is not None else ()):
            where[m] = dst
            size[src] -= models[m]["size"]
            size[dst] += models[m]["size"]
            rate[src] -= models[m]["rate"]
            rate[dst] += models[m]["rate"]
    return where


def place(models, num_gpus):
    return improve(models, num_gpus, greedy(models, num_gpus))
# EVOLVE-BLOCK-END
