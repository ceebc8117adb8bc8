"""Editing the tag set: the Controller's tag methods, each one undoable step.

A mixin of gui/annotations/controller.py, which provides what these methods use:
`annotation_set`, `can_edit()`, `_push(command)`, `_emit(change)`, `default_tags`, and the
signals `default_tags_chosen` and `message`. Texts are translated in the Controller's
context, where they have always been.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from gui.annotations.tag_set_model import build_tag_edit, moved, new_tag
from model.annotations import Tag


class TagSetEdits:
    """Replace, add, rename, recolour, move and remove tags; offer a set as the default."""

    def edit_tags(self, tags: list[Tag], removals: dict[str, str | None] | None = None) -> bool:
        """Replace the tag set as one undo step.

        `removals` maps every removed tag that is still in use to the tag its annotations
        move to, or to None to delete them. A removed tag in use without an entry is an
        error (nothing is ever dropped silently): ValueError, nothing changes.
        """
        if not self.can_edit():
            return False
        command = build_tag_edit(self.annotation_set, list(tags), removals or {}, self._emit,
                                 QCoreApplication.translate("Controller", "Edit tags"))
        if command is None:
            return False
        self._push(command)
        return True

    def add_tag(self, label_zh: str, label_en: str, color: str) -> Tag | None:
        tag = new_tag(self.annotation_set.tags, label_zh, label_en, color)
        return tag if self.edit_tags([*self.annotation_set.tags, tag]) else None

    def update_tag(self, tag_id: str, **fields: Any) -> bool:
        """Rename (label_zh/label_en) or recolour (color) one tag."""
        tags = [replace(t, **fields) if t.id == tag_id else t for t in self.annotation_set.tags]
        return self.edit_tags(tags)

    def move_tag(self, tag_id: str, delta: int) -> bool:
        return self.edit_tags(moved(self.annotation_set.tags, tag_id, delta))

    def remove_tag(self, tag_id: str, reassign_to: str | None = None, *,
                   delete_annotations: bool = False) -> bool:
        """Remove a tag; if in use, `reassign_to` or `delete_annotations=True` is required."""
        tags = [t for t in self.annotation_set.tags if t.id != tag_id]
        in_use = bool(self.annotation_set.with_tag(tag_id))
        if in_use and reassign_to is None and not delete_annotations:
            raise ValueError(f"tag {tag_id} is in use: reassign or delete its annotations")
        return self.edit_tags(tags, {tag_id: reassign_to} if in_use else {})

    def make_default_tags(self, tags: list[Tag] | None = None) -> None:
        """Offer `tags` (default: the current set) as the tag set for new documents."""
        chosen = tuple(tags if tags is not None else self.annotation_set.tags)
        self.default_tags = chosen
        self.default_tags_chosen.emit(chosen)
        self.message.emit(QCoreApplication.translate(
            "Controller", "These tags will be used for new documents."))
