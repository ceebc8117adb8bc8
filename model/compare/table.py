"""承诺兑现对照表: the stored decisions of a comparison (model/compare/store.py) as a
table — the commitment with its citation in A | the evidence with its citation in B |
verdict | note — then the count per verdict and per section of A; as CSV (UTF-8 with BOM,
CRLF, formula-like cells escaped as the review CSV does) or Markdown. The .docx and .xlsx
forms are model/compare/table_docx.py and table_xlsx.py; model/compare/table_export.py
writes any of them.

One row per link; a commitment of A that no link covers yet (the caller hands A's
commitments in) gets one row of its own, verdict `unchecked` (未核对), no evidence. Counts
are of rows: a commitment with two pieces of evidence counts twice. A's sections are
named as its citations name them (model/export/citation.py): the top-level section
("三、2022年政府工作任务") and the whole path ("三、… › （二）…").
"""
from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date as _date

from model.annotations import Annotation
from model.compare.store import VERDICT_LABELS, VERDICTS, Comparison
from model.export.citation import Citer, words
from model.export.csv_export import runs_as_formula
from model.outline.tree import SECTION_SEPARATOR

#: The verdict of a commitment nobody has decided on yet (not stored: no link exists).
UNCHECKED = "unchecked"
HEADER = ("承诺（上年报告）", "出处", "兑现情况（本年报告）", "出处", "结论", "备注")
HEADERS = {"zh": HEADER,
           "en": ("Commitment (earlier report)", "Where", "Evidence (later report)", "Where",
                  "Verdict", "Note")}
_LABELS = {"zh": {**VERDICT_LABELS, UNCHECKED: "未核对"},
           "en": {"kept": "Kept", "partly": "Partly kept", "not_kept": "Not kept",
                  "not_mentioned": "Not mentioned", UNCHECKED: "Not yet checked"}}
_WORDS = {
    "zh": {"title": "承诺兑现对照表", "earlier": "前一报告（承诺）：《{}》",
           "later": "后一报告（兑现情况）：《{}》", "verdict": "结论", "rows": "条数", "section": "章节",
           "top": "按一级标题统计", "path": "按章节统计", "by_verdict": "按结论统计",
           "total": "合计", "lead": "正文开头"},
    "en": {"title": "Commitments and their outcome",
           "earlier": "Earlier report (commitments): “{}”",
           "later": "Later report (outcome): “{}”", "verdict": "Verdict", "rows": "Rows",
           "section": "Section", "top": "By top-level section", "path": "By section",
           "by_verdict": "By verdict", "total": "Total", "lead": "Before the first heading"},
}


def _lang(lang: str) -> str:
    return "zh" if lang.startswith("zh") else "en"


def table_words(lang: str) -> dict[str, str]:
    """Fixed words of the 对照表 in `lang` ("zh…" → Chinese, anything else → English)."""
    return _WORDS[_lang(lang)]


def verdict_label(verdict: str, lang: str = "zh") -> str:
    """已兑现 … 未核对 (or the English) for a verdict key."""
    return _LABELS[_lang(lang)][verdict]


@dataclass(frozen=True)
class Row:
    commitment: str
    commitment_cite: str
    evidence: str
    evidence_cite: str
    verdict: str  # the key (kept, partly, not_kept, not_mentioned; unchecked: no link yet)
    note: str
    #: A's top-level section holding the commitment, and its whole section path.
    section: str = ""
    section_path: str = ""
    #: the commitment's span in A (rows of one commitment share it) and the link's id
    start: int = 0
    end: int = 0
    link_id: str = ""
    #: the citations for a narrow column ("二、（一）›第2段")
    commitment_short: str = ""
    evidence_short: str = ""

    def cells(self, lang: str = "zh") -> tuple[str, ...]:
        return (self.commitment, self.commitment_cite, self.evidence, self.evidence_cite,
                verdict_label(self.verdict, lang), self.note)


@dataclass(frozen=True)
class SectionCount:
    """The rows of one section of A: per verdict key, and in all."""

    section: str
    counts: dict[str, int]
    total: int


@dataclass(frozen=True)
class CompareTable:
    """Everything a rendered 对照表 shows: the rows and the document's frame (titles of
    both reports, the export date, the addressee line and the closing block)."""

    rows: tuple[Row, ...]
    earlier_title: str
    later_title: str
    lang: str = "zh"
    date: str = field(default_factory=lambda: _date.today().isoformat())
    addressee: str = ""
    reviewer: str = ""
    reviewer_unit: str = ""

    @property
    def commitments(self) -> int:
        """Distinct commitments (a commitment with several links is one)."""
        return len({(r.start, r.end, r.commitment) for r in self.rows})


def rows(comparison: Comparison, citer_a: Citer, citer_b: Citer,
         commitments: Iterable[Annotation] = (), lang: str = "zh") -> list[Row]:
    """One row per link, in A's order (then B's): commitments read as in the report.
    `commitments`: A's commitments; each that no link's commitment overlaps is listed
    too, as `unchecked`."""
    keyed: list[tuple[tuple[int, int, int], Row]] = []
    for k in comparison.links:
        e = k.evidence
        row = _row(citer_a, k.commitment, lang, verdict=k.verdict, note=k.note, link_id=k.id,
                   evidence=None if e is None else (
                       e.quote, citer_b.cite_annotation(e, lang),
                       citer_b.cite_annotation_short(e, lang)))
        keyed.append(((row.start, row.end, -1 if e is None else e.start), row))
    decided = [k.commitment for k in comparison.links]
    seen: set[tuple[int, int]] = set()
    for c in commitments:
        if (c.start, c.end) in seen or any(_overlaps(c, d) for d in decided):
            continue
        seen.add((c.start, c.end))
        row = _row(citer_a, c, lang, evidence=None, verdict=UNCHECKED, note="")
        keyed.append(((c.start, c.end, -1), row))
    return [row for _, row in sorted(keyed, key=lambda pair: pair[0])]


def _row(citer: Citer, c: Annotation, lang: str, *, evidence: tuple[str, str, str] | None,
         verdict: str, note: str, link_id: str = "") -> Row:
    if c.orphaned:
        labels = [words(lang)["orphan"]]
    else:
        labels = citer.section_labels(c.start, c.end) or [table_words(lang)["lead"]]
    quote, cite, short = evidence or ("", "", "")
    return Row(c.quote, citer.cite_annotation(c, lang), quote, cite, verdict, note,
               section=labels[0], section_path=SECTION_SEPARATOR.join(labels),
               start=c.start, end=c.end, link_id=link_id,
               commitment_short=citer.cite_annotation_short(c, lang), evidence_short=short)


def _overlaps(a: Annotation, b: Annotation) -> bool:
    if a.orphaned or b.orphaned:
        return a.quote == b.quote
    return a.start < b.end and b.start < a.end


def verdict_keys(table: Iterable[Row]) -> tuple[str, ...]:
    """The verdicts a count shows: the four stored ones, then 未核对 when any row is."""
    unchecked = any(r.verdict == UNCHECKED for r in table)
    return VERDICTS + ((UNCHECKED,) if unchecked else ())


def counts(table: list[Row], lang: str = "zh") -> list[tuple[str, int]]:
    """(verdict label, count) for every verdict, in the verdicts' order."""
    seen = Counter(r.verdict for r in table)
    return [(verdict_label(v, lang), seen[v]) for v in verdict_keys(table)]


def section_counts(table: list[Row], by: str = "section") -> list[SectionCount]:
    """Rows per verdict for each section of A, in A's order; `by` "section" (the
    top-level section) or "section_path" (the whole path)."""
    keys = verdict_keys(table)
    grouped: dict[str, Counter[str]] = {}
    for r in table:
        grouped.setdefault(getattr(r, by), Counter())[r.verdict] += 1
    return [SectionCount(name, {k: seen[k] for k in keys}, sum(seen.values()))
            for name, seen in grouped.items()]


def paths_differ(table: list[Row]) -> bool:
    """Does any row sit below its top-level section (else the per-path count repeats
    the per-section one and is left out of the documents)?"""
    return any(r.section_path != r.section for r in table)


def count_tables(table: list[Row], lang: str = "zh"
                 ) -> list[tuple[str, list[str], list[list[str]]]]:
    """The count tables as (title, header, rows of cells): per verdict, per top-level
    section of A, per section path (when it differs), each with its total."""
    w = table_words(lang)
    keys = verdict_keys(table)
    labels = [verdict_label(k, lang) for k in keys]
    by_verdict = [[label, str(n)] for label, n in counts(table, lang)]
    by_verdict.append([w["total"], str(len(table))])
    out = [(w["by_verdict"], [w["verdict"], w["rows"]], by_verdict)]
    for by, title in (("section", w["top"]), ("section_path", w["path"])):
        if by == "section_path" and not paths_differ(table):
            continue
        body = [[s.section, *(str(s.counts[k]) for k in keys), str(s.total)]
                for s in section_counts(table, by)]
        body.append([w["total"], *(str(sum(r.verdict == k for r in table)) for k in keys),
                     str(len(table))])
        out.append((title, [w["section"], *labels, w["total"]], body))
    return out


def render_csv(table: list[Row], lang: str = "zh") -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADERS[_lang(lang)])
    for r in table:
        writer.writerow([_safe(c) for c in r.cells(lang)])
    writer.writerow([])
    for label, n in counts(table, lang):
        writer.writerow([label, str(n)])
    for title, header, body in count_tables(table, lang)[1:]:
        writer.writerow([])
        writer.writerow([title])
        writer.writerow(header)
        writer.writerows([_safe(c) for c in cells] for cells in body)
    return "\ufeff" + buffer.getvalue()


def render_md(table: list[Row], lang: str = "zh", titles: tuple[str, str] | None = None
              ) -> str:
    """The 对照表 in Markdown; `titles` (A's, B's) name the two reports under its heading,
    as the Word table's title does (a file read later still says what it compares)."""
    w = table_words(lang)
    header = HEADERS[_lang(lang)]
    lines = [f"# {w['title']}", ""]
    if titles is not None:
        lines += [f"- {w['earlier'].format(_md(titles[0]))}",
                  f"- {w['later'].format(_md(titles[1]))}", ""]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_md(c) for c in r.cells(lang)) + " |" for r in table]
    lines += ["", f"| {w['verdict']} | {w['rows']} |", "|---|---|"]
    lines += [f"| {label} | {n} |" for label, n in counts(table, lang)]
    for title, head, body in count_tables(table, lang)[1:]:
        lines += ["", f"## {title}", "", "| " + " | ".join(head) + " |",
                  "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(_md(c) for c in cells) + " |" for cells in body]
    return "\n".join(lines) + "\n"


def _safe(value: str) -> str:
    return "'" + value if runs_as_formula(value) else value


def _md(value: str) -> str:
    """A table cell: pipes escaped, line breaks as <br>."""
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "\n") \
        .replace("\n", "<br>")
