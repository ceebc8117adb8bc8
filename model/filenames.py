"""File names as text, whatever bytes they hold.

On Linux a file name is bytes. A name that is not UTF-8 (a GBK-named file unzipped from a
Windows archive) reaches Python as a str holding lone surrogates (surrogateescape): it
still opens, stats and renames, but it cannot be encoded as UTF-8, so JSON, HTML, .docx,
QSettings and every Qt string either fail or silently drop those characters. (On Windows
a name may hold an unpaired UTF-16 surrogate: the same problem.)

The rule, everywhere in Yuepi:
- the real path (str or Path, surrogates and all) is kept for every file system call;
- a name becomes text for people or for a file (window title, status bar, messages,
  the sidecar's `source.name`, exports, citations) only through `display_name`,
  `display_path` or `display_text`: each undecodable byte becomes U+FFFD;
- where a path must come back exactly (the recent files list), `path_to_text` stores it
  reversibly and `path_from_text` restores it;
- a path handed back by Qt (a file dialog, a drop) has U+FFFD where the bytes were:
  `real_path` finds the file it names.
"""
from __future__ import annotations

import errno
import os
import re
from pathlib import Path

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")
_RUNS = re.compile(f"{REPLACEMENT}+")
#: Marks a path stored as the hex of its bytes (no absolute path starts like this).
_BYTES_PREFIX = "fs-bytes:"
#: Windows' "the name cannot be resolved" (its code for a symbolic link loop).
_WIN_CANT_RESOLVE = 1921
#: How many folder entries real_path looks through for one name.
MAX_SCAN = 10_000


def display_text(text: str) -> str:
    """`text` with every lone surrogate (an undecodable byte of a file name) as U+FFFD:
    always valid UTF-8. Text without surrogates is returned as it is."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub(REPLACEMENT, text)
    return text


def display_name(path: str | os.PathLike[str]) -> str:
    """The last part of `path` as text (see display_text)."""
    return display_text(Path(path).name)


def display_path(path: str | os.PathLike[str]) -> str:
    """The whole of `path` as text (see display_text)."""
    return display_text(os.fspath(path))


def path_to_text(path: str | os.PathLike[str]) -> str:
    """A text form of `path` that path_from_text turns back into the same path. A name
    that is valid UTF-8 stays as it is (settings written before stay readable)."""
    text = os.fspath(path)
    if not _SURROGATE.search(text):
        return text
    return _BYTES_PREFIX + os.fsencode(text).hex()


def path_from_text(text: str) -> str:
    """Inverse of path_to_text (any other text is returned unchanged)."""
    if text.startswith(_BYTES_PREFIX):
        try:
            return os.fsdecode(bytes.fromhex(text[len(_BYTES_PREFIX):]))
        except ValueError:
            return text
    return text


def resolved(path: str | os.PathLike[str]) -> Path:
    """`Path(path).resolve()`, or the absolute path when it cannot be resolved (a symbolic
    link loop raises RuntimeError or OSError there)."""
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError, ValueError):
        return Path(os.path.abspath(path))


def is_link_loop(error: OSError) -> bool:
    """Did this error come from a symbolic link loop (ELOOP; Windows' 1921)?"""
    return error.errno == errno.ELOOP or getattr(error, "winerror", None) == _WIN_CANT_RESOLVE


def link_loop(path: str | os.PathLike[str]) -> bool:
    """Is `path` (or a folder on the way to it) a symbolic link loop?"""
    try:
        os.stat(path)
    except OSError as exc:
        return is_link_loop(exc)
    except ValueError:
        return False
    return False


def broken_link(path: str | os.PathLike[str]) -> bool:
    """Is `path` a symbolic link to something that does not exist?"""
    return os.path.islink(path) and not os.path.exists(path) and not link_loop(path)


def link_target(path: str | os.PathLike[str]) -> str:
    """Where the symbolic link `path` points, as written in the link ("" if unreadable)."""
    try:
        return os.readlink(path)
    except (OSError, ValueError):
        return ""


def real_path(path: str) -> str:
    """The file that a path handed back by Qt names.

    Qt decodes file names as UTF-8 and puts U+FFFD where a byte is not, so such a path
    does not exist. Each missing part holding U+FFFD is looked up in its folder: the one
    entry whose display name matches (a run of U+FFFD standing for any run of
    undecodable bytes) is taken. Parts that match nothing (a file to be created) stay as
    given; a path that exists, or holds no U+FFFD, is returned unchanged."""
    if REPLACEMENT not in path or os.path.lexists(path):
        return path
    anchor, *parts = Path(path).parts
    current = anchor
    for at, part in enumerate(parts):
        candidate = os.path.join(current, part)
        if REPLACEMENT in part and not os.path.lexists(candidate):
            found = _entry_like(current, part)
            if found is None:
                return os.path.join(current, *parts[at:])
            candidate = os.path.join(current, found)
        current = candidate
    return current


def _entry_like(folder: str, shown: str) -> str | None:
    """The only entry of `folder` whose display name matches `shown`, else None."""
    want = _RUNS.sub(REPLACEMENT, shown)
    found: list[str] = []
    try:
        with os.scandir(folder) as entries:
            for n, entry in enumerate(entries):
                if n >= MAX_SCAN:
                    break
                if _RUNS.sub(REPLACEMENT, display_text(entry.name)) == want:
                    found.append(entry.name)
    except OSError:
        return None
    return found[0] if len(found) == 1 else None
