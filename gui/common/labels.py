"""Translated display text for model error codes and status-bar strings.

model/ returns codes (model.errors.MESSAGES keys); this module maps every code to a
translatable sentence. Strings are marked with QT_TRANSLATE_NOOP and translated at display
time, so the mapping itself holds no translated text.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from model.errors import ModelError
from model.outline.tree import SECTION_SEPARATOR
from model.reading.reasons import CUE_SEPARATOR, reason_parts

CONTEXT = "Labels"

#: One sentence per model error code (keep in step with model.errors.MESSAGES).
ERROR_TEXTS: dict[str, str] = {
    "error": QT_TRANSLATE_NOOP("Labels", "Something went wrong."),
    "report": QT_TRANSLATE_NOOP("Labels", "The report cannot be opened."),
    "report_not_found": QT_TRANSLATE_NOOP("Labels", "The file does not exist."),
    "report_is_directory": QT_TRANSLATE_NOOP("Labels", "This is a folder, not a report."),
    "report_unreadable": QT_TRANSLATE_NOOP(
        "Labels", "The file cannot be read. Check that you have permission to open it."),
    "report_empty": QT_TRANSLATE_NOOP("Labels", "The report is empty."),
    "report_binary": QT_TRANSLATE_NOOP(
        "Labels", "This is not a text report: the file contains binary data."),
    "report_decode": QT_TRANSLATE_NOOP(
        "Labels", "The text cannot be decoded. Save it as UTF-8, UTF-16 or GB18030."),
    "report_corrupt": QT_TRANSLATE_NOOP(
        "Labels", "The document is damaged and cannot be read."),
    "report_too_large": QT_TRANSLATE_NOOP(
        "Labels", "The report is larger than the 50 MB limit."),
    "report_unsupported": QT_TRANSLATE_NOOP(
        "Labels", "This file type is not supported. Open a .txt, .md, .docx or .pdf file."),
    "sidecar": QT_TRANSLATE_NOOP("Labels", "There is a problem with the annotation file."),
    "sidecar_corrupt": QT_TRANSLATE_NOOP("Labels", "The annotation file is damaged."),
    "sidecar_too_new": QT_TRANSLATE_NOOP(
        "Labels", "The annotation file was written by a newer version of Yuepi."),
    "sidecar_unwritable": QT_TRANSLATE_NOOP("Labels", "The annotation file cannot be written."),
    "sidecar_changed": QT_TRANSLATE_NOOP(
        "Labels", "The annotation file was changed by another program."),
    "usage": QT_TRANSLATE_NOOP("Labels", "Invalid arguments."),
    "search": QT_TRANSLATE_NOOP("Labels", "The search failed."),
    "search_bad_regex": QT_TRANSLATE_NOOP("Labels", "The regular expression is not valid."),
    "search_too_slow": QT_TRANSLATE_NOOP("Labels", "The expression takes too long."),
    "export": QT_TRANSLATE_NOOP("Labels", "The export failed."),
    "unknown_tag": QT_TRANSLATE_NOOP("Labels", "Unknown tag."),
    "unknown_format": QT_TRANSLATE_NOOP("Labels", "Unknown export format."),
    "export_needs_output": QT_TRANSLATE_NOOP(
        "Labels", "A Word export needs an output file."),
    "export_unwritable": QT_TRANSLATE_NOOP("Labels", "The export file cannot be written."),
    "merge_source_missing": QT_TRANSLATE_NOOP(
        "Labels", "The annotation file to merge does not exist."),
    "report_utf16_no_bom": QT_TRANSLATE_NOOP(
        "Labels", "This looks like UTF-16 text without a byte-order mark. Save it as UTF-8."),
    "report_not_regular": QT_TRANSLATE_NOOP(
        "Labels", "This is not a regular file (a device, pipe or socket)."),
    "sidecar_unreadable": QT_TRANSLATE_NOOP(
        "Labels", "The annotation file cannot be read. Check that you have permission."),
    "report_link_loop": QT_TRANSLATE_NOOP(
        "Labels", "This is a symbolic link loop: the link leads back to itself, so there "
                  "is no report to open."),
    "report_broken_link": QT_TRANSLATE_NOOP(
        "Labels", "This is a symbolic link to a file that does not exist."),
    "sidecar_link_loop": QT_TRANSLATE_NOOP(
        "Labels", "The annotation file is a symbolic link loop: the link leads back to "
                  "itself."),
    "export_link_loop": QT_TRANSLATE_NOOP(
        "Labels", "The export file is a symbolic link loop. Choose another file name."),
    "merge_other_report": QT_TRANSLATE_NOOP(
        "Labels", "The annotation file was made for a different report."),
    "sidecar_not_regular": QT_TRANSLATE_NOOP(
        "Labels", "The annotation file is not a regular file (a device, pipe or socket). "
        "It is left alone and the annotations are read-only."),
    "sidecar_repaired": QT_TRANSLATE_NOOP(
        "Labels", "Invalid characters in the annotation file were replaced."),
    "sidecar_salvaged": QT_TRANSLATE_NOOP(
        "Labels", "The annotation file was partly damaged."),
    "sidecar_busy": QT_TRANSLATE_NOOP(
        "Labels", "The annotation file is being written by another program. Try again."),
    # not a model code: an unexpected exception in a save (gui/annotations/autosave.py)
    "sidecar_save_failed": QT_TRANSLATE_NOOP(
        "Labels", "The annotations could not be saved (internal error). Save them elsewhere "
        "with Save As…"),
    "report_expands_too_much": QT_TRANSLATE_NOOP(
        "Labels", "The document unpacks to far more than a report can hold (a zip bomb?)."),
    "report_pdf_encrypted": QT_TRANSLATE_NOOP(
        "Labels", "This PDF is protected by a password. Remove the password (or print it to "
        "a new PDF) and open it again."),
    "report_pdf_no_text": QT_TRANSLATE_NOOP(
        "Labels", "This PDF has no text layer (a scanned document?). Run OCR on it first, or "
        "open a .docx or .txt version of the report."),
    "report_pdf_too_large": QT_TRANSLATE_NOOP(
        "Labels", "This PDF is larger than a report: too many pages or characters, or it "
        "takes too long to read."),
    "report_pdf_unavailable": QT_TRANSLATE_NOOP(
        "Labels", "PDF support is not installed (the pypdfium2 package)."),
    "docx_changed": QT_TRANSLATE_NOOP(
        "Labels", "The .docx report changed on disk since it was opened. Open it again, "
        "then export."),
    "docx_comments_malformed": QT_TRANSLATE_NOOP(
        "Labels", "The comments of this .docx cannot be read (its comments part is damaged)."),
    "comments_not_found": QT_TRANSLATE_NOOP(
        "Labels", "Some comments mark text this report does not have."),
    "export_needs_package": QT_TRANSLATE_NOOP(
        "Labels", "This export format needs a package that is not installed (Excel: "
        "openpyxl)."),
    "compare_same_report": QT_TRANSLATE_NOOP(
        "Labels", "The two reports have the same text; compare a report with the next "
        "year's."),
    "compare_file_corrupt": QT_TRANSLATE_NOOP(
        "Labels", "The comparison file is damaged; it was moved aside and the comparison "
        "starts empty."),
    "compare_bad_link": QT_TRANSLATE_NOOP(
        "Labels", "This link cannot be made: a passage lies outside its report or the "
        "verdict is unknown."),
    "compare_link_not_found": QT_TRANSLATE_NOOP(
        "Labels", "No stored link has this id."),
    "comments_need_docx": QT_TRANSLATE_NOOP(
        "Labels", "Comments are read from a Word/WPS .docx file only."),
}

#: Status-bar and window strings shared by several widgets.
STATUS_TEXTS: dict[str, str] = {
    "no_report": QT_TRANSLATE_NOOP("Labels", "No report open"),
    "no_section": QT_TRANSLATE_NOOP("Labels", "Before the first heading"),
    "char_count": QT_TRANSLATE_NOOP("Labels", "{count} characters"),
    "empty_state": QT_TRANSLATE_NOOP("Labels", "Open a report (Ctrl+O) or drop a file here"),
    "open_failed": QT_TRANSLATE_NOOP("Labels", "Cannot open report"),
    "recent_missing": QT_TRANSLATE_NOOP(
        "Labels", "The file no longer exists and was removed from the recent files list."),
    "opened": QT_TRANSLATE_NOOP("Labels", "Opened {name}"),
    "outline_failed": QT_TRANSLATE_NOOP("Labels", "Cannot detect the outline"),
    # the reading position's page in a PDF report, after the section path
    "pdf_page": QT_TRANSLATE_NOOP("Labels", "{path}  ·  page {page} of {pages}"),
}

#: Why a tag was suggested (model/reading/reasons.py codes and facts; keep the placeholders).
REASON_TEXTS: dict[str, str] = {
    "cue_under_section": QT_TRANSLATE_NOOP("Labels", "cue {cues} under {section}"),
    "cue_after_opening": QT_TRANSLATE_NOOP("Labels", "cue {cues} after {opening}"),
    "cue": QT_TRANSLATE_NOOP("Labels", "cue {cues}"),
    "section_default": QT_TRANSLATE_NOOP("Labels", "section {section}"),
    "opening_default": QT_TRANSLATE_NOOP("Labels", "after {opening}"),
    "learned": QT_TRANSLATE_NOOP("Labels", "learned from your tags"),
}
FACT_TEXTS: dict[str, str] = {
    "target": QT_TRANSLATE_NOOP("Labels", "target {target}"),
    "result": QT_TRANSLATE_NOOP("Labels", "result {result}"),
    "figure": QT_TRANSLATE_NOOP("Labels", "figure {figure}"),
    "resolution": QT_TRANSLATE_NOOP("Labels", "resolution {resolution}"),
    "learned": QT_TRANSLATE_NOOP("Labels", "learned {learned}"),
}
#: Between the parts of a reason ("cue … under …; target …").
REASON_SEPARATOR = QT_TRANSLATE_NOOP("Labels", "; ")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def error_text(code: str) -> str:
    """Translated sentence for a model error code; unknown codes fall back to the generic one."""
    return tr(ERROR_TEXTS.get(code, ERROR_TEXTS["error"]))


def error_message(exc: ModelError) -> str:
    """Full text for a message box: the sentence, then the file or value concerned."""
    text = error_text(exc.code)
    return f"{text}\n\n{exc.detail}" if exc.detail else text


def status_text(key: str, **params: object) -> str:
    return tr(STATUS_TEXTS[key]).format(**params)


def section_path(titles: list[str]) -> str:
    """The reading position as a status-bar path; a placeholder before the first heading."""
    return SECTION_SEPARATOR.join(titles) if titles else status_text("no_section")


ReasonTemplates = tuple[dict[str, str], dict[str, str], str]


def reason_templates() -> ReasonTemplates:
    """The reason templates in the interface language: translate once per list."""
    return ({k: tr(v) for k, v in REASON_TEXTS.items()},
            {k: tr(v) for k, v in FACT_TEXTS.items()}, tr(REASON_SEPARATOR))


def suggestion_reason(code: str, args: dict[str, str],
                      templates: ReasonTemplates | None = None) -> str:
    """A suggestion's reason in the interface language (cue words stay joined by 、)."""
    texts, facts, separator = templates or reason_templates()
    return separator.join(reason_parts(code, args, texts, facts, CUE_SEPARATOR))
