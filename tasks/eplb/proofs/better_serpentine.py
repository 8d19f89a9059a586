"""Better: the seed's replication (spare slots to the busiest expert per replica), then a serpentine deal
of the replicas, heaviest first, over the GPUs (0..31, 31..0, ...), all layers at once with numpy: nearly
the same balance in a small fraction of the time (a much higher speed term)."""

# EVOLVE-BLOCK-START
import numpy as np


def rebalance(loads, num_gpus, slots_per_gpu):
    loads = np.asarray(loads, dtype=float)
    layers, experts = loads.shape
    slots = num_gpus * slots_per_gpu
    rows = np.arange(layers)
    counts = np.ones((layers, experts), dtype=np.int64)
    for _ in range(slots - experts):
        counts[rows, np.argmax(loads / counts, axis=1)] += 1
    expert_of = np.stack([np.repeat(np.arange(experts), counts[layer]) for layer in range(layers)])
    weight = np.take_along_axis(loads / counts, expert_of, axis=1)
    expert_of = np.take_along_axis(expert_of, np.argsort(-weight, axis=1, kind="stable"), axis=1)
    rank = np.arange(slots)
    lap, pos = rank // num_gpus, rank % num_gpus
    gpu = np.where(lap % 2 == 0, pos, num_gpus - 1 - pos)
    slot = gpu * slots_per_gpu + lap  # the lap-th replica dealt to a GPU takes its lap-th slot
    plan = np.empty((layers, slots), dtype=np.int64)
    plan[:, slot] = expert_of
    return plan
# EVOLVE-BLOCK-END
