"""Report B prepared once for every commitment of A: its sentences (words, character
pairs, figures, the policies they name, where each stands: B's review of the past year, the
term's, B's plan), indexed so that a commitment is scored only against the sentences that
may reach MIN_CANDIDATE (the pool). The scoring is model.compare.proposals.Evidence's.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from model.compare import abbreviations as abbr
from model.compare.associations import Associations
from model.compare.field_indicators import field_sentences
from model.compare.figures import Figure, figures, latin_spelled, names_rate
from model.compare.matching import HAN, Sentence, char_pairs, contractions, names_environment
from model.compare.parts import (
    heading_kind,
    part_outline,
    problem_spans,
    report_year,
    review_spans,
    years_spans,
)
from model.compare.passages import sentences
from model.compare.stated_verdicts import says_verdict
from model.compare.term_hinge import names_year, reviewed_year
from model.outline.tree import Outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter

#: a sentence scored below this is not proposed at all (the same share of the attainable
#: word, pair and literal score, 1.5, as 0.08 was of 1.0 before the literal term)
MIN_CANDIDATE = 0.12
#: bounds that in a review part estimate a result rather than set a target
_ESTIMATE = ("左右", "上下")
#: a sentence of B without a figure that restates the political frame (see ranking.FRAME)
_FRAME = re.compile(r"社会主义思想(?:为指导|凝心铸魂)|坚强领导下|正确领导下|来之不易|我代表[^，,。]{0,12}报告工作|"
                    # the address to the congress (现在，我代表国务院，向大会作政府工作报告，请予审议)
                    r"请予审议|"
                    # a pledge or a lesson, no result (我们要坚持把发展作为第一要务…; ——必须坚持…)
                    r"^(?:——)?(?:我们)?(?:必须|要|一定要)|"
                    # thanks and greetings (向…致以新年的问候; 表示衷心感谢; 我谨代表…)
                    r"致以[^。]{0,24}(?:问候|祝福|敬意|感谢)|表示(?:衷心|诚挚|崇高)的?(?:感谢|敬意)|我谨代表")


def _reviews_the_term_only(spans: Sequence[tuple[int, int]],
                           terms: Sequence[tuple[int, int]], heads: set[int]) -> bool:
    """Whether B's review is all the term's: a report closing a term may review only the
    five years (一、过去五年工作回顾: the 2008 and 2013 national reports), the past year among
    them, and have no year's review apart — the term's review opens at the review part's
    heading (one of `heads`, where B's top-level review headings start) and runs to the
    review's end. Then the
    term's review is the review: its results are the past year's answers as well (a sentence
    naming the year still first)."""
    first = min(start for start, _end in terms)
    if first not in heads:
        return False  # the year reviewed before the term (or under a heading of its own)
    at = first
    for start, end in sorted(terms):  # the term's spans overlap (五年来… inside 过去五年…)
        if start > at:
            return False  # a year told between the term's paragraphs
        at = max(at, end)
    return all(end <= at for _start, end in spans)


def _stated(f: Figure) -> Figure:
    """A figure of B's review as the result it states: a 左右 estimates it (生产总值增长5.5%
    左右), and a rate above a level (预算执行率98%以上, 优良率95%以上) is the result told as a
    floor — an amount with 以上 there may still be an arrangement (每年安排140亿元以上)."""
    if f.bound in _ESTIMATE or (f.bound == "以上" and f.unit == "%"
                                and names_rate(f.indicator)):
        return replace(f, bound="")
    return f


def _joined(listed: Sequence[abbr.Abbreviation], defined: Sequence[abbr.Abbreviation],
            numbered: Sequence[abbr.Abbreviation]) -> tuple[abbr.Abbreviation, ...]:
    """The table's short names, the ones a text defines and the programs it names by their
    count (“七大攻坚”) or in quotes (“走出去”) that are neither."""
    known = {a.short for a in (*listed, *defined)}
    return (*listed, *defined, *(a for a in numbered if a.short not in known))


class EvidencePool:
    """B prepared once (tokens, sentences, figures) and indexed, for each commitment's pool."""

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
        # B's own names in quotes (实施“走出去”战略) too: a commitment naming one unquoted
        # (支持…企业走出去) is about that policy
        self.abbreviations = _joined(listed, abbr.defined(text),
                                     (*abbr.numbered(text), *abbr.quoted(text)))
        self.names = abbr.NameIndex(self.abbreviations)
        tokens = segmenter.tokenize(text)
        starts = [t.start for t in tokens]
        outline = part_outline(text, outline)
        spans = review_spans(outline)
        terms = years_spans(text, outline)
        #: B reviews the term only (no year's review apart): its term's sentences are its
        #: review, counted TERM_REVIEW (proposals) below those naming the past year
        self.term_only = bool(terms) and outline is not None and _reviews_the_term_only(
            spans, terms, {n.start for n in outline.nodes() if n.parent is None
                           and n.kind != "lead" and heading_kind(n.title) == "past"})
        problems = problem_spans(text, outline)
        years = terms + problems
        year = None if outline is None else reviewed_year(
            [n.title for n in outline.nodes() if heading_kind(n.title) == "past"],
            report_year(outline.title))
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
            if any("A" <= c <= "Z" for c in p.quote):
                # B too may write GDP, CPI (全年GDP增长4%): its figures' indicators spelled
                # out as a report names them, so they answer A's 地区生产总值增长5%左右
                found = tuple(replace(f, indicator=latin_spelled(f.indicator, self.national))
                              for f in found)
            term = any(s <= p.start < e for s, e in years)
            in_problems = any(s <= p.start < e for s, e in problems)
            if term and names_year(p.quote, year) and not in_problems:
                term = False  # the term's last year by its number: that year's result
            in_term = term and not in_problems
            if term and not (self.term_only and in_term):
                # the term's review (last year's results come before it) or the problems
                # the review admits: no result of the past year
                in_review = False
            if not in_review:
                # B's plan states B's targets, whatever the wording (年内完成投资超2000亿元)
                found = tuple(replace(f, bound=f.bound or "plan") for f in found)
            elif spans:
                # a review's 左右 is an estimate of the result (生产总值增长5.5%左右)
                found = tuple(_stated(f) for f in found)
            self.sentences.append(Sentence(p, words, char_pairs(p.quote), found, in_review,
                                            self.names.named(p.quote),
                                            contractions(words), in_term,
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
        #: the sentences naming an indicator of the environment's binding targets
        self._environment: list[int] = []
        for i, s in enumerate(self.sentences):
            for pair in s.pairs:
                self._by_pair.setdefault(pair, []).append(i)
            for policy in s.policies:
                self._by_policy.setdefault(policy, []).append(i)
            for word in s.words:
                self._by_word.setdefault(word, []).append(i)
            if s.figures or says_verdict(s.passage.quote):  # …目标没有完成: a target's answer
                self._with_figures.append(i)
            if names_environment(s.passage.quote):
                self._environment.append(i)
        self._fields = field_sentences([s.passage.quote for s in self.sentences])

    def spread(self, word: str) -> int:
        """In how many of B's sentences `word` is (the author's own name, 一中, 福建, is in
        most: for this pair it names nothing)."""
        return len(self._by_word.get(word, ()))

    def _pool(self, pairs: frozenset[str], policies: frozenset[str], targets: bool,
              words: Sequence[str], associates: dict[str, float] | None = None,
              binding: bool = False, fields: tuple[int, ...] = ()
              ) -> list[tuple[Sentence, list[str]]]:
        """The sentences that may reach MIN_CANDIDATE: sharing a character pair or a policy,
        stating a figure (when the commitment sets one), naming an indicator of the
        environment (when it sets the environment's binding targets: `binding`), or naming
        associates (`associates`: each with the most it can add to a score) worth
        MIN_CANDIDATE together; each with the associates it names."""
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
        if binding:  # the environment's binding targets: its indicators answer them
            found.update(self._environment)
        for field in fields:  # 对外贸易: the sentences giving 进出口 answer it
            found.update(self._fields[field])
        if any(not HAN.fullmatch(w) for w in words):  # R1线, C919: no Han pair to index
            found = set(range(len(self.sentences)))
        return [(self.sentences[i], named.get(i, [])) for i in sorted(found)]

    def define(self, text: str) -> None:
        """Count the short names another text defines (A's 以下简称) for this comparison."""
        extra = [a for a in _joined(self.abbreviations, abbr.defined(text),
                                    (*abbr.numbered(text), *abbr.quoted(text)))
                 if a not in self.abbreviations]
        if not extra:
            return
        self.abbreviations = (*self.abbreviations, *extra)
        self.names = abbr.NameIndex(self.abbreviations)
        self.sentences = [s if s.policies == (named := self.names.named(s.passage.quote))
                          else replace(s, policies=named)
                          for s in self.sentences]
        self._index()
