"""Known-bad: a block of 2048 threads (CUDA allows 1024); the spec check must reject it before any launch."""

# EVOLVE-BLOCK-START
SOURCE = r"""
extern "C" __global__ void grayscale(const float* rgb, float* gray, long long pixels) {
    long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x;
    if (i < pixels) gray[i] = 0.2989f * rgb[3 * i] + 0.5870f * rgb[3 * i + 1] + 0.1140f * rgb[3 * i + 2];
}
"""
# EVOLVE-BLOCK-END


def kernel_spec():
    return {"source": SOURCE, "name": "grayscale", "block": 2048, "items_per_thread": 1}
