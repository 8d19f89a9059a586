"""Better: 32 x 32 output tiles per block of 32 x 8 threads (4 outputs each), with 32-wide k-slices of a and b
staged in padded shared memory through coalesced loads, instead of each thread streaming two rows itself."""

# EVOLVE-BLOCK-START
TILE_X, TILE_Y = 32, 32
BLOCK_X, BLOCK_Y = 32, 8

SOURCE = r"""
#define BK 32
#define ROWS_PER_THREAD (TILE_Y / 8)

// requires blockDim = (32, 8), TILE_X = 32 and TILE_Y a multiple of 8
extern "C" __global__ void trimul(const float* __restrict__ a, const float* __restrict__ b,
                                  float* __restrict__ out, int P, int N) {
    __shared__ float as[TILE_Y][BK + 1];
    __shared__ float bs[TILE_X][BK + 1];
    int tx = threadIdx.x, ty = threadIdx.y;
    int i0 = blockIdx.y * TILE_Y, j0 = blockIdx.x * TILE_X;
    long long base = (long long)blockIdx.z * N * N;
    float acc[ROWS_PER_THREAD];
#pragma unroll
    for (int r = 0; r < ROWS_PER_THREAD; r++) acc[r] = 0.0f;
    for (int k0 = 0; k0 < N; k0 += BK) {
        int k = k0 + tx;
        for (int r = ty; r < TILE_Y; r += 8) {
            int i = i0 + r;
            as[r][tx] = (i < N && k < N) ? a[base + (long long)i * N + k] : 0.0f;
        }
        for (int r = ty; r < TILE_X; r += 8) {
            int j = j0 + r;
            bs[r][tx] = (j < N && k < N) ? b[base + (long long)j * N + k] : 0.0f;
        }
        __syncthreads();
#pragma unroll 8
        for (int kk = 0; kk < BK; kk++) {
            float bv = bs[tx][kk];
#pragma unroll
            for (int r = 0; r < ROWS_PER_THREAD; r++) acc[r] += as[ty + 8 * r][kk] * bv;
        }
        __syncthreads();
    }
    int j = j0 + tx;
#pragma unroll
    for (int r = 0; r < ROWS_PER_THREAD; r++) {
        int i = i0 + ty + 8 * r;
        if (i < N && j < N) out[base + (long long)i * N + j] = acc[r];
    }
}
"""
# EVOLVE-BLOCK-END


def kernel_spec():
    return {"source": SOURCE, "name": "trimul", "block_x": BLOCK_X, "block_y": BLOCK_Y,
            "tile_x": TILE_X, "tile_y": TILE_Y, "shared_bytes": 0}
