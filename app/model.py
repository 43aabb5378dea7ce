"""The domain model: a client's case as typed, immutable values.

The JSON form of a case (docs/case-json.md, "case JSON v1") is a contract; :mod:`app.case_json`
reads and writes it. These classes carry no I/O and no crypto.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from datetime import date

from app.groups import DEFAULT_GROUPS
from app.terms import Term

CATEGORIES = ("minor", "less_serious", "grave", "especially_grave")
CUSTODY_KINDS = ("pretrial_detention", "house_arrest", "administrative_detention", "other")
STATUSES = ("pretrial", "imprisoned", "released", "deceased", "unknown")
VISIBILITIES = ("privileged", "family", "public")
SEXES = ("male", "female", "other")
RECIDIVISM = ("none", "repeat", "dangerous", "especially_dangerous")

# Event kinds. Adjustment kinds change the sentence (docs/sentence-conventions.md); decision kinds
# start
# procedural deadlines (app.deadlines).
ADJUSTMENT_KINDS = ("amnesty_reduction", "pardon", "appeal_change", "sentence_change")
EVENT_KINDS = (
    "arrest",
    "charge",
    "hearing",
    "verdict",
    "appeal_filed",
    "appeal_decision",
    "cassation_filed",
    "cassation_decision",
    "final_decision",
    "detention_appeal_decision",
    "echr_application",
    "detention_extended",
    "transfer",
    "visit",
    "hunger_strike",
    "health",
    "release",
    "reminder",
    "other",
    *ADJUSTMENT_KINDS,
)

# The built-in groups (ids used in case JSON); groups are the user's own vocabulary: app.groups.
KNOWN_GROUPS = DEFAULT_GROUPS


@dataclass(frozen=True)
class Person:
    full_name: str
    aliases: tuple[str, ...] = ()
    birth_date: date | None = None
    sex: str | None = None
    groups: tuple[str, ...] = ()


@dataclass(frozen=True)
class CustodyPeriod:
    """Days in custody; both ends count (inclusive). ``end`` is None while it goes on.

    ``ordered_until`` is the last day of the current court-ordered period (pretrial
    detention), which starts a deadline.
    """

    start: date
    end: date | None
    kind: str
    ordered_until: date | None = None


@dataclass(frozen=True)
class SentenceComponent:
    """One verdict aggregated into the sentence now served (CC Art. 66/67)."""

    verdict_date: date | None
    articles: tuple[str, ...]
    category: str | None
    term: Term | None
    life: bool = False


@dataclass(frozen=True)
class Interruption:
    """Days after the start not spent serving (at liberty pending appeal, escape); both ends
    count, and they move the last day and every milestone later."""

    start: date
    end: date
    reason: str = ""


@dataclass(frozen=True)
class Sentence:
    """The sentence now being served. ``life`` is a life term (``term`` is then None);
    ``prior_parole_revoked`` None means the case does not say (counts as False).

    ``term`` (when not life) and ``start_date`` may be None while the verdict is known but
    its text is not: such a sentence is stored, and what needs the missing field answers
    ``needs_review`` naming it (:attr:`missing`).
    """

    verdict_date: date | None
    articles: tuple[str, ...]
    category: str | None
    term: Term | None
    start_date: date | None
    regime: str | None = None
    life: bool = False
    components: tuple[SentenceComponent, ...] = ()
    prior_parole_revoked: bool | None = None
    recidivism: str | None = None
    interruptions: tuple[Interruption, ...] = ()

    @property
    def missing(self) -> tuple[str, ...]:
        """The case JSON paths of what the arithmetic needs and the record lacks
        (``sentence.term``, ``sentence.start_date``); empty when dates can be computed."""
        gaps: list[str] = []
        if self.term is None and not self.life:
            gaps.append("sentence.term")
        if self.start_date is None:
            gaps.append("sentence.start_date")
        return tuple(gaps)


@dataclass(frozen=True)
class Note:
    id: str
    text: str
    visibility: str
    created: str | None = None  # ISO timestamp, UTC


@dataclass(frozen=True)
class Event:
    """A dated event. Adjustment kinds carry what changed:

    ``reduce_by`` shortens the term, ``new_term`` replaces it, ``release_on`` sets the
    last day (a pardon or amnesty release), ``reduce_unserved_by`` cuts the part still
    unserved on the event's date by a fraction such as ``"1/2"`` (a pardon).
    """

    id: str
    date: date
    kind: str
    text: str = ""
    reduce_by: Term | None = None
    new_term: Term | None = None
    release_on: datetime.date | None = None
    visibility: str = "family"
    reduce_unserved_by: str | None = None
    answers: str | None = None  # a filing: the id of the decision it answers (app.deadlines)


@dataclass(frozen=True)
class EligibilityNote:
    """A lawyer's note on one rule for one case; ``override`` never replaces the computed result,
    it is shown beside it."""

    id: str
    rule_id: str
    text: str
    override: str | None = None  # one of the result statuses, or None
    reason: str = ""
    date: datetime.date | None = None


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    name: str
    size: int
    sha256: str
    media_type: str
    visibility: str = "privileged"
    added: str | None = None


@dataclass(frozen=True)
class Case:
    id: str
    person: Person
    status: str = "unknown"
    arrested_on: date | None = None
    facility: str | None = None
    custody: tuple[CustodyPeriod, ...] = ()
    sentence: Sentence | None = None
    notes: tuple[Note, ...] = ()
    events: tuple[Event, ...] = ()
    eligibility_notes: tuple[EligibilityNote, ...] = ()
    attachments: tuple[AttachmentInfo, ...] = field(default=())

    @property
    def arrest_date(self) -> date | None:
        """The day of arrest: ``arrested_on``, else the earliest custody start."""
        if self.arrested_on is not None:
            return self.arrested_on
        starts = [period.start for period in self.custody]
        return min(starts) if starts else None
