"""The compare window's menus and actions, as a table (like gui/shell/menus.py), so Help ›
Keyboard Shortcuts reads every key from the actions themselves.

Keys (none collides with the main window's tag digits, Alt+1/2 panes, Ctrl+Alt+1…4
headings or Ctrl+Shift+1…4 follow-up): Enter on a candidate or Ctrl+Enter anywhere links
it; Ctrl+L links the selection in B's text; Ctrl+1…4 give 已兑现 / 部分兑现 / 未兑现 /
未提及; Ctrl+E edits the note; Ctrl+T tags a suggested commitment in A's sidecar;
Alt+Down / Alt+Up go to the next / previous commitment; Delete in the evidence list
removes a link; Ctrl+Z / Ctrl+Shift+Z undo / redo.
"""
from __future__ import annotations

from functools import reduce

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

MENUS = (
    ("file_menu", QT_TRANSLATE_NOOP("CompareWindow", "&File")),
    ("edit_menu", QT_TRANSLATE_NOOP("CompareWindow", "&Edit")),
    ("decide_menu", QT_TRANSLATE_NOOP("CompareWindow", "&Decide")),
    ("view_menu", QT_TRANSLATE_NOOP("CompareWindow", "&View")),
    ("help_menu", QT_TRANSLATE_NOOP("CompareWindow", "&Help")),
)

#: (attribute, menu, text, shortcuts, slot path from the window); "-" a separator;
#: "export" marks where File › Export… goes (add_file_action inserts before it).
ACTIONS = (
    ("open_action", "file_menu", QT_TRANSLATE_NOOP("CompareWindow", "&Compare Reports…"),
     ["Ctrl+O"], "choose_pair"),
    ("swap_action", "file_menu",
     QT_TRANSLATE_NOOP("CompareWindow", "&Swap Earlier and Later"), ["Ctrl+Shift+X"],
     "swap"),
    ("export", "file_menu", "", [], ""),
    ("close_action", "file_menu", QT_TRANSLATE_NOOP("CompareWindow", "&Close"),
     ["Ctrl+W"], "close"),
    ("undo_action", "edit_menu", "", [], ""),
    ("redo_action", "edit_menu", "", [], ""),
    ("-", "edit_menu", "", [], ""),
    ("note_action", "edit_menu", QT_TRANSLATE_NOOP("CompareWindow", "Edit &Note"),
     ["Ctrl+E"], "decision.focus_note"),
    ("link_action", "decide_menu", QT_TRANSLATE_NOOP("CompareWindow", "&Link Candidate"),
     ["Ctrl+Return", "Ctrl+Enter"], "link_candidate"),
    ("link_selection_action", "decide_menu",
     QT_TRANSLATE_NOOP("CompareWindow", "Link &Selection in Later Report"), ["Ctrl+L"],
     "link_selection"),
    ("unlink_action", "decide_menu", QT_TRANSLATE_NOOP("CompareWindow", "&Remove Link"),
     [], "decision.unlink_current"),  # Delete, only in the evidence list (_evidence_only):
     # a window-wide key would fire while the note is typed (Ctrl+Backspace deletes a word)
    ("-", "decide_menu", "", [], ""),
    ("kept_action", "decide_menu", QT_TRANSLATE_NOOP("CompareWindow", "Verdict: &Kept"),
     ["Ctrl+1"], "decide_kept"),
    ("partly_action", "decide_menu",
     QT_TRANSLATE_NOOP("CompareWindow", "Verdict: &Partly Kept"), ["Ctrl+2"],
     "decide_partly"),
    ("not_kept_action", "decide_menu",
     QT_TRANSLATE_NOOP("CompareWindow", "Verdict: N&ot Kept"), ["Ctrl+3"], "decide_not_kept"),
    ("not_mentioned_action", "decide_menu",
     QT_TRANSLATE_NOOP("CompareWindow", "Verdict: Not &Mentioned"), ["Ctrl+4"],
     "decide_not_mentioned"),
    ("-", "decide_menu", "", [], ""),
    ("accept_action", "decide_menu",
     QT_TRANSLATE_NOOP("CompareWindow", "&Tag as Commitment in Earlier Report"), ["Ctrl+T"],
     "accept_commitment"),
    ("next_action", "decide_menu", QT_TRANSLATE_NOOP("CompareWindow", "&Next Commitment"),
     ["Alt+Down"], "next_commitment"),
    ("previous_action", "decide_menu",
     QT_TRANSLATE_NOOP("CompareWindow", "P&revious Commitment"), ["Alt+Up"],
     "previous_commitment"),
    ("focus_commitments_action", "view_menu",
     QT_TRANSLATE_NOOP("CompareWindow", "Go to &Commitments"), ["Alt+C"],
     "focus_commitments"),
    ("focus_candidates_action", "view_menu",
     QT_TRANSLATE_NOOP("CompareWindow", "Go to C&andidates"), ["Alt+A"], "focus_candidates"),
    ("next_pane_action", "view_menu", QT_TRANSLATE_NOOP("CompareWindow", "&Next Pane"),
     ["F6"], "focus_next_pane"),
    ("previous_pane_action", "view_menu",
     QT_TRANSLATE_NOOP("CompareWindow", "&Previous Pane"), ["Shift+F6"],
     "focus_previous_pane"),
    ("shortcuts_action", "help_menu",
     QT_TRANSLATE_NOOP("CompareWindow", "&Keyboard Shortcuts"), ["F1"], "show_shortcuts"),
)


UNDO, REDO = (QT_TRANSLATE_NOOP("CompareWindow", "&Undo"),
              QT_TRANSLATE_NOOP("CompareWindow", "&Redo"))
#: The status line after Ctrl+Z / Ctrl+Shift+Z (%1: the step, as the Edit menu names it).
UNDONE, REDONE = (QT_TRANSLATE_NOOP("CompareWindow", "Undone: %1"),
                  QT_TRANSLATE_NOOP("CompareWindow", "Redone: %1"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareWindow", text)


def build_menus(window: QMainWindow) -> None:
    """Menus and actions as attributes of `window`; undo/redo come from its undo stack."""
    bar = window.menuBar()
    for name, title in MENUS:
        menu = QMenu(_tr(title), window)  # owned by the window (see gui/shell/menus.py)
        menu.setObjectName(f"compare_{name}")
        bar.addMenu(menu)
        setattr(window, name, menu)
    stack = window.controller.undo_stack  # type: ignore[attr-defined]
    for name, menu_name, text, shortcuts, slot in ACTIONS:
        menu: QMenu = getattr(window, menu_name)
        if name == "-":
            menu.addSeparator()
        elif name == "export":
            window.export_separator = menu.addSeparator()  # type: ignore[attr-defined]
        elif name in ("undo_action", "redo_action"):
            make = stack.createUndoAction if name == "undo_action" else stack.createRedoAction
            action = make(window, _tr(UNDO if name == "undo_action" else REDO))
            action.setShortcuts([QKeySequence("Ctrl+Z")] if name == "undo_action"
                               else [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
            menu.addAction(action)
            setattr(window, name, action)
        else:
            action = QAction(_tr(text), window)
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.triggered.connect(reduce(getattr, slot.split("."), window))
            menu.addAction(action)
            setattr(window, name, action)
    _evidence_only(window.unlink_action, window.decision.evidence)  # type: ignore[attr-defined]


def _evidence_only(action: QAction, evidence: QWidget) -> None:
    """Remove Link's Delete shown in the menu but acting only while the evidence list
    has the focus (its own key there before: the menu showed none)."""
    action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Delete))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    evidence.addAction(action)
