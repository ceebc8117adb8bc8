"""Review → Markdown (CommonMark): a heading per tag, numbered entries with the quote as a
block quote. Report text is escaped so `*`, `#`, `<` … in quotes stay literal."""
from __future__ import annotations

import re

from model.export.review import Review, ReviewEntry, review_words

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~!{}])")
_INDENT = "   "


def escape(text: str) -> str:
    """Backslash-escape Markdown punctuation (CommonMark allows it before any ASCII
    punctuation)."""
    return _SPECIAL.sub(r"\\\1", text)


def render(review: Review) -> bytes:
    return render_text(review).encode("utf-8")


def render_text(review: Review) -> str:
    w = review_words(review.lang)
    colon = "：" if review.lang.startswith("zh") else ": "
    lines = [f"# {escape(review.title)}", ""]
    lines.append(f"- {w['file']}{colon}{escape(review.file_name)}")
    lines.append(f"- {w['date']}{colon}{review.display_date()}")
    lines.append(f"- {w['counts']}{colon}{_counts(review)}")
    for group in review.non_empty_groups():
        count = f"（{len(group.entries)}）" if review.lang.startswith("zh") \
            else f" ({len(group.entries)})"
        if lines[-1]:
            lines.append("")
        lines += [f"## {escape(group.title)}{count}", ""]
        for number, entry in enumerate(group.entries, start=1):
            lines += _entry(number, entry, review, colon)
    return "\n".join(lines).rstrip("\n") + "\n"


def _counts(review: Review) -> str:
    sep = "，" if review.lang.startswith("zh") else ", "
    w = review_words(review.lang)
    parts = [f"{escape(tag.label(review.lang))} {n}" for tag, n in review.counts()]
    return sep.join([*parts, f"{w['total']} {review.total}"])


def _entry(number: int, entry: ReviewEntry, review: Review, colon: str) -> list[str]:
    w = review_words(review.lang)
    head = f"{number}. **{escape(entry.citation)}**"
    if entry.author:
        head += f" — {escape(entry.author)}"
    lines = [head, ""]
    lines += [f"{_INDENT}> {escape(line)}".rstrip() for line in entry.quote.split("\n")]
    if review.include_notes and entry.note.strip():
        note_lines = entry.note.strip().split("\n")
        lines += ["", f"{_INDENT}{w['note']}{colon}{escape(note_lines[0])}"]
        lines += [f"{_INDENT}{escape(line)}" for line in note_lines[1:]]
    if entry.has_followup:
        lines += ["", f"{_INDENT}{_followup_line(entry, review, colon)}"]
    lines.append("")
    return lines


def _followup_line(entry: ReviewEntry, review: Review, colon: str) -> str:
    """"整改状态：整改中（已逾期）；责任单位：…；整改期限：…；整改情况：…" (set fields only)."""
    w = review_words(review.lang)
    sep = "；" if review.lang.startswith("zh") else "; "
    cells = entry.followup_cells(review.lang)
    parts = [f"{w[k]}{colon}{escape(v)}" for k, v in cells.items() if v.strip()]
    return escape(sep).join(parts).replace("\n", " ")
