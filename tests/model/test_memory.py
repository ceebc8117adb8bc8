"""model/memory.py: freed memory handed back where the C library can (glibc)."""
from __future__ import annotations

import platform
import sys

from model.memory import release_free_memory


def test_release_free_memory_says_whether_it_could() -> None:
    glibc = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    garbage = [bytes(10_000) for _ in range(1_000)]
    del garbage
    assert release_free_memory() is glibc
    assert release_free_memory() is glibc  # again: harmless
