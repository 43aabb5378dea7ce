"""The unlock job reads the vault's own rules, the deadlines marked done and the group names
on its worker: the GUI thread decrypts nothing after it, the pages show them at once, and
locking forgets them."""

from __future__ import annotations

import gc
import threading
from datetime import date
from pathlib import Path
from typing import Any

from app.deadline_marks import done_deadlines, set_done
from app.deadlines import deadlines_for
from app.eligibility import add_rule_file
from app.group_store import rename_group
from app.session import Session
from storage.vault import Vault
from tests.conftest import FAST_KDF_MIB, PASSPHRASE, example_case
from tests.ui.gui_support import make_vault, unlock
from ui.desktop import labels
from ui.desktop.deadline_marks import marks_for
from ui.desktop.unlock_job import read_opened_vault

TODAY = date(2025, 4, 1)
RULE = (
    'id = "test-release"\ntitle = "Test release"\nkind = "amnesty"\n'
    'effective_date = 2025-01-01\n\n[[clauses]]\neffect = "release"\n'
    '[clauses.when]\narticles_any = ["234.1-1"]\n'
)


def vault_with_its_own_records(tmp_path: Path) -> tuple[Path, str]:
    """A vault with a user's rule, a group renamed, and an overdue appeal deadline marked
    done; returns the vault and that deadline's id."""
    person = dict(example_case()["person"])  # type: ignore[arg-type]
    person["groups"] = ["journalists"]
    data = example_case(
        person=person,
        events=[
            {"id": "v1", "date": "2025-03-01", "kind": "verdict"},  # appeal due 2025-03-21
            {"id": "r1", "date": "2025-04-10", "kind": "reminder", "text": "Visit, bring coat"},
        ],
    )
    vault = make_vault(tmp_path / "v.cwvault", [data])
    rule = tmp_path / "rule.toml"
    rule.write_text(RULE, encoding="utf-8")
    with Session.open(vault, PASSPHRASE) as session:
        add_rule_file(session, rule)
        rename_group(session, "journalists", "Media workers", "en")
        (case_id,) = (row["case_id"] for row in session.list_rows())
        case = session.get_case(case_id)
        appeal = next(
            d for d in deadlines_for(case, TODAY, include_past=True) if d.kind == "appeal"
        )
        set_done(session, case_id, appeal.id, TODAY)
    return vault, appeal.id


def test_the_unlock_jobs_result_carries_rules_done_deadlines_and_group_names(
    tmp_path: Path,
) -> None:
    vault, appeal_id = vault_with_its_own_records(tmp_path)
    opened = read_opened_vault(Session.open(vault, PASSPHRASE), TODAY)
    with opened.session:
        facts = opened.facts
        assert [rule.id for rule in facts.imported_rules] == ["test-release"]
        assert "az-cc-76-parole" in {rule.id for rule in facts.builtin_rules}
        assert facts.done_deadlines == frozenset({appeal_id})
        assert facts.group_names == {"journalists": {"en": "Media workers"}}
        assert "journalists" in facts.known_groups
        assert [row.name for row in opened.rows] == ["Əli Həsənov"]


def test_a_new_vault_opens_with_nothing_of_its_own(tmp_path: Path) -> None:
    session, code = Session.create(tmp_path / "v.cwvault", PASSPHRASE, kdf_memory_mib=FAST_KDF_MIB)
    opened = read_opened_vault(session, TODAY, recovery_code=code)
    with opened.session:
        assert opened.recovery_code == code and opened.rows == []
        assert opened.facts.imported_rules == () and opened.facts.done_deadlines == frozenset()
        assert opened.facts.group_names == {}


def test_unlock_decrypts_nothing_on_the_gui_thread_and_the_pages_show_it_all(
    qtbot: Any, window_factory: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    vault, appeal_id = vault_with_its_own_records(tmp_path)
    window = window_factory(vault, today=lambda: TODAY)
    controller = window.controller
    on_gui_thread: list[str] = []
    decrypt = Vault._decrypt_row

    def watched(self: Vault, row: Any) -> Any:
        if threading.current_thread() is threading.main_thread():
            on_gui_thread.append(str(row[2]))  # the record's kind
        return decrypt(self, row)

    monkeypatch.setattr(Vault, "_decrypt_row", watched)
    with qtbot.waitSignal(controller.eligibility_evaluated, timeout=20_000):
        unlock(qtbot, window)
    assert on_gui_thread == []

    assert "test-release" in [rule.id for rule in controller.rules()]
    assert window.eligibility_page.rule_combo.findData("test-release") >= 0
    assert labels.label("group", "journalists") == "Media workers"
    page = window.deadlines_page
    window.show_page(page)
    assert [page.model.index(r, 2).data() for r in range(page.model.rowCount())] == [
        "Reminder: Visit, bring coat"
    ]
    assert page.count.text() == "1 deadlines, 0 overdue"
    (row,) = controller.case_rows()
    assert not row.overdue  # the case list knows the appeal was filed
    assert marks_for(controller).done_ids() == {appeal_id}

    controller.lock()
    assert controller.unlock_facts is None
    assert "test-release" not in [rule.id for rule in controller.rules()]
    assert window.eligibility_page.rule_combo.findData("test-release") == -1
    assert labels.label("group", "journalists") == "Journalists"
    assert marks_for(controller).done_ids() == frozenset()


def test_marking_a_deadline_done_after_unlock_is_kept_with_those_read_at_unlock(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    vault, appeal_id = vault_with_its_own_records(tmp_path)
    window = window_factory(vault, today=lambda: TODAY)
    unlock(qtbot, window)
    marks = marks_for(window.controller)
    (row,) = window.controller.case_rows()
    marks.set_done(row.case_id, "ffffffffffff")
    assert marks.done_ids() == {appeal_id, "ffffffffffff"}
    marks.set_done(row.case_id, appeal_id, done=False)
    assert marks.done_ids() == {"ffffffffffff"}
    page = window.deadlines_page
    window.show_page(page)
    assert page.count.text() == "2 deadlines, 1 overdue"  # the appeal is overdue again
    window.controller.lock()
    with Session.open(vault, PASSPHRASE) as session:  # kept in the vault
        assert set(done_deadlines(session)) == {"ffffffffffff"}


def test_what_unlock_and_the_evaluation_kept_is_frozen_until_the_vault_is_locked(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    window = window_factory(make_vault(tmp_path / "v.cwvault"))
    gc.enable()
    with qtbot.waitSignal(window.controller.eligibility_evaluated, timeout=20_000):
        unlock(qtbot, window)
    assert gc.isenabled()  # back on once the evaluation ended
    assert gc.get_freeze_count() > 0  # the open vault's objects, out of the collector's way
    window.controller.lock()
    assert gc.get_freeze_count() == 0 and gc.isenabled()
