"""Layout glitches a reviewer sees at once: stray tab bars over panes, panes that jump
when a bar opens."""
from __future__ import annotations

from PySide6.QtWidgets import QTabBar


def _tab_bars_in_view(window) -> list[list[str]]:
    """The dock tab bars QMainWindow shows inside the window (it parks unused ones at
    negative coordinates)."""
    bars = [bar for bar in window.findChildren(QTabBar)
            if bar.parent() is window and bar.isVisible()
            and window.rect().intersects(bar.geometry())]
    return [[bar.tabText(i) for i in range(bar.count())] for bar in bars]


def test_first_run_shows_no_tab_bar_for_the_hidden_search_results(qtbot, make_window):
    """The Search Results pane shares the Keywords tab but starts hidden: no tab bar with
    both titles may float over the Suggestions pane."""
    main_window = make_window((1200, 800))
    assert not main_window.reading.results_dock.isVisible()
    assert _tab_bars_in_view(main_window) == []  # as first shown
    qtbot.wait(20)
    assert _tab_bars_in_view(main_window) == []


def test_search_results_open_as_a_tab_beside_the_keywords(qtbot, main_window):
    reading = main_window.reading
    reading.results_dock.show()
    qtbot.wait(20)
    assert reading.results_dock in main_window.tabifiedDockWidgets(reading.keywords_dock)
    assert _tab_bars_in_view(main_window) == [["Keywords", "Search Results"]]
