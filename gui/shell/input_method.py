"""Typing Chinese on fcitx desktops. PySide6's wheels carry Qt's ibus and compose input
contexts but no fcitx one, so where the desktop asks Qt for fcitx (QT_IM_MODULE=fcitx or
XMODIFIERS=@im=fcitx) nothing can be typed into a note. The window says so once, in the
status bar, with the remedy (QT_IM_MODULE=ibus, fcitx5's ibus front end; README)."""
from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo

if TYPE_CHECKING:
    from gui.common.host import Host


WARNING_MS = 30_000


def plugin_dirs() -> list[Path]:
    """Where Qt looks for platform input contexts: its plugins folder and library paths."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))]
    folders += [Path(p) for p in QCoreApplication.libraryPaths()]
    return [folder / "platforminputcontexts" for folder in folders]


def fcitx_module_missing(env: Mapping[str, str], folders: Iterable[Path],
                         platform: str | None = None) -> bool:
    """True when the session asks Qt for fcitx and no fcitx input context plugin exists.
    A QT_IM_MODULE naming another module (ibus) is the remedy, not a problem."""
    if not (platform or sys.platform).startswith("linux"):
        return False
    module = env.get("QT_IM_MODULE", "").lower()
    if module and "fcitx" not in module:
        return False
    if "fcitx" not in module and "fcitx" not in env.get("XMODIFIERS", "").lower():
        return False
    return not any(plugin.name.lower().find("fcitx") >= 0
                   for folder in folders if folder.is_dir() for plugin in folder.iterdir())


def warn_if_fcitx_missing(host: Host, env: Mapping[str, str],
                          folders: Iterable[Path] | None = None) -> bool:
    """Show the warning in the status bar when fcitx cannot work; True when shown."""
    if not fcitx_module_missing(env, plugin_dirs() if folders is None else folders):
        return False
    host.show_status(QCoreApplication.translate(
        "InputMethod",
        "Chinese input: Qt has no fcitx module here; start Yuepi with QT_IM_MODULE=ibus "
        "(see the README)"), WARNING_MS)
    return True
