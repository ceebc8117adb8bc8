"""The passages compared: the commitments of A and the sentences of B, each with its
section path (a report's parts, review and plan, are in model.compare.parts; its target
items in model.compare.targets).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from model.outline.tree import Outline

_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")
#: outline nodes whose title is a sentence of its paragraph (a lead, an enumerated item)
RUN_IN = ("lead", "item")


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


def sentences(text: str, outline: Outline | None, enumerated: bool = False) -> list[Passage]:
    """The sentences of a report with their sections. A heading line is no sentence; a
    run-in lead sentence (确保粮食能源安全。保障粮食…) is one: it states its paragraph's
    point, in a plan the task, in a review the result. With `enumerated`, so is a run-in
    enumerated one (一是推动成渝地区双城经济圈建设走深走实。): in a plan it names a task; in a
    review (一是着力扩内需稳增长，推动…。) it names the field its paragraph reports on, no
    result, so B's are left out."""
    run_in = RUN_IN if enumerated else ("lead",)
    titles = set() if outline is None else {(n.title_start, n.title_end) for n in outline.nodes()
                                            if n.kind not in run_in}
    found = []
    for m in _SENTENCE.finditer(text):
        start, end = stripped(text, m.start(), m.end())
        if end - start < 4 or (start, end) in titles or _is_title(outline, start, end, run_in):
            continue
        path = section_path(outline, start)
        if titles and not path and text[end - 1] not in "。！？!?；;":
            continue  # the title and salutation before the first heading report nothing
        found.append(Passage(start, end, text[start:end], path))
    return found


def _is_title(outline: Outline | None, start: int, end: int,
              run_in: tuple[str, ...] = ("lead",)) -> bool:
    if outline is None:
        return False
    node = outline.node_at(start)
    return node is not None and node.kind not in run_in and node.title_start <= start \
        and end <= node.title_end + 1


def stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\u3000\r\n":
        start += 1
    while end > start and text[end - 1] in " \t\u3000\r\n":
        end -= 1
    return start, end
