"""Every item model of the desktop app passes Qt's model tester, filled with real rows."""

from __future__ import annotations

from datetime import date

from app.case_json import parse_case
from app.eligibility import evaluate_rule, load_builtin_rules
from app.session import list_row_for
from tests.conftest import example_case
from ui.desktop.models.case_rows import UpcomingDate, build_rows
from ui.desktop.models.case_table_model import CaseFilterProxy, CaseTableModel
from ui.desktop.models.eligibility_model import EligibilityModel, EligibilityProxy
from ui.desktop.models.record_list_model import Column, RecordListModel
from ui.desktop.models.upcoming_model import UpcomingModel

TODAY = date(2025, 6, 1)


def _cases() -> list:
    first = parse_case(example_case())
    second = parse_case(
        example_case(
            person={"full_name": "Xəlil Məmmədov", "groups": ["journalists"]},
            status="pretrial",
            sentence=None,
        )
    )
    return [first, second]


def test_case_table_model_and_proxy_pass_the_model_tester(qtmodeltester) -> None:
    model = CaseTableModel()
    model.set_rows(build_rows([list_row_for(c) for c in _cases()], TODAY))
    qtmodeltester.check(model)
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(group="journalists")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_case_table_sorts_on_its_keys_and_keeps_names_readable(qtmodeltester) -> None:
    from PySide6.QtCore import Qt

    model = CaseTableModel()
    model.set_rows(build_rows([list_row_for(c) for c in _cases()], TODAY))
    model.sort(4, Qt.SortOrder.AscendingOrder)  # last day: cases without one go last
    assert model.index(0, 0).data() == "Əli Həsənov"
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Xəlil Məmmədov"
    qtmodeltester.check(model)


def test_eligibility_model_passes_the_model_tester(qtmodeltester) -> None:
    rule = load_builtin_rules()[0]
    results = [evaluate_rule(rule, case, on=None, today=TODAY) for case in _cases()]
    model = EligibilityModel(lambda _cid: "")
    model.set_results(results)
    qtmodeltester.check(model)
    proxy = EligibilityProxy()
    proxy.setSourceModel(model)
    proxy.sort(1)
    qtmodeltester.check(proxy)


def test_upcoming_model_passes_the_model_tester(qtmodeltester) -> None:
    model = UpcomingModel(lambda _cid: "Əli Həsənov")
    model.set_items(
        [
            UpcomingDate("a", date(2025, 6, 10), "Appeal", "deadline"),
            UpcomingDate("b", date(2025, 5, 1), "Cassation", "deadline", overdue=True),
        ]
    )
    qtmodeltester.check(model)


def test_record_list_model_passes_the_model_tester_and_edits(qtmodeltester) -> None:
    model = RecordListModel(
        [Column("from", "From", "date"), Column("kind", "Kind", "choice", "custody")]
    )
    model.set_records([{"from": "2023-02-01", "kind": "pretrial_detention"}])
    model.add_record({"from": "2024-01-01", "kind": "house_arrest"})
    qtmodeltester.check(model)
    assert model.setData(model.index(1, 0), "2024-02-02")
    assert model.records()[1]["from"] == "2024-02-02"


def test_filtered_rows_stay_right_when_the_model_is_resorted(qtmodeltester) -> None:
    from PySide6.QtCore import Qt

    model = CaseTableModel()
    model.set_rows(build_rows([list_row_for(c) for c in _cases()], TODAY))
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(group="journalists")
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        proxy.sort(0, order)
        assert proxy.rowCount() == 1
        assert proxy.index(0, 0).data() == "Xəlil Məmmədov"
    qtmodeltester.check(proxy)
