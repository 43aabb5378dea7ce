"""The Statistics page, the list import dialog and summary printing in the real window."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.conftest import example_case
from tests.data.lists.union_list import csv_bytes, union_rows, with_bad_rows, write_list
from tests.ui.gui_support import make_vault, unlock

PRIVILEGED = "Defence strategy: challenge the search."


def cases() -> list[dict[str, Any]]:
    journalist = example_case(
        person={"full_name": "Лейла Алиева", "groups": ["journalists"], "birth_date": "1990-05-05"}
    )
    pretrial = example_case(
        person={"full_name": "Xəlil Məmmədov", "groups": ["religious_believers", "journalists"]},
        status="pretrial",
        sentence=None,
    )
    return [example_case(), journalist, pretrial]


@pytest.fixture
def window(window_factory: Any, qtbot: Any, tmp_path: Path) -> Any:
    made = window_factory(make_vault(tmp_path / "v.cwvault", cases()))
    unlock(qtbot, made)
    return made


@pytest.fixture
def notices(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The outside-the-vault notices shown (as message boxes), captured."""
    import ui.desktop.dialogs.print_dialogs as dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "_notice_shown", False)
    monkeypatch.setattr(
        dialogs.QMessageBox, "information", lambda _parent, _title, text: shown.append(text)
    )
    return shown


def test_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    from app.eligibility import parse_rule_text
    from app.list_import import read_list_bytes
    from app.model import Case, Person
    from app.stats import compute_stats
    from ui.desktop.dialogs.import_list_dialog import MappingModel, PreviewModel
    from ui.desktop.pages.statistics_page import StatsTableModel

    rule = parse_rule_text(
        'id = "r"\ntitle = "R"\nkind = "pardon"\n[[clauses]]\neffect = "eligible"\n'
        '[clauses.when]\ngroups_any = ["journalists"]\n'
    )
    people = [Case(id=f"c{i}", person=Person(f"P {i}", groups=("journalists",))) for i in range(3)]
    stats_model = StatsTableModel()
    stats_model.set_statistics(compute_stats(people, rule=rule, today=date(2026, 1, 1)))
    qtmodeltester.check(stats_model)
    table = read_list_bytes(csv_bytes(union_rows(30)), "l.csv")
    mapping = MappingModel()
    mapping.set_table(table)
    qtmodeltester.check(mapping)
    preview = PreviewModel()
    preview.set_table(table)
    qtmodeltester.check(preview)
    assert preview.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) == "line 2"


def test_statistics_page_counts_groups_and_shows_a_rule_by_month(window: Any, qtbot: Any) -> None:
    page = window.statistics_page
    window.show_page(page)
    page.refresh()
    assert page.total_label.text() == "Cases: 3"
    stats = page.statistics
    assert stats.by_group["journalists"].count == 2
    assert stats.by_group["journalists"].percent == 66.7
    assert stats.by_status["pretrial"].count == 1
    assert not page.reach_view.isVisibleTo(page)
    index = page.rule_combo.findData("az-amnesty-2025-12")
    assert index > 0
    with qtbot.waitSignal(window.controller.eligibility_evaluated, timeout=10_000):
        page.rule_combo.setCurrentIndex(index)
    qtbot.waitUntil(lambda: page.statistics is not None and page.statistics.rule is not None)
    rule = page.statistics.rule
    assert rule.id == "az-amnesty-2025-12"
    assert sum(rule.counts.values()) == 3
    assert next(iter(rule.by_month)) == "2025-12"
    assert page.reach_view.isVisibleTo(page)
    assert page.month_view.chart().series()
    texts = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert "Journalists" in texts


def test_statistics_export_as_pdf_and_csv_with_one_notice(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, notices: list[str]
) -> None:
    import ui.desktop.dialogs.print_dialogs as dialogs
    import ui.desktop.pages.statistics_page as statistics

    page = window.statistics_page
    window.show_page(page)
    page.refresh()
    pdf, csv_path = tmp_path / "stats.pdf", tmp_path / "stats.csv"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(pdf))
    monkeypatch.setattr(statistics, "save_file", lambda *a: str(csv_path))
    assert page.on_pdf_button_clicked() == str(pdf)
    assert page.on_csv_button_clicked() == str(csv_path)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "group,journalists,2,66.7" in csv_path.read_text(encoding="utf-8-sig")
    assert len(notices) == 1  # said once, plainly
    assert "outside the vault" in notices[0]
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Statistics of 3 cases" in text
        assert "Religious believers" in text


def test_family_summaries_of_every_shown_case_go_into_one_pdf(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, notices: list[str]
) -> None:
    import ui.desktop.dialogs.print_dialogs as dialogs
    from ui.desktop.dialogs.print_dialogs import SummaryPrintDialog

    ids = [row.case_id for row in window.controller.case_rows()]
    dialog = SummaryPrintDialog(window.controller, ids[:1], window, shown_ids=ids)
    dialog.profile.setCurrentIndex(dialog.profile.findData("family"))
    dialog.all_shown.setChecked(True)
    target = tmp_path / "family.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(target))
    assert dialog.on_pdf_button_clicked() == str(target)
    assert len(notices) == 1
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True
        ).stdout
        assert PRIVILEGED not in text
        for name in ("Əli Həsənov", "Лейла Алиева", "Xəlil Məmmədov"):
            assert name in text
        assert text.count("Profile: family") >= 3


def test_print_preview_paints_from_memory(window: Any, qtbot: Any) -> None:
    from ui.desktop.dialogs.print_dialogs import SummaryPrintDialog

    ids = [row.case_id for row in window.controller.case_rows()]
    dialog = SummaryPrintDialog(window.controller, ids[:1], window, shown_ids=ids)
    dialog.all_shown.setChecked(True)
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    preview = dialog.preview_dialog()
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: dialog.previewed_pages >= 3, timeout=10_000)
    preview.close()


def test_import_dialog_checks_then_imports_a_list(window: Any, qtbot: Any, tmp_path: Path) -> None:
    from ui.desktop.dialogs.import_list_dialog import ImportListDialog

    path = write_list(tmp_path / "list.csv", csv_bytes(with_bad_rows(union_rows(60)), "utf-16"))
    dialog = ImportListDialog(window.controller, window)
    qtbot.addWidget(dialog)
    handle = dialog.load(str(path))
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10_000)
    assert handle is not None
    assert dialog.preview_model.rowCount() == 20
    assert dialog.mapping_model.mapping()["full_name"] == "full_name"
    dialog.on_check_button_clicked()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    lines = dialog.problems_model.stringList()
    assert "line 12: birth_date: '1985-02-30' is not a real date" in lines[0]
    assert "line 59: status:" in lines[1]
    # The vault's Xəlil Məmmədov has no birth date: line 24's namesake is taken for him.
    assert "line 24: Xəlil Məmmədov: not added, already in the vault" in lines[2]
    assert not dialog.import_button.isEnabled()  # bad rows: all or nothing
    dialog.skip_bad.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(window.controller.cases_loaded, timeout=20_000):
        dialog.on_import_button_clicked()
    assert dialog.imported == 57
    assert window.controller.case_count() == 3 + 57


def test_import_dialog_maps_usual_titles_and_applies_a_newer_edition(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    from ui.desktop.dialogs.import_list_dialog import ImportListDialog

    text = ("ФИО;Статус;Группа;Примечание\n"
            "Халил Мамедов;В заключении;Журналисты;Перевели в колонию\n"
            "Новый Человек;под следствием;Учителя;\n")  # fmt: skip
    path = write_list(tmp_path / "edition.csv", text.encode("utf-8"))
    dialog = ImportListDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.load(str(path))
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10_000)
    shown = [
        dialog.mapping_model.data(dialog.mapping_model.index(row, 1), Qt.ItemDataRole.DisplayRole)
        for row in range(4)
    ]
    assert shown == ["Full name", "Status", "Groups", "Note (privileged)"]
    dialog.update_known.setChecked(True)
    dialog.on_check_button_clicked()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    lines = dialog.problems_model.stringList()
    assert "New group: Uchitelya" in lines
    assert any("Xəlil Məmmədov will change: status: Pretrial → Imprisoned" in li for li in lines)
    assert any("Not in the new list (left as it is): Лейла Алиева" in li for li in lines)
    assert window.controller.case_count() == 3  # checked, nothing written
    with qtbot.waitSignal(window.controller.cases_loaded, timeout=20_000):
        dialog.on_import_button_clicked()
    assert window.controller.case_count() == 4
    rows = {row.name: row for row in window.controller.case_rows()}
    assert rows["Xəlil Məmmədov"].status == "imprisoned"


def test_import_dialog_reports_a_verdict_whose_term_is_not_yet_known(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    from ui.desktop.dialogs.import_list_dialog import ImportListDialog

    text = "ФИО;Статья;Дата приговора;Срок\nГасанов Тофик;234.1-1;01.10.2025;\n"
    path = write_list(tmp_path / "verdicts.csv", text.encode("utf-8"))
    dialog = ImportListDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.load(str(path))
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10_000)
    dialog.on_check_button_clicked()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert dialog.problems_model.stringList() == [
        "line 2: Гасанов Тофик: the term and start date are not yet known (imported; its "
        "dates need review)"
    ]
    assert dialog.import_button.isEnabled()  # not a bad row


def test_export_dialog_writes_the_list_in_the_chosen_language(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    import csv
    import io

    from ui.desktop.dialogs.import_list_dialog import ExportListDialog

    dialog = ExportListDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert dialog.export_to(str(tmp_path / "list.csv")) == 3
    rows = list(csv.reader(io.StringIO((tmp_path / "list.csv").read_text("utf-8-sig"))))
    assert rows[0][0] == "ФИО" and rows[0][-1] == "Неотбытых дней"
    text = (tmp_path / "list.csv").read_text("utf-8-sig")
    assert "В заключении" in text and "3 года" in text
    assert "imprisoned" not in text and "P3Y" not in text


def test_printing_in_a_family_members_vault_starts_with_the_family_copy(
    window: Any, qtbot: Any
) -> None:
    from app.reports.profiles import OWNER_ROLE_SETTING
    from ui.desktop.dialogs.print_dialogs import SummaryPrintDialog

    controller = window.controller
    ids = [row.case_id for row in controller.case_rows()][:1]
    lawyer = SummaryPrintDialog(controller, ids, window)
    qtbot.addWidget(lawyer)
    assert lawyer.chosen_profile() == "colleague"
    assert lawyer.chosen_language() == "en"  # the app's language
    controller._session.set_setting(OWNER_ROLE_SETTING, "family")
    family = SummaryPrintDialog(controller, ids, window)
    qtbot.addWidget(family)
    assert family.chosen_profile() == "family"
    (summary,) = family.summaries()
    assert summary.banner == "Family copy"
