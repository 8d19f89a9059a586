"""Known-bad: a 64 x 32 thread block (2048 threads, CUDA allows 1024); the spec check must reject it."""

# EVOLVE-BLOCK-START
SOURCE = r"""
extern "C" __global__ void trimul(const float* a, const float* b, float* out, int P, int N) {}
"""
# EVOLVE-BLOCK-END


def kernel_spec():
    return {"source": SOURCE, "name": "trimul", "block_x": 64, "block_y": 32, "tile_x": 64, "tile_y": 32,
            "shared_bytes": 0}
