"""Handing freed memory back to the system after a large, short-lived use of it.

glibc keeps what Python and Qt free in its heaps (one per thread that allocated it), and
gives back only what sits at a heap's very top: after the dictionaries load (~350,000
lines read as Python strings) or an analysis (~1M tokens) tens of MB stay counted to the
process although nothing uses them, and the next allocation in another thread cannot use
them either. `malloc_trim(0)` returns the free pages of every heap (5 MB report, 10,000
annotations: 47 MB after the analysis, measured by bench.analysis_gaps). Elsewhere (macOS,
Windows, musl) it does nothing: their allocators return memory on their own terms.
"""
from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable


def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim from the symbols already loaded, or None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # musl: no malloc_trim
        return None
    trim.argtypes = (ctypes.c_size_t,)
    trim.restype = ctypes.c_int
    return trim


def release_free_memory() -> bool:
    """Give the free pages of the C heaps back to the system (a few ms; ctypes releases
    the GIL meanwhile). True when the platform could (glibc)."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
