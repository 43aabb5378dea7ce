"""Deadlines from dated events and custody, and their .ics export read back with the
``icalendar`` library."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import icalendar

from app.deadlines import Deadline, deadline_id, deadlines_for, deadlines_json
from app.ics import deadlines_to_ics, fold_line, uid_for
from app.model import Case, CustodyPeriod, Event, Person, Sentence
from app.terms import Term

D = date.fromisoformat
NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


def make_case(
    *events: Event, status: str = "imprisoned", custody: tuple[CustodyPeriod, ...] = ()
) -> Case:
    return Case(
        id="case-7",
        person=Person("Əli Həsənov"),
        status=status,
        custody=custody,
        sentence=None
        if status == "pretrial"
        else Sentence(
            D("2024-11-01"), ("234.1-1",), "less_serious", Term(years=3), D("2024-06-01")
        ),
        events=events,
    )


def ev(event_id: str, day: str, kind: str, text: str = "") -> Event:
    return Event(event_id, D(day), kind, text)


def test_appeal_is_twenty_days_from_the_verdict() -> None:
    (deadline,) = deadlines_for(make_case(ev("v", "2025-02-25", "verdict")), D("2025-03-01"))
    assert (deadline.kind, deadline.due, deadline.source_event_id) == (
        "appeal",
        D("2025-03-17"),
        "v",
    )
    assert deadline.name == "Əli Həsənov"
    assert deadline.start == D("2025-02-25")
    assert "20 days" in deadline.text


def test_cassation_is_one_month_from_the_appeal_decision_at_month_end() -> None:
    (deadline,) = deadlines_for(
        make_case(ev("a", "2025-01-31", "appeal_decision")), D("2025-02-01")
    )
    assert (deadline.kind, deadline.due) == ("cassation", D("2025-02-28"))


def test_echr_is_four_months_from_the_final_decision_without_weekend_extension() -> None:
    final = deadlines_for(make_case(ev("f", "2025-01-10", "final_decision")), D("2025-01-10"))
    assert [(d.kind, d.due) for d in final] == [("echr", D("2025-05-10"))]  # a Saturday
    cassation = deadlines_for(
        make_case(ev("c", "2024-10-31", "cassation_decision")), D("2025-01-01")
    )
    assert [(d.kind, d.due) for d in cassation] == [("echr", D("2025-02-28"))]


def test_echr_six_months_before_protocol_15() -> None:
    (deadline,) = deadlines_for(make_case(ev("f", "2021-12-15", "final_decision")), D("2022-01-01"))
    assert deadline.due == D("2022-06-15")


def test_pretrial_detention_end_only_while_pretrial() -> None:
    custody = (
        CustodyPeriod(D("2024-09-01"), D("2024-11-30"), "pretrial_detention", D("2024-11-30")),
        CustodyPeriod(D("2024-12-01"), None, "pretrial_detention", D("2025-04-01")),
    )
    (deadline,) = deadlines_for(make_case(status="pretrial", custody=custody), D("2025-03-01"))
    assert (deadline.kind, deadline.due, deadline.source_event_id) == (
        "detention_end",
        D("2025-04-01"),
        None,
    )
    assert deadlines_for(make_case(custody=custody), D("2025-03-01")) == []


def test_reminders_and_sorting_and_past_deadlines() -> None:
    case = make_case(
        ev("r1", "2025-03-10", "reminder", "Visit Prison No. 13, bring documents"),
        ev("v", "2025-02-25", "verdict"),
        ev("old", "2024-01-10", "verdict"),
        ev("h", "2025-03-05", "hearing"),
    )
    found = deadlines_for(case, D("2025-03-01"))
    assert [(d.kind, d.due) for d in found] == [
        ("reminder", D("2025-03-10")),
        ("appeal", D("2025-03-17")),
    ]
    assert found[0].text == "Visit Prison No. 13, bring documents"
    everything = deadlines_for(case, D("2025-03-01"), include_past=True)
    assert [d.due for d in everything] == [D("2024-01-30"), D("2025-03-10"), D("2025-03-17")]


def test_a_recorded_filing_meets_the_deadline() -> None:
    case = make_case(ev("v", "2025-02-25", "verdict"), ev("f", "2025-03-03", "appeal_filed"))
    assert deadlines_for(case, D("2025-03-01")) == []


def test_deadlines_json() -> None:
    (out,) = deadlines_json(
        deadlines_for(make_case(ev("v", "2025-02-25", "verdict")), D("2025-03-01"))
    )
    # The id, the decision's kind and the states were added when deadlines could be marked
    # done; the other keys are as before.
    assert out == {
        "id": deadline_id("case-7|appeal|v"),
        "decision_kind": "verdict",
        "alert": False,
        "overdue": None,
        "done": False,
        "case_id": "case-7",
        "name": "Əli Həsənov",
        "kind": "appeal",
        "due": "2025-03-17",
        "source_event_id": "v",
        "text": "Appeal against the verdict delivered on 2025-02-25: 20 days",
        "start": "2025-02-25",
    }


# ------------------------------------------------------------------ .ics


def sample() -> list[Deadline]:
    long_text = "Принести документы; проверить, что адвокат видел приговор, " * 4
    return [
        Deadline(
            "c1",
            "Əli Həsənov",
            "appeal",
            D("2025-03-17"),
            "v1",
            "Appeal, 20 days; verdict",
            D("2025-02-25"),
        ),
        Deadline(
            "c2", "Гасан Алиев", "reminder", D("2025-03-20"), "r1", long_text, D("2025-03-20")
        ),
        Deadline(
            "c3",
            "Leyla Yunus-Məmmədova Şəfiqə qızı " * 3,
            "echr",
            D("2025-05-10"),
            "f1",
            "ECHR",
            None,
        ),
    ]


def test_ics_parses_with_icalendar_and_keeps_names_and_dates() -> None:
    data = deadlines_to_ics(sample(), now=NOW)
    calendar = icalendar.Calendar.from_ical(data)
    assert calendar["VERSION"] == "2.0"
    assert "Casework" in str(calendar["PRODID"])
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 3
    first = events[0]
    assert first.decoded("DTSTART") == D("2025-03-17")
    assert first.decoded("DTEND") == D("2025-03-18")
    assert str(first["SUMMARY"]) == "Appeal deadline — Əli Həsənov"
    assert str(first["DESCRIPTION"]) == "Appeal, 20 days; verdict"
    assert first.decoded("DTSTAMP") == NOW
    assert str(events[1]["SUMMARY"]).startswith("Reminder: Принести документы; проверить, что")
    assert str(events[2]["SUMMARY"]).endswith("Şəfiqə qızı ")
    alarm = first.walk("VALARM")[0]
    assert alarm.decoded("TRIGGER") == -timedelta(days=3)
    assert str(alarm["ACTION"]) == "DISPLAY"


def test_ics_lines_are_crlf_and_folded_at_75_octets() -> None:
    data = deadlines_to_ics(sample(), now=NOW)
    assert data.endswith(b"END:VCALENDAR\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # long summaries were folded
    for line in lines:
        line.decode("utf-8")  # no character split across a fold


def test_fold_never_splits_a_multibyte_character() -> None:
    folded = fold_line("SUMMARY:" + "ə" * 100)
    parts = folded.rstrip(b"\r\n").split(b"\r\n ")
    assert all(len(part) <= 75 for part in parts)
    assert b"".join(parts).decode("utf-8") == "SUMMARY:" + "ə" * 100


def test_uid_is_stable_and_reveals_nothing() -> None:
    one = sample()[0]
    moved = Deadline(
        one.case_id, one.name, one.kind, D("2025-03-18"), one.source_event_id, one.text
    )
    assert uid_for(one) == uid_for(moved)
    digest, domain = uid_for(one).split("@")
    assert domain == "casework" and len(digest) == 32 and int(digest, 16) >= 0
    assert uid_for(one) != uid_for(sample()[1])


def test_ics_without_names() -> None:
    calendar = icalendar.Calendar.from_ical(
        deadlines_to_ics(sample()[:1], now=NOW, with_names=False)
    )
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Appeal deadline"
    assert "Həsənov" not in deadlines_to_ics(sample()[:1], now=NOW, with_names=False).decode()


def test_empty_calendar_is_valid() -> None:
    calendar = icalendar.Calendar.from_ical(deadlines_to_ics([], now=NOW))
    assert list(calendar.walk("VEVENT")) == []
