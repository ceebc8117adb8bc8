"""The first window at start-up is built in two steps (MainWindow(defer=True)): the text and
its outline for the first paint, everything else right after it. Nothing of that may show:
the saved dock layout comes back, shortcuts work at once, the report named on the command
line gets its sidecar and highlights."""
from __future__ import annotations

import warnings
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from gui.common.settings import UiSettings
from gui.shell.main_window import MainWindow
from model.annotations import make_annotation
from model.report.loading import load_report
from model.sidecar import store


def deferred(qtbot, qsettings: QSettings, report: Path | None = None) -> MainWindow:
    """A window as gui.shell.app starts it: built for the first paint, the report
    previewed, then shown (it completes itself right after its first paint)."""
    window = MainWindow(UiSettings(qsettings), defer=True)
    qtbot.addWidget(window)
    if report is not None:
        window.preview_report(str(report))
    window.show()
    return window


def layout(window: MainWindow) -> dict[str, tuple[object, ...]]:
    """Where each dock is: area, shown, floating, geometry in the window (when shown);
    the splitter."""
    docks = {d.objectName(): (window.dockWidgetArea(d), d.isVisible(), d.isFloating(),
                              QRect(d.mapTo(window, d.rect().topLeft()), d.size())
                              if d.isVisible() else None)
             for d in window.findChildren(QDockWidget)}
    return {**docks, "splitter": tuple(window.splitter.sizes())}


def settled(window: MainWindow) -> bool:
    """The dock layout has been applied: every shown dock lies inside the window (for a few
    milliseconds after the first show a dock may keep its width from before the
    first-run resize and reach past the window's edge)."""
    return all(window.rect().contains(QRect(d.mapTo(window, d.rect().topLeft()), d.size()))
               for d in window.findChildren(QDockWidget) if d.isVisible())


def test_first_paint_shows_text_and_outline_then_the_window_completes(
        qtbot, qsettings, report_path) -> None:
    window = deferred(qtbot, qsettings, report_path)
    assert not window.is_complete  # before the first paint: text and outline only
    assert window.text_view.toPlainText().startswith(report_path.read_text("utf-8")[:20])
    assert window.outline_pane.model.outline() is window.outline
    assert not window.findChildren(QDockWidget)
    with qtbot.waitSignal(window.completed, timeout=5000):
        pass
    assert window.session.report is window.report  # the same report, handed over
    assert window.outline_pane.model.outline() is window.outline
    assert window.findChildren(QDockWidget)
    assert window.close_action.isEnabled()


def test_the_saved_dock_layout_comes_back(qtbot, make_window, qsettings, report_path) -> None:
    first = make_window((1000, 700))
    first.open_report(report_path)
    first.tagging.orphan_dock.show()  # a layout of the reviewer's: not the first-run one
    first.removeDockWidget(first.reading.suggestions_dock)
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first.reading.suggestions_dock)
    first.reading.suggestions_dock.show()
    first.resizeDocks([first.tagging.panel_dock], [260], Qt.Orientation.Vertical)
    first.splitter.setSizes([260, 500])
    qtbot.wait(10)
    first.close()

    complete = make_window(None)  # built at once, before it is shown
    complete.open_report(report_path)
    qtbot.wait(10)
    expected = layout(complete)
    complete.close()

    window = deferred(qtbot, qsettings, report_path)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.is_complete, timeout=5000)
    try:  # the toolbar and the docks added after the first paint take a moment to lay out
        qtbot.waitUntil(lambda: layout(window) == expected, timeout=2000)
    except qtbot.TimeoutError:
        pass
    assert layout(window) == expected
    assert window.dockWidgetArea(window.reading.suggestions_dock) \
        == Qt.DockWidgetArea.LeftDockWidgetArea
    window.close()


def test_shortcuts_work_right_after_show(qtbot, qsettings, report_path) -> None:
    window = deferred(qtbot, qsettings, report_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.is_complete
    assert QApplication.focusWidget() is window.outline_pane.view
    qtbot.keyClick(window.outline_pane.view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.text_view


def test_a_key_before_completion_completes_the_window(qtbot, qsettings, report_path) -> None:
    window = deferred(qtbot, qsettings, report_path)
    with warnings.catch_warnings():  # deprecated, but at once: no event is processed
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    window.text_view.setFocus()
    assert not window.is_complete
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.is_complete  # the key completed the window first, then reached Ctrl+F
    assert window.reading.find_bar.isVisible()


def test_the_command_line_report_gets_its_sidecar_and_highlights(qtbot, qsettings,
                                                                   report_path) -> None:
    report = load_report(report_path)
    start = report.text.index("三、保障措施")
    data = store.open_annotations(report)
    data.annotation_set.add(make_annotation(report.text, start, start + 6, "problem",
                                            author="王审"))
    store.save_sidecar(store.sidecar_path(report.path), report, data.annotation_set)

    window = deferred(qtbot, qsettings, report_path)
    qtbot.waitUntil(lambda: window.is_complete, timeout=5000)
    assert [a.tag for a in window.controller.annotation_set] == ["problem"]
    assert window.tagging.model.rowCount() == 1
    view = window.text_view
    block = view.document().findBlock(view.offset_map.to_qt(start))
    qtbot.waitUntil(lambda: any(r.format.background().color().alpha() > 0
                                for r in block.layout().formats()), timeout=5000)


def test_a_bad_file_on_the_command_line_is_explained_once_complete(
        qtbot, qsettings, tmp_path, monkeypatch) -> None:
    from gui.common import messages

    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, title, text: shown.append(text))
    window = deferred(qtbot, qsettings, tmp_path / "missing.txt")
    assert window.report is None and not shown
    qtbot.waitUntil(lambda: window.is_complete, timeout=5000)
    assert len(shown) == 1
    assert window.stack.currentWidget() is window.empty_label


def test_a_long_report_shows_its_head_outline_then_the_whole(qtbot, qsettings,
                                                             tmp_path) -> None:
    from model.outline.head import HEAD_CHARS, head_outline
    from tests.conftest import report_text

    unit = report_text()
    path = tmp_path / "long.txt"
    path.write_text(unit * (2 * HEAD_CHARS // len(unit) + 2), encoding="utf-8")
    report = load_report(path)
    head = head_outline(report)
    assert head is not None
    window = MainWindow(UiSettings(qsettings), defer=True)
    qtbot.addWidget(window)
    window.preview_report(str(path), None, (report, *head))
    shown = window.outline_pane.model.outline()
    assert shown is head[0]  # the first paint's tree: the head's sections
    first_rows = [n.label for n in shown.roots[:20]]
    window.show()
    qtbot.waitUntil(lambda: window.is_complete and window.session.outline is not None,
                    timeout=20_000)
    whole = window.outline_pane.model.outline()
    assert whole is window.session.outline and len(whole) > len(shown)
    assert [n.label for n in whole.roots[:20]] == first_rows
    assert window.tagging.model.rowCount() == 0  # the sidecar was read once it was known
    assert window.close_action.isEnabled()


def test_the_first_run_layout_is_the_same(qtbot, tmp_path, report_path) -> None:
    """No saved state: the docks a feature shows are shown, those it hides stay hidden."""
    def settings(name: str) -> QSettings:
        return QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)

    complete = MainWindow(UiSettings(settings("complete")))
    qtbot.addWidget(complete)
    complete.open_report(report_path)
    complete.show()
    qtbot.waitExposed(complete)
    qtbot.waitUntil(lambda: settled(complete))
    expected = layout(complete)
    complete.hide()

    window = deferred(qtbot, settings("deferred"), report_path)
    qtbot.waitUntil(lambda: window.is_complete, timeout=5000)
    try:  # the toolbar and the docks added after the first paint take a moment to lay out
        qtbot.waitUntil(lambda: layout(window) == expected, timeout=2000)
    except qtbot.TimeoutError:
        pass
    assert layout(window) == expected
    assert window.tagging.panel_dock.isVisible() and not window.tagging.orphan_dock.isVisible()
