"""The core of AlphaFold's triangle multiplicative update ("outgoing edges") as a CUDA kernel (float32):
out[p, i, j] = sum_k a[p, i, k] * b[p, j, k] for P = batch x channels independent N x N slices.

kernel_spec() returns the CUDA C source and its launch numbers. The harness compiles it with
-DTILE_X=<tile_x> -DTILE_Y=<tile_y> and launches
    name<<<(ceil(N / tile_x), ceil(N / tile_y), P), (block_x, block_y), shared_bytes>>>(a, b, out, (int) P, (int) N)
where blockIdx.x walks j (columns of out) and blockIdx.y walks i (rows); a, b, out are contiguous (P, N, N).
"""

# EVOLVE-BLOCK-START
TILE_X, TILE_Y = 16, 16
BLOCK_X, BLOCK_Y = 16, 16

SOURCE = r"""
extern "C" __global__ void trimul(const float* a, const float* b, float* out, int P, int N) {
    int j = blockIdx.x * TILE_X + threadIdx.x;  // one thread per output element
    int i = blockIdx.y * TILE_Y + threadIdx.y;
    long long p = blockIdx.z;
    if (i >= N || j >= N) return;
    const float* ar = a + (p * N + i) * N;
    const float* br = b + (p * N + j) * N;
    float acc = 0.0f;
    for (int k = 0; k < N; k++) acc += ar[k] * br[k];
    out[(p * N + i) * N + j] = acc;
}
"""
# EVOLVE-BLOCK-END


def kernel_spec():
    return {"source": SOURCE, "name": "trimul", "block_x": BLOCK_X, "block_y": BLOCK_Y,
            "tile_x": TILE_X, "tile_y": TILE_Y, "shared_bytes": 0}
