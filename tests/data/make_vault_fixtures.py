"""Write the vault fixture of the current schema version, and the record of what it holds.

    python tests/data/make_vault_fixtures.py

Writes ``tests/data/vaults/schema-<N>.cwvault`` (N = ``storage.schema.SCHEMA_VERSION``) and
``schema-<N>.json``, the content that ``tests/unit/test_migrations.py`` expects to read back
from it with every later version of Casework. Run it once for each new schema version,
before that version is released, and commit both files (``git add -f``: ``*.cwvault`` is
ignored elsewhere). It refuses to overwrite: a fixture stands for what users' vaults of that
version really contain, so it is never regenerated.
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.case_json import case_to_json, parse_case  # noqa: E402
from app.example_case import example_case_json  # noqa: E402
from app.sentence import compute_sentence  # noqa: E402
from app.session import Session  # noqa: E402
from storage.schema import SCHEMA_VERSION  # noqa: E402

FOLDER = Path(__file__).resolve().parent / "vaults"
PASSPHRASE = "correct horse battery staple — Əli"  # tests.conftest.PASSPHRASE
KDF_MEMORY_MIB = 8
ON = date(2025, 1, 1)

# A verdict as a family might scan it, and a small binary "photo" that is not valid UTF-8.
VERDICT = (
    "Bakı Ağır Cinayətlər Məhkəməsi — HÖKM\n"
    "Həsənov Əli Rəşid oğlu, 234.1-1-ci maddə, 3 il azadlıqdan məhrumetmə.\n"
    "Приговор: Гасанов Али Рашид оглы, ст. 234.1-1, 3 года лишения свободы.\n"
).encode()
PHOTO = bytes(range(256)) * 12 + b"\xff\xd8\xff\xe0 not really a JPEG"

CASES: list[dict[str, Any]] = [
    example_case_json(
        notes=[
            {"text": "Müdafiə: axtarış qanunsuz idi (ş ç ğ ı ö ü ə).", "visibility": "privileged"},
            {"text": "Ailə görüşü hər ay — свидания раз в месяц.", "visibility": "family"},
        ],
        events=[{"date": "2025-03-01", "kind": "hearing", "text": "Apellyasiya iclası"}],
    ),
    {
        "person": {
            "full_name": "Гюльнара Мамедова",
            "aliases": ["Gülnarə Məmmədova"],
            "birth_date": "1992-11-30",
            "sex": "female",
            "groups": ["journalists"],
        },
        "status": "pretrial",
        "custody": [{"from": "2024-06-10", "to": None, "kind": "pretrial_detention"}],
        "notes": [{"text": "Публичное заявление — опубликовано.", "visibility": "public"}],
    },
    {
        "person": {
            "full_name": "Tofiq Yaqubov",
            "aliases": ["Тофик Ягубов"],
            "birth_date": "1970-01-15",
            "sex": "male",
            "groups": ["opposition_activists", "journalists"],
        },
        "status": "imprisoned",
        "custody": [
            {"from": "2021-01-05", "to": "2021-03-04", "kind": "pretrial_detention"},
            {"from": "2021-03-05", "to": "2021-06-30", "kind": "house_arrest"},
        ],
        "sentence": {
            "verdict_date": "2021-07-20",
            "articles": ["228.2", "206.3.2"],
            "category": "grave",
            "term": "P9Y",
            "start_date": "2021-07-01",
            "regime": "strict",
        },
        "events": [
            {"date": "2022-02-01", "kind": "appeal_decision", "text": "Appeal dismissed"},
            {
                "date": "2022-05-01",
                "kind": "amnesty_reduction",
                "text": "Amnesty act of 2022: reduced by 6 months",
                "reduce_by": "P6M",
            },
        ],
    },
    {
        "person": {"full_name": "Deleted Person — Удалённый"},
        "status": "released",
    },
]


def subset_json(value: Any) -> Any:
    return json.loads(json.dumps(value, ensure_ascii=False))


def make(vault_path: Path) -> dict[str, Any]:
    session, recovery_code = Session.create(vault_path, PASSPHRASE, kdf_memory_mib=KDF_MEMORY_MIB)
    with session:
        ids = [session.add_case(parse_case(case)).id for case in CASES]
        first, second, third, deleted = ids
        # Edits, so the history has more than the creation entries.
        case = session.get_case(third)
        edited = parse_case({**case_to_json(case), "facility": "Qobustan həbsxanası"})
        session.update_case(edited)
        session.add_note(second, "Вторая заметка — ikinci qeyd.", visibility="privileged")
        verdict = session.add_attachment(first, io.BytesIO(VERDICT), "hökm — приговор.txt")
        photo = session.add_attachment(
            third, io.BytesIO(PHOTO), "şəkil.jpg", media_type="image/jpeg", visibility="family"
        )
        session.delete_case(deleted)
        session.set_setting("language", "az")
        session.set_setting("profile", {"jurisdiction": "AZ", "week_starts": "monday"})

        record: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "passphrase": PASSPHRASE,
            "recovery_code": recovery_code,
            "kdf_memory_mib": KDF_MEMORY_MIB,
            "computed_on": ON.isoformat(),
            "cases": {},
            "deleted": [deleted],
            "settings": {
                "language": session.get_setting("language"),
                "profile": session.get_setting("profile"),
            },
            "attachments": {
                verdict.id: {"case": first, "sha256": hashlib.sha256(VERDICT).hexdigest()},
                photo.id: {"case": third, "sha256": hashlib.sha256(PHOTO).hexdigest()},
            },
        }
        for case_id in (first, second, third):
            full = session.get_case(case_id)
            computation = compute_sentence(full, on=ON)
            record["cases"][case_id] = {
                "case": subset_json(case_to_json(full)),
                "last_day": computation.last_day.isoformat() if computation else None,
                "history": [
                    {"source": h.source, "fields": [c.field for c in h.changes]}
                    for h in session.history(case_id)
                ],
            }
        problems = session.check()
        if problems:
            raise SystemExit(f"the new vault has problems: {problems}")
    return record


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    vault_path = FOLDER / f"schema-{SCHEMA_VERSION}.cwvault"
    record_path = vault_path.with_suffix(".json")
    for path in (vault_path, record_path):
        if path.exists():
            print(f"{path} exists; fixtures are never regenerated", file=sys.stderr)
            return 1
    record = make(vault_path)
    for suffix in ("-wal", "-shm", ".lock"):
        Path(str(vault_path) + suffix).unlink(missing_ok=True)
    record_path.write_text(
        json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"wrote {vault_path} ({vault_path.stat().st_size} bytes) and {record_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
