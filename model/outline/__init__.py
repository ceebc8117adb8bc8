"""The outline of a report: the tree, the detector and its rules (headings, bounds,
contents blocks, run-in items), and the worker process that detects it off the GUI."""
