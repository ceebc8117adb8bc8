"""Grow a selection to the next larger unit: word → sentence → paragraph → section → all."""
from __future__ import annotations

from model.outline.tree import Outline
from model.reading.segmenter import Segmenter
from model.report.sentences import paragraph_at, sentence_at


def _candidates(text: str, start: int, end: int, outline: Outline | None,
                segmenter: Segmenter | None) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if segmenter is not None and start < len(text):
        spans.append(segmenter.word_at(text, start))
    first = sentence_at(text, start)
    last = sentence_at(text, max(start, end - 1))
    spans.append((min(first[0], last[0]), max(first[1], last[1])))
    para_first = paragraph_at(text, start)
    para_last = paragraph_at(text, max(start, end - 1))
    spans.append((para_first[0], para_last[1]))
    if outline is not None:
        for node in reversed(outline.path_at(start)):
            spans.append((node.start, min(node.end, len(text))))
    spans.append((0, len(text)))
    return spans


def grow_selection(text: str, start: int, end: int, outline: Outline | None = None,
                   segmenter: Segmenter | None = None) -> tuple[int, int]:
    """The smallest unit that contains [start, end) and is strictly larger.

    Units, smallest first: the word at `start` (needs `segmenter`), the sentence(s), the
    paragraph(s) (lines), each enclosing outline section from the innermost out, the whole
    text. Returns (start, end) unchanged when the whole text is already selected.
    """
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"bad selection {start}-{end} for text of length {len(text)}")
    best: tuple[int, int] | None = None
    for s, e in _candidates(text, start, end, outline, segmenter):
        if s <= start and end <= e and (e - s) > (end - start):
            if best is None or e - s < best[1] - best[0]:
                best = (s, e)
    return best if best is not None else (start, end)
