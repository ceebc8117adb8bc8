"""What the compare window remembers under `compare/…` in the settings: its geometry,
its splitters and the two tables' columns (read when it opens, written when it closes)."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QSplitter, QTableView, QWidget

from gui.common.settings import UiSettings


def restore_state(settings: UiSettings, window: QWidget, splitters: Sequence[QSplitter],
                  views: Sequence[QTableView]) -> None:
    if (geometry := settings.compare_state("geometry")) is not None:
        window.restoreGeometry(geometry)
    for splitter in splitters:
        if (state := settings.compare_state(splitter.objectName())) is not None:
            splitter.restoreState(state)
    for view in views:
        if (state := settings.compare_state(view.objectName())) is not None:
            view.horizontalHeader().restoreState(state)


def save_state(settings: UiSettings, window: QWidget, splitters: Sequence[QSplitter],
               views: Sequence[QTableView]) -> None:
    settings.set_compare_state("geometry", window.saveGeometry())
    for splitter in splitters:
        settings.set_compare_state(splitter.objectName(), splitter.saveState())
    for view in views:
        settings.set_compare_state(view.objectName(), view.horizontalHeader().saveState())
    settings.sync()
