"""The formula a review admits its problems with: 在肯定成绩的同时，我们也清醒认识到… /
我们也清醒地看到… Every 政府工作报告 closes its review so, in many words that repeat a plan's
(防范化解重点领域风险任务仍然较重, 科创资源优势发挥不够充分): the paragraph tells what is still
lacking, no result of the year or the term."""
from __future__ import annotations

import re

#: the paragraph's opening: the address, what it is said beside (…的同时), 我们也清醒地认识到/看到
_ADMITS = re.compile(r"(?:各位代表[！!，,]\s*)?(?:[^，,。！!\n]{0,14}同时[，,]?)?"
                     r"我们(?:也|还)?(?:要)?清醒(?:地)?(?:认识到|看到)")


def admits_problems(text: str, start: int, end: int) -> bool:
    """Whether the paragraph text[start:end] opens with the formula that admits problems."""
    return _ADMITS.match(text, start, end) is not None
