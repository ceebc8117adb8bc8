"""The window's menus and actions, built as attributes of MainWindow (a mixin, so the
window module stays about wiring). Later features add their actions to these menus.
The menu bar's titles are built before the window's first paint, their actions after it
(MainWindow.complete)."""
from __future__ import annotations

from functools import reduce

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMenu

MAX_LEVEL = 4

#: Menu attribute → title, in menu-bar order.
MENUS = (
    ("file_menu", QT_TRANSLATE_NOOP("MainWindow", "&File")),
    ("edit_menu", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
    ("view_menu", QT_TRANSLATE_NOOP("MainWindow", "&View")),
    ("annotations_menu", QT_TRANSLATE_NOOP("MainWindow", "&Annotations")),
    ("tools_menu", QT_TRANSLATE_NOOP("MainWindow", "&Tools")),
    ("help_menu", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
)

#: (action attribute, menu attribute, text, shortcuts, slot as a dotted path from the
#: window). "-" as the attribute adds a separator; "recent" places File › Open Recent,
#: "language" View › Interface Language (gui/shell/language_menu.py).
ACTIONS = (
    ("open_action", "file_menu", QT_TRANSLATE_NOOP("MainWindow", "&Open…"),
     ["Ctrl+O"], "choose_and_open"),
    ("recent", "file_menu", "", [], ""),
    ("compare_action", "file_menu", QT_TRANSLATE_NOOP("MainWindow", "Co&mpare With…"),
     ["Ctrl+Shift+M"], "compare_with"),  # M as in its menu text; no other key of the window's
    ("close_action", "file_menu", QT_TRANSLATE_NOOP("MainWindow", "&Close Report"),
     ["Ctrl+W"], "close_report"),
    ("-", "file_menu", "", [], ""),
    ("quit_action", "file_menu", QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
     ["Ctrl+Q"], "close"),
    ("copy_action", "edit_menu", QT_TRANSLATE_NOOP("MainWindow", "&Copy"),
     ["Ctrl+C"], "text_view.copy"),
    ("select_all_action", "edit_menu", QT_TRANSLATE_NOOP("MainWindow", "Select &All"),
     ["Ctrl+A"], "text_view.selectAll"),
    ("expand_all_action", "view_menu", QT_TRANSLATE_NOOP("MainWindow", "&Expand All"),
     ["Alt+Shift+="], "outline_pane.expand_all"),
    ("collapse_all_action", "view_menu", QT_TRANSLATE_NOOP("MainWindow", "&Collapse All"),
     ["Alt+Shift+-"], "outline_pane.collapse_all"),
    ("levels", "view_menu", "", [], ""),
    ("-", "view_menu", "", [], ""),
    ("filter_action", "view_menu", QT_TRANSLATE_NOOP("MainWindow", "&Filter Outline"),
     ["Ctrl+Shift+F"], "outline_pane.focus_filter"),
    ("focus_outline_action", "view_menu", QT_TRANSLATE_NOOP("MainWindow", "Go to &Outline"),
     ["Alt+1", "Ctrl+Shift+O"], "focus_outline"),
    ("focus_text_action", "view_menu", QT_TRANSLATE_NOOP("MainWindow", "Go to Te&xt"),
     ["Alt+2", "Ctrl+Shift+T"], "focus_text"),
    ("next_pane_action", "view_menu", QT_TRANSLATE_NOOP("MainWindow", "&Next Pane"),
     ["F6"], "focus_next_pane"),
    ("previous_pane_action", "view_menu", QT_TRANSLATE_NOOP("MainWindow", "&Previous Pane"),
     ["Shift+F6"], "focus_previous_pane"),
    ("-", "view_menu", "", [], ""),
    ("zoom_in_action", "view_menu", QT_TRANSLATE_NOOP("MainWindow", "Zoom &In"),
     ["Ctrl+=", "Ctrl++"], "text_view.zoom_in"),
    ("zoom_out_action", "view_menu", QT_TRANSLATE_NOOP("MainWindow", "Zoom O&ut"),
     ["Ctrl+-"], "text_view.zoom_out"),
    ("zoom_reset_action", "view_menu", QT_TRANSLATE_NOOP("MainWindow", "&Actual Size"),
     ["Ctrl+0"], "text_view.zoom_reset"),
    ("-", "view_menu", "", [], ""),
    ("language", "view_menu", "", [], ""),
    ("shortcuts_action", "help_menu", QT_TRANSLATE_NOOP("MainWindow", "&Keyboard Shortcuts"),
     ["F1"], "show_shortcuts"),
    ("about_action", "help_menu", QT_TRANSLATE_NOOP("MainWindow", "&About Yuepi"),
     [], "_about"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class WindowMenus:
    """Mixin for MainWindow (needs text_view, outline_pane, settings and the slots named in
    ACTIONS). Menus: file_menu, edit_menu, view_menu, annotations_menu, tools_menu,
    help_menu; each action is an attribute named *_action; level_actions expand to 1–4."""

    def _build_menu_bar(self) -> None:
        """The menus' titles (the bar's height is part of the first paint)."""
        bar = self.menuBar()
        for name, title in MENUS:
            # a QMenu of the window's, added by reference: under PySide6 6.8 the menus that
            # addMenu(str) makes are deleted when a wrapper of theirs is collected
            menu = QMenu(_tr(title), self)
            bar.addMenu(menu)
            menu.setObjectName(name)
            setattr(self, name, menu)
        self.annotations_menu.menuAction().setVisible(False)  # shown once it has actions
        self.tools_menu.menuAction().setVisible(False)

    def _build_actions(self) -> None:
        """The menus' actions and their shortcuts (after _build_menu_bar)."""
        from PySide6.QtCore import Qt  # after the first paint: see gui/viewer/text_view.py
        from PySide6.QtGui import QAction, QKeySequence

        from gui.common.recent_files import RecentFilesMenu

        for name, menu_name, text, shortcuts, slot in ACTIONS:
            menu = getattr(self, menu_name)
            if name == "-":
                menu.addSeparator()
            elif name == "recent":
                self.recent_menu = RecentFilesMenu(self.settings, self)
                menu.addMenu(self.recent_menu)
            elif name == "levels":
                self._build_level_menu(menu)
            elif name == "language":
                from gui.shell.language_menu import build_language_menu

                self.language_menu = build_language_menu(
                    menu, self.settings, lambda text: self.statusBar().showMessage(text, 8000),
                    self._lang, restart=self.restart_requested.emit)
            else:
                action = QAction(_tr(text), self)
                action.setShortcuts([QKeySequence(s) for s in shortcuts])
                action.triggered.connect(reduce(getattr, slot.split("."), self))
                menu.addAction(action)
                setattr(self, name, action)
        for action in (self.copy_action, self.select_all_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.text_view.addAction(action)

    def _build_level_menu(self, parent_menu: object) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        # owned by its menu: under PySide6 6.8 the submenu addMenu(str) makes is deleted
        menu = QMenu(_tr(QT_TRANSLATE_NOOP("MainWindow", "Expand to Le&vel")), parent_menu)
        parent_menu.addMenu(menu)
        text = _tr(QT_TRANSLATE_NOOP("MainWindow", "Level {level}"))
        self.level_actions = []
        for level in range(1, MAX_LEVEL + 1):
            action = QAction(text.format(level=level), self)
            action.setShortcut(QKeySequence(f"Alt+Shift+{level}"))
            action.triggered.connect(
                lambda _checked=False, n=level: self.outline_pane.expand_to_level(n))
            menu.addAction(action)
            self.level_actions.append(action)
