"""The words of a commitment of A that a later report names when it reports on it: their
weights (a clause's subject counts double, task verbs not at all), a compound's leading part
(物价水平 → 物价), the words real reports use with each (外贸 → 出口), and a coordinating set
phrase as its parts (保障和改善民生 → 保障, 改善, 民生).

A mixin of model.compare.proposals.Evidence, which sets `idf`, `segmenter`, `associations`
and the caches `_leads` and `_associated` (model.compare.evidence_pool.EvidencePool).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from model.compare.associations import Associations
from model.compare.manner_words import MANNER_ADVERBS
from model.compare.matching import HAN
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.reading.tokens import Token

_CLAUSE = re.compile(r"[，,；;：:、。]")
#: verbs of a task (what will be done, not to what): never a subject; they and their
#: character pairs, which every plan sentence has, say nothing about which sentence reports
#: on it
TASK_VERBS = frozenset("""推进 推动 加快 加力 加大 加强 实施 开展 支持 落实 深化 扎实 持续 大力 全面
统筹 积极 着力 抓好 做好 坚持 完善 强化 促进 力争 确保 争取 继续 进一步 健全 保持
打造 扩大 构建 提升 增强 切实
激发 稳住 提高 优化 巩固 拓展 培育 发挥 用好 抓住 释放 激活 壮大 提振 抓紧 抓实 做实 做强 做优
做大 加速 加紧 聚焦 突出 围绕 依托 稳步 有序 不断 努力 用力 发力
抓 坚定不移 全力 全力以赴 千方百计 深入""".split()) | frozenset(
    # and the manner a task is done in (高水平对外开放, 高质量发展): how, not what — the
    # thing after it is the subject
    "高水平 更高水平 高质量 高标准 全方位 新型".split())


#: the verbs a unit's plan opens its tasks with (组织…家访, 制定…方案, 规范…发放): what
#: is done, not to what; its summary tells the thing (家访, 选修课程, 绩效工资), rarely the
#: verb. Not task openers for finding commitments (TASK_VERBS): a
#: report's sentence opening with them may tell a result (组织开展…活动120场)
DOING_VERBS = frozenset("组织 制定 建立 规范 利用 运用".split())
#: the way a plan moves an indicator without a number (减少年度信访总量, 降低…发生率, 控制
#: 近视率), as 提高 and 提升 in TASK_VERBS: which way, not what; the report states the move in
#: its own words (同比下降31%), so the indicator after the verb is the subject
DIRECTION = frozenset("减少 降低 增加 压减 压降 减轻 缩短 压缩 控制".split())
#: how thoroughly a task is done, fused by jieba with its verb (充分发挥, 认真落实, 严格落实):
#: the word is a task verb, as 切实做好 is; the thing after it is the subject
ADVERBS = frozenset("充分 认真 严格 有效 主动 精准 协同 依法 坚决".split())
#: a set phrase of four characters telling how a task is done (综合施策，有效控制学生近视率;
#: 多措并举促就业): the manner, as 高质量 is, never the subject — jieba cuts most of them in
#: two (综合 + 施策), and the half 综合 would count double as the clause's subject and
#: repeat in 综合实践活动. Read as one word (CommitmentWords._tokens) and as a task verb.
MANNER = frozenset("""综合施策 精准施策 分类施策 系统施策 靶向施策 多措并举 多管齐下 综合治理
因地制宜 统筹兼顾 标本兼治 齐抓共管 久久为功 持之以恒 真抓实干 上下联动 协同发力""".split())


def task_verb(word: str) -> bool:
    """A task verb, or a word jieba keeps whole that is two of them (切实做好, 持续推进,
    加快推进) or an adverb and one (充分发挥): how and what is done, to nothing named yet;
    a manner phrase (综合施策), a direction (减少) or a manner adverb (坚决, 大幅提高) too."""
    return (word in TASK_VERBS or word in DOING_VERBS or word in MANNER or word in DIRECTION
            or word in MANNER_ADVERBS or len(word) == 4 and word[2:] in TASK_VERBS
            and (word[:2] in TASK_VERBS or word[:2] in ADVERBS or word[:2] in MANNER_ADVERBS))


#: the aim a task names (增强发展内生动力, 推进…建设): every plan has these, so they are
#: no subject, though they keep their own (low) weight
AIMS = frozenset("发展 建设 工作".split())
#: a set phrase jieba keeps whole that joins words (保障和改善民生, 巩固和拓展): coordinated
#: words, each reported on its own (民生保障), not one term
_COORDINATED = re.compile(r"[\u4e00-\u9fff]{2,6}[和与及][\u4e00-\u9fff]{2,6}")
#: a compound: a word jieba keeps whole of at least this many characters (物价水平,
#: 进出口总额); a later report may name only its leading part (物价, 进出口: at least half
#: of it, see proposals.LEAD_SHARE)
COMPOUND_CHARS = 4
#: a term: a word of at least this many characters (shorter words are their own pairs)
TERM_CHARS = 3
#: associates weaker than this are not looked for
ASSOC_MIN = 0.3
#: at most this many associates per word
ASSOC_TOP = 8


class CommitmentWords:
    """A commitment's words, weighed and widened (see the module docstring)."""

    idf: Idf
    segmenter: Segmenter
    associations: Associations
    _leads: dict[str, str]
    _associated: dict[str, list[tuple[str, float]]]

    def weights(self, quote: str, tokens: Sequence[Token]) -> dict[str, float]:
        """The commitment's content words with their distinctiveness. A clause's first word
        is its subject (进出口保稳提质, 粮食产量保持在…): the thing a later report names when it
        reports on it, so it counts double even when every report uses it. A task verb
        (加快, 推动, 加力 …) says what will be done, not to what: it is never the subject,
        the word after it is."""
        idf = self.idf
        weights = {t.word: idf.idf.get(t.word, idf.median) * max(idf.specificity(t.word), 0.15)
                   for t in tokens if idf.wanted(t.word) and not task_verb(t.word)}
        heads = {0} | {m.end() for m in _CLAUSE.finditer(quote)}
        looking = False
        for t in tokens:
            looking = looking or t.start in heads
            if not looking:
                continue
            if task_verb(t.word) or t.word in AIMS or not HAN.fullmatch(t.word):
                continue  # 加力推进“两新”: the subject is 两新
            looking = False
            if len(t.word) >= 2 and t.word not in idf.stopwords:
                weights[t.word] = 2 * max(weights.get(t.word, 0.0), idf.median * 0.5)
        return weights

    def _lead(self, word: str) -> str:
        """The leading part of a compound (物价水平 → 物价, 进出口总额 → 进出口): what a
        later report names when it drops the generic head (水平, 总额); "" for a word
        shorter than COMPOUND_CHARS or without one."""
        if len(word) < COMPOUND_CHARS or not HAN.fullmatch(word):
            return ""
        lead = self._leads.get(word)
        if lead is None:
            parts = [t.word for t in self.segmenter.tokenize(word, fine=True)
                     if t.start == 0 and len(word) <= 2 * len(t.word) < 2 * len(word)
                     and t.word not in TASK_VERBS]  # 扩大内需's 扩大 names nothing
            lead = self._leads[word] = max(parts, key=len, default="")
        return lead

    def _associates(self, word: str) -> list[tuple[str, float]]:
        """The words real reports use with `word` (model.compare.associations), and with
        the words inside a compound (扩大内需: 内需 → 消费, 提振): a compound's own
        paragraphs are often the plan's framing (稳中求进, 新发展格局), its parts' are where
        the work is told. A task verb or a manner word (扩大, 高水平) is no associate: it
        names no subject."""
        found = self._associated.get(word)
        if found is None:
            best: dict[str, float] = {}
            parts = [word]
            if len(word) >= TERM_CHARS and HAN.fullmatch(word):
                parts += [t.word for t in self.segmenter.tokenize(word, fine=True)
                          if 2 <= len(t.word) < len(word) and t.word not in TASK_VERBS]
            for part in parts:
                for other, strength in self.associations.of(part)[:ASSOC_TOP]:
                    if strength >= ASSOC_MIN and other not in parts \
                            and other not in TASK_VERBS and other not in AIMS:
                        best[other] = max(best.get(other, 0.0), strength)
            found = self._associated[word] = sorted(best.items())
        return found

    def _tokens(self, quote: str) -> list[Token]:
        """The commitment's words; a coordinating set phrase (保障和改善民生) as its parts
        (保障, 改善, 民生): a later report names them apart and in any order; a manner
        phrase (MANNER: 综合施策) as one word, however jieba cut it."""
        tokens = _manner_joined(quote, self.segmenter.tokenize(quote))
        if not any(_COORDINATED.fullmatch(t.word) for t in tokens):
            return tokens
        found: list[Token] = []
        for t in tokens:
            if not _COORDINATED.fullmatch(t.word):
                found.append(t)
                continue
            found += [Token(p.word, t.start + p.start, t.start + p.end)
                      for p in self.segmenter.tokenize(t.word, fine=True)
                      if p.word != t.word and len(p.word) >= 2]
        return found


_MANNER = re.compile("|".join(sorted(MANNER)))


def _manner_joined(quote: str, tokens: list[Token]) -> list[Token]:
    """The tokens with each manner phrase (MANNER) of the quote one token, when jieba's
    tokens start and end where it does."""
    spans = {m.start(): m.end() for m in _MANNER.finditer(quote)}
    if not spans:
        return tokens
    joined: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        end = spans.get(t.start)
        if end is not None and t.end < end:
            j = i
            while j + 1 < len(tokens) and tokens[j].end < end:
                j += 1
            if tokens[j].end == end:
                joined.append(Token(quote[t.start:end], t.start, end))
                i = j + 1
                continue
        joined.append(t)
        i += 1
    return joined
