"""The W3C Web Annotation target that anchors annotations and outline corrections alike:
a TextQuoteSelector (the text with its context) and a TextPositionSelector (code points)
on the report (docs/sidecar.md)."""
from __future__ import annotations

from typing import Any

from model.annotations import Annotation, OutlineCorrection


def target_dict(a: Annotation | OutlineCorrection, source_name: str) -> dict[str, Any]:
    return {
        "source": source_name,
        "selector": [
            {"type": "TextQuoteSelector", "exact": a.quote, "prefix": a.prefix,
             "suffix": a.suffix},
            {"type": "TextPositionSelector", "start": a.start, "end": a.end},
        ],
    }
