"""Where a term-closing report's review turns from the past year to the whole term.

A report given at a term's end reviews the past year and then the term (十四五). It marks
the turn with a sentence of its own declaring the year's targets met and the term thereby
closed (2025年主要目标任务的完成，标志着“十四五”规划顺利收官。), often right before 回首
过去五年… or a run of paragraphs 这是…的五年。: the year's review is before that sentence
(the sentence itself reports the year's targets met), the term's after it. A paragraph
opening 这是…的五年 looks back over the term as 这五年… does.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

#: the year's targets met, and so the term closed (…的完成，标志着“十四五”…收官。)
_YEAR_DONE_TERM_CLOSED = re.compile(
    r"20\d\d年[^。！!\n]{0,12}(?:完成|实现)[^。！!\n]{0,4}[，,]?\s*标志着[^。！!\n]{0,16}收官[。！!]")
#: a paragraph naming the term as what it reports (这是生态文明建设取得显著成效的五年。)
_THIS_WAS_THE_TERM = re.compile(r"这是[^。！!\n]{1,30}的五年[。！!，,]")


def term_turn(text: str, opening: int, line_end: int) -> int | None:
    """Where, in the paragraph whose words start at `opening`, the term's review begins:
    after the sentence closing the year's review and the term (the rest of the paragraph
    and what follows look back over the term), at the paragraph itself when it opens
    这是…的五年; None when the paragraph does neither."""
    closed = _YEAR_DONE_TERM_CLOSED.match(text, opening, line_end)
    if closed:
        at = closed.end()
        while at < line_end and text[at] in " \t\u3000":
            at += 1
        return at
    if _THIS_WAS_THE_TERM.match(text, opening, line_end):
        return opening
    return None


#: a year named as a date of the text (2025年), not inside a longer number
_YEAR = re.compile(r"(?<!\d)(20\d\d)年")


def reviewed_year(titles: Iterable[str], report_year: int | None) -> int | None:
    """The year a report reviews besides its term: the year before the one its title gives
    (2026年政府工作报告 reviews 2025), else the latest year its review headings name
    (2025年和“十四五”时期工作回顾). None when neither names one."""
    if report_year:
        return report_year - 1
    named = [int(y) for title in titles for y in _YEAR.findall(title)]
    return max(named) if named else None


def names_year(quote: str, year: int | None) -> bool:
    """Whether a sentence of the term's review gives that year's state in the year's own
    number (常住人口城镇化率从2020年的53.2%提升到2025年的57.7%; 2024年、2025年实现矿山…零
    事故): the term's last year is the year reviewed, so it reports that year's result."""
    return year is not None and any(int(y) == year for y in _YEAR.findall(quote))
