"""One stderr warning line when a sidecar a verb read had to be repaired or salvaged.

The verb goes on with what was read (exit 0): lone surrogates were replaced with U+FFFD,
or a partly damaged file gave only its readable annotations (docs/sidecar.md).
"""
from __future__ import annotations

import os
import sys
from typing import TextIO

from model.cli.wording import counted
from model.errors import MESSAGES
from model.sidecar.format import SidecarData


def notice_text(path: str | os.PathLike[str], data: SidecarData | None) -> str:
    """The warning for `data` read from `path`, "" when there is nothing to say."""
    if data is None or not (data.repaired or data.problems):
        return ""
    parts = []
    if data.repaired:
        parts.append(f"{MESSAGES['sidecar_repaired']} ({data.repaired})")
    if data.problems:
        dropped = sum(p.dropped for p in data.problems)
        parts.append(f"{MESSAGES['sidecar_salvaged']}: {counted(dropped, 'item')} left out, "
                     f"{counted(len(data.problems) - dropped, 'default')} used; first: "
                     f"{data.problems[0].describe()}")
    return f"{os.fspath(path)}: " + "; ".join(parts)


def warn(verb: str, path: str | os.PathLike[str], data: SidecarData | None,
         stream: TextIO | None = None) -> None:
    """Print notice_text as exactly one line (a file name may hold a line break)."""
    text = notice_text(path, data)
    if text:
        print(f"yuepi {verb}: warning: {' '.join(text.splitlines())}",
              file=stream or sys.stderr)
