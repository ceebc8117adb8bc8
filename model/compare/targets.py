"""The targets of A's plan: the sentences that state one, and a list of targets cut into
its items.

A 公文 lists its targets in one sentence, one per semicolon (国内生产总值增长5%左右；城镇新增
就业1200万人左右；…) or one per comma (地区生产总值增长6%左右，一般公共预算收入增长6%左右，…):
each target is a commitment of its own, and each is answered by its own result. A plan's
sentence that states a bounded figure (左右/以上/以内) is a target even when the suggester did
not propose it.
"""
from __future__ import annotations

import re

from model.compare.figures import figures
from model.compare.passages import stripped

_ITEM = re.compile(r"[^；;]+[；;]?")
#: a sentence to its full stop (a list of targets runs over its semicolons)
_FULL_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]*")
#: a label that says the figures after it are targets (主要预期目标是：)
_TARGET_LABEL = re.compile(r"目标(?:是|为)?[：:]|预期目标|主要目标")
#: a comma clause that starts with its own indicator and states a figure (a target item)
_COMMA = re.compile(r"[^，,]+[，,]?")
#: a piece of an enumeration (、)
_ENUM = re.compile(r"[^、]+、?")
#: a label before a list (今年…目标是：); a longer one has no comma; a title's colon
#: (《黑神话：悟空》) is none
_LABEL = re.compile(r"(?:[^：:《]{0,20}|[^：:，,《]{21,30})[：:]")
#: a target without a figure: an indicator held at a level, moved in a direction, set by
#: the state or against another (单位生产总值能耗进一步下降; 减排量完成国家下达目标;
#: 居民人均可支配收入增速高于经济增速; 居民消费价格涨幅与全国一致; 生态环境指标以国家下达
#: 任务为准)
_HELD = re.compile(r"保持|稳定|同步|平衡|下降|降低|完成国家下达|高于|低于|快于|一致|为准|持平")
#: an amount whose unit a news account left out (粮食产量616亿): a figure all the same
_BARE_AMOUNT = re.compile(r"\d[万亿]")


def items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] cut into its target items, a leading label (今年…目标是：) left out
    of the first; one span when it lists nothing. Items are cut at semicolons, and a
    semicolon item at commas when two or more of its comma clauses state a target figure
    of their own (地区生产总值增长6%左右，一般公共预算收入增长6%左右), a clause holding an
    indicator at a level counting as one beside a figure (…增长2%，居民收入增长和经济增长基本
    同步): any other clause without a figure stays with the clause before it."""
    spans = []
    for m in _ITEM.finditer(text, start, end):
        s, e = stripped(text, m.start(), m.end())
        label = _LABEL.match(text, s, e)
        if label and label.end() < e:
            s = label.end()
        if e - s >= 4:
            spans.extend(_target_clauses(text, s, e))
    return spans or [(start, end)]


def _target_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    clauses = [stripped(text, m.start(), m.end()) for m in _COMMA.finditer(text, start, end)]
    # in a plan's list a bare figure is a target too (固定资产投资增长6%，出口增长7%)
    stated = [any(f.indicator for f in figures(text, s, e))
              or bool(_BARE_AMOUNT.search(text, s, e)) for s, e in clauses]
    if any(stated):
        # beside a figure, an indicator held at a level is a target too (地方一般公共预算
        # 收入增长2%，居民收入增长和经济增长基本同步; 外贸进出口总额保持规模稳定)
        stated = [own or bool(_HELD.search(text, s, e)) for own, (s, e) in zip(stated, clauses)]
    if sum(stated) < 2:
        return _enumerated(text, start, end)
    merged: list[tuple[int, int]] = []
    for (s, e), own in zip(clauses, stated):
        if merged and not own:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return [cut for s, e in merged
            for cut in _enumerated(text, s, e - 1 if text[e - 1] in "，," else e)]


def _enumerated(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run of targets joined by the enumeration comma, as a news account or a 分工方案
    restates a plan's list (主要预期目标为生产总值增长5.5%左右、城镇调查失业率控制在5%以内、
    居民消费价格涨幅2%左右; 对地区生产总值增长5%以上、规模以上工业增加值增长4.5%以上…进行
    监测): cut at 、 when two or more pieces name their own indicator with a figure; a piece
    without one stays with the piece before it (能耗、水耗等指标), and a respective list
    (城镇和农村居民人均可支配收入分别增长4.3%、5.5%) is one figure's, never cut."""
    if "分别" in text[start:end] or "、" not in text[start:end]:
        return [(start, end)]
    pieces = [stripped(text, m.start(), m.end()) for m in _ENUM.finditer(text, start, end)]
    stated = [any(f.indicator and f.indicator in text[s:f.start] for f in figures(text, s, e))
              for s, e in pieces]
    if any(stated):
        stated = [own or bool(_HELD.search(text, s, e)) for own, (s, e) in zip(stated, pieces)]
    if sum(stated) < 2:
        return [(start, end)]
    first = stated.index(True)  # an enumerator before the list (一、对…) opens its first item
    merged = [(pieces[0][0], pieces[first][1])]
    for (s, e), own in zip(pieces[first + 1:], stated[first + 1:]):
        if own:
            merged.append((s, e))
        else:
            merged[-1] = (merged[-1][0], e)
    return [(s, e - 1 if text[e - 1] == "、" else e) for s, e in merged]


def target_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences that state a target: a figure with a bound (左右/以上/以内), or figures
    after a label that says they are targets (主要预期目标是：地区生产总值增长5%；…). A list of
    targets is one sentence to its full stop: its items without a figure (进出口保稳提质，
    国际收支基本平衡; 居民收入增长和经济增长基本同步) are targets too (items cuts them)."""
    spans = []
    for m in _FULL_SENTENCE.finditer(text):
        found = figures(text, m.start(), m.end())
        if any(f.is_target for f in found) or (
                found and _TARGET_LABEL.search(text, m.start(), min(m.end(), m.start() + 40))):
            spans.append(stripped(text, m.start(), m.end()))
    return spans
