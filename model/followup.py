"""Follow-up (整改) of a finding: status, responsible unit, deadline, follow-up note.

Kept on each Annotation as four plain strings (`followup_status`, `followup_unit`,
`followup_deadline`, `followup_note`; "" = not set), saved in the sidecar as one optional
`followup` object (docs/sidecar.md). Statuses are stored by key; their names here are
what the exports print (the window translates its own).
"""
from __future__ import annotations

from datetime import date

#: Status keys in their working order, with the names a reviewer's office uses.
STATUS_NAMES_ZH: dict[str, str] = {
    "pending": "待处理",
    "in_progress": "整改中",
    "done": "已完成",
    "not_applicable": "不适用",
}
STATUS_NAMES_EN: dict[str, str] = {
    "pending": "Pending",
    "in_progress": "In progress",
    "done": "Done",
    "not_applicable": "Not applicable",
}
FOLLOWUP_STATUSES: tuple[str, ...] = tuple(STATUS_NAMES_ZH)
#: Statuses that close an item: it is never overdue.
CLOSED = frozenset(("done", "not_applicable"))
#: The Annotation fields that hold the follow-up, and their keys in the sidecar object.
FIELDS: dict[str, str] = {
    "followup_status": "status",
    "followup_unit": "unit",
    "followup_deadline": "deadline",
    "followup_note": "note",
}


def status_name(key: str, lang: str = "zh") -> str:
    """"整改中" / "In progress" for a key; "" for none; an unknown key as it is."""
    names = STATUS_NAMES_ZH if lang.startswith("zh") else STATUS_NAMES_EN
    return names.get(key, key)


def parse_status(text: str) -> str | None:
    """A status key from a key, its Chinese or English name (any case), or "" / "none"
    for no status; None when `text` is none of these."""
    value = text.strip()
    if value.lower() in ("", "none"):
        return ""
    for key in FOLLOWUP_STATUSES:
        if value.lower() in (key, key.replace("_", "-"), STATUS_NAMES_EN[key].lower()) \
                or value == STATUS_NAMES_ZH[key]:
            return key
    return None


def parse_deadline(text: str) -> str | None:
    """An ISO date (YYYY-MM-DD) from `text`, "" for empty; None when not a date."""
    value = text.strip()
    if not value:
        return ""
    try:
        return date.fromisoformat(value).isoformat() if len(value) == 10 else None
    except ValueError:
        return None


class FollowupFields:
    """Mixin of the dataclasses that carry the four follow-up fields (Annotation, a
    review's entry): whether any of them is set."""

    __slots__ = ()  # no per-object dict for a subclass with slots (Annotation)

    followup_status: str
    followup_unit: str
    followup_deadline: str
    followup_note: str

    @property
    def has_followup(self) -> bool:
        return bool(self.followup_status or self.followup_unit or self.followup_deadline
                    or self.followup_note)


def deadline_date(deadline: str) -> date | None:
    """The deadline as a date (None when empty or not an ISO date)."""
    if len(deadline) != 10:
        return None
    try:
        return date.fromisoformat(deadline)
    except ValueError:
        return None


def is_overdue(status: str, deadline: str, today: date | None = None) -> bool:
    """Deadline past (before today) and the item not closed (done / not applicable)."""
    due = deadline_date(deadline)
    if due is None or status in CLOSED:
        return False
    return due < (today or date.today())


def status_rank(status: str) -> int:
    """Sort position of a status: working order, unset last."""
    return FOLLOWUP_STATUSES.index(status) if status in FOLLOWUP_STATUSES \
        else len(FOLLOWUP_STATUSES)


def shown_status(status: str, overdue: bool) -> str:
    """The status to show: an overdue item without one is still to do (pending)."""
    return status or ("pending" if overdue else "")


def summary(status: str, unit: str, deadline: str, lang: str = "zh",
            today: date | None = None) -> str:
    """"整改中 · 市发改委 · 2027-03-31（已逾期）": the set parts in one line ("" if none)."""
    late = is_overdue(status, deadline, today)
    flag = ("（已逾期）" if lang.startswith("zh") else " (overdue)") if late else ""
    parts = [status_name(shown_status(status, late), lang), unit,
             deadline + flag if deadline else flag]
    return " · ".join(p for p in parts if p)


#: How a follow-up travels in text a colleague can read and edit (a Word comment): a line
#: "【整改】状态：整改中；责任单位：市科技局；整改期限：2027-03-31；整改情况：已约谈".
LINE_MARKS = ("【整改】", "[Follow-up]")
_LINE_LABELS: dict[str, tuple[str, str]] = {  # field → (Chinese, English) label
    "followup_status": ("状态", "Status"),
    "followup_unit": ("责任单位", "Unit"),
    "followup_deadline": ("整改期限", "Deadline"),
    "followup_note": ("整改情况", "Note"),
}


def followup_line(values: dict[str, str], lang: str = "zh") -> str:
    """The set fields of `values` (Annotation field → value) as one line ("" if none).
    Separators inside a value become commas, so the line reads back the same."""
    zh = lang.startswith("zh")
    parts = []
    for field, (label_zh, label_en) in _LINE_LABELS.items():
        value = values.get(field, "").strip()
        if field == "followup_status":
            value = status_name(value, lang)
        value = value.replace("；", "，").replace(";", ",").replace("\n", " ")
        if value:
            parts.append(f"{label_zh}：{value}" if zh else f"{label_en}: {value}")
    if not parts:
        return ""
    return LINE_MARKS[0] + "；".join(parts) if zh else f"{LINE_MARKS[1]} " + "; ".join(parts)


def parse_followup_line(line: str) -> dict[str, str] | None:
    """Annotation field → value from a line followup_line wrote (either language; a
    label or status it does not know is left out); None when `line` is no such line."""
    text = line.strip()
    mark = next((m for m in LINE_MARKS if text.startswith(m)), None)
    if mark is None:
        return None
    labels = {label.casefold(): field for field, pair in _LINE_LABELS.items()
              for label in pair}
    out: dict[str, str] = {}
    for part in text[len(mark):].replace("；", ";").split(";"):
        label, sep, value = part.replace("：", ":").partition(":")
        field = labels.get(label.strip().casefold())
        if not sep or field is None:
            continue
        value = value.strip()
        if field == "followup_status":
            value = parse_status(value) or ""
        elif field == "followup_deadline":
            value = parse_deadline(value) or ""
        out[field] = value
    return out
