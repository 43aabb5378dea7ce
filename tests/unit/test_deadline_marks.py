"""Done marks are kept encrypted per case; a damaged record never stops the vault opening,
and neither does a damaged group-names record."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from app.case_json import parse_case
from app.deadline_marks import RECORD_KIND, done_deadlines, set_done
from app.group_store import group_names, rename_group
from app.session import Session
from tests.conftest import FAST_KDF_MIB, PASSPHRASE


def damage(vault: Path, record_id: str) -> None:
    conn = sqlite3.connect(vault)
    blob = bytearray(
        conn.execute("SELECT blob FROM records WHERE id=?", (record_id,)).fetchone()[0]
    )
    blob[20] ^= 1
    conn.execute("UPDATE records SET blob=? WHERE id=?", (bytes(blob), record_id))
    conn.commit()
    conn.close()


def test_marks_are_kept_per_case_and_a_damaged_record_is_skipped(tmp_path: Path) -> None:
    vault = tmp_path / "v.cwvault"
    session, _code = Session.create(vault, PASSPHRASE, kdf_memory_mib=FAST_KDF_MIB)
    with session:
        one = session.add_case(parse_case({"person": {"full_name": "A"}})).id
        two = session.add_case(parse_case({"person": {"full_name": "B"}})).id
        assert set_done(session, one, "aaaaaaaaaaaa", date(2025, 4, 1))
        assert not set_done(session, one, "aaaaaaaaaaaa", date(2025, 4, 2))  # already done
        assert set_done(session, two, "bbbbbbbbbbbb", date(2025, 4, 1))
        assert done_deadlines(session) == {
            "aaaaaaaaaaaa": "2025-04-01",
            "bbbbbbbbbbbb": "2025-04-01",
        }
        assert set_done(session, two, "bbbbbbbbbbbb", date(2025, 4, 3), done=False)
        assert set_done(session, two, "cccccccccccc", date(2025, 4, 3))
        rename_group(session, "journalists", "Media", "en")
        marks_of_one = session.vault.named_id(f"{RECORD_KIND}:{one}")
        names_id = session.vault.named_id("groups:names")
    damage(vault, marks_of_one)
    damage(vault, names_id)
    with Session.open(vault, PASSPHRASE) as session:  # still opens
        assert done_deadlines(session) == {"cccccccccccc": "2025-04-03"}
        assert group_names(session) == {}
        assert {p.what for p in session.check()} >= {marks_of_one, names_id}  # reported
