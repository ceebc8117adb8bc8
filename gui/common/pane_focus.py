"""F6 / Shift+F6: move the keyboard focus from pane to pane.

A pane is the outline, the text, or the widget of a visible dock. Focus enters a pane at
its main list or text (an item view or text edit), so arrow keys work at once; a pane
without one is entered at its first focusable widget.
"""
from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QTextEdit, QWidget

_MAIN_KINDS = (QAbstractItemView, QPlainTextEdit, QTextEdit)


def _focusable(widget: QWidget) -> bool:
    from PySide6.QtCore import Qt  # on input only: not on the start-up path

    return (widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))


def entry_widget(pane: QWidget) -> QWidget | None:
    """Where the focus lands when `pane` is entered: its focus proxy, else its first
    focusable list or text, else its first focusable widget; None if nothing takes focus."""
    if pane.focusProxy() is not None and _focusable(pane.focusProxy()):
        return pane.focusProxy()
    if _focusable(pane) and isinstance(pane, _MAIN_KINDS):
        return pane
    candidates = [w for w in pane.findChildren(QWidget) if _focusable(w)]
    main = [w for w in candidates if isinstance(w, _MAIN_KINDS)]
    if main or candidates:
        return (main or candidates)[0]
    return pane if _focusable(pane) else None


def cycle_focus(panes: list[QWidget], focused: QWidget | None, step: int) -> QWidget | None:
    """Focus the pane `step` (1 or -1) away from the one holding `focused`; returns the
    widget given the focus, or None when no pane can take it."""
    entries = [(pane, entry) for pane in panes if (entry := entry_widget(pane)) is not None]
    if not entries:
        return None
    current = -1
    if focused is not None:
        current = next((i for i, (pane, _e) in enumerate(entries)
                        if pane is focused or pane.isAncestorOf(focused)), -1)
    if current < 0 and step < 0:
        current = 0
    target = entries[(current + step) % len(entries)][1]
    from PySide6.QtCore import Qt

    target.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return target


class PaneCycling:
    """A window's F6 / Shift+F6 slots: it names its panes in order in `_panes()`."""

    def _panes(self) -> list[QWidget]:
        raise NotImplementedError

    @Slot()
    def focus_next_pane(self) -> None:
        cycle_focus(self._panes(), self.focusWidget(), 1)  # type: ignore[attr-defined]

    @Slot()
    def focus_previous_pane(self) -> None:
        cycle_focus(self._panes(), self.focusWidget(), -1)  # type: ignore[attr-defined]
