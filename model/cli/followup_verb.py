"""`followup REPORT ID [--status S] [--unit U] [--deadline YYYY-MM-DD] [--note N]`: set the
follow-up (整改) of one annotation, as the window's detail area does.

ID is the annotation's id or a unique beginning of it (at least 4 characters; the ids
are in `annotations REPORT`). Only the options given change; an empty value clears a
field (`--deadline ""`). --status takes 待处理/整改中/已完成/不适用, their English names or
keys (pending, in_progress, done, not_applicable). The sidecar is read, changed and
saved under its write lock (as `merge` does); a damaged or newer one is refused, never
moved aside. Prints the annotation's follow-up as JSON.
"""
from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from model import errors
from model.annotations import Annotation
from model.followup import FIELDS, is_overdue, parse_deadline, parse_status, status_name
from model.report.loading import load_report
from model.sidecar.lock import write_lock
from model.sidecar.store import load_sidecar, open_annotations, save_sidecar, sidecar_path

HELP = "set the follow-up (整改 status, unit, deadline, note) of an annotation"
MIN_PREFIX = 4


def _status(text: str) -> str:
    key = parse_status(text)
    if key is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a status (待处理, 整改中, 已完成, 不适用, or pending, "
            f"in_progress, done, not_applicable)")
    return key


def _deadline(text: str) -> str:
    value = parse_deadline(text)
    if value is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("report", help="report file (.txt, .md, .docx, .pdf)")
    parser.add_argument("id", help="annotation id, or a unique beginning of it (4+ chars)")
    parser.add_argument("--status", type=_status, help="待处理|整改中|已完成|不适用 ('' clears)")
    parser.add_argument("--unit", help="responsible unit ('' clears)")
    parser.add_argument("--deadline", type=_deadline, help="YYYY-MM-DD ('' clears)")
    parser.add_argument("--note", dest="followup_note", help="follow-up note ('' clears)")


def run(args: argparse.Namespace, out: TextIO) -> int:
    changes = {name: value for name, value in (
        ("followup_status", args.status), ("followup_unit", args.unit),
        ("followup_deadline", args.deadline), ("followup_note", args.followup_note))
        if value is not None}
    report = load_report(args.report)
    own = sidecar_path(report.path)
    with write_lock(own):
        data = load_sidecar(own)
        if data is None:
            raise errors.UsageError(f"{report.display_name} has no annotations")
        if data.problems:
            raise errors.SidecarCorrupt(f"{own}: {data.problems[0].describe()} (open the "
                                        f"report in the window to keep what can be read)")
        opened = open_annotations(report)
        if opened.read_only or opened.quarantined is not None:
            raise errors.SidecarCorrupt(f"{own}: {opened.problem or 'cannot be changed'}")
        aset = opened.annotation_set
        target = find_annotation(aset, args.id)
        if changes and any(getattr(target, k) != v for k, v in changes.items()):
            aset.update(target.id, **changes)
            save_sidecar(own, report, aset, expected=opened.fingerprint, locked=True)
        json.dump(followup_json(aset.get(target.id), "zh") | {"id": target.id}, out,
                  ensure_ascii=False, indent=2)
        out.write("\n")
    return 0


def find_annotation(annotations: Any, ident: str) -> Annotation:
    """The annotation whose id is `ident` or starts with it (unique, 4+ characters)."""
    exact = [a for a in annotations if a.id == ident]
    if exact:
        return exact[0]
    found = [a for a in annotations if len(ident) >= MIN_PREFIX and a.id.startswith(ident)]
    if len(found) != 1:
        raise errors.UsageError(f"no annotation {ident!r}" if not found else
                                f"{ident!r} matches {len(found)} annotations: give more of the id")
    return found[0]


def followup_json(a: Annotation, lang: str = "en") -> dict[str, Any]:
    """The follow-up of `a` as the verbs print it: the four fields, the status's name
    in `lang`, and whether it is overdue today."""
    fields = {key: getattr(a, name) for name, key in FIELDS.items()}
    return {**fields, "status_name": status_name(a.followup_status, lang),
            "overdue": is_overdue(a.followup_status, a.followup_deadline)}
