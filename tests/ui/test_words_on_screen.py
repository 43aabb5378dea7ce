"""Words on screen: Qt's own buttons in the user's language, a case's history in words,
the home page's counts and first steps, and the case table's spare width on the names."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.model import Note
from app.terms import Term
from tests.conftest import example_case
from tests.ui.gui_support import make_vault, unlock
from ui.desktop.application import apply_language
from ui.desktop.i18n import qt_translation_folders
from ui.desktop.preferences import Preferences
from ui.desktop.qt_words import qt_words


@pytest.fixture
def russian(tmp_path: Path) -> Any:
    preferences = Preferences(tmp_path / "ru.ini")
    preferences.language = "ru"
    apply_language(preferences)
    yield preferences
    preferences.language = "en"
    apply_language(preferences)


def test_qt_standard_buttons_speak_russian(qtbot: Any, russian: Any) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Discard
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Ok
    )
    qtbot.addWidget(buttons)
    texts = {b.text() for b in buttons.buttons()}
    assert {"Сохранить", "Отмена", "OK"} <= texts
    assert "Discard" not in texts and "Save" not in texts


def test_qt_translations_are_found_in_the_pyside6_wheel() -> None:
    folders = qt_translation_folders()
    assert any((Path(f) / "qtbase_ru.qm").exists() for f in folders)


def test_qt_words_listed_for_translation_cover_the_message_box_buttons() -> None:
    assert {"Save", "Discard", "Cancel", "OK", "&Next >", "&Finish"} <= set(qt_words())


def test_history_says_which_field_changed_in_words(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    window = window_factory(make_vault(tmp_path / "v.cwvault"))
    unlock(qtbot, window)
    controller = window.controller
    case_id = controller.case_rows()[0].case_id
    case = controller.get_case(case_id)
    longer = replace(case.sentence, term=Term(years=4))
    note = Note(id="0d5b2f9c1e7a4b3d", text="Defence strategy: appeal", visibility="family")
    controller.save_case(
        replace(case, sentence=longer, status="pretrial", notes=(*case.notes, note))
    )
    window.open_case(case_id)
    editor = window.editors[case_id]
    rows = editor.history_model.records()
    changes = {(r["field"], r["change"]) for r in rows}
    assert ("Status", "Imprisoned → Pretrial") in changes
    sentence = next(r["change"] for r in rows if r["field"] == "Sentence")
    assert "Term: 3 y → 4 y" in sentence
    added_note = next(r for r in rows if r["field"] == "Note")
    assert added_note["change"].startswith("Added: “Defence strategy")
    everything = " ".join(" ".join(r.values()) for r in rows)
    assert "P3Y" not in everything and "P4Y" not in everything
    assert "0d5b2f" not in everything and "notes/" not in everything
    assert {r["source"] for r in rows} == {"Edited here"}


def test_home_counts_pretrial_detainees_beside_prisoners(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    cases = [example_case(), example_case(status="pretrial", sentence=None)]
    window = window_factory(make_vault(tmp_path / "v.cwvault", cases))
    unlock(qtbot, window)
    window.show_page(window.home_page)
    qtbot.waitUntil(lambda: bool(window.home_page.summary.text()))
    assert window.home_page.summary.text() == "2 cases: 1 in prison, 1 in pretrial detention"


def test_empty_home_says_what_to_do_first(qtbot: Any, window_factory: Any, tmp_path: Path) -> None:
    window = window_factory(make_vault(tmp_path / "v.cwvault", []))
    unlock(qtbot, window)
    window.show_page(window.home_page)
    qtbot.waitUntil(lambda: bool(window.home_page.summary.text()))
    assert "New case (Ctrl+N)" in window.home_page.summary.text()


def test_a_wide_window_gives_its_spare_width_to_the_names(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    window = window_factory(make_vault(tmp_path / "v.cwvault"))
    unlock(qtbot, window)
    window.show_page(window.cases_page)
    table = window.cases_page.table
    window.resize(1300, 700)
    qtbot.wait(20)
    narrow = table.columnWidth(0)
    last = table.model().columnCount() - 1
    last_width = table.columnWidth(last)
    window.resize(2000, 700)
    qtbot.waitUntil(lambda: table.columnWidth(0) > narrow + 500)
    assert table.columnWidth(last) == last_width


def test_many_month_labels_stand_up_instead_of_overlapping(qtbot: Any) -> None:
    from PySide6.QtCharts import QBarCategoryAxis

    from ui.desktop.pages.statistics_page import bar_chart

    months = [(f"сент. {2020 + i}", i) for i in range(13)]
    chart = bar_chart("Первое право, по месяцам", months, horizontal=False)
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    assert axis.labelsAngle() == -90
    few = bar_chart("", months[:4], horizontal=False)
    axis = next(a for a in few.axes() if isinstance(a, QBarCategoryAxis))
    assert axis.labelsAngle() == 0


def test_russian_statuses_are_not_cut_in_the_case_table(
    qtbot: Any, window_factory: Any, preferences: Preferences, tmp_path: Path
) -> None:
    preferences.language = "ru"
    try:
        cases = [example_case(status="pretrial", sentence=None)]
        window = window_factory(make_vault(tmp_path / "v.cwvault", cases))
        unlock(qtbot, window)
        window.show_page(window.cases_page)
        table = window.cases_page.table
        status = table.model().index(0, 3).data()
        assert status == "Под следствием"
        assert table.columnWidth(3) >= table.fontMetrics().horizontalAdvance(status) + 8
    finally:
        preferences.language = "en"
        apply_language(preferences)


def test_history_shows_sentence_details_in_russian_words(qtbot: Any, russian: Any) -> None:
    from ui.desktop.history_words import value_words

    shown = [
        value_words("regime", "settlement"),
        value_words("recidivism", "dangerous"),
        value_words("prior_parole_revoked", True),
        value_words("term", "life"),
        value_words("rule_id", "az-amnesty-2021-11"),
        value_words(
            "components",
            [{"verdict_date": "2020-01-01", "articles": ["221.3"], "category": "grave"}],
        ),
        value_words("interruptions", [{"from": "2025-01-01", "to": "2025-02-01"}]),
    ]
    assert shown[:4] == [
        "Колония-поселение",
        "Опасный рецидив",
        "да",
        "Пожизненное лишение свободы",
    ]
    assert shown[4].startswith("Акт об амнистии")
    text = " ".join(shown)
    for raw in ("settlement", "dangerous", "True", "life", "az-amnesty", "{", "verdict_date"):
        assert raw not in text
