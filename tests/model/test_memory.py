"""model/memory.py: freed memory handed back where the C library can (glibc)."""
from __future__ import annotations

import gc
import platform
import sys
from collections.abc import Iterator

import pytest

from model.memory import COLLECTOR_THRESHOLDS, release_free_memory, tune_for_window, tune_heaps


def _glibc() -> bool:
    return sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"


@pytest.fixture
def thresholds() -> Iterator[None]:
    """The collector's thresholds as they were, back after the test."""
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)


def test_release_free_memory_says_whether_it_could() -> None:
    glibc = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    garbage = [bytes(10_000) for _ in range(1_000)]
    del garbage
    assert release_free_memory() is glibc
    assert release_free_memory() is glibc  # again: harmless


def test_tune_heaps_says_whether_it_could() -> None:
    # 8 heaps: no fewer than glibc's own default for one core; 128 kB: its own threshold
    assert tune_heaps(8, 128 * 1024) is _glibc()


def test_tune_for_window_sets_the_collector_thresholds(thresholds: None) -> None:
    tune_for_window()
    assert gc.get_threshold() == COLLECTOR_THRESHOLDS
    assert gc.isenabled()
