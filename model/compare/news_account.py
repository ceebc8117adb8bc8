"""How a news account reports a plan, so that A's commitments are found in it too.

A news account (a press conference, the report of a meeting, a city's plan for the
province's tasks) does not restate the plan sentence by sentence; it names what the plan
sets in a few set forms:
- a list of task fields the report is built around (报告…围绕推进“十大产业集群”建设、扩大高水平
  开放、拉动投资消费等任务，提出了…举措; 重点聚焦促进就业、建设教育体系等多个方面): each field is
  one commitment, which a later report answers field by field;
- a named set the report proposes (提出了包括天山北坡城市群大气环境整治等在内的十件民生实事):
  the set is the commitment (十件民生实事全部如期完成);
- the plan told before any heading (政府工作报告指出，2025年，黑龙江省将加强生态环境保护…):
  a stretch with no heading is a report's review only when it tells what was done; one that
  says what the planned year will do (2025年，…将/要) is the plan told.
"""
from __future__ import annotations

import re

from model.compare.parts import review_spans
from model.outline.tree import Outline

#: a list of fields led by what frames them (围绕, 聚焦, 重点抓好) and closed by 等 and the
#: word for tasks (任务, 方面, 重点工作; not 等重点领域, which closes a list of things:
#: 聚焦集成电路、生物医药等重点领域): every field holds no 、 or clause mark
_FIELDS = re.compile(r"(?:围绕|聚焦|着力|重点抓好|部署了?)((?:[^、，,。；;：:\n]{2,24}、)+"
                     r"[^、，,。；;：:\n]{2,24}?)(?:和([^、，,。；;：:\n]{2,24}?))?等"
                     r"(?:[^，,。；;、\n]{0,4})(?:任务|方面|工作)")
#: a field's opening that frames the list, not the field (围绕, 推动…的 is the field itself)
_FIELD_ITEM = re.compile(r"[^、]+")
#: a set the report proposes, named by an example and its count (提出了包括…等在内的十件民生实事)
_NAMED_SET = re.compile(r"((?:提出|部署|明确|安排|确定)了?包括[^，,。；;\n]{2,40}?在内的[^，,。；;\n]{2,16})")
#: the planned year and the author's will (2025年，黑龙江省将…; 2025年全市要…): the plan told,
#: where a year followed by a deed (2024年，全省坚持…) tells a result
YEAR_WILL = re.compile(r"20\d\d年[，,]?[^，,。；;\n]{0,8}?(?:还|也|更)?(?:将|要|力争|确保|争取)")


def reported_tasks(text: str) -> list[tuple[int, int]]:
    """The commitments a news account names: each field of a list the report is built
    around, and each set it proposes by an example and a count."""
    found = []
    for m in _FIELDS.finditer(text):
        for group in (1, 2):
            if m.group(group) is None:
                continue
            for piece in _FIELD_ITEM.finditer(text, m.start(group), m.end(group)):
                if piece.end() - piece.start() >= 3:
                    found.append((piece.start(), piece.end()))
    for m in _NAMED_SET.finditer(text):
        found.append((m.start(1), m.end(1)))
    return sorted(found)


def a_review_spans(text: str, outline: Outline | None) -> list[tuple[int, int]]:
    """A's review part: the report's review spans, less a stretch taken for the review only
    because it comes before the first plan heading (no heading names a review) when it tells
    the planned year's will (2025年，黑龙江省将加强…): a news account of the plan."""
    spans = review_spans(outline)
    if outline is None or not spans:
        return spans
    starts = [n.start for n in outline.nodes()]
    # a span a heading opens inside is a headed review (or the opening before it)
    return [(s, e) for s, e in spans
            if any(s <= at < e for at in starts) or not YEAR_WILL.search(text, s, e)]


def plan_told(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] tells the planned year's will (2025年，黑龙江省将…)."""
    return YEAR_WILL.search(text, start, end) is not None


def plan_told_end(text: str, start: int, end: int) -> int:
    """Where the first telling of the planned year's will in text[start:end] ends, or -1:
    text[start:at] tells it for every `at` from there on (a paragraph read once, not once
    a sentence)."""
    m = YEAR_WILL.search(text, start, end)
    return -1 if m is None else m.end()
