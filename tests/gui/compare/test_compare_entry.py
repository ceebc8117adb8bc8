"""The ways in: bad pairs explained (never a traceback), File › Compare With… in the main
window (the open report is A, its annotation controller shared), `--compare A B`."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gui.common import labels, messages


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, title, text: shown.append((title, text)))
    return shown


def test_the_same_report_twice_is_refused(make_compare, pair, tmp_path, errors) -> None:
    a, _b = pair
    copy = Path(shutil.copy(a, tmp_path / "副本.txt"))
    window = make_compare(a, copy)
    assert window.controller.pair is None
    assert errors and labels.error_text("compare_same_report") in errors[0][1]


@pytest.mark.parametrize("kind", ["empty", "missing", "folder", "binary"])
def test_bad_reports_get_a_message(make_compare, pair, tmp_path, errors, kind) -> None:
    a, _b = pair
    bad = tmp_path / "坏.txt"
    if kind == "empty":
        bad.write_text("  \n", encoding="utf-8")
    elif kind == "folder":
        bad.mkdir()
    elif kind == "binary":
        bad.write_bytes(bytes(range(256)) * 8)
    window = make_compare(a, bad)
    assert window.controller.pair is None
    assert len(errors) == 1 and errors[0][1].strip()
    assert "Traceback" not in errors[0][1]


def test_compare_with_from_the_main_window(main_window, pair, monkeypatch, qtbot) -> None:
    from gui.shell import compare_entry as entry

    a, b = pair
    main_window.open_report(a)
    monkeypatch.setattr(messages, "ask_report_path", lambda *_args: str(b))
    asked: list[tuple[Path, Path]] = []

    def order(_parent: object, earlier: Path, later: Path) -> tuple[Path, Path]:
        asked.append((earlier, later))
        return earlier, later

    monkeypatch.setattr(entry, "ask_order", order)
    main_window.compare_action.trigger()
    window = entry._OpenWindows.of_app().windows[-1]
    try:
        assert asked == [(a, b)]
        assert window.controller.pair.a.path == a
        assert window.controller.tagging is main_window.controller  # A's own controller
        qtbot.waitUntil(lambda: window.controller.ready, timeout=60_000)
    finally:
        window.close()


@pytest.mark.parametrize("other", ["same", "empty"])
def test_a_pair_refused_from_compare_with_leaves_no_empty_window(main_window, pair, tmp_path,
                                                                 errors, monkeypatch,
                                                                 other) -> None:
    """File › Compare With… on a pair that cannot be compared: the reason in a dialog, and
    the reviewer is back at the report, with no empty compare window left to close. The
    report itself chosen again is refused at once, without asking which one is earlier."""
    from gui.shell import compare_entry as entry

    a, _b = pair
    main_window.open_report(a)
    chosen = a if other == "same" else tmp_path / "空.txt"
    if other == "empty":
        chosen.write_text("", encoding="utf-8")
    monkeypatch.setattr(messages, "ask_report_path", lambda *_args: str(chosen))
    asked: list[object] = []
    monkeypatch.setattr(entry, "ask_order", lambda _p, e, lat: asked.append(e) or (e, lat))
    before = list(entry._OpenWindows.of_app().windows)
    main_window.compare_action.trigger()
    assert len(errors) == 1
    assert [w for w in entry._OpenWindows.of_app().windows
            if w not in before and w.isVisible()] == []
    assert asked == ([] if other == "same" else [a])


def test_earlier_first_by_the_years_in_the_names() -> None:
    from gui.shell.compare_entry import earlier_first

    assert earlier_first("报告2024.docx", "报告2023.txt") == (Path("报告2023.txt"),
                                                           Path("报告2024.docx"))
    assert earlier_first("甲.txt", "乙.txt") == (Path("甲.txt"), Path("乙.txt"))


def test_compare_on_the_command_line(pair, monkeypatch, qtbot) -> None:
    from gui import launch
    from gui.shell import app as app_module

    seen = {}
    monkeypatch.setattr(launch, "tune_for_window", lambda: None)  # the test process's own
    monkeypatch.setattr(app_module, "run", lambda args, qt_args, worker=None, loaded=None:
                        seen.update(compare=args.compare) or 0)
    a, b = pair
    assert launch.main(["--compare", str(a), str(b)]) == 0
    assert seen["compare"] == [str(a), str(b)]


def test_run_compare_opens_only_the_compare_window(pair, qsettings, qapp, monkeypatch,
                                                   qtbot) -> None:
    from gui.common.settings import UiSettings
    from gui.shell import app as app_module
    from gui.shell import compare_entry as entry

    monkeypatch.setattr(type(qapp), "exec", lambda _self: 0)
    a, b = pair
    assert app_module._run_compare(qapp, UiSettings(qsettings), [str(a), str(b)], "zh") == 0
    window = entry._OpenWindows.of_app().windows[-1]
    try:
        assert window.isVisible() and window.controller.pair is not None
        qtbot.waitUntil(lambda: window.controller.ready, timeout=60_000)
    finally:
        window.close()


def test_swap_and_shortcuts_from_a_window_the_shell_opened(pair, qsettings, qtbot) -> None:
    from gui.common.settings import UiSettings
    from gui.shell import compare_entry as entry
    from gui.shell.shortcuts_dialog import ShortcutsDialog

    a, b = pair
    first = entry.open_window(UiSettings(qsettings), a, b)
    qtbot.waitUntil(lambda: first.controller.ready, timeout=60_000)
    first.show_shortcuts()
    dialog = first.findChild(ShortcutsDialog)
    assert dialog is not None and ("Verdict: Partly Kept", "Ctrl+2") in dialog.rows()
    dialog.close()
    first.swap_action.trigger()
    second = entry._OpenWindows.of_app().windows[-1]
    try:
        assert (second.controller.pair.a.path, second.controller.pair.b.path) == (b, a)
        assert not first.isVisible()
        qtbot.waitUntil(lambda: second.controller.ready, timeout=60_000)
    finally:
        second.close()


def _suggested_row(window) -> int:
    return next(i for i, r in enumerate(window.controller.rows) if r.source == "suggestion")


def test_the_main_window_closing_leaves_the_compare_window_working(make_compare, pair,
                                                                   qsettings, qtbot) -> None:
    """A second main window (deleted on close) had A open and shared its controller:
    once it was closed, Ctrl+T in the compare window did nothing and closing the compare
    window crashed the application (a segmentation fault)."""
    import shiboken6
    from PySide6.QtCore import Qt

    from gui.common.settings import UiSettings
    from gui.shell.main_window import MainWindow
    from model.sidecar.store import load_sidecar, sidecar_path

    a, b = pair
    main = MainWindow(UiSettings(qsettings), lang="en")
    main.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    main.show()
    main.open_report(a)
    shared = main.controller
    window = make_compare(a, b, tagging=shared)
    assert window.controller.tagging is shared
    main.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(shared))
    assert window.controller.tagging is not shared
    row = _suggested_row(window)
    window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.is_tagged(row)
    r = window.controller.rows[row]
    assert [(x.start, x.end) for x in load_sidecar(sidecar_path(a)).annotation_set] \
        == [(r.start, r.end)]
    window.controller.undo_stack.undo()
    assert list(load_sidecar(sidecar_path(a)).annotation_set) == []
    window.close()  # crashed here


def _tag_after_the_main_window_closed_a(make_compare, main_window, pair, qtbot):  # noqa: ANN001, ANN202
    """A open in the main window and shared; the main window closes A; Ctrl+T on a
    suggested commitment in the compare window. The window and the row."""
    from PySide6.QtCore import Qt

    a, b = pair
    main_window.open_report(a)
    window = make_compare(a, b, tagging=main_window.controller)
    main_window.close_report()
    row = _suggested_row(window)
    window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    return window, row


def test_ctrl_t_works_after_the_main_window_closed_a(make_compare, main_window, pair,
                                                     qtbot) -> None:
    """The main window closed A (Close Report) and stays open: the compare window tags
    A's commitments through a controller of its own instead of refusing ("read-only or
    still loading")."""
    from model.sidecar.store import load_sidecar, sidecar_path

    a, _b = pair
    window, row = _tag_after_the_main_window_closed_a(make_compare, main_window, pair, qtbot)
    assert window.controller.is_tagged(row)
    assert window.controller.tagging is not main_window.controller
    assert len(load_sidecar(sidecar_path(a)).annotation_set) == 1
    window.close()


def test_a_main_window_that_left_a_no_longer_restarts_the_proposals(
        make_compare, main_window, pair, tmp_path, qtbot) -> None:
    """Once the compare window took A's annotations over (the main window closed A), the
    main window's controller opening another report and its annotations changing left
    the compare window's proposals restarted and its tags redrawn."""
    from tests.conftest import report_text

    window, _row = _tag_after_the_main_window_closed_a(make_compare, main_window, pair, qtbot)
    assert window.controller.tagging is not main_window.controller
    qtbot.waitUntil(lambda: window.controller.ready)
    heard: list[str] = []
    window.controller.tagging_changed.connect(lambda: heard.append("tags"))
    window.controller.busy.connect(lambda stage, _p: heard.append(stage))
    other = tmp_path / "另一份.txt"
    other.write_text(report_text(), encoding="utf-8")
    with qtbot.waitSignal(main_window.controller.opened):
        main_window.open_report(other)
    assert main_window.controller.add_annotation(0, 10, "problem")
    qtbot.wait(400)  # the proposals would start 150 ms after
    assert heard == [] and window.controller.ready
    window.close()


def test_the_file_dialogs_say_which_report_they_ask_for(main_window, pair,
                                                        monkeypatch) -> None:
    """File › Compare With… asked for the other report, and without a report open for
    both, under the title "Open report" each time."""
    from gui.shell import compare_entry as entry

    titles: list[str] = []
    monkeypatch.setattr(messages, "ask_report_path",
                        lambda _parent, _start, title="": titles.append(title) or None)
    entry.compare_with(main_window, main_window.settings, None, None)
    entry.compare_with(main_window, main_window.settings, pair[0], None)
    assert titles == ["Compare Reports: the Earlier Report", "Compare With: the Other Report"]
    monkeypatch.setattr(messages, "ask_report_path",
                        lambda _parent, _start, title="": titles.append(title) or str(pair[0]))
    monkeypatch.setattr(entry, "ask_order", lambda *_args: None)
    entry.compare_with(main_window, main_window.settings, None, None)
    assert titles[-1] == "Compare Reports: the Later Report"
