"""The synthetic demo cases: deterministic, varied like the union's list, and consistent
with case JSON v1 and the sentence arithmetic."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from app.case_json import case_to_json, parse_case
from app.demo import generate_cases, primary_groups, write_demo_vault
from app.demo.draft import DemoRandom
from app.demo.names import SURNAMES_INVARIANT, SURNAMES_OV, ascii_spelling
from app.demo.texts import ARTICLE_CATEGORY
from app.model import ADJUSTMENT_KINDS, KNOWN_GROUPS, VISIBILITIES, Case
from app.sentence import compute_sentence
from app.session import Session

TODAY = date(2026, 3, 1)
RANK = ("minor", "less_serious", "grave", "especially_grave")
AZ_LETTERS = set("əğıöüçşƏĞIÖÜÇŞİ")


def is_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return generate_cases(1000, seed=11, today=TODAY)


def test_same_seed_and_day_give_the_same_cases_ids_included() -> None:
    first = generate_cases(60, seed=5, today=TODAY)
    again = generate_cases(60, seed=5, today=TODAY)
    other = generate_cases(60, seed=6, today=TODAY)
    assert first == again
    assert [c.id for c in first] != [c.id for c in other]
    assert [c.person.full_name for c in first] != [c.person.full_name for c in other]


def test_ids_are_unique_128_bit_hex() -> None:
    cases = generate_cases(300, today=TODAY)
    ids = [c.id for c in cases]
    ids += [n.id for c in cases for n in c.notes] + [e.id for c in cases for e in c.events]
    assert len(set(ids)) == len(ids)
    assert all(len(i) == 32 and int(i, 16) >= 0 for i in ids)


def test_no_cases_and_a_negative_count() -> None:
    assert generate_cases(0, today=TODAY) == []
    with pytest.raises(ValueError, match="negative"):
        generate_cases(-1)


def test_every_case_reads_back_unchanged_through_case_json() -> None:
    for case in generate_cases(500, seed=3, today=TODAY):
        assert parse_case(case_to_json(case)) == case


def test_about_60_percent_are_religious_believers_at_392_cases() -> None:
    # The built-in groups became the union's twelve: believers about 60%.
    cases = generate_cases(392, today=TODAY)
    believers = sum("religious_believers" in c.person.groups for c in cases)
    assert 0.54 <= believers / 392 <= 0.66
    first_groups = Counter(c.person.groups[0] for c in cases)
    assert first_groups.most_common(3)[0][0] == "religious_believers"
    assert {"journalists", "opposition_members"} <= {g for g, _ in first_groups.most_common(4)}


@pytest.mark.parametrize("n", [12, 200, 1000])
def test_every_group_appears_once_there_are_enough_cases(n: int) -> None:
    groups = {g for c in generate_cases(n, today=TODAY) for g in c.person.groups}
    assert groups == set(KNOWN_GROUPS)


def test_group_quotas_add_up_for_any_count() -> None:
    for n in (0, 1, 5, 11, 12, 13, 392, 1001):
        assert len(primary_groups(n, DemoRandom(1))) == n


def test_some_people_are_in_two_groups(cases: list[Case]) -> None:
    two = [c for c in cases if len(c.person.groups) == 2]
    assert 0.03 <= len(two) / len(cases) <= 0.12
    assert all(len(set(c.person.groups)) == 2 for c in two)
    assert all(set(c.person.groups) <= set(KNOWN_GROUPS) for c in cases)


def test_names_are_azerbaijani_with_cyrillic_and_ascii_aliases(cases: list[Case]) -> None:
    names = [c.person.full_name for c in cases]
    assert sum(bool(AZ_LETTERS & set(name)) for name in names) > 0.6 * len(names)
    aliases = [a for c in cases for a in c.person.aliases]
    cyrillic = [a for a in aliases if is_cyrillic(a)]
    plain = [a for a in aliases if a.isascii()]
    assert len(cyrillic) > 0.7 * len(cases)
    assert len(plain) > 0.4 * len(cases)
    assert any(" oğlu" in n for n in names) and any(" оглы" in a for a in cyrillic)
    for case in cases:
        person = case.person
        assert person.full_name not in person.aliases
        assert len(set(person.aliases)) == len(person.aliases)
        if person.sex == "female" and " qızı" not in person.full_name:
            surname = person.full_name.split()[-1]
            assert surname.endswith(("ova", "yeva", "li", "lı", "zadə")), surname


def test_women_and_the_patronymic_for_daughters(cases: list[Case]) -> None:
    women = [c for c in cases if c.person.sex == "female"]
    assert 0.03 <= len(women) / len(cases) <= 0.2
    assert all(" oğlu" not in c.person.full_name for c in women)


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Həsənov", "Гасанов"),
        ("Məmmədov", "Мамедов"),
        ("Cəfərov", "Джафаров"),
        ("Hüseynov", "Гусейнов"),
        ("Əliyev", "Алиев"),
        ("Quliyev", "Кулиев"),
        ("Hacıyev", "Гаджиев"),
        ("Abbaslı", "Аббаслы"),
    ],
)
def test_surnames_have_the_conventional_russian_spelling(latin: str, cyrillic: str) -> None:
    assert dict(SURNAMES_OV + SURNAMES_INVARIANT)[latin] == cyrillic


def test_ascii_spelling_follows_the_usual_english_transliteration() -> None:
    assert ascii_spelling("Cəfər Xəlilov") == "Jafar Khalilov"
    assert ascii_spelling("Şükürova Gülnar") == "Shukurova Gulnar"
    assert ascii_spelling("İsmayıl Quliyev") == "Ismayil Guliyev"


def test_every_case_has_one_to_three_notes_of_each_visibility(cases: list[Case]) -> None:
    for case in cases:
        counts = Counter(note.visibility for note in case.notes)
        assert set(counts) == set(VISIBILITIES)
        assert all(1 <= n <= 3 for n in counts.values())
        assert len({note.text for note in case.notes}) == len(case.notes)
        assert all("{" not in note.text for note in case.notes)


def test_statuses_are_mostly_imprisoned_with_pretrial_and_released(cases: list[Case]) -> None:
    shares = Counter(c.status for c in cases)
    assert shares["imprisoned"] > 0.6 * len(cases)
    assert shares["pretrial"] > 0.08 * len(cases)
    assert shares["released"] > 0.07 * len(cases)


def test_pretrial_cases_are_held_under_an_order_running_a_few_weeks_on(
    cases: list[Case],
) -> None:
    pretrial = [c for c in cases if c.status == "pretrial"]
    assert pretrial
    for case in pretrial:
        assert case.sentence is None
        current = case.custody[-1]
        assert current.end is None
        assert current.kind in ("pretrial_detention", "house_arrest")
        assert current.ordered_until is not None
        assert 7 <= (current.ordered_until - TODAY).days <= 56
    assert any(c.custody[-1].kind == "house_arrest" for c in pretrial)


def test_sentences_agree_with_status_custody_and_charges(cases: list[Case]) -> None:
    for case in cases:
        if case.status == "pretrial":
            continue
        sentence = case.sentence
        assert sentence is not None
        assert sentence.category == max(
            (ARTICLE_CATEGORY[a] for a in sentence.articles), key=RANK.index
        )
        assert date(2016, 1, 1) <= sentence.start_date <= TODAY
        assert sentence.verdict_date == sentence.start_date
        assert case.custody[-1].end is not None
        assert (sentence.start_date - case.custody[-1].end).days == 1
        assert case.arrested_on in (None, case.custody[0].start)
        assert 18 <= sentence.term.total_months <= 144
        computed = compute_sentence(case, on=TODAY)
        assert computed is not None
        if case.status in ("imprisoned", "unknown"):
            assert computed.last_day > TODAY
        elif case.status == "released":
            assert computed.last_day < TODAY
            assert any(e.kind == "release" and e.date <= TODAY for e in case.events)


def test_people_are_18_to_75_and_adults_when_arrested(cases: list[Case]) -> None:
    for case in cases:
        born = case.person.birth_date
        if born is None:
            assert case.status == "unknown"
            continue
        age_days = (TODAY - born).days
        assert 18 * 365.25 <= age_days < 76 * 365.25
        arrest = case.arrest_date
        assert arrest is not None
        assert (arrest - born).days >= 18 * 365


def test_events_follow_the_story(cases: list[Case]) -> None:
    kinds = Counter(e.kind for c in cases for e in c.events)
    for kind in (
        "arrest",
        "hearing",
        "verdict",
        "appeal_decision",
        "cassation_decision",
        "final_decision",
        "transfer",
        "visit",
        "reminder",
        "amnesty_reduction",
        "pardon",
    ):
        assert kinds[kind] > 0, kind
    for case in cases:
        dates = [e.date for e in case.events]
        assert dates == sorted(dates)
        arrest = case.arrest_date
        assert arrest is not None
        assert all(e.date >= arrest for e in case.events)
        for event in case.events:
            if event.kind not in ("hearing", "reminder"):
                assert event.date <= TODAY, event
            if event.kind == "amnesty_reduction":
                assert event.reduce_by is not None and event.reduce_by.total_months in (6, 12)
            if event.kind == "pardon":
                assert case.status == "released"
                assert event.release_on is not None
                assert event.date <= event.release_on <= TODAY
            if event.kind not in ADJUSTMENT_KINDS:
                assert event.reduce_by is None and event.release_on is None
        if case.sentence is not None:
            verdicts = [e for e in case.events if e.kind == "verdict"]
            assert [v.date for v in verdicts] == [case.sentence.verdict_date]


def test_writing_a_demo_vault_stores_every_case_in_full(tmp_path: Path) -> None:
    path = tmp_path / "demo.cwvault"
    seen: list[tuple[int, int]] = []
    result = write_demo_vault(
        path, 30, "demo passphrase", kdf_memory_mib=8, progress=lambda d, t: seen.append((d, t))
    )
    assert result == path
    assert seen[-1] == (30, 30)
    expected = {c.id: c for c in generate_cases(30)}
    with Session.open(path, "demo passphrase") as session:
        assert session.case_count() == 30
        for case_id, case in expected.items():
            assert session.get_case(case_id) == case
