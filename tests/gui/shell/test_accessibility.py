"""Every control a screen reader lands on has a name (and the panes a description).

The rule, checked on the real window (a report open, every dock shown) and the main
dialogs (tag set, export, keyboard shortcuts, the find bar):
- item views (lists, tables, trees), line edits, text edits, combo boxes, spin boxes and
  the widget inside every dock need a non-empty accessibleName();
- a button needs one only when its text holds no letter, digit or CJK character (an icon
  only, or a symbol such as "▲": a screen reader would read the glyph or nothing);
  otherwise its text is its name;
- Qt's own parts are named by Qt and skipped: widgets whose objectName starts with "qt_",
  item views' header views, anything inside a combo box or spin box (popup list, line
  edit), a line edit's clear button, a tool bar's extension button, a table's corner button.
Panes (dock contents, the outline and the text) also need an accessibleDescription().
"""
from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.gui.tagging_support import opened

NEEDS_NAME = (QAbstractItemView, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox,
              QAbstractSpinBox)


def _qt_internal(widget: QWidget) -> bool:
    if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
        return True
    if type(widget).__name__ in ("QToolBarExtension", "QLineEditIconButton") or \
            widget.metaObject().className() == "QTableCornerButton":  # unnamed before Qt 6.9
        return True
    parent = widget.parentWidget()
    if isinstance(parent, QLineEdit) and isinstance(widget, QAbstractButton):
        return True  # the clear button
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


def _wordless(text: str) -> bool:
    return not any(ch.isalnum() for ch in text)


def _walk(root: QWidget) -> Iterator[QWidget]:
    yield root
    for child in root.findChildren(QWidget):
        yield child


def unnamed(root: QWidget) -> list[str]:
    """Widgets under `root` that break the rule, described for the failure message."""
    bad = []
    for w in _walk(root):
        if _qt_internal(w):
            continue
        needs = isinstance(w, NEEDS_NAME) or (
            isinstance(w, QAbstractButton) and _wordless(w.text()))
        if needs and not w.accessibleName().strip():
            bad.append(f"{type(w).__name__} {w.objectName()!r} "
                       f"(in {type(w.parentWidget()).__name__ if w.parentWidget() else None})")
    for dock in root.findChildren(QDockWidget):
        inner = dock.widget()
        if not inner.accessibleName().strip() or not inner.accessibleDescription().strip():
            bad.append(f"dock content {inner.objectName()!r}")
    return bad


def test_main_window_controls_are_named(qtbot, zh_cn, main_window, report_path) -> None:
    opened(qtbot, main_window, report_path)
    for dock in main_window.findChildren(QDockWidget):
        dock.show()
    main_window.reading.find_bar.show()
    bad = unnamed(main_window)
    assert bad == [], "\n".join(bad)
    for pane in (main_window.outline_pane, main_window.text_view):
        assert pane.accessibleName() and pane.accessibleDescription()


def test_dialogs_controls_are_named(qtbot, zh_cn, main_window, report_path) -> None:
    from gui.annotations.tag_set_dialog import TagSetDialog
    from gui.handoff.export_dialog import ExportDialog
    from gui.shell.shortcuts_dialog import ShortcutsDialog

    opened(qtbot, main_window, report_path)
    c = main_window.controller
    dialogs = [TagSetDialog(c, main_window),
               ExportDialog(c.annotation_set, c.lang, parent=main_window),
               ShortcutsDialog(main_window)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        bad = unnamed(dialog)
        assert bad == [], f"{type(dialog).__name__}: " + "\n".join(bad)
    bad = unnamed(main_window.reading.find_bar)
    assert bad == [], "\n".join(bad)
    # names are translated
    assert main_window.text_view.accessibleName() == "报告正文"


def test_rule_catches_an_unnamed_field(qtbot) -> None:
    from PySide6.QtWidgets import QToolButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    edit, symbol, worded = QLineEdit(root), QToolButton(root), QToolButton(root)
    symbol.setText("▲")
    worded.setText("下一个")
    for w in (edit, symbol, worded):
        layout.addWidget(w)
    assert len(unnamed(root)) == 2
    edit.setAccessibleName("查找")
    symbol.setAccessibleName("上一个")
    assert unnamed(root) == []
