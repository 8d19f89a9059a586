"""Heilbronn problem in a region: n points maximizing the smallest area of a triangle formed by any three of
them, divided by the region's area. region is "triangle" (equilateral, vertices (0,0), (1,0), (1/2, sqrt(3)/2)),
"disk" (the unit disk) or "convex" (any points in [-10, 10]^2, normalised by their own convex hull's area)."""
import numpy as np


# EVOLVE-BLOCK-START
def run(n, region):
    """Return an n x 2 array of points inside the region."""
    rng = np.random.default_rng(7)
    shrink = 0.9
    if region == "triangle":
        weights = rng.dirichlet([1.0, 1.0, 1.0], size=n)  # barycentric coordinates
        vertices = np.array([[0.0, 0.0], [1.0, 0.0], [0.5, np.sqrt(3) / 2]])
        centroid = vertices.mean(axis=0)
        return centroid + shrink * (weights @ vertices - centroid)
    if region == "disk":
        angle = rng.uniform(0, 2 * np.pi, n)
        radius = shrink * np.sqrt(rng.uniform(0, 1, n))
        return np.stack([radius * np.cos(angle), radius * np.sin(angle)], axis=1)
    return rng.uniform(0, 1, size=(n, 2))  # "convex": the unit square's interior
# EVOLVE-BLOCK-END
