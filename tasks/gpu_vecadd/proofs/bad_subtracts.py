"""Known-bad: subtracts instead of adding; the correctness check must reject it before any timing."""

# EVOLVE-BLOCK-START
BLOCK = 64
ITEMS_PER_THREAD = 1

SOURCE = r"""
#include <cuda_fp16.h>

extern "C" __global__ void vecadd(const __half* a, const __half* b, __half* c, long long n) {
    long long first = (long long)blockIdx.x * blockDim.x * ITEMS_PER_THREAD + threadIdx.x;
    for (int k = 0; k < ITEMS_PER_THREAD; k++) {
        long long i = first + (long long)k * blockDim.x;
        if (i < n) c[i] = __hsub(a[i], b[i]);
    }
}
"""
# EVOLVE-BLOCK-END


def kernel_spec():
    return {"source": SOURCE, "name": "vecadd", "block": BLOCK, "items_per_thread": ITEMS_PER_THREAD}
