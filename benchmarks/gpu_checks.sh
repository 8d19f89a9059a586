#!/usr/bin/env bash
# Every GPU check in one short batch for a lent device machine (no snakemake/hydra/openevolve there):
# the GPU tests, the kernel-timing benchmark, the training tests and the training benchmark on CUDA.
# Usage on the device: OUT=/some/dir bash benchmarks/gpu_checks.sh
set -u
export PYTHONPATH="$PWD/src" HF_HUB_OFFLINE=1
OUT=${OUT:-/tmp/gpu_checks}
mkdir -p "$OUT"
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv > "$OUT/card.txt" 2>&1
python -c "import torch, cupy; print('torch', torch.__version__, 'cuda', torch.version.cuda, 'cupy', cupy.__version__)" >> "$OUT/card.txt" 2>&1
timeout 180 python -m pytest -q -p no:cacheprovider -m gpu tests/gpu > "$OUT/gpu_tests.txt" 2>&1
timeout 120 python benchmarks/kernel_timing.py > "$OUT/kernel_timing.txt" 2>&1
timeout 180 python -m pytest -q -p no:cacheprovider tests/test_train.py tests/test_kernels.py > "$OUT/train_tests_cuda.txt" 2>&1
timeout 120 python benchmarks/tiny_model_training.py > "$OUT/tiny_training_cuda.txt" 2>&1
tail -n 3 "$OUT"/*.txt
