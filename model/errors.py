"""Errors the model raises; each carries a machine-readable code.

gui/common/labels.py turns a code into translated text; main.py turns it into one stderr line.
"""
from __future__ import annotations


class ModelError(Exception):
    """Base class: `code` names the problem, `detail` says which file or value."""

    code = "error"

    def __init__(self, detail: str = "", **params: object) -> None:
        super().__init__(detail)
        self.detail = detail
        self.params = params

    def __str__(self) -> str:
        return f"{self.message()}: {self.detail}" if self.detail else self.message()

    def message(self) -> str:
        """English one-line message (the CLI's; the GUI translates by code)."""
        return MESSAGES.get(self.code, self.code)


class ReportError(ModelError):
    code = "report"


class ReportNotFound(ReportError):
    code = "report_not_found"


class ReportIsDirectory(ReportError):
    code = "report_is_directory"


class ReportUnreadable(ReportError):
    code = "report_unreadable"


class ReportEmpty(ReportError):
    code = "report_empty"


class ReportBinary(ReportError):
    code = "report_binary"


class ReportDecodeError(ReportError):
    code = "report_decode"


class ReportCorrupt(ReportError):
    code = "report_corrupt"


class ReportTooLarge(ReportError):
    code = "report_too_large"


class ReportUnsupported(ReportError):
    code = "report_unsupported"


class SidecarError(ModelError):
    code = "sidecar"


class SidecarCorrupt(SidecarError):
    code = "sidecar_corrupt"


class SidecarTooNew(SidecarError):
    code = "sidecar_too_new"


class SidecarUnwritable(SidecarError):
    code = "sidecar_unwritable"


class SidecarChangedOnDisk(SidecarError):
    code = "sidecar_changed"


class UsageError(ModelError):
    code = "usage"


class SearchError(ModelError):
    code = "search"


class SearchBadRegex(SearchError):
    code = "search_bad_regex"


class SearchTooSlow(SearchError):
    """A reviewer's regular expression ran past its time limit and was abandoned."""
    code = "search_too_slow"


class ExportError(ModelError):
    code = "export"


class UnknownTag(ExportError):
    code = "unknown_tag"


class UnknownFormat(ExportError):
    code = "unknown_format"


class ExportNeedsOutput(ExportError):
    code = "export_needs_output"


class ExportUnwritable(ExportError):
    code = "export_unwritable"


class MergeSourceMissing(SidecarError):
    code = "merge_source_missing"


class ReportUtf16NoBom(ReportDecodeError):
    code = "report_utf16_no_bom"


class ReportNotRegular(ReportUnreadable):
    code = "report_not_regular"


class SidecarUnreadable(SidecarError):
    code = "sidecar_unreadable"


class ReportLinkLoop(ReportUnreadable):
    code = "report_link_loop"


class ReportBrokenLink(ReportNotFound):
    code = "report_broken_link"


class SidecarLinkLoop(SidecarUnreadable):
    code = "sidecar_link_loop"


class ExportLinkLoop(ExportUnwritable):
    code = "export_link_loop"


class MergeOtherReport(SidecarError):
    """An annotation file made for a different report (merge refuses it without --force)."""

    code = "merge_other_report"
class SidecarNotRegular(SidecarUnreadable):
    """A FIFO, device or socket where a sidecar (or its backup, or a merge source) should
    be: never opened for reading in blocking mode, never moved, never written over."""

    code = "sidecar_not_regular"
class SidecarBusy(SidecarError):
    """Another writer held the sidecar's write lock for too long (model/sidecar/lock.py)."""

    code = "sidecar_busy"
class ReportExpandsTooMuch(ReportTooLarge):
    """A small file that unpacks to far more than a report: a .docx whose parts, text or
    automatic numbers exceed the limits (model/report/docx_package.py, readers.py)."""

    code = "report_expands_too_much"


class ReportPdfEncrypted(ReportError):
    """A PDF that needs a password to open (model/report/pdf_reader.py)."""

    code = "report_pdf_encrypted"


class ReportPdfNoText(ReportError):
    """A PDF whose pages carry no text layer: a scan, which needs OCR first."""

    code = "report_pdf_no_text"


class ReportPdfTooLarge(ReportTooLarge):
    """A PDF with more pages or characters than a report has, or one that takes too long
    to read (the bounds in model/report/pdf_reader.py)."""

    code = "report_pdf_too_large"


class ReportPdfUnavailable(ReportError):
    """PDF support (the pypdfium2 package) is not installed."""

    code = "report_pdf_unavailable"
class ExportNeedsPackage(ExportError):
    """A format whose library is not installed (xlsx without openpyxl)."""

    code = "export_needs_package"


MESSAGES: dict[str, str] = {
    "error": "error",
    "report": "cannot open report",
    "report_not_found": "no such file",
    "report_is_directory": "is a folder, not a report",
    "report_unreadable": "cannot read file (permission denied?)",
    "report_empty": "the report is empty",
    "report_binary": "not a text report (binary data)",
    "report_decode": "cannot decode text (not UTF-8, UTF-16, GB18030 or Big5)",
    "report_corrupt": "the document is damaged and cannot be read",
    "report_too_large": "the report is larger than the 50 MB limit",
    "report_unsupported": "unsupported file type (use .txt, .md, .docx or .pdf)",
    "sidecar": "annotation file error",
    "sidecar_corrupt": "the annotation file is damaged",
    "sidecar_too_new": "the annotation file was written by a newer Yuepi",
    "sidecar_unwritable": "cannot write the annotation file",
    "sidecar_changed": "the annotation file was changed by another program",
    "usage": "invalid arguments",
    "search": "search failed",
    "search_bad_regex": "invalid regular expression",
    "search_too_slow": "the regular expression takes too long",
    "export": "export failed",
    "unknown_tag": "unknown tag id",
    "unknown_format": "unknown export format",
    "export_needs_output": "docx needs -o (it is a binary file)",
    "export_unwritable": "cannot write the export file",
    "merge_source_missing": "no such annotation file",
    "report_utf16_no_bom": "looks like UTF-16 text without a byte-order mark (save it as UTF-8)",
    "report_not_regular": "not a regular file (a device, pipe or socket)",
    "sidecar_unreadable": "cannot read the annotation file (permission denied?)",
    "report_link_loop": "is a symbolic link loop (the link leads back to itself)",
    "report_broken_link": "is a symbolic link to a file that does not exist",
    "sidecar_link_loop": "the annotation file is a symbolic link loop",
    "export_link_loop": "the export file is a symbolic link loop",
    "merge_other_report": "the annotation file was made for a different report "
                          "(use --force to merge it anyway)",
    "sidecar_not_regular": "the annotation file is not a regular file (a device, pipe or "
                           "socket); it is left alone and nothing is saved",
    # notices (not exceptions): the CLI prints them as a warning, the GUI translates them
    "sidecar_repaired": "invalid characters (lone surrogates) in the annotation file were "
                        "replaced with U+FFFD",
    "sidecar_salvaged": "the annotation file was partly damaged; the readable annotations "
                        "were kept",
    "sidecar_busy": "the annotation file is being written by another program; try again",
    "report_expands_too_much":
        "the document unpacks to more than a report can hold (a zip bomb or a damaged file?)",
    "report_pdf_encrypted": "the PDF is protected by a password; remove the password "
                            "(or print it to a new PDF) and open it again",
    "report_pdf_no_text": "the PDF has no text layer (a scanned document?); run OCR on it "
                          "first, or open a .docx or .txt version",
    "report_pdf_too_large": "the PDF is larger than a report (too many pages or characters, "
                            "or it takes too long to read)",
    "report_pdf_unavailable": "PDF support is not installed (the pypdfium2 package)",
    "export_needs_package": "this export format needs a Python package that is not "
                            "installed (xlsx: openpyxl)",
}


class DocxChanged(ExportError):
    """The .docx report on disk no longer gives the text the annotations were made on."""

    code = "docx_changed"


class DocxCommentsMalformed(ReportError):
    """word/comments.xml (or a comment marker) of a .docx cannot be read."""

    code = "docx_comments_malformed"


class CommentsNotFound(ReportError):
    """Comments of a .docx whose passage the report does not have (any more)."""

    code = "comments_not_found"


MESSAGES.update({
    "docx_changed": "the .docx report changed on disk since it was opened; open it again",
    "docx_comments_malformed": "the comments of the .docx cannot be read (malformed "
                               "word/comments.xml)",
    "comments_not_found": "comments anchored on text the report does not have "
                          "(use --keep-unplaced to import them as orphans)",
})


class CompareSameReport(ReportError):
    """`compare` given the same text twice: there is nothing to compare."""

    code = "compare_same_report"


MESSAGES.update({
    "compare_same_report": "the two reports have the same text; compare a report with "
                           "the next year's",
})


class CompareFileCorrupt(SidecarError):
    """The comparison file `<B>.compare.json` cannot be read (it is moved aside)."""

    code = "compare_file_corrupt"


class CompareBadLink(UsageError):
    """`compare --link`: a span outside its report, or an unknown verdict."""

    code = "compare_bad_link"


class CompareLinkNotFound(UsageError):
    """`compare --unlink ID`: no stored link has that id."""

    code = "compare_link_not_found"


MESSAGES.update({
    "compare_file_corrupt": "the comparison file is damaged (moved aside)",
    "compare_bad_link": "bad link: give START:END spans inside each report and a verdict "
                        "(kept, partly, not_kept, not_mentioned)",
    "compare_link_not_found": "no stored link has that id (see compare A B --links)",
})


class CommentsNeedDocx(ReportUnsupported):
    """`import-comments` (and File › Import Comments) given a file other than a .docx:
    the report's own types were listed, .txt among them, which read as a contradiction."""

    code = "comments_need_docx"


MESSAGES.update({
    "comments_need_docx": "comments are read from a Word/WPS .docx only",
})
