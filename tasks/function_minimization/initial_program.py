"""Search routine minimizing a multimodal 2-D function on [-5, 5]^2 (OpenEvolve's function_minimization)."""
import numpy as np

# EVOLVE-BLOCK-START
ITERATIONS = 100


def search_algorithm(seed, bounds=(-5.0, 5.0)):
    """Random search: sample points uniformly in the box and keep the best. Returns the point (x, y)."""
    rng = np.random.default_rng(seed)
    best = rng.uniform(bounds[0], bounds[1], size=2)
    best_value = evaluate_function(best[0], best[1])
    for _ in range(ITERATIONS):
        point = rng.uniform(bounds[0], bounds[1], size=2)
        value = evaluate_function(point[0], point[1])
        if value < best_value:
            best, best_value = point, value
    return best
# EVOLVE-BLOCK-END


def evaluate_function(x, y):
    """The objective (fixed): several local minima, global minimum near (-1.704, 0.678)."""
    return np.sin(x) * np.cos(y) + np.sin(x * y) + (x**2 + y**2) / 20
