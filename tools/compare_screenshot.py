"""Grab the compare window: `python -m tools.compare_screenshot A B OUT.png [--lang zh_CN]
[--row N] [--decide]`.

Run under QT_QPA_PLATFORM=offscreen (or xvfb-run) with a CJK font installed. The reports
are copied to a temporary folder (the comparison file lands there); `--decide` links the
first candidate of the first two commitments (已兑现, then 部分兑现 with a note) so the
marks of linked evidence show; `--row` is the commitment shown (1-based).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from gui.common import i18n, resources
from gui.common.fonts import ui_font
from gui.common.settings import UiSettings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("earlier")
    parser.add_argument("later")
    parser.add_argument("out")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--row", type=int, default=2)
    parser.add_argument("--decide", action="store_true")
    parser.add_argument("--busy", default="", metavar="PNG",
                        help="also grab the window while the proposals are being made")
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    keep = i18n.install_translators(app, args.lang)  # noqa: F841
    app.setFont(ui_font())
    app.setStyleSheet(resources.style_sheet())
    folder = Path(tempfile.mkdtemp())
    settings = UiSettings(QSettings(str(folder / "shot.ini"), QSettings.Format.IniFormat))
    a = Path(shutil.copy(args.earlier, folder / Path(args.earlier).name))
    b = Path(shutil.copy(args.later, folder / Path(args.later).name))
    from gui.compare.window import CompareWindow

    window = CompareWindow(settings, lang=i18n.tag_language(args.lang))
    window.resize(1400, 900)
    window.show()
    window.open_pair(a, b)
    if args.busy:
        while not window.progress.isVisible() and not window.controller.ready:
            app.processEvents()
        window.grab().save(args.busy)
    deadline = time.time() + 120
    while not window.controller.ready and time.time() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if args.decide:
        for row, verdict in ((0, window.decide_kept), (1, window.decide_partly)):
            window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
            window.link_candidate()  # a verdict key alone links nothing
            verdict()
        window.controller.set_note(1, "目标为1100万人以上，实际1206万人。")
    row = max(0, min(args.row - 1, window.commitment_model.rowCount() - 1))
    window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
    for _ in range(30):
        app.processEvents()
        time.sleep(0.02)
    window.grab().save(args.out)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
