"""A task on a field with a headline indicator is reported by that indicator. A 政府工作报告
plans 稳定粮食生产 / 保障粮食安全 / 开展粮食稳定增产行动 and reports the year's grain output
(粮食产量实现“九连增”, 粮食年产量超760亿斤); it plans 保持对外贸易稳定增长 and reports the
value of imports and exports (货物进出口总额3.64万亿美元，增长22.5％), sharing no word with
the task; so with law-making and the laws made, jobs and the towns' new jobs, energy saving
and the energy used per unit of GDP, farmers' income and the rural income per head. A
sentence naming the field's indicator answers the task as a figure would."""
from __future__ import annotations

import re

#: the field told with its volume or its steadiness (粮食生产, 粮食安全, 粮食稳定增产, 对外贸易
#: 稳定增长): the task is the field's level, not some work in it (外贸综合服务)
_LEVEL = r"[^，,。；;]{0,2}(?:稳定|增长|发展|增产|生产|安全|产量)"
#: the year's grain output (粮食产量5.31亿吨, 粮食产量实现“九连增”, 全国粮食连续四年增产)
_GRAIN = re.compile(r"粮食[^，,。；;\d]{0,3}产量|粮食[^，,。；;]{0,6}(?:连增|增产)")
#: (the field a task names, the indicator a report gives for it)
FIELDS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"粮食" + _LEVEL), _GRAIN),
    # 争取农业有个好收成: the harvest is told by the grain output
    (re.compile(r"农业[^，,。；;]{0,4}(?:好收成|丰收)"), _GRAIN),
    (re.compile(r"(?:对外贸易|外贸)" + _LEVEL), re.compile(r"进出口")),
    # 改善就业环境、增加就业岗位: told by the jobs the towns added
    (re.compile(r"(?:扩大|增加|促进)[^，,。；;]{0,2}就业"), re.compile(r"城镇新增就业|新增城镇就业")),
    # 节能降耗: told by the energy used per unit of GDP (单位国内生产总值能耗比上年下降3.27%)
    (re.compile(r"节能降耗|节能减排|降低能耗"), re.compile(r"能耗[^，,。；;]{0,6}(?:下降|降低)")),
    # 加强政府立法, 完善行政法规: told by the laws and regulations made (8件法律议案, 28部行政法规)
    (re.compile(r"立法|完善[^，,。；;]{0,2}法规"),
     re.compile(r"(?<!\d)\d{1,6}(?:件|部|个|项)[^，,。；;\d]{0,12}(?:法律|法规|条例)")),
    # 增加农民收入: told by the rural residents' income per head (农村居民人均纯收入2936元)
    (re.compile(r"农民(?:收入|增收)"), re.compile(r"农(?:村居)?民人均(?:纯|可支配)收入")),
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
