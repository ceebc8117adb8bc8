"""The sidecar file's bytes: `dump_bytes` writes exactly
`json.dumps(to_json_dict(...), ensure_ascii=False, indent=2) + "\\n"` (model/sidecar/format.py)
but renders each annotation with an f-string and the C string encoder: the stdlib's
indenting encoder is pure Python (~250 ms for 10,000 annotations; this is ~40 ms, ~3 ms
with a warm RenderCache). A test keeps the two identical. Writing never raises on a lone
surrogate: it becomes U+FFFD.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import cast

from model.annotations import Annotation, AnnotationSet
from model.sidecar.format import SCHEMA_VERSION, SourceLike, to_json_dict
from model.surrogates import repair, utf8

_enc = json.encoder.encode_basestring


def dumps(source: SourceLike, annotation_set: AnnotationSet) -> str:
    """The sidecar file's text: indent 2, stable key order, trailing newline."""
    return dump_bytes(source, annotation_set).decode("utf-8")


class RenderCache:
    """Rendered annotations kept between saves of one report: an unchanged Annotation
    (same object; they are immutable) is not encoded again. Keep one per open report.

    Entries are keyed by id(annotation) so that finding them is a few C-level passes
    (map, list.index) rather than a Python loop over 10,000 annotations; the cache keeps
    every annotation it has an entry for alive, so no other object can take its id.
    An object not seen before that equals one rendered before (a reload, a merge, a
    take-over read the file again: new objects, mostly the same values) reuses its bytes."""

    def __init__(self) -> None:
        self._source = ""
        self._bytes: dict[int, bytes] = {}
        self._alive: dict[int, Annotation] = {}
        self._by_value: dict[Annotation, bytes] = {}
        #: Keys of the cached annotations that have follow-up data, and whether the last
        #: render_all met one (the file's schema: see schema_for).
        self._followup: set[int] = set()
        self.had_followup = False

    def prepare(self, source: SourceLike, annotations: Iterable[Annotation]) -> None:
        """Render everything now (e.g. right after opening), so the first save is quick."""
        self.render_all(annotations, _enc(source.name))

    def render_all(self, annotations: Iterable[Annotation], source: str) -> list[bytes]:
        if source != self._source:
            self._source, self._bytes, self._alive, self._by_value = source, {}, {}, {}
            self._followup = set()
        items = list(annotations)
        keys = list(map(id, items))
        out: list[bytes | None] = list(map(self._bytes.get, keys))
        for at in _missing(out):
            item = items[at]
            data = self._by_value.get(item)
            if data is None:
                data = self._by_value[item] = utf8(_render(item, source))
            out[at] = self._bytes[keys[at]] = data
            self._alive[keys[at]] = item
            if item.has_followup:
                self._followup.add(keys[at])
        rendered = cast("list[bytes]", out)  # every None was filled in above
        if len(self._bytes) > 2 * len(items) + 100:  # forget removed and replaced ones
            self._bytes, self._alive = dict(zip(keys, rendered)), dict(zip(keys, items))
            self._by_value = dict(zip(items, rendered))
            self._followup &= self._bytes.keys()
        self.had_followup = not self._followup.isdisjoint(keys)
        return rendered


def _missing(found: list[bytes | None]) -> Iterator[int]:
    """Indexes of the None entries, found by the C-level list.index."""
    at = -1
    while True:
        try:
            at = found.index(None, at + 1)
        except ValueError:
            return
        yield at


def dump_bytes(source: SourceLike, annotation_set: AnnotationSet,
               cache: RenderCache | None = None) -> bytes:
    """dumps(...) encoded as UTF-8, built without copying the text more than needed."""
    name = _enc(repair(source.name))
    if cache is not None:
        items = cache.render_all(annotation_set, name)
    else:
        items = [utf8(_render(a, name)) for a in annotation_set]
    head = to_json_dict(source, AnnotationSet(
        tags=annotation_set.tags, outline_corrections=annotation_set.outline_corrections))
    if cache.had_followup if cache is not None else any(a.has_followup for a in annotation_set):
        head["schema"] = SCHEMA_VERSION
    head["rejected_suggestions"] = sorted(annotation_set.rejected_suggestions)
    text = json.dumps(head, ensure_ascii=False, indent=2) + "\n"
    before, after = text.split('"annotations": []', 1)
    if not items:
        return utf8(text)
    first = utf8(before) + b'"annotations": [\n' + items[0]
    last = b"\n  ]" + utf8(after)
    if len(items) == 1:
        return first + last
    # one join, one copy of the ~9 MB: the head and tail ride on the first and last item
    return b",\n".join([first, *items[1:-1], items[-1] + last])


def _render(a: Annotation, source: str) -> str:
    """One annotation exactly as json.dumps(annotation_to_dict(a), indent=2) nests it."""
    original = f'\n      "original_quote": {_enc(a.original_quote)},' if a.original_quote else ""
    if a.has_followup:
        original += (
            f'\n      "followup": {{\n        "status": {_enc(a.followup_status)},\n'
            f'        "unit": {_enc(a.followup_unit)},\n'
            f'        "deadline": {_enc(a.followup_deadline)},\n'
            f'        "note": {_enc(a.followup_note)}\n      }},')
    return (
        f'    {{\n      "id": {_enc(a.id)},\n      "tag": {_enc(a.tag)},\n'
        f'      "note": {_enc(a.note)},\n      "author": {_enc(a.author)},\n'
        f'      "created": {_enc(a.created)},\n      "modified": {_enc(a.modified)},\n'
        f'      "status": {_enc(a.status)},{original}\n'
        f'      "target": {{\n        "source": {source},\n        "selector": [\n'
        f'          {{\n            "type": "TextQuoteSelector",\n'
        f'            "exact": {_enc(a.quote)},\n            "prefix": {_enc(a.prefix)},\n'
        f'            "suffix": {_enc(a.suffix)}\n          }},\n'
        f'          {{\n            "type": "TextPositionSelector",\n'
        f'            "start": {int(a.start)},\n            "end": {int(a.end)}\n'
        f'          }}\n        ]\n      }}\n    }}'
    )
