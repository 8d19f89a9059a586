"""RGB -> grayscale conversion as a CUDA kernel (float32, GPU MODE grayscale).

kernel_spec() returns the CUDA C source and its launch numbers. The harness compiles the source with
-DITEMS_PER_THREAD=<items_per_thread> and launches
    name<<<ceil(pixels / (block * items_per_thread)), block>>>(rgb, gray, (long long) pixels)
for an H x W x 3 image (interleaved RGB) and an H x W output: gray = 0.2989 R + 0.5870 G + 0.1140 B.
"""

# EVOLVE-BLOCK-START
BLOCK = 32
ITEMS_PER_THREAD = 1

SOURCE = r"""
extern "C" __global__ void grayscale(const float* rgb, float* gray, long long pixels) {
    long long first = (long long)blockIdx.x * blockDim.x * ITEMS_PER_THREAD + threadIdx.x;
    for (int k = 0; k < ITEMS_PER_THREAD; k++) {
        long long i = first + (long long)k * blockDim.x;
        if (i < pixels) gray[i] = 0.2989f * rgb[3 * i] + 0.5870f * rgb[3 * i + 1] + 0.1140f * rgb[3 * i + 2];
    }
}
"""
# EVOLVE-BLOCK-END


def kernel_spec():
    return {"source": SOURCE, "name": "grayscale", "block": BLOCK, "items_per_thread": ITEMS_PER_THREAD}
