"""Known-bad: the spec lacks shared_bytes (and names a kernel that is not a C identifier); must be rejected."""

# EVOLVE-BLOCK-START
SOURCE = r"""
extern "C" __global__ void softmax(const float* x, float* y, int rows, int cols) {}
"""
# EVOLVE-BLOCK-END


def kernel_spec():
    return {"source": SOURCE, "name": "soft max", "block": 128}
