"""The reviewer's decisions of one comparison: the links of `B.compare.json`, saved after
every change through model/compare/store.py (atomic, `.bak`, write lock, a damaged file
moved aside, a newer one never overwritten), and watched on disk like the annotation
sidecar: a QFileSystemWatcher, a check when the window is activated and one before every
save. A file changed by someone else is merged link by link with the window's decisions
(model.compare.merge: nothing either side decided is lost) and the merge saved.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal, Slot

from gui.common.file_watch import FileWatch
from gui.compare.pair_loading import Pair
from gui.document.report_watch import Stamp, file_stamp
from model.compare.merge import merge_links
from model.compare.store import (
    Comparison,
    Link,
    Side,
    comparison_path,
    open_comparison,
    reanchor,
    save_comparison,
)
from model.errors import ModelError
from model.sidecar.anchoring import AnchorSummary


class Decisions(QObject):
    """Signals: changed() — the links changed (an edit, its undo, a merge from disk);
    notice(code, detail) — "compare_file_corrupt" (moved aside) or "compare_merged";
    error(code, detail) — a ModelError code: the file could not be read or written."""

    changed = Signal()
    notice = Signal(str, str)
    error = Signal(str, str)

    def __init__(self, pair: Pair, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pair = pair
        self.path = comparison_path(pair.b.path)
        self.links: list[Link] = []
        self._base: list[Link] = []  # the file as last read or written
        self._stamp: Stamp | None = None
        self._watch_file = FileWatch(self)
        self._watch_file.settled.connect(self.check)

    def open(self) -> bool:
        """Read the file (absent: no decisions yet); False when it cannot be read."""
        theirs = self._read()
        if theirs is None:
            return False
        self.links, self._base = list(theirs), list(theirs)
        self._watch()
        self.changed.emit()
        return True

    def _read(self) -> list[Link] | None:
        stamp = file_stamp(self.path)
        try:
            opened = open_comparison(self.pair.a, self.pair.b)
        except ModelError as exc:
            self.error.emit(exc.code, exc.detail)
            return None
        if opened.quarantined is not None:
            self.notice.emit("compare_file_corrupt", f"{opened.quarantined} ({opened.problem})")
        self._stamp = stamp if opened.quarantined is None else None
        return list(opened.comparison.links)

    def stop(self) -> None:
        """Stop watching (the window closes)."""
        self._watch_file.stop()

    def rebase(self, pair: Pair) -> tuple[AnchorSummary, AnchorSummary]:
        """A or B was read again (changed on disk): every link (and the base the next
        merge compares with) placed on the new texts with the sidecar's rules — moved,
        fuzzy or orphaned, never dropped. The file is written with the next change; until
        then it still names the old texts, so opening it re-anchors the same way."""
        old = Side.of(self.pair.a), Side.of(self.pair.b)
        placed, summary_a, summary_b = reanchor(Comparison(*old, self.links),
                                                pair.a.text, pair.b.text)
        base = reanchor(Comparison(*old, self._base), pair.a.text, pair.b.text)[0]
        self.pair, self.links, self._base = pair, placed.links, base.links
        self.changed.emit()
        return summary_a, summary_b

    # editing -------------------------------------------------------------------------------
    def apply(self, remove: Iterable[str], add: Iterable[Link]) -> bool:
        """Drop the links with these ids, add these (the undo commands' one entry), save."""
        gone = set(remove)
        self.links = [k for k in self.links if k.id not in gone] + list(add)
        self.changed.emit()
        return self.save()

    def get(self, link_id: str) -> Link | None:
        return next((k for k in self.links if k.id == link_id), None)

    def save(self) -> bool:
        """Merge what changed on disk first, then write; False (and error) on failure."""
        self.check(save=False)
        try:
            save_comparison(self.pair.a, self.pair.b, Comparison(links=list(self.links)))
        except ModelError as exc:
            self.error.emit(exc.code, exc.detail)
            return False
        except OSError as exc:
            self.error.emit("sidecar_unwritable", f"{self.path}: {exc.strerror or exc}")
            return False
        self._base = list(self.links)
        self._stamp = file_stamp(self.path)
        self._watch()
        return True

    # on disk -------------------------------------------------------------------------------
    @Slot()
    def check(self, save: bool = True) -> bool:
        """Merge the file if someone else changed it; True when it had changed."""
        self._watch_file.pause()
        self._watch()
        if file_stamp(self.path) == self._stamp:
            return False
        if file_stamp(self.path) is None:  # deleted under us: written again from ours
            self._stamp = None
            if save and self.links:
                self.save()
            return True
        theirs = self._read()
        if theirs is None:
            return True
        merged = merge_links(self._base, self.links, theirs)
        self._base = theirs
        if merged != self.links:
            self.links = merged
            self.changed.emit()
        self.notice.emit("compare_merged", str(self.path))
        if save and merged != theirs:
            self.save()
        return True

    def _watch(self) -> None:
        self._watch_file.watch(self.path)
