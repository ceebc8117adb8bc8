"""The pieces of a B sentence's score against a commitment (see model.compare.proposals):
the words it shares (whole, contracted, or a compound's leading part), the character pairs
it shares with near misses for terms it lacks, an amount after a distinctive word, the
figure answering a target, and the commitment's clauses answered apart."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from model.compare.figures import (
    Figure,
    counts_other,
    default_verdict,
    is_share,
    same_indicator,
    verdict,
)
from model.compare.passages import Passage
from model.reading.tokens import Token

HAN = re.compile(r"[\u4e00-\u9fff]{2,}")
#: indicators agree when this share of the shorter one's characters is in the other
SAME_INDICATOR = 0.75
#: a character pair of a term the sentence does not have whole counts this much of a pair
NEAR_MISS = 0.25
#: the share of the commitment's weight a word must carry for its amount to count
AMOUNT_WORD = 0.2
#: a figure right after a word (达到/超 between them at most), or its change (固定资产投资
#: 增长4%, 信访总量同比下降31%): the thing reported with a figure
_AMOUNT_AFTER = re.compile(r"(?:同比|[比较]上年)?(?:增长|下降|减少|提高|提升|降低|上升|增加|上涨)?[达到超过近约逾至]{0,2}\d")
#: a listed item (between 、) of a long commitment's clause this long names a thing of
#: its own (a project), answered apart
LISTED_ITEM = 6
#: a clause of a long commitment: cut at commas and semicolons
_CLAUSE_CUT = re.compile(r"[^，,；;。：:]+")


@dataclass(frozen=True)
class Sentence:
    passage: Passage
    words: dict[str, list[tuple[int, int]]]
    pairs: frozenset[str]
    figures: tuple[Figure, ...]
    in_review: bool
    policies: frozenset[str] = frozenset()
    #: each four-character word's contraction (国企 for 国有企业) → the word
    contracted: dict[str, str] = field(default_factory=dict)
    #: in B's review of the whole term (过去五年…), not of the past year (nor naming it); in
    #: a review of the term only it is in_review as well (EvidencePool.term_only)
    in_term: bool = False
    #: restates the political frame, no figure (see ranking.FRAME)
    frame: bool = False


def char_pairs(text: str) -> frozenset[str]:
    """The Han character bigrams of `text` (digits and punctuation left out)."""
    return frozenset(run[i:i + 2] for run in HAN.findall(text) for i in range(len(run) - 1))


def found_words(s: Sentence, weights: dict[str, float], contracted: dict[str, str],
                two: set[str], leads: dict[str, str]
                ) -> tuple[list[str], dict[str, str], dict[str, str]]:
    """The commitment's words the sentence has: whole or inside a longer one (进出口 in
    进出口总额: jieba keeps compounds); contracted or written out (国企 ↔ 国有企业, either
    way round: word → the form in B); and the compounds named by their leading part,
    written out or contracted (物价水平: 物价; 国企改革: 国有企业)."""
    quote_b = s.passage.quote
    shared = [w for w in weights if w in s.words or w in quote_b]
    named_as = {w: short for w, short in contracted.items()
                if short in s.words and w not in shared} if contracted else {}
    if two and s.contracted:
        named_as.update((w, s.contracted[w]) for w in two.intersection(s.contracted)
                        if w not in shared)
    if named_as:
        shared += named_as
    led = {w: lead if lead in quote_b else s.contracted[lead]
           for w, lead in leads.items()
           if (lead in quote_b or lead in s.contracted) and w not in shared} if leads else {}
    return shared, named_as, led


def amounted(quote_b: str, shared: Sequence[str], weights: dict[str, float],
              total: float) -> bool:
    """Whether the sentence gives an amount right after one of the commitment's distinctive
    words (高标准农田348.8万亩, 生猪出栏6248万头): it reports on that thing with a figure."""
    for w in shared:
        if weights.get(w, 0.0) < AMOUNT_WORD * total:
            continue
        at = quote_b.find(w)
        while at >= 0:
            if _AMOUNT_AFTER.match(quote_b, at + len(w)):
                return True
            at = quote_b.find(w, at + len(w))
    return False


#: a title conferred: the verb, then at most a level and a quote mark before the name
_CONFERRED = re.compile(r"(?:创建为|创建成为|获评|被评为|评为|入选|被认定为|认定为|被命名为|命名为|"
                        r"授牌|获授|荣获|成为)[^，,。；;]{0,8}$")


def conferred(quote_b: str, names: Iterable[str]) -> bool:
    """Whether the sentence tells one of the names as a title conferred (学校成功创建为市级
    “清廉学校”示范校, 获评市“五星三名”校), not as the work done (深化“清廉学校”建设)."""
    for name in names:
        at = quote_b.find(name)
        while at >= 0:
            if _CONFERRED.search(quote_b, max(0, at - 14), at):
                return True
            at = quote_b.find(name, at + len(name))
    return False


#: the young a plan names (年轻干部, 青年教师) …
YOUNG = ("年轻", "青年")
#: … and the birth cohort a report names them by (多名“80后”“85后”中层干部履新)
_COHORT = re.compile(r"“?[6789][05]后”?")


def cohort_named(word: str, quote_b: str) -> str:
    """The cohort by which the sentence names the young of `word` (年轻干部: “80后”…干部),
    the rest of the word (干部) following it; "" when it does not."""
    rest = word[2:]
    m = _COHORT.search(quote_b)
    if m is None or len(rest) < 2 or rest not in quote_b[m.end():]:
        return ""
    return m.group().strip("“”")


#: the environment's binding targets a plan sets without a figure (全面完成节能减排降碳和环境
#: 质量改善约束性指标; 节能减排减污降碳完成国家下达目标; 生态环境指标以国家下达任务为准) …
BINDING_ENVIRONMENT = re.compile(r"节能减排|减污降碳|节能降碳|环境质量改善|生态环境(?:质量|指标)|约束性指标")
#: … are answered by the environment's indicators (PM2.5平均浓度降到32.4微克/立方米; 国考
#: 断面水质优良率稳定达标; 万元地区生产总值能耗、水耗、碳排放…保持…最优水平)
_ENVIRONMENT_INDICATOR = re.compile(r"PM2\.5|PM10|细颗粒物|优良天数|空气质量优良|水质优良|优良水体|"
                                    r"断面|单位[^，,。；]{0,8}能耗|万元[^，,。；]{0,8}能耗|碳排放强度|"
                                    r"二氧化碳排放|主要污染物")


def names_environment(quote_b: str) -> bool:
    """Whether the sentence reports an indicator of the environment's binding targets."""
    return _ENVIRONMENT_INDICATOR.search(quote_b) is not None


def policy_pairs(policies: Iterable[str]) -> frozenset[str]:
    return frozenset(p for name in policies for p in char_pairs(name))


def clauses(quote: str) -> list[str]:
    """The clauses of a long commitment that name something (four characters or more):
    each task, and each listed item long enough to name a thing of its own (a project:
    隆黄铁路隆昌至叙永段扩能改造, not 高端装备 in a list of goods, which is one task's
    object with the rest of its list)."""
    found = []
    for m in _CLAUSE_CUT.finditer(quote):
        clause = m.group().strip()
        if len(clause) >= 4:
            found.append(clause)
        pieces = [p.strip() for p in clause.split("、")]
        if len(pieces) > 1:
            found.extend(p for p in pieces if len(p) >= LISTED_ITEM)
    return found


def contractions(words: Iterable[str]) -> dict[str, str]:
    """A four-character compound's usual short form, the first character of each half
    (国有企业 → 国企, 科学技术 → 科技, 环境保护 → 环保), → the compound: a later report
    writes either."""
    return {w[0] + w[2]: w for w in words
            if len(w) == 4 and w[1] != w[2] and HAN.fullmatch(w)}  # not 财政政策 → 财政


#: a line named by its two ends (温州至福州高铁, 漳州至汕头高速铁路): two-character places
_ROUTE = re.compile(r"([\u4e00-\u9fff]{2})至([\u4e00-\u9fff]{2})(高速铁路|高铁|城际铁路|铁路|高速公路|高速)")
_ROUTE_KIND = {"高速铁路": "高铁", "城际铁路": "城际", "高速公路": "高速"}


def routes(quote: str) -> dict[str, str]:
    """A line named by its ends → its usual short name, the first character of each end
    and its kind (温州至福州高铁 → 温福高铁, 漳州至汕头高速铁路 → 漳汕高铁, 龙岩至龙川铁路
    → 龙龙铁路): a later report names the line so."""
    return {m.group(): m.group(1)[0] + m.group(2)[0] + _ROUTE_KIND.get(m.group(3), m.group(3))
            for m in _ROUTE.finditer(quote)}


def term_pairs(quote: str, pairs: frozenset[str], terms: list[str]
                ) -> dict[str, tuple[str, ...]]:
    """For each pair of the commitment found only inside its terms, those terms."""
    outside = quote
    for term in sorted(terms, key=len, reverse=True):
        outside = outside.replace(term, "，")
    free = char_pairs(outside)
    inside: dict[str, list[str]] = {}
    for term in terms:
        for i in range(len(term) - 1):
            inside.setdefault(term[i:i + 2], []).append(term)
    return {p: tuple(ts) for p, ts in inside.items() if p in pairs and p not in free}


def pair_score(pairs: frozenset[str], found: frozenset[str],
                in_terms: dict[str, tuple[str, ...]], quote_b: str,
                leads: dict[str, str] | None = None) -> float:
    """The share of the commitment's character pairs the sentence has; a pair of a term the
    sentence does not have whole, nor its leading part, counts NEAR_MISS (保障性住房's 住房
    in 保交房的住房; but 物价 for 物价水平 is the same thing, its head dropped)."""
    leads = leads or {}
    if not pairs:
        return 0.0
    shared = pairs & found
    got = float(len(shared))
    if in_terms:
        for p in shared.intersection(in_terms):
            if not any(t in quote_b or (leads.get(t) or t) in quote_b for t in in_terms[p]):
                got -= 1.0 - NEAR_MISS
    return got / len(pairs)


def occurrences(p: Passage, words: list[str]) -> list[tuple[int, int, str]]:
    """Where each word occurs in the passage, in the report's offsets."""
    found = []
    for w in words:
        at = p.quote.find(w)
        while at >= 0:
            found.append((p.start + at, p.start + at + len(w), w))
            at = p.quote.find(w, at + len(w))
    return found


def answer(targets: list[Figure], found: Sequence[Figure]
            ) -> tuple[Figure | None, str, str]:
    """B's figure that reports on one of the commitment's figures, the verdict ("met" /
    "missed") and the verdict key first offered (figures.default_verdict)."""
    best: tuple[float, Figure, Figure] | None = None
    for target in targets:
        for result in found:
            if result.unit != target.unit or result.is_target or "年均" in result.indicator \
                    or is_share(result.indicator) != is_share(target.indicator):
                continue  # a target of B's (its plan, 1200万人以上), an average over years
                # (居民消费价格年均上涨2.1%) or a share where a rate was set answers nothing
            if counts_other(target.indicator, result.indicator):
                continue  # 新增国家级企业技术中心8家 is no count of 国家高新技术企业
            agree = same_indicator(target.indicator, result.indicator)
            if agree >= SAME_INDICATOR and (best is None or agree > best[0]):
                # a commitment's figure is its target, bounded (以上) or not (增长5%)
                best = (agree, result, target)
    if best is None:
        return None, "", ""
    _agree, result, target = best
    return result, verdict(target, result), default_verdict(target, result)


def named_rates(tokens: Sequence[Token]) -> list[str]:
    """The rates a commitment names, each by its thing (一段 of 提高一段率, 满意率 whole):
    jieba cuts 近视率 into 近视 and 率."""
    rates = []
    for i, t in enumerate(tokens):
        if t.word == "率" and i and HAN.fullmatch(tokens[i - 1].word) \
                and tokens[i - 1].end == t.start:
            rates.append(tokens[i - 1].word)
        elif len(t.word) >= 3 and t.word.endswith("率") and HAN.fullmatch(t.word):
            rates.append(t.word[:-1])
    return rates


def rate_figure(rates: Sequence[str], found: Sequence[Figure]) -> Figure | None:
    """B's stated figure (a share, %) of a rate the commitment names by its thing
    (一段 → 2020届高考一段录取率86%); None when it gives none."""
    for result in found:
        if result.is_target or result.unit not in ("%", "％") or "年均" in result.indicator:
            continue
        if any(thing in result.indicator and "率" in result.indicator[
                result.indicator.find(thing):] for thing in rates):
            return result
    return None
