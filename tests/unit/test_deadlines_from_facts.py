"""The deadlines listing reads each case's facts (list row and light case), never the whole
case: it gives exactly what the whole case gives, for every kind of deadline."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.case_facts import facts_payload, light_case
from app.deadlines import ALERT_STATUSES, deadlines_for, deadlines_from_facts
from app.demo import generate_cases
from app.model import Case, CustodyPeriod, Event, Person, Sentence
from app.terms import Term

D = date.fromisoformat


def _from_facts(case: Case, today: date) -> object:
    """As the listing does: the light case only for a status that can have alerts."""
    row, payload = facts_payload(case)
    light = light_case(case.id, payload["case"], row) if row.status in ALERT_STATUSES else None
    return deadlines_from_facts(row.case_id, row.full_name, row.deadlines, today, light)


@settings(max_examples=30, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=10**6),
    made=st.integers(0, 3000),
    later=st.integers(-400, 900),
)
def test_demo_cases_give_the_same_deadlines_from_their_facts(
    seed: int, made: int, later: int
) -> None:
    made_on = date(2018, 1, 1) + timedelta(days=made)
    today = made_on + timedelta(days=later)
    cases = generate_cases(8, seed=seed, today=made_on)
    for case in cases:
        assert _from_facts(case, today) == deadlines_for(case, today, include_past=True)


def test_every_kind_of_deadline_comes_back_from_the_facts() -> None:
    events = (
        Event("v1", D("2021-11-02"), "verdict"),
        Event("a1", D("2021-12-20"), "appeal_decision"),
        Event("c1", D("2022-01-10"), "cassation_decision"),  # ECHR: 6 months (Protocol 15)
        Event("d1", D("2025-02-10"), "detention_appeal_decision", "text not kept"),
        Event("f1", D("2022-01-05"), "cassation_filed", answers="a1"),
        Event("r1", D("2025-05-01"), "reminder", "  Visit the colony  "),
        Event("r2", D("2025-06-01"), "reminder"),
        Event("p1", D("2023-01-01"), "amnesty_reduction", reduce_by=Term(months=6)),
    )
    imprisoned = Case(
        id="c-imprisoned",
        person=Person("Əli Həsənov", ("Ali Hasanov",), D("1980-01-02"), "male", ("journalists",)),
        status="imprisoned",
        custody=(CustodyPeriod(D("2021-05-01"), D("2021-11-01"), "pretrial_detention"),),
        sentence=Sentence(
            D("2021-11-02"), ("234.1-1",), "less_serious", Term(years=3), D("2021-11-02")
        ),
        events=events,
    )
    pretrial = Case(
        id="c-pretrial",
        person=Person("Гюльнара Мамедова"),
        status="pretrial",
        custody=(CustodyPeriod(D("2024-12-01"), None, "pretrial_detention", D("2025-03-01")),),
        events=events[3:],
    )
    for case in (imprisoned, pretrial):
        for today in (D("2022-01-01"), D("2025-04-01"), D("2030-01-01")):
            expected = deadlines_for(case, today, include_past=True)
            assert _from_facts(case, today) == expected
    kinds = {d.kind for d in deadlines_for(imprisoned, D("2030-01-01"), include_past=True)}
    assert kinds == {"appeal", "echr", "reminder", "term_served"}
    kinds = {d.kind for d in deadlines_for(pretrial, D("2030-01-01"), include_past=True)}
    assert kinds == {"detention_end", "echr", "reminder"}


def test_a_row_stored_before_entries_named_their_event_asks_for_the_whole_case() -> None:
    case = generate_cases(30, seed=4, today=D("2025-01-01"))
    with_decisions = [c for c in case if any(e.kind == "verdict" for e in c.events)]
    assert with_decisions
    row, payload = facts_payload(with_decisions[0])
    light = light_case(row.case_id, payload["case"], row)
    old_entries = [entry[:6] for entry in row.deadlines]
    assert (
        deadlines_from_facts(row.case_id, row.full_name, old_entries, D("2025-01-01"), light)
        is None
    )
