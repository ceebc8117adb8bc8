"""Opening a .docx bomb in the window (issue 11, item 6): it ends with the text shown (the
absurd numbers clamped) or a translated message, never a hang. Before the fix the window
hung for more than 150 s on a 20-paragraph numbering bomb.

The window runs in a child process under an address-space limit (Qt maps a lot of
virtual memory, hence the larger limit), opened as File › Open does, with the outline in
the background as once the window is visible; the child reports what it saw and when.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile import docx_bombs_support as bombs
from tests.hostile.limits_support import python_child

LIMIT_S = 60
_CHILD = """
import os, sys, tempfile, time
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gui.common import i18n, messages
i18n.install_translators(app, "zh_CN")
from gui.common.settings import UiSettings
from gui.shell.main_window import MainWindow
seen = {"errors": []}
start = time.monotonic()
def error(parent, title, text):
    seen["errors"].append(text)
    app.quit()
messages.show_error = error
folder = tempfile.mkdtemp()
window = MainWindow(UiSettings(QSettings(os.path.join(folder, "y.ini"),
                                         QSettings.Format.IniFormat)), lang="zh")
window.show()
window.session.outline_in_background = True
def opened(report, outline):
    seen.update(lines=report.text.count("\\n") + 1, opened_s=time.monotonic() - start)
def analysed(analysis):
    seen["analysed_s"] = time.monotonic() - start
    app.quit()
window.session.opened.connect(opened)
window.session.analysis_changed.connect(analysed)
QTimer.singleShot(0, lambda: window.open_report(PATH))
QTimer.singleShot(int(WAIT_S * 1000), app.quit)
app.exec()
window.session.shutdown()
report(**seen)
os._exit(0)
"""


def _open_in_window(path: Path, env: dict[str, str]) -> dict[str, object]:
    code = _CHILD.replace("PATH", repr(str(path))).replace("WAIT_S", str(LIMIT_S - 15))
    outcome = python_child(code, timeout=LIMIT_S, memory_mb=4000, env=env)
    assert outcome.returncode == 0, outcome.stderr[-2000:]
    return outcome.result()


@pytest.fixture
def window_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    base = tmp_path_factory.getbasetemp()
    return {"YUEPI_CACHE_DIR": str(base / "yuepi-cache"),
            "YUEPI_DATA_DIR": str(tmp_path_factory.mktemp("yuepi-data"))}


def test_numbering_bomb_opens_with_its_text(tmp_path: Path, window_env: dict[str, str]) -> None:
    seen = _open_in_window(bombs.numbering_bomb(tmp_path / "start.docx", 20), window_env)
    assert seen["errors"] == [] and seen["lines"] == 20
    assert float(str(seen["opened_s"])) < 10 and "analysed_s" in seen
    assert float(str(seen["peak_mb"])) < 1000


def test_zip_bomb_ends_with_a_translated_message(tmp_path: Path,
                                                 window_env: dict[str, str]) -> None:
    seen = _open_in_window(bombs.expanding_bomb(tmp_path / "expand.docx"), window_env)
    errors = seen["errors"]
    assert isinstance(errors, list) and len(errors) == 1 and "lines" not in seen
    assert "压缩炸弹" in errors[0] and str(tmp_path / "expand.docx") in errors[0]
