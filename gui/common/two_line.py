"""Quote cells on two lines when the view has room: the first line filled, the second
elided at its end. All rows stay one height (one line or two, chosen from the view's
height), so a table of 10,000 rows lays out without measuring any of them."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

Index = QModelIndex | QPersistentModelIndex

#: Two-line rows only when at least this many of them fit in the view.
MIN_ROWS = 6
#: Room above and below the text in a row (the compact one-line rows use the same).
ROW_PADDING = 8


def two_lines(text: str, font: QFont, width: int) -> list[str]:
    """`text` laid out in `width` pixels: one line when it fits, else the first line as
    QTextLayout breaks it and the rest on a second line elided at its end."""
    text = " ".join(text.split())
    metrics = QFontMetrics(font)
    if not text or width <= 0 or metrics.horizontalAdvance(text) <= width:
        return [text] if text else []
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(width)
    layout.endLayout()
    cut = max(line.textLength(), 1)
    first, rest = text[:cut].rstrip(), text[cut:].lstrip()
    if not rest:
        return [first]
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]


def row_heights(metrics: QFontMetrics) -> tuple[int, int]:
    """(one-line, two-line) row heights for a view's font."""
    one = metrics.height() + ROW_PADDING
    return one, one + metrics.lineSpacing()


class TwoLineDelegate(QStyledItemDelegate):
    """Paints its column's text on up to two lines while `wrap` is on; otherwise paints
    as the view would (one line, elided as the view says)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wrap = False

    def lines(self, option: QStyleOptionViewItem, index: Index) -> list[str]:
        """The lines painted for `index` in `option.rect`."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        return two_lines(opt.text, opt.font, self._text_rect(opt).width())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if not self.wrap:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rect = self._text_rect(opt)
        lines = two_lines(opt.text, opt.font, rect.width())
        opt.text = ""  # background, selection and focus as usual; the text is ours
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        group = (QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Enabled
                 else QPalette.ColorGroup.Disabled)
        if group == QPalette.ColorGroup.Normal and not opt.state & QStyle.StateFlag.State_Active:
            group = QPalette.ColorGroup.Inactive
        role = (QPalette.ColorRole.HighlightedText
                if opt.state & QStyle.StateFlag.State_Selected else QPalette.ColorRole.Text)
        metrics = QFontMetrics(opt.font)
        top = rect.top() + (rect.height() - len(lines) * metrics.lineSpacing()) // 2
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, role))
        for number, line in enumerate(lines):
            box = QRect(rect.left(), top + number * metrics.lineSpacing(), rect.width(),
                        metrics.lineSpacing())
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             line)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        if self.wrap:
            hint.setHeight(max(hint.height(), row_heights(QFontMetrics(option.font))[1]))
        return hint

    @staticmethod
    def _text_rect(opt: QStyleOptionViewItem) -> QRect:
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        return rect.adjusted(margin, 0, -margin, 0)


class TwoLineRows(QObject):
    """Gives `column` of `view` a TwoLineDelegate and switches every row between one and
    two lines as the view's height allows at least MIN_ROWS two-line rows. A table gets
    the height through its vertical header's default size; a tree (uniform row heights)
    through the delegate's size hint."""

    def __init__(self, view: QAbstractItemView, column: int) -> None:
        super().__init__(view)
        self._view = view
        self.delegate = TwoLineDelegate(view)
        view.setItemDelegateForColumn(column, self.delegate)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)  # a new font: new row heights
        self._apply(False)
        self.update()

    @property
    def wrap(self) -> bool:
        return self.delegate.wrap

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FontChange and watched is self._view:
            self._apply(self.delegate.wrap)
            self.update()
        elif event.type() == QEvent.Type.Resize and watched is not self._view:
            self.update()
        return False

    def update(self) -> None:
        """Choose one or two lines for the view's current height."""
        two = row_heights(self._view.fontMetrics())[1]
        wrap = self._view.viewport().height() >= MIN_ROWS * two
        if wrap != self.delegate.wrap:
            self._apply(wrap)

    def _apply(self, wrap: bool) -> None:
        view = self._view
        self.delegate.wrap = wrap
        if isinstance(view, QTableView):  # one size for every row: no row is measured
            view.verticalHeader().setDefaultSectionSize(row_heights(view.fontMetrics())[wrap])
        else:
            self.delegate.sizeHintChanged.emit(QModelIndex())
        view.viewport().update()

