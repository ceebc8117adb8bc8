"""For each commitment of A, the sentences of B that report on it, best first.

A later report answers a commitment with the same subject (the project, the indicator, the
place), usually in its review part, often with the figure the target was set in. So a
sentence of B scores by
- the commitment's content words it shares, each weighed by how distinctive it is
  (model.reading.keywords.Idf: rare in Chinese and rare in official documents), and the
  character pairs it shares (jieba may cut 税费优惠 and 新增税费优惠 differently);
- a figure of the same indicator (城镇新增就业1100万人以上 ↔ 城镇新增就业1206万人), which
  also says whether the result met the target;
- where it stands: B's review of the past year first; a review of the whole term
  (过去五年…) counts as outside it, and its figures (年均, 五年) are no year's result; a
  sentence that itself states a target (1200万人以上, B's own plan) is a plan, not a
  result, and so is every figure of B's plan part: it answers no target of A; in the review
  part a 左右 estimates the result (生产总值增长5.5%左右) instead;
- the policies both name by a short name or its long form (两新 ↔ 设备更新…以旧换新, see
  model.compare.abbreviations), each counted as a shared word as heavy as the commitment's
  heaviest: a policy it names is what it is about;
- task verbs (加快, 推动, 加力 …) are in every plan sentence: their character pairs are left
  out, and the subject a clause's first word gives is the word after them;
- a term is one thing: a distinctive word of three or more characters (保障性住房) lends its
  character pairs only to a sentence that has the whole word; a sentence sharing only some of
  its pairs (住房保障, or 保交房 for 保交楼) names a different thing, so those pairs count
  NEAR_MISS of a pair;
- a near-literal repetition: the plain share of all the commitment's character pairs the
  sentence repeats (LITERAL_WEIGHT), what the naive bigram ranking sees. The weighted words
  let one rare word (承接) outweigh a sentence that repeats more of the commitment
  (携手京津…产业链 for 承接京津产业转移); the repeated characters say it is the same matter;
- a compound jieba keeps whole (物价水平, 进出口总额) is named by its leading part when a
  later report drops the generic head (物价, 进出口): that part counts LEAD_SHARE of the
  word, and its pairs are no near miss;
- a four-character compound and its contraction, the first character of each half
  (国有企业 ↔ 国企, 环境保护 ↔ 环保), are one word, either way round, also as a compound's
  leading part (国企改革 ↔ 国有企业改革).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from model.compare import abbreviations as abbr
from model.compare import ranking
from model.compare.associations import Associations
from model.compare.figures import Figure, figures, spelled_out
from model.compare.matching import (
    HAN,
    Sentence,
    amounted,
    answer,
    char_pairs,
    clauses,
    contractions,
    found_words,
    occurrences,
    pair_score,
    policy_pairs,
    routes,
    term_pairs,
)
from model.compare.parts import part_outline, problem_spans, review_spans, years_spans
from model.compare.passages import Passage, sentences
from model.compare.ranking import fused
from model.outline.tree import Outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.reading.tokens import Token

_CLAUSE = re.compile(r"[，,；;：:、。]")
WORD_WEIGHT = 0.55
PAIR_WEIGHT = 0.45
FIGURE_BONUS = 0.45
#: the plain share of the commitment's character pairs the sentence repeats
LITERAL_WEIGHT = 1.0
#: a sentence outside B's review part (when B has one) counts this much
OUTSIDE_REVIEW = 0.25
#: a sentence of B's review of the whole term (过去五年…) counts this much: the term's last
#: year is in it (雄安新区…中国中化、中国华能总部等标志性疏解项目迁驻运营), unlike B's plan
TERM_REVIEW = 0.8
#: a sentence that states a target of its own is B's plan, not its result
STATES_TARGET = 0.6
#: a sentence scored below this is not proposed at all (the same share of the attainable
#: word, pair and literal score, 1.5, as 0.08 was of 1.0 before the literal term)
MIN_CANDIDATE = 0.12
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
#: the aim a task names (增强发展内生动力, 推进…建设): every plan has these, so they are
#: no subject, though they keep their own (low) weight
AIMS = frozenset("发展 建设 工作".split())
#: a set phrase jieba keeps whole that joins words (保障和改善民生, 巩固和拓展): coordinated
#: words, each reported on its own (民生保障), not one term
_COORDINATED = re.compile(r"[\u4e00-\u9fff]{2,6}[和与及][\u4e00-\u9fff]{2,6}")
#: bounds that in a review part estimate a result rather than set a target
_ESTIMATE = ("左右", "上下")
#: a compound: a word jieba keeps whole of at least this many characters (物价水平,
#: 进出口总额); a sentence naming only its leading part (物价, 进出口: at least half of it)
#: gets this share of its weight
COMPOUND_CHARS = 4
LEAD_SHARE = 0.75
#: a term: a word of at least this many characters (shorter words are their own pairs)
TERM_CHARS = 3
#: a sentence that reports one of the commitment's distinctive words with its amount
#: (新（改）建高标准农田348.8万亩 for 推进高标准农田建设): a result, not a mention
AMOUNT_BONUS = 0.15
#: a commitment this long sets several tasks, each answered apart (see Evidence.candidates)
LONG_COMMITMENT = 60
#: the share of a clause's score a sentence answering only that clause gets
CLAUSE_SHARE = 0.5
#: a word the sentence lacks but names an associate of (外贸 → 出口, model.compare.
#: associations) counts this share of its weight times the association's strength
ASSOC_WEIGHT = 0.5
#: a short sentence without a figure (环境质量持续改善。 扩大消费成效明显。) heads its
#: paragraph's results: it counts this much, the results after it tell what was done
SHORT_LEAD = 0.7
SHORT_CHARS = 14
#: a sentence of B without a figure that restates the political frame (see ranking.FRAME)
_FRAME = re.compile(r"社会主义思想(?:为指导|凝心铸魂)|坚强领导下|正确领导下|来之不易|我代表[^，,。]{0,12}报告工作")
#: associates weaker than this are not looked for
ASSOC_MIN = 0.3
#: at most this many associates per word
ASSOC_TOP = 8


@dataclass(frozen=True)
class Commitment:
    """A commitment of A: its passage, where it came from and how sure that is."""

    passage: Passage
    source: str  # "annotation" | "suggestion" | "target"
    score: float


@dataclass(frozen=True)
class Candidate:
    """A sentence of B proposed as evidence for one commitment."""

    passage: Passage
    score: float
    matched: tuple[tuple[int, int, str], ...]  # (start, end, word) in B's text
    figure: str = ""  # B's figure answering a target ("1206万人")
    verdict: str = ""  # "met" | "missed" | ""
    in_review: bool = True  # in B's review of the past year (not its plan, not the term's)
    #: the verdict key first offered when it is linked, from the figure (figures.default_verdict)
    default_verdict: str = ""


@dataclass
class Proposal:
    commitment: Commitment
    candidates: list[Candidate] = field(default_factory=list)



def _joined(listed: Sequence[abbr.Abbreviation], defined: Sequence[abbr.Abbreviation],
            numbered: Sequence[abbr.Abbreviation]) -> tuple[abbr.Abbreviation, ...]:
    """The table's short names, the ones a text defines and the programs it names by their
    count (“七大攻坚”) that are neither."""
    known = {a.short for a in (*listed, *defined)}
    return (*listed, *defined, *(a for a in numbered if a.short not in known))


class Evidence:
    """B prepared once (tokens, sentences, figures), then asked for each commitment."""

    def __init__(self, text: str, outline: Outline | None, segmenter: Segmenter,
                 idf: Idf, abbreviations: Sequence[abbr.Abbreviation] | None = None,
                 associations: Associations | None = None) -> None:
        self.text = text
        self.associations = Associations.load() if associations is None else associations
        self.idf = idf
        self.segmenter = segmenter
        # a national report names GDP 国内生产总值, a province's or a city's 地区生产总值
        self.national = text.count("国内生产总值") > text.count("地区生产总值")
        listed = abbr.load() if abbreviations is None else tuple(abbreviations)
        self.abbreviations = _joined(listed, abbr.defined(text), abbr.numbered(text))
        tokens = segmenter.tokenize(text)
        starts = [t.start for t in tokens]
        outline = part_outline(text, outline)
        spans = review_spans(outline)
        terms = years_spans(text, outline)
        years = terms + problem_spans(text, outline)
        self.has_review = bool(spans)
        self._leads: dict[str, str] = {}
        self._associated: dict[str, list[tuple[str, float]]] = {}
        self.sentences = []
        for p in sentences(text, outline):
            words: dict[str, list[tuple[int, int]]] = {}
            for t in tokens[bisect.bisect_left(starts, p.start):
                            bisect.bisect_left(starts, p.end)]:
                words.setdefault(t.word, []).append((t.start, t.end))
            in_review = not spans or any(s <= p.start < e for s, e in spans)
            found = tuple(figures(text, p.start, p.end))
            term = any(s <= p.start < e for s, e in years)
            if term:
                # the term's review (last year's results come before it) or the problems
                # the review admits: no result of the past year
                in_review = False
            if not in_review:
                # B's plan states B's targets, whatever the wording (年内完成投资超2000亿元)
                found = tuple(replace(f, bound=f.bound or "plan") for f in found)
            elif spans:
                # a review's 左右 is an estimate of the result (生产总值增长5.5%左右)
                found = tuple(replace(f, bound="") if f.bound in _ESTIMATE else f
                              for f in found)
            self.sentences.append(Sentence(p, words, char_pairs(p.quote), found, in_review,
                                            abbr.named(p.quote, self.abbreviations),
                                            contractions(words),
                                            any(s <= p.start < e for s, e in terms),
                                            not found and _FRAME.search(p.quote) is not None))
        self._index()

    def _index(self) -> None:
        """Which sentences have each character pair, name each policy, state a figure, have
        each word: a sentence sharing none of these with a commitment (or an associate of
        its words) cannot reach MIN_CANDIDATE."""
        self._by_pair: dict[str, list[int]] = {}
        self._by_word: dict[str, list[int]] = {}
        self._by_policy: dict[str, list[int]] = {}
        self._with_figures = []
        for i, s in enumerate(self.sentences):
            for pair in s.pairs:
                self._by_pair.setdefault(pair, []).append(i)
            for policy in s.policies:
                self._by_policy.setdefault(policy, []).append(i)
            for word in s.words:
                self._by_word.setdefault(word, []).append(i)
            if s.figures:
                self._with_figures.append(i)

    def _pool(self, pairs: frozenset[str], policies: frozenset[str], targets: bool,
              words: Sequence[str], associates: dict[str, float] | None = None
              ) -> list[tuple[Sentence, list[str]]]:
        """The sentences that may reach MIN_CANDIDATE: sharing a character pair or a policy,
        stating a figure (when the commitment sets one), or naming associates (`associates`:
        each with the most it can add to a score) worth MIN_CANDIDATE together; each with
        the associates it names."""
        found: set[int] = set()
        worth: dict[int, float] = {}
        named: dict[int, list[str]] = {}
        if associates:
            for word, most in associates.items():
                for i in self._by_word.get(word, ()):
                    worth[i] = worth.get(i, 0.0) + most
                    named.setdefault(i, []).append(word)
            found.update(i for i, most in worth.items() if most >= MIN_CANDIDATE)
        for pair in pairs:
            found.update(self._by_pair.get(pair, ()))
        for policy in policies:
            found.update(self._by_policy.get(policy, ()))
        if targets:
            found.update(self._with_figures)
        if any(not HAN.fullmatch(w) for w in words):  # R1线, C919: no Han pair to index
            found = set(range(len(self.sentences)))
        return [(self.sentences[i], named.get(i, [])) for i in sorted(found)]

    def define(self, text: str) -> None:
        """Count the short names another text defines (A's 以下简称) for this comparison."""
        extra = [a for a in _joined(self.abbreviations, abbr.defined(text),
                                    abbr.numbered(text)) if a not in self.abbreviations]
        if not extra:
            return
        self.abbreviations = (*self.abbreviations, *extra)
        self.sentences = [s if s.policies == (named := abbr.named(s.passage.quote,
                                                                  self.abbreviations))
                          else replace(s, policies=named)
                          for s in self.sentences]
        self._index()

    def weights(self, quote: str, tokens: Sequence[Token]) -> dict[str, float]:
        """The commitment's content words with their distinctiveness. A clause's first word
        is its subject (进出口保稳提质, 粮食产量保持在…): the thing a later report names when it
        reports on it, so it counts double even when every report uses it. A task verb
        (加快, 推动, 加力 …) says what will be done, not to what: it is never the subject,
        the word after it is."""
        idf = self.idf
        weights = {t.word: idf.idf.get(t.word, idf.median) * max(idf.specificity(t.word), 0.15)
                   for t in tokens if idf.wanted(t.word) and t.word not in TASK_VERBS}
        heads = {0} | {m.end() for m in _CLAUSE.finditer(quote)}
        looking = False
        for t in tokens:
            looking = looking or t.start in heads
            if not looking:
                continue
            if t.word in TASK_VERBS or t.word in AIMS or not HAN.fullmatch(t.word):
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
        (保障, 改善, 民生): a later report names them apart and in any order."""
        tokens = self.segmenter.tokenize(quote)
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

    def candidates(self, commitment: Passage, limit: int = 5) -> list[Candidate]:
        """The sentences of B that report on the commitment, best first. A long commitment
        (LONG_COMMITMENT characters or more) sets several tasks (以高质量项目促投资，以优质
        供给促消费; a list of projects) and a later report answers each apart: a sentence
        scores the better of its score for the whole and CLAUSE_SHARE of its score for the
        clause it answers best."""
        # GDP, CPI: a news account's names, spelled out as B spells them
        quote = spelled_out(commitment.quote, self.national)
        best = {id(k[1]): k for k in self._scored(quote)}
        if len(quote) >= LONG_COMMITMENT:
            for clause in clauses(quote):
                for k in self._scored(clause):
                    held = best.get(id(k[1]))
                    if held is None or CLAUSE_SHARE * k[0] > held[0]:
                        best[id(k[1])] = (round(CLAUSE_SHARE * k[0], 4), *k[1:])
        kept = [k for k in best.values() if k[0] >= MIN_CANDIDATE]
        verbs = [t.word for t in self._tokens(quote) if t.word in TASK_VERBS]
        order = fused(kept, char_pairs(quote) - policy_pairs(verbs), self.has_review)
        return [self._candidate(*kept[i]) for i in order[:limit]]

    def _scored(self, quote: str) -> list[tuple[float, Sentence, list[str], frozenset[str],
                                                 Figure | None, str, str]]:
        """Every sentence of B that shares something with `quote`, with its score."""
        tokens = self._tokens(quote)
        weights = self.weights(quote, tokens)
        policies = abbr.named(quote, self.abbreviations)
        # a policy the commitment names is what it is about: as heavy as its heaviest word;
        # its short name is counted as the policy, not once more as a word
        policy_weight = max([2 * self.idf.median, *weights.values()])
        lines = routes(quote)  # 温州至福州高铁 ↔ 温福高铁: the line as heavy as a policy
        for line in lines:
            weights[line] = policy_weight
        for policy in policies:
            weights.pop(policy, None)
        total = (sum(weights.values()) + policy_weight * len(policies)) or 1.0
        verbs = [t.word for t in tokens if t.word in TASK_VERBS]
        every_pair = char_pairs(quote)
        pairs = every_pair - {v[i:i + 2] for v in verbs for i in range(len(v) - 1)}
        literal_total = len(every_pair) or 1
        in_terms = term_pairs(quote, pairs, [w for w in weights if len(w) >= TERM_CHARS
                                              and HAN.fullmatch(w)])
        targets = [f for f in figures(quote) if f.indicator]
        leads = {w: lead for w in weights if (lead := self._lead(w))}
        contracted = {long: short for short, long in contractions(weights).items()}
        # a task's verb and object shortened to the verb's first character (扩大内需 ↔ 扩内需,
        # 稳定就业 ↔ 稳就业): three characters, looked for in the sentence's text
        held = {w: w[0] + w[2:] for w in weights
                if len(w) == 4 and HAN.fullmatch(w) and w not in contracted}
        held.update(lines)
        two = {w for w in weights if len(w) == 2}
        # the associates of each word (外贸 → 出口): a sentence naming one answers the word
        # in other words
        standing: dict[str, list[tuple[str, float]]] = {}
        if ASSOC_WEIGHT:
            for w in weights:
                for other, strength in self._associates(w):
                    if other not in weights:
                        standing.setdefault(other, []).append((w, strength))
        kept = []
        # the most an associate adds to a score (each word it stands for, at most once)
        most = {other: WORD_WEIGHT * ASSOC_WEIGHT * sum(weights[w] * v for w, v in stand) / total
                for other, stand in standing.items()}
        for s, naming in self._pool(pairs, policies, bool(targets), list(weights), most):
            quote_b = s.passage.quote
            shared, named_as, led = found_words(s, weights, contracted, two, leads)
            if held:
                for w, short in held.items():
                    if w not in shared and w not in named_as and short in quote_b:
                        shared.append(w)
                        named_as[w] = short
            both = policies & s.policies
            word_score = (sum(weights[w] for w in shared) + policy_weight * len(both)
                          + LEAD_SHARE * sum(weights[w] for w in led)) / total
            if naming:
                stood: dict[str, float] = {}
                for other in naming:
                    for w, strength in standing[other]:
                        if w not in shared and w not in led:
                            stood[w] = max(stood.get(w, 0.0), strength)
                if stood:
                    word_score += ASSOC_WEIGHT * sum(weights[w] * v
                                                     for w, v in stood.items()) / total
            pairs_found = pair_score(pairs, s.pairs, in_terms, quote_b, leads)
            score = WORD_WEIGHT * word_score + PAIR_WEIGHT * pairs_found
            # a policy named in its long form repeats its short name (两改 ↔ 城市更新和小区改造)
            repeated = every_pair & (s.pairs | policy_pairs(both)) if both \
                else every_pair & s.pairs if pairs & s.pairs \
                else frozenset()  # the task verbs alone (高质量完成…) repeat nothing
            score += LITERAL_WEIGHT * len(repeated) / literal_total
            figure, judged, offered = answer(targets, s.figures)
            if figure is not None:
                score += FIGURE_BONUS
            elif s.figures and AMOUNT_BONUS and amounted(quote_b, shared, weights, total):
                score += AMOUNT_BONUS
            if not s.in_review:
                score *= TERM_REVIEW if s.in_term else OUTSIDE_REVIEW
            if any(f.is_target for f in s.figures):
                score *= STATES_TARGET
            if not s.figures and len(quote_b) <= SHORT_CHARS:
                score *= SHORT_LEAD
            if s.frame:
                score *= ranking.FRAME
            if score > 0:
                words = [named_as.get(w, w) for w in shared] + list(led.values())
                kept.append((round(score, 4), s, words, both, figure, judged, offered))
        return kept

    def _candidate(self, score: float, s: Sentence, words: list[str], both: frozenset[str],
                   figure: Figure | None, judged: str, offered: str) -> Candidate:
        """A proposed sentence with its matched words (only the few shown are looked for)."""
        matched = occurrences(s.passage, words)
        for a in self.abbreviations:
            if a.short in both:
                matched += [(s.passage.start + at, s.passage.start + end, w)
                            for at, end, w in a.occurrences(s.passage.quote)]
        shown = "" if figure is None else self.text[figure.start:figure.end]
        return Candidate(s.passage, score, tuple(sorted(set(matched))), shown, judged,
                         s.in_review, offered)
