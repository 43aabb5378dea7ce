"""The dates of one synthetic case (:mod:`app.demo`): arrest, custody, sentence, birth;
:mod:`app.demo.story` then writes its events and notes on those dates.

Dates are worked on as ordinals (days) because this runs 100,000 times in a benchmark.
The invariants :mod:`app.demo` promises are made here:

- custody ends the day before the sentence starts; the verdict is given that day;
- an imprisoned (or unknown) person's last day, by docs/sentence-conventions.md (custody credited
1:1,
  amnesty reductions applied), is after ``today``; a released person's is before it, or
  a pardon's ``release_on`` is;
- a pretrial person has custody going on (no end) whose ``ordered_until`` lies one to
  eight weeks after ``today``, and no sentence;
- past events are on or before ``today``; only hearings and reminders lie ahead.
"""

from __future__ import annotations

from datetime import date

from app.demo.draft import CaseDraft, DemoRandom, articles_text, term_of, term_text
from app.demo.names import MALE_GIVEN, SURNAMES_OV
from app.demo.story import StoryWriter
from app.demo.texts import (
    AGENCIES,
    AILMENTS,
    APPEAL_COURTS,
    CITIES,
    CLOSED_PRISON,
    DISTRICT_COURTS,
    GRAVE_CRIMES_COURTS,
    ITEMS,
    OCCUPATIONS,
    PENITENTIARY_MEN,
    PENITENTIARY_WOMEN,
    PRETRIAL_FACILITIES,
    REGIMES_BY_CATEGORY,
    RELATIVES,
    SETTLEMENT,
)
from app.model import CustodyPeriod, Sentence
from app.sentence.calendar import add_months_days

EARLIEST_VERDICT = date(2016, 1, 1)
# The amnesty act of docs/rules.md (19 December 2025); other amnesty dates are random days.
REPORTED_AMNESTY = date(2025, 12, 19)

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
        self.today_number = today.toordinal()
        # Verdicts from 2016 on (earlier only when ``today`` is before 2026).
        self.min_start = min(EARLIEST_VERDICT.toordinal(), self.today_number - 3650)
        self.new_id = rng.new_id
        self.story = StoryWriter(rng, today)
        self._settings = [self._setting() for _ in range(SETTINGS_POOL)]
        self._relatives = {
            sex: [(r, r[0].upper() + r[1:]) for r in relatives]
            for sex, relatives in RELATIVES.items()
        }

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
        self.story.notes(d, fields, arrest, end)

    # ------------------------------------------------------------ events

    def _pretrial(self, d: CaseDraft, f: dict[str, str]) -> tuple[int, int]:
        rng, t = self.rng, self.today_number
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
            self.story.event(
                d, moved, "other", f"The {f['district']} replaced detention with house arrest."
            )
        else:
            d.custody.append(
                CustodyPeriod(date.fromordinal(arrest), None, "pretrial_detention", ordered_until)
            )
            d.facility = f["pretrial_facility"]
        if rng.random() < 0.7:
            d.arrested_on = date.fromordinal(arrest)
        self.story.event(d, arrest, "arrest", f"Detained by {rng.choice(AGENCIES)} in {f['city']}.")
        self.story.event(
            d,
            min(arrest + 1, t),
            "charge",
            f"Charged under {f['articles']}; the {f['district']} ordered the measure of restraint.",
        )
        if since > 100:
            extended = max(arrest + 60, min(t - 1, ordered_until.toordinal() - 120))
            self.story.event(
                d,
                extended,
                "detention_extended",
                f"The {f['district']} extended the measure of restraint until "
                f"{ordered_until.isoformat()}.",
            )
        if rng.random() < 0.4:
            hearing = self.story.between(t + 3, ordered_until.toordinal() - 1)
            if hearing is not None:
                self.story.event(d, hearing, "hearing", f"Preliminary hearing at the {f['court']}.")
        if d.facility is not None and since > 21 and rng.random() < 0.5:
            self.story.event(
                d,
                rng.randint(arrest + 14, t - 1),
                "visit",
                f"Family visit at the {d.facility}.",
                "family",
            )
        self.story.event(
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
        rng, t = self.rng, self.today_number
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

        self.story.court_events(d, f, arrest, detention, house, start, months, regime)
        end = t
        if reduce:
            day = self.story.between(start + 30, min(t - 5, last - 1))
            if day is None:
                reduce = 0
            else:
                if start + 30 <= REPORTED_AMNESTY.toordinal() <= min(t - 5, last - 1):
                    day = REPORTED_AMNESTY.toordinal() if rng.random() < 0.6 else day
                self.story.adjustment(
                    d,
                    day,
                    "amnesty_reduction",
                    f"Amnesty act applied: the term was reduced by {term_text(reduce)}.",
                    reduce_by=term_of(reduce),
                )
        if pardon:
            end = self.story.pardon(d, start, last, place)
        elif released:
            end = last + 1
            self.story.event(
                d, end, "release", f"Released from {place} after serving the sentence."
            )
        self.story.custody_life(d, f, start, end, place)
        if d.status == "imprisoned":
            self.story.parole_reminder(d, f, start, months - reduce, held)
        return arrest, end

    def _last_day(self, start: int, months: int, held: int) -> int:
        """docs/sentence-conventions.md: add(start, term) − 1 day − credited days (custody credited
        1:1)."""
        return add_months_days(date.fromordinal(start), months).toordinal() - 1 - held

    def _facility(self, sex: str, regime: str) -> str:
        if regime == "settlement":
            return SETTLEMENT[0]
        if regime == "prison":
            return CLOSED_PRISON[0]
        if sex == "female":
            return PENITENTIARY_WOMEN[0]
        return self.rng.choice(PENITENTIARY_MEN)

    def _birth(self, d: CaseDraft, arrest: int) -> int:
        """Set a birth date making the person 18..75 today and at least 18 at the arrest;
        returns the age at the arrest in whole years."""
        rng = self.rng
        age = int(rng.triangular(18, 70, 32))
        birth = arrest - age * 365 - age // 4 - rng.randint(0, 364)
        birth = max(min(birth, arrest - 6580), self.today_number - 27390)
        if d.status != "unknown" or rng.random() < 0.5:
            d.birth_date = date.fromordinal(birth)
        return (arrest - birth) * 4 // 1461
