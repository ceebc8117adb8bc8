"""Where a report's body lies: after its title and table of contents (目录), before its
closing block (closing formula, signature, date, page number) and attachment list. Only the
body is searched for the outline."""
from __future__ import annotations

from model.outline import rules
from model.outline.contents import contents_end, is_label


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
    return first.strip(" \t\u3000\xa0#*"), min(end + 1, len(text))


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
