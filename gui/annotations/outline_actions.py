"""Correcting the outline in the window: Annotations › Correct Outline (a shortcut each,
listed in Help › Keyboard Shortcuts), the same entries in the outline tree's context menu
(for the node clicked) and in the text's (for the line clicked), and the corrections whose
line is gone in the orphans pane. The edits themselves: gui/annotations/outline_edits.py.

A shortcut acts on the node selected in the tree while the tree has the focus, else on
the text cursor's line.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from gui.annotations.lost_corrections import LostCorrections
from gui.annotations.outline_edits import HEADING_TEXTS, OutlineEdits, Target, heading_text
from model.outline.corrections import can_shift, node_on_line
from model.outline.tree import OutlineNode

if TYPE_CHECKING:
    from gui.common.host import Host

#: Ctrl+Alt+1…4: a heading at that level (Word's keys for Heading 1–3); Ctrl+Alt+0: none.
HEADING_KEYS = ("Ctrl+Alt+1", "Ctrl+Alt+2", "Ctrl+Alt+3", "Ctrl+Alt+4")
REMOVE_KEY, PROMOTE_KEY, DEMOTE_KEY, RESET_KEY = "Ctrl+Alt+0", "Ctrl+[", "Ctrl+]", "Ctrl+Alt+R"


class OutlineCorrectionActions(QObject):
    """Owns `heading_actions` (levels 1–4), `remove_action`, `promote_action`,
    `demote_action`, `reset_action`, their `menu`, and `lost` (the list in the orphans
    pane)."""

    def __init__(self, host: Host, edits: OutlineEdits, orphans: QWidget,
                 orphan_dock: QDockWidget) -> None:
        window = host.main_window()
        super().__init__(window)
        self._host, self._edits, self._orphan_dock = host, edits, orphan_dock
        self.menu = QMenu(self.tr("Correct Out&line"), window)
        self.menu.setObjectName("outline_corrections_menu")
        self.heading_actions = [
            self._action(heading_text(level), HEADING_KEYS[level - 1],
                         lambda _=False, n=level: self._at_focus(self._edits.make_heading, n))
            for level in range(1, len(HEADING_TEXTS) + 1)]
        self.remove_action = self._action(self.tr("Re&move from Outline"), REMOVE_KEY,
                                          lambda: self._at_focus(self._edits.remove))
        self.promote_action = self._action(self.tr("&Promote"), PROMOTE_KEY,
                                           lambda: self._at_focus(self._edits.shift, -1))
        self.demote_action = self._action(self.tr("&Demote"), DEMOTE_KEY,
                                          lambda: self._at_focus(self._edits.shift, 1))
        self.reset_action = self._action(self.tr("&Reset to Detected Outline"), RESET_KEY,
                                         self._edits.reset)
        self.remove_action.setStatusTip(self.tr(
            "The entry is not a heading: its subsections move up to its parent"))
        self.promote_action.setStatusTip(self.tr("Move the entry and its subsections up a level"))
        self.demote_action.setStatusTip(self.tr(
            "Move the entry and its subsections under the entry before it"))
        self.menu.addActions(self.heading_actions)
        self.menu.addSeparator()
        self.menu.addActions([self.remove_action, self.promote_action, self.demote_action])
        self.menu.addSeparator()
        self.menu.addAction(self.reset_action)
        host.annotations_menu.addSeparator()
        host.annotations_menu.addMenu(self.menu)
        host.needs_report(self.menu, *self.heading_actions, self.remove_action,
                          self.promote_action, self.demote_action, self.reset_action)
        host.outline_pane.view.context_menu_extenders.append(self.extend_outline_menu)
        host.text_view.context_menu_extenders.append(self.extend_text_menu)
        self.lost = LostCorrections(edits, orphans)
        orphans.layout().addWidget(self.lost)
        edits.lost_changed.connect(self._on_lost)

    def _action(self, text: str, key: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._host.main_window())
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        return action

    # --- what an action acts on -------------------------------------------------------------
    def _focus_target(self) -> Target:
        """The node selected in the tree while it has the focus, else the text cursor."""
        pane = self._host.outline_pane
        if pane.view.hasFocus() and (node := pane.current_node()) is not None:
            return node
        return self._host.text_view.cursor_offset()

    def _at_focus(self, edit: Callable[..., int | None], *args: int) -> None:
        target = self._focus_target()
        self._done(edit(target, *args), target)

    def _done(self, place: int | None, target: Target) -> None:
        """After an edit from the tree, its node stays selected there."""
        if place is not None and isinstance(target, OutlineNode):
            self._host.outline_pane.select_title_at(place)

    # --- context menus -------------------------------------------------------------------------
    def extend_outline_menu(self, menu: QMenu, node: OutlineNode | None) -> None:
        """The corrections for the node under the pointer (only Reset without one)."""
        if self._edits.corrections or node is not None:
            self._fill(menu, node)

    def extend_text_menu(self, menu: QMenu, offset: int) -> None:
        """An "Outline" submenu for the line under the pointer."""
        if self._host.session.outline is not None:
            menu.addSeparator()
            sub = QMenu(self.tr("Outline"), menu)  # owned by the menu (PySide6 6.8:
            menu.addMenu(sub)                       # addMenu(str) loses a submenu's owner)
            self._fill(sub, offset)

    def _fill(self, menu: QMenu, target: Target | None) -> None:
        """Entries bound to `target` (no shortcuts: the window's actions have them); those
        that cannot apply there are greyed out."""
        session = self._host.session
        outline, report = session.outline, session.report
        if target is not None and outline is not None and report is not None:
            for level in range(1, len(HEADING_TEXTS) + 1):
                menu.addAction(heading_text(level)).triggered.connect(
                    lambda _=False, n=level: self._done(
                        self._edits.make_heading(target, n), target))
            node = target if isinstance(target, OutlineNode) \
                else node_on_line(outline, report.text, target)
            menu.addSeparator()
            for model, edit, by in (
                    (self.remove_action, lambda: self._edits.remove(target), 0),
                    (self.promote_action, lambda: self._edits.shift(target, -1), -1),
                    (self.demote_action, lambda: self._edits.shift(target, 1), 1)):
                item = menu.addAction(model.text())
                item.triggered.connect(lambda _=False, e=edit: self._done(e(), target))
                item.setEnabled(node is not None and (not by or can_shift(outline, node, by)))
            menu.addSeparator()
        reset = menu.addAction(self.reset_action.text())
        reset.triggered.connect(self._edits.reset)
        reset.setEnabled(bool(self._edits.corrections))

    # --- lost corrections ------------------------------------------------------------------------
    @Slot(list)
    def _on_lost(self, items: list[object]) -> None:
        if items:
            self._orphan_dock.show()
            self._orphan_dock.raise_()
            self._host.show_status(self.tr(
                "%n outline correction(s) could not be placed: their line is gone from the "
                "report. They are listed with the orphaned annotations.", "", len(items)), 10000)
