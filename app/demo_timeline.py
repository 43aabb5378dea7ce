"""The dated story of one synthetic case (:mod:`app.demo`): custody, sentence, events, notes.

Dates are worked on as ordinals (days) because this runs 100,000 times in a benchmark.
The invariants :mod:`app.demo` promises are made here:

- custody ends the day before the sentence starts; the verdict is given that day;
- an imprisoned (or unknown) person's last day, by DESIGN §4 (custody credited 1:1,
  amnesty reductions applied), is after ``today``; a released person's is before it, or
  a pardon's ``release_on`` is;
- a pretrial person has custody going on (no end) whose ``ordered_until`` lies one to
  eight weeks after ``today``, and no sentence;
- past events are on or before ``today``; only hearings and reminders lie ahead.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from app.demo_names import MALE_GIVEN, SURNAMES_OV
from app.demo_texts import (
    AGENCIES,
    AILMENTS,
    APPEAL_COURTS,
    CITIES,
    CLOSED_PRISON,
    DISTRICT_COURTS,
    FAMILY_NOTES,
    GRAVE_CRIMES_COURTS,
    ITEMS,
    OCCUPATIONS,
    PENITENTIARY_MEN,
    PENITENTIARY_WOMEN,
    PRETRIAL_FACILITIES,
    PRIVILEGED_NOTES,
    PRIVILEGED_NOTES_PRETRIAL,
    PRIVILEGED_NOTES_SENTENCED,
    PUBLIC_NOTES,
    REGIMES_BY_CATEGORY,
    RELATIVES,
    SETTLEMENT,
)
from app.model import CustodyPeriod, Event, Note, Sentence
from app.sentence.calendar import add_months_days, fraction_offset
from app.sentence.profile import AZ
from app.terms import Term

if TYPE_CHECKING:
    from _typeshed import SupportsLenAndGetItem

T = TypeVar("T")

EARLIEST_VERDICT = date(2016, 1, 1)
# The amnesty act of DESIGN §5 (19 December 2025); other amnesty dates are random days.
REPORTED_AMNESTY = date(2025, 12, 19)
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


class DemoRandom(random.Random):
    """A seeded :class:`random.Random` whose ``randint`` and ``choice`` are cheaper (a
    multiplication instead of rejection sampling, bias below 1e-12 for these ranges): they are
    called about 60 times a case. ``new_id()`` gives a 128-bit id as 32 hex digits from the
    same stream, one ``randbytes`` call per 1,024 ids."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.new_id: Callable[[], str] = _id_stream(self).__next__

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq: SupportsLenAndGetItem[T]) -> T:
        return seq[int(self.random() * len(seq))]


def _id_stream(rng: random.Random) -> Iterator[str]:
    while True:
        block = rng.randbytes(16 * 1024).hex()
        for start in range(0, len(block), 32):
            yield block[start : start + 32]


@dataclass(slots=True)
class CaseDraft:
    """What :class:`app.demo` decided (group, sex, charges, term, status) and what the
    timeline adds (everything else). Mutable: it lives for one case."""

    group: str
    sex: str
    articles: tuple[str, ...]
    category: str
    months: int
    status: str
    birth_date: date | None = None
    arrested_on: date | None = None
    facility: str | None = None
    custody: list[CustodyPeriod] = field(default_factory=list)
    sentence: Sentence | None = None
    notes: list[Note] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def articles_text(articles: tuple[str, ...]) -> str:
    """``Article 234.4.3`` / ``Articles 206.3.2, 192.3.2 and 213.2.1``."""
    if len(articles) == 1:
        return f"Article {articles[0]}"
    return f"Articles {', '.join(articles[:-1])} and {articles[-1]}"


def term_text(months: int) -> str:
    """``7 years 6 months``, ``1 year 6 months``, ``2 years``."""
    years, rest = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years} year{'s' if years > 1 else ''}")
    if rest:
        parts.append(f"{rest} month{'s' if rest > 1 else ''}")
    return " ".join(parts)


def term_of(months: int) -> Term:
    return Term(years=months // 12, months=months % 12)


# Each case's courts, places and note details come from a pool of this many combinations
# drawn once per generation: one random draw a case instead of nine.
SETTINGS_POOL = 1024
_PRONOUNS = {
    "male": {"He": "He", "he": "he", "his": "his", "him": "him"},
    "female": {"He": "She", "he": "she", "his": "her", "him": "her"},
}


class TimelineBuilder:
    """Fills a :class:`CaseDraft` from a shared random stream (not thread-safe)."""

    def __init__(self, rng: DemoRandom, today: date) -> None:
        self.rng = rng
        self.today = today
        self.t = today.toordinal()
        # Verdicts from 2016 on (earlier only when ``today`` is before 2026).
        self.min_start = min(EARLIEST_VERDICT.toordinal(), self.t - 3650)
        self.new_id = rng.new_id
        self._privileged_sentenced = PRIVILEGED_NOTES + PRIVILEGED_NOTES_SENTENCED
        self._settings = [self._setting() for _ in range(SETTINGS_POOL)]
        self._relatives = {
            sex: [(r, r[0].upper() + r[1:]) for r in relatives]
            for sex, relatives in RELATIVES.items()
        }
        self._privileged_pretrial = PRIVILEGED_NOTES + PRIVILEGED_NOTES_PRETRIAL

    def _setting(self) -> dict[str, str]:
        """Courts, places and details of one case's story (see :data:`SETTINGS_POOL`)."""
        rng = self.rng
        return {
            "grave_court": rng.choice(GRAVE_CRIMES_COURTS),
            "district_court": rng.choice(DISTRICT_COURTS),
            "district": rng.choice(DISTRICT_COURTS),
            "appeal_court": rng.choice(APPEAL_COURTS),
            "city": rng.choice(CITIES),
            "pretrial_facility": rng.choice(PRETRIAL_FACILITIES),
            "item": rng.choice(ITEMS),
            "ailment": rng.choice(AILMENTS),
            "witness": f"{rng.choice(MALE_GIVEN)[0]} {rng.choice(SURNAMES_OV)[0]}",
        }

    def build(self, d: CaseDraft) -> None:
        rng = self.rng
        fields = self._settings[int(rng.random() * SETTINGS_POOL)].copy()
        fields.update(_PRONOUNS[d.sex])
        grave = d.category in ("grave", "especially_grave")
        fields["court"] = fields["grave_court" if grave else "district_court"]
        fields["articles"] = articles_text(d.articles)
        fields["relative"], fields["Relative"] = rng.choice(self._relatives[d.sex])
        fields["occupation"] = rng.choice(OCCUPATIONS[d.group])
        if d.status == "pretrial":
            arrest, end = self._pretrial(d, fields)
        else:
            arrest, end = self._sentenced(d, fields)
        age = self._birth(d, arrest)
        year = date.fromordinal(arrest).year
        fields["arrest"] = date.fromordinal(arrest).isoformat()
        fields["age"] = str(age)
        fields["year"] = str(year)
        fields["list_year"] = str(min(year + rng.randint(0, 1), self.today.year))
        self._notes(d, fields, arrest, end)

    # ------------------------------------------------------------ events

    def _event(
        self, d: CaseDraft, day: int, kind: str, text: str, visibility: str = "public"
    ) -> None:
        d.events.append(
            Event(self.new_id(), date.fromordinal(day), kind, text, None, None, None, visibility)
        )

    def _adjustment(
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

    def _between(self, low: int, high: int) -> int | None:
        """A random day in ``[low, high]``, or None when the range is empty."""
        return self.rng.randint(low, high) if low <= high else None

    # ------------------------------------------------------------ pretrial

    def _pretrial(self, d: CaseDraft, f: dict[str, str]) -> tuple[int, int]:
        rng, t = self.rng, self.t
        since = rng.randint(10, 330)
        arrest = t - since
        ordered_until = date.fromordinal(t + rng.randint(7, 56))
        mode = rng.random()
        if mode < 0.10:
            d.custody.append(
                CustodyPeriod(date.fromordinal(arrest), None, "house_arrest", ordered_until)
            )
        elif mode < 0.22 and since > 20:
            moved = arrest + rng.randint(10, since - 5)
            d.custody.append(
                CustodyPeriod(
                    date.fromordinal(arrest), date.fromordinal(moved - 1), "pretrial_detention"
                )
            )
            d.custody.append(
                CustodyPeriod(date.fromordinal(moved), None, "house_arrest", ordered_until)
            )
            self._event(
                d, moved, "other", f"The {f['district']} replaced detention with house arrest."
            )
        else:
            d.custody.append(
                CustodyPeriod(date.fromordinal(arrest), None, "pretrial_detention", ordered_until)
            )
            d.facility = f["pretrial_facility"]
        if rng.random() < 0.7:
            d.arrested_on = date.fromordinal(arrest)
        self._event(d, arrest, "arrest", f"Detained by {rng.choice(AGENCIES)} in {f['city']}.")
        self._event(
            d,
            min(arrest + 1, t),
            "charge",
            f"Charged under {f['articles']}; the {f['district']} ordered the measure of restraint.",
        )
        if since > 100:
            extended = max(arrest + 60, min(t - 1, ordered_until.toordinal() - 120))
            self._event(
                d,
                extended,
                "detention_extended",
                f"The {f['district']} extended the measure of restraint until "
                f"{ordered_until.isoformat()}.",
            )
        if rng.random() < 0.4:
            hearing = self._between(t + 3, ordered_until.toordinal() - 1)
            if hearing is not None:
                self._event(d, hearing, "hearing", f"Preliminary hearing at the {f['court']}.")
        if d.facility is not None and since > 21 and rng.random() < 0.5:
            self._event(
                d,
                rng.randint(arrest + 14, t - 1),
                "visit",
                f"Family visit at the {d.facility}.",
                "family",
            )
        self._event(
            d,
            max(t + 1, ordered_until.toordinal() - 7),
            "reminder",
            f"The court order expires on {ordered_until.isoformat()}: prepare the objection "
            "to its extension.",
            "privileged",
        )
        f["facility"] = d.facility or "home"
        return arrest, t

    # ------------------------------------------------------------ sentenced

    def _sentenced(self, d: CaseDraft, f: dict[str, str]) -> tuple[int, int]:
        rng, t = self.rng, self.t
        months = d.months
        cap = months * 15  # custody before the verdict stays under half the term
        detention = min(rng.randint(60, 420), cap)
        house = rng.randint(30, 180) if rng.random() < 0.12 else 0
        if detention + house > cap:
            house = 0
        held = detention + house
        released = d.status == "released"
        pardon = released and rng.random() < 0.35
        reduce = 0
        if not released and months >= 30 and rng.random() < 0.06:
            reduce = 12 if months >= 60 and rng.random() < 0.5 else 6
        span = t - self.min_start
        length = int((months - reduce) * 30.44) - held  # about start .. last day
        if released and not pardon and length + 15 > span:
            pardon = True  # too long to have been served in full since 2016
        if released and not pardon:
            served = rng.randint(length + 15, span)
        elif pardon:
            served = rng.randint(120, max(120, min(length - 30, span)))
        else:
            served = rng.randint(25, max(25, min(length - 40, span)))
        start = t - served
        last = self._last_day(start, months - reduce, held)
        if not released or pardon:
            while last <= t + 5 and start < t - 25:
                start += 7
                last = self._last_day(start, months - reduce, held)
        else:
            while last >= t - 5:
                start -= 7
                last = self._last_day(start, months - reduce, held)
        arrest = start - held

        if house:
            d.custody.append(
                CustodyPeriod(
                    date.fromordinal(arrest),
                    date.fromordinal(arrest + detention - 1),
                    "pretrial_detention",
                )
            )
            d.custody.append(
                CustodyPeriod(
                    date.fromordinal(arrest + detention),
                    date.fromordinal(start - 1),
                    "house_arrest",
                )
            )
        else:
            d.custody.append(
                CustodyPeriod(
                    date.fromordinal(arrest), date.fromordinal(start - 1), "pretrial_detention"
                )
            )
        if rng.random() < 0.7:
            d.arrested_on = date.fromordinal(arrest)
        regime = (
            ("settlement" if d.category == "minor" else "general")
            if d.sex == "female"
            else rng.choice(REGIMES_BY_CATEGORY[d.category])
        )
        d.sentence = Sentence(
            verdict_date=date.fromordinal(start),
            articles=d.articles,
            category=d.category,
            term=term_of(months),
            start_date=date.fromordinal(start),
            regime=regime,
        )
        place = self._facility(d.sex, regime)
        f["facility"] = place
        if d.status == "imprisoned":
            d.facility = place

        self._court_events(d, f, arrest, detention, house, start, months, regime)
        end = t
        if reduce:
            day = self._between(start + 30, min(t - 5, last - 1))
            if day is None:
                reduce = 0
            else:
                if start + 30 <= REPORTED_AMNESTY.toordinal() <= min(t - 5, last - 1):
                    day = REPORTED_AMNESTY.toordinal() if rng.random() < 0.6 else day
                self._adjustment(
                    d,
                    day,
                    "amnesty_reduction",
                    f"Amnesty act applied: the term was reduced by {term_text(reduce)}.",
                    reduce_by=term_of(reduce),
                )
        if pardon:
            end = self._pardon(d, start, last, place)
        elif released:
            end = last + 1
            self._event(d, end, "release", f"Released from {place} after serving the sentence.")
        self._custody_life(d, f, start, end, place)
        if d.status == "imprisoned":
            self._parole_reminder(d, f, start, months - reduce, held)
        return arrest, end

    def _last_day(self, start: int, months: int, held: int) -> int:
        """DESIGN §4: add(start, term) − 1 day − credited days (custody credited 1:1)."""
        return add_months_days(date.fromordinal(start), months).toordinal() - 1 - held

    def _facility(self, sex: str, regime: str) -> str:
        if regime == "settlement":
            return SETTLEMENT[0]
        if regime == "prison":
            return CLOSED_PRISON[0]
        if sex == "female":
            return PENITENTIARY_WOMEN[0]
        return self.rng.choice(PENITENTIARY_MEN)

    def _court_events(
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
        rng, t = self.rng, self.t
        self._event(d, arrest, "arrest", f"Detained by {rng.choice(AGENCIES)} in {f['city']}.")
        self._event(
            d,
            arrest + 1,
            "charge",
            f"Charged under {f['articles']}; the {f['district']} ordered pretrial detention.",
        )
        if detention > 130:
            self._event(
                d,
                arrest + 120,
                "detention_extended",
                f"The {f['district']} extended pretrial detention by four months.",
            )
        if house:
            self._event(
                d,
                arrest + detention,
                "other",
                f"The {f['court']} replaced detention with house arrest.",
            )
        for _ in range(rng.randint(1, 2)):
            day = self._between(max(arrest + 2, start - 75), start - 1)
            if day is not None:
                self._event(d, day, "hearing", rng.choice(_HEARINGS).format(court=f["court"]))
        self._event(
            d,
            start,
            "verdict",
            f"The {f['court']} sentenced {f['him']} to {term_text(months)} ({regime} regime).",
        )
        appeal = start + rng.randint(60, 150)
        filed = start + rng.randint(8, 19)
        if filed <= t:
            self._event(d, filed, "appeal_filed", f"Appeal filed with the {f['appeal_court']}.")
        if appeal > t:
            return
        self._event(d, appeal, "appeal_decision", f"The {f['appeal_court']} upheld the verdict.")
        cassation = appeal + rng.randint(120, 240)
        if cassation > t or rng.random() < 0.2:
            return
        self._event(
            d,
            cassation,
            "cassation_decision",
            "The Supreme Court upheld the lower courts' decisions.",
        )
        final = cassation
        if rng.random() < 0.35 and cassation + 40 <= t:
            final = cassation + rng.randint(10, 40)
            self._event(
                d,
                final,
                "final_decision",
                "The Supreme Court's decision was served in full; domestic remedies are exhausted.",
            )
        if rng.random() < 0.4 and final + 110 <= t:
            self._event(
                d,
                final + rng.randint(30, 110),
                "echr_application",
                "Application lodged with the European Court of Human Rights.",
                "privileged",
            )

    def _pardon(self, d: CaseDraft, start: int, last: int, place: str) -> int:
        rng, t = self.rng, self.t
        high = min(t - 3, last - 20)
        low = min(start + 90, high)
        day = rng.randint(low, high) if low <= high else min(start + 1, t)
        month, dom = rng.choice(PARDON_DAYS)
        holiday = date(date.fromordinal(day).year, month, dom).toordinal()
        if low <= holiday <= high:
            day = holiday
        release = min(day + rng.randint(0, 2), t)
        self._adjustment(
            d,
            day,
            "pardon",
            "Pardoned by presidential decree.",
            release_on=date.fromordinal(release),
        )
        self._event(d, release, "release", f"Released from {place} under the pardon decree.")
        return release

    def _custody_life(
        self, d: CaseDraft, f: dict[str, str], start: int, end: int, place: str
    ) -> None:
        """Transfer to the institution, family visits and health events while held."""
        rng = self.rng
        last_held = min(self.t, end) - 1
        transfer = start + rng.randint(20, 60)
        if transfer <= last_held:
            self._event(
                d,
                transfer,
                "transfer",
                f"Transferred from {f['pretrial_facility']} to {place}.",
                "family",
            )
        for _ in range(rng.randint(0, 2)):
            day = self._between(start + 40, last_held)
            if day is not None:
                detail = rng.choice(_VISIT_DETAILS)
                self._event(
                    d, day, "visit", f"Family visit: {f['relative']} came; {detail}.", "family"
                )
        if rng.random() < 0.15:
            day = self._between(start + 30, last_held)
            if day is not None:
                self._event(
                    d,
                    day,
                    "health",
                    f"Complained of {f['ailment']}; examined by the facility doctor.",
                    "family",
                )

    def _parole_reminder(
        self, d: CaseDraft, f: dict[str, str], start: int, months: int, held: int
    ) -> None:
        """A reminder before the CC Art. 76 milestone, or a routine one when it has passed."""
        rng, t = self.rng, self.t
        numerator, denominator = AZ.parole_fractions.for_category(d.category)
        whole, days = fraction_offset(Term(months=months), numerator, denominator)
        milestone = add_months_days(date.fromordinal(start), whole, days - held)
        if milestone.toordinal() > t:
            self._event(
                d,
                max(t + 1, milestone.toordinal() - 30),
                "reminder",
                f"Parole under CC Art. 76 possible from {milestone.isoformat()}: prepare the "
                "petition and the character reference.",
                "privileged",
            )
        else:
            text = rng.choice(_LATER_REMINDERS).format(articles=f["articles"])
            self._event(d, t + rng.randint(7, 60), "reminder", text, "privileged")

    # ------------------------------------------------------------ person and notes

    def _birth(self, d: CaseDraft, arrest: int) -> int:
        """Set a birth date making the person 18..75 today and at least 18 at the arrest;
        returns the age at the arrest in whole years."""
        rng = self.rng
        age = int(rng.triangular(18, 70, 32))
        birth = arrest - age * 365 - age // 4 - rng.randint(0, 364)
        birth = max(min(birth, arrest - 6580), self.t - 27390)
        if d.status != "unknown" or rng.random() < 0.5:
            d.birth_date = date.fromordinal(birth)
        return (arrest - birth) * 4 // 1461

    def _notes(self, d: CaseDraft, f: dict[str, str], arrest: int, end: int) -> None:
        """One to three notes of each visibility, different templates, dated while held."""
        rand, new_id, notes = self.rng.random, self.new_id, d.notes
        privileged = self._privileged_pretrial if d.sentence is None else self._privileged_sentenced
        span = max(arrest, min(end, self.t)) - arrest + 1
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
