"""What a candidate's CUDA source may ask of the compiler: its `#include`s name only allow-listed CUDA headers.

The GPU harness compiles the source with NVRTC and runs without Landlock (the CUDA driver does not start
under it; see `eft.sandbox.confine`), so the preprocessor is the one way a candidate could read a file:
`#include "/path"`, a computed `#include MACRO`, `__has_include`, or `#embed`. The check is deliberately
blunt: after line splicing, every occurrence of `include` must sit in a plain `#include <header>` line of an
allowed header, and `embed` directives are refused; a comment that says "include" is refused too.
"""
from __future__ import annotations

import re

ALLOWED_HEADERS = frozenset({
    "cuda_fp16.h", "cuda_bf16.h", "cuda_fp8.h", "mma.h", "cuda_pipeline.h", "cuda_awbarrier.h",
    "cooperative_groups.h", "cooperative_groups/reduce.h", "cooperative_groups/memcpy_async.h",
    "cuda/barrier", "cuda/pipeline", "cuda/std/cstdint", "cuda/std/limits", "cuda/std/type_traits",
})
_INCLUDE_LINE = re.compile(r"[ \t]*#[ \t]*include[ \t]*<([A-Za-z0-9_./]+)>[ \t]*")
_EMBED = re.compile(r"(#|%:)\s*embed\b|__has_embed")


def check_source(source: str) -> str:
    """`source` unchanged; ValueError with a one-line reason when it reaches outside the allowed headers."""
    text = re.sub(r"\\\r?\n", "", source)  # translation phase 2: `#inc\<newline>lude` is an include
    if "??" in text and re.search(r"\?\?[=/'()!<>\-]", text):
        raise ValueError("kernel source: trigraphs are not allowed")
    if _EMBED.search(text):
        raise ValueError("kernel source: #embed is not allowed")
    for line in text.splitlines():
        if "include" not in line:
            continue
        match = _INCLUDE_LINE.fullmatch(line)
        if match is None or line.count("include") != 1:
            raise ValueError("kernel source: 'include' may appear only in a plain #include <header> line "
                             f"({line.strip()[:80]!r})")
        if match.group(1) not in ALLOWED_HEADERS:
            raise ValueError(f"kernel source: #include <{match.group(1)}> is not an allowed header "
                             f"(allowed: {', '.join(sorted(ALLOWED_HEADERS))})")
    return source
