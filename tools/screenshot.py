"""Grab the window with a report open: `python -m tools.screenshot REPORT OUT.png [--lang zh_CN]`.

Run under xvfb-run (or QT_QPA_PLATFORM=offscreen) with a CJK font installed.
docs/screenshot.png: `--default-layout --node 1 --author 王审 --tag TAG:QUOTE[:NOTE] …`
under xvfb-run (the first-run window fits the screen: offscreen's 800 × 800 makes it 736 × 736)
(achievement, figure, problem with a note, measure, question on the sample's first section).
docs/screenshot-dark.png: the same options plus `--dark` (Fusion with a dark palette, and
the dark colour scheme where the platform follows Qt's request, Qt ≥ 6.8).
Outline corrections: `--correct heading2:LINE --correct remove:LINE --correct demote:LINE`
(the line holding the first LINE; heading1–heading4, remove, promote, demote), and
`--outline-menu MENU.png` grabs the outline tree's context menu for the node jumped to.
A report changed on disk while open: `--edit OLD:NEW` (the bar above the text).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from gui.common import i18n, resources, scheme
from gui.common.fonts import ui_font
from gui.common.settings import UiSettings
from gui.shell.main_window import MainWindow


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("out")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--level", type=int, default=2)
    parser.add_argument("--node", type=int, default=3, help="outline node to jump to")
    parser.add_argument("--find", default="",
                        help="wait for jieba, search for this and show only the reading docks")
    parser.add_argument("--tag", action="append", default=[], metavar="TAG:QUOTE[:NOTE]",
                        help="annotate the first QUOTE with TAG (repeatable); the report is "
                             "copied to a temporary folder so no sidecar lands beside it")
    parser.add_argument("--author", default="", help="the reviewer named on annotations")
    parser.add_argument("--correct", action="append", default=[], metavar="KIND:LINE",
                        help="correct the outline at the line holding LINE: heading1…heading4, "
                             "remove, promote or demote (repeatable; copies the report)")
    parser.add_argument("--outline-menu", default="", metavar="PNG",
                        help="also grab the outline's context menu for the node jumped to")
    parser.add_argument("--edit", action="append", default=[], metavar="OLD:NEW",
                        help="after opening, replace OLD by NEW in the report on disk, as "
                             "another program would (repeatable; copies the report)")
    parser.add_argument("--default-layout", action="store_true",
                        help="keep the first-run window size and dock layout")
    parser.add_argument("--dark", action="store_true",
                        help="a dark window (Fusion style with a dark palette)")
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    if args.dark:
        _force_dark(app)
    keep = i18n.install_translators(app, args.lang)  # noqa: F841
    app.setFont(ui_font())
    app.setStyleSheet(resources.style_sheet())
    ini = Path(tempfile.mkdtemp()) / "shot.ini"
    settings = UiSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    if args.author:
        settings.set_author_name(args.author)
    window = MainWindow(settings, lang=i18n.tag_language(args.lang))
    if not args.default_layout:
        window.resize(1280, 800)
        window.splitter.setSizes([330, 950])
    report = Path(args.report)
    if args.tag or args.correct or args.edit:
        report = Path(shutil.copy(report, ini.parent / report.name))
    window.open_report(report)
    window.show()
    _annotate(window, args.tag)
    _correct(window, args.correct)
    _edit_on_disk(report, args.edit)
    window.outline_pane.expand_to_level(args.level)
    nodes = window.outline.nodes() if window.outline else []
    if nodes:
        node = nodes[min(args.node, len(nodes) - 1)]
        window.outline_pane.view.setFocus()
        window.outline_pane.node_activated.emit(node)

    def grab() -> None:
        window.grab().save(args.out)
        if args.outline_menu and nodes:
            _grab_outline_menu(window, args.outline_menu)
        app.quit()

    if args.find:
        window.session.analysis_changed.connect(lambda _a: _show_find(window, args.find, grab))
    else:  # keywords and suggestions filled in (or give up waiting after 30 s)
        window.session.analysis_changed.connect(lambda _a: QTimer.singleShot(400, grab))
        QTimer.singleShot(30000, grab)
    return app.exec()


def _force_dark(app: QApplication) -> None:
    """Dark whatever the system says: Qt's request for the dark scheme (honoured by some
    platforms, Qt ≥ 6.8) and, for the others, Fusion with a dark palette."""
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Dark)
    app.setStyle("Fusion")
    app.setPalette(scheme.dark_palette())


def _annotate(window: MainWindow, specs: list[str]) -> None:
    """--tag TAG:QUOTE[:NOTE]: annotate the first occurrence of each quote; the first
    annotation with a note is made current so the note editor shows it."""
    text = window.report.text if window.report is not None else ""
    noted: list[str] = []
    for spec in specs:
        tag, quote, *note = spec.split(":", 2)
        start = text.find(quote)
        if start < 0:
            raise SystemExit(f"--tag: {quote!r} is not in the report")
        ident = window.controller.add_annotation(start, start + len(quote), tag)
        if ident and note:
            window.controller.set_note(ident, note[0])
            noted.append(ident)
    if specs:
        window.controller.save_now()
    if noted:
        window.tagging.panel.select_annotation(noted[0])


def _correct(window: MainWindow, specs: list[str]) -> None:
    """--correct KIND:LINE: one outline correction each, as the menus make them."""
    edits = window.controller.outline_edits
    text = window.report.text if window.report is not None else ""
    for spec in specs:
        kind, _, quote = spec.partition(":")
        at = text.find(quote)
        if at < 0:
            raise SystemExit(f"--correct: {quote!r} is not in the report")
        if kind.startswith("heading") and kind[7:].isdigit():
            edits.make_heading(at, int(kind[7:]))
        elif kind in ("remove", "promote", "demote"):
            edits.remove(at) if kind == "remove" else edits.shift(at, -1 if kind == "promote" else 1)
        else:
            raise SystemExit(f"--correct: unknown kind {kind!r}")
    if specs:
        window.controller.save_now()


def _edit_on_disk(report: Path, specs: list[str]) -> None:
    """--edit OLD:NEW: change the (copied) report behind the window's back."""
    if specs:
        text = report.read_text("utf-8")
        for spec in specs:
            old, _, new = spec.partition(":")
            text = text.replace(old, new, 1)
        report.write_text(text, "utf-8")


def _grab_outline_menu(window: MainWindow, out: str) -> None:
    """The outline tree's context menu for its current node, shown and grabbed."""
    view = window.outline_pane.view
    point = view.visualRect(view.currentIndex()).center()
    menu = view.build_context_menu(point)
    menu.popup(view.viewport().mapToGlobal(point))
    menu.grab().save(out)
    menu.close()


def _show_find(window: MainWindow, query: str, grab: object) -> None:
    """The reading view: find bar with hits, Keywords and Suggestions docks."""
    from PySide6.QtWidgets import QDockWidget

    for dock in window.findChildren(QDockWidget):
        if dock.objectName() not in ("dock_keywords_panel", "dock_suggestions_panel"):
            dock.hide()
    window.reading.search_for(query)
    window.text_view.setFocus()
    QTimer.singleShot(400, grab)


if __name__ == "__main__":
    sys.exit(main())
