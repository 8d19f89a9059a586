"""Expert-parallel load balancing (EPLB) for MoE inference: replicate busy experts, place replicas on GPUs.

rebalance(loads, num_gpus, slots_per_gpu) gets one window's token counts per (layer, logical expert) as an
int64 numpy array and returns, for every layer, the logical expert held by each of the
num_gpus * slots_per_gpu physical slots (slot s lives on GPU s // slots_per_gpu). Every expert needs at
least one slot; an expert's load is split evenly over its replicas. The plan is judged on the NEXT
window's loads by balancedness (mean GPU load / max GPU load) and by how fast rebalance() runs.

Seed, in the spirit of DeepSeek's EPLB: give each extra slot to the expert with the highest load per
replica, then pack the replicas, heaviest first, onto the least-loaded GPU that still has a free slot.
"""

# EVOLVE-BLOCK-START
import heapq


def replicate(layer_loads, slots):
    """Replica count per expert: one each, then every spare slot to the busiest expert per replica."""
    counts = [1] * len(layer_loads)
    heap = [(-load, e) for e, load in enumerate(layer_loads)]
    heapq.heapify(heap)
    for _ in range(slots - len(layer_loads)):
        _, e = heapq.heappop(heap)
        counts[e] += 1
        heapq.heappush(heap, (-layer_loads[e] / counts[e], e))
    return counts


def pack(layer_loads, counts, num_gpus, slots_per_gpu):
    """Replicas in decreasing load, each onto the least-loaded GPU with a free slot."""
    replicas = sorted(((layer_loads[e] / c, e) for e, c in enumerate(counts) for _ in range(c)), reverse=True)
    gpu_load = [0.0] * num_gpus
    gpu_slots = [[] for _ in range(num_gpus)]
    for load, e in replicas:
        g = min((g for g in range(num_gpus) if len(gpu_slots[g]) < slots_per_gpu), key=gpu_load.__getitem__)
        gpu_slots[g].append(e)
        gpu_load[g] += load
    return [e for slots in gpu_slots for e in slots]


def rebalance(loads, num_gpus, slots_per_gpu):
    plan = []
    for layer_loads in loads.tolist():
        counts = replicate(layer_loads, num_gpus * slots_per_gpu)
        plan.append(pack(layer_loads, counts, num_gpus, slots_per_gpu))
    return plan
# EVOLVE-BLOCK-END
