"""Case summaries as data and HTML (no Qt): sections, profile filtering, escaping, rules."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.case_json import parse_case
from app.eligibility import load_builtin_rules, parse_rule_text
from app.model import Case
from app.reports import (
    ProfileError,
    active_rules,
    build_summary,
    case_for_profile,
    summaries_html,
    summary_html,
)
from tests.conftest import example_case

PRINTED = date(2026, 1, 15)
PRIVILEGED_NOTE = "Defence strategy: challenge the search"
FAMILY_NOTE = "Ailə görüşü ayda bir dəfə"
PUBLIC_NOTE = "Public statement by the union"
PRIVILEGED_EVENT = "Lawyer visit about the strategy"
LAWYER_ASSESSMENT = "Checked with the prison office"


def rich_case(**overrides: Any) -> Case:
    data = example_case(
        notes=[
            {"text": PRIVILEGED_NOTE, "visibility": "privileged", "created": "2025-03-02T10:00:00"},
            {"text": FAMILY_NOTE, "visibility": "family", "created": "2025-02-01T10:00:00"},
            {"text": PUBLIC_NOTE, "visibility": "public", "created": "2025-01-01T10:00:00"},
        ],
        events=[
            {"date": "2025-03-01", "kind": "hearing", "text": "Appeal hearing",
             "visibility": "public"},
            {"date": "2026-01-05", "kind": "verdict", "text": "Appeal court verdict"},
            {"date": "2025-06-01", "kind": "visit", "text": PRIVILEGED_EVENT,
             "visibility": "privileged"},
        ],
        eligibility_notes=[
            {"rule_id": "az-amnesty-2025-12", "text": LAWYER_ASSESSMENT, "override": "eligible",
             "reason": "Release expected in March.", "date": "2026-01-10"},
        ],
    )  # fmt: skip
    data["sentence"]["start_date"] = "2023-09-15"  # type: ignore[index]
    data.update(overrides)
    return parse_case(data)


def html_for(profile: str, case: Case | None = None) -> str:
    case = case or rich_case()
    summary = build_summary(case, active_rules(None, PRINTED), profile=profile, printed_on=PRINTED)
    return summary_html(summary)


def test_colleague_summary_has_every_section_and_the_computed_dates() -> None:
    summary = build_summary(
        rich_case(), active_rules(None, PRINTED), profile="colleague", printed_on=PRINTED
    )
    assert [s.key for s in summary.sections] == [
        "person", "custody", "sentence", "eligibility", "deadlines", "events", "notes",
    ]  # fmt: skip
    sentence = summary.section("sentence")
    assert sentence is not None
    values = {row.label: row.value for row in sentence.rows}
    # start 2023-09-15 + P3Y − 1 day − 73 days of pretrial detention
    assert values["Last day"] == "3 July 2026"
    assert values["Unserved"] == "169 days (about 6 months) on 15 January 2026"
    assert values["Half of the term"] == "1 January 2025"
    assert values["Credit for custody"] == "73 days"
    eligibility = summary.section("eligibility")
    assert eligibility is not None
    titles = [block.title for block in eligibility.rules]
    assert any(t.startswith("Amnesty act of 19 December 2025") for t in titles)
    assert any(t.startswith("Conditional early release") for t in titles)
    assert not any("2021" in t for t in titles)  # that amnesty's window closed long ago
    amnesty = eligibility.rules[titles.index(next(t for t in titles if "2025" in t))]
    # The act as re-encoded (conditions on 19 December 2025): a man, less serious crime,
    # 196 days unserved that day — neither released nor reduced (more than a year
    # unserved is needed for the six months off).
    assert amnesty.verdict == "not eligible"
    assert any("unserved part more than 1 year" in reason for reason in amnesty.reasons)
    parole = eligibility.rules[titles.index(next(t for t in titles if "Art. 76" in t))]
    # half of the term on 2025-01-01 and six months served long before: eligible that day
    assert parole.verdict == "eligible on 15 January 2026 (right to apply, clause 3)"
    deadlines = summary.section("deadlines")
    assert deadlines is not None and deadlines.table is not None
    assert deadlines.table.rows[0][0] == "25 January 2026"  # 20 days after the verdict
    footer = summary.footer(1, 2)
    assert footer.startswith("Printed 15 January 2026 · Profile: colleague")
    assert footer.endswith("Page 1 of 2")


def test_colleague_html_shows_privileged_notes_events_and_assessments() -> None:
    html = html_for("colleague")
    for text in (PRIVILEGED_NOTE, FAMILY_NOTE, PUBLIC_NOTE, PRIVILEGED_EVENT, LAWYER_ASSESSMENT):
        assert text in html
    assert "lawyer&#x27;s copy" in html


def test_family_summary_never_shows_privileged_items() -> None:
    html = html_for("family")
    assert PRIVILEGED_NOTE not in html
    assert PRIVILEGED_EVENT not in html
    assert LAWYER_ASSESSMENT not in html
    assert FAMILY_NOTE in html
    assert PUBLIC_NOTE in html
    assert "Appeal court verdict" in html
    assert "Family copy" in html
    # Computed facts stay: the family sees the last day and the amnesty forecast.
    assert "3 July 2026" in html
    assert "eligible on 15 January 2026" in html


def test_public_summary_shows_only_public_items_and_the_birth_year() -> None:
    case = rich_case()
    summary = build_summary(case, active_rules(None, PRINTED), profile="public", printed_on=PRINTED)
    html = summary_html(summary)
    assert PUBLIC_NOTE in html
    assert "Appeal hearing" in html
    for hidden in (PRIVILEGED_NOTE, FAMILY_NOTE, PRIVILEGED_EVENT, LAWYER_ASSESSMENT,
                   "Appeal court verdict", "1985-03-02"):  # fmt: skip
        assert hidden not in html
    assert summary.section("deadlines") is None
    person = summary.section("person")
    assert person is not None
    assert {row.label: row.value for row in person.rows}["Born"] == "1985"


def test_profile_filter_keeps_the_sentence_computed_on_the_whole_case() -> None:
    case = rich_case(
        events=[{"date": "2025-01-01", "kind": "pardon", "release_on": "2025-02-01",
                 "visibility": "privileged", "text": "Pardon decree"}]
    )  # fmt: skip
    assert case_for_profile(case, "family").events == ()
    html = html_for("family", case)
    assert "Pardon decree" not in html
    assert "1 February 2025" in html  # the last day the pardon set


def test_names_and_notes_cannot_add_markup() -> None:
    case = rich_case(
        notes=[{"text": '<img src="file:///etc/passwd"> & <b>x</b>', "visibility": "family"}]
    )
    html = html_for("family", case)
    assert "<img" not in html
    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt; &amp; &lt;b&gt;x&lt;/b&gt;" in html


def test_pretrial_case_has_no_sentence_but_its_charges() -> None:
    case = rich_case(
        status="pretrial",
        sentence=None,
        events=[{"date": "2025-02-01", "kind": "charge", "text": "Charged under 228.4"}],
    )
    summary = build_summary(case, [], profile="family", printed_on=PRINTED)
    sentence = summary.section("sentence")
    assert sentence is not None
    assert [(r.label, r.value) for r in sentence.rows] == [("Charges", "Charged under 228.4")]
    assert "No rule applies on this date." in summary_html(summary)


def test_long_lists_are_cut_and_say_so() -> None:
    notes = [{"text": "n" * 3000, "visibility": "family", "created": f"2025-01-{d:02d}"}
             for d in range(1, 13)]  # fmt: skip
    events = [{"date": f"2024-{m:02d}-01", "kind": "visit", "text": f"visit {m}"}
              for m in range(1, 13)]  # fmt: skip
    summary = build_summary(
        rich_case(notes=notes, events=events), [], profile="family", printed_on=PRINTED
    )
    section = summary.section("notes")
    assert section is not None
    assert len(section.items) == 8
    assert section.items[0].meta == "12 January 2025"
    assert len(section.items[0].text) == 1000
    assert section.more == "4 earlier notes not printed."
    events_section = summary.section("events")
    assert events_section is not None and events_section.table is not None
    assert events_section.table.rows[0][2] == "visit 12"
    assert events_section.more == "2 earlier events not printed."


def test_one_deadline_left_out_is_said_in_the_singular() -> None:
    reminders = [{"date": f"2027-{m:02d}-01", "kind": "reminder", "text": f"visit {m}"}
                 for m in range(1, 10)]  # fmt: skip
    summary = build_summary(rich_case(events=reminders), [], profile="family", printed_on=PRINTED)
    section = summary.section("deadlines")
    assert section is not None and section.table is not None
    assert len(section.table.rows) == 8
    assert section.more == "1 later deadline not printed."


def test_unknown_profile_is_refused() -> None:
    with pytest.raises(ProfileError, match="unknown profile 'friends'"):
        build_summary(rich_case(), [], profile="friends", printed_on=PRINTED)


def test_user_rule_is_evaluated_beside_the_built_in_ones() -> None:
    rule = parse_rule_text(
        'id = "ngo-test"\ntitle = "NGO test rule"\nkind = "pardon"\n'
        '[[clauses]]\neffect = "eligible"\n[clauses.when]\ngroups_any = ["religious_believers"]\n'
    )
    rules = [*load_builtin_rules(), rule]
    html = summary_html(build_summary(rich_case(), rules, profile="colleague", printed_on=PRINTED))
    assert "NGO test rule (evaluated on 15 January 2026)" in html
    assert "eligible on 15 January 2026 (right to apply, clause 1)" in html


def test_batch_html_breaks_the_page_between_cases() -> None:
    one = build_summary(rich_case(), [], profile="family", printed_on=PRINTED)
    two = build_summary(
        rich_case(person={"full_name": "Лейла Алиева"}), [], profile="family", printed_on=PRINTED
    )
    html = summaries_html([one, two])
    assert html.count("page-break-before: always") == 1
    assert html.index("Əli Həsənov") < html.index("Лейла Алиева")
