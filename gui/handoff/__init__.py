"""gui.handoff."""
