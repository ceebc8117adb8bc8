"""The window and task-bar icon."""
from __future__ import annotations


def test_the_window_has_the_icon(qapp) -> None:
    from gui.common import resources

    icon = resources.app_icon()
    assert not icon.isNull()
    assert {16, 32, 256} <= {size.width() for size in icon.availableSizes()}
