"""Cue lexicon for suggested tags and its matching rules.

Cues are matched on the raw text with a token-boundary rule: a
single-character cue must be a whole jieba token; a longer cue needs at least one of its
edges on a token edge (so 取得|成效 and 后劲|不足 match, 奋|力争|先 does not). A cue whose
negative context matches around it (困难群众, 补短板, 不足10%, 问题导向 …) does not fire.
The number and phrase patterns a unit is searched with: model/reading/suggestion_cues.py.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from model.reading.segmenter import Boundaries
from model.reading.start_set import speed_up_module, with_start_set

STRONG = 1.0
WEAK = 0.4

#: tag -> {cue: strength}
LEXICON: dict[str, dict[str, float]] = {
    "problem": {
        **dict.fromkeys(
            "存在的问题 存在问题 主要问题 问题和不足 问题与不足 不足之处 困难和问题 短板弱项 "
            "薄弱环节 在肯定成绩的同时 在看到成绩的同时 清醒看到 清醒认识到 主要表现在 还存在 "
            "仍然存在 依然存在 尚存在 仍有 不足 短板 弱项 薄弱 差距 瓶颈 制约 滞后 隐患 "
            "脱节 受限 偏低 偏慢 偏弱 偏少 偏小 偏重 不够 不强 不高 不深 不实 不细 不到位 "
            "不平衡 不充分 不完善 不健全 不明显 不及预期 不稳固 不紧密 欠缺 缺乏 匮乏 "
            "有待 亟待 亟需 仍需 还需 尚需 需进一步 还有很大提升空间 较为突出 仍较突出 "
            "依然严峻 困难较多 压力较大 严重 仍存在 越来越突出 日益突出 日益凸显 日趋严重 愈发突出 "
            "不优 不畅 不规范 不合理 不协调 不均衡 乏力 缓慢 欠账 较弱 相对滞后 矛盾突出 "
            "问题突出 依然艰巨 仍然艰巨 任务艰巨".split(), STRONG),
        **dict.fromkeys("困难 矛盾 风险 问题 挑战 较小 较低 较少 偏高".split(), WEAK),
    },
    "commitment": {
        **dict.fromkeys(
            "下一步 下步 下阶段 今后 明年 预期目标 主要目标 力争 确保 争取 务必 计划 打算 "
            "预计 我们将".split(), STRONG),
        **dict.fromkeys("拟 将 要 继续 加快 着力 深化 全力 努力 切实 坚持 进一步 持续 "
                        "坚决".split(), WEAK),
    },
    "achievement": {
        **dict.fromkeys(
            "取得成效 取得实效 取得明显成效 取得积极成效 成效明显 成效显著 圆满完成 顺利完成 "
            "超额完成 全面完成 创历史新高 首次 荣获 获评 被评为 稳中向好 稳中有进 "
            "明显提升 显著提升 明显改善 显著改善".split(), STRONG),
        **dict.fromkeys("完成 实现 提升 提高 增强 新增 累计 共计 突破".split(), WEAK),
    },
    "measure": {
        **dict.fromkeys("主要做法 工作举措 主要措施 具体做法 为抓手 狠抓 建立健全 出台 制定 "
                        "组织开展 先后".split(), STRONG),
        **dict.fromkeys("开展 强化 加强 实施 落实 建立 推行 召开 组织 举办 印发 "
                        "完善".split(), WEAK),
    },
}

#: cue -> patterns; a hit whose surroundings match one of them does not count. Each
#: pattern is searched in the text from 10 characters before the cue to 10 after, with the
#: cue itself written as "@".
NEGATIVE: dict[str, tuple[str, ...]] = {
    "困难": (r"@(群众|家庭|职工|户|学生|人员|对象|企业)", r"(克服|解决|不畏|帮扶|排忧)[^。；]{0,4}@"),
    "短板": (r"补(齐|足)?[^。；]{0,2}@", r"锻长板"),
    "弱项": (r"强@",),
    "差距": (r"缩小[^。；]{0,3}@",),
    "不足": (r"@\s*[0-9０-９一二三四五六七八九十百千万]",),
    "问题": (r"@(导向|整改|清单|线索)", r"(整治|解决|查纠|破解|整改|排查|查找|查摆|发现|"
             r"化解|处理)[^。；]{0,6}@"),
    "矛盾": (r"(化解|调处|排查)[^。；]{0,4}@",),
    "风险": (r"(防范|化解|防控|排查)[^。；]{0,4}@",),
    "隐患": (r"(排查|整改|消除)[^。；]{0,4}@",),
    "瓶颈": (r"(突破|破解|打通)[^。；]{0,4}@",),
    "制约": (r"(破除|突破|解决)[^。；]{0,4}@",),
    "滞后": (r"@(性)",),
    "要": (r"@(求|点|素|害)",),
    "挑战": (r"(应对|迎接)[^。；]{0,4}@",),
}
WINDOW = 10


class CueHit(NamedTuple):
    """A cue found at text[start:end] for `tag`, with its strength (STRONG or WEAK). A
    tuple: ten thousand units per MB each make a few (a frozen dataclass cost 3x more)."""

    tag: str
    word: str
    strength: float
    start: int
    end: int


_Trie = dict[str, "_Trie"]  # "" marks a word's end


def _cue_regex() -> re.Pattern[str]:
    """The longest cue starting at each position, as a lookahead. The words are folded
    into a trie (问(?:题(?:和不足)?)?…): `re` tries an alternation of ~400 words one by
    one at every position, a trie one character at a time (~3x faster); greedy optional
    tails give the longest word first, as the longest-first alternation did. A class of
    the words' first characters is checked first: most positions start no cue, and one
    class test turns them away (the trie's branch tries its ~90 first characters one by
    one; the same matches, the scan 2.5x faster)."""
    trie: _Trie = {}
    for word in {w for cues in LEXICON.values() for w in cues}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    first = "".join(re.escape(char) for char in sorted(trie))
    return re.compile("(?=[" + first + "])(?=(" + _trie_pattern(trie) + "))")


def _trie_pattern(node: _Trie) -> str:
    branches = [re.escape(char) + _trie_pattern(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?" if len(branches) == 1 else body + "?"
    return body


_CUES = _cue_regex()
#: _CUES's search, skipping in C to where a cue can start (model/reading/start_set.py)
_CUES_SEARCH = with_start_set(_CUES, empty=True).search
_NEGATIVE = {cue: tuple(re.compile(p.replace("@", re.escape(cue))) for p in patterns)
             for cue, patterns in NEGATIVE.items()}
_TAGS_OF = {w: [(tag, cues[w]) for tag, cues in LEXICON.items() if w in cues]
            for cues in LEXICON.values() for w in cues}


def on_token_edges(start: int, end: int, boundaries: Boundaries) -> bool:
    """The §2.5 rule: a 1-character cue is a whole token; a longer one touches an edge."""
    if end - start == 1:
        return start in boundaries and end in boundaries
    return start in boundaries or end in boundaries


def negated(text: str, start: int, end: int) -> bool:
    """True when a negative context of the cue text[start:end] surrounds it."""
    patterns = _NEGATIVE.get(text[start:end])
    if not patterns:
        return False
    lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)
    window = text[lo:hi]
    cue_at = start - lo
    for pattern in patterns:
        for match in pattern.finditer(window):
            if match.start() <= cue_at < match.end():
                return True
    return False


def find_cues(text: str, start: int, end: int, boundaries: Boundaries) -> list[CueHit]:
    """Cue hits inside text[start:end] that pass the boundary rule and are not negated.

    A shorter cue inside a longer one that already hit (不足 inside 问题和不足) is dropped.
    """
    hits: list[CueHit] = []
    covered_until = -1
    edge_at = boundaries.edge_at  # s and e lie inside the text
    search, new = _CUES_SEARCH, tuple.__new__
    match = search(text, start, end)  # _CUES.finditer (start_set.empty_matches, inlined)
    while match is not None:
        word = match.group(1)
        s = match.start()
        e = s + len(word)
        match = search(text, s + 1, end)
        if e > end or e <= covered_until:
            continue
        # on_token_edges and negated written out, negated only for a cue that has a
        # negative context (ten thousand units per MB, a few cues each)
        if e - s == 1:
            if not (edge_at(s) and edge_at(e)):
                continue
        elif not (edge_at(s) or edge_at(e)):
            continue
        if word in _NEGATIVE and negated(text, s, e):
            continue
        covered_until = e
        for tag, strength in _TAGS_OF[word]:
            hits.append(new(CueHit, (tag, word, strength, s, e)))  # CueHit(…), no frame
    return hits


speed_up_module(globals())
