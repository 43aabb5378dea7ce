"""Attachments in the case editor: added encrypted, shown from memory (image and PDF), never
through a plaintext temporary file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter

from tests.ui.gui_support import make_vault, open_window, unlock
from ui.desktop.dialogs.attachment_viewer import AttachmentViewer
from ui.desktop.preferences import Preferences


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    prefs = Preferences(tmp_path / "config" / "desktop.ini")
    prefs.language = "en"
    return prefs


def _png(path: Path) -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#1565c0"))
    assert image.save(str(path))
    return path


def _pdf(path: Path) -> Path:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(100, 100, "Verdict of the Baku Grave Crimes Court")
    painter.end()
    return path


def _files_under(folder: str) -> set[str]:
    return {os.path.join(d, f) for d, _, files in os.walk(folder) for f in files}


@pytest.mark.parametrize("kind", ["png", "pdf"])
def test_attachment_is_added_and_viewed_from_memory(
    qtbot, tmp_path, preferences, monkeypatch, kind
):
    source = _png(tmp_path / "scan.png") if kind == "png" else _pdf(tmp_path / "verdict.pdf")
    temp_dir = tmp_path / "tmp"
    temp_dir.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp_dir))
    window = open_window(qtbot, make_vault(tmp_path / "v.cwvault"), preferences)
    try:
        unlock(qtbot, window)
        case_id = window.controller.case_rows()[0].case_id
        window.open_case(case_id)
        tab = window.editors[case_id].attachments
        monkeypatch.setattr("ui.desktop.file_dialogs.open_file", lambda *_args, **_kw: str(source))
        with qtbot.waitSignal(window.controller.attachment_added, timeout=10_000):
            qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
        assert tab.model.rowCount() == 1
        assert tab.model.index(0, 0).data() == source.name
        viewers: list[AttachmentViewer] = []
        tab.view_opened.connect(viewers.append)
        with qtbot.waitSignal(window.controller.attachment_loaded, timeout=10_000):
            qtbot.mouseClick(tab.view_button, Qt.MouseButton.LeftButton)
        assert len(viewers) == 1
        viewer = viewers[0]
        if kind == "png":
            assert viewer.image.width() == 40
        else:
            assert viewer.document is not None
            assert viewer.document.pageCount() == 1  # type: ignore[attr-defined]
        assert viewer.windowTitle() == "Attachment"  # not the file's name
        assert _files_under(str(temp_dir)) == set()
        viewer.close()
    finally:
        window.controller.shutdown()
