"""The case editor's forms as a lawyer or a relative uses them: dates typed in the
language's format, Tab moving on, a calendar that opens near the right year, visibility
chosen from a translated list, attachments re-classified and removed, Escape closing only
the viewer, and an error banner that goes once the field is right."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QLineEdit, QWidget

from tests.ui.gui_support import activate, make_vault, type_text, unlock
from ui.desktop.application import apply_language
from ui.desktop.dialogs.attachment_viewer import AttachmentViewer
from ui.desktop.preferences import Preferences
from ui.desktop.widgets.optional_date_edit import (
    DateTextError,
    OptionalDateEdit,
    parse_date_text,
)

FORMATS = ("dd/MM/yyyy", "dd.MM.yyyy", "M/d/yyyy")


@pytest.fixture
def editor(qtbot: Any, window_factory: Any, tmp_path: Path, monkeypatch: Any) -> Any:
    from PySide6.QtWidgets import QMessageBox

    # pytest-qt closes the window before fixtures end: answer "Discard" to the question.
    monkeypatch.setattr(
        "ui.desktop.dialogs.case_editor.QMessageBox.question",
        lambda *_a, **_k: QMessageBox.StandardButton.Discard,
    )
    window = window_factory(make_vault(tmp_path / "v.cwvault"))
    unlock(qtbot, window)
    case_id = window.controller.case_rows()[0].case_id
    window.open_case(case_id)
    made = window.editors[case_id]
    activate(qtbot, made)
    return made


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_a_date_written_in_any_accepted_way_reads_back_the_same(day: date) -> None:
    for fmt in FORMATS:
        order = "mdy" if fmt.startswith("M") else "dmy"
        first, second = (day.month, day.day) if order == "mdy" else (day.day, day.month)
        for sep in "/.-":
            assert parse_date_text(f"{first:02d}{sep}{second:02d}{sep}{day.year}", fmt) == day
        assert parse_date_text(f"{first}/{second}/{day.year}", fmt) == day
        assert parse_date_text(day.isoformat(), fmt) == day
        assert parse_date_text(f"{first:02d}{second:02d}{day.year}", fmt) == day


@pytest.mark.parametrize("text", ["25/13/1971", "31.02.2020", "25.01.71", "soon", "1/2"])
def test_text_that_is_not_a_date_is_refused_with_a_reason(text: str) -> None:
    with pytest.raises(DateTextError) as raised:
        parse_date_text(text, "dd/MM/yyyy")
    assert str(raised.value)


@pytest.mark.parametrize(
    ("language", "typed", "shown"),
    [
        ("en", "25/01/1971", "25/01/1971"),
        ("en", "1971-01-25", "25/01/1971"),
        ("az", "25.01.1971", "25.01.1971"),
        ("ru", "25/01/1971", "25.01.1971"),
        ("ru", "25011971", "25.01.1971"),
    ],
)
def test_typing_a_birth_date_into_an_empty_field_keeps_it(
    qtbot: Any, tmp_path: Path, language: str, typed: str, shown: str
) -> None:
    preferences = Preferences(tmp_path / "desktop.ini")
    preferences.language = language
    apply_language(preferences)
    try:
        form = QWidget()
        qtbot.addWidget(form)
        field, after = OptionalDateEdit(form), QLineEdit(form)
        layout = QFormLayout(form)
        layout.addRow("Birth date:", field)
        layout.addRow("Next:", after)
        form.show()
        activate(qtbot, form)
        assert field.value() is None
        type_text(field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        assert after.hasFocus()  # Tab moves on, it is not trapped in the date
        assert field.value() == date(1971, 1, 25)
        assert field.text() == shown
    finally:
        preferences.language = "en"
        apply_language(preferences)


def test_calendar_opens_near_today_and_birth_dates_decades_before_the_arrest(
    editor: Any,
) -> None:
    birth = editor.person.birth_date
    birth.clear_value()
    birth.open_calendar()
    shown = birth.calendar.selectedDate()
    assert (shown.year(), shown.month()) == (1993, 2)  # arrested 1 February 2023
    birth.popup.hide()
    arrested = editor.person.arrested_on
    arrested.clear_value()
    arrested.open_calendar()
    shown = arrested.calendar.selectedDate()
    assert abs(date(shown.year(), shown.month(), shown.day()) - date.today()) < timedelta(2)
    arrested.popup.hide()
    birth.open_calendar()
    assert birth.calendar.selectedDate().year() == date.today().year - 30
    birth.calendar.clicked.emit(birth.calendar.selectedDate().addDays(3))
    assert not birth.popup.isVisible()
    assert birth.value() is not None and birth.value().year == date.today().year - 30


def test_typed_birth_date_is_saved_with_the_case(qtbot: Any, editor: Any) -> None:
    editor.person.birth_date.clear()
    type_text(editor.person.birth_date, "25/01/1971")
    with qtbot.waitSignal(editor.controller.case_saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    stored = editor.controller.get_case(editor.case_id)
    assert stored.person.birth_date == date(1971, 1, 25)


def test_a_half_typed_date_is_not_lost_but_named_on_save(qtbot: Any, editor: Any) -> None:
    editor.person.birth_date.clear()
    type_text(editor.person.birth_date, "25/01/19")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error.isVisible()
    assert "Birth date" in editor.error.text()
    assert editor.person.birth_date.text() == "25/01/19"
    assert editor.controller.get_case(editor.case_id).person.birth_date == date(1985, 3, 2)


def test_note_visibility_is_chosen_from_translated_words(qtbot: Any, editor: Any) -> None:
    notes = editor.notes
    editor.tabs.setCurrentWidget(notes)
    index = notes.model.index(0, 0)
    assert index.data() == "Privileged (lawyers only)"
    notes.table.setCurrentIndex(index)
    notes.table.edit(index)
    combo = notes.table.indexWidget(index) or notes.table.findChild(QComboBox)
    assert isinstance(combo, QComboBox)
    words = [combo.itemText(i) for i in range(combo.count())]
    assert words == ["Privileged (lawyers only)", "Family", "Public"]
    combo.setCurrentIndex(combo.findData("family"))
    notes.table.commitData(combo)
    notes.table.closeEditor(combo, notes.table.itemDelegate().EndEditHint.NoHint)
    assert notes.model.record(0)["visibility"] == "family"
    with qtbot.waitSignal(editor.controller.case_saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.controller.get_case(editor.case_id).notes[0].visibility == "family"


def test_required_banner_goes_once_the_field_is_filled(qtbot: Any, editor: Any) -> None:
    editor.person.full_name.clear()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error.isVisible()
    assert "Full name: is required" in editor.error.text()
    type_text(editor.person.full_name, "Əli Həsənov")
    qtbot.waitUntil(lambda: not editor.error.isVisible(), timeout=3000)


def _png(path: Path) -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#1565c0"))
    assert image.save(str(path))
    return path


def _attach(qtbot: Any, editor: Any, source: Path, monkeypatch: Any) -> Any:
    tab = editor.attachments
    monkeypatch.setattr("ui.desktop.file_dialogs.open_file", lambda *_a, **_k: str(source))
    controller = editor.controller
    # Added, and the job finished (the next action on the vault may start).
    with qtbot.waitSignals(
        [controller.attachment_added, controller.busy_changed],
        check_params_cbs=[None, lambda busy: not busy],
        timeout=10_000,
    ):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    return tab


def test_attachment_visibility_is_changed_and_the_file_removed(
    qtbot: Any, editor: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    tab = _attach(qtbot, editor, _png(tmp_path / "visit-permit.png"), monkeypatch)
    editor.tabs.setCurrentWidget(tab)
    assert tab.model.index(0, 1).data() == "PNG image"  # words, not image/png
    assert tab.model.index(0, 4).data() == "Privileged (lawyers only)"
    tab.visibility.setCurrentIndex(tab.visibility.findData("family"))
    tab.visibility.activated.emit(tab.visibility.currentIndex())
    assert tab.model.index(0, 4).data() == "Family"
    with qtbot.waitSignal(editor.controller.case_saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    stored = editor.controller.get_case(editor.case_id)
    assert stored.attachments[0].visibility == "family"

    monkeypatch.setattr(
        "ui.desktop.dialogs.attachments_tab.QMessageBox.question",
        lambda *_a, **_k: tab_yes(),
    )
    with qtbot.waitSignal(editor.controller.attachment_removed, timeout=10_000):
        qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 0
    assert editor.controller.get_case(editor.case_id).attachments == ()
    assert not editor.is_dirty()


def tab_yes() -> Any:
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox.StandardButton.Yes


def test_escape_in_the_viewer_closes_only_the_viewer(
    qtbot: Any, editor: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    tab = _attach(qtbot, editor, _png(tmp_path / "scan.png"), monkeypatch)
    viewers: list[AttachmentViewer] = []
    tab.view_opened.connect(viewers.append)
    with qtbot.waitSignal(editor.controller.attachment_loaded, timeout=10_000):
        qtbot.mouseClick(tab.view_button, Qt.MouseButton.LeftButton)
    viewer = viewers[0]
    activate(qtbot, viewer)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            QApplication.focusWidget() or viewer,
            QKeyEvent(kind, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        )
    qtbot.waitUntil(lambda: not viewer.isVisible())
    assert editor.isVisible()


def test_new_dates_get_an_example_in_the_language(editor: Any) -> None:
    assert editor.person.birth_date.placeholderText().startswith("e.g. 25/01/")


def test_visibility_column_shows_the_longest_choice_whole(editor: Any) -> None:
    table = editor.notes.table
    widest = table.fontMetrics().horizontalAdvance("Privileged (lawyers only)")
    assert table.columnWidth(0) >= widest + 24


def test_a_date_typed_into_a_table_cell_is_kept(qtbot: Any, editor: Any) -> None:
    custody = editor.custody
    editor.tabs.setCurrentWidget(custody)
    index = custody.model.index(0, 1)  # "To"
    custody.table.setCurrentIndex(index)
    custody.table.edit(index)
    field = custody.table.findChild(OptionalDateEdit)
    assert field is not None
    field.clear()
    type_text(field, "2023-04-20")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # the table commits it a moment later
    qtbot.waitUntil(lambda: custody.model.record(0)["to"] == "2023-04-20", timeout=2000)
    assert index.data() == "20/04/2023"
