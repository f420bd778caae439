"""Laying out the safety plan for paper: a one-page plan and a wallet-sized card.

Everything is laid out in a QTextDocument in memory and painted straight onto the
printer (or any paged paint device, such as a PDF writer in tests); nothing is
written to disk by the app. The page only calls these after the person pressed a
Print button and read the shared-printer warning.

- The plan: every section with its lines (empty sections get a line to fill in by
  hand), shrunk step by step until it fits on one page.
- The card: the first lines of each filled section (``CARD_ITEMS``), on a
  credit-card-sized panel with a second panel below for the back: cut along the
  solid line, fold along the dashed one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from safespace_desktop.core.model import SAFETY_PLAN_SECTIONS, SafetyPlan
from safespace_desktop.services.safety_plan import CARD_ITEMS

# A credit card: ISO/IEC 7810 ID-1.
CARD_WIDTH_MM = 85.6
CARD_HEIGHT_MM = 54.0
CARD_PADDING_MM = 3.0
PLAN_POINT_SIZES = (12.0, 11.0, 10.0, 9.0, 8.0, 7.0)
CARD_POINT_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0, 5.5, 5.0)
#: Sections printed on the back of the card (the people to reach, and reasons for living).
BACK_OF_CARD = frozenset(
    {"people_to_ask", "professionals", "safer_surroundings", "reasons_for_living"}
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SafetyPlanPrint", text)


def section_titles() -> dict[str, str]:
    """The headings of the plan, translated (same order as ``SAFETY_PLAN_SECTIONS``)."""
    return {
        "warning_signs": _tr("Warning signs that things are getting harder"),
        "coping_on_my_own": _tr("Things I can do on my own to cope"),
        "distractions": _tr("People and places that take my mind off things"),
        "people_to_ask": _tr("People I can ask for help"),
        "professionals": _tr("Professionals and services I can contact"),
        "safer_surroundings": _tr("Making my surroundings safer"),
        "reasons_for_living": _tr("My reasons for living"),
    }


def card_titles() -> dict[str, str]:
    """Short headings for the wallet card."""
    return {
        "warning_signs": _tr("Warning signs"),
        "coping_on_my_own": _tr("I can"),
        "distractions": _tr("Take my mind off it"),
        "people_to_ask": _tr("Ask for help"),
        "professionals": _tr("Services"),
        "safer_surroundings": _tr("Safer surroundings"),
        "reasons_for_living": _tr("Reasons for living"),
    }


def heading_for(name: str, number: int) -> str:
    title = section_titles()[name]
    return title if name == "reasons_for_living" else f"{number}. {title}"


def _char(family: QFont, points: float, *, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    font = QFont(family)
    font.setPointSizeF(points)
    font.setBold(bold)
    fmt.setFont(font)
    return fmt


# --------------------------------------------------------------------------- documents
def plan_document(plan: SafetyPlan, base_font: QFont, points: float = 12.0) -> QTextDocument:
    """The whole plan as a document (``points`` is the size of its body text)."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    body = _char(base_font, points)
    cursor = QTextCursor(document)
    block = QTextBlockFormat()
    block.setBottomMargin(points * 0.6)
    cursor.setBlockFormat(block)
    cursor.insertText(_tr("My safety plan"), _char(base_font, points * 1.6, bold=True))
    cursor.insertBlock(block)
    cursor.insertText(
        _tr(
            "Keep it somewhere you can find it easily. Start at step 1 and go on until you feel safer."
        ),
        body,
    )
    for number, (name, _title) in enumerate(SAFETY_PLAN_SECTIONS, start=1):
        heading = QTextBlockFormat()
        heading.setTopMargin(points * 0.9)
        heading.setBottomMargin(points * 0.2)
        cursor.insertBlock(heading)
        cursor.insertText(heading_for(name, number), _char(base_font, points * 1.15, bold=True))
        lines = list(getattr(plan, name)) or ["_" * 40]
        item_block = QTextBlockFormat()
        item_block.setBottomMargin(points * 0.15)
        item_block.setLeftMargin(points * 1.6)
        item_block.setTextIndent(-points * 0.9)
        for line in lines:
            cursor.insertBlock(item_block)
            cursor.insertText("•  " + line, body)
    return document


def card_document(plan: SafetyPlan, base_font: QFont, points: float = 8.0) -> QTextDocument:
    """The wallet card: a title, then "Short title: first; second; third" per filled section.

    The front holds what the person can do on their own; the back (the second page)
    starts at the people they can ask, so the fold never splits a section.
    """
    document = QTextDocument()
    document.setDocumentMargin(0)
    cursor = QTextCursor(document)
    block = QTextBlockFormat()
    block.setBottomMargin(points * 0.35)
    cursor.setBlockFormat(block)
    cursor.insertText(_tr("My safety plan"), _char(base_font, points * 1.3, bold=True))
    titles = card_titles()
    back_started = False
    for name, _title in SAFETY_PLAN_SECTIONS:
        items = getattr(plan, name)[:CARD_ITEMS]
        if not items:
            continue
        section_block = QTextBlockFormat(block)
        if name in BACK_OF_CARD and not back_started:
            back_started = True
            section_block.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.insertBlock(section_block)
        cursor.insertText(titles[name] + ": ", _char(base_font, points, bold=True))
        cursor.insertText("; ".join(items), _char(base_font, points))
    return document


# --------------------------------------------------------------------------- painting
def _mm(device: QPagedPaintDevice, millimetres: float) -> float:
    return millimetres * device.logicalDpiX() / 25.4


def _page_size(device: QPagedPaintDevice) -> QSizeF:
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    return QSizeF(rect.width(), rect.height())


def _fit(document: QTextDocument, device: QPagedPaintDevice, size: QSizeF) -> int:
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(size)
    return document.pageCount()


def paint_plan(device: QPagedPaintDevice, plan: SafetyPlan, base_font: QFont) -> int:
    """Paint the plan onto ``device``, one page if it can fit; returns the pages used."""
    size = _page_size(device)
    document = plan_document(plan, base_font, PLAN_POINT_SIZES[0])
    for points in PLAN_POINT_SIZES:
        document = plan_document(plan, base_font, points)
        if _fit(document, device, size) <= 1:
            break
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("The printer could not be started.")
    try:
        pages = document.pageCount()
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * size.height())
            document.drawContents(
                painter, QRectF(0, page * size.height(), size.width(), size.height())
            )
            painter.restore()
    finally:
        painter.end()
    return pages


def paint_card(device: QPagedPaintDevice, plan: SafetyPlan, base_font: QFont) -> bool:
    """Paint the wallet card (front and back panels); False if some text had to be left off."""
    width = _mm(device, CARD_WIDTH_MM)
    panel = _mm(device, CARD_HEIGHT_MM)
    pad = _mm(device, CARD_PADDING_MM)
    inner = QSizeF(width - 2 * pad, panel - 2 * pad)
    document = card_document(plan, base_font, CARD_POINT_SIZES[0])
    for points in CARD_POINT_SIZES:
        document = card_document(plan, base_font, points)
        if _fit(document, device, inner) <= 2:
            break
    fits = document.pageCount() <= 2

    painter = QPainter()
    if not painter.begin(device):
        raise OSError("The printer could not be started.")
    try:
        note = QFont(base_font)
        note.setPointSizeF(9)
        painter.setFont(note)
        painter.setPen(Qt.GlobalColor.black)
        line_height = painter.fontMetrics().height()
        painter.drawText(
            QRectF(0, 0, _page_size(device).width(), line_height * 2),
            int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
            _tr("Cut along the solid line, then fold along the dashed line to fit your wallet."),
        )
        top = line_height * 2.5
        card = QRectF(0, top, width, panel * 2)
        painter.setPen(QPen(Qt.GlobalColor.black, max(1.0, _mm(device, 0.3))))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(card, _mm(device, 3), _mm(device, 3))
        fold = QPen(Qt.GlobalColor.black, max(1.0, _mm(device, 0.2)), Qt.PenStyle.DashLine)
        painter.setPen(fold)
        painter.drawLine(QPointF(0, top + panel), QPointF(width, top + panel))
        for page in range(min(2, document.pageCount())):
            painter.save()
            painter.translate(pad, top + page * panel + pad - page * inner.height())
            document.drawContents(
                painter, QRectF(0, page * inner.height(), inner.width(), inner.height())
            )
            painter.restore()
    finally:
        painter.end()
    return fits
