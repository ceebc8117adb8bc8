"""UI state kept between sessions, over an injected QSettings (tests pass an INI file)."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from model.filenames import path_from_text, path_to_text, resolved

if TYPE_CHECKING:
    from model.annotations import Tag

MAX_RECENT = 10
#: Account names that are no reviewer's name (never stamped on an annotation).
GENERIC_ACCOUNTS = frozenset({"root", "admin", "administrator", "user", "guest", "owner"})
ZOOM_MIN, ZOOM_MAX = -6, 16


class UiSettings:
    """Typed accessors for window geometry, splitter, recent files, zoom and positions."""

    def __init__(self, qsettings: QSettings) -> None:
        self._s = qsettings

    def sync(self) -> None:
        self._s.sync()

    # window ---------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    def set_splitter_state(self, value: QByteArray) -> None:
        self._s.setValue("window/splitter", value)

    # text view ---------------------------------------------------------------
    def zoom(self) -> int:
        return max(ZOOM_MIN, min(ZOOM_MAX, self._int("view/zoom", 0)))

    def set_zoom(self, steps: int) -> None:
        self._s.setValue("view/zoom", int(steps))

    def outline_level(self) -> int:
        """Level the outline is expanded to after opening a report (0 = all)."""
        return self._int("view/outline_level", 1)

    def set_outline_level(self, level: int) -> None:
        self._s.setValue("view/outline_level", int(level))

    # recent files ---------------------------------------------------------------
    def recent_files(self) -> list[str]:
        """The real paths (a name that is not UTF-8 is kept exactly: model/filenames.py)."""
        value = self._s.value("files/recent", [])
        if isinstance(value, str):  # QSettings INI returns a lone entry as a string
            value = [value]
        return [path_from_text(str(v)) for v in value or [] if v][:MAX_RECENT]

    def add_recent_file(self, path: str | Path) -> list[str]:
        entry = str(resolved(path))
        files = [entry] + [f for f in self.recent_files() if f != entry]
        self._set_recent(files[:MAX_RECENT])
        return self.recent_files()

    def remove_recent_file(self, path: str | Path) -> list[str]:
        drop = {str(resolved(path)), os.path.abspath(path), str(path)}
        self._set_recent([f for f in self.recent_files() if f not in drop])
        return self.recent_files()

    def clear_recent_files(self) -> None:
        self._set_recent([])

    # reading position per file ----------------------------------------------------
    def reading_position(self, path: str | Path) -> int:
        return self._int(f"positions/{_key(path)}", 0)

    def set_reading_position(self, path: str | Path, offset: int) -> None:
        self._s.setValue(f"positions/{_key(path)}", int(offset))

    # language ----------------------------------------------------------------------
    def language(self) -> str | None:
        value = self._s.value("ui/language", None)
        return str(value) if value else None

    def set_language(self, lang: str | None) -> None:
        self._s.setValue("ui/language", lang or "")

    # annotations (tagging) ------------------------------------------------------------
    def author_name(self) -> str:
        """The reviewer's name stamped on annotations (default: the account name, unless
        it names no person: "root", "admin" … give "")."""
        value = self._s.value("annotations/author", "")
        if value:
            return str(value)
        import getpass

        try:
            account = getpass.getuser()
        except (KeyError, OSError):
            return ""
        return "" if account.strip().lower() in GENERIC_ACCOUNTS else account

    def author_is_set(self) -> bool:
        """The reviewer gave a name (Set Author Name…, or the prompt at the first tag)."""
        return bool(self._s.value("annotations/author", ""))

    def author_unit(self) -> str:
        """The reviewer's unit (单位), signed under a 审阅意见; "" when not given."""
        return str(self._s.value("annotations/unit", "") or "")

    def set_author_unit(self, unit: str) -> None:
        self._s.setValue("annotations/unit", unit.strip())

    def set_author_name(self, name: str) -> None:
        self._s.setValue("annotations/author", name.strip())

    def default_tag_set(self) -> tuple[Tag, ...]:
        """The reviewer's tag set for new documents, or () when none was chosen."""
        import json

        from model.annotations import Tag  # not at import: not on the first paint's path

        try:
            value = json.loads(str(self._s.value("annotations/default_tags", "") or "null"))
            return tuple(Tag(str(d["id"]), str(d["label_zh"]), str(d["label_en"]),
                             str(d["color"]), int(d.get("key", 0))) for d in value or [])
        except (KeyError, TypeError, ValueError, AttributeError):
            return ()

    def set_default_tag_set(self, tags: tuple[Tag, ...]) -> None:
        import json

        value = [{"id": t.id, "label_zh": t.label_zh, "label_en": t.label_en,
                  "color": t.color, "key": t.key} for t in tags]
        self._s.setValue("annotations/default_tags", json.dumps(value, ensure_ascii=False))

    # suggestions ------------------------------------------------------------------------
    def suggestion_min_score(self) -> float:
        """The Suggestions pane's threshold (0..1; model.reading.ranking.DEFAULT_MIN_SCORE
        unless set: suggestions resting on a section's default alone are left out)."""
        from model.reading.ranking import DEFAULT_MIN_SCORE
        try:
            value = float(self._s.value("suggestions/min_score", DEFAULT_MIN_SCORE))
        except (TypeError, ValueError):
            return DEFAULT_MIN_SCORE
        return max(0.0, min(1.0, value)) if value == value else DEFAULT_MIN_SCORE

    def set_suggestion_min_score(self, value: float) -> None:
        self._s.setValue("suggestions/min_score", round(max(0.0, min(1.0, float(value))), 2))

    # the compare window (gui/compare) ----------------------------------------------------
    def compare_state(self, key: str) -> QByteArray | None:
        """A saved state of the compare window: "geometry", or a splitter's or header's
        name (compare/<key>)."""
        return self._bytes(f"compare/{key}")

    def set_compare_state(self, key: str, value: QByteArray) -> None:
        self._s.setValue(f"compare/{key}", value)

    # helpers --------------------------------------------------------------------------
    def _set_recent(self, files: list[str]) -> None:
        self._s.setValue("files/recent", [path_to_text(f) for f in files])

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key, None)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _int(self, key: str, default: int) -> int:
        try:
            return int(self._s.value(key, default))
        except (TypeError, ValueError):
            return default


def _key(path: str | Path) -> str:
    """A settings key for a file: a hash, because paths contain "/" (a group separator);
    of the path's bytes, so a name that is not UTF-8 has its own key too."""
    return hashlib.sha1(os.fsencode(resolved(path))).hexdigest()[:16]
