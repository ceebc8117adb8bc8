"""The ways into the compare window: File › Compare With… in the main window (the open
report is the earlier one unless the reviewer swaps them), File › Compare Reports… in a
compare window, and `main.py --compare A B`. The file choices are small functions so
tests can replace them."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from gui.annotations.controller import Controller
from gui.common import messages
from gui.common.settings import UiSettings
from gui.compare.window import CompareWindow
from gui.shell.shortcuts_dialog import ShortcutsDialog
from model.filenames import display_path

_YEAR = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")


class _OpenWindows(QObject):
    """The application's compare windows without a parent, kept alive until closed."""

    NAME = "compare_windows"

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        self.windows: list[CompareWindow] = []

    @classmethod
    def of_app(cls) -> _OpenWindows:
        app = QApplication.instance()
        assert app is not None
        return app.findChild(_OpenWindows, cls.NAME) or cls(app)

    def keep(self, window: CompareWindow) -> None:
        self.windows.append(window)
        window.destroyed.connect(lambda *_: self.windows.remove(window)
                                 if window in self.windows else None)


def open_window(settings: UiSettings, earlier: str | Path, later: str | Path, *,
                tagging: Controller | None = None, lang: str = "en") -> CompareWindow:
    """A new compare window on screen, comparing `earlier` with `later` (a refusal is
    explained in a dialog over it)."""
    from PySide6.QtCore import Qt

    window = CompareWindow(settings, tagging, lang=lang)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.shortcuts_dialog = ShortcutsDialog
    window.pair_requested.connect(lambda: choose_and_compare(window, settings))
    window.compare_requested.connect(
        lambda a, b: open_window(settings, a, b, lang=window.controller.lang))
    _OpenWindows.of_app().keep(window)
    window.show()
    window.open_pair(earlier, later)
    return window


def earlier_first(current: str | Path, other: str | Path) -> tuple[Path, Path]:
    """The pair in time order as far as the names tell (the latest year named in each:
    报告2023.docx before 报告2024.docx); else the open report first."""
    def year(p: str | Path) -> int:
        found = [int(m.group(0)) for m in _YEAR.finditer(Path(p).name)]
        return max(found) if found else 0

    a, b = Path(current), Path(other)
    return (b, a) if year(a) and year(b) and year(b) < year(a) else (a, b)


def ask_order(parent: QWidget | None, earlier: Path, later: Path) -> tuple[Path, Path] | None:
    """Confirm which report is the earlier one; the reviewer may swap them. None: cancel."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("CompareEntry", "Compare reports"),
                      QCoreApplication.translate(
                          "CompareEntry", "Earlier report (A, its commitments): %1\n"
                          "Later report (B, its results): %2")
                      .replace("%1", display_path(earlier)).replace("%2", display_path(later)),
                      parent=parent)
    ok = box.addButton(QCoreApplication.translate("CompareEntry", "Compare"),
                       QMessageBox.ButtonRole.AcceptRole)
    swap = box.addButton(QCoreApplication.translate("CompareEntry", "Swap and Compare"),
                         QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(ok)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is ok:
        return earlier, later
    if clicked is swap:
        return later, earlier
    return None


def compare_with(window: QWidget, settings: UiSettings, current: Path | None,
                 tagging: Controller | None, lang: str = "en") -> CompareWindow | None:
    """File › Compare With…: ask for the other report, confirm the order, open."""
    start = display_path(current.parent) if current is not None else ""
    # each dialog says what it is for (both were "Open report")
    other = messages.ask_report_path(window, start, QCoreApplication.translate(
        "CompareEntry", "Compare With: the Other Report") if current is not None else
        QCoreApplication.translate("CompareEntry", "Compare Reports: the Earlier Report"))
    if not other:
        return None
    if current is None:  # no report open: the chosen one is A, ask for B
        later = messages.ask_report_path(
            window, display_path(Path(other).parent),
            QCoreApplication.translate("CompareEntry", "Compare Reports: the Later Report"))
        if not later:
            return None
        pair = ask_order(window, Path(other), Path(later))
    elif _same_file(current, other):  # refused at once: no order to ask about
        pair = (current, Path(other))
    else:
        pair = ask_order(window, *earlier_first(current, other))
    if pair is None:
        return None
    opened = open_window(settings, *pair, tagging=tagging, lang=lang)
    if opened.controller.pair is None:  # refused, said in a dialog: no empty window left
        opened.close()
        return None
    return opened


def _same_file(a: Path, b: str | Path) -> bool:
    try:
        return Path(a).samefile(b)
    except OSError:
        return False


def choose_and_compare(window: CompareWindow, settings: UiSettings) -> CompareWindow | None:
    """A compare window's File › Compare Reports…: both reports asked for."""
    return compare_with(window, settings, None, None, window.controller.lang)
