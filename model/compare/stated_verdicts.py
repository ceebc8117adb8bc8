"""A target's verdict stated in words, without a figure. A 政府工作报告 that missed a
target of the year names the indicator and says so (去年我国进出口总额出现下降，预期增长目标
未能实现), often in the paragraph that admits the year's problems rather than in the
review; one that met it may say 粮食产量…完成预期目标. The sentence is the report on that
target although it gives no figure to compare: it answers as a figure would."""
from __future__ import annotations

import re
from collections.abc import Iterable

#: 目标未能实现 / 未完成…目标: the target missed
_MISSED = re.compile(r"目标(?:未能|没能|没有|未)(?:实现|完成|达到)"
                     r"|(?:未能|没能|没有|未)(?:实现|完成|达到)[^，,。；;]{0,8}目标")
#: 完成预期目标 / 目标如期实现: the target met
_MET = re.compile(r"(?:实现|完成|达到)了?[^，,。；;未没]{0,8}目标"
                  r"|目标(?:顺利|如期|圆满|全面)?(?:实现|完成)")

#: the consumer price target (居民消费价格涨幅3%左右) is the 物价 target: a report says
#: 物价调控目标没有完成, 物价涨幅控制在…以内
_PRICE = re.compile(r"消费价格|价格总水平")
_PRICES = ("物价",)
#: a sentence that sets targets (B's own plan: 主要预期目标是：…, 确保完成…目标) judges none
_SETS = re.compile(r"目标(?:是|为)|确保|力争|努力|争取")


def stated_verdict(sentence: str, indicators: Iterable[str]) -> str:
    """"missed" / "met" when `sentence` names one of the targets' indicators (进出口) and
    states the target missed or met in words; "" otherwise (a sentence that says the year's
    targets were met without naming the indicator answers no target in particular)."""
    named = [n for i in indicators for n in (i, *(_PRICES if _PRICE.search(i) else ()))]
    if not any(len(i) >= 2 and _names(sentence, i) for i in named) \
            or _SETS.search(sentence):
        return ""
    if _MISSED.search(sentence):
        return "missed"
    return "met" if _MET.search(sentence) else ""


def _names(sentence: str, indicator: str) -> bool:
    """Whether the sentence names the indicator as what it reports: not only as the base of
    another's share (研究与试验发展经费支出占国内生产总值比重没有完成…目标 says nothing of GDP)."""
    at = sentence.find(indicator)
    while at >= 0:
        if not (at and sentence[at - 1] == "占"):
            return True
        at = sentence.find(indicator, at + 1)
    return False


def says_verdict(sentence: str) -> bool:
    """Whether the sentence states some target met or missed in words (a commitment setting
    a target may find its answer there, though it shares no word with it: 物价调控目标没有完成)."""
    return _MISSED.search(sentence) is not None or _MET.search(sentence) is not None
