"""Translated names for the compare window's codes (verdicts, sources, figure verdicts,
stages): marked here, translated when shown (context "Compare")."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Compare"

#: Verdict key (model.compare.store.VERDICTS) → label, in the order of Ctrl+1…4.
VERDICT_TEXTS = {
    "kept": QT_TRANSLATE_NOOP("Compare", "Kept"),
    "partly": QT_TRANSLATE_NOOP("Compare", "Partly kept"),
    "not_kept": QT_TRANSLATE_NOOP("Compare", "Not kept"),
    "not_mentioned": QT_TRANSLATE_NOOP("Compare", "Not mentioned"),
}
#: Where a commitment of A came from (model.compare.proposals.Commitment.source).
SOURCE_TEXTS = {
    "annotation": QT_TRANSLATE_NOOP("Compare", "Tagged"),
    "suggestion": QT_TRANSLATE_NOOP("Compare", "Suggested"),
    "target": QT_TRANSLATE_NOOP("Compare", "Target"),
    "plan": QT_TRANSLATE_NOOP("Compare", "Plan part"),
    "linked": QT_TRANSLATE_NOOP("Compare", "Linked"),
    "orphaned": QT_TRANSLATE_NOOP("Compare", "Not found"),
}
#: How a linked passage was placed again after its report changed (anchored: no word).
STATUS_TEXTS = {
    "moved": QT_TRANSLATE_NOOP("Compare", "moved"),
    "fuzzy": QT_TRANSLATE_NOOP("Compare", "text changed"),
    "orphaned": QT_TRANSLATE_NOOP("Compare", "not found in the report"),
}
#: A candidate's figure against the commitment's target.
FIGURE_TEXTS = {
    "met": QT_TRANSLATE_NOOP("Compare", "met"),
    "missed": QT_TRANSLATE_NOOP("Compare", "missed"),
}
STAGE_TEXTS = {
    "loading": QT_TRANSLATE_NOOP("Compare", "Loading the dictionary…"),
    "matching": QT_TRANSLATE_NOOP("Compare", "Finding evidence in the later report…"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def verdict_text(key: str) -> str:
    return tr(VERDICT_TEXTS[key]) if key in VERDICT_TEXTS else ""


def source_text(key: str) -> str:
    return tr(SOURCE_TEXTS.get(key, key))


def figure_text(key: str) -> str:
    return tr(FIGURE_TEXTS[key]) if key in FIGURE_TEXTS else ""


def stage_text(key: str) -> str:
    return tr(STAGE_TEXTS[key]) if key in STAGE_TEXTS else ""


def status_text(key: str) -> str:
    """"" for a passage found where it was; else how its re-anchoring went."""
    return tr(STATUS_TEXTS[key]) if key in STATUS_TEXTS else ""
