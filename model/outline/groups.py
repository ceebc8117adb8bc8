"""Dash group heads: a review groups its run-in leads under lines of their own that open
with a dash and say, in one sentence, what the group achieved

    ——扎实抓好稳增长、防风险、保民生三项基本任务，高质量发展的底盘持续夯实。
    经济运行稳中有进。坚持把稳增长摆在突出位置，…
    就业和税收两大核心关切总体向好。…
    ——着力深化改革、扩大开放、促进创新，高质量发展的动力更加强劲。
    深化改革系列举措释放新动能。…

Such a line is the whole of its paragraph (no body follows its sentence), unlike a lead
written ——经济实力实现整体跃升。顶住… whose paragraph goes on. When a section has two or
more of them and each is followed by leads of the section, each becomes a lead one level
below the section, and the leads up to the next one become its children. Run after the
leads are attached (model/outline/leads.py), before the paragraphs are given to sections.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from model.outline import rules
from model.outline.scan_state import START, ScanState
from model.outline.tree import OutlineNode

#: a paragraph that is one dash-led sentence: ——, the sentence, an optional full stop
_DASH_LINE = re.compile(r"\n[ \t\u3000\xa0]*(?P<head>——(?P<clause>[^\n。；;！!？?—]{4,60}))"
                        r"[。；;！!]?[ \t\u3000\xa0]*(?=\n|\Z)")
#: fewest group heads a section needs (one dash line alone is a sentence, not a grouping)
MIN_GROUPS = 2


def group_leads(state: ScanState, structural: list[OutlineNode]) -> list[OutlineNode]:
    """Put each section's leads under its dash group heads (see the module docstring);
    returns the structural nodes in document order, the group heads among them (a dash
    line already taken as a lead of its own becomes its group head)."""
    if "——" not in state.text:
        return structural
    added: list[OutlineNode] = []
    replaced: set[OutlineNode] = set()
    for owner in {o: None for o in state.lead_owner.values()}:
        added += _groups(state, owner, replaced)
    if not added:
        return structural
    return sorted([n for n in structural if n not in replaced] + added, key=START)


def _groups(state: ScanState, owner: OutlineNode,
            replaced: set[OutlineNode]) -> list[OutlineNode]:
    """The group heads of one section, with its leads moved under them ([] when its
    dash lines do not group its leads)."""
    text = state.text
    children = owner.children
    if not children:
        return []
    end = min(owner.end, state.body_end)
    heads = list(_DASH_LINE.finditer(text, max(owner.title_end, owner.start), end))
    if len(heads) < MIN_GROUPS:
        return []
    first = bisect_left([c.start for c in children], heads[0].start() + 1)
    if any(c.kind != "lead" for c in children[first:]):
        return []  # a numbered heading among them: the section is not a run of leads
    bounds = [m.start() + 1 for m in heads] + [end]
    at_heads = {c for c in children[first:] if c.start in bounds}
    plan = []
    for m, g_start, g_end in zip(heads, bounds, bounds[1:]):
        members = [c for c in children[first:] if g_start < c.start < g_end]
        if not members:
            return []  # a dash line heading no leads: a sentence of the section
        plan.append((m, g_start, g_end, members))
    groups: list[OutlineNode] = []
    for m, g_start, g_end, members in plan:
        title = rules.short_title(m.group("clause").rstrip(rules.TITLE_STRIP + "，,"))
        head_start = m.start("head")
        group = OutlineNode(state.line_of(g_start), owner.depth + 1, "lead", "",
                            "——" + title, g_start, min(g_end, members[-1].end),
                            head_start, head_start + len(m.group("head")))
        for lead in members:
            lead.end = min(lead.end, g_end)
            _deepen(lead)
            state.lead_owner[lead] = group
        group.children = members
        groups.append(group)
    for lead in at_heads:
        state.lead_owner.pop(lead, None)
    replaced |= at_heads
    owner.children = children[:first] + groups
    return groups


def _deepen(node: OutlineNode) -> None:
    node.depth += 1
    for child in node.children:
        _deepen(child)
