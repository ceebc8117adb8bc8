"""Shared helpers for the hand-on tests (export, citation, print, import)."""
from __future__ import annotations

from pathlib import Path

import pytest

from gui.handoff.export_dialog import ExportDialog, ExportOptions
from tests.conftest import report_text

#: A note that must come out as text in every format.
NASTY_NOTE = "核实<script>alert(1)</script>数据 & 口径"
ITEMS = "当前发展仍面临一些困难。一是项目储备不足，后续支撑乏力。二是要素保障偏紧，用地指标紧张。\n"


def handoff_text() -> str:
    """The conftest report with an inline 一是…二是… paragraph under （一）存在困难."""
    return report_text().replace("（一）存在困难\n", "（一）存在困难\n" + ITEMS)


def open_handoff_window(make_window: object, tmp_path: Path, author: str = "王审") -> object:
    path = tmp_path / "工作总结.txt"
    path.write_text(handoff_text(), encoding="utf-8")
    window = make_window()
    window.controller.author = author
    assert window.open_report(path)
    window.controller.lang = "zh"
    return window


def span(text: str, quote: str, after: str = "") -> tuple[int, int]:
    start = text.index(quote, text.index(after) if after else 0)
    return start, start + len(quote)


def annotate(window: object, quote: str, tag: str, note: str = "", after: str = "",
             author: str | None = None) -> str:
    c = window.controller
    if author is not None:
        c.author = author
    ident = c.add_annotation(*span(c.text, quote, after), tag)
    assert ident
    if note:
        c.set_note(ident, note)
    return ident


def patch_export(monkeypatch: pytest.MonkeyPatch, options: ExportOptions, target: Path) -> dict:
    """Replace the options dialog and the save dialog; returns what the save dialog got."""
    seen: dict = {}

    def save_dialog(parent: object, default: str, name_filter: str) -> str:
        seen["default"], seen["filter"] = default, name_filter
        return str(target)

    monkeypatch.setattr(ExportDialog, "get_options",
                        classmethod(lambda cls, parent, controller, fmt="docx": options))
    monkeypatch.setattr("gui.handoff.dialogs.ask_export_path", save_dialog)
    return seen
