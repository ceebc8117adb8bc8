"""SharingView: what the reviewer sees of a sidecar shared with other writers
(gui/annotations/sharing.py is the controller's side).

Another window editing the report: a banner says who, where and since when, with Check
Again and Edit Anyway. The file changed under us: the clash dialog (Merge by default,
Load Theirs, Keep Mine); Esc decides nothing, the banner then offers Resolve… and the
next save or close asks again.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from gui.annotations.sidecar_banner import SidecarBanner
from gui.common import messages
from model.filenames import display_name
from model.sidecar.lock import LockInfo

if TYPE_CHECKING:
    from gui.common.host import Host


class SharingView(QObject):
    """Follows the controller's conflict and lock signals; `banner` sits above the text."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.main_window())
        self.host = host
        self.controller = c = host.controller
        self._resolving = False
        self.banner = SidecarBanner()
        host.add_above_text(self.banner)
        c.conflict_detected.connect(self.resolve)
        c.conflict_resolved.connect(self._on_conflict_resolved)
        c.lock_changed.connect(self._on_lock_changed)
        self.banner.resolve_requested.connect(self.resolve)
        self.banner.check_requested.connect(self.check_editing)
        self.banner.take_over_requested.connect(self.edit_anyway)

    @Slot()
    def resolve(self) -> None:
        """The file changed under us: Merge (default), Load Theirs or Keep Mine; Esc
        decides nothing (the banner offers Resolve…; the next save or close asks again)."""
        c = self.controller
        if self._resolving or not c.in_conflict:
            return
        self._resolving = True
        try:
            path = c.sidecar_path
            choice = messages.ask_conflict_choice(self.host.main_window(),
                                                  display_name(path) if path else "")
            if choice == "merge":
                c.merge_with_disk()
            elif choice == "theirs":
                c.reload_from_disk()
            elif choice == "mine":
                c.keep_mine()
        finally:
            self._resolving = False
        if c.in_conflict:
            self.banner.show_conflict()

    @Slot()
    def _on_conflict_resolved(self) -> None:
        if self.banner.state == "conflict":
            self.banner.clear()

    @Slot(object)
    def _on_lock_changed(self, holder: LockInfo | None) -> None:
        """Another window edits the report (banner: who, where, since) or nobody does."""
        if holder is None:
            self.banner.clear()
        else:
            self.banner.show_locked(holder)

    @Slot()
    def check_editing(self) -> None:
        """Check Again: edit if the other window has let the report go."""
        if self.controller.take_over():
            self.host.show_status(self.tr("The report is now open for editing here."), 5000)
        elif self.controller.lock_holder is not None:
            self.host.show_status(self.tr("Still open for editing in the other window; "
                                          "its latest annotations are shown."), 5000)

    @Slot()
    def edit_anyway(self) -> None:
        """Edit Anyway: take the report over although the other window still has it."""
        if self.controller.take_over(force=True):
            self.host.show_status(self.tr("The report is now open for editing here."), 5000)
