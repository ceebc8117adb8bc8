"""Keywords per section and per document: TF-IDF over jieba tokens, weighed against
official documents.

IDF comes from jieba's own analyse/idf.txt (read directly: importing jieba.analyse costs
0.34 s and loads the POS tagger we don't need); it says what is rare in Chinese at large,
not what is rare in 公文. So each word is also weighed by how many official documents use it
(resources/dict/official_df.txt, built from the real reports of tests/data by
tools/build_reference_frequencies.py): a word used by a quarter of them or more (建设, 发展,
推进, 经济 …) is the common vocabulary of every report and is dropped; a rarer one is
scaled by its specificity log((N+1)/(df+1)) / log(N+1) (加快 in 9 of 49 reports: 0.41; a
word in none: 1). Boilerplate the documents do not show enough of (加强, 切实 …) is dropped
through resources/dict/stopwords.txt; compounds stay whole (高质量发展, 作风建设 are user
words).
"""
from __future__ import annotations

import bisect
import heapq
import math
import os
import re
from array import array
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from itertools import islice
from pathlib import Path

from model.outline.tree import Outline
from model.reading.compact_table import SortedTable
from model.reading.jieba_import import jieba_dir
from model.reading.segmenter import RESOURCES, Segmenter

IDF_PATH = jieba_dir() / "analyse" / "idf.txt"
STOPWORDS_PATH = RESOURCES / "stopwords.txt"
REFERENCE_PATH = RESOURCES / "official_df.txt"
#: Keywords shown for the whole report and for each section.
DOCUMENT_TOP_K = 20
SECTION_TOP_K = 8
_WORDY = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9][\u4e00-\u9fffA-Za-z0-9+\-]*$")
#: blanked names (XX县, **公司, ＸＸ): pure placeholder letters or stars
_PLACEHOLDER = re.compile(r"^[XxＸｘ×*＊]+$")
#: a count's tail left by jieba after the number: 210余家 → 余家, 3亿只 → 亿只
_COUNT = re.compile(r"^[余多几万亿千百]+[个家人次项名件场户只台套吨元亩座篇条处批]+$")
#: A word in at least this share of the reference documents is common vocabulary.
COMMON_SHARE = 0.25
#: Function characters (particles, conjunctions, prepositions, the copula) that never head
#: a name: 党的二十大 and 工业和信息化厅 come cut 的|二十大 and 和|信息化 wherever they are
#: written, and joined they made the keywords 的二十大 and 和信息化.
FUNCTION_HEADS = frozenset("的地得之和与及或并而在于对把被将从向以为是了着过")
#: … unless it heads a place's name jieba cut apart: 和|兴村, 对|江村 (a name jieba does
#: not know, its first character also a function word). The rest is two characters, ends
#: in an administrative unit and is no word of jieba's (兴村, 义镇; not 全县, 该区, 江村),
#: nor a count or a pointer (两县, 每村, 此县: 和两县 is 和 + 两县).
PLACE_UNITS = frozenset("省市县区镇乡村旗盟州")
NOT_A_NAME_HEAD = frozenset("一二两三四五六七八九十百千几多每各全该本此这那某其另邻外")


class Idf:
    """Inverse document frequencies and the stop list; load once and reuse."""

    def __init__(self, idf: Mapping[str, float] | SortedTable[float],
                 stopwords: frozenset[str],
                 reference: dict[str, int] | None = None, documents: int = 0,
                 pause: Callable[[], None] | None = None) -> None:
        self.idf = idf
        self.stopwords = stopwords
        self.median = _median(list(idf.values()), pause)
        #: word -> in how many of `documents` official documents it occurs
        self.reference = reference or {}
        self.documents = documents

    def specificity(self, word: str) -> float:
        """1 for a word no reference document uses, down to 0 for one all of them use."""
        df = self.reference.get(word, 0)
        if not df or self.documents <= 0:
            return 1.0
        return max(0.0, math.log((self.documents + 1) / (df + 1))
                   / math.log(self.documents + 1))

    def common(self, word: str) -> bool:
        """Whether `word` is the common vocabulary of official documents (建设, 发展)."""
        return self.documents > 0 and self.reference.get(word, 0) >= COMMON_SHARE * self.documents

    @classmethod
    def load(cls, idf_path: str | os.PathLike[str] = IDF_PATH,
             stopwords_path: str | os.PathLike[str] = STOPWORDS_PATH,
             pause: Callable[[], None] | None = None,
             reference_path: str | os.PathLike[str] = REFERENCE_PATH) -> Idf:
        """Read the IDF table, the stop list and the reference frequencies (none when that
        file is missing). The file is read in one go (line-by-line reads release the GIL so
        often that a UI thread waiting for it starves); a worker thread passes `pause` (e.g.
        a short sleep), called every 30,000 lines."""
        idf = SortedTable.of_lines(Path(idf_path).read_text(encoding="utf-8"), "d", float,
                                   pause)
        words = Path(stopwords_path).read_text(encoding="utf-8").splitlines()
        reference, documents = read_reference(reference_path)
        return cls(idf, frozenset(w.strip() for w in words if w.strip() and not w.startswith("#")),
                   reference, documents, pause)

    def knows(self, word: str) -> bool:
        """Whether `word` is one word of jieba's vocabulary (its IDF table)."""
        return word in self.idf

    def wanted(self, word: str) -> bool:
        """A candidate keyword: two or more letters, Han characters or digits (5G), not
        only digits, not a placeholder (XX), not a count's tail (余家), not a stop word, not
        the common vocabulary of official documents."""
        return (len(word) >= 2 and word not in self.stopwords and bool(_WORDY.match(word))
                and not self.common(word)
                and not word.isdigit() and not _PLACEHOLDER.match(word)
                and not _COUNT.match(word))

    def top(self, words: Sequence[str], top_k: int,
            counts: Counter[str] | None = None) -> list[tuple[str, float]]:
        """The `top_k` words by TF-IDF (term share × idf × specificity), ties by first
        occurrence.

        Counted in C (Counter keeps first-occurrence order, and the sort is stable), then
        filtered once per distinct word: a 5 MB report has ~1M tokens but ~20k words.
        `counts`, when given, is Counter(words) made already."""
        wanted = self.wanted
        counted = Counter(words) if counts is None else counts
        kept = [(w, n) for w, n in counted.items() if wanted(w)]
        total = sum(n for _w, n in kept)
        if not total:
            return []
        idf, median, specificity = self.idf, self.median, self.specificity
        scored = [(w, n / total * idf.get(w, median) * specificity(w)) for w, n in kept]
        scored.sort(key=lambda item: -item[1])
        return [(w, round(score, 4)) for w, score in scored[:top_k]]


def whole_words(words: Sequence[str], starts: Sequence[int], *, reuse: bool = False,
                knows: Callable[[str], bool] | None = None
                ) -> tuple[list[str], Sequence[int]] | None:
    """The tokens with a name jieba cut apart joined again, or None when there is none.

    jieba cuts a name it does not know at a word it does: 青山镇 becomes 青|山镇, and 山镇 —
    a word of no report — would be a keyword. A one-character token that stands, every time
    or nearly (two in three), right before the same longer token, twice or more, is part of
    one word with it (青山镇); the keyword is that word, never the fragment. A function
    character (的, 和, 为 …: FUNCTION_HEADS) heads no name and is not joined (的二十大,
    和信息化), unless `knows` (jieba's vocabulary: Idf.knows) says the joined word is one
    word or it heads a place's name (function_headed_name: 和|兴村).

    Starts given as an array come back as an array of the same type: a 5 MB report has ~1M
    tokens, and a list of their offsets as Python ints was ~45 MB of the analysis's peak.
    `reuse`: `words` is a list its caller no longer needs; it is joined in place (no second
    list of ~1M entries) and returned."""
    pairs: Counter[tuple[str, str]] = Counter(
        (a, b) for a, b, sa, sb in zip(words, islice(words, 1, None), starts,
                                       islice(starts, 1, None))
        if len(a) == 1 and len(b) >= 2 and sb == sa + 1 and "\u4e00" <= a <= "\u9fff"
        and (a not in FUNCTION_HEADS
             or knows is not None and function_headed_name(a, b, knows)))
    if not pairs:
        return None
    occurrences = Counter(words)
    joined = {pair for pair, n in pairs.items()
              if n >= 2 and n * 3 >= occurrences[pair[1]] * 2}
    if not joined:
        return None
    out_words: list[str] = words if reuse and isinstance(words, list) else [""] * len(words)
    out_starts: array[int] | list[int] = (array(starts.typecode) if isinstance(starts, array)
                                          else [])
    i, kept, last = 0, 0, len(words) - 1
    while i <= last:  # kept <= i: a word is read before its place is written
        if i < last and (words[i], words[i + 1]) in joined and starts[i + 1] == starts[i] + 1:
            out_words[kept] = words[i] + words[i + 1]
            out_starts.append(starts[i])
            i += 2
        else:
            out_words[kept] = words[i]
            out_starts.append(starts[i])
            i += 1
        kept += 1
    del out_words[kept:]
    return out_words, out_starts


def function_headed_name(head: str, rest: str, knows: Callable[[str], bool]) -> bool:
    """Whether a function character and the token after it are one name: a word jieba
    knows whole (joined as it is in its dictionary), or a place jieba does not know
    (PLACE_UNITS: 和|兴村, 对|义镇), never a word of its own after a preposition (在|全县)."""
    if knows(head + rest):
        return True
    return (len(rest) == 2 and rest[-1] in PLACE_UNITS and rest[0] not in NOT_A_NAME_HEAD
            and rest[0] not in PLACE_UNITS and not knows(rest))


def read_reference(path: str | os.PathLike[str] = REFERENCE_PATH) -> tuple[dict[str, int], int]:
    """(word -> documents using it, number of documents) of a reference list; empty when
    the file is missing or has no `# documents N` line."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}, 0
    documents = 0
    reference: dict[str, int] = {}
    for line in lines:
        if line.startswith("# documents "):
            documents = int(line.split()[-1]) if line.split()[-1].isdigit() else 0
        elif not line.startswith("#"):
            word, _, count = line.partition("\t")
            if count.isdigit():
                reference[word] = int(count)
    return reference, documents


def document_keywords(text: str, segmenter: Segmenter, top_k: int = DOCUMENT_TOP_K,
                      idf: Idf | None = None) -> list[tuple[str, float]]:
    """The report's keywords, best first."""
    tokens = segmenter.tokenize(text)
    words = [t.word for t in tokens]
    idf = idf or Idf.load()
    joined = whole_words(words, [t.start for t in tokens], knows=idf.knows)
    return document_keywords_of(words if joined is None else joined[0], idf, top_k)


def section_keywords(text: str, outline: Outline, segmenter: Segmenter,
                     top_k: int = SECTION_TOP_K, idf: Idf | None = None
                     ) -> dict[int, list[tuple[str, float]]]:
    """Keywords of every outline section (its whole span, subsections included), keyed by
    the node's `start`. The text is segmented once."""
    tokens = segmenter.tokenize(text)
    words = [t.word for t in tokens]
    starts: Sequence[int] = [t.start for t in tokens]
    idf = idf or Idf.load()
    joined = whole_words(words, starts, knows=idf.knows)
    if joined is not None:
        words, starts = joined
    return section_keywords_of(words, starts, outline, idf, top_k)


def document_keywords_of(words: Sequence[str], idf: Idf, top_k: int = DOCUMENT_TOP_K,
                         counts: Counter[str] | None = None) -> list[tuple[str, float]]:
    """`document_keywords` of a text segmented already: its tokens' words, in order
    (model.reading.analysis), and Counter(words) if it was made already."""
    return idf.top(words, top_k, counts)


def section_keywords_of(words: Sequence[str], starts: Sequence[int], outline: Outline,
                        idf: Idf, top_k: int = SECTION_TOP_K
                        ) -> dict[int, list[tuple[str, float]]]:
    """`section_keywords` of a text segmented already: its tokens' words and start offsets,
    in document order."""
    result: dict[int, list[tuple[str, float]]] = {}
    for node in outline.nodes():
        lo = bisect.bisect_left(starts, node.start)
        hi = bisect.bisect_left(starts, node.end)
        result[node.start] = idf.top(words[lo:hi], top_k)
    return result


#: _median sorts this many values per call when a worker passes a pause.
MEDIAN_RUN = 30_000


def _median(values: list[float], pause: Callable[[], None] | None) -> float:
    """The upper median (1.0 for none). With `pause` (a worker thread) the values are
    sorted in runs and merged in Python: one sort of the IDF table's 270,000 values held
    the GIL ~50 ms, a pause of the window."""
    if not values:
        return 1.0
    middle = len(values) // 2
    if pause is None or len(values) <= MEDIAN_RUN:
        return sorted(values)[middle]
    runs = []
    for low in range(0, len(values), MEDIAN_RUN):
        runs.append(sorted(values[low:low + MEDIAN_RUN]))
        pause()
    for number, value in enumerate(heapq.merge(*runs)):
        if number == middle:
            return value
    return 1.0
