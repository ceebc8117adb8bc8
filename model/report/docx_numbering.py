"""Word's automatic paragraph numbers ("一、", "（一）", "1.", "①"), rendered as Word shows them.

python-docx's paragraph.text leaves them out. A paragraph is numbered by w:numPr on itself
or on its paragraph style chain; word/numbering.xml maps w:num → w:abstractNum → w:lvl
(start, numFmt, lvlText, lvlRestart, suff), with w:lvlOverride/w:startOverride per w:num.
Counters run per abstract list in the order paragraphs are passed to DocxNumbering.label.
Anything odd in that XML gives no number for the paragraph, never an error; so does an
absurd one: a start value is clamped to MAX_NUMBER and a label longer than
MAX_LABEL_CHARS is not written (a w:start of 104,000,000 in letter format was a
4-million-letter label on every paragraph, 3 GB for a 33 KB file).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from model.report.ordinals import CIRCLED_FIRST, int_to_cn

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NUMBERING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
_PLACEHOLDER = re.compile(r"%([1-9])")
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_CHINESE_COUNTING = ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
                     "taiwaneseCountingThousand", "japaneseCounting")
#: Highest start value kept (Word's own "Start at" box stops there); larger ones are clamped.
MAX_NUMBER = 32767
#: Longest label written ("第九百九十九章", "1.2.3.4.5.6.7.8.9." are far shorter); a longer
#: one, or a w:lvlText that must render longer, gives no number.
MAX_LABEL_CHARS = 100
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


@dataclass(frozen=True)
class Level:
    """One w:lvl: what it starts at, how its number is written and when it restarts."""

    start: int
    fmt: str
    text: str | None
    restart: int | None  # w:lvlRestart: restart after this 1-based level; 0 = never
    suffix: str  # w:suff: tab (default), space or nothing
    legal: bool  # w:isLgl: every level written as decimal
    style: str | None  # w:pStyle: the paragraph style tied to this level


@dataclass(frozen=True)
class _Num:
    abstract: str
    starts: dict[int, int]  # w:lvlOverride/w:startOverride
    levels: dict[int, Level]  # w:lvlOverride/w:lvl


@dataclass(frozen=True)
class _StyleNum:
    num_id: str | None
    ilvl: int | None
    based_on: str | None


def format_number(value: int, fmt: str) -> str | None:
    """One counter written in a w:numFmt; None for bullets, "none" and unknown formats."""
    if value < 0:
        return None
    if fmt == "decimal":
        return str(value)
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(value).translate(_FULLWIDTH)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return chr(CIRCLED_FIRST + value - 1) if 1 <= value <= 20 else str(value)
    if fmt in _CHINESE_COUNTING:
        return "〇" if value == 0 else int_to_cn(value) if value < 1000 else None
    if fmt in ("lowerLetter", "upperLetter") and 0 < value <= 26 * MAX_LABEL_CHARS:
        letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        roman = _roman(value)
        return roman if fmt == "lowerRoman" else roman.upper()
    if fmt == "ideographTraditional" and 1 <= value <= 10:
        return _TIANGAN[value - 1]
    if fmt == "ideographZodiac" and 1 <= value <= 12:
        return _DIZHI[value - 1]
    return None


def _roman(value: int) -> str:
    out = ""
    for amount, letters in _ROMAN:
        count, value = divmod(value, amount)
        out += letters * count
    return out


class DocxNumbering:
    """Renders the automatic number of each body paragraph, in document order."""

    def __init__(self, document: Any) -> None:
        self._nums: dict[str, _Num] = {}
        self._abstracts: dict[str, dict[int, Level]] = {}
        self._links: dict[str, str] = {}  # abstractNumId → w:numStyleLink style id
        self._styles: dict[str, _StyleNum] = {}
        self._default_style: str | None = None
        self._counters: dict[str, dict[int, int]] = {}
        self._overridden: set[tuple[str, int]] = set()
        try:
            numbering = _numbering_element(document)
            if numbering is not None:
                self._read_numbering(numbering)
                self._read_styles(document.styles.element)
        except Exception:  # a damaged numbering or styles part: no numbers at all
            self._nums.clear()

    def label(self, p: Any) -> str:
        """The number Word shows before this w:p, with its separator ("一、", "1. "), or ""
        when it has none. Advances the counters: call once per paragraph, in order."""
        if not self._nums:
            return ""
        try:
            return self._label(p)
        except Exception:  # odd XML in one paragraph: no number for it
            return ""

    def _label(self, p: Any) -> str:
        found = self._resolve(p)
        if found is None:
            return ""
        num_id, ilvl = found
        num = self._nums[num_id]
        abstract = self._abstract_of(num)
        levels = {**self._abstracts.get(abstract, {}), **num.levels}
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self._counters.setdefault(abstract, {})
        if ilvl in num.starts and (num_id, ilvl) not in self._overridden:
            self._overridden.add((num_id, ilvl))
            counters[ilvl] = num.starts[ilvl]
        else:
            counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for lower in [k for k in counters if k > ilvl]:
            restart = levels[lower].restart if lower in levels else None
            if restart is None or (restart != 0 and ilvl < restart):
                del counters[lower]
        return _render(level, levels, counters)

    def _resolve(self, p: Any) -> tuple[str, int] | None:
        """(numId, ilvl) from the paragraph's own w:numPr, then its style chain."""
        ppr = p.find(_W + "pPr")
        style_id = _val(ppr.find(_W + "pStyle")) if ppr is not None else None
        num_pr = ppr.find(_W + "numPr") if ppr is not None else None
        num_id = _val(num_pr.find(_W + "numId")) if num_pr is not None else None
        ilvl = _int(_val(num_pr.find(_W + "ilvl"))) if num_pr is not None else None
        style_id = style_id or self._default_style
        owner = style_id
        seen = 0
        while style_id in self._styles and seen < 20 and (num_id is None or ilvl is None):
            style = self._styles[style_id]
            if num_id is None and style.num_id is not None:
                num_id, owner = style.num_id, style_id
            if ilvl is None:
                ilvl = style.ilvl
            style_id, seen = style.based_on, seen + 1
        if num_id is None or num_id not in self._nums:
            return None  # numId 0 (numbering switched off) is never a w:num
        if ilvl is None:
            ilvl = self._level_of_style(self._nums[num_id], owner)
        return (num_id, ilvl) if 0 <= ilvl <= 8 else None

    def _level_of_style(self, num: _Num, style_id: str | None) -> int:
        """A style numbered without w:ilvl takes the level whose w:pStyle names it, else 0."""
        levels = {**self._abstracts.get(self._abstract_of(num), {}), **num.levels}
        return next((k for k, lvl in sorted(levels.items()) if lvl.style == style_id), 0)

    def _abstract_of(self, num: _Num) -> str:
        """Follow w:numStyleLink (a list defined by a numbering style) to the real list."""
        abstract = num.abstract
        for _ in range(5):
            link = self._links.get(abstract)
            style = self._styles.get(link) if link is not None else None
            target = self._nums.get(style.num_id) if style and style.num_id else None
            if target is None or target.abstract == abstract:
                break
            abstract = target.abstract
        return abstract

    def _read_numbering(self, numbering: Any) -> None:
        for node in numbering.iterchildren(_W + "abstractNum"):
            abstract_id = node.get(_W + "abstractNumId")
            if abstract_id is None:
                continue
            self._abstracts[abstract_id] = _levels(node.iterchildren(_W + "lvl"))
            link = _val(node.find(_W + "numStyleLink"))
            if link is not None:
                self._links[abstract_id] = link
        for node in numbering.iterchildren(_W + "num"):
            num_id = node.get(_W + "numId")
            abstract_id = _val(node.find(_W + "abstractNumId"))
            if num_id is None or abstract_id is None or num_id == "0":
                continue
            starts: dict[int, int] = {}
            lvls = []
            for override in node.iterchildren(_W + "lvlOverride"):
                ilvl = _int(override.get(_W + "ilvl"))
                start = _int(_val(override.find(_W + "startOverride")))
                if ilvl is not None and start is not None:
                    starts[ilvl] = min(start, MAX_NUMBER)
                lvls.extend(override.iterchildren(_W + "lvl"))
            self._nums[num_id] = _Num(abstract_id, starts, _levels(lvls))

    def _read_styles(self, styles: Any) -> None:
        for node in styles.iterchildren(_W + "style"):
            style_id = node.get(_W + "styleId")
            kind = node.get(_W + "type", "paragraph")
            if style_id is None or kind not in ("paragraph", "numbering"):  # numStyleLink
                continue
            if kind == "paragraph" and node.get(_W + "default") in ("1", "true", "on"):
                self._default_style = style_id
            num_pr = node.find(f"{_W}pPr/{_W}numPr")
            num_id = _val(num_pr.find(_W + "numId")) if num_pr is not None else None
            ilvl = _int(_val(num_pr.find(_W + "ilvl"))) if num_pr is not None else None
            self._styles[style_id] = _StyleNum(num_id, ilvl, _val(node.find(_W + "basedOn")))


def _render(level: Level, levels: dict[int, Level], counters: dict[int, int]) -> str:
    """lvlText with each %N replaced by level N's counter, plus the separator; "" when
    that would pass MAX_LABEL_CHARS."""
    if level.text is None or level.fmt in ("bullet", "none"):
        return ""
    parts: list[str] = []
    pos = size = 0
    for m in _PLACEHOLDER.finditer(level.text):
        k = int(m.group(1)) - 1
        ref = levels.get(k)
        if ref is None:
            return ""
        fmt = "decimal" if level.legal and ref.fmt not in ("bullet", "none") else ref.fmt
        written = format_number(counters.get(k, ref.start), fmt)
        if written is None:
            return ""
        parts += [level.text[pos:m.start()], written]
        size += m.start() - pos + len(written)
        if size > MAX_LABEL_CHARS:
            return ""
        pos = m.end()
    label = "".join(parts) + level.text[pos:]
    if not label.strip() or len(label) > MAX_LABEL_CHARS:
        return ""
    if level.suffix == "space" or (level.suffix == "tab" and label[-1].isalnum()):
        return label + " "
    return label


def _levels(nodes: Any) -> dict[int, Level]:
    out: dict[int, Level] = {}
    for node in nodes:
        ilvl = _int(node.get(_W + "ilvl"))
        if ilvl is not None and 0 <= ilvl <= 8:
            out[ilvl] = _level(node)
    return out


def _level(node: Any) -> Level:
    start = _int(_val(node.find(_W + "start")))
    legal = node.find(_W + "isLgl")
    text = _val(node.find(_W + "lvlText"))
    return Level(
        start=1 if start is None else min(start, MAX_NUMBER),
        fmt=_val(node.find(_W + "numFmt")) or "decimal",
        # each placeholder (2 characters) writes at least one: longer ones render too long
        text=text if text is None or len(text) <= 2 * MAX_LABEL_CHARS else None,
        restart=_int(_val(node.find(_W + "lvlRestart"))),
        suffix=_val(node.find(_W + "suff")) or "tab",
        legal=legal is not None and _val(legal, "1") not in ("0", "false", "off"),
        style=_val(node.find(_W + "pStyle")),
    )


def _numbering_element(document: Any) -> Any:
    """word/numbering.xml's root, or None (python-docx's numbering_part would create one)."""
    for rel in document.part.rels.values():
        if rel.reltype == _NUMBERING_REL and not rel.is_external:
            return getattr(rel.target_part, "element", None)
    return None


def _val(node: Any, default: str | None = None) -> str | None:
    if node is None:
        return None
    value = node.get(_W + "val")
    return default if value is None else value


def _int(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        return None
