"""Sentence and paragraph spans of the canonical text (code-point offsets, end exclusive).

A sentence ends at 。！？；… (and ASCII !?;) or at a line end; closing quotes and brackets
right after the terminator stay with the sentence. Spans never include leading or trailing
whitespace (spaces, tabs, U+3000 ideographic spaces).
"""
from __future__ import annotations

import re

TERMINATORS = "。！？；!?;…"
CLOSERS = "”’」』）)】》〉\"'"
SPACES = " \t\u3000\u00a0"

_SENTENCE = re.compile(
    rf"[^\n{TERMINATORS}]*(?:[{TERMINATORS}]+[{re.escape(CLOSERS)}]*|(?=\n)|$)"
)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in SPACES:
        start += 1
    while end > start and text[end - 1] in SPACES:
        end -= 1
    return start, end


def line_span(text: str, offset: int) -> tuple[int, int]:
    """The line holding `offset`, without its "\\n" (offset may equal len(text))."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end == -1 else end


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Non-empty sentence spans inside text[start:end], in order."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    # one match per sentence, each from where the last ended (a match is empty only at a
    # line end, which finditer then steps over): a loop of matches in C
    for match in _SENTENCE.finditer(text, start, end):
        s, e = match.span()
        if s == e:
            continue
        if text[s] in SPACES or text[e - 1] in SPACES:
            s, e = _trim(text, s, e)
            if e == s:
                continue
        spans.append((s, e))
    return spans


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    """The sentence holding `offset`.

    Between sentences (on a space) the next sentence of the line wins, else the previous
    one; an empty or blank line gives (offset, offset).
    """
    if not 0 <= offset <= len(text):
        raise ValueError(f"offset {offset} outside text of length {len(text)}")
    line_start, line_end = line_span(text, offset)
    spans = sentences(text, line_start, line_end)
    if not spans:
        return offset, offset
    for span in spans:
        if offset < span[1]:
            return span
    return spans[-1]


def paragraph_at(text: str, offset: int) -> tuple[int, int]:
    """The line (paragraph) holding `offset`, trimmed of surrounding spaces."""
    if not 0 <= offset <= len(text):
        raise ValueError(f"offset {offset} outside text of length {len(text)}")
    return _trim(text, *line_span(text, offset))
