"""KTO on top of an SFT model (docs/PAPER.md#training-recipe) with trl's KTOTrainer: desirable = the trajectories
labelled `train.kto.desirable` (improved), undesirable = `train.kto.undesirable` (regressed).

Each row is unpaired: the prompt is the chat without its last (assistant) turn, the completion that turn. The
reference model is the SFT model itself (with LoRA: the same weights with the adapter switched off). Like SFT,
too-long rows are dropped, never truncated, the output is a plain model folder (LoRA merged, adapter in
`<out>/adapter/`), and checkpoints in the work dir make a killed run resume.
"""
from __future__ import annotations

from pathlib import Path

from eft.config.keys import result_part
from eft.errors import EftError
from eft.train.data import encode_chat, labelled_trajectories
from eft.train.load import load_model, seed_everything
from eft.train.runner import finish, model_mfu, train, training_args, work_dir_for


def kto_rows(tokenizer, chats: list[tuple[list[dict], str]], desirable: list[str], max_seq_len: int):
    """(trl's unpaired rows: prompt, completion, label), the number dropped for length, and the tokens one epoch
    trains (prompt + completion of each kept row)."""
    rows, dropped, tokens = {"prompt": [], "completion": [], "label": []}, 0, 0
    for chat, label in chats:
        n = len(encode_chat(tokenizer, chat)[0])
        if n > max_seq_len:
            dropped += 1
            continue
        tokens += n
        rows["prompt"].append(chat[:-1])
        rows["completion"].append(chat[-1:])
        rows["label"].append(label in desirable)
    return rows, dropped, tokens


def kto(train_cfg: dict, seed: int, base_dir: Path, data_path: Path, out_dir: Path,
        work_dir: Path | None = None) -> dict:
    """KTO-train the model in `base_dir` (an SFT output) on the desirable and undesirable rows of `data_path`
    (`train.tasks` applies as in SFT); write `out_dir`."""
    from datasets import Dataset
    from trl import KTOConfig, KTOTrainer

    cfg = train_cfg.get("kto")
    if not cfg:
        raise EftError("train.kto is not set: KTO needs its beta, weights, lr, epochs and labels there")
    overlap = set(cfg["desirable"]) & set(cfg["undesirable"])
    if overlap:
        raise EftError(f"train.kto: label {min(overlap)!r} is both desirable and undesirable")
    chats = labelled_trajectories(data_path, [*cfg["desirable"], *cfg["undesirable"]], train_cfg["target"],
                                  train_cfg.get("tasks"))
    seed_everything(seed)
    model, tokenizer = load_model(base_dir, attn_implementation=train_cfg["attn_implementation"])
    rows, dropped, epoch_tokens = kto_rows(tokenizer, chats, cfg["desirable"], train_cfg["max_seq_len"])
    n_desirable = sum(rows["label"])
    n_undesirable = len(rows["label"]) - n_desirable
    if not n_desirable or not n_undesirable:
        raise EftError(f"{data_path}: KTO needs both kinds of rows within train.max_seq_len, found {n_desirable} "
                       f"desirable ({'/'.join(cfg['desirable'])}) and {n_undesirable} undesirable "
                       f"({'/'.join(cfg['undesirable'])})")
    if cfg["batch_size"] < 2:
        raise EftError("train.kto.batch_size must be at least 2 (KTO estimates its KL term within a micro-batch)")
    # KTOTrainer reads the data in order (its KL pairs are built within each micro-batch), so the seeded shuffle
    # that mixes desirable and undesirable rows happens here.
    dataset = Dataset.from_dict(rows).shuffle(seed=seed).flatten_indices()
    peft_config = None
    if train_cfg["method"] == "lora":
        from peft import LoraConfig

        lora = train_cfg["lora"]
        peft_config = LoraConfig(r=lora["r"], lora_alpha=lora["alpha"], lora_dropout=lora["dropout"],
                                 target_modules=list(lora["target_modules"]), task_type="CAUSAL_LM")
    work = work_dir_for(out_dir, work_dir, train_cfg.get("checkpoint_interval"),
                        {"train": result_part("train", train_cfg), "seed": seed, "stage": "kto"}, base_dir, data_path)
    args = training_args(KTOConfig, train_cfg, seed, work, lr=cfg["lr"], batch_size=cfg["batch_size"],
                         grad_accum=cfg["grad_accum"], warmup=train_cfg["warmup_ratio"], epochs=cfg["epochs"],
                         count_tokens=False, max_length=None, beta=cfg["beta"],
                         desirable_weight=cfg["desirable_weight"], undesirable_weight=cfg["undesirable_weight"])
    trainer = KTOTrainer(model=model, args=args, train_dataset=dataset, processing_class=tokenizer,
                         peft_config=peft_config)
    result = train(trainer, work, tokens_fallback=epoch_tokens * cfg["epochs"])
    n_params = sum(p.numel() for p in trainer.model.parameters())
    result |= {
        "stage": "kto", "method": train_cfg["method"], "beta": cfg["beta"], "tasks": train_cfg.get("tasks"),
        "rows": len(chats), "examples": len(rows["label"]), "desirable": n_desirable, "undesirable": n_undesirable,
        "dropped_too_long": dropped, "max_seq_len": train_cfg["max_seq_len"],
        "trainable_params": sum(p.numel() for p in trainer.model.parameters() if p.requires_grad),
        "n_params": n_params, "base": str(Path(base_dir).resolve()),
    }
    result["mfu"] = model_mfu(result, n_params)
    finish(trainer, work, out_dir, tokenizer, result, train_cfg["method"] == "lora", base_dir)
    return result
