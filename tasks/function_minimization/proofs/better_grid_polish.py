"""Grid scan of the box, then a shrinking-step pattern search from the best grid point."""
import numpy as np


# EVOLVE-BLOCK-START
def search_algorithm(seed, bounds=(-5.0, 5.0)):
    axis = np.linspace(bounds[0], bounds[1], 201)
    xs, ys = np.meshgrid(axis, axis)
    values = evaluate_function(xs, ys)
    i, j = np.unravel_index(int(np.argmin(values)), values.shape)
    best = np.array([xs[i, j], ys[i, j]])
    best_value = evaluate_function(*best)
    step = 0.05
    while step > 1e-9:
        moved = False
        for dx, dy in ((step, 0), (-step, 0), (0, step), (0, -step)):
            point = np.clip(best + (dx, dy), bounds[0], bounds[1])
            value = evaluate_function(*point)
            if value < best_value:
                best, best_value, moved = point, value, True
        if not moved:
            step /= 2
    return best
# EVOLVE-BLOCK-END


def evaluate_function(x, y):
    return np.sin(x) * np.cos(y) + np.sin(x * y) + (x**2 + y**2) / 20
