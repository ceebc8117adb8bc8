"""The passages compared: the commitments of A and the sentences of B, each with its
section path; and B's review part, the past-year section a later report reports in.

A 公文 lists its targets in one sentence, one per semicolon (国内生产总值增长5%左右；城镇新增
就业1200万人左右；…): each item is a commitment of its own, and each is answered by its own
result. A plan's sentence that states a bounded figure (左右/以上/以内) is a target even
when the suggester did not propose it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from model.compare.figures import figures
from model.outline.tree import Outline
from model.reading.suggestion_units import PAST, heading_lean
from model.reading.traditional import simplified

_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")
_ITEM = re.compile(r"[^；;]+[；;]?")
#: headings of a review part beyond the suggester's own (回顾, 成效 …)
_PAST_HEAD = re.compile(r"过去一年|过去五年|工作回顾|主要工作及成效|工作及成效|一年来|完成情况")
#: headings of a plan part beyond the suggester's own (下一步, 主要目标 …)
_PLAN_HEAD = re.compile(r"今年|明年|来年|新的一年|建议|工作任务|政策取向|工作安排|"
                        r"\d{4}年(?:工作|主要|重点|经济社会)")
_LABEL = re.compile(r"[^：:]{0,20}[：:]")


@dataclass(frozen=True)
class Passage:
    """text[start:end] with the titles of the sections it sits in."""

    start: int
    end: int
    quote: str
    section: tuple[str, ...]


def section_path(outline: Outline | None, offset: int) -> tuple[str, ...]:
    if outline is None:
        return ()
    return tuple(node.title for node in outline.path_at(offset))


def review_spans(outline: Outline | None) -> list[tuple[int, int]]:
    """The spans of sections whose heading says they review the past year."""
    if outline is None:
        return []
    spans = []
    for node in outline.nodes():
        title = simplified(node.title)
        if _PAST_HEAD.search(title) or heading_lean(title) == PAST:
            spans.append((node.start, node.end))
    return spans


def plan_spans(outline: Outline | None) -> list[tuple[int, int]]:
    """The spans of sections whose heading says they plan the coming year."""
    if outline is None:
        return []
    spans = []
    for node in outline.nodes():
        title = simplified(node.title)
        lean = heading_lean(title)
        if lean == "commitment" or (lean != PAST and not _PAST_HEAD.search(title)
                                    and _PLAN_HEAD.search(title)):
            spans.append((node.start, node.end))
    return spans


def plan_sentences(text: str, outline: Outline | None) -> list[tuple[int, int]]:
    """The sentences of A's plan part (headings left out)."""
    spans = plan_spans(outline)
    return [(p.start, p.end) for p in sentences(text, outline)
            if any(s <= p.start < e for s, e in spans)]


def sentences(text: str, outline: Outline | None) -> list[Passage]:
    """B's sentences (a heading line is not evidence), with their sections."""
    titles = set() if outline is None else {(n.title_start, n.title_end) for n in outline.nodes()}
    found = []
    for m in _SENTENCE.finditer(text):
        start, end = _stripped(text, m.start(), m.end())
        if end - start < 4 or (start, end) in titles or _is_title(outline, start, end):
            continue
        path = section_path(outline, start)
        if titles and not path:
            continue  # the title and salutation before the first heading report nothing
        found.append(Passage(start, end, text[start:end], path))
    return found


def _is_title(outline: Outline | None, start: int, end: int) -> bool:
    if outline is None:
        return False
    node = outline.node_at(start)
    return node is not None and node.title_start <= start and end <= node.title_end + 1


def items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] cut into its semicolon items, a leading label (今年…目标是：) left
    out of the first; one span when there is no semicolon."""
    spans = []
    for m in _ITEM.finditer(text, start, end):
        s, e = _stripped(text, m.start(), m.end())
        label = _LABEL.match(text, s, e)
        if label and label.end() < e:
            s = label.end()
        if e - s >= 4:
            spans.append((s, e))
    return spans or [(start, end)]


def target_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences that state a target: a figure with a bound (左右/以上/以内)."""
    spans = []
    for m in _SENTENCE.finditer(text):
        if any(f.is_target for f in figures(text, m.start(), m.end())):
            spans.append(_stripped(text, m.start(), m.end()))
    return spans


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\u3000\r\n":
        start += 1
    while end > start and text[end - 1] in " \t\u3000\r\n":
        end -= 1
    return start, end
