"""The learned model's file in the per-user data folder (model.paths), shared by the window
and the `suggest` verb.

A damaged file never stops anything: the window moves it aside (`….corrupt-YYYYmmdd-HHMMSS`)
and learning starts again; the verb, which only reads, leaves it where it is and works
without it. A file of a newer Yuepi is neither used nor overwritten. Writes go through
model.atomic.
"""
from __future__ import annotations

import functools
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from model import paths
from model.atomic import REPLACE_RETRY, atomic_write
from model.reading.learning import Learner, NewerLearningFile

FILE_NAME = "suggestion-learning.json"
#: Larger files are not read (a real one stays far below this).
MAX_BYTES = 32 * 1024 * 1024
#: Why a file could not be used.
CORRUPT, NEWER, UNREADABLE = "corrupt", "newer", "unreadable"


def learning_path(folder: Path | None = None) -> Path:
    """The file in `folder`, by default the per-user data folder."""
    return (folder if folder is not None else paths.user_data_dir()) / FILE_NAME


@dataclass
class Loaded:
    """A learner and what went wrong reading it: problem is "" (fine or no file yet),
    CORRUPT, NEWER or UNREADABLE; `moved_to` is where a corrupt file went; `writable`
    is False when the file must not be overwritten (NEWER, or unreadable)."""

    learner: Learner
    problem: str = ""
    moved_to: Path | None = None
    detail: str = ""

    @property
    def writable(self) -> bool:
        return self.problem in ("", CORRUPT)


def load_learner(path: Path, move_aside: bool = True) -> Loaded:
    """The learner in `path` (empty if there is none). A corrupt file is moved aside when
    `move_aside` (the window) and left alone otherwise (the verb)."""
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return Loaded(Learner())
    except OSError as exc:
        return Loaded(Learner(), UNREADABLE, detail=str(exc))
    try:
        if len(raw) > MAX_BYTES:
            raise ValueError("the file is too large")
        return Loaded(Learner.from_json(json.loads(raw.decode("utf-8"))))
    except NewerLearningFile as exc:
        return Loaded(Learner(), NEWER, detail=str(exc))
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError and JSON errors too
        moved = _move_aside(path) if move_aside else None
        return Loaded(Learner(), CORRUPT, moved, detail=str(exc)[:200])


def _move_aside(path: Path) -> Path | None:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.corrupt-{stamp}{path.suffix}")
    try:
        REPLACE_RETRY.run(functools.partial(os.rename, path, target))
    except OSError:
        return None
    return target


def save_learner(learner: Learner, path: Path) -> None:
    """Write `learner` atomically (the folder is made if missing); OSError on failure."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(learner.to_json(), ensure_ascii=False, separators=(",", ":"))
    atomic_write(path, data.encode("utf-8"))


def forget(path: Path) -> None:
    """Reset: remove the file (nothing learned any more); OSError on failure."""
    try:
        path.unlink()
    except FileNotFoundError:
        pass
