"""Row-wise softmax as a CUDA kernel (float32): y[r, :] = exp(x[r, :] - max) / sum(exp(x[r, :] - max)).

kernel_spec() returns the CUDA C source and its launch numbers. The harness launches one block per row:
    name<<<rows, block, shared_bytes>>>(x, y, (int) rows, (int) cols)
for a row-major rows x cols matrix x and an output y of the same shape.
"""

# EVOLVE-BLOCK-START
BLOCK = 1
SHARED_BYTES = 0

SOURCE = r"""
extern "C" __global__ void softmax(const float* x, float* y, int rows, int cols) {
    if (threadIdx.x != 0) return;  // one thread walks the whole row
    const float* xr = x + (long long)blockIdx.x * cols;
    float* yr = y + (long long)blockIdx.x * cols;
    float m = -3.4e38f;
    for (int c = 0; c < cols; c++) m = fmaxf(m, xr[c]);
    float s = 0.0f;
    for (int c = 0; c < cols; c++) s += expf(xr[c] - m);
    for (int c = 0; c < cols; c++) yr[c] = expf(xr[c] - m) / s;
}
"""
# EVOLVE-BLOCK-END


def kernel_spec():
    return {"source": SOURCE, "name": "softmax", "block": BLOCK, "shared_bytes": SHARED_BYTES}
