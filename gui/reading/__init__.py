"""gui.reading."""
