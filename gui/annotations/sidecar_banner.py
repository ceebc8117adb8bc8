"""SidecarBanner: a bar above the text about the annotation file, until it is settled.

Two states: another Yuepi window is editing the report (shown read-only here: Check Again,
Edit Anyway), or a conflict with a changed file is waiting (Resolve…). Each button has an
Alt mnemonic and is in the Tab chain, so the bar works from the keyboard.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from gui.common.banner import Banner
from model.sidecar.lock import LockInfo


class SidecarBanner(Banner):
    """Signals: check_requested() (Check Again: edit if the other window has closed),
    take_over_requested() (Edit Anyway), resolve_requested() (Resolve…: the clash dialog).
    `state` is "", "locked" or "conflict"."""

    check_requested = Signal()
    take_over_requested = Signal()
    resolve_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("sidecar_banner", parent)
        self.state = ""
        self.check_button = self.add_button(self.tr("Check A&gain"), self.tr(
            "Edit here if the other window has closed the report (its latest annotations "
            "are loaded)"))
        self.take_button = self.add_button(self.tr("Edit Any&way"), self.tr(
            "Edit here too: changes saved by both windows are merged"))
        self.resolve_button = self.add_button(self.tr("&Resolve…"), self.tr(
            "Merge with the changed file, load it, or keep your version"))
        self.check_button.clicked.connect(self.check_requested)
        self.take_button.clicked.connect(self.take_over_requested)
        self.resolve_button.clicked.connect(self.resolve_requested)

    def show_locked(self, holder: LockInfo) -> None:
        """Another window has the report open for editing: say who, where, since when."""
        self.label.setText(self.tr(
            "This report is open for editing in another Yuepi window (%1, pid %2, since "
            "%3). Opened read-only.").replace("%1", holder.host or "?")
            .replace("%2", str(holder.pid)).replace("%3", since_text(holder)))
        self._show("locked")

    def show_conflict(self) -> None:
        self.label.setText(self.tr(
            "The annotation file was changed by another program. Your latest changes are "
            "kept in this window but not saved until you resolve this."))
        self._show("conflict")

    def clear(self) -> None:
        self.state = ""
        self.hide()

    def _show(self, state: str) -> None:
        self.state = state
        self.check_button.setVisible(state == "locked")
        self.take_button.setVisible(state == "locked")
        self.resolve_button.setVisible(state == "conflict")
        self.show()


def since_text(holder: LockInfo, today: datetime | None = None) -> str:
    """"14:02" today, "2026-03-01 14:02" another day, "?" when unknown (local time)."""
    started = holder.started_local()
    if started is None:
        return "?"
    now = today or datetime.now().astimezone()
    return started.strftime("%H:%M" if started.date() == now.date() else "%Y-%m-%d %H:%M")
