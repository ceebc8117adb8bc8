"""gui.viewer."""
