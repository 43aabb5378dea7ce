"""CSV and XLSX lists (docs/list-import.md) from anyone: reading and planning raise only the list
errors, and a refused import leaves the vault file byte-identical (no partial write)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.list_import import (
    ImportRefused,
    ListFormatError,
    ListReadError,
    ListTable,
    apply_import,
    plan_import,
    read_list_bytes,
)
from app.session import Session
from tests.fuzz.mutation import budget, fuzz_input, load_seeds, mutated, note, vault_state

# openpyxl warns about the damaged parts it skips; the fuzzers judge only what comes out.
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")

SEEDS = load_seeds("list_import")
TEXT_SEEDS = [data for name, data in SEEDS if name.endswith(".csv")]
XLSX_SEED = dict(SEEDS)["design-columns.xlsx"]
XML_PARTS = tuple(
    sorted(
        name
        for name in zipfile.ZipFile(io.BytesIO(XLSX_SEED)).namelist()
        if name.endswith((".xml", ".rels")) and not name.startswith("docProps/")
    )
)
SHEET = "xl/worksheets/sheet1.xml"
TODAY = date(2025, 6, 1)
PASSPHRASE = "fuzz list import"


def vault_bytes(session: Session) -> bytes:
    return vault_state(Path(session.vault.path))


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    folder = tmp_path_factory.mktemp("list-import-fuzz")
    opened, _ = Session.create(folder / "v.cwvault", PASSPHRASE, kdf_memory_mib=8)
    with opened:
        yield opened


def read(data: bytes, name: str) -> ListTable:
    """Read a list; only ``ListReadError`` may escape (finding F2, fixed: damaged XLSX parts
    used to escape as ParseError, zlib.error, BadZipFile or TypeError)."""
    return read_list_bytes(data, name)


def import_list(session: Session, data: bytes, name: str, skip_bad: bool) -> None:
    before = vault_bytes(session)
    count = session.case_count()
    try:
        table = read(data, name)
        plan = plan_import(table, session.list_cases(), today=TODAY, source=name)
        apply_import(session, plan, skip_bad=skip_bad)
    except (ListReadError, ListFormatError, ImportRefused) as exc:
        assert str(exc)
        note("refused")
    else:
        note("imported" if session.case_count() > count else "nothing to import")
        return
    assert vault_bytes(session) == before, "a refused list changed the vault"
    assert session.case_count() == count


def rebuild_xlsx(parts: dict[str, bytes]) -> bytes:
    """The seed workbook with some parts replaced, as a valid zip (so the XML is parsed)."""
    source = zipfile.ZipFile(io.BytesIO(XLSX_SEED))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            archive.writestr(info.filename, parts.get(info.filename, source.read(info.filename)))
    return out.getvalue()


@pytest.mark.parametrize("name", [name for name, _ in SEEDS])
def test_seed_corpus_replays(name: str, session: Session) -> None:
    table = read_list_bytes(dict(SEEDS)[name], name)
    assert table.rows
    import_list(session, dict(SEEDS)[name], name, skip_bad=False)


@budget(200)
@given(fuzz_input(TEXT_SEEDS, max_random=300), st.booleans())
def test_mutated_csv_lists_are_refused_cleanly(session: Session, data: bytes, skip: bool) -> None:
    import_list(session, data, "list.csv", skip)


@budget(60)
@given(mutated([XLSX_SEED], max_operations=2))
def test_mutated_xlsx_files_are_refused_cleanly(session: Session, data: bytes) -> None:
    import_list(session, data, "list.xlsx", False)


@budget(100)
@given(st.sampled_from(XML_PARTS), st.data())
def test_xlsx_with_mutated_xml_inside_is_refused_cleanly(
    session: Session, part: str, data: st.DataObject
) -> None:
    original = zipfile.ZipFile(io.BytesIO(XLSX_SEED)).read(part)
    changed = data.draw(mutated([original], max_operations=3))
    import_list(session, rebuild_xlsx({part: changed}), "list.xlsx", data.draw(st.booleans()))


def test_finding_f2_malformed_sheet_xml_is_a_list_read_error() -> None:
    sheet = zipfile.ZipFile(io.BytesIO(XLSX_SEED)).read(SHEET)
    broken = rebuild_xlsx({SHEET: sheet[: len(sheet) // 2]})
    with pytest.raises(ListReadError):
        read_list_bytes(broken, "list.xlsx")
