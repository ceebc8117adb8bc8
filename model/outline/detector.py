"""Detect a report's outline: numbered headings, lead sentences and run-in enumerations.

Pipeline (see model/outline/rules.py for the line rules, model/outline/items.py for 一是…):
1. the document title, a table of contents (目录) and the closing block (closing formula,
   signature, date, attachment list) are found at the two ends of the text; only the body
   between them is searched (model/outline/bounds.py);
2. one regex pass yields every candidate line; numbered candidates become headings when
   they continue the sequence of their style (二、 after 一、) or open a new level with the
   first value (（一）, 1.). Depth is the nesting order of the styles, not their nominal
   level; Word/Markdown heading hints make a line a heading whatever its numbering;
3. paragraphs opening with a short sentence become "lead" nodes when several siblings do;
   lines of one dash-led sentence head the leads after them (model/outline/groups.py);
4. a review's closing paragraphs (上述成绩的取得…, 在看到成绩的同时…) close its part, not its
   last item (model/outline/part_close.py);
5. run-in enumerations become "item" nodes under the innermost section.
"""
from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from itertools import accumulate, repeat

from model.outline import contents, groups, leads, part_close, rules
from model.outline.bounds import body_bounds
from model.outline.items import Segments, attach_items
from model.outline.scan_state import START, LineCounter, Open, ScanState
from model.outline.tree import Outline, OutlineNode
from model.report.loading import Report
from model.report.readers import markdown_hints

_CN_NUMERALS = rules.CN_NUMERAL_CHARS


def detect_outline(report: Report) -> Outline:
    """The outline of a report (never raises on odd text; an unstructured text gives []).

    The cyclic garbage collector is paused meanwhile: a big report yields tens of thousands
    of nodes and matches, all alive until the end, and the collector would otherwise walk
    them again and again (a third of the run time on a 5 MB report)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return _detect(report)
    finally:
        if paused:
            gc.enable()


def _detect(report: Report) -> Outline:
    text = report.text
    hints = report.heading_hints or _markdown_hints(report)
    title, body_start, body_end = body_bounds(text, hints)
    state = ScanState(text, body_end, LineCounter(text))
    if hints:
        for start, match, hint in _candidates(report, hints, body_start, state.body_end):
            _consider(state, start, match, hint)
    else:
        if body_start == 0 and (first := rules.LINE_RX.match(text, 0, state.body_end)):
            _consider(state, 0, first, None)
        _scan_plain(state, max(body_start - 1, 0))
    for entry in state.stack:
        entry[3].end = state.body_end
    leads.add_openers(state, max(body_start - 1, 0))
    _number_lines(text, state.headings)
    structural = groups.group_leads(state, leads.attach_leads(state))
    starts = [0, *map(START, structural)]
    owners: list[OutlineNode | None] = [None, *structural]
    regions = len(starts)
    if state.lead_owner:
        starts, owners = leads.paragraphs_after_leads(state, starts, owners)
    part_close.close_parts(text, state.roots, state.body_end, starts, owners)
    attach_items(text, Segments(starts, owners, state.body_end), state.roots, state.line_of)
    if len(starts) > regions:  # some sections took the paragraphs after their leads
        for owner in set(state.lead_owner.values()):
            leads.cut_leads(owner)
    return Outline(title, state.roots)


def _scan_plain(state: ScanState, begin: int) -> None:
    """The hot path without heading hints: one regex pass; a numbered line goes straight to
    the sequence check, any other candidate waits as a possible lead of the open section."""
    stack, leads = state.stack, state.leads
    numbered = _numbered
    owner: OutlineNode | None = None
    owner_leads: list[re.Match[str]] = []
    for m in rules.SCAN_RX.finditer(state.text, begin, state.body_end):
        if m.lastgroup == "title":  # rules.is_marker, inlined
            numbered(state, m)
        elif stack:
            if stack[-1][3] is not owner:
                owner = stack[-1][3]
                owner_leads = leads.setdefault(owner, [])
            owner_leads.append(m)


def _numbered(state: ScanState, m: re.Match[str],
              _articles: frozenset[str] = rules.ARTICLES,
              _levels: frozenset[str] = rules.ARTICLES | rules.PARTS) -> None:
    """_heading for a numbered line without a hint: same result, cheapest checks first
    (the frozensets are bound once: global look-ups cost on 30,000 lines)."""
    marker = state.marker(m)
    if not marker:
        return
    style, value, written = marker
    if state.in_article and style not in _levels:
        return  # a clause (（一）…) of an article: the article's own text
    stack = state.stack
    idx = len(stack) - 1
    while idx >= 0 and stack[idx][0] != style:
        idx -= 1
    title = rules.match_title(m)
    if value != (stack[idx][1] + 1 if idx >= 0 else
                 state.article + 1 if style in _articles else 1) and (
            title[3] > rules.MAX_NEW_HEADING or _not_a_title(state.text, title)
            or not _run_holds(state, m, style, value, title)):
        return
    if _not_a_title(state.text, title):
        return
    if idx < 0:
        if title[3] > rules.MAX_NEW_HEADING and style not in _articles:
            return
        idx = _new_level_index(stack, style, None, state.text)
    _open(state, m.start() + 1, idx, style, value, None, written, m.start("mark"), title)


def _expected(state: ScanState, idx: int, style: str) -> int:
    """The value that continues a style: the next after its open section, else 1; an
    article (第X条) continues the last article, whatever chapter it was in."""
    if idx >= 0:
        return state.stack[idx][1] + 1
    return state.article + 1 if style in _ARTICLES else 1


_ARTICLES = rules.ARTICLES
#: the part styles a lone heading may open (一、 and its kind), a sentence mark in a title
#: says it is a sentence
_TOP_STYLES = ("一、",)
_SENTENCE_MARK = re.compile(r"[。！？；!?;，,]")
_EXCERPT = re.compile(r"节选|節選|摘录|摘錄|节录|節錄")
_ARTICLE_LEVELS = rules.ARTICLES | rules.PARTS
#: How far after an out-of-sequence numbered line the next line of its style is looked for
RUN_WINDOW = 20_000


def _run_holds(state: ScanState, m: re.Match[str], style: str, value: int,
               title: rules.Title) -> bool:
    """A numbered line out of sequence (三、 opening a fragment, 四、 after 二、, 一、 again)
    still opens its level when its style runs on from it: the next numbered line of the
    same style, if any follows within RUN_WINDOW, carries the next value. A lone heading
    on the text's first line (a pasted part: 三、下步打算) opens its level too."""
    text = state.text
    alone = text[title[2]:title[2] + 1] in ("\n", "") and 0 < title[3] <= rules.MAX_TITLE
    if not state.headings and not text[:m.start("ind")].strip() and alone:
        return True
    begin = m.end()
    end = min(begin + RUN_WINDOW, state.body_end)
    for nxt in rules.NUMBERED_RX.finditer(text, begin, end):
        if (found := state.marker(nxt)) and found[0] == style:
            return found[1] == value + 1
    # the general form of the lone first line: in a text its title calls an excerpt
    # (节选, 摘录), where parts are cut, the one part heading on a line of its own
    # ("二、“十五五”时期主要任务" after the review's end), with no other line of its style
    # after it and no sentence in it, opens its level wherever it stands
    return (alone and not state.headings and style in _TOP_STYLES
            and _SENTENCE_MARK.search(title[0]) is None
            and _EXCERPT.search(text, 0, min(text.find("\n") % (len(text) + 1), 200)) is not None)


def _not_a_title(text: str, title: rules.Title) -> bool:
    """三、四季度… (numbers in a sentence) or 一、总体要求……1 (a table-of-contents entry)."""
    shown, start, end = title[0], title[1], title[2]
    return ((shown[:1] in _CN_NUMERALS and rules.is_number_list(shown))
            or (text[end - 1:end] in contents.DIGITS and contents.is_entry(text[start:end])))


def _open(state: ScanState, start: int, idx: int, style: str, value: int, hint: int | None,
          written: str, title_start: int, title: rules.Title) -> None:
    """Close the sections at level idx and below, and open a heading node there."""
    stack = state.stack
    if not title[0]:
        title = _title_from_next_line(state.text, title[2], title)
    while len(stack) > idx:
        stack.pop()[3].end = start
    if style in _ARTICLES:
        kind = "item"
        state.article = value
        state.in_article = True
    else:
        kind = "heading"
        state.in_article = False
    node = OutlineNode(0, idx + 1, kind, written, title[0], start, state.body_end,
                       title_start, title[2])
    # parent links are set by Outline
    (stack[-1][3].children if stack else state.roots).append(node)
    stack.append((style, value, hint, node))
    state.headings.append(node)


def _number_lines(text: str, nodes: list[OutlineNode]) -> None:
    """Set the line of nodes in document order, counting newlines between them (in C)."""
    starts = list(map(START, nodes))
    lines = accumulate(map(text.count, repeat("\n"), [0, *starts], starts), initial=1)
    next(lines)
    for node, line in zip(nodes, lines):
        node.line = line


def _consider(state: ScanState, start: int, m: re.Match[str], hint: int | None) -> None:
    """Route one candidate line: a heading, or a possible lead sentence of the open section."""
    if hint is None and not rules.is_marker(m):
        if state.stack:
            state.leads.setdefault(state.stack[-1][3], []).append(m)
    elif hint != 0:
        _heading(state, start, m, hint)


_Candidate = tuple[int, re.Match[str], "int | None"]


def _markdown_hints(report: Report) -> dict[int, int]:
    """Markdown ATX headings (## …) of a text not read as Markdown (a .txt, pasted text):
    a text whose lines start so is Markdown whatever its file name. A plain find first:
    most texts have no "#" at all, and the line-start search costs 7 ms on 5 MB."""
    if report.format == "docx" or "#" not in report.text or _ATX.search(report.text) is None:
        return {}
    return markdown_hints(report.text)


_ATX = re.compile(r"(?m)^ {0,3}#{1,6}[ \t]+\S")


def _candidates(report: Report, hints: dict[int, int], body_start: int,
                body_end: int) -> list[_Candidate]:
    """(line start, match, hint level) of every line that may be a node, hinted ones too."""
    return _merge_hints(report, hints, list(_scan(report.text, body_start, body_end)),
                        body_start, body_end)


def _scan(text: str, body_start: int, body_end: int) -> Iterator[_Candidate]:
    if body_start == 0 and (first := rules.LINE_RX.match(text, 0, body_end)) is not None:
        yield 0, first, None
    for m in rules.SCAN_RX.finditer(text, max(body_start - 1, 0), body_end):
        yield m.start() + 1, m, None


_ANY_LINE = re.compile(r"(?P<ind>[ \t\u3000\xa0]*(?:#{1,6}[ \t]+)?)(?P<plain>[^\n]*)")


def _merge_hints(report: Report, hints: dict[int, int], found: list[_Candidate],
                 body_start: int, body_end: int) -> list[_Candidate]:
    """Add Word/Markdown heading hints; a hinted line is a heading even without a marker."""
    line_starts = report.line_starts()
    by_start: dict[int, _Candidate] = {start: (start, m, None) for start, m, _ in found}
    for line, level in hints.items():
        if not 1 <= line <= len(line_starts):
            continue
        start = line_starts[line - 1]
        if not body_start <= start < body_end:
            continue
        m = by_start[start][1] if start in by_start else _ANY_LINE.match(report.text, start)
        assert m is not None  # _ANY_LINE matches anywhere
        by_start[start] = (start, m, level)
    return sorted(by_start.values(), key=lambda c: c[0])


def _heading(state: ScanState, start: int, m: re.Match[str], hint: int | None) -> None:
    """Accept or reject one candidate heading and open its section."""
    stack = state.stack
    marker = state.marker(m) if rules.is_marker(m) else ()
    if not marker:
        if hint is None:
            return
        idx: int | None = _hint_level_index(stack, hint)
        title_start = m.end("ind")
        title = rules.heading_title(state.text, title_start)
        style, value, written = f"hint{hint}", 0, ""
    else:
        style, value, written = marker
        if hint is None and state.in_article and style not in _ARTICLE_LEVELS:
            return  # a clause (（一）…) of an article: the article's own text
        title_start, title = m.start("mark"), rules.match_title(m)
        idx = len(stack) - 1
        while idx >= 0 and stack[idx][0] != style:
            idx -= 1
        if idx < 0:
            idx = None
    if hint is None and not _plausible(state, m, stack, idx, style, value, title):
        return
    if idx is None:
        idx = _new_level_index(stack, style, hint, state.text)
    _open(state, start, idx, style, value, hint, written, title_start, title)


def _new_level_index(stack: list[Open], style: str, hint: int | None, text: str) -> int:
    """A new style nests under the open sections, except under styles of lower rank
    (unless the line it would leave ends with a colon: 2、…做好以下几方面工作： announces
    the list below it, whatever style that list has)."""
    idx = len(stack)
    if style in _ARTICLES:  # under the innermost chapter or section, else at the top
        while idx > 0 and stack[idx - 1][0] not in rules.PARTS:
            idx -= 1
        return idx
    rank = rules.RANK.get(style)
    if hint is None and rank is not None:
        while idx > 0 and rules.RANK.get(stack[idx - 1][0], -1) > rank and not _announces(
                text, stack[idx - 1][3]):
            idx -= 1
    return idx


def _announces(text: str, node: OutlineNode) -> bool:
    """True when the heading's line ends with a colon (its list follows)."""
    end = text.find("\n", node.title_start)
    line = text[node.title_start:len(text) if end < 0 else end].rstrip(rules.TITLE_STRIP)
    return line[-1:] in ("：", ":")


def _hint_level_index(stack: list[Open], level: int) -> int:
    """Where an unnumbered hinted heading goes: after the last open hint of a higher level."""
    idx = len(stack)
    while idx > 0 and (above := stack[idx - 1][2]) is not None and above >= level:
        idx -= 1
    return idx


def _plausible(state: ScanState, m: re.Match[str], stack: list[Open], idx: int | None,
               style: str, value: int, title: rules.Title) -> bool:
    """Sequence and shape checks for a numbered line without a heading hint."""
    if _not_a_title(state.text, title):
        return False
    if idx is not None:
        return value == stack[idx][1] + 1 or (
            title[3] <= rules.MAX_NEW_HEADING and _run_holds(state, m, style, value, title))
    return (title[3] <= rules.MAX_NEW_HEADING or style in _ARTICLES) and (
        value == _expected(state, -1, style) or _run_holds(state, m, style, value, title))


def _title_from_next_line(text: str, line_end: int, title: rules.Title) -> rules.Title:
    """A marker alone on its line ("一、") takes the next short line as its title."""
    if line_end >= len(text) or text[line_end] != "\n":
        return title
    nxt_end = text.find("\n", line_end + 1)
    nxt_end = len(text) if nxt_end < 0 else nxt_end
    raw = text[line_end + 1:nxt_end]
    stripped = raw.strip(" \t\u3000\xa0")
    m = rules.LINE_RX.match(stripped)
    if not stripped or len(stripped) > 40 or (m is not None and rules.is_marker(m)):
        return title
    nxt = rules.heading_title(text, line_end + 1 + raw.index(stripped))
    return nxt if nxt[3] == len(stripped) else title
