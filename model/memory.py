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

import contextlib
import ctypes
import gc
import sys
from collections.abc import Callable, Iterator


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


#: glibc's mallopt parameters: how many heaps ("arenas") threads may allocate from; from
#: what size a block is mapped on its own (and unmapped when freed).
M_ARENA_MAX = -8
M_MMAP_THRESHOLD = -3
#: Heaps the window's threads share: the UI thread's own and one for its workers. By
#: default glibc gives each new thread a heap of its own (up to 8 per core), and what a
#: worker frees in its heap (the dictionaries' lines, an analysis's tokens) serves no other
#: thread.
ARENAS = 2
#: Blocks from 1 MB up (an analysis's lists of ~1M tokens, the text's copies, Qt's
#: buffers) mapped on their own, so that freeing one gives it back at once. glibc's own
#: threshold starts at 128 kB but rises to the size of every such block freed, up to 32 MB:
#: after the first analysis those blocks came from the heaps, fragmenting them.
MMAP_THRESHOLD = 1 << 20


def tune_heaps(arenas: int = ARENAS, mmap_threshold: int = MMAP_THRESHOLD) -> bool:
    """At most `arenas` C heaps for the process's threads and blocks of `mmap_threshold`
    bytes or more mapped on their own (glibc; call it before the threads start: heaps made
    already stay). 5 MB report, 10,000 annotations, the analysis run twice
    (bench.analysis_gaps, 2026-12-05): resident memory with the dictionaries loaded
    294 -> 262 MB with the heaps alone, peak 312-321 -> 300-302 MB with the threshold on
    top. True when the platform could."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # musl: one allocator, no arenas to limit
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_ARENA_MAX, arenas)) and bool(mallopt(M_MMAP_THRESHOLD,
                                                               mmap_threshold))


def release_free_memory() -> bool:
    """Give the free pages of the C heaps back to the system (a few ms; ctypes releases
    the GIL meanwhile). True when the platform could (glibc)."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


#: The cyclic collector's thresholds in the window (Python's: 700, 10, 10). A full
#: collection walks every object and holds the GIL meanwhile (40–170 ms with a 5 MB report
#: and 10,000 annotations open, a pause of the window); with Python's thresholds the
#: workers' allocations set off 15–16 of them while a report opens and is analysed twice
#: (bench.analysis_gaps), with these none. A middle generation collected after 5 young
#: ones, not 10, stays small (its longest 22–47 ms at load 7, against 57–101 ms).
COLLECTOR_THRESHOLDS = (10_000, 5, 10)


def tune_for_window() -> None:
    """The process settings of the window: fewer C heaps, large blocks mapped on their own
    (tune_heaps), and young collections less often (COLLECTOR_THRESHOLDS): only when a
    collection runs changes, never what it collects. Call it before any thread starts."""
    tune_heaps()
    gc.set_threshold(*COLLECTOR_THRESHOLDS)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off for a burst of allocation whose objects all stay alive to
    its end (the suggestions of a report: ~9,000 units per MB, each with its evidence and
    verdict), then back as it was. The collector would walk them again and again and find
    nothing: `main.py suggest` 0.015 s of CPU per MB. Reference counting still frees
    everything that is dropped."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()
