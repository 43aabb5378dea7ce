"""Write the fuzzers' seed corpus under ``tests/fuzz/corpus/`` and the test keys they use.

    python -m tests.fuzz.make_corpus [--force]

Text seeds (case JSON, rules, CSV lists) are written from the values below; binary seeds
(age files, minisign signatures, an XLSX list, a bundle with the vault that may open it)
are made with the project's own code and fixed test keys in ``tests/fuzz/keys/``. Existing
files are kept unless ``--force``: seeds that found a bug are added by hand and must stay.
The keys are test keys, published here on purpose; they protect nothing.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from app.crypto.age import (
    ScryptRecipient,
    X25519Identity,
    encrypt_bytes,
    format_identity_file,
    parse_identity_file,
)
from app.crypto.minisign import (
    MinisignPublicKey,
    MinisignSecretKey,
    export_secret_key_file,
    generate_keypair,
    parse_secret_key_file,
    sign,
)
from app.example_case import example_case_json

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
KEYS = HERE / "keys"
ROOT = HERE.parents[1]
BUNDLE_PASSPHRASE = "fuzz recipient — Ə"

CASES: dict[str, dict[str, Any]] = {
    "design-example.json": example_case_json(
        notes=[{"text": "…", "visibility": "privileged"}],
        events=[{"date": "2025-03-01", "kind": "hearing", "text": "…"}],
    ),
    "minimal.json": {"person": {"full_name": "X"}},
    "pretrial.json": {
        "person": {"full_name": "Гюльнара Мамедова", "aliases": ["Gülnarə Məmmədova"]},
        "status": "pretrial",
        "custody": [{"from": "2024-06-10", "to": None, "kind": "pretrial_detention"}],
    },
    "adjustments.json": {
        "id": "0123456789abcdef0123456789abcdef",
        "person": {"full_name": "Tofiq Yaqubov", "sex": "male", "birth_date": "1970-01-15"},
        "status": "imprisoned",
        "custody": [
            {"from": "2021-01-05", "to": "2021-03-04", "kind": "pretrial_detention"},
            {"from": "2021-03-05", "to": "2021-06-30", "kind": "house_arrest"},
        ],
        "sentence": {
            "verdict_date": "2021-07-20",
            "articles": ["228.2", "206.3.2"],
            "category": "grave",
            "term": "P9Y6M2W3D",
            "start_date": "2021-07-01",
        },
        "events": [
            {"date": "2022-05-01", "kind": "amnesty_reduction", "reduce_by": "P6M"},
            {"date": "2023-01-01", "kind": "appeal_change", "new_term": "P8Y"},
            {"date": "2024-01-01", "kind": "pardon", "release_on": "2024-02-01"},
        ],
        "eligibility_notes": [
            {"rule_id": "az-cc-76-parole", "text": "checked", "override": "eligible"}
        ],
        "attachments": [
            {
                "id": "a" * 32,
                "name": "hökm.pdf",
                "size": 10,
                "sha256": "0" * 64,
                "media_type": "application/pdf",
            }
        ],
        "computed": {"last_day": "2030-01-01"},
    },
    "month-end.json": {
        "person": {"full_name": "Month End"},
        "sentence": {"term": "P6M", "start_date": "2023-08-31", "category": "minor"},
    },
}

RULE = """\
id = "fuzz-example"
title = "Amnesty act (fuzz seed)"
kind = "amnesty"
effective_date = 2025-12-19
window_end = 2026-04-19
source = "seed"

[[clauses]]
effect = "release"
[clauses.when]
articles_any = ["234.1-1", "228*"]
unserved_at_most = "P6M"
sex = "female"
age_at_least = 60
arrested_between = [2023-01-01, 2023-12-31]

[[clauses]]
effect = "reduce"
reduce_by = "P6M"
[clauses.when]
categories_any = ["less_serious"]
unserved_more_than = "P1Y"
served_fraction_at_least = "2/3"
served_at_least = "P6M"
term_more_than = "P1Y"
term_at_most = "P10Y"
groups_any = ["journalists"]
groups_none = ["x"]
articles_none = ["1"]
age_below = 18

[exclusions]
articles_any = ["100*"]
groups_any = []
"""

CSV_UTF8 = (
    "full_name,aliases,birth_date,sex,groups,status,articles,category,term,start_date,"
    "verdict_date,regime,arrested_on\n"
    "Əli Həsənov,Ali Hasanov;Али Гасанов,1985-03-02,male,religious_believers,imprisoned,"
    "234.1-1,less_serious,P3Y,2023-04-15,2023-10-01,general,2023-02-01\n"
    '"Məmmədova, Gülnarə",,1992-11-30,female,journalists,pretrial,,,,,,,2024-06-10\n'
    "Tofiq Yaqubov,Тофик Ягубов,15.01.1970,m,,imprisoned,228.2;206.3.2,grave,9 years,"
    "2021-07-01,,strict,\n"
)
CSV_MAPPED = "ФИО;Дата рождения;Статья\nГасанов Али;02.03.1985;234.1-1\nМамедова Г.;;\n"


def write(path: Path, data: bytes, force: bool) -> None:
    if path.exists() and not force:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    print(f"wrote {path.relative_to(ROOT)} ({len(data)} bytes)")


def age_keys() -> X25519Identity:
    key_file = KEYS / "age-identity.txt"
    if not key_file.exists():
        key_file.parent.mkdir(parents=True, exist_ok=True)
        key_file.write_text(format_identity_file(X25519Identity.generate()), encoding="utf-8")
    return parse_identity_file(key_file.read_text(encoding="utf-8"))[0]


def minisign_keys() -> tuple[MinisignSecretKey, MinisignPublicKey]:
    secret_file = KEYS / "minisign.key"
    if not secret_file.exists():
        pair = generate_keypair()
        secret_file.write_bytes(export_secret_key_file(pair.secret_key))
        (KEYS / "minisign.pub").write_text(pair.public_key.to_file(), encoding="utf-8")
    secret = parse_secret_key_file(secret_file.read_bytes())
    return secret, secret.public_key


def make_text_seeds(force: bool) -> None:
    for name, case in CASES.items():
        text = json.dumps(case, ensure_ascii=False, indent=1)
        write(CORPUS / "case_json" / name, text.encode(), force)
    write(CORPUS / "rules" / "all-criteria.toml", RULE.encode(), force)
    for builtin in sorted((ROOT / "app" / "eligibility" / "builtin").glob("*.toml")):
        write(CORPUS / "rules" / builtin.name, builtin.read_bytes(), force)
    write(CORPUS / "list_import" / "design-columns.csv", CSV_UTF8.encode(), force)
    write(CORPUS / "list_import" / "utf16.csv", CSV_UTF8.encode("utf-16"), force)
    write(CORPUS / "list_import" / "cp1251-mapped.csv", CSV_MAPPED.encode("cp1251"), force)


def make_xlsx(force: bool) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in CSV_UTF8.splitlines():
        sheet.append(row.split(","))
    sheet.append(["Date Cell", None, None, None, None, "released", None, None, "P1Y", None])
    out = io.BytesIO()
    book.save(out)
    write(CORPUS / "list_import" / "design-columns.xlsx", out.getvalue(), force)


def make_crypto_seeds(force: bool) -> None:
    identity = age_keys()
    other = X25519Identity.generate()
    recipient = identity.recipient
    write(CORPUS / "age" / "empty.age", encrypt_bytes([recipient], b""), force)
    write(CORPUS / "age" / "short.age", encrypt_bytes([recipient], "Əli — Али\n".encode()), force)
    write(
        CORPUS / "age" / "two-chunks.age",
        encrypt_bytes([recipient], bytes(range(256)) * 257),
        force,
    )
    write(
        CORPUS / "age" / "three-recipients.age",
        encrypt_bytes([other.recipient, recipient, X25519Identity.generate().recipient], b"x"),
        force,
    )
    write(CORPUS / "age" / "not-for-us.age", encrypt_bytes([other.recipient], b"x"), force)
    write(
        CORPUS / "age" / "scrypt-wf10.age",
        encrypt_bytes([ScryptRecipient("fuzz", work_factor=10)], b"scrypt"),
        force,
    )
    write(CORPUS / "age" / "identity-file.txt", format_identity_file(identity).encode(), force)

    secret, public = minisign_keys()
    message = "Casework manifest — Əli\n".encode()
    write(CORPUS / "minisign" / "message.txt", message, force)
    signature = sign(secret, message, "timestamp:0 file:message.txt")
    write(CORPUS / "minisign" / "message.txt.minisig", signature, force)
    write(CORPUS / "minisign" / "crlf.minisig", signature.replace(b"\n", b"\r\n"), force)
    write(CORPUS / "minisign" / "public-key.pub", public.to_file().encode(), force)


def make_bundle_seeds(force: bool) -> None:
    """A recipient vault and a bundle for it from a sender vault (thrown away)."""
    from app.case_json import parse_case
    from app.contacts import add_contact
    from app.identity import ensure_identity, make_card, set_identity_name
    from app.session import Session
    from app.sync import export_to

    target = CORPUS / "bundle"
    if (target / "recipient.cwvault").exists() and not force:
        return
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        sender, _ = Session.create(folder / "s.cwvault", BUNDLE_PASSPHRASE, kdf_memory_mib=8)
        recipient, _ = Session.create(folder / "r.cwvault", BUNDLE_PASSPHRASE, kdf_memory_mib=8)
        try:
            for session, name in ((sender, "Fuzz Sender"), (recipient, "Fuzz Recipient")):
                ensure_identity(session)
                set_identity_name(session, name)
            add_contact(sender, make_card(ensure_identity(recipient)), verified=True)
            add_contact(recipient, make_card(ensure_identity(sender)), verified=True)
            for case in (CASES["design-example.json"], CASES["pretrial.json"]):
                stored = sender.add_case(parse_case(case))
                sender.add_attachment(stored.id, io.BytesIO("hökm\n".encode() * 50), "hökm.txt")
            export_to(sender, ["Fuzz Recipient"], folder / "b.cwb", profile="colleague")
        finally:
            sender.close()
            recipient.close()
        target.mkdir(parents=True, exist_ok=True)
        for name in ("recipient.cwvault", "colleague.cwb"):
            (target / name).unlink(missing_ok=True)
        shutil.copyfile(folder / "r.cwvault", target / "recipient.cwvault")
        shutil.copyfile(folder / "b.cwb", target / "colleague.cwb")
        print(f"wrote {target.relative_to(ROOT)}/recipient.cwvault and colleague.cwb")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--force", action="store_true", help="rewrite existing seeds")
    args = parser.parse_args()
    make_text_seeds(args.force)
    make_xlsx(args.force)
    make_crypto_seeds(args.force)
    make_bundle_seeds(args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
