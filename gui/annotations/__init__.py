"""gui.annotations."""
