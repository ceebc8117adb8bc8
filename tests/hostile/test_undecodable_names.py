"""A report whose file name is not UTF-8 (GBK bytes from a Windows zip, on Linux): every
verb and every way the window opens, tags, saves, exports and reopens it.

Before: `main.py FILE` crashed at start (settings key), tagging saved nothing without a
word (the sidecar's name could not be encoded), `export` crashed in md/html/jsonld, and
a recent file with such a name could not be reopened (Qt dropped the bytes)."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote_from_bytes

import docx
import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from model import filenames
from model.report.loading import load_report
from model.sidecar.store import load_sidecar, sidecar_path
from tests.hostile.names_support import (
    GBK_SHOWN,
    ROOT,
    gui_fixtures,
    need_undecodable_names,
    report_with_sidecar,
    run_cli,
    undecodable,
)
from tests.model.export.review_fixtures import REPORT_PATH

# the window fixtures (tests/hostile has no conftest of its own)
make_window, qsettings, no_modal_dialogs, yuepi_user_dirs, zh_cn = gui_fixtures()


@pytest.fixture
def gbk_report(tmp_path: Path) -> Path:
    """工作报告.txt named in GBK bytes, with a sidecar of four annotations."""
    need_undecodable_names(tmp_path)
    return report_with_sidecar(tmp_path / undecodable())


def strict_text(data: bytes) -> str:
    """Output must be valid UTF-8 (no surrogate escapes, no backslash escapes)."""
    text = data.decode("utf-8")
    assert "\\udc" not in text
    return text


# --- the helpers ---------------------------------------------------------------------------
def test_display_text_replaces_each_undecodable_byte() -> None:
    name = undecodable()
    assert filenames.display_text(name) == GBK_SHOWN
    assert filenames.display_name(Path("/x") / name) == GBK_SHOWN
    plain = "工作报告.txt"
    assert filenames.display_text(plain) is plain  # nothing copied when nothing to do
    assert filenames.display_path(Path("/报告") / name).encode("utf-8")


def test_path_text_round_trips_and_leaves_utf8_names_alone() -> None:
    odd = "/tmp/" + undecodable()
    stored = filenames.path_to_text(odd)
    stored.encode("utf-8")  # what QSettings gets is plain text
    assert filenames.path_from_text(stored) == odd
    assert filenames.path_to_text("/tmp/工作报告.txt") == "/tmp/工作报告.txt"
    assert filenames.path_from_text("/tmp/工作报告.txt") == "/tmp/工作报告.txt"


def test_real_path_finds_the_file_behind_a_name_qt_decoded(tmp_path: Path) -> None:
    need_undecodable_names(tmp_path)
    folder = tmp_path / undecodable(b"\xce\xc4\xbc\xfe")  # 文件 in GBK
    folder.mkdir()
    real = folder / undecodable()
    real.write_text("x", encoding="utf-8")
    as_qt = os.fsencode(real).decode("utf-8", "replace")  # Qt's decoding of the bytes
    assert filenames.real_path(as_qt) == str(real)
    new_file = os.fsencode(folder).decode("utf-8", "replace") + "/新文件.md"
    assert filenames.real_path(new_file) == str(folder / "新文件.md")  # folder found
    (folder / undecodable(b"\xb9\xa4\xd7\xf7\xb1\xa8\xb8\xe7.txt")).write_text("y")
    assert filenames.real_path(as_qt) == str(folder / GBK_SHOWN)  # two files: no guess


# --- the model ----------------------------------------------------------------------------
def test_report_and_sidecar(gbk_report: Path) -> None:
    report = load_report(gbk_report)
    assert report.path == gbk_report and report.display_name == GBK_SHOWN
    assert report.name == GBK_SHOWN and report.display_stem == "\ufffd" * 8
    raw = sidecar_path(gbk_report).read_bytes()
    data = json.loads(raw.decode("utf-8"))  # valid UTF-8 JSON
    assert data["source"]["name"] == GBK_SHOWN
    assert {a["target"]["source"] for a in data["annotations"]} == {GBK_SHOWN}
    loaded = load_sidecar(sidecar_path(gbk_report))
    assert loaded is not None and len(loaded.annotation_set) == 4


# --- every verb -----------------------------------------------------------------------------
@pytest.mark.parametrize("verb", ["outline", "annotations", "suggest"])
def test_reading_verbs(gbk_report: Path, verb: str) -> None:
    result = run_cli(verb, gbk_report)
    assert result.returncode == 0 and result.stderr == b"", result.stderr
    out = json.loads(strict_text(result.stdout))
    if verb == "annotations":
        assert out["source"]["name"] == GBK_SHOWN and len(out["annotations"]) == 4
    text = run_cli(verb, gbk_report, "--format", "text")
    assert text.returncode == 0 and text.stderr == b""
    strict_text(text.stdout)


@pytest.mark.parametrize("fmt", ["md", "html", "csv", "jsonld"])
def test_export_to_stdout(gbk_report: Path, fmt: str) -> None:
    result = run_cli("export", gbk_report, "--format", fmt)
    assert result.returncode == 0 and result.stderr == b"", result.stderr
    text = strict_text(result.stdout)
    if fmt == "md":
        assert GBK_SHOWN in text
    if fmt == "csv":
        assert len(list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))) == 5
    if fmt == "jsonld":
        assert json.loads(text)["first"]["items"][0]["target"]["source"] == GBK_SHOWN


@pytest.mark.parametrize("fmt", ["docx", "md", "html", "csv", "jsonld"])
def test_export_to_a_file_with_an_undecodable_name(gbk_report: Path, fmt: str) -> None:
    target = gbk_report.with_name(undecodable(b"\xc9\xf3\xd4\xc4." + fmt.encode()))
    result = run_cli("export", gbk_report, "-o", target)
    assert result.returncode == 0 and result.stderr == b"", result.stderr
    line = strict_text(result.stdout)
    assert line.startswith("exported 4 annotations to ") and "\ufffd" in line
    assert target.is_file()
    if fmt == "docx":
        body = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
        assert GBK_SHOWN in body
    else:
        strict_text(target.read_bytes())


def test_merge(gbk_report: Path, tmp_path: Path) -> None:
    """Another reviewer's file with an undecodable name, for this very report."""
    other = tmp_path / "other" / undecodable(b"\xd5\xc5\xc8\xfd.annotations.json")
    other.parent.mkdir()
    copy = report_with_sidecar(other.parent / "工作报告.txt")
    shutil.copy(sidecar_path(copy), other)
    result = run_cli("merge", gbk_report, other)
    assert result.returncode == 0 and result.stderr == b"", result.stderr
    assert strict_text(result.stdout).startswith(f"merged 1 file into {GBK_SHOWN}.annotations")


def test_errors_name_the_file_as_text(tmp_path: Path) -> None:
    need_undecodable_names(tmp_path)
    missing = tmp_path / undecodable()
    result = run_cli("outline", missing)
    assert result.returncode == 2
    assert GBK_SHOWN in strict_text(result.stderr) and result.stderr.count(b"\n") == 1


def test_window_opens_it_from_the_command_line(gbk_report: Path, tmp_path: Path) -> None:
    """The start-up path that crashed: main.py FILE (the window quits after its first
    paint: app.py's benchmark hook)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "YUEPI_BENCH_EXIT": "1",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "main.py", os.fsencode(gbk_report)], cwd=ROOT,
                            capture_output=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert b"startup_ms=" in result.stdout and b"Traceback" not in result.stderr


# --- the window -------------------------------------------------------------------------------
def _tag_and_save(window: object) -> str:
    c = window.controller
    ident = c.add_annotation(10, 20, "problem")
    assert ident and c.save_now() and not c.is_dirty()
    return ident


def test_window_tags_saves_and_reopens(make_window, gbk_report: Path) -> None:
    window = make_window()
    assert window.open_report(gbk_report)
    assert window.windowTitle().startswith(GBK_SHOWN)
    assert len(window.controller.annotation_set) == 4
    ident = _tag_and_save(window)
    window.text_view.scroll_to_offset(150)
    offset = window.text_view.reading_offset()
    window.close_report()
    assert window.settings.reading_position(gbk_report) == offset
    assert window.open_report(gbk_report)
    assert ident in window.controller.annotation_set and len(window.controller.annotation_set) == 5


def test_file_open_dialog(make_window, gbk_report: Path, monkeypatch) -> None:
    """File › Open: Qt hands back the name with U+FFFD for the bytes; the real file opens."""
    as_qt = os.fsencode(gbk_report).decode("utf-8", "replace")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (as_qt, ""))
    window = make_window()
    window.choose_and_open()
    assert window.report is not None and window.report.path == gbk_report
    _tag_and_save(window)
    assert len(load_sidecar(sidecar_path(gbk_report)).annotation_set) == 5


def test_recent_files_survive_a_restart(make_window, gbk_report: Path, qsettings) -> None:
    window = make_window()
    assert window.open_report(gbk_report)
    window.close_report()
    window.save_state()
    again = make_window()  # a new session over the same settings file
    assert again.recent_menu.paths() == [str(gbk_report)]
    entry = next(a for a in again.recent_menu.actions() if a.data())
    assert GBK_SHOWN in entry.text() and "\ufffd" in entry.toolTip()
    entry.trigger()
    assert again.report is not None and again.report.path == gbk_report
    ini = Path(qsettings.fileName()).read_bytes()
    ini.decode("utf-8")  # the settings file holds text only


def test_drop(qtbot, make_window, gbk_report: Path) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromEncoded(b"file://" + quote_from_bytes(os.fsencode(gbk_report))
                                   .encode("ascii"))])
    assert "\ufffd" in mime.urls()[0].toLocalFile()  # what Qt makes of it
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.report is not None, timeout=5000)  # opened next turn
    assert window.report is not None and window.report.path == gbk_report


@pytest.mark.parametrize("fmt", ["docx", "md", "html", "csv", "jsonld"])
def test_window_exports(make_window, gbk_report: Path, fmt: str) -> None:
    from gui.handoff.export_dialog import ExportOptions

    window = make_window()
    assert window.open_report(gbk_report)
    tags = tuple(t.id for t in window.controller.annotation_set.tags)
    target = gbk_report.with_name(undecodable(b"\xc9\xf3\xd4\xc4." + fmt.encode()))
    written = window.handoff.write_review(ExportOptions(fmt, tags, None, True, "zh"),
                                          str(target))
    assert written == target and target.is_file()
    message = window.statusBar().currentMessage()
    assert "\ufffd" in message  # the name as text, not dropped


def test_window_pdf_and_import(make_window, gbk_report: Path, tmp_path: Path) -> None:
    from gui.handoff import print_report

    window = make_window()
    assert window.open_report(gbk_report)
    pdf = gbk_report.with_name(undecodable(b"\xc5\xfa\xd7\xa2.pdf"))
    assert print_report.write_pdf(window.handoff.annotated_html(), pdf) >= 1
    assert pdf.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []
    assert GBK_SHOWN in window.handoff.annotated_html()
    other = tmp_path / undecodable(b"\xd5\xc5\xc8\xfd.annotations.json")
    shutil.copy(sidecar_path(gbk_report), other)
    window.handoff.import_annotations(str(other))
    assert "\ufffd" in window.statusBar().currentMessage()


def test_a_utf8_name_keeps_its_settings_key(qsettings) -> None:
    """Reading positions saved before this change are still found (same key)."""
    import hashlib

    from gui.common.settings import UiSettings, _key

    path = REPORT_PATH.resolve()
    assert _key(path) == hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:16]
    settings = UiSettings(QSettings(qsettings.fileName(), QSettings.Format.IniFormat))
    settings.set_reading_position(path, 42)
    assert settings.reading_position(path) == 42


