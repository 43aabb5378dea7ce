"""Shows an attachment's bytes from memory: images through ``QImage.loadFromData``, PDFs
through ``QPdfDocument`` reading a ``QBuffer``. Nothing decrypted is ever written to a
temporary file (docs/vault-format.md)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.desktop import labels


def can_view(media_type: str) -> bool:
    return media_type.startswith("image/") or media_type == "application/pdf"


class AttachmentViewer(QDialog):
    def __init__(self, data: bytes, media_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The file name may name the client: the title says only what kind of thing it is.
        self.setWindowTitle(self.tr("Attachment"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 1000)
        layout = QVBoxLayout(self)
        self._bytes = QByteArray(data)
        self.document: object | None = None
        if media_type == "application/pdf":
            layout.addWidget(self._pdf_view())
        else:
            layout.addWidget(self._image_view(media_type))

    def _image_view(self, media_type: str) -> QWidget:
        image = QImage()
        label = QLabel(self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if image.loadFromData(self._bytes):
            label.setPixmap(QPixmap.fromImage(image))
        else:
            label.setText(
                self.tr("This file cannot be shown (%1).").replace(
                    "%1", labels.media_type_words(media_type)
                )
            )
        self.image = image
        area = QScrollArea(self)
        area.setWidget(label)
        area.setWidgetResizable(True)
        return area

    def _pdf_view(self) -> QWidget:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.buffer = QBuffer(self)
        self.buffer.setData(self._bytes)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        document.load(self.buffer)
        self.document = document
        view = QPdfView(self)
        view.setDocument(document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        return view

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape closes this viewer only; it must not reach the case editor behind it.
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.reject()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        # Drop the decrypted bytes as soon as the viewer closes.
        self._bytes.clear()
        super().done(result)
