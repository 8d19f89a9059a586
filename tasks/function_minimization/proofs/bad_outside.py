"""Returns a point outside the search box, where the objective is lower still: it must be refused."""
import numpy as np


# EVOLVE-BLOCK-START
def search_algorithm(seed, bounds=(-5.0, 5.0)):
    return np.array([-1.7, 7.5])
# EVOLVE-BLOCK-END
