"""Desktop integration files: the icon renders, the .desktop entry and MIME types install
under $XDG_DATA_HOME (user level) and are valid."""
from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"


def test_every_png_size_is_committed() -> None:
    from tools.make_icons import SIZES

    for size in SIZES:
        data = (ICONS / f"yuepi-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(data[16:20], "big") == size  # IHDR width
    assert (ICONS / "yuepi.ico").read_bytes()[:4] == b"\0\0\1\0"
    ET.parse(ICONS / "yuepi.svg")


@pytest.mark.skipif(sys.platform == "win32", reason="freedesktop only")
def test_install_desktop_is_user_level(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share"), "HOME": str(tmp_path)}
    result = subprocess.run(["sh", str(ROOT / "tools" / "install_desktop.sh"), "yuepi-gui"],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    share = tmp_path / "share"
    entry = share / "applications" / "yuepi.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(entry, encoding="utf-8")
    desktop = parser["Desktop Entry"]
    assert desktop["Exec"] == "yuepi-gui %f" and desktop["Icon"] == "yuepi"
    assert {"text/plain", "text/markdown"} <= set(desktop["MimeType"].split(";"))
    assert (share / "icons/hicolor/48x48/apps/yuepi.png").is_file()
    assert (share / "icons/hicolor/scalable/apps/yuepi.svg").is_file()
    ET.parse(share / "mime" / "packages" / "yuepi.xml")
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                               text=True)
        assert check.returncode == 0, check.stdout + check.stderr

