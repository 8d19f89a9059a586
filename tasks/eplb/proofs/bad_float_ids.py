"""A plausible but wrong plan: round-robin placement with spare slots for the busiest experts, returned as
a float array (expert ids must be integers)."""

# EVOLVE-BLOCK-START
import numpy as np


def rebalance(loads, num_gpus, slots_per_gpu):
    loads = np.asarray(loads)
    slots = num_gpus * slots_per_gpu
    layers, experts = loads.shape
    plan = np.empty((layers, slots))
    for layer in range(layers):
        busiest = np.argsort(-loads[layer], kind="stable")[: slots - experts]
        plan[layer] = np.concatenate([np.arange(experts), busiest])
    return plan
# EVOLVE-BLOCK-END
