"""rjieba (jieba-rs, Rust) as the fast segmentation backend, with jieba for what it cuts
differently.

rjieba cuts 618k characters in ~0.3 s against jieba's ~4.9 s. Loaded with the same
dictionaries (jieba's dict.txt, Yuepi's and the reviewer's words, each with the same
frequency) it gives jieba's tokens for Han text; it differs only where jieba's HMM meets
ASCII letters or digits next to - _ . + # & % (2026-12-05, UTF-8, report.md), and it
takes the rarer CJK blocks (Extension A/B…, compatibility ideographs) as Han where jieba
does not. `hard_spans` finds those places, widened to the run of word characters around them
(jieba never joins a word across any other character); the Segmenter hands them to jieba and
everything between them to rjieba. tests/model/reading/test_fast_cut.py proves the tokens
identical on the test corpus.

rjieba is optional: without it (`load_rjieba()` is None) jieba cuts everything.
"""
from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import re
import sys
from collections.abc import Iterator
from functools import cache
from typing import Any

#: Characters jieba (re_han_default) and rjieba put into one run that is cut as a whole;
#: plus the CJK blocks only rjieba counts as Han.
_RARE_HAN = "\u3400-\u4DBF\u9FD6-\u9FFF\uF900-\uFAFF\U00020000-\U0003FFFF"
_RUN_CHARS = f"\u4E00-\u9FD5a-zA-Z0-9+#&._%\\-{_RARE_HAN}"
#: Where the two cut differently: an ASCII letter or digit beside a joining symbol (but a
#: decimal 5.2, a 5% or a list number 1. is cut alike; PM2.5 and 5G are not, in search
#: mode; 1.2.3 is not), or a rare Han character.
#: Written as its first character, then what each alternative needs after it (a
#: lookbehind naming that first character): `re` skips in C to a character that can open
#: one (a pattern opening on a class has that prefix), instead of trying the eight
#: alternatives at every character (1 MB: 9 → 3 ms). The same matches as
#: `[A-Za-z0-9][+#&_\-]|[+#&_\-][A-Za-z0-9]|[A-Za-z][.%0-9]|[.%0-9][A-Za-z]|\.[0-9]+\.
#: |%[0-9]|[rare Han]`, alternative for alternative.
_HARD = re.compile(
    f"[A-Za-z0-9+#&_\\-.%{_RARE_HAN}]"
    r"(?:(?<=[A-Za-z0-9])[+#&_\-]|(?<=[+#&_\-])[A-Za-z0-9]|(?<=[A-Za-z])[.%0-9]"
    r"|(?<=[.%0-9])[A-Za-z]|(?<=\.)[0-9]+\.|(?<=%)[0-9]"
    f"|(?<=[{_RARE_HAN}]))")


@cache
def _run_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a character ending a run, a character in a run): compiled when first needed, not
    while the window starts (their wide character classes take ~3 ms to compile)."""
    return re.compile(f"[^{_RUN_CHARS}]"), re.compile(f"[{_RUN_CHARS}]")


def load_rjieba() -> Any | None:
    """rjieba's module with its Jieba class, or None when it is not installed (jieba then
    cuts everything). Its extension is loaded without the package's __init__ where it can
    be: that builds a default Jieba with jieba-rs's own dictionary at import (+23 MB,
    never used: the Segmenter loads its own)."""
    try:
        return _extension() or importlib.import_module("rjieba")
    except ImportError:
        return None


def _extension() -> Any | None:
    """rjieba.rjieba loaded from its file, its package not run; None where it cannot be
    found so (then the package is imported as usual)."""
    loaded = sys.modules.get("rjieba.rjieba")
    if loaded is not None:
        return loaded
    try:
        package = importlib.util.find_spec("rjieba")
    except (ImportError, ValueError):
        return None
    if package is None or not package.submodule_search_locations:
        return None
    for folder in package.submodule_search_locations:
        finder = importlib.machinery.FileFinder(
            folder, (importlib.machinery.ExtensionFileLoader,
                     importlib.machinery.EXTENSION_SUFFIXES))
        spec = finder.find_spec("rjieba.rjieba")
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if not hasattr(module, "Jieba"):
            return None
        sys.modules["rjieba.rjieba"] = module  # `import rjieba` later reuses it
        return module
    return None


def hard_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the runs of `text` that jieba must cut, in order, not overlapping:
    each a whole run of word characters around a place where rjieba would cut otherwise."""
    position = 0
    run_end, in_run = _run_patterns()
    while (hit := _HARD.search(text, position)) is not None:
        start = hit.start()
        while start > position and in_run.match(text, start - 1):
            start -= 1
        end_match = run_end.search(text, hit.end())
        end = end_match.start() if end_match is not None else len(text)
        yield start, end
        position = end


def split_hard(text: str) -> Iterator[tuple[int, int, bool]]:
    """`text` cut into (start, end, hard) spans covering it: hard ones for jieba."""
    position = 0
    for start, end in hard_spans(text):
        if start > position:
            yield position, start, False
        yield start, end, True
        position = end
    if position < len(text):
        yield position, len(text), False
