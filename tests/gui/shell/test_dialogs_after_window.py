"""Dialogs for a report named at start (issue 17, item 8): the report is opened before the
window is shown (gui/shell/app.py), but the missing-file, report-changed and damaged-file
notices come only once the window is on screen, over it."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.common.settings import UiSettings
from gui.shell.main_window import MainWindow
from model.sidecar.store import sidecar_path


@pytest.fixture
def shown_boxes(monkeypatch) -> list[tuple[object, bool, str]]:
    """Each box as (parent, whether its window was on screen, text)."""
    boxes: list[tuple[object, bool, str]] = []

    def record(parent, _title, text, *_args) -> None:
        boxes.append((parent, parent is not None and parent.isVisible(), text))

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    return boxes


def _hidden_window(qtbot, qsettings) -> MainWindow:
    window = MainWindow(UiSettings(qsettings))
    qtbot.addWidget(window)
    return window


def _show(qtbot, window) -> None:
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()


def test_a_missing_report_is_reported_over_the_shown_window(qtbot, qsettings, tmp_path,
                                                             shown_boxes) -> None:
    window = _hidden_window(qtbot, qsettings)
    assert not window.open_report(tmp_path / "没有这个文件.txt")
    assert shown_boxes == []  # not over an empty screen
    _show(qtbot, window)
    qtbot.waitUntil(lambda: len(shown_boxes) == 1)
    parent, visible, text = shown_boxes[0]
    assert parent is window and visible and "does not exist" in text


def test_changed_report_and_damaged_file_notices_wait_for_the_window(
        qtbot, qsettings, make_window, report_path, shown_boxes) -> None:
    first = make_window()
    first.open_report(report_path)
    text = first.report.text
    start = text.index("企业效益持续改善")
    first.controller.add_annotation(start, start + 8, "achievement")
    first.close()
    report_path.write_text("前言一句。\n" + text, "utf-8")
    window = _hidden_window(qtbot, qsettings)
    window.open_report(report_path)
    assert shown_boxes == []
    _show(qtbot, window)
    qtbot.waitUntil(lambda: len(shown_boxes) == 1)
    assert shown_boxes[0][:2] == (window, True) and "1 moved" in shown_boxes[0][2]
    window.close()
    sidecar_path(report_path).write_text("{ damaged", "utf-8")
    shown_boxes.clear()
    again = _hidden_window(qtbot, qsettings)
    again.open_report(report_path)
    assert shown_boxes == []
    _show(qtbot, again)
    qtbot.waitUntil(lambda: len(shown_boxes) >= 1)
    assert all(box[:2] == (again, True) for box in shown_boxes)
    assert any("damaged" in box[2] for box in shown_boxes)
    again.close()  # before make_window's check for stray windows


def test_a_shown_window_gets_its_notices_at_once(qtbot, main_window, tmp_path,
                                                 shown_boxes) -> None:
    main_window.open_report(tmp_path / "没有这个文件.txt")
    assert len(shown_boxes) == 1 and shown_boxes[0][:2] == (main_window, True)
