"""Debounced autosave of the annotation sidecar, with conflict detection.

The controller calls `schedule()` after every change and `save_now()` on close. Before
each write the sidecar's fingerprint on disk is compared with the one we last read or
wrote; if another program changed it we emit `conflict_detected` and hold every write
until the controller resolves it (merge, reload or keep mine); each later save attempt
asks again. No exception of a save passes silently: one that is not a ModelError or an
OSError (a bug) is logged with its traceback and reported as `sidecar_save_failed`, so the
reviewer is told and offered Save As.
"""
from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from model.errors import ModelError
from model.filenames import display_text

DEFAULT_DELAY_MS = 800
#: The save_failed code of an unexpected exception in a save (gui/common/labels.py).
INTERNAL_ERROR = "sidecar_save_failed"
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
        save_failed(code, detail): a ModelError code such as "sidecar_unwritable", or
            INTERNAL_ERROR.
        about_to_write(): just before a write (the report's own file is checked then).
    """

    saved = Signal()
    about_to_write = Signal()
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
        """Write now unless disabled or in conflict (then ask again: conflict_detected);
        True when the file was written."""
        self._timer.stop()
        if not self.enabled or self.path is None:
            return False
        if not self.in_conflict:
            try:
                self.in_conflict = self._changed_on_disk(self.path, self.fingerprint)
            except Exception as exc:  # noqa: BLE001 - e.g. unreadable now: reported
                self._failed(exc, self.path)
                return False
            if not self.in_conflict:
                return self.force_save()
        self.conflict_detected.emit()
        return False

    def force_save(self, path: Path | None = None) -> bool:
        """Write without the conflict check (keep mine, Save As)."""
        self._timer.stop()
        target = path if path is not None else self.path
        if not self.enabled or target is None:
            return False
        self.about_to_write.emit()
        try:
            with _ui_thread_first():
                self.fingerprint = self._write(target)
        except Exception as exc:  # noqa: BLE001 - every failure is reported
            self._failed(exc, target)
            return False
        self.path = target
        self.in_conflict = self.pending = False
        self.saved.emit()
        return True

    def _failed(self, exc: Exception, target: Path) -> None:
        """save_failed with the error's code; a bug (not a ModelError or OSError) is
        logged with its traceback first, for developers."""
        if isinstance(exc, ModelError):
            self.save_failed.emit(exc.code, display_text(exc.detail))
        elif isinstance(exc, OSError):
            self.save_failed.emit("sidecar_unwritable",
                                  display_text(f"{target}: {exc.strerror or exc}"))
        else:
            logging.getLogger(__name__).error("saving %s failed", target, exc_info=exc)
            self.save_failed.emit(INTERNAL_ERROR,
                                  display_text(f"{target}: {type(exc).__name__}: {exc}"))
