"""Known-bad: asks for 64 KiB of dynamic shared memory (more than 48 KiB without an opt-in); the spec check
must reject it before any launch."""

# EVOLVE-BLOCK-START
SOURCE = r"""
extern "C" __global__ void mla_decode(const float* q, const float* kv, float* out, int B, int H, int S, float scale) {}
"""
# EVOLVE-BLOCK-END


def kernel_spec():
    return {"source": SOURCE, "name": "mla_decode", "block": 256, "heads_per_block": 1, "shared_bytes": 65536}
