"""Known-bad: averages the three channels instead of the luma weights; the correctness check must fail."""

# EVOLVE-BLOCK-START
SOURCE = r"""
extern "C" __global__ void grayscale(const float* rgb, float* gray, long long pixels) {
    long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x;
    if (i < pixels) gray[i] = (rgb[3 * i] + rgb[3 * i + 1] + rgb[3 * i + 2]) / 3.0f;
}
"""
# EVOLVE-BLOCK-END


def kernel_spec():
    return {"source": SOURCE, "name": "grayscale", "block": 256, "items_per_thread": 1}
