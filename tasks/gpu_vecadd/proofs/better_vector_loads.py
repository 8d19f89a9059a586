"""Known-better: 16-byte loads and stores (8 halves, four __hadd2), two vectors per thread, 256 threads a block;
the seed moves 2 bytes per load with 64 threads a block. The tail (n not a multiple of 8) is added one by one.
On an H200 (benchmarks/kernel_timing.py) it ran 3.48x faster than the seed through the same harness."""

# EVOLVE-BLOCK-START
BLOCK = 256
ITEMS_PER_THREAD = 16

SOURCE = r"""
#include <cuda_fp16.h>

struct alignas(16) Half8 { __half2 h[4]; };

extern "C" __global__ void vecadd(const __half* __restrict__ a, const __half* __restrict__ b,
                                  __half* __restrict__ c, long long n) {
    const int vectors = ITEMS_PER_THREAD / 8;
    long long first = (long long)blockIdx.x * blockDim.x * vectors + threadIdx.x;
#pragma unroll
    for (int k = 0; k < vectors; k++) {
        long long v = first + (long long)k * blockDim.x;
        long long e = v * 8;
        if (e + 8 <= n) {
            Half8 x = reinterpret_cast<const Half8*>(a)[v];
            Half8 y = reinterpret_cast<const Half8*>(b)[v];
            for (int j = 0; j < 4; j++) x.h[j] = __hadd2(x.h[j], y.h[j]);
            reinterpret_cast<Half8*>(c)[v] = x;
        } else {
            for (long long i = e; i < n; i++) c[i] = __hadd(a[i], b[i]);
        }
    }
}
"""
# EVOLVE-BLOCK-END


def kernel_spec():
    return {"source": SOURCE, "name": "vecadd", "block": BLOCK, "items_per_thread": ITEMS_PER_THREAD}
