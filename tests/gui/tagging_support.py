"""Shared helpers for the tagging GUI tests (controller, panels, highlighter)."""
from __future__ import annotations

from pathlib import Path

from gui.annotations.controller import Controller
from model.outline.tree import Outline, OutlineNode
from model.report.loading import Report

TEXT = (
    "一、总体情况\n"
    "今年经济运行稳中有进。就业形势总体稳定！\n"
    "（一）存在问题\n"
    "部分地区财政收支矛盾突出；创新能力不强。\n"
    "二、明年工作安排\n"
    "坚持稳中求进工作总基调。\n"
)


def make_outline(text: str = TEXT) -> Outline:
    """A hand-built outline of TEXT: 一、 containing （一）, then 二、."""
    first = text.index("一、")
    sub = text.index("（一）")
    second = text.index("二、")
    child = OutlineNode(3, 1, "heading", "（一）", "存在问题", sub, second)
    one = OutlineNode(1, 0, "heading", "一、", "总体情况", first, second, children=[child])
    two = OutlineNode(5, 0, "heading", "二、", "明年工作安排", second, len(text))
    return Outline(None, [one, two])


def make_report(tmp_path: Path, text: str = TEXT, name: str = "report.txt") -> Report:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return Report(path, text, "txt")


def open_controller(tmp_path: Path, text: str = TEXT, author: str = "王审") -> Controller:
    """A Controller over a fresh report in tmp_path with a short autosave delay."""
    controller = Controller(author, autosave_ms=20)
    controller.lang = "zh"
    report = make_report(tmp_path, text)
    controller.open(report, make_outline(text) if text == TEXT else None)
    return controller


def span_of(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)



def opened(qtbot, window, path: Path):
    """Open `path` in `window` (autosave after 20 ms), active, the text focused; the
    window's TaggingFeature."""
    window.controller.autosave._timer.setInterval(20)
    window.open_report(path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.text_view.setFocus()
    return window.tagging
