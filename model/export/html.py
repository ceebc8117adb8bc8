"""Review → one self-contained HTML file (inline CSS, no scripts, no external resources).

Every piece of text, including notes and tag labels from the sidecar, goes through
html.escape; tag colours are used only when they are plain "#rrggbb"."""
from __future__ import annotations

import re
from html import escape

from model.export.review import Review, ReviewEntry, ReviewGroup, review_words

_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_FALLBACK_COLOR = "#888888"

_CSS = """
body{font-family:"FangSong","仿宋_GB2312","仿宋","Songti SC","Noto Serif CJK SC",serif;
 max-width:60em;margin:2em auto;padding:0 1em;color:#222;line-height:1.7}
h1{font-family:"方正小标宋简体","SimSun","宋体",serif;text-align:center;font-weight:normal}
h2{font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif;font-weight:normal;
 border-left:6px solid var(--tag);padding-left:.5em;margin-top:1.6em}
.meta{text-align:center;color:#555}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #bbb;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#f2f2f2;font-family:"SimHei","黑体",sans-serif;font-weight:normal}
td.no{text-align:center;width:3em}
.quote{white-space:pre-wrap}
.note{white-space:pre-wrap}
tr.orphaned td{color:#999}
td.overdue{color:#a00;font-weight:bold}
@media print{body{max-width:none;margin:0}tr{break-inside:avoid}h2{break-after:avoid}}
""".strip()


def render(review: Review) -> bytes:
    return render_text(review).encode("utf-8")


def render_text(review: Review) -> str:
    lang = "zh-CN" if review.lang.startswith("zh") else "en"
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(review.title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{escape(review.title)}</h1>",
        *_header(review),
    ]
    for group in review.non_empty_groups():
        parts += _group(group, review)
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def _header(review: Review) -> list[str]:
    w = review_words(review.lang)
    colon = "：" if review.lang.startswith("zh") else ": "
    sep = "，" if review.lang.startswith("zh") else ", "
    counts = sep.join(f"{escape(t.label(review.lang))} {n}" for t, n in review.counts())
    counts = f"{counts}{sep}{w['total']} {review.total}" if counts else f"{w['total']} 0"
    return [
        f'<p class="meta">{w["file"]}{colon}{escape(review.file_name)}'
        f"　{w['date']}{colon}{escape(review.display_date())}</p>",
        f'<p class="meta">{w["counts"]}{colon}{counts}</p>',
    ]


def _group(group: ReviewGroup, review: Review) -> list[str]:
    w = review_words(review.lang)
    color = group.tag.color if _COLOR.fullmatch(group.tag.color) else _FALLBACK_COLOR
    heads = [w["no"], w["location"], w["quote"]]
    heads += [w["note"]] if review.include_notes else []
    heads += [w["author"]]
    if review.has_followup:
        heads += [w[k] for k in ("fu_status", "fu_unit", "fu_deadline", "fu_note")]
    rows = [_row(n, e, review) for n, e in enumerate(group.entries, start=1)]
    return [
        f'<section style="--tag:{color}">',
        f"<h2>{escape(group.title)}（{len(group.entries)}）</h2>"
        if review.lang.startswith("zh")
        else f"<h2>{escape(group.title)} ({len(group.entries)})</h2>",
        "<table>",
        "<thead><tr>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr></thead>",
        "<tbody>",
        *rows,
        "</tbody>",
        "</table>",
        "</section>",
    ]


def _row(number: int, entry: ReviewEntry, review: Review) -> str:
    location = escape(entry.citation)
    cells = [
        f'<td class="no">{number}</td>',
        f"<td>{location}</td>",
        f'<td class="quote">“{escape(entry.quote)}”</td>',
    ]
    if review.include_notes:
        cells.append(f'<td class="note">{escape(entry.note)}</td>')
    cells.append(f"<td>{escape(entry.author)}</td>")
    if review.has_followup:
        follow = entry.followup_cells(review.lang)
        overdue = ' class="overdue"' if entry.overdue else ""
        cells.append(f"<td{overdue}>{escape(follow['fu_status'])}</td>")
        cells += [f'<td class="note">{escape(follow[k])}</td>'
                  for k in ("fu_unit", "fu_deadline", "fu_note")]
    css = ' class="orphaned"' if entry.orphaned else ""
    return f"<tr{css}>" + "".join(cells) + "</tr>"
