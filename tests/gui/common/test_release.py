"""release_later: large objects freed in later turns of the event loop, not at once."""
from __future__ import annotations

import weakref

from PySide6.QtCore import QObject

from gui.common.release import release_later


class Big:
    """Stands for an old report's analysis (weakly referenceable)."""


def test_objects_live_until_the_next_turns_then_go(qtbot) -> None:
    context = QObject()
    first, second = Big(), Big()
    refs = [weakref.ref(first), weakref.ref(second)]
    release_later(context, first, None, second)
    del first, second
    assert all(r() is not None for r in refs)  # not in this turn
    qtbot.waitUntil(lambda: all(r() is None for r in refs), timeout=2000)

