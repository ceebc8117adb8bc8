"""A task on a field with a headline indicator is reported by that indicator. A 政府工作报告
plans 稳定粮食生产 / 保障粮食安全 / 开展粮食稳定增产行动 and reports the year's grain output
(粮食产量实现“九连增”, 粮食年产量超760亿斤); it plans 保持对外贸易稳定增长 and reports the
value of imports and exports (货物进出口总额3.64万亿美元，增长22.5％), sharing no word with
the task. A sentence naming the field's indicator answers the task as a figure would."""
from __future__ import annotations

import re

#: the field told with its volume or its steadiness (粮食生产, 粮食安全, 粮食稳定增产, 对外贸易
#: 稳定增长): the task is the field's level, not some work in it (外贸综合服务)
_LEVEL = r"[^，,。；;]{0,2}(?:稳定|增长|发展|增产|生产|安全|产量)"
#: (the field a task names, the indicator a report gives for it)
FIELDS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"粮食" + _LEVEL), re.compile(r"粮食[^，,。；;\d]{0,3}产量|粮食[^，,。；;]{0,6}连增")),
    (re.compile(r"(?:对外贸易|外贸)" + _LEVEL), re.compile(r"进出口")),
)


def fields_of(commitment: str) -> tuple[int, ...]:
    """The fields (indices into FIELDS) the commitment names."""
    return tuple(i for i, (field, _indicator) in enumerate(FIELDS) if field.search(commitment))


def reports_field(fields: tuple[int, ...], sentence: str) -> bool:
    """Whether the sentence names the indicator of one of the fields."""
    return any(FIELDS[i][1].search(sentence) for i in fields)


def field_sentences(quotes: list[str]) -> tuple[list[int], ...]:
    """Per field, the sentences (indices) naming its indicator: the pool adds them."""
    return tuple([i for i, q in enumerate(quotes) if indicator.search(q)]
                 for _field, indicator in FIELDS)
