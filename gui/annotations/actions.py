"""Tagging actions: one action per tag (digit key in the text view, toolbar button,
Annotations › Tag As, the text's context menu), annotation navigation, undo/redo, the tag
set dialog and the author name. Built by gui/annotations/feature.py, which passes itself as
`tagging` (it knows the host, the controller and the annotation panel)."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSize, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from gui.common import messages
from gui.common.swatch import tag_icon
from model.annotations import Tag

if TYPE_CHECKING:
    from gui.annotations.controller import Controller
    from gui.common.host import Host


class Tagging(Protocol):
    """What the actions call (gui/annotations/feature.py provides it)."""

    host: Host
    controller: Controller

    def tag_selection(self, tag_id: str) -> str | None: ...
    def annotation_under(self, offset: int) -> str | None: ...
    def edit_note(self, annotation_id: str) -> None: ...
    def edit_note_here(self) -> None: ...
    def delete_here(self) -> None: ...
    def next_annotation(self) -> None: ...
    def previous_annotation(self) -> None: ...


class TaggingActions(QObject):
    """Owns `tag_actions` (rebuilt when the tag set changes), `toolbar`, `tag_menu` and the
    fixed actions (next/previous annotation, edit note, delete, undo/redo, tags, author)."""

    def __init__(self, tagging: Tagging) -> None:
        super().__init__(tagging.host.main_window())
        self._w = tagging
        self._author_asked = False
        tagging.controller.author_prompt = self.ensure_author
        host = self._host = tagging.host
        window = host.main_window()
        self.tag_actions: list[QAction] = []
        self._free_keys: list[QShortcut] = []  # the digits no tag has: they say so
        self._built_for: tuple[object, ...] | None = None  # (tags, lang) of tag_actions
        self.toolbar = QToolBar(self.tr("Tags"), window)
        self.toolbar.setObjectName("tag_toolbar")
        self.toolbar.setIconSize(QSize(14, 14))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        host.add_toolbar(self.toolbar, self.tr("&Tags"))
        self.tag_menu = QMenu(self.tr("&Tag As"), window)
        self._build_edit_actions()
        self._build_annotation_actions()
        host.needs_report(self.toolbar, self.tag_menu, self.next_action, self.previous_action,
                          self.note_action, self.delete_action, self.tags_action)
        tagging.controller.tags_changed.connect(self.rebuild_tag_actions)
        host.text_view.context_menu_extenders.append(self.extend_context_menu)
        self.rebuild_tag_actions()
        self.add_digit_target(host.outline_pane.view, self._digit_in_outline)

    # --- building ------------------------------------------------------------------------
    def _action(self, text: str, keys: list[str], slot: object, *, text_view: bool = False
                ) -> QAction:
        action = QAction(text, self._host.main_window())
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        if text_view:  # keys work only while the text has focus (they mean other things elsewhere)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self._host.text_view.addAction(action)
        return action

    def _build_edit_actions(self) -> None:
        host, stack = self._host, self._w.controller.undo_stack
        self.undo_action = stack.createUndoAction(host.main_window(), self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = stack.createRedoAction(host.main_window(), self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit = host.edit_menu
        first = edit.actions()[0] if edit.actions() else None
        edit.insertActions(first, [self.undo_action, self.redo_action])
        edit.insertSeparator(first)
        edit.addSeparator()
        self.author_action = self._action(self.tr("Set Aut&hor Name…"), [], self.ask_author)
        edit.addAction(self.author_action)

    def _build_annotation_actions(self) -> None:
        w, menu = self._w, self._host.annotations_menu
        menu.addMenu(self.tag_menu)
        self.next_action = self._action(self.tr("&Next Annotation"), ["F8"], w.next_annotation)
        self.previous_action = self._action(self.tr("&Previous Annotation"), ["Shift+F8"],
                                            w.previous_annotation)
        self.note_action = self._action(self.tr("Edit N&ote"), ["F2"], w.edit_note_here,
                                        text_view=True)
        self.delete_action = self._action(self.tr("&Delete Annotation"), ["Delete"],
                                          w.delete_here, text_view=True)
        self.tags_action = self._action(self.tr("&Edit Tags…"), [], self.edit_tags)
        for action in (self.next_action, self.previous_action, None, self.note_action,
                       self.delete_action, None, self.tags_action):
            menu.addSeparator() if action is None else menu.addAction(action)

    @Slot()
    def rebuild_tag_actions(self) -> None:
        """One action per tag: swatch + label, its digit as shortcut in the text view
        (kept when the tags are the same: a report reloaded or opened with the same tag
        set, where drawing the swatches again fell into the reload's stall)."""
        tags, lang = tuple(self._w.controller.annotation_set.tags), self._w.controller.lang
        if (tags, lang) == self._built_for:
            self.tag_menu.setEnabled(bool(self.tag_actions)
                                     and self._w.controller.report is not None)
            return
        self._built_for = (tags, lang)
        view = self._host.text_view
        for action in self.tag_actions:
            view.removeAction(action)
            action.deleteLater()
        self.toolbar.clear()
        self.tag_menu.clear()
        self.tag_actions = [self._tag_action(tag, lang) for tag in tags]
        for action in self.tag_actions:
            self.toolbar.addAction(action)
            self.tag_menu.addAction(action)
        self.tag_menu.setEnabled(bool(self.tag_actions) and self._w.controller.report is not None)
        self._bind_free_keys({tag.key for tag in tags})

    def _bind_free_keys(self, used: set[int]) -> None:
        """1–9 without a tag: in the text a message instead of nothing at all (a reviewer
        pressing 7 with six tags saw no effect and no reason)."""
        for shortcut in self._free_keys:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._free_keys = []
        for key in sorted(set(range(1, 10)) - used):
            shortcut = QShortcut(QKeySequence(str(key)), self._host.text_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda k=key: self._say_no_tag(k))
            self._free_keys.append(shortcut)

    def _say_no_tag(self, key: int) -> None:
        self._host.show_status(self.tr("No tag has the key %1: Annotations › Edit Tags… "
                                       "adds one.").replace("%1", str(key)), 5000)

    def add_digit_target(self, widget: QWidget, act: Callable[[Tag], None]) -> None:
        """1–9 while `widget` has the focus call `act` with the digit's tag (looked up at
        the press: the tag set can change), or say that no tag has it; with no report
        open they do nothing (a new user's digits in the outline or the suggestions did
        nothing and said nothing, as only the text had them)."""
        for key in range(1, 10):
            shortcut = QShortcut(QKeySequence(str(key)), widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda k=key: self._digit(k, act))

    def _digit(self, key: int, act: Callable[[Tag], None]) -> None:
        controller = self._w.controller
        if controller.report is None:
            return
        tag = next((t for t in controller.annotation_set.tags if t.key == key), None)
        if tag is None:
            self._say_no_tag(key)
        else:
            act(tag)

    def _digit_in_outline(self, tag: Tag) -> None:
        """The outline tags nothing (choosing a heading selects it in the text: a digit
        there would tag the heading): it says how to tag."""
        self._host.show_status(
            self.tr("To tag as %1: select a passage in the text, then press %2.")
            .replace("%1", tag.label(self._w.controller.lang)).replace("%2", str(tag.key)), 5000)

    def _tag_action(self, tag: Tag, lang: str) -> QAction:
        keys = [str(tag.key)] if 1 <= tag.key <= 9 else []
        action = self._action(tag.label(lang), keys,
                              lambda _=False, t=tag.id: self._w.tag_selection(t), text_view=True)
        action.setIcon(tag_icon(tag, lang))
        action.setObjectName(f"tag_action_{tag.id}")
        hint = self.tr("Tag the selection (or the sentence at the cursor) as %1") \
            .replace("%1", tag.label(lang))
        action.setToolTip(f"{hint} ({tag.key})" if keys else hint)
        return action

    # --- context menu ------------------------------------------------------------------
    def extend_context_menu(self, menu: QMenu, offset: int) -> None:
        """Add "Tag As ▸", and for an annotation under the pointer Edit Note / Delete."""
        if self._w.controller.report is None:
            return
        menu.addSeparator()
        sub = QMenu(self.tr("Tag As"), menu)  # owned by the menu (PySide6 6.8: addMenu(str)
        menu.addMenu(sub)                     # loses a submenu's owner)
        sub.addActions(self.tag_actions)
        here = self._w.annotation_under(offset)
        if here is not None:
            note = menu.addAction(self.tr("Edit Note"))
            note.triggered.connect(lambda _=False, i=here: self._w.edit_note(i))
            delete = menu.addAction(self.tr("Delete Annotation"))
            delete.triggered.connect(lambda _=False, i=here: self._w.controller.remove([i]))

    # --- dialogs ---------------------------------------------------------------------------
    @Slot()
    def edit_tags(self) -> None:
        if self._w.controller.report is not None:
            from gui.annotations.tag_set_dialog import TagSetDialog  # when first used

            TagSetDialog.edit(self._host.main_window(), self._w.controller)

    @Slot()
    def ask_author(self) -> bool:
        """Ask the reviewer's name and unit; remembered in the settings. True when given."""
        settings = self._host.settings
        given = messages.ask_author_identity(self._host.main_window(), settings.author_name(),
                                             settings.author_unit())
        if given is None:
            return False
        name, unit = given
        settings.set_author_name(name)
        settings.set_author_unit(unit)
        self._w.controller.set_author(name)
        return True

    def ensure_author(self) -> None:
        """At the first tag, when no name was ever given: ask once (per window)."""
        if self._author_asked or self._host.settings.author_is_set():
            return
        self._author_asked = True
        self.ask_author()
