"""Each case's facts (list row and light case) are kept apart from the whole case: unlock,
lists, search, statistics and rules read only them; old vaults get them on first unlock."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.case_facts import facts_payload, light_case, light_case_of
from app.case_json import case_to_json
from app.demo import generate_cases
from app.eligibility import evaluate_rule, load_builtin_rules
from app.list_row import ListRow
from app.session import Session
from app.stores.facts import pack_of
from app.terms import Term

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "vaults" / "schema-1.cwvault"
TODAY = date(2026, 6, 1)


def _kinds(vault: Path) -> dict[str, int]:
    conn = sqlite3.connect(vault)
    try:
        rows = conn.execute("SELECT kind, count(*) FROM records GROUP BY kind").fetchall()
    finally:
        conn.close()
    return {str(kind): int(count) for kind, count in rows}


def _spoil_case_records(vault: Path) -> None:
    """Flip a byte in every whole-case record: only the facts stay readable."""
    conn = sqlite3.connect(vault)
    try:
        for record_id, blob in conn.execute(
            "SELECT id, blob FROM records WHERE kind = 'case'"
        ).fetchall():
            spoiled = bytearray(blob)
            spoiled[-1] ^= 1
            conn.execute("UPDATE records SET blob = ? WHERE id = ?", (bytes(spoiled), record_id))
        conn.commit()
    finally:
        conn.close()


def store_facts_as_version_1(vault: Path, passphrase: str) -> None:
    """Write every facts pack as the previous Casework did: one entry per case, the light
    case with every field, deadline entries without the event they follow."""
    with Session.open(vault, passphrase) as session:
        by_pack: dict[int, dict[str, Any]] = {}
        for row in session.list_rows():
            case = session.get_case(row.case_id)
            light = case_to_json(light_case_of(case))
            for empty in ("notes", "facility"):
                light.pop(empty, None)
            stored = row.to_json()
            stored[13] = [entry[:6] for entry in stored[13]]
            by_pack.setdefault(pack_of(row.case_id), {})[row.case_id] = [
                stored,
                json.dumps(light, ensure_ascii=False, separators=(",", ":")),
                session.cases.revision(row.case_id),
                session.vault.revision(row.case_id),
            ]
        with session.transaction():
            for pack, cases in by_pack.items():
                payload = {"v": 1, "pack": pack, "cases": cases}
                session.vault.put(session.vault.named_id(f"facts:{pack}"), "facts", payload)


def _new_vault(tmp_path: Path, count: int) -> tuple[Path, list[str]]:
    path = tmp_path / "v.cwvault"
    session, _code = Session.create(path, "pw", kdf_memory_mib=8)
    with session:
        stored = session.add_cases(generate_cases(count, seed=7, today=TODAY))
    return path, [c.id for c in stored]


def test_list_search_statistics_and_rules_work_from_the_facts_alone(tmp_path: Path) -> None:
    path, ids = _new_vault(tmp_path, 30)
    with Session.open(path, "pw") as session:
        names = {row.case_id: row.full_name for row in session.list_rows()}
        rule = load_builtin_rules()[0]
        before = session.evaluate_rule(rule, today=TODAY)
    _spoil_case_records(path)
    with Session.open(path, "pw") as session:
        assert {row.case_id: row.full_name for row in session.list_rows()} == names
        first = names[ids[0]]
        assert ids[0] in session.search_ids(first)
        assert [r.case_id for r in session.search_rows(first)][:1] == session.search_ids(first)[:1]
        assert session.evaluate_rule(rule, today=TODAY) == before
        assert len(session.light_cases()) == 30


def test_rules_give_the_same_result_on_the_light_case_as_on_the_whole_case() -> None:
    cases = generate_cases(200, seed=11, today=TODAY)
    for rule in load_builtin_rules():
        for case in cases:
            row, payload = facts_payload(case)
            light = light_case(case.id, payload["case"], row)
            assert light == light_case_of(case)
            whole = evaluate_rule(rule, case, on=None, today=TODAY)
            assert evaluate_rule(rule, light, on=None, today=TODAY) == whole, (rule.id, case.id)


def test_light_case_reader_hands_unknown_fields_to_the_full_parser() -> None:
    case = generate_cases(1, seed=3, today=TODAY)[0]
    row, payload = facts_payload(case)
    # A field this reader does not know (written by a later version) is not lost silently:
    # the full parser reads the case (and here refuses what it does not know either).
    text = payload["case"].replace("{", '{"facility":"Zabrat",', 1)
    light = light_case(case.id, text, row)
    assert light.facility == "Zabrat"
    assert light.person == case.person


def test_list_row_round_trips_through_its_stored_form() -> None:
    for case in generate_cases(50, seed=5, today=TODAY):
        row, payload = facts_payload(case)
        assert ListRow.from_json(payload["row"]) == row
        assert row["full_name"] == case.person.full_name
        assert row.get("nonexistent", "x") == "x"


def test_a_saved_case_is_evaluated_again_and_the_others_are_not(tmp_path: Path) -> None:
    path, ids = _new_vault(tmp_path, 10)
    rule = next(r for r in load_builtin_rules() if r.kind == "parole")
    with Session.open(path, "pw") as session:
        sentenced = next(i for i in ids if session.light_cases([i])[0].sentence is not None)
        first = session.evaluate_rule(rule, today=TODAY)
        case = session.get_case(sentenced)
        assert case.sentence is not None
        longer = replace(case.sentence, term=Term(years=25))
        session.update_case(replace(case, sentence=longer))
        second = session.evaluate_rule(rule, today=TODAY)
        assert second[sentenced] == evaluate_rule(
            rule, session.get_case(sentenced), on=None, today=TODAY
        )
        assert session.list_row(sentenced).term == "P25Y"
        unchanged = [i for i in ids if i != sentenced]
        assert all(second[i] is first[i] for i in unchanged)  # kept, not recomputed
        session.delete_case(unchanged[0])
        assert unchanged[0] not in session.evaluate_rule(rule, today=TODAY)


def test_old_vault_gets_its_facts_on_first_unlock_and_keeps_them(tmp_path: Path) -> None:
    import json

    record = json.loads(FIXTURE.with_suffix(".json").read_text(encoding="utf-8"))
    vault = tmp_path / FIXTURE.name
    shutil.copyfile(FIXTURE, vault)
    assert "facts" not in _kinds(vault)
    with Session.open(vault, record["passphrase"]) as session:
        rows = {row.case_id: row for row in session.list_rows()}
        assert set(rows) == set(record["cases"])
        for case_id, expected in record["cases"].items():
            assert rows[case_id].last_day == expected["last_day"]
        assert session.check() == []
    kinds = _kinds(vault)
    assert kinds["case"] == len(record["cases"])
    assert kinds["facts"] == len({pack_of(case_id) for case_id in record["cases"]})
    with Session.open(vault, record["passphrase"]) as session:
        assert {row.case_id: row for row in session.list_rows()} == rows
        assert session.search("Али Гасанов")
    assert _kinds(vault) == kinds  # nothing rewritten on later unlocks


def test_damaged_facts_are_rebuilt_from_the_case(tmp_path: Path) -> None:
    path, _ids = _new_vault(tmp_path, 5)
    with Session.open(path, "pw") as session:
        rows = session.list_rows()
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE records SET blob = zeroblob(300) WHERE kind = 'facts'")
        conn.commit()
    finally:
        conn.close()
    with Session.open(path, "pw") as session:
        assert sorted(session.list_rows(), key=lambda r: r.case_id) == sorted(
            rows, key=lambda r: r.case_id
        )
        assert session.damaged == []


def test_a_case_saved_by_an_older_casework_gets_fresh_facts(tmp_path: Path) -> None:
    path, ids = _new_vault(tmp_path, 3)
    with Session.open(path, "pw") as session:
        record = session.vault.get(ids[0])
        assert record is not None
        payload = dict(record.payload)
        payload["case"] = {**payload["case"], "status": "released"}
        payload["case"]["person"] = {**payload["case"]["person"], "full_name": "Renamed Elsewhere"}
        # An older version writes the case record alone (its list row inside it, no facts).
        session.vault.put(ids[0], "case", payload, case_id=ids[0])
    with Session.open(path, "pw") as session:
        row = session.list_row(ids[0])
        assert (row.full_name, row.status) == ("Renamed Elsewhere", "released")
        assert session.search_ids("Renamed Elsewhere") == [ids[0]]
        assert session.light_cases([ids[0]])[0].status == "released"


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(min_value=0, max_value=10**6), day=st.integers(0, 3000))
def test_light_case_reads_back_what_was_saved(seed: int, day: int) -> None:
    today = date.fromordinal(date(2018, 1, 1).toordinal() + day)
    for case in generate_cases(4, seed=seed, today=today):
        row, payload = facts_payload(case)
        assert light_case(case.id, payload["case"], row) == light_case_of(case)
        assert ListRow.from_json(payload["row"]) == row


def test_facts_packs_of_the_previous_version_are_read_as_they_are(tmp_path: Path) -> None:
    path, ids = _new_vault(tmp_path, 40)
    with Session.open(path, "pw") as session:
        rows = {row.case_id: row for row in session.list_rows()}
        lights = {case.id: case for case in session.light_cases()}
    store_facts_as_version_1(path, "pw")
    stored = _facts_revisions(path)
    with Session.open(path, "pw") as session:
        for row in session.list_rows():  # the deadline entries do not name their events
            old = rows[row.case_id]
            assert row.deadlines == tuple(entry[:6] for entry in old.deadlines)
            assert replace(row, deadlines=old.deadlines) == old
        assert {case.id: case for case in session.light_cases()} == lights
        assert session.search_ids(rows[ids[0]].full_name)[:1] == [ids[0]]
    assert _facts_revisions(path) == stored  # nothing made again
    with Session.open(path, "pw") as session:
        case = session.get_case(ids[0])
        session.update_case(replace(case, status="released"))
    with Session.open(path, "pw") as session:
        assert session.list_row(ids[0]).status == "released"
        assert all(len(entry) == 7 for entry in session.list_row(ids[0]).deadlines)
        assert {c.id: c for c in session.light_cases() if c.id != ids[0]} == {
            i: c for i, c in lights.items() if i != ids[0]
        }
    changed = _facts_revisions(path)
    assert sum(changed[k] != v for k, v in stored.items()) == 1  # only the saved case's pack


def _facts_revisions(vault: Path) -> dict[str, int]:
    conn = sqlite3.connect(vault)
    try:
        rows = conn.execute("SELECT id, revision FROM records WHERE kind = 'facts'").fetchall()
    finally:
        conn.close()
    return {str(record_id): int(revision) for record_id, revision in rows}
