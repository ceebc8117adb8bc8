"""A part's closing paragraphs: a review ends by speaking of all its results — where they
came from (上述成绩的取得，根本在于…; 成绩来之不易) and what is still lacking (在看到成绩的
同时，我们也清醒地认识到…). Such a paragraph closes the part, whatever list stands before
it: it is not the last item's text, so the last item (（八）…, a lead, a group of leads)
ends where it begins and the paragraph and those after it belong to the part.

Only a paragraph after the item's own text is cut off (a section headed 存在的问题 opens
with that formula as its own text), and only when no section of the part follows it. A
part is a section at the top level; text outside every part is left as it is. Run after
the leads are attached, before the paragraphs are given to sections (detector.py).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from operator import attrgetter

from model.outline.tree import OutlineNode

_SP = "[ \t\u3000\xa0]"
#: the opening of a paragraph that closes a review: the address, then, in its first
#: sentence, where its results came from (上述成绩的取得，根本在于; 过去一年取得的成绩，是…的
#: 结果; 取得这样的成绩十分不易; 各项成绩来之不易) or the turn to its problems (在看到成绩的
#: 同时; 同时，我们也清醒地认识到; 我们也清醒看到); in simplified or traditional characters
_RESULTS = "(?:成[绩績]|成就)"
_SEE = "清醒(?:地)?(?:[认認][识識]到|看到)"
_WE = "我[们們](?:也|[还還])?(?:要)?"
CLOSING = re.compile(
    rf"\n{_SP}*(?:各位代表[！!，,]{_SP}*)?(?:"
    rf"[^。！!？?\n]{{0,30}}?(?:{_RESULTS}(?:的取得|[来來]之不易|十分不易|[，,]?根本在[于於]|[，,]是)"
    rf"|取得(?:[这這][样樣]|[这這]些)的?{_RESULTS})"
    rf"|在(?:看到|肯定){_RESULTS}的同[时時]"
    rf"|[^，,。！!\n]{{0,14}}同[时時][，,]?{_WE}{_SEE}"
    rf"|{_WE}{_SEE})")
#: the words of CLOSING, one of which a closing paragraph has near its start
_WORDS = ("成绩", "成績", "成就", "清醒")
_WORD_WITHIN = 50
_START = attrgetter("start")
#: a section whose title names what is lacking has the formula as its own text
_NAMES_PROBLEMS = re.compile(r"[问問][题題]|不足|差距|短板|困[难難]|挑[战戰]")


def close_parts(text: str, roots: list[OutlineNode], body_end: int,
                starts: list[int], owners: list[OutlineNode | None]) -> None:
    """Cut the last sections of each part at its first closing paragraph (see the module
    docstring). `starts`/`owners`: the regions paragraphs are given by (sorted by start);
    the closing paragraph opens a region of the part's."""
    for at in _paragraphs(text, body_end):
        chain = _chain(roots, at)
        if len(chain) < 2 or not _closes(chain, at):
            continue
        part, cut = chain[0], set(chain[1:])
        for node in cut:
            node.end = at
        k = bisect_right(starts, at)
        starts.insert(k, at)
        owners.insert(k, part)
        for i in range(k + 1, len(owners)):  # the cut sections' later paragraphs
            if starts[i] >= part.end:
                break
            if owners[i] in cut:
                owners[i] = part


def _paragraphs(text: str, body_end: int) -> list[int]:
    """Starts of the paragraphs CLOSING matches, in order. Its words (成绩, 清醒 …) are
    found first (plain finds): a regex tried at every line start costs more than the rest
    of this pass on a long report."""
    starts: set[int] = set()
    for word in _WORDS:
        pos = text.find(word, 0, body_end)
        while pos >= 0:
            line = text.rfind("\n", 0, pos)
            if line >= 0 and pos - line <= _WORD_WITHIN and line + 1 not in starts \
                    and CLOSING.match(text, line, body_end):
                starts.add(line + 1)
            pos = text.find(word, pos + 1, body_end)
    return sorted(starts)


def _chain(roots: list[OutlineNode], at: int) -> list[OutlineNode]:
    """The sections holding offset `at`, from the top level down."""
    chain: list[OutlineNode] = []
    nodes = roots
    while True:
        k = bisect_right(nodes, at, key=_START) - 1
        if k < 0 or not nodes[k].start <= at < nodes[k].end:
            return chain
        chain.append(nodes[k])
        nodes = nodes[k].children


def _closes(chain: list[OutlineNode], at: int) -> bool:
    """Whether the paragraph at `at` closes the part chain[0]: every section below the
    part holding it is the last of its parent, has text of its own before it (its heading alone is none) and does not
    name problems in its title."""
    for parent, node in zip(chain, chain[1:]):
        if parent.children[-1] is not node or max(node.start, node.title_end) >= at - 1:
            return False
        if _NAMES_PROBLEMS.search(node.title):
            return False
    return all(child.start < at for child in chain[-1].children)

