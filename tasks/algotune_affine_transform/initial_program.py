"""2-D affine image transform; the evaluator times it against a reference solver and checks every output."""
from scipy import ndimage

# EVOLVE-BLOCK-START


def solve(problem):
    """problem["image"] resampled at matrix @ [row, col, 1] for every output pixel (order 3, zero outside).

    scipy.ndimage.affine_transform: cubic B-spline prefilter of the image, then a 4 x 4 spline evaluation
    at each mapped coordinate; points mapped outside the image get 0.
    """
    return ndimage.affine_transform(problem["image"], problem["matrix"], order=3, mode="constant", cval=0.0)
# EVOLVE-BLOCK-END
