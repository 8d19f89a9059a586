"""fp16 vector addition c = a + b as a CUDA kernel (GPU MODE vecadd).

kernel_spec() returns the CUDA C source and its launch configuration. The harness compiles the source
with -DITEMS_PER_THREAD=<items_per_thread> and launches
    name<<<ceil(n / (block * items_per_thread)), block>>>(a, b, c, (long long) n)
for fp16 vectors of n elements. Results must match within 1e-3; the score is 3000 / geomean runtime (µs).
"""

# EVOLVE-BLOCK-START
BLOCK = 64
ITEMS_PER_THREAD = 1

SOURCE = r"""
#include <cuda_fp16.h>

extern "C" __global__ void vecadd(const __half* a, const __half* b, __half* c, long long n) {
    long long first = (long long)blockIdx.x * blockDim.x * ITEMS_PER_THREAD + threadIdx.x;
    for (int k = 0; k < ITEMS_PER_THREAD; k++) {
        long long i = first + (long long)k * blockDim.x;
        if (i < n) c[i] = __hadd(a[i], b[i]);
    }
}
"""
# EVOLVE-BLOCK-END


def kernel_spec():
    return {"source": SOURCE, "name": "vecadd", "block": BLOCK, "items_per_thread": ITEMS_PER_THREAD}
