"""Known-bad: never writes the last column of a row (an off-by-one); the NaN-filled output must fail the check."""

# EVOLVE-BLOCK-START
SOURCE = r"""
extern "C" __global__ void softmax(const float* x, float* y, int rows, int cols) {
    if (threadIdx.x != 0) return;
    const float* xr = x + (long long)blockIdx.x * cols;
    float* yr = y + (long long)blockIdx.x * cols;
    float m = -3.4e38f;
    for (int c = 0; c < cols; c++) m = fmaxf(m, xr[c]);
    float s = 0.0f;
    for (int c = 0; c < cols; c++) s += expf(xr[c] - m);
    for (int c = 0; c < cols - 1; c++) yr[c] = expf(xr[c] - m) / s;
}
"""
# EVOLVE-BLOCK-END


def kernel_spec():
    return {"source": SOURCE, "name": "softmax", "block": 1, "shared_bytes": 0}
