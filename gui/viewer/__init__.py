"""Looking at a report: the text view (code-point offsets ↔ Qt positions, selection
layers) and the outline pane (tree view, item model, filter)."""
