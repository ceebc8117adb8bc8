"""A sidecar's JSON text parsed: a large one as Yuepi writes it an annotation at a time
(`loads`), with exactly json.loads's result; any other layout, or a damaged file, is left
to json.loads (which says where it is damaged)."""
from __future__ import annotations

import json
import re

#: Where our own files open their annotations array, and the JSON whitespace around items.
_ARRAY_OPEN = '\n  "annotations": [\n'
_JSON_SPACE = re.compile(r"[ \t\n\r]*")
#: Texts at least this long are parsed an annotation at a time (loads).
_PIECEWISE_CHARS = 500_000


def loads(text: str, ours: bool) -> object:
    """json.loads(text); a large file as Yuepi writes it an annotation at a time: one
    json.loads of a 9 MB sidecar (10,000 annotations) is a single C call holding the GIL
    for 40–110 ms — a pause of the window while its worker thread reads the sidecar."""
    if ours and len(text) >= _PIECEWISE_CHARS:
        data = _loads_in_pieces(text)
        if data is not None:
            return data
    return json.loads(text)


def _loads_in_pieces(text: str) -> dict[str, object] | None:
    """The same as json.loads(text) for our own layout (the annotations array opened on
    a line of its own at the top level), parsing each annotation with its own call; None
    when the text is not laid out so or is not valid JSON (json.loads then decides and
    says where)."""
    at = text.find(_ARRAY_OPEN)
    if at < 0 or text.find(_ARRAY_OPEN, at + 1) >= 0:
        return None
    decoder = json.JSONDecoder()
    items: list[object] = []
    try:
        position = _after_space(text, at + len(_ARRAY_OPEN))
        if not text.startswith("]", position):
            while True:
                item, position = decoder.raw_decode(text, position)
                items.append(item)
                position = _after_space(text, position)
                if not text.startswith(",", position):
                    break
                position = _after_space(text, position + 1)
            if not text.startswith("]", position):
                return None
        shell = json.loads(text[:at] + '\n  "annotations": []' + text[position + 1:])
    except (ValueError, RecursionError):
        return None
    if not isinstance(shell, dict) or shell.get("annotations") != []:
        return None  # the array found was not the top level's (last) "annotations"
    shell["annotations"] = items
    return shell


def _after_space(text: str, position: int) -> int:
    found = _JSON_SPACE.match(text, position)
    return found.end() if found is not None else position
