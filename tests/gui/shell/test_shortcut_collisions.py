"""No two shortcuts of the window answer the same key press (issue 17, item 1).

Qt does nothing but log "Ambiguous shortcut overload" when two active shortcuts match
one press, so a collision silently kills both. A press is compared as a US (and Chinese)
keyboard makes it: "Ctrl++" is Ctrl+Shift+=, "_" is Shift+-, and so on; the aliases a
standard key has (QKeySequence.StandardKey, e.g. ZoomIn's Ctrl++ and Ctrl+=) count as one
press too. Shortcuts scoped to one widget (WidgetShortcut, WidgetWithChildrenShortcut)
only meet shortcuts whose widgets overlap theirs."""
from __future__ import annotations

from itertools import combinations

import pytest
from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from gui.shell.shortcuts_dialog import plain

#: The character Shift makes of a key on a US (and Chinese) layout → that key.
SHIFTED = dict(zip('~!@#$%^&*()_+{}|:"<>?', "`1234567890-=[]\\;',./", strict=True))

#: Presses platforms give one meaning: the standard keys' bindings, plus the zoom pair Qt
#: binds differently per platform.
EXTRA_ALIASES = (("Ctrl++", "Ctrl+="),)

Press = tuple[int, int]  # (modifiers without Keypad, key)
Chord = tuple[Press, ...]


def press(combo: QKeyCombination) -> Press:
    """One key press as the keyboard makes it: a shifted character → Shift + its key."""
    mods = combo.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = combo.key()
    text = QKeySequence(key).toString()
    if len(text) == 1 and text in SHIFTED:
        key = QKeySequence(SHIFTED[text])[0].key()
        mods |= Qt.KeyboardModifier.ShiftModifier
    return int(mods.value), int(key.value)


def chord(sequence: QKeySequence) -> Chord:
    return tuple(press(sequence[i]) for i in range(sequence.count()))


def _alias_groups() -> list[set[Chord]]:
    groups = [{chord(QKeySequence(k)) for k in pair} for pair in EXTRA_ALIASES]
    for standard in QKeySequence.StandardKey:
        bindings = {chord(k) for k in QKeySequence.keyBindings(standard) if not k.isEmpty()}
        if len(bindings) > 1:
            groups.append(bindings)
    return groups


def presses(sequence: QKeySequence, groups: list[set[Chord]]) -> set[Chord]:
    """`sequence` and every press a standard key makes the same."""
    own = chord(sequence)
    found = {own}
    for group in groups:
        if own in group:
            found |= group
    return found


def _scope(obj: QAction | QShortcut) -> tuple[Qt.ShortcutContext, list[QWidget]]:
    """The context and the widgets it is active in (menus and tool bars only show it)."""
    if isinstance(obj, QShortcut):
        return obj.context(), [obj.parent()]
    widgets = [w for w in obj.associatedObjects()
               if isinstance(w, QWidget) and not isinstance(w, QMenu | QToolBar | QToolButton)]
    return obj.shortcutContext(), widgets


def _overlap(a: QAction | QShortcut, b: QAction | QShortcut) -> bool:
    (ca, wa), (cb, wb) = _scope(a), _scope(b)
    local = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)
    if ca not in local or cb not in local:
        return True

    def covers(context: Qt.ShortcutContext, owner: QWidget, other: QWidget) -> bool:
        return owner is other or (context == Qt.ShortcutContext.WidgetWithChildrenShortcut
                                  and owner.isAncestorOf(other))

    return any(covers(ca, x, y) or covers(cb, y, x) for x in wa for y in wb)


def shortcut_owners(window: QWidget) -> list[QAction | QShortcut]:
    """Every QAction and QShortcut of the window with a key: those it owns, and those
    registered on any of its widgets (context menus' and panes' actions)."""
    found: dict[int, QAction | QShortcut] = {}
    for action in window.findChildren(QAction):
        found[id(action)] = action
    for widget in [window, *window.findChildren(QWidget)]:
        for action in widget.actions():
            found[id(action)] = action
    for shortcut in window.findChildren(QShortcut):
        found[id(shortcut)] = shortcut
    return [o for o in found.values() if any(not k.isEmpty() for k in _keys(o))]


def _keys(obj: QAction | QShortcut) -> list[QKeySequence]:
    return obj.shortcuts() if isinstance(obj, QAction) else [obj.key()]


def _name(obj: QAction | QShortcut) -> str:
    return plain(obj.text()) if isinstance(obj, QAction) else f"QShortcut in {obj.parent()}"


def collisions(window: QWidget) -> list[str]:
    groups = _alias_groups()
    owners = shortcut_owners(window)
    keyed = {id(o): set().union(*(presses(k, groups) for k in _keys(o) if not k.isEmpty()))
             for o in owners}
    found = []
    for a, b in combinations(owners, 2):
        if (shared := keyed[id(a)] & keyed[id(b)]) and _overlap(a, b):
            keys = sorted(QKeySequence(*(QKeyCombination.fromCombined(m | k) for m, k in c))
                          .toString() for c in shared)
            found.append(f"{_name(a)} / {_name(b)}: {keys}")
    return found


def test_presses_are_compared_as_the_keyboard_makes_them(qapp) -> None:
    groups = _alias_groups()
    assert chord(QKeySequence("Ctrl++")) == chord(QKeySequence("Ctrl+Shift+="))
    assert chord(QKeySequence("Ctrl+_")) == chord(QKeySequence("Ctrl+Shift+-"))
    assert chord(QKeySequence("Ctrl+{")) == chord(QKeySequence("Ctrl+Shift+["))
    assert chord(QKeySequence("Ctrl+}")) == chord(QKeySequence("Ctrl+Shift+]"))
    assert chord(QKeySequence("Ctrl+[")) != chord(QKeySequence("Ctrl+{"))
    assert chord(QKeySequence("Ctrl+=")) in presses(QKeySequence("Ctrl++"), groups)
    zoom = QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn)
    assert chord(QKeySequence("Ctrl+=")) in presses(zoom[0], groups)


def test_a_collision_is_found(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    for keys in (["Ctrl++"], ["Ctrl+Shift+="]):
        action = QAction("x", window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        window.addAction(action)
    assert len(collisions(window)) == 1


@pytest.mark.parametrize("with_report", [False, True])
def test_no_two_shortcuts_of_the_window_collide(main_window, report_path,
                                                with_report: bool) -> None:
    if with_report:
        main_window.open_report(report_path)
    assert len(shortcut_owners(main_window)) > 40
    assert collisions(main_window) == []


def test_no_shortcuts_collide_in_chinese(zh_cn, main_window, report_path) -> None:
    main_window.open_report(report_path)
    assert collisions(main_window) == []


def test_expand_all_has_its_own_key(qtbot, main_window, report_path) -> None:
    """The press Expand All shows in its menu expands the outline (it was Ctrl+Shift+=,
    which is Ctrl++, zoom in's, and fired neither)."""
    window = main_window
    window.open_report(report_path)
    window.collapse_all_action.trigger()
    view = window.outline_pane.view
    key = window.expand_all_action.shortcut()
    assert not key.isEmpty()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, key[0].key(), key[0].keyboardModifiers())
    model = view.model()
    first = model.index(0, 0)
    assert model.rowCount(first) and view.isExpanded(first)
