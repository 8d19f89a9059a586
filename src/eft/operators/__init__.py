"""Mutation operators behind OpenEvolve's `LLMInterface`: offline (seeded edits), hf_local, OpenAI-compatible.

`eft.operators.factory.build_llm_configs` turns an operator config section into OpenEvolve model configs.
"""
