"""Heilbronn for triangles: 11 points in the equilateral triangle (0,0), (1,0), (1/2, sqrt(3)/2)
maximizing the smallest area of a triangle formed by any three of them."""
import numpy as np


# EVOLVE-BLOCK-START
def run():
    """Return an 11x2 array of points inside the triangle."""
    n = 11
    seed = 7
    shrink = 0.9
    rng = np.random.default_rng(seed)
    weights = rng.dirichlet([1.0, 1.0, 1.0], size=n)  # barycentric coordinates
    vertices = np.array([[0.0, 0.0], [1.0, 0.0], [0.5, np.sqrt(3) / 2]])
    centroid = vertices.mean(axis=0)
    return centroid + shrink * (weights @ vertices - centroid)
# EVOLVE-BLOCK-END
