"""Starting the window where it cannot start: one sentence and status 2, never Qt's abort
(status 134); an unknown --lang is refused the same way."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gui import display_check

ROOT = Path(__file__).resolve().parent.parent


def run_main(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    base = {key: os.environ[key] for key in ("PATH", "HOME", "SYSTEMROOT") if key in os.environ}
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", env={**base, **env}, timeout=60)


def assert_one_line(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("yuepi"), result.stderr
    for word in words:
        assert word in lines[0]
    return lines[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="displays are a Linux matter")
def test_no_display_is_one_sentence_and_status_2() -> None:
    line = assert_one_line(run_main(env={}), "no display found", "xvfb-run", "outline")
    assert "qt.qpa" not in line


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="displays are a Linux matter")
def test_an_absent_x_server_is_one_sentence(tmp_path: Path) -> None:
    # a display number nobody serves; the xcb plugin may be missing libraries instead
    result = run_main(env={"DISPLAY": ":987"})
    line = assert_one_line(result)
    assert "cannot connect to the X display ':987'" in line or "cannot load" in line


def test_unknown_language_lists_the_supported_ones() -> None:
    result = run_main("--lang", "fr", env={})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "unknown language 'fr' (supported: zh_CN, en)" in result.stderr


def test_the_verbs_need_no_display(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("报告\n一、总体情况\n正文。\n", encoding="utf-8")
    result = run_main("outline", str(report), env={})
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(("env", "platform", "expected"), [
    ({}, "linux", "no display"),
    ({}, "win32", None),
    ({}, "darwin", None),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", None),
    ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, "linux", None),
])
def test_problem(env, platform, expected) -> None:
    found = display_check.problem(env, platform)
    assert (found is None) if expected is None else (expected in (found or ""))


def test_a_plugin_that_cannot_load_names_the_packages(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    monkeypatch.setattr(display_check, "xcb_plugin", lambda: plugin)
    monkeypatch.setattr(display_check, "missing_library", lambda _: "libxcb-icccm.so.4")
    monkeypatch.setattr(display_check, "_loads",
                        lambda name: name not in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1"))
    found = display_check.problem({"DISPLAY": ":0"}, "linux") or ""
    assert "missing libxcb-icccm.so.4, libxcb-keysyms.so.1" in found
    assert "apt-get install libxcb-icccm4 libxcb-keysyms1 " in found


def test_missing_library_reads_the_loader_message(tmp_path: Path) -> None:
    not_a_library = tmp_path / "libqxcb.so"
    not_a_library.write_bytes(b"not an ELF file")
    assert display_check.missing_library(not_a_library) == "libqxcb.so"


def test_the_table_matches_the_install_script() -> None:
    script = (ROOT / "tools" / "system_deps.sh").read_text(encoding="utf-8")
    for library, package in display_check.DEBIAN_PACKAGES.items():
        assert f"{library}:{package}" in script
