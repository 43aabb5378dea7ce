"""What ``case show``, ``case list`` and ``stats`` print for people: codes as words
(custody kinds, categories, statuses, regimes, event kinds, groups), terms in words, dates
as YYYY-MM-DD — never an internal id or an ISO duration. (``--json`` keeps the codes.)"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from tests.conftest import CliResult, example_case

Run = Callable[..., CliResult]
ISO_DURATION = re.compile(r"\bP\d+[YMWD]")
IDS = ("pretrial_detention", "less_serious", "especially_grave", "religious_believers")


def add(run_cli: Run, case: dict[str, object]) -> str:
    result = run_cli("case", "add", "--json", "-", input=json.dumps(case), check=True)
    return result.stdout.strip()


def test_case_show_says_codes_and_terms_in_words(run_cli: Run, init_vault: Path) -> None:
    sentence = {**example_case()["sentence"], "term": "P3Y6M", "recidivism": "repeat"}  # type: ignore[dict-item]
    case_id = add(run_cli, example_case(sentence=sentence))
    text = run_cli("case", "show", case_id, "--on", "2025-01-01", check=True).stdout
    assert "custody: 2023-02-01 .. 2023-04-14 (pretrial detention)" in text
    assert "sentence: 3 years 6 months from 2023-04-15, articles 234.1-1 (less serious)" in text
    assert "groups: Religious believers" in text
    assert "status: imprisoned" in text
    assert "regime: general regime" in text
    assert "repeat offence: repeat offence" in text
    assert "2025-03-01 Hearing: Appeal hearing" in text
    assert "note [privileged (lawyers only)]: Defence strategy" in text
    assert "sex: male" in text
    assert "unserved on 2025-01-01: " in text and " days" in text
    for hidden in IDS:
        assert hidden not in text, hidden
    assert not ISO_DURATION.search(text)


def test_a_life_term_reads_life_in_show_and_list(run_cli: Run, init_vault: Path) -> None:
    sentence = {**example_case()["sentence"], "term": "life", "category": "especially_grave"}  # type: ignore[dict-item]
    case_id = add(run_cli, example_case(sentence=sentence))
    shown = run_cli("case", "show", case_id, check=True).stdout
    assert "sentence: life imprisonment from 2023-04-15" in shown
    assert "(especially grave)" in shown
    assert "life imprisonment: no last day" in shown
    listed = run_cli("case", "list", check=True).stdout
    (line,) = listed.splitlines()
    assert line.startswith(case_id[:8])
    assert line.split()[-1] == "life"
    assert " imprisoned " in line
    # the JSON list is the contract: no new key, last_day null
    (row,) = json.loads(run_cli("case", "list", "--json", check=True).stdout)
    assert set(row) == {"id", "full_name", "aliases", "groups", "status", "last_day"}
    assert row["last_day"] is None and row["status"] == "imprisoned"


def test_a_term_not_yet_known_is_said_in_words(run_cli: Run, init_vault: Path) -> None:
    sentence = {"verdict_date": "2025-11-20", "articles": ["233"]}
    case_id = add(run_cli, example_case(sentence=sentence, custody=[]))
    text = run_cli("case", "show", case_id, check=True).stdout
    assert "not computed: the term and the start date are not yet known" in text
    assert "sentence.term" not in text
    assert "category not known" in text
    listed = run_cli("case", "list", check=True).stdout
    assert listed.split()[-1] == "-"


def test_stats_text_shows_group_and_status_names(run_cli: Run, init_vault: Path) -> None:
    add(run_cli, example_case())
    add(run_cli, example_case(person={"full_name": "Leyla Aliyeva", "groups": ["ganja_case"]}))
    text = run_cli("stats", "--rule", "az-cc-76-parole", "--on", "2025-12-01", check=True).stdout
    assert re.search(r"^  Religious believers +1 +50\.0 %$", text, re.M)
    assert re.search(r"^  Ganja case +1 +50\.0 %$", text, re.M)
    assert re.search(r"^  Imprisoned +2 +100\.0 %$", text, re.M)
    assert re.search(r"^  Needs review +\d+$", text, re.M)
    assert "    Religious believers " in text
    assert "December 2025" in text
    for hidden in ("religious_believers", "ganja_case", "needs_review", "not_eligible"):
        assert hidden not in text, hidden
    data = json.loads(run_cli("stats", "--json", check=True).stdout)
    assert set(data["by_group"]) == {"religious_believers", "ganja_case"}  # JSON keeps ids
