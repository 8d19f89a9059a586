"""One decode step of multi-head latent attention (MLA, absorbed form) as a CUDA kernel (float32).

Every head of a sequence attends over the same latent cache: keys are the 576-dim cache rows, values their
first 512 dims: out[b, h] = softmax(q[b, h] . kv[b]^T * scale) @ kv[b, :, :512], scale = 1/sqrt(576).
kernel_spec() returns the CUDA C source and its launch numbers. The harness compiles it with -DHEAD_DIM=576
-DV_DIM=512 -DHEADS_PER_BLOCK=<heads_per_block> and launches
    name<<<(ceil(H / heads_per_block), B), block, shared_bytes>>>(q, kv, out, (int) B, (int) H, (int) S, (float) scale)
with q (B, H, 576), kv (B, S, 576) and out (B, H, 512), all contiguous.
"""

# EVOLVE-BLOCK-START
BLOCK = 128
HEADS_PER_BLOCK = 1
SHARED_BYTES = 0

SOURCE = r"""
__device__ float block_reduce(float v, float* red, bool take_max) {
    red[threadIdx.x] = v;
    __syncthreads();
    for (int stride = blockDim.x / 2; stride > 0; stride >>= 1) {  // blockDim.x must be a power of two
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

extern "C" __global__ void mla_decode(const float* q, const float* kv, float* out, int B, int H, int S, float scale) {
    __shared__ float red[1024];
    int h = blockIdx.x;  // HEADS_PER_BLOCK = 1: one block per (head, sequence)
    int b = blockIdx.y;
    const float* qh = q + ((long long)b * H + h) * HEAD_DIM;
    const float* kvb = kv + (long long)b * S * HEAD_DIM;
    float m = -3.4e38f;
    for (int s = threadIdx.x; s < S; s += blockDim.x) m = fmaxf(m, score(qh, kvb + (long long)s * HEAD_DIM, scale));
    m = block_reduce(m, red, true);
    float l = 0.0f;
    for (int s = threadIdx.x; s < S; s += blockDim.x) l += expf(score(qh, kvb + (long long)s * HEAD_DIM, scale) - m);
    l = block_reduce(l, red, false);
    for (int v = threadIdx.x; v < V_DIM; v += blockDim.x) {  // each output dim recomputes every weight
        float acc = 0.0f;
        for (int s = 0; s < S; s++) {
            const float* row = kvb + (long long)s * HEAD_DIM;
            acc += expf(score(qh, row, scale) - m) * row[v];
        }
        out[((long long)b * H + h) * V_DIM + v] = acc / l;
    }
}
"""
# EVOLVE-BLOCK-END


def kernel_spec():
    return {"source": SOURCE, "name": "mla_decode", "block": BLOCK, "heads_per_block": HEADS_PER_BLOCK,
            "shared_bytes": SHARED_BYTES}
