"""The segmenter's files on disk: where jieba's main dictionary is, the per-user cache of
its prefix table (read with one `marshal.loads`, written through model.atomic), the user
dictionaries read as entries, and the reviewer's dictionary appended to or adopted from a
former folder. The Segmenter that uses them: model/reading/segmenter.py.
"""
from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
from collections.abc import Sequence
from pathlib import Path

from model.atomic import atomic_write
from model.reading.jieba_import import import_jieba, jieba_dir

#: Bump when the cache layout changes; older caches are then rebuilt.
CACHE_FORMAT = 1
#: A dictionary entry: word, frequency (None: jieba suggests one), part of speech.
Entry = tuple[str, int | None, str | None]


def default_main_dict() -> Path:
    """jieba's bundled dictionary (imports jieba: ~25 ms, so only when a Segmenter needs it
    — the window starts without it and loads it in a worker)."""
    name: str = import_jieba().DEFAULT_DICT_NAME
    return Path(name) if os.path.isabs(name) else jieba_dir() / name


def cache_path(cache_dir: Path, main_dict: Path) -> Path:
    """The cache file of `main_dict`'s prefix table in `cache_dir`."""
    digest = hashlib.md5(str(main_dict.resolve()).encode("utf-8")).hexdigest()
    return cache_dir / f"jieba.{digest}.yuepi.cache"


def _cache_header(main_dict: Path) -> tuple[str, int, str, str, int]:
    stat = main_dict.stat()
    return ("yuepi-jieba", CACHE_FORMAT, import_jieba().__version__,
            str(main_dict.resolve()),
            stat.st_size)


def read_cache(path: Path, main_dict: Path) -> tuple[dict[str, int], int] | None:
    """The prefix table from the cache if it is ours and newer than the dictionary."""
    try:
        if path.stat().st_mtime <= main_dict.stat().st_mtime:
            return None
        data = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if (not isinstance(data, tuple) or len(data) != 3
            or data[0] != _cache_header(main_dict)):
        return None
    return data[1], data[2]


def write_cache(path: Path, main_dict: Path, table: tuple[dict[str, int], int]) -> None:
    """Write through model.atomic without fsync: a lost or failed cache only costs
    speed next time, so failures are ignored."""
    data = marshal.dumps((_cache_header(main_dict), table[0], table[1]))
    with contextlib.suppress(OSError):
        atomic_write(path, data, fsync=False)


def user_entries(dicts: Sequence[Path | None]) -> list[Entry]:
    """Yuepi's and the reviewer's words: jieba's "word [freq] [POS]" lines; blank lines
    and "#" comments are skipped (jieba's own load_userdict accepts no comments and
    leaves the file open)."""
    entries: list[Entry] = []
    for path in dicts:
        if path is None or not path.is_file():
            continue
        with open(path, encoding="utf-8-sig") as f:
            for line in f:
                parts = line.split()
                if not parts or parts[0].startswith("#"):
                    continue
                freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
                tag = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else None
                entries.append((parts[0], freq, tag))
    return entries


def append_user_word(path: Path, line: str) -> None:
    """Add a line to the reviewer's dictionary: the whole small file is rewritten
    through model.atomic, so a crash never leaves it half-written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        old = path.read_bytes()
    except FileNotFoundError:
        old = b""
    if old and not old.endswith(b"\n"):  # a hand-edited last line without its end
        old += b"\n"
    atomic_write(path, old + line.encode("utf-8"))


def adopt(old: Path, new: Path) -> None:
    """Copy the reviewer's dictionary from `old` to `new` if there is one; the old file
    stays (an older Yuepi may still read it). Failure leaves the dictionary empty."""
    with contextlib.suppress(OSError):
        data = old.read_bytes()
        new.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(new, data)
