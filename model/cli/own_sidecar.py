"""The report's own sidecar, opened by a verb that writes it (`merge`, `import-comments`).

Call under its write lock (model.sidecar.lock.write_lock), so read, change and save are
one step. A damaged (even partly) or newer own sidecar is refused, never moved aside:
keeping what can be read is the window's job.
"""
from __future__ import annotations

from model import errors
from model.cli.sidecar_notice import warn
from model.report.loading import Report
from model.sidecar.store import AnnotationsOpened, load_sidecar, open_annotations, sidecar_path


def open_for_update(report: Report, verb: str) -> AnnotationsOpened:
    """The own sidecar, placed on the report, ready to change and save (its
    fingerprint is the `expected` of save_sidecar). Raises SidecarCorrupt and the
    load errors (SidecarTooNew …) before anything is written."""
    own = sidecar_path(report.path)
    mine = load_sidecar(own)  # raises on a damaged/newer own sidecar
    if mine is not None and mine.problems:  # salvaging would move it aside
        raise errors.SidecarCorrupt(f"{own}: {mine.problems[0].describe()} (open the "
                                    f"report in the window to keep what can be read)")
    warn(verb, own, mine)
    opened = open_annotations(report)
    if opened.read_only or opened.quarantined is not None:
        raise errors.SidecarCorrupt(f"{own}: {opened.problem or 'cannot be written to'}")
    return opened
