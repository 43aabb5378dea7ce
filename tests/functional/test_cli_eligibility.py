"""From the CLI, a lawyer adds cases, applies the built-in amnesty and parole rules and an own
rule file, gets each case's status, date and reasons, and exports the deadlines as .ics."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import icalendar

from tests.conftest import CliResult, example_case

Run = Callable[..., CliResult]


def add_case(run_cli: Run, tmp_path: Path, case: dict[str, object]) -> str:
    source = tmp_path / "case.json"
    source.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    return run_cli("case", "add", "--json", str(source), check=True).stdout.strip()


def sentence(start: str, term: str, category: str, articles: list[str]) -> dict[str, object]:
    return {"articles": articles, "category": category, "term": term, "start_date": start}


# The December 2025 amnesty as first encoded (Article 234.1-1, six months left, on any day of
# the window): the built-in rule was re-encoded from the act's reported text, so
# the CLI's handling of a window is checked with this file.
WINDOW_RULE = """\
id = "reported-234-1-1"
title = "Amnesty as reported for Article 234.1-1"
kind = "amnesty"
effective_date = 2025-12-19
window_end = 2026-04-19
verify = "Verify against the official text."
[[clauses]]
effect = "release"
[clauses.when]
articles_any = ["234.1-1"]
unserved_at_most = "P6M"
"""

OWN_RULE = """\
id = "ngo-women-over-50"
title = "Our list: women over 50"
kind = "pardon"
[[clauses]]
effect = "eligible"
[clauses.when]
sex = "female"
age_at_least = 50
"""


def test_amnesty_parole_own_rule_and_deadlines(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    # last day 2026-01-31: at most 6 months left on 2025-12-19 -> released by the amnesty
    ali = add_case(run_cli, tmp_path, example_case())
    # last day 2026-09-30: qualifies from 2026-03-30, inside the window
    leyla = add_case(
        run_cli,
        tmp_path,
        example_case(
            person={"full_name": "Leyla Məmmədova", "sex": "female", "birth_date": "1970-05-05"},
            custody=[],
            arrested_on=None,
            sentence=sentence("2023-10-01", "P3Y", "grave", ["234.1-1"]),
            events=[
                {"date": "2026-01-20", "kind": "appeal_decision", "text": "Baku Court of Appeal"},
                {"date": "2026-02-01", "kind": "reminder", "text": "Visit, bring warm clothes"},
            ],
        ),
    )
    # another article: the amnesty does not apply; no birth date
    anar = add_case(
        run_cli,
        tmp_path,
        example_case(
            person={"full_name": "Анар Гасанов"},
            custody=[],
            arrested_on=None,
            sentence=sentence("2022-03-15", "P4Y", "less_serious", ["228.4"]),
            events=[{"date": "2026-01-15", "kind": "verdict", "text": "new verdict"}],
        ),
    )

    window_rule = tmp_path / "reported.toml"
    window_rule.write_text(WINDOW_RULE, encoding="utf-8")
    results = json.loads(
        run_cli("eligibility", "--rule", str(window_rule), "--json", check=True).stdout
    )
    by_id = {r["case_id"]: r for r in results}
    assert set(by_id) == {ali, leyla, anar}
    for r in results:
        assert list(r)[:7] == ["case_id", "name", "status", "date", "effect", "clause", "reasons"]
    assert (by_id[ali]["status"], by_id[ali]["date"], by_id[ali]["effect"]) == (
        "eligible",
        "2025-12-19",
        "release",
    )
    assert (by_id[leyla]["status"], by_id[leyla]["date"]) == ("eligible_from", "2026-03-30")
    assert by_id[anar]["status"] == "not_eligible"
    assert by_id[anar]["reasons"][0]["seen"] == ["228.4"]
    unserved = by_id[leyla]["reasons"][1]
    assert (unserved["criterion"], unserved["threshold"], unserved["holds"]) == (
        "unserved_at_most",
        "P6M",
        False,
    )

    parole = json.loads(
        run_cli(
            "eligibility", "--rule", "az-cc-76-parole", "--on", "2024-01-01", "--json", check=True
        ).stdout
    )
    by_id = {r["case_id"]: r for r in parole}
    assert (by_id[anar]["status"], by_id[anar]["date"]) == ("eligible_from", "2024-03-15")
    assert (by_id[leyla]["status"], by_id[leyla]["date"]) == ("eligible_from", "2025-10-01")

    rule_file = tmp_path / "women.toml"
    rule_file.write_text(OWN_RULE, encoding="utf-8")
    own = json.loads(
        run_cli(
            "eligibility", "--rule", str(rule_file), "--on", "2025-06-01", "--json", check=True
        ).stdout
    )
    by_id = {r["case_id"]: r for r in own}
    assert by_id[leyla]["status"] == "eligible"
    assert by_id[ali]["status"] == "not_eligible"
    assert by_id[anar]["status"] == "needs_review"
    assert "person.sex" in by_id[anar]["reasons"][0]["text"]

    added = run_cli("rules", "add", str(rule_file), check=True)
    assert "Added rule ngo-women-over-50" in added.stdout
    listed = json.loads(run_cli("rules", "list", "--json", check=True).stdout)
    assert {(r["id"], r["origin"]) for r in listed} >= {
        ("az-cc-76-parole", "builtin"),
        ("az-amnesty-2025-12", "builtin"),
        ("ngo-women-over-50", "vault"),
    }
    by_rule_id = run_cli(
        "eligibility", "--rule", "ngo-women-over-50", "--on", "2025-06-01", check=True
    )
    assert (
        "Leyla Məmmədova: Eligible on 1 June 2025: the conditions are met (clause 1)"
        in by_rule_id.stdout
    )

    text = run_cli("eligibility", "--rule", str(window_rule), check=True).stdout
    assert "verify against the official text" in text.lower()
    assert (
        "Əli Həsənov: Eligible on 19 December 2025: release from the rest of the sentence"
        " (clause 1)" in text
    )
    text = run_cli("eligibility", "--rule", str(window_rule), "--lang", "ru", check=True).stdout
    assert "Əli Həsənov: Имеет право на 19 декабря 2025: освобождение" in text
    builtin = run_cli("eligibility", "--rule", "az-amnesty-2025-12", "--lang", "az", check=True)
    assert "19 dekabr 2025-ci il tarixli amnistiya aktı" in builtin.stdout
    assert "iş yoxlanıldı" in builtin.stderr and "case(s)" not in builtin.stderr

    ics = tmp_path / "deadlines.ics"
    shown = json.loads(
        run_cli(
            "deadlines", "--json", "--ics", str(ics), "--today", "2026-01-10", check=True
        ).stdout
    )
    assert [(d["kind"], d["due"], d["name"]) for d in shown] == [
        ("reminder", "2026-02-01", "Leyla Məmmədova"),
        ("appeal", "2026-02-04", "Анар Гасанов"),  # 20 days from 2026-01-15
        ("cassation", "2026-02-20", "Leyla Məmmədova"),  # 1 month from 2026-01-20
    ]
    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert summaries == [
        "Reminder: Visit, bring warm clothes — Leyla Məmmədova",
        "Appeal deadline — Анар Гасанов",
        "Cassation deadline — Leyla Məmmədova",
    ]


def test_bad_rule_file_is_refused_with_file_line_and_key(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(OWN_RULE.replace("age_at_least = 50", 'age_at_least = "fifty"'), "utf-8")
    before = init_vault.read_bytes()
    result = run_cli("rules", "add", str(bad))
    assert result.returncode != 0
    assert f"{bad}:8: clauses[0].when.age_at_least:" in result.stderr
    assert init_vault.read_bytes() == before
    listed = json.loads(run_cli("rules", "list", "--json", check=True).stdout)
    assert "ngo-women-over-50" not in {r["id"] for r in listed}

    syntax = tmp_path / "syntax.toml"
    syntax.write_text(OWN_RULE.replace('kind = "pardon"', "kind = pardon"), "utf-8")
    result = run_cli("eligibility", "--rule", str(syntax))
    assert result.returncode != 0 and f"{syntax}:3:" in result.stderr

    unknown = run_cli("eligibility", "--rule", "no-such-rule")
    assert unknown.returncode != 0 and "rules list" in unknown.stderr


def test_case_show_json_has_the_computed_block(
    run_cli: Run, init_vault: Path, tmp_path: Path
) -> None:
    case_id = add_case(run_cli, tmp_path, example_case())
    shown = json.loads(
        run_cli("case", "show", case_id, "--on", "2025-12-19", "--json", check=True).stdout
    )
    computed = shown["computed"]
    assert {k: computed[k] for k in list(computed)[:7]} == {
        "last_day": "2026-01-31",
        "credited_days": 73,
        "unserved_days": 43,
        "served_fraction": 0.9608,  # 1053 of 1096 days
        "half": "2024-08-03",  # 2024-10-15 − 73 days
        "two_thirds": "2025-02-01",
        "three_quarters": "2025-05-03",
    }
