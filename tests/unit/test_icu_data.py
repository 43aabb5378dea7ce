"""packaging/icu_data.py reads and writes ICU's common data exactly, and the package's
smaller ICU keeps what Qt reads (collation, single-byte code pages) and drops the rest."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("readelf") is None,
    reason="the ICU data library is trimmed on Linux, with binutils",
)


def icu_data() -> ModuleType:
    spec = importlib.util.spec_from_file_location("icu_data", REPO / "packaging" / "icu_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def wheel_icudata() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 has no ICU data library")
    return found[0]


def test_common_data_is_written_back_byte_for_byte() -> None:
    module = icu_data()
    _symbol, offset, size = module._data_symbol(wheel_icudata())
    blob = wheel_icudata().read_bytes()[offset : offset + size]
    header, items = module.read_common_data(blob)
    assert len(items) > 1000
    assert module.write_common_data(header, items) == blob


def test_the_smaller_data_keeps_collation_and_single_byte_code_pages(tmp_path: Path) -> None:
    module = icu_data()
    library = module.smaller_icudata(wheel_icudata(), tmp_path)
    if library is None:
        pytest.skip("gcc is not installed")
    assert library.name == wheel_icudata().name
    assert library.stat().st_size < wheel_icudata().stat().st_size / 3
    _symbol, offset, size = module._data_symbol(library)
    _header, items = module.read_common_data(library.read_bytes()[offset : offset + size])
    names = {name.split("/", 1)[1] for name, _body in items}
    assert {"coll/az.res", "coll/ru.res", "coll/root.res", "coll/ucadata.icu"} <= names
    assert {
        "ibm-5347_P100-1998.cnv",
        "ibm-878_P100-1996.cnv",
        "cnvalias.icu",
    } <= names  # 1251, KOI8-R
    assert {"zoneinfo64.res", "az.res", "ru.res"} <= names
    assert not any(n.startswith(("brkitr/", "zone/", "unit/", "lang/", "curr/")) for n in names)
    assert "gb18030.cnv" not in names and "unames.icu" not in names
