"""Light or dark: which colour scheme the window is drawn in, and news when it changes.

Qt 6.5+ reports the system's scheme (QStyleHints.colorScheme); some platforms report
Unknown, and a palette set by the application (e.g. tools/screenshot.py --dark) may differ
from the system's. What matters for readability is what is painted, so the palette decides
when the two disagree or the scheme is unknown.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette


def palette_is_dark(palette: QPalette) -> bool:
    """The palette-lightness fallback: dark text on light windows or the reverse."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window is drawn dark (the system's scheme, checked against the
    palette that is actually used)."""
    # The palette decides whenever the two disagree or the scheme is unknown, so it is
    # what decides: the scheme is not asked (its enum would read Qt's namespace, ~10 ms
    # of start-up); colorSchemeChanged still tells the text view to look again.
    return palette_is_dark(palette if palette is not None else QGuiApplication.palette())


def dark_palette() -> QPalette:
    """A calm dark palette (Fusion), for a forced dark window (tools/screenshot.py --dark,
    Qt builds whose platform gives no dark palette)."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, color in ((roles.Window, "#2b2c2f"), (roles.WindowText, "#e3e1dc"),
                        (roles.Base, "#1f2023"), (roles.AlternateBase, "#27282b"),
                        (roles.Text, "#e3e1dc"), (roles.Button, "#33353a"),
                        (roles.ButtonText, "#e3e1dc"), (roles.BrightText, "#ffffff"),
                        (roles.Highlight, "#3d5a80"), (roles.HighlightedText, "#ffffff"),
                        (roles.ToolTipBase, "#33353a"), (roles.ToolTipText, "#e3e1dc"),
                        (roles.PlaceholderText, "#9a9893"), (roles.Link, "#8ab4f8"),
                        (roles.Light, "#45474c"), (roles.Midlight, "#3a3c40"),
                        (roles.Mid, "#55575c"), (roles.Dark, "#18191b"),
                        (roles.Shadow, "#0d0d0e")):
        p.setColor(role, QColor(color))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7d7b77"))
    return p
