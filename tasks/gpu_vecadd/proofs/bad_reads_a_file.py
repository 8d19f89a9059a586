"""Known-bad: tries to pull a file into the kernel through the preprocessor; the source check refuses it."""

# EVOLVE-BLOCK-START
BLOCK = 64
ITEMS_PER_THREAD = 1

SOURCE = r"""
#include <cuda_fp16.h>
#include "/etc/hostname"

extern "C" __global__ void vecadd(const __half* a, const __half* b, __half* c, long long n) {
    long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) c[i] = __hadd(a[i], b[i]);
}
"""
# EVOLVE-BLOCK-END


def kernel_spec():
    return {"source": SOURCE, "name": "vecadd", "block": BLOCK, "items_per_thread": ITEMS_PER_THREAD}
