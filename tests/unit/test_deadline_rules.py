"""Which decision a deadline follows and which filing answers it, detention orders that ran
out, served terms, stable ids and done marks. Every date is worked out by hand in a comment."""

from __future__ import annotations

from datetime import date

from app.deadline_kinds import KINDS, LANGUAGES, kind_label
from app.deadlines import (
    Deadline,
    deadline_id,
    deadlines_for,
    deadlines_json,
    is_pending,
    row_deadlines,
)
from app.ics import summary_for
from app.model import Case, CustodyPeriod, Event, Person, Sentence
from app.terms import Term

D = date.fromisoformat


def case_of(
    *events: Event,
    status: str = "imprisoned",
    custody: tuple[CustodyPeriod, ...] = (),
    sentence: Sentence | None = None,
) -> Case:
    return Case(
        id="case-9",
        person=Person("Tofiq Yaqubov"),
        status=status,
        custody=custody,
        sentence=sentence,
        events=events,
    )


def ev(event_id: str, day: str, kind: str, answers: str | None = None) -> Event:
    return Event(event_id, D(day), kind, answers=answers)


def kinds_and_dues(found: list[Deadline]) -> list[tuple[str, str | None, date]]:
    return [(d.kind, d.source_event_id, d.due) for d in found]


# ------------------------------------------------------------ which filing answers what


def test_a_filing_answers_only_the_decision_it_names() -> None:
    # Two verdicts (the first quashed, a retrial); the appeal names the first verdict.
    case = case_of(
        ev("v1", "2024-12-02", "verdict"),
        ev("v2", "2025-02-25", "verdict"),
        ev("f", "2025-03-03", "appeal_filed", answers="v1"),
    )
    found = deadlines_for(case, D("2025-03-01"), include_past=True)
    # v2: 2025-02-25 + 20 days = 2025-03-17; v1's appeal is answered.
    assert kinds_and_dues(found) == [("appeal", "v2", D("2025-03-17"))]


def test_a_filing_without_answers_meets_the_latest_earlier_decision_only() -> None:
    case = case_of(
        ev("v1", "2025-01-10", "verdict"),
        ev("v2", "2025-02-25", "verdict"),
        ev("f", "2025-03-03", "appeal_filed"),
    )
    found = deadlines_for(case, D("2025-03-01"), include_past=True)
    # The filing answers v2 (the latest verdict on or before 2025-03-03); v1's appeal,
    # 2025-01-10 + 20 days = 2025-01-30, is still open.
    assert kinds_and_dues(found) == [("appeal", "v1", D("2025-01-30"))]


def test_a_filing_before_the_decision_answers_nothing() -> None:
    case = case_of(ev("f", "2025-02-01", "appeal_filed"), ev("v", "2025-02-25", "verdict"))
    assert kinds_and_dues(deadlines_for(case, D("2025-03-01"))) == [
        ("appeal", "v", D("2025-03-17"))
    ]


def test_a_filing_naming_a_decision_of_another_kind_answers_nothing() -> None:
    # An ECHR application that names a verdict does not meet the verdict's appeal, nor the
    # cassation decision's ECHR deadline (it names another decision).
    case = case_of(
        ev("v", "2025-02-25", "verdict"),
        ev("c", "2025-01-15", "cassation_decision"),
        ev("e", "2025-03-01", "echr_application", answers="v"),
    )
    found = deadlines_for(case, D("2025-03-01"))
    # appeal: 2025-02-25 + 20 days = 2025-03-17; ECHR: 2025-01-15 + 4 months = 2025-05-15.
    assert kinds_and_dues(found) == [
        ("appeal", "v", D("2025-03-17")),
        ("echr", "c", D("2025-05-15")),
    ]


def test_an_appeal_filing_never_meets_a_cassation_deadline() -> None:
    case = case_of(ev("a", "2025-01-31", "appeal_decision"), ev("f", "2025-02-10", "appeal_filed"))
    # 2025-01-31 + 1 month = 2025-02-28 (clamped to the month's end).
    assert kinds_and_dues(deadlines_for(case, D("2025-02-01"))) == [
        ("cassation", "a", D("2025-02-28"))
    ]


def test_each_deadline_names_its_decision() -> None:
    (deadline,) = deadlines_for(case_of(ev("a", "2025-01-31", "appeal_decision")), D("2025-02-01"))
    assert (deadline.source_event_id, deadline.decision_kind, deadline.start) == (
        "a",
        "appeal_decision",
        D("2025-01-31"),
    )


# ------------------------------------------------------------ detention decided on appeal


def test_a_detention_decision_on_appeal_opens_the_echr_clock_not_a_cassation() -> None:
    case = case_of(ev("d", "2025-01-31", "detention_appeal_decision"), status="pretrial")
    found = deadlines_for(case, D("2025-02-01"))
    # Final (CPC 157.6): 2025-01-31 + 4 months = 2025-05-31; no cassation deadline.
    assert kinds_and_dues(found) == [("echr", "d", D("2025-05-31"))]
    assert "Art. 5" in found[0].text


def test_an_echr_application_meets_the_detention_decision_it_follows() -> None:
    case = case_of(
        ev("d", "2025-01-31", "detention_appeal_decision"),
        ev("e", "2025-04-02", "echr_application"),
        status="pretrial",
    )
    assert deadlines_for(case, D("2025-02-01"), include_past=True) == []


# ------------------------------------------------------------ detention orders


def test_a_detention_order_that_ran_out_without_an_extension_is_an_overdue_alert() -> None:
    custody = (CustodyPeriod(D("2024-12-01"), None, "pretrial_detention", D("2025-02-01")),)
    case = case_of(status="pretrial", custody=custody)
    (alert,) = deadlines_for(case, D("2025-03-01"), include_past=True)
    assert (alert.kind, alert.due, alert.alert) == ("detention_end", D("2025-02-01"), True)
    # Still pending a year later, unlike an ordinary deadline (shown 90 days).
    assert is_pending(alert, D("2026-03-01"))
    (json_alert,) = deadlines_json([alert], today=D("2025-03-01"))
    assert json_alert["overdue"] is True and json_alert["alert"] is True


def test_an_extension_recorded_as_a_new_order_moves_the_date() -> None:
    custody = (
        CustodyPeriod(D("2024-12-01"), D("2025-02-01"), "pretrial_detention", D("2025-02-01")),
        CustodyPeriod(D("2025-02-02"), None, "pretrial_detention", D("2025-05-01")),
    )
    (deadline,) = deadlines_for(
        case_of(status="pretrial", custody=custody), D("2025-03-01"), include_past=True
    )
    assert deadline.due == D("2025-05-01")
    assert deadlines_json([deadline], today=D("2025-03-01"))[0]["overdue"] is False


def test_no_detention_alert_once_the_detention_ended_or_after_the_verdict() -> None:
    ended = (
        CustodyPeriod(D("2024-12-01"), D("2025-01-15"), "pretrial_detention", D("2025-02-01")),
    )
    assert (
        deadlines_for(case_of(status="pretrial", custody=ended), D("2025-03-01"), include_past=True)
        == []
    )
    ongoing = (CustodyPeriod(D("2024-12-01"), None, "pretrial_detention", D("2025-02-01")),)
    assert (
        deadlines_for(
            case_of(status="released", custody=ongoing), D("2025-03-01"), include_past=True
        )
        == []
    )


# ------------------------------------------------------------ served terms


def one_year_from_2024() -> Sentence:
    return Sentence(D("2024-06-01"), ("221.3",), "less_serious", Term(years=1), D("2024-01-01"))


def test_an_imprisoned_person_whose_last_day_passed_is_an_alert() -> None:
    case = case_of(sentence=one_year_from_2024())
    # 2024-01-01 + 1 year = 2025-01-01, so the last day served is 2024-12-31.
    assert deadlines_for(case, D("2024-12-31"), include_past=True) == []  # still serving
    (alert,) = deadlines_for(case, D("2025-01-01"), include_past=True)
    assert (alert.kind, alert.due, alert.alert) == ("term_served", D("2024-12-31"), True)
    assert kind_label("term_served") == "Term served — should be free"
    assert is_pending(alert, D("2027-01-01"))


def test_a_released_person_raises_no_served_term_alert() -> None:
    case = case_of(sentence=one_year_from_2024(), status="released")
    assert deadlines_for(case, D("2025-06-01"), include_past=True) == []


def test_a_term_covered_by_credit_is_an_alert_from_the_start() -> None:
    # 365 days of pretrial detention in 2023 against a 6-month term from 2024-01-01
    # (2024-01-01..2024-06-30, 182 days): the last day is 2024-06-30 - 365 days = 2023-07-01.
    case = case_of(
        custody=(CustodyPeriod(D("2023-01-01"), D("2023-12-31"), "pretrial_detention"),),
        sentence=Sentence(D("2024-01-01"), ("221.3",), "minor", Term(months=6), D("2024-01-01")),
    )
    (alert,) = deadlines_for(case, D("2024-01-02"), include_past=True)
    assert (alert.kind, alert.due) == ("term_served", D("2023-07-01"))
    assert "credit" in alert.text


# ------------------------------------------------------------ ids and done marks


def test_ids_are_stable_and_distinct_per_decision() -> None:
    case = case_of(ev("v1", "2025-01-10", "verdict"), ev("v2", "2025-02-25", "verdict"))
    first = [d.id for d in deadlines_for(case, D("2025-01-01"), include_past=True)]
    moved = case_of(ev("v1", "2025-01-12", "verdict"), ev("v2", "2025-02-25", "verdict"))
    again = [d.id for d in deadlines_for(moved, D("2025-01-01"), include_past=True)]
    assert first == again  # a corrected date keeps the id
    assert len(set(first)) == 2 and all(len(i) == 12 for i in first)
    assert first[0] == deadline_id("case-9|appeal|v1")


def test_done_deadlines_leave_the_pending_list_and_stay_in_the_json_history() -> None:
    (deadline,) = deadlines_for(
        case_of(ev("v", "2025-02-25", "verdict")), D("2025-04-01"), include_past=True
    )
    today = D("2025-04-01")  # 2025-03-17 has passed: overdue
    assert is_pending(deadline, today)
    assert not is_pending(deadline, today, done={deadline.id})
    (out,) = deadlines_json([deadline], today=today, done={deadline.id})
    assert (out["id"], out["done"], out["overdue"]) == (deadline.id, True, False)
    # An ordinary deadline overdue for over 90 days leaves the pending list by itself.
    assert not is_pending(deadline, D("2025-06-16"))  # 2025-03-17 + 91 days


def test_list_rows_keep_ids_a_reminders_text_and_the_event_they_follow() -> None:
    case = case_of(
        Event("r", D("2025-03-10"), "reminder", "Bring the verdict to the visit"),
        ev("v", "2025-02-25", "verdict"),
    )
    assert row_deadlines(case) == [
        [
            "2025-03-10",
            "reminder",
            deadline_id("case-9|reminder|r"),
            "Bring the verdict to the visit",
            "",
            "",
            "r",
        ],
        [
            "2025-03-17",
            "appeal",
            deadline_id("case-9|appeal|v"),
            "",
            "2025-02-25",
            "verdict",
            "v",
        ],
    ]


# ------------------------------------------------------------ one table of names


def test_every_kind_is_named_in_every_language_and_the_calendar_uses_them() -> None:
    for kind in KINDS:
        names = {language: kind_label(kind, language) for language in LANGUAGES}
        assert all(names.values()) and "_" not in "".join(names.values())
        assert names["az"] != names["en"] and names["ru"] != names["en"]
    (deadline,) = deadlines_for(case_of(ev("v", "2025-02-25", "verdict")), D("2025-03-01"))
    assert summary_for(deadline, language="ru") == "Срок апелляционной жалобы — Tofiq Yaqubov"
    assert summary_for(deadline, with_names=False, language="az") == kind_label("appeal", "az")
    assert kind_label("some_new_kind") == "Some new kind"
