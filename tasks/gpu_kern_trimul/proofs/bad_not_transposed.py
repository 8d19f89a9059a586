"""Known-bad: computes a @ b (sum_k a[i, k] b[k, j]) instead of a @ b^T; the correctness check must fail."""

# EVOLVE-BLOCK-START
SOURCE = r"""
extern "C" __global__ void trimul(const float* a, const float* b, float* out, int P, int N) {
    int j = blockIdx.x * TILE_X + threadIdx.x;
    int i = blockIdx.y * TILE_Y + threadIdx.y;
    long long p = blockIdx.z;
    if (i >= N || j >= N) return;
    float acc = 0.0f;
    for (int k = 0; k < N; k++) acc += a[(p * N + i) * N + k] * b[(p * N + k) * N + j];
    out[(p * N + i) * N + j] = acc;
}
"""
# EVOLVE-BLOCK-END


def kernel_spec():
    return {"source": SOURCE, "name": "trimul", "block_x": 16, "block_y": 16, "tile_x": 16, "tile_y": 16,
            "shared_bytes": 0}
