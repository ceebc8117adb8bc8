"""Find text in a report: plain, whole-word (jieba token edges) or regular expression.

Matching runs on the folded text (model/report/textnorm.py: full-width → half-width, curly →
straight quotes, and lower case unless case-sensitive; then Traditional → Simplified
characters, model/reading/traditional.py, for the text and the query alike, so 财政 finds
財政). Folding keeps every character in place, so the returned (start, end) spans are
offsets into the original text.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable

from model.annotations import Annotation
from model.errors import SearchBadRegex
from model.reading.segmenter import Boundaries, Segmenter
from model.reading.traditional import simplified, simplified_chars
from model.report.textnorm import FOLD_TABLE, fold

MODES = ("plain", "word", "regex")
_REGEX_SPECIAL = set(".^$*+?{}[]\\|()")
#: Folding works slice by slice (cut after a newline) so another thread sharing the GIL,
#: such as a window's, waits at most one slice (about 1 ms), not the whole text.
FOLD_SLICE = 65_536
#: A plain search asks whether it was cancelled every this many hits.
CANCEL_EVERY = 2_048


class Cancelled(Exception):
    """The search was superseded (a newer query) before it finished."""


class FoldedText:
    """One text and its search forms, each folded once and kept (not once per query).

    Thread-safe: a background search folds on first use while the window keeps typing.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._forms: dict[bool, str] = {}
        self._lock = threading.Lock()

    def form(self, case_sensitive: bool,
             cancelled: Callable[[], bool] = lambda: False) -> str:
        """fold(text, case_sensitive=...), computed the first time; Cancelled if asked."""
        with self._lock:
            folded = self._forms.get(case_sensitive)
            if folded is None:
                folded = self._forms[case_sensitive] = _fold_sliced(
                    self.text, case_sensitive, cancelled)
            return folded


def _fold_sliced(text: str, case_sensitive: bool, cancelled: Callable[[], bool]) -> str:
    parts: list[str] = []
    start = 0
    while start < len(text):
        if cancelled():
            raise Cancelled
        cut = text.find("\n", start + FOLD_SLICE)
        # whole lines, so lower() sees a final sigma's context (a line holding a character
        # whose lower case is longer, such as İ, makes only its slice fold char by char)
        end = len(text) if cut == -1 else cut + 1
        parts.append(simplified_chars(fold(text[start:end], case_sensitive=case_sensitive)))
        start = end
    return "".join(parts)


def find(text: str, query: str, *, mode: str = "plain", boundaries: Boundaries | None = None,
         case_sensitive: bool = False, segmenter: Segmenter | None = None,
         folded: FoldedText | None = None,
         cancelled: Callable[[], bool] = lambda: False) -> list[tuple[int, int]]:
    """Non-overlapping hits of `query` in `text`, in order.

    - "plain": substring of the folded text; （一） finds (一), １２ finds 12.
    - "word": plain hits whose two edges are token edges: 作风 hits in 作风建设 but not in
      工作风险 (工作/风险). Give `boundaries` (Segmenter.boundaries(text), computed once per
      text) or a `segmenter` to compute them.
    - "regex": Python `re` syntax against the width-folded text; full-width characters in
      the pattern are folded too (（ becomes a literal \\(). Empty matches are skipped.
      An invalid pattern raises SearchBadRegex.

    `folded` (FoldedText of `text`) reuses its folded forms; `cancelled()` true makes a
    plain or word search stop with Cancelled (a regex cannot be interrupted: the window
    runs those in model/reading/regex_worker.py).
    """
    if mode not in MODES:
        raise ValueError(f"unknown search mode {mode!r}")
    if not query:
        return []
    if folded is None:
        folded = FoldedText(text)
    if mode == "regex":
        compiled = compile_query(query, case_sensitive)
        return regex_spans(compiled, folded.form(True, cancelled))
    hits = _find_plain(folded.form(case_sensitive, cancelled),
                       simplified_chars(fold(query, case_sensitive=case_sensitive)), cancelled)
    if mode == "plain":
        return hits
    if boundaries is None:
        if segmenter is None:
            raise ValueError("word search needs boundaries or a segmenter")
        boundaries = segmenter.boundaries(simplified(text))  # jieba reads Simplified
    return [(s, e) for s, e in hits if s in boundaries and e in boundaries]


def _find_plain(haystack: str, needle: str,
                cancelled: Callable[[], bool] = lambda: False) -> list[tuple[int, int]]:
    hits: list[tuple[int, int]] = []
    pos = haystack.find(needle)
    while pos != -1:
        hits.append((pos, pos + len(needle)))
        if len(hits) % CANCEL_EVERY == 0 and cancelled():
            raise Cancelled
        pos = haystack.find(needle, pos + len(needle))
    return hits


def fold_pattern(pattern: str) -> str:
    """Fold full-width characters of a regex; those that fold to a regex metacharacter
    become escaped literals, so （一） means the text (一), not a group. Traditional
    characters become Simplified, as in the searched text."""
    out: list[str] = []
    for char in pattern:
        mapped = FOLD_TABLE.get(ord(char))
        if mapped is None:
            out.append(char)
        else:
            folded = chr(mapped)
            out.append("\\" + folded if folded in _REGEX_SPECIAL else folded)
    return simplified_chars("".join(out))


def compile_query(pattern: str, case_sensitive: bool = False) -> re.Pattern[str]:
    """The compiled (folded) pattern; SearchBadRegex with the reason if it is invalid."""
    flags = 0 if case_sensitive else re.IGNORECASE
    try:
        return re.compile(fold_pattern(pattern), flags)
    except (re.error, OverflowError, RecursionError) as exc:
        raise SearchBadRegex(f"{pattern}: {exc}", pattern=pattern) from None


def regex_spans(compiled: re.Pattern[str], folded: str) -> list[tuple[int, int]]:
    """The non-empty matches of `compiled` in the width-folded text."""
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
