"""Help › Keyboard Shortcuts: every shortcut of the window's actions, read from the
QActions themselves (so the list cannot go stale), grouped by the menu that holds them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

Row = tuple[str, str]  # (action text, its shortcuts)
Group = tuple[str, list[Row]]  # (menu or pane title, rows)


def plain(text: str) -> str:
    """A menu text without its mnemonic: "&Open…" → "Open…", "关于阅批(&A)" → "关于阅批"."""
    text = text.replace("&&", "\0")
    for i in range(len(text) - 3):
        if text[i] == "(" and text[i + 1] == "&" and text[i + 3] == ")":
            text = text[:i] + text[i + 4:]
            break
    return text.replace("&", "").replace("\0", "&").strip()


def keys_text(action: QAction) -> str:
    """The action's shortcuts as shown to the user, each once ("Return" and "Enter" are
    both 回车 in Chinese)."""
    names = [k.toString(QKeySequence.SequenceFormat.NativeText)
             for k in action.shortcuts() if not k.isEmpty()]
    return ", ".join(dict.fromkeys(names))


def _pane_title(action: QAction) -> str:
    """The title of the dock holding the widget an action belongs to, or ""."""
    widget = action.parent()
    while isinstance(widget, QWidget):
        if isinstance(widget, QDockWidget):
            return plain(widget.windowTitle())
        widget = widget.parentWidget()
    return ""


def _menu_rows(menu: QMenu, prefix: str, seen: set[int]) -> list[Row]:
    rows: list[Row] = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if action.menu() is not None:
            sub = action.menu()
            rows += _menu_rows(sub, f"{prefix}{plain(sub.title())} › ", seen)
        elif keys := keys_text(action):
            seen.add(id(action))
            rows.append((prefix + plain(action.text()), keys))
    return rows


def collect(window: QMainWindow, other_title: str) -> list[Group]:
    """The menus' actions with shortcuts, in menu order, then those found only in panes
    (e.g. the annotation list's Delete) under `other_title`."""
    groups: list[Group] = []
    seen: set[int] = set()
    for bar_action in window.menuBar().actions():
        menu = bar_action.menu()
        if menu is None or not bar_action.isVisible():
            continue
        if rows := _menu_rows(menu, "", seen):
            groups.append((plain(menu.title()), rows))
    other: list[Row] = []
    for action in window.findChildren(QAction):
        keys, pane = keys_text(action), _pane_title(action)
        row = (f"{pane} › {plain(action.text())}" if pane else plain(action.text()), keys)
        if keys and id(action) not in seen and row not in other:
            other.append(row)
    if other:
        groups.append((other_title, other))
    return groups


class ShortcutsDialog(QDialog):
    """A filterable two-column list (action, keys). Not modal: it can stay open beside
    the window while the keys are tried."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter_edit.setPlaceholderText(self.tr("Filter shortcuts"))
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self.set_filter)
        self.resize(520, 600)
        self.refresh(window)

    def refresh(self, window: QMainWindow) -> None:
        """Read the shortcuts again (tags and their digits can change)."""
        self.tree.clear()
        for title, rows in collect(window, self.tr("In panes")):
            group = QTreeWidgetItem(self.tree, [title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for text, keys in rows:
                QTreeWidgetItem(group, [text, keys])
        self.tree.expandAll()
        self.set_filter(self.filter_edit.text())

    def set_filter(self, text: str) -> None:
        """Show the rows whose action or keys contain `text` (case-insensitive)."""
        needle = text.strip().casefold()
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            shown = 0
            for r in range(group.childCount()):
                row = group.child(r)
                hit = not needle or needle in f"{row.text(0)} {row.text(1)}".casefold()
                row.setHidden(not hit)
                shown += hit
            group.setHidden(shown == 0)

    def rows(self) -> list[Row]:
        """The visible (action, keys) rows, for tests."""
        out: list[Row] = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            out += [(group.child(r).text(0), group.child(r).text(1))
                    for r in range(group.childCount())
                    if not group.isHidden() and not group.child(r).isHidden()]
        return out
