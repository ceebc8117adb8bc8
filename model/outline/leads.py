"""Lead sentences: a section's paragraphs that open with a short sentence naming their
topic become "lead" nodes when several siblings do (rules.lead_title), or when they form
a parallel run (这一年，… ×3: rules.parallel_leads). Run after the headings are found
(model/outline/detector.py)."""
from __future__ import annotations

import re
from bisect import bisect_right
from operator import itemgetter

from model.outline import rules
from model.outline.scan_state import START, ScanState
from model.outline.tree import OutlineNode

_FIRST = itemgetter(0)
#: (paragraph start, title, kind of candidate) of a lead
_Titled = tuple[int, rules.Title, "str | None"]


def paragraphs_after_leads(
        state: ScanState, starts: list[int], owners: list[OutlineNode | None],
) -> tuple[list[int], list[OutlineNode | None]]:
    """The regions with those after lead paragraphs given to the lead's section: a lead
    sentence owns the run-in items of its own paragraph only, the paragraphs after it
    (一是… 二是… each opening one, after a lead or a ——… line) are a list of the enclosing
    section. A short line standing alone as a lead heads what follows it. Only the leads
    are visited (a report has tens of thousands of nodes, a few hundred leads)."""
    text, body_end = state.text, state.body_end
    cuts: list[tuple[int, int, OutlineNode]] = []  # (index to insert at, start, owner)
    for lead, owner in state.lead_owner.items():
        if text[lead.title_end:lead.title_end + 1] in ("\n", ""):
            continue
        k = bisect_right(starts, lead.start)  # starts[k - 1] is the lead's
        end = text.find("\n", lead.start)
        if 0 <= end < (starts[k] if k < len(starts) else body_end) - 1:
            cuts.append((k, end + 1, owner))
    if not cuts:
        return starts, owners
    cuts.sort(key=_FIRST)
    new_starts: list[int] = []
    new_owners: list[OutlineNode | None] = []
    done = 0
    for k, start, owner in cuts:
        new_starts += starts[done:k]
        new_owners += owners[done:k]
        new_starts.append(start)
        new_owners.append(owner)
        done = k
    new_starts += starts[done:]
    new_owners += owners[done:]
    return new_starts, new_owners


def cut_leads(owner: OutlineNode) -> None:
    """A lead ends where a list of its section that follows it begins."""
    children = owner.children
    for before, after in zip(children, children[1:]):
        if before.kind == "lead" and before.end > after.start:
            before.end = after.start


def add_openers(state: ScanState, begin: int) -> None:
    """Paragraphs opening with 这…， join the lead candidates of their section (the last
    heading before them: sections close only where another opens)."""
    if "这" not in state.text:
        return
    headings = state.headings
    starts = [node.start for node in headings]
    for m in rules.OPENER_RX.finditer(state.text, begin, state.body_end):
        k = bisect_right(starts, m.start())
        if k:
            state.openers.setdefault(headings[k - 1], []).append(m)


def attach_leads(state: ScanState) -> list[OutlineNode]:
    """Accept lead groups and return all headings and leads in document order."""
    structural = list(state.headings)
    openers = state.openers
    for owner in openers:
        state.leads.setdefault(owner, [])
    if not state.leads:
        return structural
    starts = list(map(START, structural))
    for owner, cands in state.leads.items():
        if (len(cands) < 2 and owner not in openers) or owner.kind == "item":
            continue  # an article's paragraphs are its own text
        nxt = bisect_right(starts, owner.start)  # the owner is the heading before nxt
        region_end = min(starts[nxt] if nxt < len(starts) else state.body_end, owner.end)
        leads = _lead_group(state, owner, cands, region_end, openers.get(owner))
        if leads:
            state.lead_owner.update(dict.fromkeys(leads, owner))
            owner.children.extend(leads)
            owner.children.sort(key=START)
            structural.extend(leads)
    structural.sort(key=START)
    return structural


def _lead_group(state: ScanState, owner: OutlineNode, cands: list[re.Match[str]],
                region_end: int, openers: list[re.Match[str]] | None) -> list[OutlineNode]:
    """Lead nodes of one section: a parallel run of paragraphs (rules.parallel_leads), and
    leads of the other paragraphs if at least two (and ≥ 1/4 of them) have one."""
    text = state.text
    parallel: list[_Titled] = []
    if openers:
        parallel = [(s, t, "run") for s, t in rules.parallel_leads(text, cands + openers)]
        if parallel:
            taken = {start for start, _, _ in parallel}
            cands = [m for m in cands if m.start("ind") not in taken]
    paragraphs = (text.count("\n", owner.start, region_end)
                  - text.count("\n\n", owner.start, region_end))
    titled: list[_Titled] = []
    if len(cands) * 4 >= paragraphs:  # titled below is a subset of cands
        titled = [(m.start("ind"), t, m.lastgroup) for m in cands
                  if (t := rules.lead_title(text, m)) is not None]
        # Short lines standing alone are the run-in heads when there are several of them;
        # the short sentences of the paragraphs below them are then body text.
        alone = [c for c in titled if c[2] == "short"]
        if len(alone) >= 2:
            titled = alone
        if len(titled) < 2 or len(titled) * 4 < paragraphs:
            titled = []
    if parallel:
        titled = sorted(titled + parallel, key=_FIRST)
    return _lead_nodes(state, owner, titled, region_end) if titled else []


def _lead_nodes(state: ScanState, owner: OutlineNode, titled: list[_Titled],
                region_end: int) -> list[OutlineNode]:
    """Lead nodes, each spanning its paragraph up to the next lead or the region end."""
    nodes = []
    for k, (start, (title, title_start, title_end, _), _) in enumerate(titled):
        end = titled[k + 1][0] if k + 1 < len(titled) else region_end
        nodes.append(OutlineNode(state.line_of(start), owner.depth + 1, "lead", "", title,
                                 start, end, title_start, title_end))
    return nodes
