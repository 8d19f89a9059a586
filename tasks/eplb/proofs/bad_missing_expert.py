"""A plausible but wrong plan: the busiest 32 experts get a second slot by overwriting the slots of the
32 idlest experts, which then hold no slot at all (every expert must be placed at least once)."""

# EVOLVE-BLOCK-START
import numpy as np


def rebalance(loads, num_gpus, slots_per_gpu):
    loads = np.asarray(loads)
    slots = num_gpus * slots_per_gpu
    plan = []
    for layer_loads in loads:
        ranked = [int(e) for e in np.argsort(-layer_loads, kind="stable")]
        spare = slots - len(ranked)
        plan.append(ranked[:-spare] + ranked[:spare] + ranked[:spare])
    return plan
# EVOLVE-BLOCK-END
