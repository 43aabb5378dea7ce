"""Laying out report HTML on pages with Qt: PDF bytes (``QPdfWriter``) or a printer.

A :class:`Printable` is HTML plus the footer of each page. Each printable starts on a new
page and has its own page numbers, so a batch of summaries is one PDF whose footers say
"Page 1 of 2" for each case. Pages are A4 or Letter with 15 mm margins; the footer (a thin
rule and one line of small text) sits inside the bottom margin area of the text block.

PDFs are built in memory (``QBuffer``): previews never touch the disk, and the caller
decides where, if anywhere, the bytes go. Needs a ``QGuiApplication``
(:func:`ensure_gui_application` creates an offscreen one when none exists); run on the GUI
thread or, with no GUI, on the thread that created the application.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from ui.pyside_refcount_guard import guard_if_needed

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 15.0
BODY_POINT_SIZE = 9.5
FOOTER_POINT_SIZE = 7.5
PDF_RESOLUTION = 300
# Families with Azerbaijani (ə ğ ı ş) and Cyrillic letters, best first: DejaVu on Linux,
# Segoe UI on Windows, Arial elsewhere.
PREFERRED_FAMILIES = ("DejaVu Sans", "Noto Sans", "Segoe UI", "Arial", "Liberation Sans")
_NEEDED_LETTERS = "ƏəĞğİıŞşÇçÖöÜüЖжЮюЯя"

_application: QGuiApplication | None = None


@dataclass(frozen=True)
class Printable:
    """HTML to lay out, ``footer(page, pages)`` for each of its pages (1-based), and the
    images the HTML names (``<img src="chart:groups">``), given from memory."""

    html: str
    footer: Callable[[int, int], str]
    images: Mapping[str, QImage] = field(default_factory=dict)


def ensure_gui_application() -> QGuiApplication:
    """The running ``QGuiApplication`` (a ``QApplication`` counts), or a new one — on the
    ``offscreen`` platform when there is no display, so the CLI renders PDFs headless."""
    global _application
    existing = QGuiApplication.instance()
    if existing is not None:
        assert isinstance(existing, QGuiApplication)
        return existing
    guard_if_needed()  # PySide6 6.12.0 on Python 3.11 (ui/pyside_refcount_guard.py)
    argv = [sys.argv[0] if sys.argv else "casework"]
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        argv += ["-platform", "offscreen"]
    _application = QGuiApplication(argv)
    return _application


def _has_letters(font: QFont) -> bool:
    metrics = QFontMetricsF(font)
    return all(metrics.inFontUcs4(ord(ch)) for ch in _NEEDED_LETTERS)


def document_font(point_size: float = BODY_POINT_SIZE) -> QFont:
    """The first installed family of :data:`PREFERRED_FAMILIES` that has Azerbaijani and
    Cyrillic letters, else the system's general font; without ligatures, so text copied or
    searched in the PDF reads "fi", not "ﬁ"."""
    installed = set(QFontDatabase.families())
    chosen = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    for family in PREFERRED_FAMILIES:
        if family in installed and _has_letters(QFont(family)):
            chosen = QFont(family)
            break
    chosen.setPointSizeF(point_size)
    for tag in ("liga", "clig"):
        chosen.setFeature(QFont.Tag(tag), 0)
    return chosen


def page_layout(page_size: str) -> QPageLayout:
    if page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page_size!r}: one of {', '.join(PAGE_SIZES)}")
    return QPageLayout(
        QPageSize(PAGE_SIZES[page_size]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def paint_printables(device: QPagedPaintDevice, printables: Sequence[Printable]) -> int:
    """Paint each printable on ``device`` (a ``QPdfWriter`` or ``QPrinter`` whose page
    layout is already set), new pages between them. Returns the number of pages."""
    font = document_font()
    footer_font = document_font(FOOTER_POINT_SIZE)
    resolution = device.logicalDpiY()
    paint_rect = device.pageLayout().paintRectPixels(resolution)
    width, height = float(paint_rect.width()), float(paint_rect.height())
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start painting on the output device")
    total = 0
    try:
        painter.setFont(footer_font)
        footer_height = painter.fontMetrics().height() * 2.2
        body_height = height - footer_height
        for index, printable in enumerate(printables):
            document = QTextDocument()
            document.documentLayout().setPaintDevice(device)
            document.setDefaultFont(font)
            document.setDocumentMargin(0)
            for name, image in printable.images.items():
                document.addResource(
                    QTextDocument.ResourceType.ImageResource.value, QUrl(name), image
                )
            document.setHtml(printable.html)
            document.setPageSize(QSizeF(width, body_height))
            keep_headings_with_next(document, body_height)
            pages = max(1, document.pageCount())
            for page in range(pages):
                if index or page:
                    device.newPage()
                painter.save()
                painter.translate(0, -page * body_height)
                # A line that starts exactly on the page break belongs to the next page; a
                # clip touching it would still emit its (invisible) text into this page.
                top = page * body_height + 0.5
                document.drawContents(painter, QRectF(0, top, width, body_height - 1))
                painter.restore()
                _paint_footer(
                    painter, printable.footer(page + 1, pages), width, height, footer_height
                )
            total += pages
    finally:
        painter.end()
    return total


def keep_headings_with_next(document: QTextDocument, page_height: float) -> None:
    """Move a heading that would end a page to the next one (Qt's rich text has no
    ``page-break-after: avoid``): a heading with less than about three lines of room below
    it on its page starts the next page instead. Top to bottom, so each move is seen by the
    headings after it."""
    layout = document.documentLayout()
    room = QFontMetricsF(document.defaultFont(), layout.paintDevice()).height() * 3
    block = document.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.headingLevel() and block.text().strip():
            rect = layout.blockBoundingRect(block)
            page_end = (int(rect.top() // page_height) + 1) * page_height
            if page_end - rect.bottom() < room and rect.top() % page_height > room:
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
        block = block.next()


def _paint_footer(
    painter: QPainter, text: str, width: float, height: float, footer_height: float
) -> None:
    top = height - footer_height * 0.75
    painter.save()
    pen = QPen(QColor("#9e9e9e"))
    pen.setWidthF(max(1.0, painter.device().logicalDpiY() / 200))
    painter.setPen(pen)
    painter.drawLine(0, int(top), int(width), int(top))
    painter.setPen(QColor("#424242"))
    box = QRectF(0, top + footer_height * 0.1, width, footer_height * 0.65)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), text)
    painter.restore()


def render_pdf(
    printables: Sequence[Printable], *, page_size: str = "A4", title: str = "Casework"
) -> bytes:
    """The printables as one PDF, in memory. Raises ``ValueError`` for an unknown page size."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(page_size))
    writer.setTitle(title)
    writer.setCreator("Casework")
    paint_printables(writer, printables)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())
