"""Handing on findings: review export, citations, print and annotated PDF, importing
another reviewer's annotations; the feature that adds them to the window."""
