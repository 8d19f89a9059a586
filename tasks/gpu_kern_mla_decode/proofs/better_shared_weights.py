"""Better: each chunk of 256 cache rows gets its softmax weights computed once (one row per thread) and staged
in dynamic shared memory, then every thread accumulates its two output dims over the chunk with coalesced
reads, instead of every output dim recomputing every score."""

# EVOLVE-BLOCK-START
BLOCK = 256
HEADS_PER_BLOCK = 1
SHARED_BYTES = BLOCK * 4

SOURCE = r"""
#define THREADS 256
#define DIMS_PER_THREAD (V_DIM / THREADS)

__device__ float block_reduce(float v, float* red, bool take_max) {
    red[threadIdx.x] = v;
    __syncthreads();
    for (int stride = THREADS / 2; stride > 0; stride >>= 1) {
        if (threadIdx.x < stride) {
            float o = red[threadIdx.x + stride];
            red[threadIdx.x] = take_max ? fmaxf(red[threadIdx.x], o) : red[threadIdx.x] + o;
        }
        __syncthreads();
    }
    float result = red[0];
    __syncthreads();
    return result;
}

__device__ float score(const float* qh, const float* row, float scale) {
    float d = 0.0f;
    for (int t = 0; t < HEAD_DIM; t++) d += qh[t] * row[t];
    return d * scale;
}

// requires blockDim.x == THREADS and shared_bytes == THREADS * 4
extern "C" __global__ void mla_decode(const float* __restrict__ q, const float* __restrict__ kv,
                                      float* __restrict__ out, int B, int H, int S, float scale) {
    __shared__ float red[THREADS];
    extern __shared__ float weight[];
    int h = blockIdx.x;
    int b = blockIdx.y;
    const float* qh = q + ((long long)b * H + h) * HEAD_DIM;
    const float* kvb = kv + (long long)b * S * HEAD_DIM;
    float m = -3.4e38f;
    for (int s = threadIdx.x; s < S; s += THREADS) m = fmaxf(m, score(qh, kvb + (long long)s * HEAD_DIM, scale));
    m = block_reduce(m, red, true);
    float l = 0.0f;
    for (int s = threadIdx.x; s < S; s += THREADS) l += expf(score(qh, kvb + (long long)s * HEAD_DIM, scale) - m);
    l = block_reduce(l, red, false);
    float inv = 1.0f / l;
    float acc[DIMS_PER_THREAD];
#pragma unroll
    for (int u = 0; u < DIMS_PER_THREAD; u++) acc[u] = 0.0f;
    for (int s0 = 0; s0 < S; s0 += THREADS) {
        int s = s0 + threadIdx.x;
        weight[threadIdx.x] = s < S ? expf(score(qh, kvb + (long long)s * HEAD_DIM, scale) - m) * inv : 0.0f;
        __syncthreads();
        int rows = min(THREADS, S - s0);
        for (int r = 0; r < rows; r++) {
            const float* row = kvb + (long long)(s0 + r) * HEAD_DIM;
            float w = weight[r];
#pragma unroll
            for (int u = 0; u < DIMS_PER_THREAD; u++) acc[u] += w * row[threadIdx.x + u * THREADS];
        }
        __syncthreads();
    }
#pragma unroll
    for (int u = 0; u < DIMS_PER_THREAD; u++) out[((long long)b * H + h) * V_DIM + threadIdx.x + u * THREADS] = acc[u];
}
"""
# EVOLVE-BLOCK-END


def kernel_spec():
    return {"source": SOURCE, "name": "mla_decode", "block": BLOCK, "heads_per_block": HEADS_PER_BLOCK,
            "shared_bytes": SHARED_BYTES}
