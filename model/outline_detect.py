"""TEMPORARY stub — replaced by the real detector (owner: outline helper)."""
from __future__ import annotations

import re

from model.outline import Outline, OutlineNode
from model.report import Report

_H = [re.compile(r"^[一二三四五六七八九十]+、"), re.compile(r"^（[一二三四五六七八九十]+）")]


def detect_outline(report: Report) -> Outline:
    roots: list[OutlineNode] = []
    stack: list[OutlineNode] = []
    offset = 0
    lines = report.text.split("\n")
    for number, line in enumerate(lines, start=1):
        for depth, rx in enumerate(_H, start=1):
            m = rx.match(line)
            if m:
                node = OutlineNode(number, depth, "heading", m.group(0), line[m.end():],
                                   offset, len(report.text), offset, offset + len(line))
                while stack and stack[-1].depth >= depth:
                    stack.pop().end = offset
                (stack[-1].children if stack else roots).append(node)
                stack.append(node)
                break
        offset += len(line) + 1
    return Outline(None, roots)
