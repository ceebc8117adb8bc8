"""Figures and targets as 公文 state them, and whether a result meets a target.

A plan states a target as an indicator, a verb of change and a bounded number
(城镇新增就业1100万人以上, 居民消费价格涨幅3%左右, 失业率控制在5.5%以内); the review of the
next year states the result as the same indicator with a bare or floor-qualified number
(城镇新增就业1206万人, 居民消费价格上涨2%, 超额完成110万人年度任务). The indicator is the
phrase before the number, without the verb of change; two indicators are the same when
their characters mostly agree (城镇新增就业 ↔ 新增城镇就业).

Which side of a target is good depends on the indicator: growth, output, jobs and income
should reach it (a floor); unemployment, prices, deficits, energy use and emissions should
stay under it (a ceiling), as the plan's own words 控制在/以内/降低 also say.

A share (占…比重, 占比, 比例) is a level of its own: it answers only a target that is a
share, never a growth rate of the same words (规模以上工业增加值增长5% is not answered by
高技术制造业增加值占规模以上工业比重56.7%).

Spacing a source put around a number (增长 5% 以上, 投资 7300 亿元) is no part of the
figure: the indicator and the bound are read across it.

The verdict a reviewer is first offered follows the figure (default_verdict): met →
已兑现; missed by a little (at most CLEAR_MISS of the target: 社会消费品零售总额增长6% →
5.8%) → 部分兑现; missed clearly (国内生产总值增长5.5%左右 → 3%) → 未兑现. The reviewer
decides; the figure only proposes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

#: number, optional magnitude, unit (% or a counting unit); linear: no nested repeats
_FIGURE = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*([万亿千百]{0,2})([%％]|个百分点|[元斤吨人户家个项辆座所千瓦美场件列亩]{1,3})")
_TARGET_BOUND = re.compile(r"^(?:左右|以上|以内|以下|上下)")
_RESULT_FLOOR = re.compile(r"(?:超过|超额|突破|超|达到|达|增加到|迈上)$")
_CHANGE = re.compile(r"(?:拟按|拟|按|全年|预计|年末|平均为|平均|分别|继续|力争|控制在|保持在|保持|稳定在|"
                     r"增长|增速|上涨|涨幅|下降|降低|降到|降至|减少|提高|提升|增加到|增加|达到|"
                     r"超过|突破|迈上|实现|为|达|超|约|在)+$")
_YEAR = re.compile(r"^\d{4}年")
_PLANNED = re.compile(r"拟|力争|计划|目标|预期")
_LEAD = re.compile(r"^(?:全年|年末|年均|预计|今年|其中)+")
_CEILING = re.compile(r"失业率|价格|物价|赤字|能耗|排放|债务|事故|死亡|发生率|控制在")
_SHARE = re.compile(r"比重|占比|比例|比率|占[\u4e00-\u9fff]{2,12}的$")
#: the base a rate is measured against (同比, 比上年): how, not which indicator
_COMPARED = re.compile(r"同比|[比较]上年|[比较]去年")
#: a result short of its target by more than this share of the target misses it clearly
CLEAR_MISS = 0.1
_CLAUSE_CUT = re.compile(r"[，,、；;：:。！？\n（(]")
_MAGNITUDE = {"": 1.0, "百": 1e2, "千": 1e3, "万": 1e4, "亿": 1e8, "万亿": 1e12, "千万": 1e7,
              "百万": 1e6}


@dataclass(frozen=True)
class Figure:
    """One number of a clause: text[start:end] is the number with its unit."""

    indicator: str
    value: float
    unit: str
    bound: str  # 左右 / 以上 / 以内 … for a target, "" for a stated result
    start: int
    end: int

    @property
    def is_target(self) -> bool:
        return bool(self.bound)

    @property
    def ceiling(self) -> bool:
        """Whether staying under the figure is the good side."""
        return bool(_CEILING.search(self.indicator)) or self.bound in ("以内", "以下")


def figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """The figures of text[start:end], each with the indicator before it in its clause."""
    end = len(text) if end is None else end
    found: list[Figure] = []
    for m in _FIGURE.finditer(text, start, end):
        clause_start = start
        for cut in _CLAUSE_CUT.finditer(text, start, m.start()):
            clause_start = cut.end()
        # a source's spacing around a number (增长 5% 以上, 投资 7300 亿元) is no part of it
        head = text[clause_start:m.start()].rstrip(" \t\u3000")
        indicator = _CHANGE.sub("", head).strip()
        indicator = _LEAD.sub("", _YEAR.sub("", indicator))
        if not _COMPARED.sub("", indicator) and found \
                and "。" not in text[found[-1].end:m.start()]:
            # 国内生产总值超过126万亿元，增长5.2%; …达到13.65万亿元，比上年增长9.5%: the
            # figures that follow an indicator in one sentence without naming one (or naming
            # only the base a change is told against) are still about it
            indicator = found[-1].indicator + indicator
        after = text[m.end():min(end, m.end() + 4)].lstrip(" \t\u3000")[:2]
        bound = _TARGET_BOUND.match(after)
        bound_text = bound.group(0) if bound else ""
        if not bound_text and "控制在" in head:
            bound_text = "以内"
        if not bound_text and _PLANNED.search(head):
            bound_text = "拟"  # 拟按3%安排, 力争…: a plan's figure, not a result
        value = float(m.group(1)) * _MAGNITUDE.get(m.group(2), 1.0)
        unit = "%" if m.group(3) in ("%", "％") else m.group(3)
        if _RESULT_FLOOR.search(head):
            bound_text = ""
        found.append(Figure(indicator, value, unit, bound_text, m.start(), m.end()))
    return found


#: indicators a news account names by their Latin abbreviation, as reports spell them out
#: (全省GDP增长5.5%左右 ↔ 地区生产总值增长5.3%; CPI涨幅2%左右 ↔ 居民消费价格上涨0.1%)
_LATIN = {"GDP": "地区生产总值", "CPI": "居民消费价格", "PPI": "工业生产者出厂价格", "R&D": "研发"}
_LATIN_NAME = re.compile(r"(?<![A-Za-z])(?:GDP|CPI|PPI|R&D)(?![A-Za-z])", re.I)
#: a growth target set as the economy's (经济增长6%左右, 经济增长预期目标为7%左右, 经济增长的
#: 目标为8%左右): the growth of GDP, as the later report states it (地区生产总值增长5.5%)
_ECONOMY_GROWTH = re.compile(r"经济增长(?:的?(?:预期)?目标)?(?=[达到为在保持]{0,2}\d)")


def spelled_out(text: str, national: bool = False) -> str:
    """The text with an indicator's Latin abbreviation written as a report writes it (GDP:
    地区生产总值, or 国内生产总值 for a national report), and the economy's growth target
    as GDP's (经济增长6%左右 → 地区生产总值增长6%左右)."""
    text = _ECONOMY_GROWTH.sub("国内生产总值增长" if national else "地区生产总值增长", text)
    return latin_spelled(text, national)


def latin_spelled(indicator: str, national: bool = False) -> str:
    """An indicator's Latin abbreviation (GDP, CPI) written as a report writes it."""
    def name(m: re.Match[str]) -> str:
        word = m.group().upper()
        return "国内生产总值" if word == "GDP" and national else _LATIN[word]
    return _LATIN_NAME.sub(name, indicator)


def same_indicator(a: str, b: str) -> float:
    """How much two indicators agree: the share of the shorter one's characters found in
    the other (0 when either is empty)."""
    a, b = _COMPARED.sub("", a), _COMPARED.sub("", b)
    if not a or not b:
        return 0.0
    short, other = (a, b) if len(a) <= len(b) else (b, a)
    chars = set(other)
    return sum(ch in chars for ch in short) / len(short)


#: a generic measure closing an indicator (城镇新增就业人数, 信访总量): the thing counted is
#: named before it
_MEASURE = re.compile(r"(?:人数|人次|总量|总额|总数|数量|规模|金额|个数)$")
_HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


def counts_other(target: str, result: str) -> bool:
    """Whether a result's indicator counts another thing than the target's, though their
    characters agree: its head, the last two characters (technical centres, 新增国家级企业
    技术中心, for 国家高新技术企业), does not occur in the target's indicator. A generic
    measure (人数, 总量) is no head: the word before it is."""
    result = _MEASURE.sub("", _COMPARED.sub("", result))
    head = result[-2:]
    return bool(_HAN_PAIR.fullmatch(head)) and head not in _COMPARED.sub("", target)


def names_rate(indicator: str) -> bool:
    """Whether the indicator is a rate (预算执行率, 空气质量优良率; 同比 left out)."""
    return _COMPARED.sub("", indicator).endswith("率")


def verdict(target: Figure, result: Figure) -> str:
    """"met" or "missed" when the result answers the target (same unit, a stated result),
    else ""."""
    if result.is_target or target.unit != result.unit:
        return ""
    if target.ceiling:
        return "met" if result.value <= target.value + 1e-9 else "missed"
    return "met" if result.value >= target.value - 1e-9 else "missed"


def is_share(indicator: str) -> bool:
    """Whether the indicator is a share of a whole or a ratio to another (占…比重, 占比,
    比例, 社会物流总费用与地区生产总值的比率, 教育经费支出占国内生产总值的4%): never the whole
    itself."""
    return bool(_SHARE.search(indicator))


def shortfall(target: Figure, result: Figure) -> float:
    """How far the result is on the wrong side of the target, as a share of the target
    (0 when it meets it)."""
    gap = result.value - target.value if target.ceiling else target.value - result.value
    if gap <= 1e-9:
        return 0.0
    return gap / abs(target.value) if target.value else 1.0


def default_verdict(target: Figure, result: Figure) -> str:
    """The verdict key first offered for a link whose evidence states this result:
    "kept" (met), "partly" (missed by at most CLEAR_MISS of the target), "not_kept"
    (missed clearly), "" when the result does not answer the target."""
    judged = verdict(target, result)
    if not judged:
        return ""
    if judged == "met":
        return "kept"
    return "partly" if shortfall(target, result) <= CLEAR_MISS + 1e-9 else "not_kept"
