"""What the principle tests (test_principles_*.py) read: the tags suggested for a small
text, by quote."""
from __future__ import annotations

from model.outline.detector import detect_outline
from model.reading.segmenter import Segmenter
from model.reading.suggestions import suggest
from model.report.loading import report_from_text


def tags_of(text: str, segmenter: Segmenter) -> dict[str, str]:
    """quote -> tag of every suggestion in `text`, read with its detected outline."""
    outline = detect_outline(report_from_text(text))
    return {s.quote.strip(): s.tag for s in suggest(text, outline, segmenter)}
