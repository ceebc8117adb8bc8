"""Dropping large object graphs after the current turn of the event loop.

Freeing a report's old analysis (47,000 suggestions and their token arrays), its
annotation set (10,000 annotations), their encoded copies and the merge base is one long
run of deallocations on the window's thread, 5–10 ms each on a 5 MB report with 10,000
annotations; when a report is replaced they all fell into the same stall as the new text
being shown. Handed here, each is freed in a later turn of its own.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

#: The delay of each drop: a timer, not QTimer.singleShot(0) — Qt posts that as an event,
#: which runs before timers already due in the same pass (a repaint, a UI tick), so the
#: work would still join the stall it was taken out of.
LATER_MS = 1


def release_later(context: QObject, *objects: object) -> None:
    """Keep `objects` alive until the event loop's next turns, then drop them one per
    turn (nothing else may need them: this only delays their deallocation)."""
    held = [o for o in objects if o is not None]
    if not held:
        return

    def drop_one() -> None:
        held.pop()  # freed here, in its own turn
        if held:
            QTimer.singleShot(LATER_MS, context, drop_one)

    QTimer.singleShot(LATER_MS, context, drop_one)
