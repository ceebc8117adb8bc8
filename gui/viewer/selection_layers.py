"""Named layers of extra selections for one text edit.

Several features paint over the same text (heading marks, search hits, the current
annotation). Each owns a named layer; the edit shows all layers, in the order they were
first set (later layers paint on top), and no feature clobbers another's selections.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTextEdit

Selection = QTextEdit.ExtraSelection


class SelectionLayers:
    """Usage: `view.extra_selection_layers.set_layer("search", selections)`."""

    def __init__(self, apply: Callable[[list[Selection]], None]) -> None:
        self._apply = apply
        self._layers: dict[str, list[Selection]] = {}

    def set_layer(self, name: str, selections: list[Selection]) -> None:
        """Replace the selections of layer `name` (an empty list hides the layer)."""
        if not selections and not self._layers.get(name):
            return
        self._layers[name] = list(selections)
        self._refresh()

    def reserve(self, *names: str) -> None:
        """Fix the painting order of layers not set yet (later names paint on top)."""
        for name in names:
            self._layers.setdefault(name, [])

    def clear_layer(self, name: str) -> None:
        self.set_layer(name, [])

    def layer(self, name: str) -> list[Selection]:
        return list(self._layers.get(name, []))

    def names(self) -> list[str]:
        """Names of the layers that currently hold selections."""
        return [name for name, sels in self._layers.items() if sels]

    def clear_all(self) -> None:
        if any(self._layers.values()):
            self._layers = {name: [] for name in self._layers}
            self._refresh()

    def _refresh(self) -> None:
        merged: list[Selection] = []
        for selections in self._layers.values():
            merged.extend(selections)
        self._apply(merged)
