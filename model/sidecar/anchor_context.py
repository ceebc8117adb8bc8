"""What re-anchoring works on (model.sidecar.anchoring): the new text with its 3-gram
index, and how well an annotation's stored prefix and suffix agree with the text around a
place — the measure every step of the search ranks places by."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from model.annotations import CONTEXT_CHARS, Annotation, OutlineCorrection
from model.sidecar.approx_match import GramHits

#: What is anchored: both have the selector fields (start, end, quote, prefix, suffix,
#: status, original_quote).
Anchored = TypeVar("Anchored", Annotation, OutlineCorrection)


@dataclass
class AnchorDoc:
    """The text annotations are placed on."""

    text: str
    delta: int  # new length - old length (0 when unknown)
    grams: GramHits
    shortcuts: bool = True  # skip searches proven unable to change the result


def around(text: str, start: int, end: int) -> tuple[str, str]:
    """The prefix and suffix an annotation of text[start:end] stores."""
    return text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]


def context(text: str, a: Anchored, pos: int) -> float:
    """Prefix agreement + suffix agreement, each 0..1 (chars matching next to the quote)."""
    return _prefix_agreement(text, a.prefix, pos) + _suffix_agreement(
        text, a.suffix, pos + len(a.quote))


def _prefix_agreement(text: str, prefix: str, pos: int) -> float:
    if not prefix:
        return 1.0
    if text.endswith(prefix, 0, pos):
        return 1.0
    n = 0
    while n < len(prefix) and n < pos and text[pos - 1 - n] == prefix[-1 - n]:
        n += 1
    return n / len(prefix)


def _suffix_agreement(text: str, suffix: str, end: int) -> float:
    if not suffix:
        return 1.0
    if text.startswith(suffix, end):
        return 1.0
    n = 0
    while n < len(suffix) and end + n < len(text) and text[end + n] == suffix[n]:
        n += 1
    return n / len(suffix)
