"""Records are compressed from a preset dictionary of the format's words; records written
without it (schema 2 and before) still open."""

from __future__ import annotations

import json
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.case_json import case_to_json
from app.demo import generate_cases
from storage import record_dictionary


def _case_record(index: int) -> bytes:
    case = generate_cases(index + 1, seed=5)[index]
    payload = {"case": case_to_json(case), "clocks": {}, "tombstones": {}}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


@given(st.binary(max_size=3000))
def test_anything_compressed_with_the_dictionary_comes_back(data: bytes) -> None:
    assert record_dictionary.decompress(record_dictionary.compress(data)) == data


@given(st.binary(max_size=3000))
def test_records_compressed_without_the_dictionary_still_open(data: bytes) -> None:
    assert record_dictionary.decompress(zlib.compress(data, 6)) == data


def test_a_case_record_compresses_smaller_from_the_dictionary() -> None:
    # The field names and codes a case repeats cost about 200 bytes less each.
    for index in range(5):
        plain = _case_record(index)
        with_words = len(record_dictionary.compress(plain))
        assert with_words <= len(zlib.compress(plain, 6)) - 150


def test_a_record_naming_an_unknown_dictionary_is_refused() -> None:
    packer = zlib.compressobj(6, zdict=b"some other dictionary of words")
    data = packer.compress(b'{"case":{}}') + packer.flush()
    with pytest.raises(zlib.error):
        record_dictionary.decompress(data)
    with pytest.raises(zlib.error):
        record_dictionary.decompress(record_dictionary.compress(b"x" * 100)[:-3])
