"""Grab the window with a report open: `python -m tools.screenshot REPORT OUT.png [--lang zh_CN]`.

Run under xvfb-run (or QT_QPA_PLATFORM=offscreen) with a CJK font installed.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from gui import i18n, resources
from gui.fonts import ui_font
from gui.main_window import MainWindow
from gui.settings import UiSettings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("out")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--level", type=int, default=2)
    parser.add_argument("--node", type=int, default=3, help="outline node to jump to")
    parser.add_argument("--find", default="",
                        help="wait for jieba, search for this and show only the reading docks")
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    keep = i18n.install_translators(app, args.lang)  # noqa: F841
    app.setFont(ui_font())
    app.setStyleSheet(resources.style_sheet())
    ini = Path(tempfile.mkdtemp()) / "shot.ini"
    window = MainWindow(UiSettings(QSettings(str(ini), QSettings.Format.IniFormat)))
    window.resize(1280, 800)
    window.splitter.setSizes([330, 950])
    window.open_report(args.report)
    window.show()
    window.outline_pane.expand_to_level(args.level)
    nodes = window.outline.nodes() if window.outline else []
    if nodes:
        node = nodes[min(args.node, len(nodes) - 1)]
        window.outline_pane.view.setFocus()
        window.outline_pane.node_activated.emit(node)

    def grab() -> None:
        window.grab().save(args.out)
        app.quit()

    if args.find:
        window.reading.analysis_ready.connect(lambda _a: _show_find(window, args.find, grab))
    else:
        QTimer.singleShot(400, grab)
    return app.exec()


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
