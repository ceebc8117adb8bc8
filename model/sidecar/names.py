"""The names of the sidecar and the files around it (docs/sidecar.md, "File names").

`报告.docx` → `报告.docx.annotations.json`, and beside it the `.bak`, the
`.corrupt-YYYYmmdd-HHMMSS[-n].json` copies, the `.lock` and `.wlock` files and model.atomic's temp files.
A report name may fit the 255-byte limit while these do not (80 Chinese characters are
240 bytes): then the sidecar is `<report name cut>…<8 hex>.annotations.json`, the hex
being the start of the SHA-256 of the whole report name, so it is found again on reopen.
The shortened name leaves room for every member of the family; each member is also
fitted on its own (model.name_fit.fit), so no name Yuepi makes can be too long.
"""
from __future__ import annotations

import os
from pathlib import Path

from model.name_fit import NAME_MAX, fit, fits, shorten

SUFFIX = ".annotations.json"
#: What the longest family member adds to the sidecar's name: `.corrupt-YYYYmmdd-HHMMSS-999`.
FAMILY_ROOM = 32
#: What the temp file adds (`.` + `.<8 hex>.tmp`): a name whose temp file fits could
#: always be saved, so it keeps its full form (sidecars written before stay found).
TEMP_ROOM = 14


def sidecar_name(report_name: str) -> str:
    """`<report_name>.annotations.json`, or its shortened form when that is too long."""
    full = report_name + SUFFIX
    if fits(full, NAME_MAX - TEMP_ROOM):
        return full
    return shorten(report_name, NAME_MAX - FAMILY_ROOM - len(SUFFIX)) + SUFFIX


def sidecar_path(report_path: str | os.PathLike[str]) -> Path:
    """`报告.docx` → `报告.docx.annotations.json`, in the same folder."""
    p = Path(report_path)
    return p.with_name(sidecar_name(p.name))


def report_of_sidecar(path: str | os.PathLike[str]) -> Path | None:
    """`报告.docx.annotations.json` → `报告.docx` when that report is beside it, else None:
    an annotation file opened or dropped as if it were the report opens its report (a
    shortened sidecar name cannot be read back; it gets the usual "not supported")."""
    p = Path(path)
    if not p.name.endswith(SUFFIX) or len(p.name) == len(SUFFIX):
        return None
    report = p.with_name(p.name[: -len(SUFFIX)])
    return report if report.is_file() else None


def backup_path(path: str | os.PathLike[str]) -> Path:
    """The previous version of sidecar `path`: `<name>.bak`."""
    p = Path(path)
    return p.with_name(fit(p.name, tail=".bak"))


def lock_path(path: str | os.PathLike[str]) -> Path:
    """The editing lock of sidecar `path` (model.sidecar.lock): `<name>.lock`."""
    p = Path(path)
    return p.with_name(fit(p.name, tail=".lock"))


def write_lock_path(path: str | os.PathLike[str]) -> Path:
    """The write lock of sidecar `path` (model.sidecar.lock), hidden and brief:
    `.<name>.wlock`."""
    p = Path(path)
    return p.with_name(fit(p.name, head=".", tail=".wlock"))


def corrupt_path(path: str | os.PathLike[str], stamp: str, n: int = 1) -> Path:
    """Where damaged sidecar `path` is moved: `<stem>.corrupt-<stamp>[-n].json`."""
    p = Path(path)
    stem = p.name[: -len(".json")] if p.name.endswith(".json") else p.name
    extra = "" if n == 1 else f"-{n}"
    return p.with_name(fit(stem, tail=f".corrupt-{stamp}{extra}.json"))
