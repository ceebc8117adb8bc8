"""Where a report's body lies: after its title and table of contents (目录), before its
closing block (closing formula, signature, date, page number) and attachment list. Only the
body is searched for the outline."""
from __future__ import annotations

import re

from model.outline import rules
from model.outline.contents import contents_end, is_label

#: a title names the kind of document it heads (2026年某省政府工作报告, 某局2024年工作总结,
#: …政府工作报告（节选）)
_NAMES_A_DOCUMENT = re.compile(
    r"(?:报告|总结|汇报|讲话|方案|意见|规划|计划|要点|通知|决定|条例|办法|规定|细则|纲要)"
    r"(?:[（(][^（()）]{1,8}[）)])?$")
#: a web page's control above the text: a word or two (下载, 打印, 【字号：, 加大, 】)
_CONTROL_CHARS = 4
_CONTROL_MARKS = " \t\u3000\xa0【】[]（）()：:|/"
#: how many such lines may stand above the title
_MAX_CONTROLS = 20


def body_bounds(text: str, hints: dict[int, int]) -> tuple[str | None, int, int]:
    """(document title, body start, body end). `hints`: the report's heading hints."""
    title, start = document_title(text, hints)
    if title is not None and is_label(title):
        title, start = None, 0  # the text opens with its 目录
    return title, contents_end(text, start), body_end(text)


def document_title(text: str, hints: dict[int, int]) -> tuple[str | None, int]:
    """The title (a Title-style hint, else a short first line) and where the body starts."""
    if 0 in hints.values():
        line = min(n for n, level in hints.items() if level == 0)
        lines = text.split("\n", line)
        if line <= len(lines):
            title = lines[line - 1].strip(" \t\u3000\xa0#*")
            return (title or None), 0
    pos = 0
    while pos < len(text) and text[pos] in "\n \t\u3000\xa0":
        pos += 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    first = text[pos:end]
    level = hints.get(text.count("\n", 0, pos) + 1)
    if level is not None and _only_top_heading(hints, level):
        # a Markdown file opening with its one "# …": the title, the "##" below are parts
        return first.strip(" \t\u3000\xa0#*") or None, min(end + 1, len(text))
    if level or not rules.is_title_line(first):
        return None, 0
    if _is_control(first):
        below = _title_below_controls(text, end)
        if below is not None:
            return below
    return first.strip(" \t\u3000\xa0#*"), min(end + 1, len(text))


def _is_control(line: str) -> bool:
    """A web page's control saved with the text (下载, 打印, 【字号：): a word or two that
    names an action, not the document."""
    s = line.strip(_CONTROL_MARKS)
    return len(s) <= _CONTROL_CHARS and not _NAMES_A_DOCUMENT.search(s)


def _title_below_controls(text: str, first_end: int) -> tuple[str, int] | None:
    """A report saved from a web page keeps the page's controls above its title: the title
    is the first line below a run of them that names the document's kind (…报告). None when
    the run ends on anything else (then the first line stays the title)."""
    pos = first_end + 1
    for _ in range(_MAX_CONTROLS):
        if pos >= len(text):
            return None
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        s = text[pos:end].strip(" \t\u3000\xa0#*")
        if s and not _is_control(s):
            if rules.is_title_line(s) and _NAMES_A_DOCUMENT.search(s):
                return s, min(end + 1, len(text))
            return None
        pos = end + 1
    return None


def body_end(text: str) -> int:
    """Start of the closing block (closing formula, signature, date) or attachment list."""
    end = len(text)
    pos = len(text)
    while pos >= 0:
        start = text.rfind("\n", 0, pos) + 1
        if not rules.is_closing_line(text[start:pos]):
            break
        end = start
        pos = start - 1
    return min(end, attachment_start(text))


def attachment_start(text: str) -> int:
    """Start of an attachment label line (附件：…) after the first lines, else len(text)."""
    pos = text.find("附件")
    while pos >= 0:
        start = text.rfind("\n", 0, pos) + 1
        if (text[start:pos].strip(" \t\u3000\xa0") == "" and start > 0
                and text.count("\n", 0, start) >= 3 and rules.ATTACHMENT.match(text, pos)):
            return start
        pos = text.find("附件", pos + 1)
    return len(text)


def _only_top_heading(hints: dict[int, int], level: int) -> bool:
    """True when `level` is the top level of the hints and no other line has it."""
    return level == min(hints.values()) and sum(1 for v in hints.values() if v == level) == 1
