"""Heading levels of .docx paragraphs: Word's outline level on the paragraph, else the one
its paragraph style chain gives (Title → 0, Heading N → N, w:outlineLvl → level + 1).

The styles are read once into a dict. python-docx finds a style by scanning every style
(an XPath per lookup, ~0.5 ms a paragraph in a real report) and again for each step of a
chain, so a package with 20,000 styles, each used once, took more than two minutes.
Lookups follow python-docx: an unknown id, or one naming a style that is not a paragraph
style, means the default paragraph style.
"""
from __future__ import annotations

import re
from typing import Any, NamedTuple

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
#: Steps followed along a w:basedOn chain
MAX_CHAIN = 10


class _Style(NamedTuple):
    kind: str  # w:type: paragraph (the default), character, table, numbering
    name: str
    outline: int | None
    based_on: str | None


class StyleLevels:
    """The heading level of each paragraph style of one document, computed once per id."""

    def __init__(self, styles_element: Any) -> None:
        self._styles: dict[str, _Style] = {}
        self._default: str | None = None
        self._levels: dict[str | None, int | None] = {}
        if styles_element is None:
            return
        for node in styles_element.iterchildren(_W + "style"):
            style_id = node.get(_W + "styleId")
            if style_id is None or style_id in self._styles:  # the first of an id wins
                continue
            kind = node.get(_W + "type", "paragraph")
            if kind == "paragraph" and node.get(_W + "default") == "1" and self._default is None:
                self._default = style_id
            self._styles[style_id] = _Style(kind, _val(node.find(_W + "name")) or "",
                                            outline_level(node.find(_W + "pPr")),
                                            _val(node.find(_W + "basedOn")))

    def heading_level(self, p: Any) -> int | None:
        """Level of a w:p: its own w:outlineLvl, else its paragraph style chain's."""
        ppr = p.find(_W + "pPr")
        level = outline_level(ppr)
        if level is not None:
            return level
        style_id = _val(ppr.find(_W + "pStyle")) if ppr is not None else None
        if style_id not in self._levels:
            self._levels[style_id] = self._chain_level(style_id)
        return self._levels[style_id]

    def _chain_level(self, style_id: str | None) -> int | None:
        style = self._styles.get(style_id) if style_id is not None else None
        if style is None or style.kind != "paragraph":
            style = self._styles.get(self._default) if self._default is not None else None
        for _ in range(MAX_CHAIN):
            if style is None:
                return None
            name = style.name.strip()
            if name.lower() in ("title", "标题"):
                return 0
            m = _HEADING_STYLE.match(name)
            if m:
                return int(m.group(1))
            if style.outline is not None:
                return style.outline
            style = self._styles.get(style.based_on) if style.based_on is not None else None
        return None


def outline_level(ppr: Any) -> int | None:
    """w:outlineLvl 0–8 is a heading level 1–9; 9 means body text."""
    if ppr is None:
        return None
    for child in ppr.iterchildren():
        if isinstance(child.tag, str) and child.tag.endswith("}outlineLvl"):
            val = child.get(child.tag.rsplit("}", 1)[0] + "}val")
            if val is not None and val.isascii() and val.isdigit() and int(val) < 9:
                return int(val) + 1
    return None


def _val(node: Any) -> str | None:
    return None if node is None else node.get(_W + "val")
