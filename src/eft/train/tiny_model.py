"""The from-scratch base model: a small Llama-style causal LM sized by `model.arch`."""
from __future__ import annotations

import torch
from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerBase


def build_tiny_model(arch: dict, tokenizer: PreTrainedTokenizerBase, seed: int) -> LlamaForCausalLM:
    """Fresh weights drawn from `seed`; tied embeddings keep the parameter count small."""
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=arch["hidden_size"],
        num_hidden_layers=arch["num_layers"],
        num_attention_heads=arch["num_heads"],
        num_key_value_heads=arch["num_heads"],
        intermediate_size=arch["intermediate_size"],
        max_position_embeddings=arch["context"],
        tie_word_embeddings=True,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    torch.manual_seed(seed)
    return LlamaForCausalLM(config)
