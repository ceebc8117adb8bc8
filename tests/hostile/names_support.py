"""Helpers for the hostile tests of file names and links (undecodable names, symbolic
links, files made for another report): generated files only, and the GUI fixtures of
tests/gui/conftest.py for the window tests (this folder has no conftest of its own)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from model.report.loading import load_report
from model.sidecar.store import save_sidecar, sidecar_path
from tests.model.export.review_fixtures import REPORT_PATH, sample_set

ROOT = Path(__file__).resolve().parents[2]
#: 工作报告.txt in GBK: not UTF-8 (a name from a Windows zip unpacked on Linux).
GBK_NAME = b"\xb9\xa4\xd7\xf7\xb1\xa8\xb8\xe6.txt"
#: What Yuepi shows for it: one U+FFFD per undecodable byte.
GBK_SHOWN = "\ufffd" * 8 + ".txt"


def gui_fixtures() -> tuple[object, ...]:
    """tests/gui/conftest.py's make_window, qsettings, its two autouse fixtures (no modal
    dialogs; per-user folders in a temp folder) and zh_cn, for a test module here to
    bind under those names: `make_window, qsettings, … = gui_fixtures()`."""
    from tests.gui import conftest as gui

    return gui.make_window, gui.qsettings, gui.no_modal_dialogs, gui.yuepi_user_dirs, gui.zh_cn


def undecodable(name: bytes = GBK_NAME) -> str:
    """The str Python gives for a file name of these bytes (lone surrogates)."""
    return os.fsdecode(name)


def need_undecodable_names(folder: Path) -> None:
    """Skip where the platform cannot make a file whose name is not UTF-8 (Windows
    names are UTF-16; macOS refuses them)."""
    if os.name != "posix" or sys.getfilesystemencoding().lower() not in ("utf-8", "utf8"):
        pytest.skip("names are not bytes decoded as UTF-8 here")
    probe = folder / undecodable(b"\xff\xfe-probe")
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")


def need_symlinks(folder: Path) -> None:
    try:
        os.symlink("target-of-probe", folder / "probe-link")
        os.unlink(folder / "probe-link")
    except (OSError, NotImplementedError):
        pytest.skip("symbolic links cannot be made here")


def report_with_sidecar(path: Path) -> Path:
    """The export fixture report at `path`, with a sidecar of four annotations."""
    shutil.copy(REPORT_PATH, path)
    loaded = load_report(path)
    save_sidecar(sidecar_path(path), loaded, sample_set(loaded.text))
    return path


def run_cli(*args: str | os.PathLike[str], timeout: float = 120
            ) -> subprocess.CompletedProcess[bytes]:
    """`python main.py ARGS` (arguments with surrogates become their bytes, as a shell
    would pass them); stdout and stderr as bytes."""
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}  # the CLI must not rely on it
    return subprocess.run([sys.executable, "main.py", *map(os.fspath, args)], cwd=ROOT,
                          capture_output=True, env=env, timeout=timeout)


def one_error_line(result: subprocess.CompletedProcess[bytes], verb: str) -> str:
    """The single stderr line of a refused verb (exit 2, no traceback), as text."""
    assert result.returncode == 2, result.stderr
    err = result.stderr.decode("utf-8")
    assert err.startswith(f"yuepi {verb}: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err
