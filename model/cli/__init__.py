"""Headless verbs behind `python main.py <verb> …`.

Each verb lives in its own module exposing `HELP: str`, `add_arguments(parser)` and
`run(args, out: TextIO) -> int`. Modules are imported only when their verb is used.
"""
from __future__ import annotations

VERBS: dict[str, str] = {
    "outline": "model.cli.outline_verb",
    "annotations": "model.cli.annotations_verb",
    "suggest": "model.cli.suggest_verb",
    "export": "model.cli.export_verb",
    "merge": "model.cli.merge_verb",
    "import-comments": "model.cli.import_comments_verb",
    "followup": "model.cli.followup_verb",
    "compare": "model.cli.compare_verb",
}
