"""The case editor's sentence tab, clicked as a lawyer would: a life term, a term not yet
known, revoked parole, recidivism, an interruption, a zero term refused by name, and a
month-end start showing both last days with a note."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.conftest import example_case
from tests.ui.gui_support import activate, make_vault, unlock
from ui.desktop.dialogs.case_editor import CaseEditor
from ui.desktop.main_window import MainWindow


def _case(name: str, sentence: dict[str, Any]) -> dict[str, Any]:
    data = example_case()
    data["person"] = {"full_name": name}
    data["custody"] = []
    data["events"] = []
    data["sentence"] = sentence
    return data


CASES = [
    _case(
        "Life Aggregated",
        {
            "verdict_date": "2011-03-01",
            "term": "life",
            "start_date": "2011-01-01",
            "components": [
                {"articles": ["234.1-1"], "category": "less_serious", "term": "P3Y"},
                {"articles": ["120.2.4"], "category": "especially_grave", "term": "life"},
            ],
        },
    ),
    _case(
        "Month End",
        {"verdict_date": "2023-03-31", "term": "P1M", "start_date": "2023-03-31"},
    ),
]


def _open(qtbot: Any, window_factory: Any, tmp_path: Path) -> MainWindow:
    window: MainWindow = window_factory(make_vault(tmp_path / "v.cwvault", CASES))
    unlock(qtbot, window)
    return window


def _editor(qtbot: Any, window: MainWindow, name: str) -> CaseEditor:
    case_id = next(r.case_id for r in window.controller.case_rows() if r.name == name)
    window.open_case(case_id)
    editor = window.editors[case_id]
    activate(qtbot, editor)
    editor.tabs.setCurrentIndex(1)
    return editor


def _save(qtbot: Any, window: MainWindow, editor: CaseEditor) -> None:
    with qtbot.waitSignal(window.controller.case_saved):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.error.isVisible()


def test_life_term_shows_no_last_day_and_keeps_its_aggregated_verdicts(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    window = _open(qtbot, window_factory, tmp_path)
    editor = _editor(qtbot, window, "Life Aggregated")
    tab = editor.sentence
    assert tab.term_kind.currentData() == "life"
    assert not tab.years.isEnabled()
    assert "Life imprisonment: no last day" in tab.computed.text()
    assert tab.components.model.rowCount() == 2
    assert tab.extras.currentWidget() is tab.components
    trace = tab.trace_model.stringList()
    assert any("Life imprisonment from" in line for line in trace)
    assert not any("=" in line and "start=" in line for line in trace)  # no raw codes

    tab.parole_revoked.setCurrentIndex(tab.parole_revoked.findData(True))
    tab.recidivism.setCurrentIndex(tab.recidivism.findData("dangerous"))
    _save(qtbot, window, editor)
    stored = window.controller.get_case(editor.case_id).sentence
    assert stored is not None and stored.life
    assert stored.prior_parole_revoked is True and stored.recidivism == "dangerous"
    assert len(stored.components) == 2 and stored.category == "especially_grave"


def test_term_not_yet_known_is_saved_and_said(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    window = _open(qtbot, window_factory, tmp_path)
    editor = _editor(qtbot, window, "Month End")
    tab = editor.sentence
    tab.term_kind.setCurrentIndex(tab.term_kind.findData("unknown"))
    assert not tab.years.isEnabled()
    _save(qtbot, window, editor)
    stored = window.controller.get_case(editor.case_id).sentence
    assert stored is not None and stored.term is None and not stored.life
    assert "Not yet known: Term" in tab.computed.text()


def test_recording_a_life_term_and_back_to_years(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    window = _open(qtbot, window_factory, tmp_path)
    editor = _editor(qtbot, window, "Month End")
    tab = editor.sentence
    tab.term_kind.setCurrentIndex(tab.term_kind.findData("life"))
    _save(qtbot, window, editor)
    assert window.controller.get_case(editor.case_id).sentence.life  # type: ignore[union-attr]
    tab.term_kind.setCurrentIndex(tab.term_kind.findData("term"))
    tab.months.setValue(0)
    tab.years.setValue(0)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.error.isVisible() and "Term" in editor.error.text()  # zero days: refused
    tab.years.setValue(2)
    _save(qtbot, window, editor)
    assert str(window.controller.get_case(editor.case_id).sentence.term) == "P2Y"  # type: ignore[union-attr]


def test_month_end_start_shows_both_last_days_with_a_note(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    # 2023-03-31 + P1M: ours 2023-04-30 − 1 = 2023-04-29; the UK engine's 03-30 + 1 month = 04-30.
    window = _open(qtbot, window_factory, tmp_path)
    editor = _editor(qtbot, window, "Month End")
    text = editor.sentence.computed.text()
    from ui.desktop import labels

    assert labels.format_date(date(2023, 4, 29)) in text
    assert "other month-end convention: " + labels.format_date(date(2023, 4, 30)) in text


def test_interruption_added_in_the_tab_moves_the_last_day(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    window = _open(qtbot, window_factory, tmp_path)
    editor = _editor(qtbot, window, "Month End")
    model = editor.sentence.interruptions.model
    model.add_record({"from": "2023-04-02", "to": "2023-04-04", "reason": "escape"})
    _save(qtbot, window, editor)
    case = window.controller.get_case(editor.case_id)
    assert case.sentence is not None and len(case.sentence.interruptions) == 1
    comp = window.controller.compute(case)
    assert comp is not None and comp.last_day == date(2023, 5, 2)  # 04-29 + 3 days


def test_aggregated_verdict_added_in_the_tab_gives_its_articles_and_category(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    window = _open(qtbot, window_factory, tmp_path)
    editor = _editor(qtbot, window, "Month End")
    model = editor.sentence.components.model
    row = model.add_record({"articles": "228.2; 234.1-1", "category": "grave", "term": "P0D"})
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.error.isVisible() and "Aggregated verdicts 1" in editor.error.text()
    assert editor.sentence.extras.currentWidget() is editor.sentence.components
    model.set_field(row, "term", "P5Y")
    _save(qtbot, window, editor)
    stored = window.controller.get_case(editor.case_id).sentence
    assert stored is not None
    assert stored.articles == ("228.2", "234.1-1") and stored.category == "grave"
    assert [str(c.term) for c in stored.components] == ["P5Y"]


def test_every_trace_step_reads_as_words_in_the_app_and_the_cli() -> None:
    from app.case_json import parse_case
    from app.sentence import compute_sentence, render_step
    from ui.desktop import reasons

    def case(sentence: dict[str, Any], events: list[dict[str, Any]] = ()) -> Any:  # type: ignore[assignment]
        data = _case("T", sentence)
        data["custody"] = [{"from": "2020-01-01", "to": "2020-02-01"}]
        data["events"] = list(events)
        return parse_case(data)

    pardons = [
        {"date": "2024-01-01", "kind": "pardon", "reduce_unserved_by": "1/2"},
        {"date": "2024-02-01", "kind": "pardon", "release_on": "2024-06-01"},
        {"date": "2024-03-01", "kind": "appeal_change", "new_term": "P9Y"},
        {"date": "2024-04-01", "kind": "pardon", "release_on": "2024-08-01"},
        {"date": "2024-05-01", "kind": "amnesty_reduction", "reduce_by": "P1M"},
        {"date": "2030-01-01", "kind": "sentence_change"},
    ]
    cases = [
        case({"term": "life", "start_date": "2011-01-01"}, pardons[:1] + pardons[4:5]),
        case({"term": "P1M", "start_date": "2023-03-31"}),
        case({"term": "P1Y", "start_date": "2020-02-02"}),  # credit 32 days of 366
        case({"term": "P10D", "start_date": "2020-02-02"}),  # credit covers the term
        case(
            {
                "term": "P5Y",
                "start_date": "2022-01-31",
                "interruptions": [{"from": "2022-05-01", "to": "2022-05-03"}],
            },
            pardons,
        ),
    ]
    codes: set[str] = set()
    for item in cases:
        comp = compute_sentence(item, on=date(2025, 1, 1))
        assert comp is not None
        for step in comp.trace:
            codes.add(step.code)
            english, shown = render_step(step), reasons.render_step(step.code, step.values)
            assert not english.startswith(step.code + ":"), english
            assert not shown.startswith(step.code + ":"), shown
            assert "%" not in shown, shown
    assert {
        "life",
        "served_life",
        "cut_life_ignored",
        "reduce_life_ignored",
        "alternative_last_day",
        "credit_covers_term",
        "interruption",
        "cut_unserved",
        "release_kept",
        "release_not_later",
        "last_day_moved",
    } <= codes


def test_a_verdict_term_is_typed_as_people_write_it_and_the_regime_is_chosen_in_words(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    window = _open(qtbot, window_factory, tmp_path)
    editor = _editor(qtbot, window, "Month End")
    tab = editor.sentence
    model = tab.components.model
    row = model.add_record({"articles": "228.2", "category": "grave", "term": None})
    view = tab.components.table
    index = model.index(row, 3)
    view.setCurrentIndex(index)
    view.edit(index)
    line = view.indexWidget(index) or view.focusWidget()
    line.setText("3 il 6 ay")  # Azerbaijani, as a lawyer writes it; no ISO duration
    view.commitData(line)
    assert index.data() == "3 y 6 m"  # shown in the app's words
    regime = tab.regime.findText("Strict regime")
    assert regime > 0  # the usual regimes are offered in words, not as codes
    tab.regime.setCurrentIndex(regime)
    _save(qtbot, window, editor)
    stored = window.controller.get_case(editor.case_id).sentence
    assert stored is not None and stored.regime == "strict"
    assert [str(c.term) for c in stored.components] == ["P3Y6M"]
