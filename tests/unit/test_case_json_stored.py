"""What a person enters is checked against today's limits; what the vault already holds
still opens, even if an earlier version let it in."""

from __future__ import annotations

import pytest

from app.case_json import CaseJsonError, parse_case
from tests.conftest import example_case


def test_a_name_over_the_limit_is_refused_when_entered_but_a_stored_one_still_opens() -> None:
    long_name = "Əli " * 80  # 320 characters, accepted by earlier versions
    data = example_case(person={"full_name": long_name})
    with pytest.raises(CaseJsonError) as caught:
        parse_case(data)
    assert caught.value.field == "person.full_name"
    assert parse_case(data, stored=True).person.full_name == long_name.strip()


def test_a_zero_term_is_refused_when_entered_but_a_stored_one_still_opens() -> None:
    sentence = {**example_case()["sentence"], "term": "P0D"}  # type: ignore[dict-item]
    data = example_case(sentence=sentence)
    with pytest.raises(CaseJsonError) as caught:
        parse_case(data)
    assert caught.value.field == "sentence.term"
    assert parse_case(data, stored=True).sentence is not None


def test_stored_reading_still_refuses_what_no_version_wrote() -> None:
    with pytest.raises(CaseJsonError) as caught:
        parse_case(example_case(status="jailed"), stored=True)
    assert caught.value.field == "status"
