"""model.outline.tree."""
