"""A table of contents (目录) in a report: its lines list the outline but are not part of it.

Long reports and 实施方案 exported from Word often open with one. Left in, its entries
(一、… 二、… 三、…) would be taken as the headings, and the real 一、 of the body, not
continuing after 三、, would be refused. Two forms are recognised:
- a 目录 block: a line "目录" / "目　　录" / "目次" (any spacing inside), in the front
  matter, then the entries; the body starts where the first entry's heading appears again
  (so a heading listed in both places is the body's);
- entry lines ending in a leader and a page number ("一、总体要求……1", "一、总体要求\\t1"),
  wherever they stand (a contents list without its label).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

# Both are linear wherever they are searched: a run of spaces or leader characters is
# entered only at its first character (a search from every position of a long run, each
# reading it to its end, is quadratic).
_LABEL = re.compile(r"(?<![ \t\u3000])[ \t\u3000]*目[ \t\u3000]*[录錄次][ \t\u3000]*")
#: A leader (dots, ellipses, dashes, spaces) or a tab, then a page number, at the line end
_PAGE_TAIL = re.compile(
    r"(?:(?<![.…·．\-—_ \t\u3000])[.…·．\-—_ \t\u3000]{2,}|\t)[0-9０-９]{1,4}[ \t\u3000]*$")
_LEADER_OR_SPACE = str.maketrans("", "", ".…·．\t \u3000")
#: How far after the label the body's first heading is looked for
MAX_ENTRY_LINES = 400
DIGITS = frozenset("0123456789０１２３４５６７８９")


def is_entry(clause: str) -> bool:
    """A heading clause ending in a leader and a page number: a contents entry."""
    return clause[-1:] in DIGITS and _PAGE_TAIL.search(clause) is not None


def is_label(line: str) -> bool:
    """"目录", "目  录", "目次" alone on a line."""
    return _LABEL.fullmatch(line) is not None


def _key(line: str) -> str:
    return _PAGE_TAIL.sub("", line).translate(_LEADER_OR_SPACE)


#: How many front-matter lines (issuer, dates, notes) may stand before the 目录 label
MAX_FRONT_LINES = 12
#: A line opening with a heading marker: the body has begun, no 目录 label follows
#: (entered only where a run of spaces or numerals starts: linear however it is searched)
_NUMBERED = re.compile(r"(?<![ \t\u3000])[ \t\u3000]*(?:第[零〇一二三四五六七八九十百]+[章节条部编篇]"
                       r"|(?<![一二三四五六七八九十])[一二三四五六七八九十]+、)")


def contents_end(text: str, start: int) -> int:
    """Where the body begins when a 目录 block stands in the front matter after `start`
    (within MAX_FRONT_LINES lines, before any numbered heading), else `start`."""
    lines = _lines(text, start)
    label = next(lines, None)
    for _ in range(MAX_FRONT_LINES):
        if label is None or is_label(label[1]) or _NUMBERED.match(label[1]):
            break
        label = next(lines, None)
    if label is None or not is_label(label[1]):
        return start
    after_label = label[2]
    first = next(lines, None)
    if first is None:
        return after_label
    entry = _key(first[1])
    for count, (line_start, line, _) in enumerate(lines):
        if count >= MAX_ENTRY_LINES:
            break
        key = _key(line)
        if key == entry or (key.startswith(entry) and key[len(entry):len(entry) + 1] in "。：:"):
            return line_start
    return after_label  # entries without page numbers: only the label is dropped


def _lines(text: str, pos: int) -> Iterator[tuple[int, str, int]]:
    """(start, line, next line's start) of every non-blank line from `pos` on."""
    size = len(text)
    while pos < size:
        end = text.find("\n", pos)
        end = size if end < 0 else end
        line = text[pos:end]
        if line.strip():
            yield pos, line, end + 1
        pos = end + 1
