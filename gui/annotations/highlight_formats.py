"""What an annotated run of text looks like: a background tinted into the page from the
colours of every tag covering it (light tint on a light page, dark on a dark one), plus an
underline in the colour of the innermost (shortest) annotation — wavy where tags overlap,
so overlaps stay readable."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QTextCharFormat

from model.annotations import Tag
from model.colors import average, highlight_tint

UNKNOWN_COLOR = "#888888"
#: The page a new highlighter paints on until the view says otherwise (set_page_color).
DEFAULT_PAGE = "#fbfaf6"


def blend(colors: list[QColor], page: str = DEFAULT_PAGE) -> QColor:
    """The average of `colors` tinted into the `page` colour: a light tint on a light page,
    a dark one on a dark page, a little stronger where several overlap; opaque, so the
    text's contrast is known (model.colors, checked by a test)."""
    mixed = average([c.name() for c in colors])
    return QColor(highlight_tint(mixed, page, overlap=len(colors) > 1))


def segments(items: list[tuple[int, int, str]], lo: int, hi: int
             ) -> list[tuple[int, int, list[str]]]:
    """Maximal runs of [lo, hi) with the same covering tags (innermost last), given the
    (start, end, tag) items that touch it."""
    if not items:
        return []
    cuts = sorted({lo, hi, *(max(lo, s) for s, _, _ in items),
                   *(min(hi, e) for _, e, _ in items)})
    runs: list[tuple[int, int, list[str]]] = []
    for a, b in zip(cuts, cuts[1:]):
        if a >= b:
            continue
        here = sorted((it for it in items if it[0] < b and it[1] > a),
                      key=lambda it: it[0] - it[1])  # longest first, innermost last
        tags = list(dict.fromkeys(t for _, _, t in here))
        if runs and runs[-1][2] == tags and runs[-1][1] == a:
            runs[-1] = (runs[-1][0], b, tags)
        elif tags:
            runs.append((a, b, tags))
    return runs


class TagFormats:
    """One format per combination of covering tags, kept until the tags or the page
    change."""

    def __init__(self) -> None:
        self.page = DEFAULT_PAGE
        self._colors: dict[str, QColor] = {}
        self._formats: dict[tuple[str, ...], QTextCharFormat] = {}

    def set_tags(self, tags: Iterable[Tag]) -> None:
        self._formats = {}
        self._colors = {t.id: QColor(t.color) for t in tags}

    def set_page(self, page: str) -> bool:
        """Tint for this paper colour; False when it is the one already."""
        if page == self.page:
            return False
        self.page = page
        self._formats = {}
        return True

    def format(self, tags: list[str]) -> QTextCharFormat:
        key = tuple(tags)
        if key not in self._formats:
            self._formats[key] = self._make_format(tags)
        return self._formats[key]

    def _make_format(self, tags: list[str]) -> QTextCharFormat:
        colors = [self._colors.get(t, QColor(UNKNOWN_COLOR)) for t in tags]
        fmt = QTextCharFormat()
        fmt.setBackground(blend(colors, self.page))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline if len(tags) == 1
                              else QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(colors[-1])
        return fmt
