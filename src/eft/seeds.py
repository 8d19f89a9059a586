"""Every derived seed in the project comes from here: sha256 of its parts, so it is stable across Python
versions, processes and machines (Python's `hash` is salted per process and would not be).

Seeds are named by role: the experiment's `seed` (config) is the root; `data_seed` (task materialization),
`search_seed` (one OpenEvolve run), `request_seed` (one operator call) and the training seeds are derived
from it with `derive_seed(role, ...)`.
"""
from __future__ import annotations

import hashlib


def seed_digest(*parts: object) -> bytes:
    """sha256 of the parts' `str` joined by NUL (NUL cannot occur in a config value or a prompt boundary)."""
    return hashlib.sha256("\0".join(map(str, parts)).encode("utf-8")).digest()


def derive_seed(*parts: object, bits: int = 31) -> int:
    """A non-negative integer seed below 2**bits from the parts (31 bits fit every RNG we seed)."""
    return int.from_bytes(seed_digest(*parts)[:8], "big") % (1 << bits)
