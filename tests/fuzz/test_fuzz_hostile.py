"""Hostile input, not damaged input: documents built to break parsers rather than bytes
changed at random — nesting hundreds of thousands of levels deep, numbers thousands of
digits long, dotted TOML keys of 100,000 parts, files of unterminated quotes and
backslashes, NaN and 1e99999, tens of thousands of keys — fed to every parser that reads
from outside the vault: case JSON files (the CLI's path), rule TOML, contact cards, bundle
manifests and, through a whole sync, a stranger's bundle and a signed bundle's case
document. The only exception allowed is each parser's own clean error, and a sync with a
hostile file beside a good one imports the good one.

Counts of a long run (tried, refused cleanly, crashed) are in tests/fuzz/README.md.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.bundle import BundleError
from app.bundle.manifest import MANIFEST, SIGNATURE, Manifest
from app.case_json import CaseJsonError, parse_case
from app.crypto.age import encrypt_bytes
from app.crypto.minisign import generate_keypair, sign
from app.eligibility import RuleError, parse_rule_text
from app.identity import CardError, parse_card
from app.safe_parse import InputRefused, load_json
from app.sync import sync_folder
from tests.fuzz.bundle_world import World
from tests.fuzz.mutation import budget, note
from tests.fuzz.test_fuzz_bundle import resign

SIZES = st.sampled_from([1, 63, 64, 65, 1000, 5000, 100_000, 200_000])


@st.composite
def hostile_json(draw: st.DrawFn) -> bytes:
    """A JSON-ish document made to break a parser, wrapped in a plausible object."""
    n = draw(SIZES)
    kind = draw(
        st.sampled_from(
            [
                "arrays",
                "objects",
                "mixed",
                "digits",
                "fraction",
                "exponent",
                "quotes",
                "backslashes",
                "constants",
                "keys",
                "unbalanced",
            ]
        )
    )
    if kind == "arrays":
        body = "[" * n + "]" * n
    elif kind == "objects":
        body = '{"a":' * n + "1" + "}" * n
    elif kind == "mixed":
        body = '[{"a":' * n + "1" + "}]" * n
    elif kind == "digits":
        body = draw(st.sampled_from(["", "-"])) + "9" * n
    elif kind == "fraction":
        body = "1." + "5" * n
    elif kind == "exponent":
        body = "1e" + "9" * min(n, 6000)
    elif kind == "quotes":
        body = '"' * n
    elif kind == "backslashes":
        body = '"' + "\\" * n
    elif kind == "constants":
        body = draw(st.sampled_from(["NaN", "Infinity", "-Infinity", "1e99999"]))
    elif kind == "keys":
        body = "{" + ",".join(f'"k{i}": {i}' for i in range(min(n, 30_000))) + "}"
    else:
        body = "[" * n
    field = draw(st.sampled_from(["full_name", "person", "type", "version", "files", "x"]))
    return ('{"' + field + '": ' + body + "}").encode()


@st.composite
def hostile_toml(draw: st.DrawFn) -> str:
    n = draw(SIZES)
    kind = draw(
        st.sampled_from(
            ["arrays", "tables", "dotted", "digits", "float", "quotes", "triple", "headers"]
        )
    )
    if kind == "arrays":
        return "id = " + "[" * n + "]" * n
    if kind == "tables":
        return "id = " + "{a = " * n + "1" + "}" * n
    if kind == "dotted":
        return "a." * n + "b = 1"
    if kind == "digits":
        return "id = " + "7" * n
    if kind == "float":
        return "id = 1." + "1" * n
    if kind == "quotes":
        return 'id = "' + '\\"' * n
    if kind == "triple":
        return 'id = """' + 'x"\\' * n
    return "[" + "a." * n + "b]\nc = 1"


def refused_cleanly(parse: Callable[[Any], object], data: Any, allowed: tuple[type, ...]) -> None:
    try:
        parse(data)
    except allowed as exc:
        assert str(exc) and len(str(exc)) < 1000
        note(f"refused: {type(exc).__name__}")
    else:
        note("accepted")


@budget(60)
@given(hostile_json())
def test_hostile_case_json_through_the_cli_path_is_refused_cleanly(data: bytes) -> None:
    refused_cleanly(
        lambda d: parse_case(load_json(d, "case.json")), data, (InputRefused, CaseJsonError)
    )


@budget(60)
@given(hostile_toml())
def test_hostile_rule_toml_is_a_rule_error(text: str) -> None:
    refused_cleanly(lambda t: parse_rule_text(t, "rule.toml"), text, (RuleError,))


@budget(60)
@given(hostile_json())
def test_hostile_contact_card_is_a_card_error(data: bytes) -> None:
    refused_cleanly(parse_card, data, (CardError,))


@budget(60)
@given(hostile_json())
def test_hostile_manifest_is_malformed(data: bytes) -> None:
    refused_cleanly(Manifest.from_bytes, data, (BundleError,))


def stranger_bundle(world: World, manifest: bytes) -> bytes:
    stranger, _ = generate_keypair()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(MANIFEST, manifest)
        archive.writestr(SIGNATURE, sign(stranger, manifest, "casework bundle"))
    return encrypt_bytes([world.recipient_key.recipient], out.getvalue())


@budget(8)
@given(manifest=hostile_json(), signed=st.booleans())
def test_sync_reports_a_hostile_bundle_and_imports_the_good_one(
    world: World, tmp_path_factory: pytest.TempPathFactory, manifest: bytes, signed: bool
) -> None:
    folder = tmp_path_factory.mktemp("sync")
    (folder / "good.cwb").write_bytes(world.bundle)
    if signed:  # a trusted contact's program put the hostile text in a case document
        entries = [
            (info, manifest if info.filename.startswith("cases/") else body)
            for info, body in world.inner_zip()
        ]
        hostile = resign(world, entries)
    else:  # anyone who knows the recipient
        hostile = stranger_bundle(world, manifest)
    (folder / "0-hostile.cwb").write_bytes(hostile)
    with world.fresh_recipient() as session:
        report = sync_folder(session, folder)
        assert [i["file"] for i in report.imported] == ["good.cwb"]
        assert [e["file"] for e in report.errors] == ["0-hostile.cwb"]
        assert report.errors[0]["code"].startswith("bundle.")
        note(f"refused: {report.errors[0]['code']}")


def test_a_good_bundle_still_syncs_after_a_hostile_one_was_seen(
    world: World, tmp_path: Path
) -> None:
    """The hostile file is not remembered as done: after it is replaced, the next sync
    tries again (and a good bundle is never blocked by it)."""
    (tmp_path / "x.cwb").write_bytes(stranger_bundle(world, b"[" * 200_000))
    with world.fresh_recipient() as session:
        first = sync_folder(session, tmp_path)
        assert first.errors and not first.imported
        (tmp_path / "x.cwb").write_bytes(world.bundle)
        second = sync_folder(session, tmp_path)
        assert [i["file"] for i in second.imported] == ["x.cwb"]
        assert json.loads(json.dumps(second.to_json()))["errors"] == []
