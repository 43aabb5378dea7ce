"""Realistic synthetic cases for demonstrations, screenshots, tests and benchmarks.

:func:`generate_cases` is pure and deterministic: the same ``n``, ``seed`` and ``today``
give the same cases, ids included (every random choice comes from one seeded
:class:`random.Random`). Nobody in the output is a real person: names are drawn from
tables of common Azerbaijani names (:mod:`app.demo.names`), charges and places from
:mod:`app.demo.texts`.

What the data looks like (the shares are those of the union's list of political
prisoners, roughly):

- groups: about 60% religious believers, then journalists, opposition party members,
  civil activists and the rest of the twelve built-in groups (:mod:`app.groups`); every
  group appears once there are at least as many cases as groups; about 7% of people are in
  two groups;
- names in Azerbaijani Latin, sometimes in the official order with the patronymic
  (``Məmmədov Tofiq Həsən oğlu``), with aliases in Russian Cyrillic (``Тофик Мамедов``)
  and plain ASCII (``Tofig Mammadov``);
- status: about 72% imprisoned, 14% pretrial (detention or house arrest going on, the
  court order running a few weeks past ``today``, no sentence), 12.5% released (term
  served, or pardoned), 1.5% unknown;
- custody before the sentence (pretrial detention, sometimes followed by house arrest),
  the sentence starting the day after custody ends, verdict dates from 2016 on; an
  imprisoned person's computed last day is after ``today`` and a released person's is
  before it (docs/sentence-conventions.md arithmetic, amnesty reductions and pardons included);
- dated events consistent with all of that, and one to three notes of each visibility.

Cost: a case is about 20 model objects (ten events and five notes on average), about 7 KB
of memory and, on the project's 2-core build machine, 150 µs (see docs/PERFORMANCE.md for
the vault benchmark that uses this module). Nothing here does I/O except
:func:`create_demo_session` and :func:`write_demo_vault`.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import os
import random
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from app.collector import collector_paused
from app.demo.draft import CaseDraft, DemoRandom
from app.demo.names import (
    FEMALE_GIVEN,
    MALE_GIVEN,
    PATRONYMIC,
    SURNAMES_INVARIANT,
    SURNAMES_OV,
    ascii_spelling,
)
from app.demo.texts import ARTICLE_CATEGORY, ARTICLE_SETS, TERM_MONTHS
from app.demo.timeline import TimelineBuilder
from app.model import KNOWN_GROUPS, Case, Person

if TYPE_CHECKING:
    from app.session import Session

T = TypeVar("T")
Progress = Callable[[int, int], None]

DEFAULT_SEED = 2025

# Share of people (in percent) whose first group is this one.
GROUP_WEIGHTS: dict[str, float] = {
    "religious_believers": 60.0,
    "journalists": 10.0,
    "opposition_members": 9.0,
    "civil_activists": 6.0,
    "human_rights_defenders": 2.5,
    "deported_emigrants": 2.5,
    "national_minorities": 2.0,
    "soyudlu_unrest": 2.0,
    "ganja_case": 2.0,
    "tartar_case": 1.5,
    "nardaran_case": 1.5,
    "imishli_unrest": 1.0,
}
assert set(GROUP_WEIGHTS) == set(KNOWN_GROUPS)

# A second group for about 7% of people, from those that go with the first.
SECOND_GROUP_SHARE = 0.07
SECOND_GROUPS: dict[str, tuple[str, ...]] = {
    "religious_believers": ("nardaran_case", "ganja_case", "national_minorities"),
    "journalists": ("human_rights_defenders", "deported_emigrants"),
    "opposition_members": ("civil_activists", "journalists"),
    "civil_activists": ("human_rights_defenders", "opposition_members"),
    "human_rights_defenders": ("civil_activists", "journalists"),
    "deported_emigrants": ("journalists", "opposition_members"),
    "national_minorities": ("civil_activists", "religious_believers"),
    "soyudlu_unrest": ("civil_activists",),
    "ganja_case": ("religious_believers",),
    "tartar_case": ("national_minorities",),
    "nardaran_case": ("religious_believers",),
    "imishli_unrest": ("civil_activists",),
}

FEMALE_SHARE: dict[str, float] = {
    "religious_believers": 0.03,
    "journalists": 0.30,
    "opposition_members": 0.10,
    "civil_activists": 0.25,
    "human_rights_defenders": 0.35,
    "deported_emigrants": 0.10,
    "national_minorities": 0.05,
    "soyudlu_unrest": 0.15,
    "ganja_case": 0.01,
    "tartar_case": 0.0,
    "nardaran_case": 0.02,
    "imishli_unrest": 0.02,
}

STATUS_SHARES = (("imprisoned", 0.72), ("pretrial", 0.14), ("released", 0.125), ("unknown", 0.015))

_RANK = {"minor": 0, "less_serious": 1, "grave": 2, "especially_grave": 3}
_BY_DATE = operator.attrgetter("date")


def generate_cases(n: int, *, seed: int = DEFAULT_SEED, today: date | None = None) -> list[Case]:
    """``n`` synthetic cases, the same for the same ``n``, ``seed`` and ``today``.

    ``today`` (default: the system date) is the day the data is made to be current on:
    who is still in custody, which court orders run on, which reminders lie ahead.
    Every case reads back unchanged through case JSON v1. Raises ``ValueError`` for a
    negative ``n``. Pure and safe on any thread; it pauses the (process-wide) cyclic
    garbage collector while it runs.
    """
    if n < 0:
        raise ValueError(f"the number of cases must not be negative, got {n}")
    rng = DemoRandom(seed)
    builder = _CaseFactory(rng, today or date.today())
    groups = primary_groups(n, rng)
    # The cases are trees of immutable values without reference cycles, so the cyclic
    # garbage collector has nothing to find in them; pausing it while they are built
    # saves about 40% of the time for 100,000 cases.
    with collector_paused():
        return [builder.case(group) for group in groups]


def primary_groups(n: int, rng: random.Random) -> list[str]:
    """Each case's first group, in proportion to :data:`GROUP_WEIGHTS` (largest remainder),
    every group at least once when ``n`` allows it, in random order."""
    total = sum(GROUP_WEIGHTS.values())
    exact = {group: n * weight / total for group, weight in GROUP_WEIGHTS.items()}
    counts = {group: int(value) for group, value in exact.items()}
    by_remainder = sorted(exact, key=lambda g: (counts[g] - exact[g], KNOWN_GROUPS.index(g)))
    for group in by_remainder[: n - sum(counts.values())]:
        counts[group] += 1
    if n >= len(KNOWN_GROUPS):
        for group in KNOWN_GROUPS:
            if counts[group] == 0:
                counts[group] = 1
                counts["religious_believers"] -= 1
    groups = [group for group in KNOWN_GROUPS for _ in range(counts[group])]
    rng.shuffle(groups)
    return groups


class _Weighted(Generic[T]):
    """Draws one of ``options`` (weight, value) in proportion to its weight (a bisection of
    the cumulative weights: two C calls per draw)."""

    def __init__(self, options: Sequence[tuple[float, T]]) -> None:
        self.values = [value for _, value in options]
        self.cumulative = list(itertools.accumulate(weight for weight, _ in options))
        self.total = self.cumulative[-1]

    def draw(self, rng: random.Random) -> T:
        return self.values[bisect.bisect_right(self.cumulative, rng.random() * self.total)]


def _charges(group: str) -> _Weighted[tuple[tuple[str, ...], str]]:
    """The group's article sets, each with its category (that of its gravest article)."""
    return _Weighted(
        [
            (
                weight,
                (articles, max((ARTICLE_CATEGORY[a] for a in articles), key=_RANK.__getitem__)),
            )
            for weight, articles in ARTICLE_SETS[group]
        ]
    )


class _CaseFactory:
    """Builds one case at a time from a shared random stream (not thread-safe)."""

    def __init__(self, rng: DemoRandom, today: date) -> None:
        self.rng = rng
        self.timeline = TimelineBuilder(rng, today)
        self._statuses = _Weighted([(share, status) for status, share in STATUS_SHARES])
        self._charges = {group: _charges(group) for group in KNOWN_GROUPS}

    def case(self, group: str) -> Case:
        rng = self.rng
        groups: tuple[str, ...] = (group,)
        if rng.random() < SECOND_GROUP_SHARE:
            groups = (group, rng.choice(SECOND_GROUPS[group]))
        sex = "female" if rng.random() < FEMALE_SHARE[group] else "male"
        full_name, aliases = self._name(sex)
        articles, category = self._charges[group].draw(rng)
        status = self._statuses.draw(rng)
        draft = CaseDraft(
            group=group,
            sex=sex,
            articles=articles,
            category=category,
            months=rng.choice(TERM_MONTHS[category]),
            status=status,
        )
        self.timeline.build(draft)
        person = Person(
            full_name=full_name,
            aliases=aliases,
            birth_date=draft.birth_date,
            sex=sex,
            groups=groups,
        )
        return Case(
            id=self.timeline.new_id(),
            person=person,
            status=draft.status,
            arrested_on=draft.arrested_on,
            facility=draft.facility,
            custody=tuple(draft.custody),
            sentence=draft.sentence,
            notes=tuple(draft.notes),
            events=tuple(sorted(draft.events, key=_BY_DATE)),
        )

    def _name(self, sex: str) -> tuple[str, tuple[str, ...]]:
        """Full name and aliases: ``Əli Həsənov`` with ``Али Гасанов`` and ``Ali Hasanov``,
        or the official order ``Həsənov Əli Rauf oğlu`` with its Cyrillic form."""
        rng = self.rng
        given, given_cyr = rng.choice(MALE_GIVEN if sex == "male" else FEMALE_GIVEN)
        if rng.random() < 0.15:
            surname, surname_cyr = rng.choice(SURNAMES_INVARIANT)
        else:
            surname, surname_cyr = rng.choice(SURNAMES_OV)
            if sex == "female":
                surname, surname_cyr = surname + "a", surname_cyr + "а"
        short = f"{given} {surname}"
        plain = ascii_spelling(short)
        aliases: list[str] = []
        if rng.random() < 0.15:
            father, father_cyr = rng.choice(MALE_GIVEN)
            word, word_cyr = PATRONYMIC[sex]
            full_name = f"{surname} {given} {father} {word}"
            aliases.append(short)
            if rng.random() < 0.9:
                aliases.append(f"{surname_cyr} {given_cyr} {father_cyr} {word_cyr}")
        else:
            full_name = short
            if rng.random() < 0.85:
                aliases.append(f"{given_cyr} {surname_cyr}")
        if plain != short and rng.random() < 0.7:
            aliases.append(plain)
        return full_name, tuple(aliases)


def create_demo_session(
    path: str | os.PathLike[str],
    n: int,
    passphrase: str,
    *,
    seed: int = DEFAULT_SEED,
    kdf_memory_mib: int | None = None,
    progress: Progress | None = None,
) -> tuple[Session, str]:
    """Create a vault at ``path`` holding ``n`` demo cases, stored in one transaction (all or
    none); returns the open session and the vault's recovery code. The caller closes the
    session. ``progress(done, n)`` is called as cases are stored. Raises what
    :meth:`Session.create` raises (for example when ``path`` exists)."""
    from app.session import Session

    cases = generate_cases(n, seed=seed)
    session, recovery_code = Session.create(path, passphrase, kdf_memory_mib=kdf_memory_mib)
    try:
        report = None if progress is None else (lambda done, _total: progress(done, n))
        session.add_cases(cases, source="demo", progress=report)
        if progress is not None:
            progress(n, n)
    except BaseException:
        session.close()
        raise
    return session, recovery_code


def write_demo_vault(
    path: str | os.PathLike[str],
    n: int,
    passphrase: str,
    *,
    kdf_memory_mib: int | None = None,
    progress: Progress | None = None,
) -> Path:
    """Create a vault at ``path`` with ``n`` demo cases (one transaction) and lock it again.
    Returns the vault's path. Runs on any thread but takes seconds for thousands of cases."""
    session, _recovery_code = create_demo_session(
        path, n, passphrase, kdf_memory_mib=kdf_memory_mib, progress=progress
    )
    session.close()
    return Path(path)
