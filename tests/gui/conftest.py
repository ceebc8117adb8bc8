"""GUI fixtures: offscreen Qt, an INI-backed QSettings, a modal-dialog guard, windows."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox  # noqa: E402

from tests.conftest import PARAGRAPH, SECTIONS, report_text  # noqa: E402,F401 (used by tests)


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "yuepi.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def yuepi_user_dirs(tmp_path_factory: pytest.TempPathFactory,
                    monkeypatch: pytest.MonkeyPatch) -> Path:
    """jieba's cache (shared by the session: built once) and the reviewer's dictionary
    (fresh per test) stay out of the real home folder."""
    base = tmp_path_factory.getbasetemp()
    monkeypatch.setenv("YUEPI_CACHE_DIR", str(base / "yuepi-cache"))
    data = tmp_path_factory.mktemp("yuepi-data")
    monkeypatch.setenv("YUEPI_DATA_DIR", str(data))
    return data


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any modal box or file dialog a test did not replace fails the test."""
    def refuse(*args: object, **kwargs: object) -> None:
        pytest.fail(f"unexpected modal dialog: {args[1:3] if len(args) > 2 else args}")

    for name in ("warning", "information", "critical", "question", "about", "exec"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName",
                 "getExistingDirectory", "exec"):
        monkeypatch.setattr(QFileDialog, name, refuse)


@pytest.fixture(autouse=True)
def author_prompt_declined(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reviewer prompt at the first tag (gui/common/author_dialog.py) is declined,
    unless a test replaces it."""
    from gui.common import messages

    monkeypatch.setattr(messages, "ask_author_identity", lambda *_args, **_kw: None)


@pytest.fixture
def make_window(request, qtbot, qsettings: QSettings) -> Callable[[], object]:
    """Build (and show) a MainWindow over the test's QSettings; call again for a second
    session over the same settings. Tag labels are Chinese in tests that use zh_cn, as
    gui.shell.app decides for a Chinese interface."""
    from gui.common.settings import UiSettings
    from gui.shell.main_window import MainWindow

    made: list[MainWindow] = []

    def make(size: tuple[int, int] | None = (760, 560)) -> MainWindow:
        lang = "zh" if "zh_cn" in request.fixturenames else "en"
        window = MainWindow(UiSettings(qsettings), lang=lang)
        made.append(window)
        qtbot.addWidget(window, before_close_func=lambda w: _check_no_stray_windows(made))
        if size is not None:
            window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def main_window(make_window: Callable[[], object]) -> object:
    return make_window()


@pytest.fixture
def zh_cn(qapp: QApplication) -> Iterator[None]:
    """Install the Simplified Chinese translators (ours and Qt's) for one test."""
    from gui.common import i18n

    translators = i18n.install_translators(qapp, "zh_CN")
    assert len(translators) == 2, "qtbase_zh_CN.qm or yuepi_zh_CN.qm did not load"
    yield
    i18n.remove_translators(qapp, translators)


def _check_no_stray_windows(windows: list[object]) -> None:
    """Warn (an error under filterwarnings) about dialogs a test left open."""
    strays = [w for w in QApplication.topLevelWidgets()
              if w.isVisible() and w.isWindow() and not any(w is m for m in windows)
              and w.windowType().name not in ("Popup", "ToolTip")]
    if strays:
        import warnings

        warnings.warn(f"top-level widgets left open: {strays}", stacklevel=1)
