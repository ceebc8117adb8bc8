"""Short names of policies (两新, 两重, 三农, 双碳 …) and their long forms.

公文 name a policy by a numbered or coined short name as often as by its long form, and a
later report often uses the other one (推动大规模设备更新和消费品以旧换新 ↔ "两新"工作创造性
开展). So a commitment and a sentence share a policy when each names it in either form:
the short name itself, or every part of the long form (the parts are written apart, so each
is looked for on its own). The common short names are listed in
resources/dict/abbreviations.txt; a report also defines its own (……（以下简称“两区”）), and
those count for the pair being compared. A part of a defined long form is its head, the
last four characters (大规模设备更新 → 设备更新): Chinese compounds are head-final, and the
modifier (大规模, 消费品) is the part a later mention drops.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from model.reading.segmenter import RESOURCES

ABBREVIATIONS_PATH = RESOURCES / "abbreviations.txt"
#: ……（以下简称“两新”）: the phrase before the parenthesis and the short name
_DEFINED = re.compile(r"([\u4e00-\u9fff、]{4,40})[（(]以下简称[“\"‘「]?([\u4e00-\u9fff\w]{1,10})"
                      r"[”\"’」]?[）)]")
#: a task verb a defined phrase starts with (推动大规模设备更新…): not part of the name
_VERB = re.compile(r"^(?:推动|推进|实施|加快|开展|支持|落实|深化|扎实|持续|大力|加力|全面|统筹|"
                   r"积极|着力|抓好|做好|坚持)+")
_JOIN = re.compile(r"[和与及、]")
HEAD = 4


@dataclass(frozen=True)
class Abbreviation:
    short: str
    parts: tuple[str, ...]

    def occurrences(self, text: str) -> list[tuple[int, int, str]]:
        """Where the short name, or else each part, is in `text`."""
        words = [self.short] if self.short in text else list(self.parts)
        found = []
        for w in words:
            at = text.find(w)
            while at >= 0:
                found.append((at, at + len(w), w))
                at = text.find(w, at + len(w))
        return found


def load(path: Path = ABBREVIATIONS_PATH) -> tuple[Abbreviation, ...]:
    """The table's rows; none when the table is missing (a comparison without it still
    works, it only misses the short names)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return ()
    rows = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        short, _, parts = line.partition("\t")
        split = tuple(p.strip() for p in parts.split("+") if p.strip())
        if short.strip() and split:
            rows.append(Abbreviation(short.strip(), split))
    return tuple(rows)


def defined(text: str) -> list[Abbreviation]:
    """The short names `text` defines for itself (……（以下简称“…”））."""
    found = []
    for m in _DEFINED.finditer(text):
        phrase = _VERB.sub("", m.group(1))
        parts = tuple(p[-HEAD:] for p in _JOIN.split(phrase) if len(p) >= 2)
        if parts:
            found.append(Abbreviation(m.group(2), parts))
    return found


#: a program named in quotes by its count (“七大攻坚”, “五大工程”, “十大技术攻关项目”); also
#: what makes a plan sentence that restates the keynote a task set (model.compare.commitments)
NUMBERED = re.compile(r"[“\"]([一二三四五六七八九十两]{1,3}[大个项条][\u4e00-\u9fff]{1,6})[”\"]")


def numbered(text: str) -> list[Abbreviation]:
    """The programs `text` names by their count in quotes (“七大攻坚”): a name of its own,
    with no long form the table knows, that a later report repeats when it reports on it."""
    return [Abbreviation(name, (name,)) for name in dict.fromkeys(NUMBERED.findall(text))]


#: a short name in quotes (“五星三名”校, “清廉学校”, “北斗科技班”): what a unit calls a
#: program, a title or a brand of its own
QUOTED = re.compile(r"[“\"]([\u4e00-\u9fff]{3,6})[”\"]")


def quoted(text: str) -> list[Abbreviation]:
    """The names `text` puts in quotes: a unit's own name for a program or a title (学校
    创建为市“五星三名”校), which its later report repeats, quoted or not, when it reports
    on it (在学校获评市“五星三名”校基础上), as a report repeats a policy's short name."""
    return [Abbreviation(name, (name,)) for name in dict.fromkeys(QUOTED.findall(text))]


def named(text: str, abbreviations: Iterable[Abbreviation]) -> frozenset[str]:
    """The short names of the policies `text` names, in either form (one text; a comparison
    keeps a NameIndex)."""
    return NameIndex(abbreviations).named(text)


class NameIndex:
    """`named` for many texts against many names: a report's own quoted names add hundreds
    to the table, and looking for each in each sentence was a tenth of a comparison's time.
    The text is read once instead, each position against the names beginning with its
    character; only the policies one of whose names was found are then checked."""

    def __init__(self, abbreviations: Iterable[Abbreviation]) -> None:
        abbreviations = tuple(abbreviations)
        starting: dict[str, set[str]] = {}
        self._using: dict[str, list[Abbreviation]] = {}
        #: a policy with an empty short name or no parts is named in every text ("" is in
        #: every text, and so are all of no parts)
        self._always = [a for a in abbreviations if not a.short or not a.parts]
        for a in abbreviations:
            for name in {a.short, *a.parts} - {""}:
                starting.setdefault(name[0], set()).add(name)
                self._using.setdefault(name, []).append(a)
        self._starting = {c: tuple(names) for c, names in starting.items()}

    def named(self, text: str) -> frozenset[str]:
        """The short names of the policies `text` names, in either form: the short name, or
        every part of the long form."""
        found = {""}
        starting = self._starting.get
        for at, char in enumerate(text):
            for name in starting(char, ()):
                if text.startswith(name, at):
                    found.add(name)
        candidates = {id(a): a for name in found for a in self._using.get(name, ())}
        candidates.update((id(a), a) for a in self._always)
        return frozenset(a.short for a in candidates.values()
                         if a.short in found or all(p in found for p in a.parts))
