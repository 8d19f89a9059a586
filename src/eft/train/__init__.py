"""Models for EFT: byte-level BPE tokenizer, tiny Llama-style base model, SFT (LoRA / full), loading."""
