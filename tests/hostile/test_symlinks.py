"""Symbolic link loops and dangling links as the report, as another reviewer's file and as
an export's output: one clear line and exit 2 in the verbs, a translated message in the
window; a link is never replaced by a file.

Before: `main.py a.txt` (a loop) crashed the window's error reporter (RuntimeError from
Path.resolve); the verbs said "no such file"; `export -o loop` replaced the link with a
file; merging a loop said "permission denied?"."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from gui.common import labels
from model import filenames
from model.atomic import atomic_write
from model.errors import ReportLinkLoop
from model.report.loading import load_report
from model.sidecar.store import sidecar_path
from tests.hostile.names_support import (
    gui_fixtures,
    need_symlinks,
    one_error_line,
    report_with_sidecar,
    run_cli,
)

LOOP = "is a symbolic link loop"
BROKEN = "is a symbolic link to a file that does not exist"

# the window fixtures (tests/hostile has no conftest of its own)
make_window, qsettings, no_modal_dialogs, yuepi_user_dirs, zh_cn = gui_fixtures()


@pytest.fixture
def loop(tmp_path: Path) -> Path:
    """a.txt → b.txt → a.txt"""
    need_symlinks(tmp_path)
    os.symlink("a.txt", tmp_path / "b.txt")
    os.symlink("b.txt", tmp_path / "a.txt")
    return tmp_path / "a.txt"


@pytest.fixture
def dangling(tmp_path: Path) -> Path:
    need_symlinks(tmp_path)
    os.symlink("gone.txt", tmp_path / "link.txt")
    return tmp_path / "link.txt"


@pytest.fixture
def report(tmp_path: Path) -> Path:
    return report_with_sidecar(tmp_path / "r.txt")


def _links_intact(loop: Path) -> None:
    b = loop.with_name("b.txt")
    assert os.path.islink(loop) and os.path.islink(b)
    assert os.readlink(loop) == "b.txt" and os.readlink(b) == "a.txt"


VERBS = [["outline"], ["annotations"], ["suggest"], ["export", "--format", "md"],
         ["export", "--format", "docx", "-o", "out.docx"]]


@pytest.mark.parametrize("verb", VERBS, ids=lambda v: "-".join(v[:2]))
def test_every_verb_on_a_loop(loop: Path, verb: list[str]) -> None:
    result = run_cli(verb[0], loop, *verb[1:])
    line = one_error_line(result, verb[0])
    assert LOOP in line and str(loop) in line
    _links_intact(loop)


def test_merge_into_a_loop(loop: Path, report: Path) -> None:
    line = one_error_line(run_cli("merge", loop, sidecar_path(report)), "merge")
    assert LOOP in line
    _links_intact(loop)


@pytest.mark.parametrize("verb", VERBS, ids=lambda v: "-".join(v[:2]))
def test_every_verb_on_a_dangling_link(dangling: Path, verb: list[str]) -> None:
    line = one_error_line(run_cli(verb[0], dangling, *verb[1:]), verb[0])
    assert BROKEN in line and "gone.txt" in line


def test_merge_of_a_loop(loop: Path, report: Path) -> None:
    """The OTHER file of merge is a loop: refused before anything is written."""
    before = sidecar_path(report).read_bytes()
    line = one_error_line(run_cli("merge", report, loop), "merge")
    assert "the annotation file is a symbolic link loop" in line and str(loop) in line
    assert sidecar_path(report).read_bytes() == before
    _links_intact(loop)


def test_export_output_is_a_loop(loop: Path, report: Path) -> None:
    line = one_error_line(run_cli("export", report, "--format", "md", "-o", loop), "export")
    assert "the export file is a symbolic link loop" in line
    _links_intact(loop)  # not replaced by a file


def test_export_output_is_a_dangling_link(dangling: Path, report: Path) -> None:
    """A link to nothing yet: the file it names is written, the link stays (as for a
    link to an existing file, model/atomic.py)."""
    result = run_cli("export", report, "--format", "md", "-o", dangling)
    assert result.returncode == 0, result.stderr
    assert os.path.islink(dangling)
    assert dangling.with_name("gone.txt").read_text(encoding="utf-8").startswith("#")


def test_the_report_own_sidecar_path_is_a_loop(report: Path, tmp_path: Path) -> None:
    """Merging into a report whose sidecar is a loop: refused, nothing replaced."""
    own = sidecar_path(report)
    own.unlink()
    os.symlink(own.name + ".2", own)
    os.symlink(own.name, own.with_name(own.name + ".2"))
    (tmp_path / "copy").mkdir()
    other = report_with_sidecar(tmp_path / "copy" / "r.txt")
    result = run_cli("merge", report, sidecar_path(other))
    assert result.returncode == 2 and b"Traceback" not in result.stderr
    assert os.path.islink(own)


def test_atomic_write_refuses_a_loop(loop: Path) -> None:
    with pytest.raises(OSError) as caught:
        atomic_write(loop, b"x")
    assert filenames.is_link_loop(caught.value)
    _links_intact(loop)
    assert [p.name for p in loop.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_helpers_do_not_raise_on_loops(loop: Path, dangling: Path) -> None:
    assert filenames.resolved(loop).is_absolute()
    assert filenames.link_loop(loop) and not filenames.link_loop(dangling)
    assert filenames.broken_link(dangling) and not filenames.broken_link(loop)
    with pytest.raises(ReportLinkLoop):
        load_report(loop)


# --- the window -------------------------------------------------------------------------------
def _errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr("gui.common.messages.show_error",
                        lambda parent, title, text: shown.append((title, text)))
    return shown


def test_window_explains_a_loop_in_chinese(make_window, loop: Path, monkeypatch,
                                           zh_cn) -> None:
    shown = _errors(monkeypatch)
    window = make_window()
    assert not window.open_report(loop)
    assert len(shown) == 1
    title, text = shown[0]
    assert title == labels.status_text("open_failed") == "无法打开报告"
    assert text.startswith(labels.error_text("report_link_loop"))
    assert "循环的符号链接" in text and str(loop) in text
    assert window.report is None


def test_window_loop_from_the_recent_list(make_window, report: Path, monkeypatch) -> None:
    """A recent file that became a loop: a message, no crash; a broken link is removed
    from the list like a missing file."""
    shown = _errors(monkeypatch)
    window = make_window()
    assert window.open_report(report)
    window.close_report()
    report.with_name("r.txt.annotations.json").unlink()
    report.unlink()
    os.symlink("r.txt", report)  # r.txt → r.txt
    window.recent_menu.actions()[0].trigger()
    assert len(shown) == 1 and shown[0][1].startswith(labels.error_text("report_link_loop"))
    assert window.settings.reading_position(report) == 0  # the settings key copes
    report.unlink()
    os.symlink("gone.txt", report)
    window.recent_menu.actions()[0].trigger()
    assert shown[1][1].startswith(labels.error_text("report_broken_link"))
    assert window.recent_menu.paths() == []


def test_window_export_to_a_loop(make_window, report: Path, loop: Path, monkeypatch) -> None:
    from gui.handoff.export_dialog import ExportOptions

    shown = _errors(monkeypatch)
    window = make_window()
    assert window.open_report(report)
    tags = tuple(t.id for t in window.controller.annotation_set.tags)
    loop_md = loop.with_name("c.md")
    os.symlink("d.md", loop_md)
    os.symlink("c.md", loop.with_name("d.md"))
    assert window.handoff.write_review(ExportOptions("md", tags, None, True, "zh"),
                                       str(loop_md)) is None
    assert shown and shown[0][1].startswith(labels.error_text("export_link_loop"))
    assert os.path.islink(loop_md)


def test_window_import_of_a_loop(make_window, report: Path, loop: Path, monkeypatch) -> None:
    shown = _errors(monkeypatch)
    window = make_window()
    assert window.open_report(report)
    assert window.handoff.import_annotations(str(loop)) is None
    assert shown and shown[0][1].startswith(labels.error_text("sidecar_link_loop"))
