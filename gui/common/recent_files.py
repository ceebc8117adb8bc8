"""RecentFilesMenu: File › Open Recent, kept in UiSettings (at most 10 entries)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QMenu, QWidget

from gui.common.settings import UiSettings
from model.filenames import display_name, display_path


class RecentFilesMenu(QMenu):
    """Signals: open_requested(object) — the user picked a recent file: its real path
    (a str, which a Qt string could not carry when the name is not UTF-8)."""

    open_requested = Signal(object)

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recent_menu")
        self.setTitle(self.tr("Open &Recent"))
        self.setToolTipsVisible(True)  # the full path of each entry
        self._settings = settings
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Rebuild the entries from the settings."""
        self.clear()
        files = self._settings.recent_files()
        names = [display_name(path) for path in files]
        for number, path in enumerate(files, start=1):
            label = display_name(path)
            if names.count(label) > 1:  # same name in two folders: say which folder
                label = f"{label}  ({display_path(Path(path).parent)})"
            action = self.addAction(f"&{number % 10}  {label.replace('&', '&&')}")
            action.setToolTip(display_path(path))
            action.setStatusTip(display_path(path))
            action.setData(display_path(path))  # shown text; the real path is in the slot
            action.triggered.connect(lambda _checked=False, p=path: self.open_requested.emit(p))
        self.addSeparator()
        clear = self.addAction(self.tr("&Clear List"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(self.clear_list)
        self.setEnabled(bool(files))

    def paths(self) -> list[str]:
        return self._settings.recent_files()

    def add(self, path: str | Path) -> None:
        self._settings.add_recent_file(path)
        self.refresh()

    def remove(self, path: str | Path) -> None:
        self._settings.remove_recent_file(path)
        self.refresh()

    @Slot()
    def clear_list(self) -> None:
        self._settings.clear_recent_files()
        self.refresh()
