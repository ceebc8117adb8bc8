"""Three-way merge of comparison decisions, link by link (the comparison file changed on
disk while the window held decisions of its own: another window, the `compare --link`
verb, a sync client).

`base` is the file as last read or written, `mine` the window's links, `theirs` the file
now. A link changed (or added) on one side only takes that side; changed on both, mine
wins (the reviewer in front of the window decided last); removed on one side and left
alone on the other, it goes; removed on one side but changed on the other, it stays:
a decision is never lost by merging.
"""
from __future__ import annotations

from model.compare.store import Link


def merge_links(base: list[Link], mine: list[Link], theirs: list[Link]) -> list[Link]:
    """The merged links: mine in my order, then the ones only theirs has."""
    old = {k.id: k for k in base}
    other = {k.id: k for k in theirs}
    merged: list[Link] = []
    for k in mine:
        if k.id in other:
            merged.append(other[k.id] if old.get(k.id) == k else k)
        elif k.id not in old or old[k.id] != k:  # new here, or changed here: kept
            merged.append(k)
    own = {k.id for k in mine}
    for k in theirs:
        if k.id in own:
            continue
        if k.id not in old or old[k.id] != k:  # new there, or changed there: kept
            merged.append(k)
    return merged
