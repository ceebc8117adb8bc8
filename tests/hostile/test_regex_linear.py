"""Every regular expression model/ applies to report text runs in linear time (issue 11,
item 7): each compiled pattern, found automatically, is searched, iterated and
substituted over hostile texts of 80,000 characters (long digit runs, runs of one CJK
character, long whitespace, runs of its own literals, repeated punctuation and cues).

A linear pattern needs at most about 0.1 s for one of these; the quadratic ones this
replaced needed from 4 s (a run of spaces before 目录) to minutes (a digit run before a
unit). Each operation is stopped by an alarm after LIMIT_S seconds.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Callable

import pytest

from tests.hostile import regex_support as support
from tests.hostile.limits_support import time_limit

LIMIT_S = 1.5
PATTERNS = support.model_patterns()


def _operations(pattern: re.Pattern) -> dict[str, Callable[[object], object]]:
    empty = b"" if isinstance(pattern.pattern, bytes) else ""
    return {"search": pattern.search,
            "finditer": lambda text: sum(1 for _ in pattern.finditer(text)),
            "sub": lambda text: pattern.sub(empty, text)}


def _source(pattern: re.Pattern) -> str:
    source = pattern.pattern
    return source.decode("latin-1") if isinstance(source, bytes) else source


def test_the_collection_finds_the_patterns_of_every_layer() -> None:
    names = {where.split("[")[0] for where, _ in PATTERNS}
    for expected in ("model.reading.suggestion_cues.TARGET",
                     "model.reading.suggestion_lexicon._NEGATIVE",
                     "model.outline.rules.SCAN_RX", "model.outline.item_cues._SCANNERS",
                     "model.report.sentences._SENTENCE", "model.report.encodings._common_runs()",
                     "model.report.readers._CONTROL", "model.outline.contents._PAGE_TAIL"):
        assert expected in names
    assert len(PATTERNS) >= 70


def test_no_pattern_is_compiled_where_the_collection_cannot_see_it() -> None:
    """A re call inside a function is either a factory whose patterns are module globals
    (or cached without arguments), or the reviewer's own search pattern."""
    allowed = {**support.PATTERN_FACTORIES, **support.USER_PATTERNS}
    hidden = [(path, name, line) for path, name, line in support.regex_calls_in_functions()
              if name not in allowed.get(path, set())]
    assert not hidden, f"compile these at module level (or list the factory): {hidden}"


@pytest.mark.skipif(sys.platform == "win32", reason="timed with SIGALRM")
@pytest.mark.parametrize("where, pattern", PATTERNS, ids=[w for w, _ in PATTERNS])
def test_pattern_is_linear_on_hostile_text(where: str, pattern: re.Pattern) -> None:
    operations = _operations(pattern)
    texts = [(label, text, tuple(operations)) for label, text in support.generic_texts()]
    texts += [(label, text, ("finditer",)) for label, text in support.own_texts(_source(pattern))]
    for label, text, names in texts:
        data = text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text
        for name in names:
            with time_limit(LIMIT_S, f"{where}.{name} on {label}"):
                operations[name](data)
