"""Debounced autosave of the annotation sidecar, with conflict detection.

The controller calls `schedule()` after every change and `save_now()` on close. Before
each write the sidecar's fingerprint on disk is compared with the one we last read or
wrote; if another program changed it we emit `conflict_detected` and hold every write
until the controller resolves it (`resolve()` after reload or keep-mine).
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from model.errors import ModelError
from model.filenames import display_text

DEFAULT_DELAY_MS = 800
#: The GIL switch interval while saving (Python's default is 5 ms); see `_ui_thread_first`.
SAVE_SWITCH_INTERVAL_S = 0.0005


@contextmanager
def _ui_thread_first() -> Iterator[None]:
    """Take the GIL back sooner while saving.

    While a worker thread runs Python (jieba segments a report for seconds after it is
    opened), each system call of the save (write, fsync, rename …) hands the worker the
    GIL, and getting it back waits a whole switch interval: with 5 ms, adding one of
    10,000 annotations took ~45 ms instead of ~12 (bench/tagging_window.py)."""
    old = sys.getswitchinterval()
    sys.setswitchinterval(min(old, SAVE_SWITCH_INTERVAL_S))
    try:
        yield
    finally:
        sys.setswitchinterval(old)


class Autosave(QObject):
    """Writes through `write(path) -> fingerprint` and checks `changed_on_disk(path, fp)`.

    Signals:
        saved(): a write succeeded (the controller marks the undo stack clean).
        conflict_detected(): the file changed on disk; nothing is written until resolve().
        save_failed(code, detail): a ModelError code such as "sidecar_unwritable".
    """

    saved = Signal()
    conflict_detected = Signal()
    save_failed = Signal(str, str)

    def __init__(self, write: Callable[[Path], Any],
                 changed_on_disk: Callable[[Path, Any], bool],
                 delay_ms: int = DEFAULT_DELAY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._write, self._changed_on_disk = write, changed_on_disk
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)
        self.path: Path | None = None
        self.fingerprint: Any = None
        self.enabled = False
        self.in_conflict = False
        self.pending = False

    def reset(self, path: Path | None, fingerprint: Any, enabled: bool) -> None:
        """Start over for a newly opened report (no pending write, no conflict)."""
        self._timer.stop()
        self.path, self.fingerprint, self.enabled = path, fingerprint, enabled
        self.in_conflict = self.pending = False

    def schedule(self) -> None:
        """Save after the debounce delay (restarted by every further change)."""
        if self.enabled and self.path is not None:
            self.pending = True
            self._timer.start()

    def is_scheduled(self) -> bool:
        return self._timer.isActive()

    @Slot()
    def save_now(self) -> bool:
        """Write now unless disabled or in conflict; True when the file was written."""
        self._timer.stop()
        if not self.enabled or self.path is None or self.in_conflict:
            return False
        if self._changed_on_disk(self.path, self.fingerprint):
            self.in_conflict = True
            self.conflict_detected.emit()
            return False
        return self.force_save()

    def force_save(self, path: Path | None = None) -> bool:
        """Write without the conflict check (keep mine, Save As)."""
        self._timer.stop()
        target = path if path is not None else self.path
        if not self.enabled or target is None:
            return False
        try:
            with _ui_thread_first():
                self.fingerprint = self._write(target)
        except ModelError as exc:
            self.save_failed.emit(exc.code, display_text(exc.detail))
            return False
        except OSError as exc:
            self.save_failed.emit("sidecar_unwritable",
                                  display_text(f"{target}: {exc.strerror or exc}"))
            return False
        self.path = target
        self.in_conflict = self.pending = False
        self.saved.emit()
        return True
