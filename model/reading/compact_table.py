"""Word tables kept as one string of sorted words plus a number array, not a dict.

A dict of jieba's 350,000 dictionary words with their prefixes is ~69 MB and one of the
270,000 IDF values ~35 MB; the same words in one string (2 bytes a character), their
starts in an array('I') and the values in an array are ~5 MB each. Look-ups bisect the
sorted words (~20 string comparisons): slower than a dict, so this is for tables read
rarely — the runs jieba still cuts (model.reading.fast_cut), the keywords' weights.

`PrefixTable` answers exactly as jieba's FREQ from `gen_pfdict` does: a word's frequency,
0 for a prefix of a word, absent otherwise; words set later (`add_word`) go into a small
dict in front. `SortedTable` maps words to floats (the IDF table).
"""
from __future__ import annotations

import bisect
import io
from array import array
from collections.abc import Callable, Iterator, MutableMapping
from typing import Any, Generic, TypeVar, overload

V = TypeVar("V", int, float)
#: How many looked-up fragments a PrefixTable remembers.
SEEN_LIMIT = 50_000


#: Indices sorted per call in sorted_in_runs (a sort of ~10,000 words: ~3 ms; a merge step
#: sorts at most twice that).
RUN = 10_000


def sorted_in_runs(count: int, key: Callable[[int], Any], run: int = RUN) -> list[int]:
    """range(count) sorted by `key`, stably, as `sorted` would — but in calls of about
    `run` items, never one C call over everything (sorting the IDF table's 350,000 words
    in one go held the GIL for 100–250 ms: a pause of the window while the background
    analysis loads it; so did merging two halves of 175,000 in one call, 50 ms)."""
    runs = [sorted(range(lo, min(lo + run, count)), key=key) for lo in range(0, count, run)]
    while len(runs) > 1:  # pairwise, each merge in pieces of about `run` items
        runs = [merged(runs[i], runs[i + 1], key, run) if i + 1 < len(runs) else runs[i]
                for i in range(0, len(runs), 2)]
    return runs[0] if runs else []


def merged(a: list[int], b: list[int], key: Callable[[int], Any], run: int = RUN
           ) -> list[int]:
    """Sorted runs `a` then `b` merged stably (a's items first among equal keys), as
    `sorted(a + b, key=key)` would — but no call merges more than about `run` items (the
    last merge of the IDF table's runs was one call over 350,000: 90–160 ms holding the
    GIL on a loaded machine, a pause of the window). Each step takes a prefix of the
    merged order: the items of both runs with a key below a bound taken from one run."""
    half = max(1, run // 2)
    out: list[int] = []
    i = j = 0
    while len(a) - i > half or len(b) - j > half:
        if len(a) - i > half:  # bound: the key half a run ahead in a
            bound = key(a[i + half])
            b_end = bisect.bisect_left(b, bound, j, key=key)
            if b_end - j <= half:
                a_end = bisect.bisect_left(a, bound, i, i + half, key=key)
                if a_end == i and b_end == j:  # a[i:i + half] all equal the bound
                    a_end = i + half
                out.extend(sorted(a[i:a_end] + b[j:b_end], key=key))
                i, j = a_end, b_end
                continue
        # bound: the key half a run ahead in b (a's items equal to it go first)
        bound = key(b[j + half])
        a_end = bisect.bisect_right(a, bound, i, key=key)
        b_end = bisect.bisect_left(b, bound, j, j + half, key=key)
        if a_end == i and b_end == j:  # b[j:j + half] all equal the bound
            b_end = j + half
        out.extend(sorted(a[i:a_end] + b[j:b_end], key=key))
        i, j = a_end, b_end
    out.extend(sorted(a[i:] + b[j:], key=key))
    return out


class SortedTable(Generic[V]):
    """Read-only word → number look-ups over sorted words."""

    def __init__(self, text: str, starts: array[Any], values: array[Any]) -> None:
        """Word i is text[starts[i]:starts[i + 1]], the words sorted without repeats;
        `values[i]` belongs to word i."""
        self._text = text
        self._starts = starts
        self._values = values
        self._count = len(values)

    @classmethod
    def of_pairs(cls, words: list[bytes], values: array[Any],
                 pause: Callable[[], None] | None = None) -> SortedTable[V]:
        """From UTF-8 `words` and their `values` in file order; a repeated word keeps its
        last value, as a dict filled line by line would. Built from bytes (half the
        memory of str objects; UTF-8 sorts in code-point order) and an index sort, so
        the transient peak stays small. `pause`, when given, is called every 30,000
        words (a worker thread lets the UI run)."""
        order = sorted_in_runs(len(words), words.__getitem__)  # stable: file order
        text = io.StringIO()
        starts = array("I", [0])
        kept: array[Any] = array(values.typecode)
        previous, position = None, 0
        for number, i in enumerate(order, 1):
            word = words[i]
            if word == previous:
                kept[-1] = values[i]
                continue
            decoded = word.decode("utf-8")
            text.write(decoded)
            position += len(decoded)
            starts.append(position)
            kept.append(values[i])
            previous = word
            if pause is not None and number % 30_000 == 0:
                pause()
        return cls(text.getvalue(), starts, kept)

    @classmethod
    def of_lines(cls, text: str, typecode: str, parse: Callable[[str], V],
                 pause: Callable[[], None] | None = None) -> SortedTable[V]:
        """From the "word value" lines of `text` (split at "\\n" only); a line without a
        value is skipped."""
        words: list[bytes] = []
        values: array[Any] = array(typecode)
        for line in io.StringIO(text, newline="\n"):
            word, _, value = line[:-1].partition(" ") if line.endswith("\n") else \
                line.partition(" ")
            if value:
                values.append(parse(value))
                words.append(word.encode("utf-8", "surrogatepass"))
        return cls.of_pairs(words, values, pause)

    def __len__(self) -> int:
        return self._count

    def word(self, index: int) -> str:
        starts = self._starts
        return self._text[starts[index]:starts[index + 1]]

    def index(self, word: str) -> int:
        """Where `word` is or would be inserted in the sorted words."""
        return bisect.bisect_left(range(self._count), word, key=self.word)

    @overload
    def get(self, word: str) -> V | None: ...

    @overload
    def get(self, word: str, default: V) -> V: ...

    def get(self, word: str, default: V | None = None) -> V | None:
        i = self.index(word)
        if i < self._count and self.word(i) == word:
            value: V = self._values[i]
            return value
        return default

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def values(self) -> array[Any]:
        return self._values

    def __iter__(self) -> Iterator[str]:
        return (self.word(i) for i in range(self._count))


class PrefixTable(MutableMapping[str, int]):
    """jieba's FREQ (word → frequency, every prefix of a word → 0) over a SortedTable of
    the dictionary's words, with the words added later in a dict in front."""

    def __init__(self, words: SortedTable[int]) -> None:
        self._words = words
        self._added: dict[str, int] = {}
        #: answers already looked up (the same dates and codes recur): a bisect costs ~20
        #: calls, a dict hit one; cleared when full, so it stays small
        self._seen: dict[str, int | None] = {}

    @classmethod
    def of_dictionary(cls, data: bytes) -> tuple[PrefixTable, int]:
        """(table, total) from a jieba dictionary file's bytes, as `gen_pfdict` reads it:
        each line stripped, "word freq [tag]"; a malformed line raises ValueError."""
        words: list[bytes] = []
        freqs: array[Any] = array("q")
        total = 0
        for number, raw in enumerate(io.BytesIO(data), 1):
            line = raw.strip().decode("utf-8")
            parts = line.split(" ")[:2]
            if len(parts) != 2:
                raise ValueError(f"invalid dictionary entry at Line {number}: {line}")
            freq = int(parts[1])
            total += freq
            freqs.append(freq)
            words.append(parts[0].encode("utf-8"))
        return cls(SortedTable.of_pairs(words, freqs)), total

    def _lookup(self, frag: str) -> int | None:
        added = self._added.get(frag)
        if added is not None or not frag:  # "" is no entry, though a prefix of all
            return added
        seen = self._seen
        if frag in seen:
            return seen[frag]
        words = self._words
        i = words.index(frag)
        value: int | None = None
        if i < len(words):
            found = words.word(i)
            if found == frag:
                value = words.values()[i]
            elif found.startswith(frag):
                value = 0
        if len(seen) >= SEEN_LIMIT:
            seen.clear()
        seen[frag] = value
        return value

    def __contains__(self, frag: object) -> bool:
        return isinstance(frag, str) and self._lookup(frag) is not None

    def __getitem__(self, frag: str) -> int:
        value = self._lookup(frag)
        if value is None:
            raise KeyError(frag)
        return value

    def get(self, frag: str, default: int | None = None) -> int | None:  # type: ignore[override]
        value = self._lookup(frag)
        return default if value is None else value

    def __setitem__(self, frag: str, value: int) -> None:
        self._added[frag] = value
        self._seen.pop(frag, None)

    def __delitem__(self, frag: str) -> None:
        raise TypeError("a PrefixTable's entries cannot be removed")

    def __iter__(self) -> Iterator[str]:
        raise TypeError("a PrefixTable lists no prefixes")

    def __len__(self) -> int:
        return len(self._words) + len(self._added)
