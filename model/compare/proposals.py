"""For each commitment of A, the sentences of B that report on it, best first.

A later report answers a commitment with the same subject (the project, the indicator, the
place), usually in its review part, often with the figure the target was set in. So a
sentence of B scores by
- the commitment's content words it shares, each weighed by how distinctive it is
  (model.reading.keywords.Idf: rare in Chinese and rare in official documents), and the
  character pairs it shares (jieba may cut 税费优惠 and 新增税费优惠 differently);
- a figure of the same indicator (城镇新增就业1100万人以上 ↔ 城镇新增就业1206万人), which
  also says whether the result met the target; a rate the commitment names without a
  figure (提高一段率) is answered by B's figure of it (一段录取率86%), with no verdict;
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
  leading part (国企改革 ↔ 国有企业改革);
- what the whole of B is about names no subject: the planned year and who will act
  (2025年，福建将…) are not matched, and a word in many of B's sentences (its author: 一中,
  福建) weighs less (SPREAD), and one in only one or two of a whole report's sentences
  points at them: it weighs more (RARE);
- a result told as a title conferred (成功创建为市级“清廉学校”示范校), a thing with its change
  (投资增长4%) and the environment's indicators for its binding targets (PM2.5 for
  节能减排…约束性指标) are results, not mentions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from model.compare import ranking
from model.compare.commitment_words import TERM_CHARS, CommitmentWords, task_verb
from model.compare.evidence_pool import MIN_CANDIDATE, EvidencePool
from model.compare.field_indicators import fields_of, reports_field
from model.compare.figures import Figure, figures, spelled_out
from model.compare.indicator_names import INSIDE_NAME, only_inside_names, unmeant_names
from model.compare.investment_direction import OUTWARD, reports_outward, seeks_inward
from model.compare.matching import (
    BINDING_ENVIRONMENT,
    HAN,
    YOUNG,
    Sentence,
    amounted,
    answer,
    char_pairs,
    clauses,
    cohort_named,
    conferred,
    contractions,
    found_words,
    named_rates,
    names_environment,
    occurrences,
    pair_score,
    policy_pairs,
    rate_figure,
    routes,
    term_pairs,
)
from model.compare.paced import UNPACED, pace_setter, unpaced
from model.compare.passages import Passage
from model.compare.ranking import ranked
from model.compare.section_alignment import aligned
from model.compare.stated_verdicts import stated_verdict

#: the planned year and who will act, opening a commitment (2025年，福建将…; 2025年，内蒙古将…)
YEAR_WILL_FRAME = re.compile(r"20\d\d年[，,]?[^，,。；;\n\d]{0,8}?(?:还|也|更)?(?:将|要)")

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
#: a sentence naming only the leading part of a compound (commitment_words.
#: COMPOUND_CHARS: 物价 for 物价水平) gets this share of its weight
LEAD_SHARE = 0.75
#: a sentence that reports one of the commitment's distinctive words with its amount
#: (新（改）建高标准农田348.8万亩 for 推进高标准农田建设) or its change (固定资产投资增长4% for
#: 抓投资): a result, not a mention
AMOUNT_BONUS = 0.15
#: a title the commitment names (深化“清廉学校”建设, 创建市“五星三名”校) reported as conferred
#: (成功创建为市级“清廉学校”示范校, 获评…): the result, where the summary restating the plan's
#: words (深化“清廉学校”建设，…) only tells the work; added as AMOUNT_BONUS is
CONFERRED_BONUS = 0.15
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
#: a rate the commitment names with no figure answering it (提高一段率, 有效控制学生近视率: a
#: unit's plan sets the direction, not the number) is answered by B's figure of that rate
#: (2020届高考一段录取率86%): this much is added, as FIGURE_BONUS for a target's number; so
#: are the environment's binding targets set without a figure (节能减排降碳约束性指标,
#: 生态环境指标以国家下达任务为准) by a sentence naming the environment's indicators
#: (PM2.5平均浓度降到32.4微克/立方米, 国考断面水质优良率稳定达标: matching.names_environment)
RATE_BONUS = 0.3
#: a word in more than this share of B's sentences (and in five at least) names what the whole
#: report is about — its author (一中 in a school's address, 福建 in Fujian's report) — not
#: the commitment's subject: its weight shrinks in proportion (a word's spread over this
#: one report, as the IDF is its spread over all)
SPREAD = 0.08
SPREAD_LEAST = 5
#: a word of the commitment that B names in only one or two of its sentences (RARE_MOST)
#: points at them (松花江 in 深入开展松花江等江河湖泊保护治理): it weighs 1 + RARE times as much,
#: so they come before longer sentences sharing more everyday words — SPREAD's other end
#: (session 12, match15: lopo end to end top 1 +9 rows of 591, tests/data/compare_real/README.md)
RARE = 0.5
RARE_MOST = 2
#: … in a B of this many sentences at least (a whole report): an excerpt of a few dozen
#: sentences names most words once or twice
RARE_AMONG = 100


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
    #: its place in the list (1 first) and the strength of that place: its fused rank value
    #: over the best possible (ranking.ranked), 0–1, never above the one before it; `score`
    #: is the matcher's alone, which the fused order need not follow
    rank: int = 0
    strength: float = 0.0


@dataclass
class Proposal:
    commitment: Commitment
    candidates: list[Candidate] = field(default_factory=list)


class Evidence(CommitmentWords, EvidencePool):
    """B prepared once (EvidencePool), then asked for each commitment: its sentences
    scored by the commitment's words (CommitmentWords), best first."""

    def candidates(self, commitment: Passage, limit: int = 5) -> list[Candidate]:
        """The sentences of B that report on the commitment, best first. A long commitment
        (LONG_COMMITMENT characters or more) sets several tasks (以高质量项目促投资，以优质
        供给促消费; a list of projects) and a later report answers each apart: a sentence
        scores the better of its score for the whole and CLAUSE_SHARE of its score for the
        clause it answers best."""
        # GDP, CPI: a news account's names, spelled out as B spells them
        quote = spelled_out(commitment.quote, self.national)
        # the planned year and who will act (2025年，福建将…): the province's name is in
        # every sentence of its later report; the task after them is what is matched
        framed = YEAR_WILL_FRAME.match(quote)
        if framed and len(quote) - framed.end() >= 4:
            quote = quote[framed.end():]
        best = {id(k[1]): k for k in self._scored(quote)}
        if len(quote) >= LONG_COMMITMENT:
            for clause in clauses(quote):
                for k in self._scored(clause):
                    held = best.get(id(k[1]))
                    if held is None or CLAUSE_SHARE * k[0] > held[0]:
                        best[id(k[1])] = (round(CLAUSE_SHARE * k[0], 4), *k[1:])
        kept = [k for k in best.values() if k[0] >= MIN_CANDIDATE]
        if commitment.section:  # B's paragraphs follow A's task sections' fields
            kept = aligned(kept, commitment.section)
        verbs = [t.word for t in self._tokens(quote) if task_verb(t.word)]
        order = ranked(kept, char_pairs(quote) - policy_pairs(verbs), self.has_review)
        return [replace(self._candidate(*kept[i]), rank=n, strength=round(strength, 4))
                for n, (i, strength) in enumerate(order[:limit], 1)]

    def _scored(self, quote: str) -> list[tuple[float, Sentence, list[str], frozenset[str],
                                                 Figure | None, str, str]]:
        """Every sentence of B that shares something with `quote`, with its score."""
        tokens = self._tokens(quote)
        weights = self.weights(quote, tokens)
        if SPREAD:
            many = SPREAD * len(self.sentences)
            for w, weight in weights.items():
                if (seen := self.spread(w)) > many and seen >= SPREAD_LEAST:
                    weights[w] = weight * many / seen
                elif RARE and 1 <= seen <= RARE_MOST and len(self.sentences) >= RARE_AMONG:
                    weights[w] = weight * (1 + RARE)
        policies = self.names.named(quote)
        # a policy the commitment names is what it is about: as heavy as its heaviest word;
        # its short name is counted as the policy, not once more as a word
        policy_weight = max([2 * self.idf.median, *weights.values()])
        lines = routes(quote)  # 温州至福州高铁 ↔ 温福高铁: the line as heavy as a policy
        for line in lines:
            weights[line] = policy_weight
        for policy in policies:
            weights.pop(policy, None)
        total = (sum(weights.values()) + policy_weight * len(policies)) or 1.0
        verbs = [t.word for t in tokens if task_verb(t.word)]
        every_pair = char_pairs(quote)
        pairs = every_pair - {v[i:i + 2] for v in verbs for i in range(len(v) - 1)}
        literal_total = len(every_pair) or 1
        in_terms = term_pairs(quote, pairs, [w for w in weights if len(w) >= TERM_CHARS
                                              and HAN.fullmatch(w)])
        targets = [f for f in figures(quote) if f.indicator]
        rates = named_rates(tokens)
        binding = not targets and BINDING_ENVIRONMENT.search(quote) is not None
        fields = fields_of(quote) if not targets else ()
        setter = pace_setter(quote)  # 收入…和经济发展同步: 经济
        unmeant = unmeant_names(quote)  # 居民消费价格, unless the commitment speaks of prices
        inward = seeks_inward(quote)  # 外商投资, not 对外投资
        leads = {w: lead for w in weights if (lead := self._lead(w))}
        contracted = {long: short for short, long in contractions(weights).items()}
        # a task's verb and object shortened to the verb's first character (扩大内需 ↔ 扩内需,
        # 稳定就业 ↔ 稳就业): three characters, looked for in the sentence's text
        held = {w: w[0] + w[2:] for w in weights
                if len(w) == 4 and HAN.fullmatch(w) and w not in contracted}
        held.update(lines)
        two = {w for w in weights if len(w) == 2}
        young = [w for w in weights if w.startswith(YOUNG)]
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
        for s, naming in self._pool(pairs, policies, bool(targets), list(weights), most,
                                    binding=binding, fields=fields):
            quote_b = s.passage.quote
            shared, named_as, led = found_words(s, weights, contracted, two, leads)
            if held:
                for w, short in held.items():
                    if w not in shared and w not in named_as and short in quote_b:
                        shared.append(w)
                        named_as[w] = short
            for w in young:
                if w not in shared and (cohort := cohort_named(w, quote_b)):
                    shared.append(w)
                    named_as[w] = cohort
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
            # 进出口…预期增长目标未能实现: the target's verdict in words, wherever it is said
            stated = stated_verdict(quote_b, [f.indicator for f in targets]) \
                if targets and figure is None and not any(f.is_target for f in s.figures) else ""
            if figure is not None:
                score += FIGURE_BONUS
            elif stated:
                score += FIGURE_BONUS
                judged, offered = stated, "kept" if stated == "met" else "not_kept"
            elif rates and s.figures and (figure := rate_figure(rates, s.figures)) is not None:
                score += RATE_BONUS
            elif binding and names_environment(quote_b):
                score += RATE_BONUS
            elif fields and reports_field(fields, quote_b):  # 对外贸易 ↔ 进出口总额…增长
                score += RATE_BONUS
            elif s.figures and AMOUNT_BONUS and amounted(quote_b, shared, weights, total):
                score += AMOUNT_BONUS
            if both and CONFERRED_BONUS and conferred(quote_b, both):
                score += CONFERRED_BONUS
            if not s.in_review and not stated:
                score *= TERM_REVIEW if s.in_term else OUTSIDE_REVIEW
            elif s.in_term:  # a review of the term only: the past year's own results first
                score *= TERM_REVIEW
            if any(f.is_target for f in s.figures):
                score *= STATES_TARGET
            if not s.figures and len(quote_b) <= SHORT_CHARS:
                score *= SHORT_LEAD
            if s.frame:
                score *= ranking.FRAME
            if unmeant and only_inside_names(unmeant, quote_b, [*shared, *led.values()]):
                score *= INSIDE_NAME  # 消费 only in 居民消费价格: a price, no consumption
            if setter and unpaced(setter, quote_b):
                score *= UNPACED
            if inward and reports_outward(quote_b):
                score *= OUTWARD  # 对外直接投资 is no 外商投资
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
