"""Groups in the desktop app: shown by name, renamed in the Groups dialog, and a new one
typed in the case editor — all kept in the vault."""

from __future__ import annotations

from pathlib import Path

from app.group_store import group_names
from app.session import Session
from tests.conftest import PASSPHRASE, example_case
from tests.ui.gui_support import make_vault, open_window, type_text, unlock
from ui.desktop import labels
from ui.desktop.dialogs.groups_dialog import NAME, GroupsDialog
from ui.desktop.models.case_rows import GROUPS
from ui.desktop.preferences import Preferences


def group_cell(window: object) -> str:
    model = window.cases_page.model  # type: ignore[attr-defined]
    return str(model.index(0, GROUPS).data())


def test_groups_are_shown_renamed_and_typed_by_name(
    qtbot, tmp_path: Path, preferences: Preferences
) -> None:
    person = dict(example_case()["person"])  # type: ignore[arg-type]
    person["groups"] = ["journalists", "students_2024"]
    vault = make_vault(tmp_path / "v.cwvault", [example_case(person=person)])
    window = open_window(qtbot, vault, preferences)
    try:
        unlock(qtbot, window)
        assert group_cell(window) == "Journalists, Students 2024"
        combo = window.cases_page.group_filter
        assert [combo.itemText(i) for i in range(combo.count())][-2:] == [
            "Nardaran case",
            "Students 2024",
        ]

        dialog = GroupsDialog(window.group_names, window)
        dialog.show()
        names = [dialog.table.item(r, NAME).text() for r in range(dialog.table.rowCount())]
        assert names[:2] == ["Religious believers", "Journalists"]
        assert names[-1] == "Students 2024"
        dialog.table.item(1, NAME).setText("Media workers")
        dialog.table.item(len(names) - 1, NAME).setText("  ")
        dialog.buttons.accepted.emit()  # an empty name is refused, nothing saved
        assert dialog.error.isVisible() and group_cell(window) == "Journalists, Students 2024"
        dialog.table.item(len(names) - 1, NAME).setText("Students")
        dialog.buttons.accepted.emit()
        assert group_cell(window) == "Media workers, Students"

        case_id = window.controller.case_rows()[0].case_id
        window.open_case(case_id)
        editor = window.editors[case_id]
        picker = editor.person.groups
        type_text(picker.new_group, "Tələbələr")
        picker.add_button.click()
        assert picker.model.item(picker.model.rowCount() - 1).text() == "Tələbələr"
        assert "telebeler" in picker.groups()
        assert editor.save()
        assert group_cell(window) == "Media workers, Students, Tələbələr"
        assert labels.label("group", "telebeler") == "Tələbələr"
    finally:
        window.controller.shutdown()
    with Session.open(vault, PASSPHRASE) as session:
        assert group_names(session) == {
            "journalists": {"en": "Media workers"},
            "students_2024": {"en": "Students"},
            "telebeler": {"en": "Tələbələr"},
        }
        (case,) = session.list_cases()
        assert case.person.groups == ("journalists", "students_2024", "telebeler")
