"""gui.shell."""
