"""Find text in a report: plain, whole-word (jieba token edges) or regular expression.

Matching runs on the folded text (model/report/textnorm.py: full-width → half-width, curly →
straight quotes, and lower case unless case-sensitive). Folding keeps every character in
place, so the returned (start, end) spans are offsets into the original text.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from model.annotations import Annotation
from model.errors import SearchBadRegex
from model.reading.segmenter import Boundaries, Segmenter
from model.report.textnorm import FOLD_TABLE, fold

MODES = ("plain", "word", "regex")
_REGEX_SPECIAL = set(".^$*+?{}[]\\|()")


def find(text: str, query: str, *, mode: str = "plain", boundaries: Boundaries | None = None,
         case_sensitive: bool = False,
         segmenter: Segmenter | None = None) -> list[tuple[int, int]]:
    """Non-overlapping hits of `query` in `text`, in order.

    - "plain": substring of the folded text; （一） finds (一), １２ finds 12.
    - "word": plain hits whose two edges are token edges: 作风 hits in 作风建设 but not in
      工作风险 (工作/风险). Give `boundaries` (Segmenter.boundaries(text), computed once per
      text) or a `segmenter` to compute them.
    - "regex": Python `re` syntax against the width-folded text; full-width characters in
      the pattern are folded too (（ becomes a literal \\(). Empty matches are skipped.
      An invalid pattern raises SearchBadRegex.
    """
    if mode not in MODES:
        raise ValueError(f"unknown search mode {mode!r}")
    if not query:
        return []
    if mode == "regex":
        return _find_regex(text, query, case_sensitive)
    hits = _find_plain(fold(text, case_sensitive=case_sensitive),
                       fold(query, case_sensitive=case_sensitive))
    if mode == "plain":
        return hits
    if boundaries is None:
        if segmenter is None:
            raise ValueError("word search needs boundaries or a segmenter")
        boundaries = segmenter.boundaries(text)
    return [(s, e) for s, e in hits if s in boundaries and e in boundaries]


def _find_plain(haystack: str, needle: str) -> list[tuple[int, int]]:
    hits: list[tuple[int, int]] = []
    pos = haystack.find(needle)
    while pos != -1:
        hits.append((pos, pos + len(needle)))
        pos = haystack.find(needle, pos + len(needle))
    return hits


def fold_pattern(pattern: str) -> str:
    """Fold full-width characters of a regex; those that fold to a regex metacharacter
    become escaped literals, so （一） means the text (一), not a group."""
    out: list[str] = []
    for char in pattern:
        mapped = FOLD_TABLE.get(ord(char))
        if mapped is None:
            out.append(char)
        else:
            folded = chr(mapped)
            out.append("\\" + folded if folded in _REGEX_SPECIAL else folded)
    return "".join(out)


def compile_query(pattern: str, case_sensitive: bool = False) -> re.Pattern[str]:
    """The compiled (folded) pattern; SearchBadRegex with the reason if it is invalid."""
    flags = 0 if case_sensitive else re.IGNORECASE
    try:
        return re.compile(fold_pattern(pattern), flags)
    except (re.error, OverflowError, RecursionError) as exc:
        raise SearchBadRegex(f"{pattern}: {exc}", pattern=pattern) from None


def _find_regex(text: str, pattern: str, case_sensitive: bool) -> list[tuple[int, int]]:
    compiled = compile_query(pattern, case_sensitive)
    folded = fold(text, case_sensitive=True)
    return [m.span() for m in compiled.finditer(folded) if m.end() > m.start()]


def find_in_notes(annotations: Iterable[Annotation], query: str, *,
                  case_sensitive: bool = False) -> list[Annotation]:
    """Annotations whose note contains `query` (folded plain match), by position."""
    needle = fold(query, case_sensitive=case_sensitive)
    if not needle:
        return []
    found = [a for a in annotations
             if needle in fold(a.note, case_sensitive=case_sensitive)]
    return sorted(found, key=lambda a: (a.orphaned, a.start, a.end, a.id))
