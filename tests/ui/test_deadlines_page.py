"""The deadlines page: overdue deadlines and alerts in red, reminders with their text, and
"Mark done" takes a deadline off the overdue list (and off the dashboard), kept in the vault."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.deadline_marks import done_deadlines
from app.session import Session
from tests.conftest import PASSPHRASE, example_case
from tests.ui.gui_support import make_vault, open_window, unlock
from ui.desktop import labels
from ui.desktop.models import roles
from ui.desktop.models.case_rows import DEADLINE
from ui.desktop.preferences import Preferences

TODAY = date(2025, 4, 1)


def case_with_deadlines() -> dict[str, object]:
    return example_case(
        events=[
            {"id": "v1", "date": "2025-03-01", "kind": "verdict"},  # appeal due 2025-03-21
            {"id": "r1", "date": "2025-04-10", "kind": "reminder", "text": "Visit, bring coat"},
        ]
    )


def test_marking_an_overdue_deadline_done_removes_it_from_the_overdue_list(
    qtbot, tmp_path: Path, preferences: Preferences
) -> None:
    vault = make_vault(tmp_path / "v.cwvault", [case_with_deadlines()])
    window = open_window(qtbot, vault, preferences, today=lambda: TODAY)
    try:
        unlock(qtbot, window)
        page = window.deadlines_page
        window.show_page(page)
        model = page.model
        shown = [
            (model.index(r, 0).data(roles.DATE), model.index(r, 2).data())
            for r in range(model.rowCount())
        ]
        assert shown == [
            (
                date(2025, 3, 21),
                f"Appeal deadline — Verdict of {labels.format_date(date(2025, 3, 1))}",
            ),
            (date(2025, 4, 10), "Reminder: Visit, bring coat"),
        ]
        assert model.index(0, 0).data(roles.FOREGROUND) is not None  # overdue: red
        assert page.count.text() == "2 deadlines, 1 overdue"
        home = window.home_page.deadlines
        assert home.rowCount() == 2
        (row,) = window.controller.case_rows()
        assert row.overdue and row.display[DEADLINE].startswith(
            labels.format_date(date(2025, 3, 21))
        )

        assert not page.done_button.isEnabled()
        page.table.selectRow(0)
        assert page.done_button.isEnabled() and page.done_button.text() == "Mark done"
        page.done_button.click()

        assert [model.index(r, 2).data() for r in range(model.rowCount())] == [
            "Reminder: Visit, bring coat"
        ]
        assert page.count.text() == "1 deadlines, 0 overdue"
        (row,) = window.controller.case_rows()  # the case list: no longer overdue
        assert not row.overdue
        assert row.display[DEADLINE].startswith(labels.format_date(date(2025, 4, 10)))
        window.home_page.refresh()
        assert [home.index(r, 2).data() for r in range(home.rowCount())] == [
            "Reminder: Visit, bring coat"
        ]

        page.show_done.setChecked(True)  # the history keeps it, marked done, not red
        assert model.index(0, 2).data() == (
            f"Appeal deadline — Verdict of {labels.format_date(date(2025, 3, 1))} (done)"
        )
        assert page.count.text() == "2 deadlines, 0 overdue"
    finally:
        window.controller.shutdown()
    with Session.open(vault, PASSPHRASE) as session:  # kept in the vault
        assert len(done_deadlines(session)) == 1


def test_a_served_term_and_a_lapsed_detention_order_are_alerts_on_home_and_deadlines(
    qtbot, tmp_path: Path, preferences: Preferences
) -> None:
    served = example_case()  # P3Y from 2023-04-15 less 73 days of credit: last day 2026-01-31
    person = dict(example_case()["person"])  # type: ignore[arg-type]
    person["full_name"] = "Гюльнара Мамедова"
    detained = {
        "person": person,
        "status": "pretrial",
        "custody": [
            {"from": "2026-01-05", "kind": "pretrial_detention", "ordered_until": "2026-03-01"}
        ],
    }
    vault = make_vault(tmp_path / "v.cwvault", [served, detained])
    window = open_window(qtbot, vault, preferences, today=lambda: date(2026, 3, 10))
    try:
        unlock(qtbot, window)
        for page, model in (
            (window.home_page, window.home_page.deadlines),
            (window.deadlines_page, window.deadlines_page.model),
        ):
            window.show_page(page)
            shown = {
                model.index(r, 2).data(): (
                    model.index(r, 0).data(roles.DATE),
                    model.index(r, 1).data(),
                )
                for r in range(model.rowCount())
            }
            assert shown == {
                "Term served — should be free": (date(2026, 1, 31), "Əli Həsənov"),
                "Pretrial detention order ends": (date(2026, 3, 1), "Гюльнара Мамедова"),
            }
            assert all(model.index(r, 0).data(roles.FOREGROUND) for r in range(2))  # red
    finally:
        window.controller.shutdown()
