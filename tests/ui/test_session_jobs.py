"""Session jobs report a result or a message on separate callbacks; the eligibility after
unlock comes from the cases' facts, in slices, and a saved case's result is remade."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from app.eligibility import evaluate_rule
from app.terms import Term
from tests.ui.gui_support import make_vault, unlock
from ui.desktop.bundle_bridge import PlanImportJob
from ui.desktop.session_jobs import ExportAttachmentJob


def test_a_refused_bundle_reaches_the_failure_callback_only(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    window = window_factory(make_vault(tmp_path / "v.cwvault"))
    unlock(qtbot, window)
    bogus = tmp_path / "not-a-bundle.cwb"
    bogus.write_bytes(b"this is not a bundle")
    results: list[object] = []
    messages: list[str] = []
    handle = window.controller.run_job(PlanImportJob(str(bogus)), results.append, messages.append)
    assert handle is not None
    qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
    assert results == []
    assert messages[0] and "Traceback" not in messages[0]
    assert not window.controller.session_busy


def test_a_failing_job_reports_a_message_for_the_user(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    window = window_factory(make_vault(tmp_path / "v.cwvault"))
    unlock(qtbot, window)
    case_id = window.controller.case_rows()[0].case_id
    messages: list[str] = []
    window.controller.run_job(
        ExportAttachmentJob(case_id, "no-such-attachment", tmp_path / "out.pdf"),
        lambda _path: None,
        messages.append,
    )
    qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
    assert not (tmp_path / "out.pdf").exists()
    assert not (tmp_path / "out.pdf.part").exists()


def test_a_job_started_from_the_last_ones_result_is_not_refused(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    window = window_factory(make_vault(tmp_path / "v.cwvault"))
    unlock(qtbot, window)
    controller = window.controller
    case_id = controller.case_rows()[0].case_id
    messages: list[str] = []
    second: list[object] = []

    def then_export(_first: object) -> None:  # e.g. save, then export what was saved
        controller.run_job(
            ExportAttachmentJob(case_id, "no-such-attachment", tmp_path / "out.pdf"),
            second.append,
            messages.append,
        )

    controller.run_job(
        ExportAttachmentJob(case_id, "no-such-attachment", tmp_path / "first.pdf"),
        then_export,
        then_export,
    )
    qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
    assert "Wait until the current task ends." not in messages
    qtbot.waitUntil(lambda: not controller.session_busy, timeout=20_000)


def test_a_document_added_in_the_app_is_folded_into_the_vault_file_on_the_worker(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    window = window_factory(make_vault(tmp_path / "v.cwvault"))
    unlock(qtbot, window)
    controller = window.controller
    case_id = controller.case_rows()[0].case_id
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF scan " * 300_000)
    with qtbot.waitSignal(controller.attachment_added, timeout=20_000):
        controller.add_attachment(case_id, scan)
    # A save on the GUI thread after this does not copy 3 MB from the log.
    assert not controller.require_session().vault.log_to_fold


def test_eligibility_after_unlock_matches_the_whole_cases_and_follows_a_save(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    window = window_factory(make_vault(tmp_path / "v.cwvault"))
    controller = window.controller
    with qtbot.waitSignal(controller.eligibility_evaluated, timeout=20_000):
        unlock(qtbot, window)
    rule = controller.selected_rule()
    assert rule is not None
    case_id = controller.case_rows()[0].case_id
    case = controller.get_case(case_id)
    today = controller.today()
    assert controller.eligibility_results()[case_id] == evaluate_rule(
        rule, case, on=None, today=today
    )
    assert case.sentence is not None
    longer = replace(case, sentence=replace(case.sentence, term=Term(years=30)))
    controller.save_case(longer)
    expected = evaluate_rule(rule, controller.get_case(case_id), on=None, today=today)
    assert controller.eligibility_results()[case_id] == expected
    row = controller.case_row(case_id)
    assert row is not None and row.eligibility == expected.status
