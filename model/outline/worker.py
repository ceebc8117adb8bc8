"""An Outline as plain tuples, so another process can detect it and hand it over.

    python -m model.outline.worker REPORT   # writes marshal bytes of pack() to stdout

The window starts this for a big report named on its command line: detection then runs on
a second core while the window is built (one process cannot: Qt and the regex engine both
keep the GIL). The result names the canonical text's SHA-256, so the window uses it only
for the very text it loaded itself.
"""
from __future__ import annotations

import marshal
import sys

from model.outline.tree import Outline, OutlineNode

#: Bumped whenever the tuple layout changes (a stale worker's output is then ignored).
FORMAT = 1

#: (line, depth, kind, marker, title, start, end, title_start, title_end, parent index or -1)
NodeRow = tuple[int, int, str, str, str, int, int, int, int, int]
#: (FORMAT, sha256 of the canonical text, outline title, rows in document order)
Packed = tuple[int, str, "str | None", list[NodeRow]]


def pack(outline: Outline, sha256: str) -> Packed:
    nodes = outline.nodes()
    index = {id(n): i for i, n in enumerate(nodes)}
    rows = [(n.line, n.depth, n.kind, n.marker, n.title, n.start, n.end, n.title_start,
             n.title_end, index[id(n.parent)] if n.parent is not None else -1)
            for n in nodes]
    return FORMAT, sha256, outline.title, rows


def unpack(packed: object, sha256: str) -> Outline | None:
    """The outline, or None when `packed` is not a current pack of the text `sha256`."""
    if not (isinstance(packed, tuple) and len(packed) == 4 and packed[0] == FORMAT
            and packed[1] == sha256):
        return None
    _, _, title, rows = packed
    nodes: list[OutlineNode] = []
    roots: list[OutlineNode] = []
    for line, depth, kind, marker, heading, start, end, t_start, t_end, parent in rows:
        node = OutlineNode(line, depth, kind, marker, heading, start, end, t_start, t_end)
        nodes.append(node)
        (nodes[parent].children if parent >= 0 else roots).append(node)
    return Outline(title, roots)


def read(data: bytes, sha256: str) -> Outline | None:
    """The outline in a worker's output, or None when it is not a current pack of `sha256`."""
    try:
        return unpack(marshal.loads(data), sha256) if data else None
    except (EOFError, ValueError, TypeError):
        return None


def main(argv: list[str]) -> int:
    """Load the report, detect its outline, write marshal(pack) to stdout; exit 2 on bad
    input (the window then reports the error itself, from its own load)."""
    from model.errors import ModelError
    from model.outline.detector import detect_outline
    from model.report.loading import load_report

    try:
        report = load_report(argv[0])
    except (ModelError, OSError, IndexError):
        return 2
    sys.stdout.buffer.write(marshal.dumps(pack(detect_outline(report), report.sha256)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
