"""Known-bad: forgets the 1/sqrt(576) softmax scale (a classic attention bug); the correctness check must fail."""

# EVOLVE-BLOCK-START
SOURCE = r"""
extern "C" __global__ void mla_decode(const float* q, const float* kv, float* out, int B, int H, int S, float scale) {
    int h = blockIdx.x, b = blockIdx.y;
    if (threadIdx.x != 0) return;
    const float* qh = q + ((long long)b * H + h) * HEAD_DIM;
    const float* kvb = kv + (long long)b * S * HEAD_DIM;
    float m = -3.4e38f;
    for (int s = 0; s < S; s++) {
        float d = 0.0f;
        for (int t = 0; t < HEAD_DIM; t++) d += qh[t] * kvb[(long long)s * HEAD_DIM + t];
        m = fmaxf(m, d);
    }
    float l = 0.0f;
    for (int v = 0; v < V_DIM; v++) out[((long long)b * H + h) * V_DIM + v] = 0.0f;
    for (int s = 0; s < S; s++) {
        float d = 0.0f;
        for (int t = 0; t < HEAD_DIM; t++) d += qh[t] * kvb[(long long)s * HEAD_DIM + t];
        float w = expf(d - m);
        l += w;
        for (int v = 0; v < V_DIM; v++) out[((long long)b * H + h) * V_DIM + v] += w * kvb[(long long)s * HEAD_DIM + v];
    }
    for (int v = 0; v < V_DIM; v++) out[((long long)b * H + h) * V_DIM + v] /= l;
}
"""
# EVOLVE-BLOCK-END


def kernel_spec():
    return {"source": SOURCE, "name": "mla_decode", "block": 32, "heads_per_block": 1, "shared_bytes": 0}
