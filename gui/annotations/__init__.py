"""Tagging: the controller (the only code that changes annotations, through undoable
commands, with the autosave), the tag set, the highlighter, the annotations list, note
editor, orphans, tag counts on the outline, and the feature that adds them to the window."""
