"""The events and notes of one synthetic case (:mod:`app.demo`), written once
:mod:`app.demo.timeline` has fixed its dates: arrest, charge, hearings, verdict, appeals,
transfers, visits, health, amnesty, pardon, release and reminders, and one to three notes
of each visibility.

Past events fall on or before ``today``; only hearings and reminders lie ahead.
"""

from __future__ import annotations

from datetime import date

from app.demo.draft import CaseDraft, DemoRandom, term_text
from app.demo.texts import (
    AGENCIES,
    FAMILY_NOTES,
    PRIVILEGED_NOTES,
    PRIVILEGED_NOTES_PRETRIAL,
    PRIVILEGED_NOTES_SENTENCED,
    PUBLIC_NOTES,
)
from app.model import Event, Note
from app.sentence.calendar import add_months_days, fraction_offset
from app.sentence.profile import AZ
from app.terms import Term

# Pardon decrees usually come before Novruz, Independence Day or the New Year.
PARDON_DAYS = ((3, 16), (3, 19), (5, 27), (12, 30))

_HEARINGS = (
    "Preliminary hearing at the {court}.",
    "Trial hearing at the {court}: prosecution witnesses questioned.",
    "Hearing at the {court} postponed; the defence motion to examine the CCTV was refused.",
    "Trial hearing at the {court}: the defendant's final statement.",
)
# Office hours, UTC, every five minutes: the time part of a note's ``created`` stamp.
_NOTE_TIMES = tuple(f"T{h:02d}:{m:02d}:00+00:00" for h in range(5, 17) for m in range(0, 60, 5))
_VISIT_DETAILS = (
    "in good spirits",
    "complained about the cold in the cell",
    "asked for books and a dictionary",
    "worried about the children's school",
    "has lost weight",
)
_LATER_REMINDERS = (
    "Ask the parole commission for its decision on the petition.",
    "Confirm the date of the next long visit with the facility.",
    "Check whether the new amnesty act covers {articles}.",
)


class StoryWriter:
    """Adds dated events and notes to a :class:`CaseDraft` (not thread-safe)."""

    def __init__(self, rng: DemoRandom, today: date) -> None:
        self.rng = rng
        self.today_number = today.toordinal()
        self.new_id = rng.new_id
        self._privileged_sentenced = PRIVILEGED_NOTES + PRIVILEGED_NOTES_SENTENCED
        self._privileged_pretrial = PRIVILEGED_NOTES + PRIVILEGED_NOTES_PRETRIAL

    def event(
        self, d: CaseDraft, day: int, kind: str, text: str, visibility: str = "public"
    ) -> None:
        d.events.append(
            Event(self.new_id(), date.fromordinal(day), kind, text, None, None, None, visibility)
        )

    def adjustment(
        self,
        d: CaseDraft,
        day: int,
        kind: str,
        text: str,
        *,
        reduce_by: Term | None = None,
        release_on: date | None = None,
    ) -> None:
        d.events.append(
            Event(
                id=self.new_id(),
                date=date.fromordinal(day),
                kind=kind,
                text=text,
                reduce_by=reduce_by,
                release_on=release_on,
                visibility="public",
            )
        )

    def between(self, low: int, high: int) -> int | None:
        """A random day in ``[low, high]``, or None when the range is empty."""
        return self.rng.randint(low, high) if low <= high else None

    # ------------------------------------------------------------ pretrial

    def court_events(
        self,
        d: CaseDraft,
        f: dict[str, str],
        arrest: int,
        detention: int,
        house: int,
        start: int,
        months: int,
        regime: str,
    ) -> None:
        rng, t = self.rng, self.today_number
        self.event(d, arrest, "arrest", f"Detained by {rng.choice(AGENCIES)} in {f['city']}.")
        self.event(
            d,
            arrest + 1,
            "charge",
            f"Charged under {f['articles']}; the {f['district']} ordered pretrial detention.",
        )
        if detention > 130:
            self.event(
                d,
                arrest + 120,
                "detention_extended",
                f"The {f['district']} extended pretrial detention by four months.",
            )
        if house:
            self.event(
                d,
                arrest + detention,
                "other",
                f"The {f['court']} replaced detention with house arrest.",
            )
        for _ in range(rng.randint(1, 2)):
            day = self.between(max(arrest + 2, start - 75), start - 1)
            if day is not None:
                self.event(d, day, "hearing", rng.choice(_HEARINGS).format(court=f["court"]))
        self.event(
            d,
            start,
            "verdict",
            f"The {f['court']} sentenced {f['him']} to {term_text(months)} ({regime} regime).",
        )
        appeal = start + rng.randint(60, 150)
        filed = start + rng.randint(8, 19)
        if filed <= t:
            self.event(d, filed, "appeal_filed", f"Appeal filed with the {f['appeal_court']}.")
        if appeal > t:
            return
        self.event(d, appeal, "appeal_decision", f"The {f['appeal_court']} upheld the verdict.")
        cassation = appeal + rng.randint(120, 240)
        if cassation > t or rng.random() < 0.2:
            return
        self.event(
            d,
            cassation,
            "cassation_decision",
            "The Supreme Court upheld the lower courts' decisions.",
        )
        final = cassation
        if rng.random() < 0.35 and cassation + 40 <= t:
            final = cassation + rng.randint(10, 40)
            self.event(
                d,
                final,
                "final_decision",
                "The Supreme Court's decision was served in full; domestic remedies are exhausted.",
            )
        if rng.random() < 0.4 and final + 110 <= t:
            self.event(
                d,
                final + rng.randint(30, 110),
                "echr_application",
                "Application lodged with the European Court of Human Rights.",
                "privileged",
            )

    def pardon(self, d: CaseDraft, start: int, last: int, place: str) -> int:
        rng, t = self.rng, self.today_number
        high = min(t - 3, last - 20)
        low = min(start + 90, high)
        day = rng.randint(low, high) if low <= high else min(start + 1, t)
        month, dom = rng.choice(PARDON_DAYS)
        holiday = date(date.fromordinal(day).year, month, dom).toordinal()
        if low <= holiday <= high:
            day = holiday
        release = min(day + rng.randint(0, 2), t)
        self.adjustment(
            d,
            day,
            "pardon",
            "Pardoned by presidential decree.",
            release_on=date.fromordinal(release),
        )
        self.event(d, release, "release", f"Released from {place} under the pardon decree.")
        return release

    def custody_life(
        self, d: CaseDraft, f: dict[str, str], start: int, end: int, place: str
    ) -> None:
        """Transfer to the institution, family visits and health events while held."""
        rng = self.rng
        last_held = min(self.today_number, end) - 1
        transfer = start + rng.randint(20, 60)
        if transfer <= last_held:
            self.event(
                d,
                transfer,
                "transfer",
                f"Transferred from {f['pretrial_facility']} to {place}.",
                "family",
            )
        for _ in range(rng.randint(0, 2)):
            day = self.between(start + 40, last_held)
            if day is not None:
                detail = rng.choice(_VISIT_DETAILS)
                self.event(
                    d, day, "visit", f"Family visit: {f['relative']} came; {detail}.", "family"
                )
        if rng.random() < 0.15:
            day = self.between(start + 30, last_held)
            if day is not None:
                self.event(
                    d,
                    day,
                    "health",
                    f"Complained of {f['ailment']}; examined by the facility doctor.",
                    "family",
                )

    def parole_reminder(
        self, d: CaseDraft, f: dict[str, str], start: int, months: int, held: int
    ) -> None:
        """A reminder before the CC Art. 76 milestone, or a routine one when it has passed."""
        rng, t = self.rng, self.today_number
        numerator, denominator = AZ.parole_fractions.for_category(d.category)
        whole, days = fraction_offset(Term(months=months), numerator, denominator)
        milestone = add_months_days(date.fromordinal(start), whole, days - held)
        if milestone.toordinal() > t:
            self.event(
                d,
                max(t + 1, milestone.toordinal() - 30),
                "reminder",
                f"Parole under CC Art. 76 possible from {milestone.isoformat()}: prepare the "
                "petition and the character reference.",
                "privileged",
            )
        else:
            text = rng.choice(_LATER_REMINDERS).format(articles=f["articles"])
            self.event(d, t + rng.randint(7, 60), "reminder", text, "privileged")

    # ------------------------------------------------------------ person and notes

    def notes(self, d: CaseDraft, f: dict[str, str], arrest: int, end: int) -> None:
        """One to three notes of each visibility, different templates, dated while held."""
        rand, new_id, notes = self.rng.random, self.new_id, d.notes
        privileged = self._privileged_pretrial if d.sentence is None else self._privileged_sentenced
        span = max(arrest, min(end, self.today_number)) - arrest + 1
        for visibility, pool in (
            ("privileged", privileged),
            ("family", FAMILY_NOTES),
            ("public", PUBLIC_NOTES),
        ):
            size = len(pool)
            first = int(rand() * size)
            # Indices first, first + step, first + 2·step differ unless 2·step = size.
            step = 1 + int(rand() * (size - 1))
            if 2 * step == size:
                step = 1
            chance = rand()  # one note for half the cases, two for 35%, three for 15%
            for i in range(1 if chance < 0.5 else 2 if chance < 0.85 else 3):
                day = date.fromordinal(arrest + int(rand() * span)).isoformat()
                at = _NOTE_TIMES[int(rand() * len(_NOTE_TIMES))]
                text = pool[(first + i * step) % size].format_map(f)
                notes.append(Note(new_id(), text, visibility, day + at))
