"""Issue 11, item 8: a FIFO or device file where the sidecar (or its backup, or a merge
source) should be must not block anything.

Only regular files are read: checked before opening, opened non-blocking, checked again on
the open file. A non-regular sidecar is refused with `sidecar_not_regular`, never moved
or written over; the window shows it read-only.
"""
from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from model.errors import SidecarNotRegular
from model.sidecar import store
from model.sidecar.merge import read_placed
from model.sidecar.on_disk import sidecar_changed_on_disk
from model.sidecar.store import (
    backup_path,
    load_sidecar,
    open_annotations,
    save_sidecar,
    sidecar_path,
)
from tests.gui.conftest import make_window, no_modal_dialogs, qsettings, yuepi_user_dirs  # noqa: F401
from tests.hostile.sidecar_support import (
    assert_no_traceback,
    copy_report,
    run_cli,
    sidecar_doc,
    spread_set,
    write_doc,
)

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs (Windows)")
#: Anything slower than this is a hang (a blocked open takes forever).
QUICK = 5.0


@pytest.fixture
def report(tmp_path: Path):
    return copy_report(tmp_path)


@pytest.fixture
def fifo_sidecar(report) -> Path:
    path = sidecar_path(report.path)
    os.mkfifo(path)
    return path


def _still_a_fifo(path: Path) -> bool:
    return stat.S_ISFIFO(os.lstat(path).st_mode)


def _only(folder: Path, *names: str) -> bool:
    return sorted(p.name for p in folder.iterdir()) == sorted(names)


def test_model_refuses_a_fifo_sidecar(report, fifo_sidecar: Path) -> None:
    started = time.monotonic()
    with pytest.raises(SidecarNotRegular):
        load_sidecar(fifo_sidecar)
    with pytest.raises(SidecarNotRegular):
        open_annotations(report)
    with pytest.raises(SidecarNotRegular):
        save_sidecar(fifo_sidecar, report, spread_set(report.text, 2))
    with pytest.raises(SidecarNotRegular):
        save_sidecar(fifo_sidecar, report, spread_set(report.text, 2), expected=None)
    assert sidecar_changed_on_disk(fifo_sidecar, None)
    assert time.monotonic() - started < QUICK
    assert _still_a_fifo(fifo_sidecar)
    assert _only(report.path.parent, report.path.name, fifo_sidecar.name)  # nothing written


def test_replaced_between_the_check_and_the_open(report, fifo_sidecar: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The second check, on the open file: a FIFO that looked regular a moment before."""
    real_stat = os.stat

    def looks_regular(path, *args, **kwargs):
        st = real_stat(path, *args, **kwargs)
        if Path(path) == fifo_sidecar:
            return os.stat_result((stat.S_IFREG | 0o644, *tuple(st)[1:]))
        return st

    monkeypatch.setattr(store.os, "stat", looks_regular)
    with pytest.raises(SidecarNotRegular):
        load_sidecar(fifo_sidecar)


def test_fifo_backup_and_merge_source(report, tmp_path: Path) -> None:
    path = sidecar_path(report.path)
    path.write_bytes(b"{ damaged")
    os.mkfifo(backup_path(path))
    opened = open_annotations(report)  # looks at the backup to offer it: must not block
    assert opened.quarantined is not None and opened.backup is None
    other = tmp_path / "other.annotations.json"
    os.mkfifo(other)
    with pytest.raises(SidecarNotRegular):
        read_placed(report, other)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_an_endless_device_is_never_read(report) -> None:
    with pytest.raises(SidecarNotRegular):
        read_placed(report, "/dev/zero")


# --- the verbs: one line, exit 2, never blocks -------------------------------------------
@pytest.mark.parametrize("verb", [
    ["annotations"], ["export", "--format", "md"], ["merge"]])
def test_verbs_refuse_a_fifo_sidecar(report, fifo_sidecar: Path, tmp_path: Path,
                                     verb: list[str]) -> None:
    extra = []
    if verb == ["merge"]:
        extra = [str(tmp_path / "other.annotations.json")]
        write_doc(Path(extra[0]), sidecar_doc(report, 2))
    result = run_cli(verb[0], str(report.path), *verb[1:], *extra, timeout=30)
    assert result.returncode == 2 and "not a regular file" in result.stderr
    assert_no_traceback(result)
    assert _still_a_fifo(fifo_sidecar)


def test_merge_refuses_a_fifo_as_other(report, tmp_path: Path) -> None:
    other = tmp_path / "other.annotations.json"
    os.mkfifo(other)
    result = run_cli("merge", str(report.path), str(other), timeout=30)
    assert result.returncode == 2 and "not a regular file" in result.stderr
    assert_no_traceback(result)
    assert not sidecar_path(report.path).exists()


# --- the window ----------------------------------------------------------------------------
def test_window_shows_the_message_and_is_read_only(qtbot, monkeypatch, make_window,  # noqa: F811
                                                   report, fifo_sidecar: Path) -> None:
    from gui.common import labels, messages

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, title, text: shown.append((title, text)))
    window = make_window()
    started = time.monotonic()
    assert window.open_report(report.path)
    assert time.monotonic() - started < QUICK
    c = window.controller
    assert c.read_only and len(c.annotation_set) == 0
    assert shown and shown[0][0] == labels.error_text("sidecar_not_regular")
    assert c.add_annotation(0, 4, "problem") is None
    assert not c.save_now() or not c.is_dirty()
    window.close_report()
    assert _still_a_fifo(fifo_sidecar)
    assert _only(report.path.parent, report.path.name, fifo_sidecar.name)
