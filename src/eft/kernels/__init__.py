"""GPU kernel tasks: a cupy CUDA-event timing harness and re-timing of the best kernels found."""
