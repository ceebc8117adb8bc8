"""The forms in which 公文 admit a problem without a problem word of their own (docs/tags.md
"What the thirteenth study part taught (session 12)"): a strain borne (压力很大, 带来巨大的
挑战), a difficulty still growing (下行压力持续加大), a standard not reached (不够深入, 力度
不够), work still needed (还需…, 仍需…: of a thing, not of the author), a thing still lacking (还没有具体规划), a harm done
(影响了教学效果), a comparison that lags (与先进地区相比，…还比较低). Read with
suggestion_cues.ADMISSION by model/reading/suggestion_evidence.py; compiled with the characters
their matches open with (start_set), so most positions of a unit are turned away at once.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from model.reading import result_cues
from model.reading import suggestion_cues as cues
from model.reading.start_set import speed_up_module

UNCUED = re.compile(
    # a strain borne: "工作压力很大", "角色的转变给我带来巨大的挑战"
    r"(?:压力|难度|挑战)(?:很|非常|特别|太|巨|越来越)大|"
    r"带来(?:了)?(?:巨大|极大|很大|不小)(?:的)?(?:挑战|压力|困难)|"
    # a difficulty still growing: "经济下行压力持续加大"
    r"(?:压力|难度|风险|困难|矛盾|挑战)(?:持续|不断|明显|进一步|日益|逐步)(?:加大|增大|增多|加剧|凸显|上升)|"
    # a standard not reached: "理论学习不够深入", "工作力度不够。"
    r"不够(?:[\u4e00-\u9fff]{1,4})?(?=[，,。；;、]|$)|"
    # a thing still lacking: "部分村还没有具体规划"
    r"(?:还|仍|尚)(?:没有|未)(?:具体|完整|明确|系统|统一)?(?:的)?(?:规划|计划|制度|机制|方案|标准|"
    r"形成|建立|出台|制定)|"
    # a harm done: "…影响了教学效果和学生成绩"
    r"影响了[^。；;，,]{0,12}(?:效果|成绩|质量|进度|效率|积极性|形象)|"
    # a comparison that lags: "与先进地区相比，我县的产业层次还比较低"
    r"(?:与|同|和|跟)[^。；;，,]{1,16}相比[,，]?[^。；;]{0,24}?(?:差距|落后|(?<![降减])(?:较|偏|比较|明显|还|仍)低(?!于))|"
    # --- session 13 (docs/tags.md "What the eleventh blind part taught") ---
    # a strain or a difficulty weighed: "…价格上涨的压力都不小", "投资反弹的压力比较大"
    r"(?:压力|难度)(?:都|也|还)?(?:不小|比较大|相当大)|"
    # a condition poor or scarce: "交通条件差，信息闭塞", "由于交通不便…", "仅能灌溉200亩农田",
    # "多数农田得不到保障"
    r"(?:条件|基础|设施)(?:较|很|太|十分|比较|相对)?差(?=[，,。；;、]|$)|闭塞|不便|(?<!不)仅能|"
    r"得不到(?:有效)?(?:保障|保证|落实|满足|解决)|"
    # work that cannot go on, wages that cannot be paid, a body in the red: "不能维持正常工作",
    # "工资也发不下来", "养老金交不起", "严重资不抵债", "入不敷出", "人浮于事", "效率低下"
    r"(?:不能|无法)(?:维持|正常)|(?:交|发|付|还|缴)不(?:起|出|上|下来)|入不敷出|资不抵债|"
    r"人浮于事|低下(?=[，,。；;、]|$)|"
    # money misused, harm caused: "保证金60%被挪用", "导致数起职工上访"
    r"被(?:挪用|截留|侵占|套取|挤占)|(?:导致|造成)(?:了)?[^。；;，,]{0,10}?(?:上访|损失|浪费|流失|停产|"
    r"停工|纠纷|积压)|"
    # a level too high or too fast, a situation grave, closing its clause: "投资增幅仍然偏高",
    # "新开工项目偏多", "投资增长过快", "安全生产形势严峻"
    r"(?:偏[高多快大重]|过[快高多])(?=[，,。；;、]|$)|(?:形势|任务)(?:依然|仍然|十分|非常|更加|极其)?"
    r"严峻(?=[，,。；;、]|$)|"
    # a self-criticism's pairs, too much of one, too little of the other: "突击学习多，系统
    # 研究少", "应付事务多、专题突破少"
    # (read from 多, its subject behind it: an alternative opening on any character would
    # leave the pattern no start set)
    r"(?<=[\u4e00-\u9fff]{2})多[、,，][\u4e00-\u9fff]{2,6}少(?=[，,。；;、]|$)")


#: work still needed, conceded: "…还需进一步加强", "仍需下大力气解决" — of a thing (教学方法还需
#: 改进), not of the author: "我们还需…", "我还需进一步加强学习" lay work on the author
#: (result_cues.SELF_REQUIREMENT: 承诺)
STILL_NEEDED = re.compile(r"(?:还|仍|尚)(?:需|需要)(?:进一步|继续|不断|下大力气|加大力度)?")


def _conceded(folded: str) -> bool:
    """Whether a 还需/仍需 in `folded` concedes work still needed rather than undertaking it."""
    return result_cues.SELF_REQUIREMENT.match(folded) is None


def uncued_admissions(folded: str) -> Iterator[re.Match[str]]:
    """The admissions of `folded` in one of the forms above, in the order they stand."""
    found = list(UNCUED.finditer(folded))
    if _conceded(folded):
        found += STILL_NEEDED.finditer(folded)
        found.sort(key=lambda m: m.start())
    yield from found


def uncued(folded: str) -> bool:
    """Whether `folded` admits a problem in one of the forms above."""
    return UNCUED.search(folded) is not None or (  # (its start set turns most positions away)
        STILL_NEEDED.search(folded) is not None and _conceded(folded))


def admissions(folded: str) -> Iterator[re.Match[str]]:
    """Every admission of `folded`: suggestion_cues.ADMISSION's, then the forms above."""
    yield from cues.ADMISSION.finditer(folded)
    yield from uncued_admissions(folded)


# (kept last) the patterns above compiled with the characters their matches open with:
# the same matches, found sooner (model/reading/start_set.py)
speed_up_module(globals())
