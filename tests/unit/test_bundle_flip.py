"""Every byte of a small bundle flipped, one at a time: each altered file is refused with a
message, and the vault is unchanged. In-process for speed (the CLI test flips a handful)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from app import identity
from app.bundle import import_bundle
from app.bundle.errors import BundleError
from app.bundle.writer import write_bundle
from app.contacts import find_contact
from tests.unit.test_bundle_helpers import add_case, introduce, make_person


def test_every_flipped_byte_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    lawyer, mother = make_person(tmp_path, "Lawyer"), make_person(tmp_path, "Mother")
    introduce(lawyer, mother, a_gives_b="family", b_gives_a="colleague")
    case_id = add_case(lawyer)
    original = tmp_path / "small.cwb"
    # A small padding floor keeps the file at a few KiB, so flipping all of it is quick.
    write_bundle(
        lawyer.session,
        identity.ensure_identity(lawyer.session),
        [find_contact(lawyer.session, "Mother")],
        original,
        profile="family",
        selection={case_id: None},
        min_bucket=2048,
    )
    data = original.read_bytes()
    assert 2048 < len(data) < 8192
    conn = mother.session.vault.conn
    changes_before = conn.total_changes
    reasons: Counter[str] = Counter()
    flipped = tmp_path / "flipped.cwb"
    flipped.write_bytes(data)
    with flipped.open("r+b") as handle:  # flip in place: rewriting the file each time is slow
        for position in range(len(data)):
            handle.seek(position)
            handle.write(bytes([data[position] ^ 0x01]))
            handle.flush()
            try:
                import_bundle(mother.session, flipped)
            except BundleError as exc:
                assert str(exc), position
                reasons[exc.code] += 1
            else:
                raise AssertionError(f"a bundle with byte {position} flipped was accepted")
            assert conn.total_changes == changes_before, f"byte {position}: the vault changed"
            handle.seek(position)
            handle.write(data[position : position + 1])
    assert sum(reasons.values()) == len(data)
    assert reasons["bundle.damaged"] > len(data) * 0.9
    # And the untouched file still imports.
    import_bundle(mother.session, original)
    assert mother.session.has_case(case_id)
