"""Better: 256-thread blocks with 8 pixels per thread, loads unrolled through the read-only cache, so many
more bytes are in flight per SM than with the seed's 32-thread blocks (which cap occupancy at half)."""

# EVOLVE-BLOCK-START
BLOCK = 256
ITEMS_PER_THREAD = 8

SOURCE = r"""
extern "C" __global__ void grayscale(const float* __restrict__ rgb, float* __restrict__ gray, long long pixels) {
    long long first = (long long)blockIdx.x * blockDim.x * ITEMS_PER_THREAD + threadIdx.x;
#pragma unroll
    for (int k = 0; k < ITEMS_PER_THREAD; k++) {
        long long i = first + (long long)k * blockDim.x;
        if (i < pixels) {
            const float* p = rgb + 3 * i;
            gray[i] = 0.2989f * __ldg(p) + 0.5870f * __ldg(p + 1) + 0.1140f * __ldg(p + 2);
        }
    }
}
"""
# EVOLVE-BLOCK-END


def kernel_spec():
    return {"source": SOURCE, "name": "grayscale", "block": BLOCK, "items_per_thread": ITEMS_PER_THREAD}
