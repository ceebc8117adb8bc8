"""Can the window start here? Asked before Qt is imported, because Qt answers "no display"
or "the xcb plugin cannot load" by aborting the process (status 134) with a message that
names the wrong library.

Linux only (Windows and macOS always have their platform plugin): no $DISPLAY,
$WAYLAND_DISPLAY or $QT_QPA_PLATFORM means no display; for the X11 (xcb) platform the
plugin is loaded with the dynamic loader to name a missing system library, and the X
server is asked for a connection, so the reviewer gets one sentence instead of an abort.
"""
from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

#: The Debian/Ubuntu package of every system library Qt's xcb platform plugin loads
#: (ldd of PySide6's libqxcb.so and libQt6XcbQpa.so on a minimal Debian 12, plus the xcb
#: libraries Qt's "X11 requirements" page lists); tools/system_deps.sh has the same table.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
_MISSING_LIB = re.compile(r"([\w.+-]+\.so(?:\.\d+)*): cannot open shared object file")
_HEADLESS_HINT = ("the headless commands (yuepi outline|annotations|suggest|export|merge REPORT) "
                  "need none, and the window runs under a virtual display with "
                  "`xvfb-run yuepi REPORT`")


def problem(env: Mapping[str, str] | None = None, platform: str = sys.platform) -> str | None:
    """One sentence saying why the window cannot start here, or None when it can (or when
    this cannot tell: then Qt decides)."""
    env = os.environ if env is None else env
    if not platform.startswith("linux"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return _xcb_problem(env) if chosen.startswith("xcb") else None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return f"no display found (neither DISPLAY nor WAYLAND_DISPLAY is set); {_HEADLESS_HINT}."
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland":
        return None  # Qt picks its Wayland plugin; it falls back to xcb on its own
    return _xcb_problem(env)


def _xcb_problem(env: Mapping[str, str]) -> str | None:
    plugin = xcb_plugin()
    if plugin is None:
        return None
    first = missing_library(plugin)
    if first:
        libraries = [name for name in DEBIAN_PACKAGES if not _loads(name)] or [first]
        packages = [DEBIAN_PACKAGES[name] for name in libraries if name in DEBIAN_PACKAGES]
        hint = (f"on Debian/Ubuntu: apt-get install {' '.join(packages)}"
                " (`make run` as root does it)" if packages
                else "install the package that provides it")
        return (f"Qt's X11 platform plugin cannot load: missing {', '.join(libraries)}; "
                f"{hint}.")
    if not _x_server_answers(env.get("DISPLAY", "")):
        return (f"cannot connect to the X display {env.get('DISPLAY', '')!r}; "
                f"{_HEADLESS_HINT}.")
    return None


def xcb_plugin() -> Path | None:
    """PySide6's libqxcb.so (a checkout, an installed package or a frozen bundle)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def missing_library(plugin: Path) -> str | None:
    """The first system library the dynamic loader cannot find for `plugin`, or None.

    Loading the plugin is what Qt does next anyway (same file, same handle); its
    libxcb-cursor is opened at run time, so it is asked for separately."""
    for name in (str(plugin), "libxcb-cursor.so.0"):
        try:
            ctypes.CDLL(name, mode=os.RTLD_LAZY | os.RTLD_LOCAL)
        except OSError as exc:
            found = _MISSING_LIB.search(str(exc))
            return found.group(1) if found else Path(name).name
    return None


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name, mode=os.RTLD_LAZY | os.RTLD_LOCAL)
    except OSError:
        return False
    return True


def _x_server_answers(display: str) -> bool:
    """xcb_connect to `display`; True when it works or when libxcb cannot be asked."""
    if not display:
        return False
    try:  # the usual soname first: find_library runs ldconfig (~20 ms at every start)
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        from ctypes.util import find_library

        try:
            xcb = ctypes.CDLL(find_library("xcb") or "libxcb.so.1")
        except OSError:
            return True
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return connection is not None and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection is not None:
            xcb.xcb_disconnect(connection)
