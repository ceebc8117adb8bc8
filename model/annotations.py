"""Tags, annotations and outline corrections: the reviewer's work, as plain data.

Only gui/annotations/controller.py (and the headless verbs) mutate an AnnotationSet; every mutation
returns a Change record that views use to decide what to refresh.

No text holding a lone surrogate (model.surrogates) gets in: make_annotation and the
mutations that take annotations or tags from outside (add, add_many, put, update,
set_tags) replace them with U+FFFD, so a save can always encode what the set holds.
`replace_all` takes annotations as they are (it is given loaded sidecars, already repaired).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timezone
from typing import Any

from model.followup import FollowupFields
from model.surrogates import has_lone, repair

#: Characters of context kept on each side of a quote (as the Hypothesis client does).
CONTEXT_CHARS = 32

STATUSES = ("anchored", "moved", "fuzzy", "orphaned")
#: What an outline correction does to the line it is anchored on (model/outline/corrections.py).
CORRECTION_KINDS = ("heading", "remove", "shift")


def now_iso() -> str:
    """Current UTC time, ISO 8601 with seconds."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def parse_time(value: str) -> datetime | None:
    """An ISO 8601 time ("…Z" too) as an aware datetime (naive means UTC); None when
    unreadable."""
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def new_id() -> str:
    import uuid  # with its platform import, ~2.5 ms of start-up otherwise

    return uuid.uuid4().hex


@dataclass(frozen=True)
class Tag:
    """A kind of finding. `key` is the digit shortcut (1–9) or 0 for none."""

    id: str
    label_zh: str
    label_en: str
    color: str  # "#rrggbb"
    key: int = 0

    def label(self, lang: str) -> str:
        return self.label_zh if lang.startswith("zh") else self.label_en


#: Chosen to stay apart under colour-vision deficiencies: every pair differs by CIEDE2000
#: ≥ 21 under simulated deuteranopia and protanopia and ≥ 28 in normal vision
#: (tests/model/test_colors.py). Sidecars store their own colours; only new sets use these.
DEFAULT_TAGS: tuple[Tag, ...] = (
    Tag("problem", "问题", "Problem", "#af0d1b", 1),
    Tag("commitment", "承诺", "Commitment", "#6685ff", 2),
    Tag("achievement", "成效", "Achievement", "#6fc29f", 3),
    Tag("measure", "举措", "Measure", "#ed7630", 4),
    Tag("figure", "数据", "Figure", "#71399a", 5),
    Tag("question", "存疑", "Question", "#726f6c", 6),
)


@dataclass(frozen=True, slots=True)
class Annotation(FollowupFields):
    """A tagged span of the canonical text (code-point offsets, end exclusive).

    `quote`, `prefix` and `suffix` are what re-anchoring searches for when the report
    changes; `status` says how the last anchoring went. Slots: 17 fields in a per-object
    dict were ~180 bytes more each (10,000–50,000 in a sidecar).
    """

    id: str
    tag: str
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    note: str = ""
    author: str = ""
    created: str = ""
    modified: str = ""
    status: str = "anchored"
    #: The quote as the reviewer marked it, kept when a fuzzy re-anchoring replaced
    #: `quote` with the reworded text ("" otherwise).
    original_quote: str = ""
    #: Follow-up (整改, model/followup.py): a status key, the responsible unit, the
    #: deadline (ISO date) and a follow-up note; "" = not set.
    followup_status: str = ""
    followup_unit: str = ""
    followup_deadline: str = ""
    followup_note: str = ""

    @property
    def orphaned(self) -> bool:
        return self.status == "orphaned"


@dataclass(frozen=True)
class OutlineCorrection:
    """The reviewer's correction of the detected outline at one place of the text.

    `kind` "heading": the line becomes a heading at depth `level` (1 = top; an existing
    node keeps its subtree, shifted with it); "remove": the node there is not an outline
    entry (its children move up to its parent); "shift": the node and its subtree move
    `by` levels (-1 promote, +1 demote). Anchored like an annotation (the text it was made
    on: `quote` with `prefix`/`suffix`, at `start`/`end`), so it is found again when the
    report changes; `status` says how (an orphaned one is kept and listed, not applied).
    Applied by model.outline.corrections.apply.
    """

    id: str
    kind: str
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    level: int = 0
    by: int = 0
    author: str = ""
    created: str = ""
    status: str = "anchored"
    #: The quote as it was made, kept when a fuzzy re-anchoring replaced `quote` ("" else).
    original_quote: str = ""

    @property
    def orphaned(self) -> bool:
        return self.status == "orphaned"


def make_annotation(
    text: str, start: int, end: int, tag: str, *, note: str = "", author: str = ""
) -> Annotation:
    """A new annotation over text[start:end] with quote and context filled in."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"bad span {start}-{end} for text of length {len(text)}")
    stamp = now_iso()
    return repaired(Annotation(
        id=new_id(),
        tag=tag,
        start=start,
        end=end,
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        note=note,
        author=author,
        created=stamp,
        modified=stamp,
    ))


def repaired(a: Annotation) -> Annotation:
    """`a` with lone surrogates in its text replaced by U+FFFD (`a` itself if none)."""
    texts = {f.name: v for f in fields(a) if isinstance(v := getattr(a, f.name), str)}
    if not has_lone("".join(texts.values())):
        return a
    fixed: dict[str, Any] = {k: repair(v) for k, v in texts.items()}
    return replace(a, **fixed)


def repaired_tag(t: Tag) -> Tag:
    """`t` with lone surrogates in its id, labels and colour replaced by U+FFFD."""
    if not has_lone(t.id + t.label_zh + t.label_en + t.color):
        return t
    return Tag(repair(t.id), repair(t.label_zh), repair(t.label_en), repair(t.color), t.key)


@dataclass(frozen=True)
class Change:
    """What one mutation did: kind is added | removed | updated | reset | tags | outline."""

    kind: str
    ids: tuple[str, ...] = ()
    span: tuple[int, int] | None = None


@dataclass
class AnnotationSet:
    """The annotations and the tag set of one report, in insertion order."""

    tags: list[Tag] = field(default_factory=lambda: list(DEFAULT_TAGS))
    _items: dict[str, Annotation] = field(default_factory=dict)
    #: Suggestion keys the reviewer rejected ("tag:start:end:quote-hash"), kept in the sidecar.
    rejected_suggestions: set[str] = field(default_factory=set)
    #: The reviewer's corrections of the outline, in the order they were made (the list is
    #: replaced, never changed in place: set_outline_corrections).
    outline_corrections: list[OutlineCorrection] = field(default_factory=list)

    # --- queries -------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Annotation]:
        return iter(self._items.values())

    def __contains__(self, annotation_id: object) -> bool:
        return annotation_id in self._items

    def get(self, annotation_id: str) -> Annotation:
        return self._items[annotation_id]

    def in_order(self) -> list[Annotation]:
        """Anchored annotations by position, then orphans."""
        return sorted(self._items.values(), key=lambda a: (a.orphaned, a.start, a.end, a.id))

    def overlapping(self, start: int, end: int) -> list[Annotation]:
        """Non-orphaned annotations that touch [start, end)."""
        return [
            a
            for a in self._items.values()
            if not a.orphaned and a.start < end and start < a.end
        ]

    def with_tag(self, tag_id: str) -> list[Annotation]:
        return [a for a in self._items.values() if a.tag == tag_id]

    def tag(self, tag_id: str) -> Tag | None:
        return next((t for t in self.tags if t.id == tag_id), None)

    def tag_for_key(self, key: int) -> Tag | None:
        return next((t for t in self.tags if t.key == key), None)

    # --- mutations (each returns a Change) -----------------------------------
    def add(self, annotation: Annotation) -> Change:
        annotation = repaired(annotation)
        if annotation.id in self._items:
            raise KeyError(f"duplicate annotation id {annotation.id}")
        self._items[annotation.id] = annotation
        return Change("added", (annotation.id,), (annotation.start, annotation.end))

    def add_many(self, annotations: Iterable[Annotation]) -> Change:
        added = [repaired(a) for a in annotations]
        for a in added:
            if a.id in self._items:
                raise KeyError(f"duplicate annotation id {a.id}")
        for a in added:
            self._items[a.id] = a
        return Change("added", tuple(a.id for a in added), _union_span(added))

    def remove(self, annotation_id: str) -> Change:
        removed = self._items.pop(annotation_id)
        return Change("removed", (annotation_id,), (removed.start, removed.end))

    def remove_many(self, ids: Iterable[str]) -> Change:
        removed = [self._items.pop(i) for i in list(ids)]
        return Change("removed", tuple(a.id for a in removed), _union_span(removed))

    def update(self, annotation_id: str, **changes: Any) -> Change:
        """Replace fields of one annotation; `modified` is stamped unless given."""
        old = self._items[annotation_id]
        changes.setdefault("modified", now_iso())
        new = repaired(replace(old, **changes))
        self._items[annotation_id] = new
        span = (min(old.start, new.start), max(old.end, new.end))
        return Change("updated", (annotation_id,), span)

    def put(self, annotation: Annotation) -> Change:
        """Store an annotation as given (undo of an update restores the old object)."""
        annotation = repaired(annotation)
        old = self._items.get(annotation.id)
        self._items[annotation.id] = annotation
        if old is None:
            return Change("added", (annotation.id,), (annotation.start, annotation.end))
        span = (min(old.start, annotation.start), max(old.end, annotation.end))
        return Change("updated", (annotation.id,), span)

    def replace_all(self, annotations: Iterable[Annotation]) -> Change:
        self._items = {a.id: a for a in annotations}
        return Change("reset")

    def set_tags(self, tags: Iterable[Tag]) -> Change:
        self.tags = [repaired_tag(t) for t in tags]
        return Change("tags")

    def set_outline_corrections(self, corrections: Iterable[OutlineCorrection]) -> Change:
        """Replace the outline corrections (no annotation changes: kind "outline")."""
        self.outline_corrections = list(corrections)
        return Change("outline")


def _union_span(items: list[Annotation]) -> tuple[int, int] | None:
    if not items:
        return None
    return (min(a.start for a in items), max(a.end for a in items))
