"""Every item model of the desktop app passes Qt's model tester, filled with real rows."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex, Qt

from app.case_json import parse_case
from app.eligibility import evaluate_rule, load_builtin_rules
from app.session import list_row_for
from tests.conftest import example_case
from ui.desktop import labels
from ui.desktop.models import roles
from ui.desktop.models.case_rows import (
    DEADLINE,
    ELIGIBILITY,
    LAST_DAY,
    MILESTONE,
    NAME,
    UNSERVED,
    UpcomingDate,
    build_row,
    build_rows,
)
from ui.desktop.models.case_table_model import CaseFilterProxy, CaseTableModel
from ui.desktop.models.eligibility_model import STATUS, EligibilityModel, EligibilityProxy
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


def _list_row(case_id: str, name: str, **values: Any) -> dict[str, Any]:
    """A vault list row (as ``Session.list_rows`` gives) with only what a test needs."""
    return {"case_id": case_id, "full_name": name, "groups": [], "status": "imprisoned", **values}


def _people() -> list[dict[str, Any]]:
    return [
        _list_row("a", "Əli Həsənov", groups=["journalists"], articles=["234.1-1"]),
        _list_row("b", "Bəhruz Əliyev", groups=["bloggers_and_online_activists"]),
        _list_row("c", "Cavid Həsənli", groups=["journalists"], status="pretrial"),
        _list_row("d", "Dilarə Qasımova", articles=["234.1-1", "206.3.2"]),
        _list_row("e", "Elçin Həsənov", groups=["journalists"], last_day="2026-01-31"),
    ]


def _filtered(qtmodeltester: Any) -> tuple[CaseTableModel, CaseFilterProxy]:
    model = CaseTableModel()
    model.set_rows(build_rows(_people(), TODAY))
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)  # from here on it also checks every signal the proxy sends
    return model, proxy


def _names(proxy: CaseFilterProxy) -> list[str]:
    return [proxy.index(r, NAME).data() for r in range(proxy.rowCount())]


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
    model = CaseTableModel()
    model.set_rows(build_rows([list_row_for(c) for c in _cases()], TODAY))
    model.sort(4, Qt.SortOrder.AscendingOrder)  # last day: cases without one go last
    assert model.index(0, 0).data() == "Əli Həsənov"
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Xəlil Məmmədov"
    qtmodeltester.check(model)


def test_a_row_shows_its_list_row_as_of_today() -> None:
    row = build_row(
        _list_row(
            "a",
            "Əli Həsənov",
            aliases=["Али Гасанов"],
            last_day="2026-01-31",
            half="2024-08-03",
            two_thirds="2025-07-01",
            three_quarters="2025-09-01",
            deadlines=[
                ["2025-06-20", "cassation"],
                ["2025-05-20", "appeal"],
                ["2024-01-01", "echr"],
            ],
        ),
        TODAY,
    )
    assert row.display[NAME] == "Əli Həsənov"
    assert row.display[LAST_DAY] == labels.format_date(date(2026, 1, 31))
    assert row.display[UNSERVED] == "7 m 30 d"
    assert row.display[MILESTONE] == (
        f"{labels.label('milestone', 'two_thirds')} · {labels.format_date(date(2025, 7, 1))}"
    )
    # The overdue appeal comes first; the ECHR date passed too long ago to be shown.
    assert row.display[DEADLINE] == (
        f"{labels.format_date(date(2025, 5, 20))} · {labels.label('deadline', 'appeal')}"
    )
    assert row.overdue
    assert [(d.day, d.overdue) for d in row.deadlines] == [
        (date(2025, 5, 20), True),
        (date(2025, 6, 20), False),
    ]
    assert [code for code, _day in row.milestones] == ["two_thirds", "three_quarters"]
    assert row.display[ELIGIBILITY] == ""
    assert len(row.display) == 9 and row.display[-1] == row.display[DEADLINE]


def test_a_rows_eligibility_changes_only_its_own_cell() -> None:
    row = build_row(_list_row("a", "Əli Həsənov", last_day="2026-01-31"), TODAY)
    before = tuple(row.display)
    later = row.with_eligibility(("eligible_from", date(2025, 8, 1)))
    assert later.eligibility == "eligible_from"
    assert later.display[ELIGIBILITY].endswith(labels.format_date(date(2025, 8, 1)))
    assert tuple(later.display)[:ELIGIBILITY] == before[:ELIGIBILITY]
    assert later.key(ELIGIBILITY) < row.key(ELIGIBILITY)  # evaluated before not evaluated
    assert row.eligibility == "" and row.display[ELIGIBILITY] == ""


def test_search_matches_are_shown_in_the_table_order(qtmodeltester) -> None:
    model, proxy = _filtered(qtmodeltester)
    proxy.set_filters(matches=["e", "a", "c", "unknown id"])  # the index's order: best first
    assert _names(proxy) == ["Cavid Həsənli", "Elçin Həsənov", "Əli Həsənov"]
    proxy.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert _names(proxy) == ["Əli Həsənov", "Elçin Həsənov", "Cavid Həsənli"]
    proxy.set_filters(matches=["e", "a", "c"], group="journalists", status="imprisoned")
    assert _names(proxy) == ["Əli Həsənov", "Elçin Həsənov"]
    proxy.set_filters(article="234.1-1")
    assert _names(proxy) == ["Əli Həsənov", "Dilarə Qasımova"]
    proxy.set_filters()
    assert proxy.rowCount() == model.rowCount() == 5
    source = proxy.mapToSource(proxy.index(1, 0))
    assert proxy.mapFromSource(source) == proxy.index(1, 0)
    assert proxy.case_id(1) == source.data(roles.CASE_ID)


def test_the_selected_case_stays_selected_while_the_search_keeps_it(qtmodeltester) -> None:
    _model, proxy = _filtered(qtmodeltester)
    selection = QItemSelectionModel(proxy)
    selection.setCurrentIndex(
        proxy.index(4, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert proxy.case_id(selection.currentIndex().row()) == "a"  # Əli, last of five
    proxy.set_filters(matches=["e", "a"])
    assert selection.currentIndex().row() == 1
    assert proxy.case_id(selection.currentIndex().row()) == "a"
    assert [i.row() for i in selection.selectedRows()] == [1]
    proxy.set_filters(matches=["e"])
    assert not selection.currentIndex().isValid()


def test_a_search_that_keeps_the_same_cases_changes_nothing_on_screen(qtmodeltester) -> None:
    _model, proxy = _filtered(qtmodeltester)
    proxy.set_filters(matches=["a", "e"])
    changes: list[object] = []
    proxy.layoutChanged.connect(lambda *args: changes.append(args))
    proxy.set_filters(matches=["e", "a"])  # one more letter typed, the same two cases
    assert changes == []
    proxy.set_filters()
    assert len(changes) == 1


def test_column_titles_stay_while_no_case_matches(qtmodeltester) -> None:
    _model, proxy = _filtered(qtmodeltester)
    proxy.set_filters(matches=[])
    assert proxy.rowCount() == 0
    titles = [
        proxy.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(proxy.columnCount())
    ]
    assert titles[NAME] == "Name" and all(titles)


def test_saved_added_and_deleted_cases_reach_the_filtered_list(qtmodeltester) -> None:
    model, proxy = _filtered(qtmodeltester)
    proxy.set_filters(group="journalists")
    kept = QPersistentModelIndex(proxy.index(2, 0))
    assert kept.data() == "Əli Həsənov"
    model.upsert_row(build_row(_list_row("f", "Aynur Əhmədova", groups=["journalists"]), TODAY))
    assert _names(proxy) == [
        "Aynur Əhmədova",
        "Cavid Həsənli",
        "Elçin Həsənov",
        "Əli Həsənov",
    ]
    assert kept.row() == 3 and kept.data() == "Əli Həsənov"
    model.upsert_row(build_row(_list_row("c", "Cavid Həsənli", groups=["bloggers"]), TODAY))
    assert "Cavid Həsənli" not in _names(proxy)
    model.remove_case("f")
    assert _names(proxy) == ["Elçin Həsənov", "Əli Həsənov"]
    assert kept.row() == 1
    model.set_eligibility({"a": ("eligible", None)})
    proxy.set_filters(eligibility="eligible")
    assert _names(proxy) == ["Əli Həsənov"]
    assert proxy.index(0, ELIGIBILITY).data(roles.STATUS_CODE) == "eligible"
    model.clear()
    assert proxy.rowCount() == 0


def test_every_column_sorts_and_the_filter_follows(qtmodeltester) -> None:
    model, proxy = _filtered(qtmodeltester)
    proxy.set_filters(matches=["a", "c", "e"])
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            proxy.sort(column, order)
            assert sorted(_names(proxy)) == ["Cavid Həsənli", "Elçin Həsənov", "Əli Həsənov"]
            keys = [proxy.index(r, column).data(roles.SORT) for r in range(proxy.rowCount())]
            assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)


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


def test_eligibility_results_sort_in_the_model_and_filter_in_the_proxy(qtmodeltester) -> None:
    rule = load_builtin_rules()[0]
    results = [evaluate_rule(rule, case, on=None, today=TODAY) for case in _cases()]
    names = {results[0].case_id: "Əli Həsənov", results[1].case_id: "Xəlil Məmmədov"}
    model = EligibilityModel(names.__getitem__)
    proxy = EligibilityProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    model.set_results(results)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        proxy.sort(0, order)
        shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
        assert shown == sorted(names.values(), reverse=order == Qt.SortOrder.DescendingOrder)
    proxy.sort(STATUS)
    keys = [proxy.index(r, STATUS).data(roles.SORT) for r in range(proxy.rowCount())]
    assert keys == sorted(keys)
    status = results[0].status
    proxy.set_status(status)
    assert {proxy.index(r, STATUS).data(roles.STATUS_CODE) for r in range(proxy.rowCount())} == {
        status
    }
    model.set_results(results)  # new results keep the chosen order
    assert [proxy.index(r, STATUS).data(roles.SORT) for r in range(proxy.rowCount())] == sorted(
        proxy.index(r, STATUS).data(roles.SORT) for r in range(proxy.rowCount())
    )


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
