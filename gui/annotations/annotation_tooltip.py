"""The rich-text tooltip over annotated text: one entry per annotation, with its tag's
swatch, its note and its author."""
from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from gui.annotations.highlight_formats import UNKNOWN_COLOR
from model.annotations import Annotation, Tag


def tooltip_html(annotations: Iterable[Annotation], tags: Iterable[Tag], lang: str) -> str:
    """Rich-text tooltip: one entry per annotation with tag swatch, note and author."""
    by_id = {t.id: t for t in tags}
    parts = []
    for a in annotations:
        tag = by_id.get(a.tag)
        label = html.escape(tag.label(lang) if tag else a.tag)
        color = tag.color if tag else UNKNOWN_COLOR
        lines = [f'<span style="color:{color}">■</span> <b>{label}</b>']
        if a.note:
            lines.append(html.escape(a.note).replace("\n", "<br>"))
        if a.author:
            by = QCoreApplication.translate("AnnotationHighlighter", "by %1")
            lines.append(f"<i>{html.escape(by.replace('%1', a.author))}</i>")
        parts.append("<br>".join(lines))
    return "<hr>".join(parts)
