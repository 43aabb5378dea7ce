"""The built-in rule pack: CC Art. 76 parole and the reported amnesties, on cases a lawyer
can check by hand."""

from __future__ import annotations

from datetime import date

import pytest

from app.eligibility import Rule, RuleResult, evaluate_rule, load_builtin_rules
from app.model import Case, CustodyPeriod, Person, Sentence
from app.terms import Term

D = date.fromisoformat
RULES = {rule.id: rule for rule in load_builtin_rules()}


def make_case(
    start: str,
    term: str,
    category: str,
    articles: tuple[str, ...] = ("234.1-1",),
    custody: tuple[str, str] | None = None,
) -> Case:
    return Case(
        id="c",
        person=Person("Гасан Алиев"),
        status="imprisoned",
        custody=()
        if custody is None
        else (CustodyPeriod(D(custody[0]), D(custody[1]), "pretrial_detention"),),
        sentence=Sentence(None, articles, category, Term.parse(term), D(start)),
    )


def run(rule_id: str, case: Case, on: str | None = None) -> RuleResult:
    return evaluate_rule(
        RULES[rule_id], case, on=None if on is None else D(on), today=D("2025-06-01")
    )


def test_pack_has_the_three_rules_each_marked_for_verification() -> None:
    assert sorted(RULES) == ["az-amnesty-2021-11", "az-amnesty-2025-12", "az-cc-76-parole"]
    for rule in RULES.values():
        assert isinstance(rule, Rule)
        assert rule.verify_note and "verif" in rule.verify_note.lower()
        assert rule.source
        assert rule.filename.startswith("builtin:")


def test_amnesty_2025_dates() -> None:
    rule = RULES["az-amnesty-2025-12"]
    assert (rule.effective_date, rule.window_end) == (D("2025-12-19"), D("2026-04-19"))
    assert rule.kind == "amnesty"


# ------------------------------------------------------------------ parole,
# docs/sentence-conventions.md


@pytest.mark.parametrize(
    ("start", "term", "category", "on", "status", "when"),
    [
        # minor, P10M: half 2025-06-01, but 6 months served only on 2025-07-01
        ("2025-01-01", "P10M", "minor", "2025-05-01", "eligible_from", "2025-07-01"),
        ("2025-01-01", "P10M", "minor", "2025-07-01", "eligible", "2025-07-01"),
        # less serious, P4Y: half 2024-03-15
        ("2022-03-15", "P4Y", "less_serious", "2023-01-01", "eligible_from", "2024-03-15"),
        # grave, P5Y: two thirds 2024-05-20
        ("2021-01-20", "P5Y", "grave", "2024-05-19", "eligible_from", "2024-05-20"),
        ("2021-01-20", "P5Y", "grave", "2024-05-20", "eligible", "2024-05-20"),
        # especially grave, P8Y: three quarters = 72 months -> 2026-01-10
        ("2020-01-10", "P8Y", "especially_grave", "2025-06-01", "eligible_from", "2026-01-10"),
        # less serious, P3Y3M: half 2024-08-25
        ("2023-01-10", "P3Y3M", "less_serious", "2024-01-01", "eligible_from", "2024-08-25"),
    ],
)
def test_parole_examples(
    start: str, term: str, category: str, on: str, status: str, when: str
) -> None:
    result = run("az-cc-76-parole", make_case(start, term, category), on)
    assert (result.status, result.date) == (status, D(when))
    assert result.effect == "eligible"


def test_parole_counts_pretrial_credit() -> None:
    # P2Y from 2022-09-01 with 60 days of detention: half 2023-07-03 (2023-09-01 − 60 days)
    case = make_case("2022-09-01", "P2Y", "less_serious", custody=("2022-01-10", "2022-03-10"))
    result = run("az-cc-76-parole", case, "2023-01-01")
    assert (result.status, result.date) == ("eligible_from", D("2023-07-03"))


def test_parole_without_category_needs_review() -> None:
    case = Case(
        id="c",
        person=Person("Ayan"),
        sentence=Sentence(None, ("228.4",), None, Term(years=3), D("2024-01-01")),
    )
    result = run("az-cc-76-parole", case, "2025-06-01")
    # the status is unknown too (the case does not say): whether the person is still
    # serving is named among the missing data
    assert (result.status, result.missing) == ("needs_review", ("sentence.category", "status"))


# ------------------------------------------------------------------ amnesty of December 2025


# The act was re-encoded from the reported text (women and people of 60 released
# unless the crime is grave; crimes of little public danger released; six-month reductions)
# and reads its window as "effective_date": the conditions hold on 19 December 2025 or not
# at all. The earlier encoding (Article 234.1-1 with six months left, on any day of the
# window) was not found in any report of the act and is gone.


def person_case(
    start: str,
    term: str,
    category: str,
    *,
    sex: str = "male",
    birth: str = "1980-01-01",
    articles: tuple[str, ...] = ("234.1-1",),
    recidivism: str | None = None,
) -> Case:
    return Case(
        id="c",
        person=Person("Nərgiz Əliyeva", birth_date=D(birth), sex=sex),
        status="imprisoned",
        sentence=Sentence(
            D("2020-01-01"),
            articles,
            category,
            Term.parse(term),
            D(start),
            recidivism=recidivism,
        ),
    )


def amnesty_2025(case: Case, on: str | None = None) -> tuple[str, str | None, int | None]:
    result = run("az-amnesty-2025-12", case, on)
    day = None if result.date is None else result.date.isoformat()
    return result.status, day, result.clause


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        # a woman, less serious crime, P5Y from 2023-01-01: released, clause 1
        (person_case("2023-01-01", "P5Y", "less_serious", sex="female"), ("eligible", 0)),
        # a woman convicted of a grave crime: not released by clause 1; P5Y from 2023-01-01
        # leaves 2027-12-31 − 2025-12-19 > 1 year, but the reduction is for less serious
        (person_case("2023-01-01", "P5Y", "grave", sex="female"), ("not_eligible", None)),
        # a man born 1965-12-19 is 60 on the act's day: released, clause 2
        (person_case("2023-01-01", "P5Y", "less_serious", birth="1965-12-19"), ("eligible", 1)),
        # crime of little public danger: released, clause 3
        (person_case("2025-06-01", "P1Y", "minor"), ("eligible", 2)),
        # less serious, last day 2027-12-31: more than a year left on 2025-12-19 → 6 months off
        (person_case("2023-01-01", "P5Y", "less_serious"), ("eligible", 3)),
        # less serious, P3Y from 2023-06-01: last day 2026-05-31, less than a year left
        (person_case("2023-06-01", "P3Y", "less_serious"), ("not_eligible", None)),
        # traffic death (263.3, grave through negligence), P8Y from 2022-01-01: more than six
        # months left (last day 2029-12-31) → 6 months off, clause 5
        (person_case("2022-01-01", "P8Y", "grave", articles=("263.3",)), ("eligible", 4)),
        # the same term for an intentional grave crime: no reduction
        (person_case("2022-01-01", "P8Y", "grave", articles=("234.4.3",)), ("not_eligible", None)),
    ],
)
def test_amnesty_2025_clauses(case: Case, expected: tuple[str, int | None]) -> None:
    status, day, clause = amnesty_2025(case)
    assert (status, clause) == expected
    if status == "eligible":
        assert day == "2025-12-19"


def test_amnesty_2025_reduction_is_six_months() -> None:
    result = run("az-amnesty-2025-12", person_case("2023-01-01", "P5Y", "less_serious"))
    assert (result.effect, result.reduce_by) == ("reduce", Term(months=6))


def test_amnesty_2025_conditions_are_those_of_the_day_it_entered_into_force() -> None:
    # born 1966-02-10: 60 only on 2026-02-10, inside the four months but after the act's day
    late = person_case("2023-01-01", "P5Y", "less_serious", birth="1966-02-10")
    late = Case(late.id, late.person, late.status, sentence=late.sentence)
    # P3Y from 2023-10-01: last day 2026-09-30; more than a year is never left on the act's
    # day, and the each-day reading would not help a reduction either; asked on 2026-03-01
    # the answer is still the one of 19 December 2025
    assert amnesty_2025(late)[0] == "eligible"  # clause 4: more than a year left
    assert amnesty_2025(late)[2] == 3
    woman = person_case("2023-01-01", "P5Y", "less_serious", sex="female")
    assert amnesty_2025(woman, "2026-03-01") == ("eligible", "2025-12-19", 0)


def test_amnesty_2025_for_a_client_without_sentence_needs_review() -> None:
    case = Case(id="p", person=Person("Ayan"), status="imprisoned")
    result = run("az-amnesty-2025-12", case)
    assert result.status == "needs_review"
    assert set(result.missing) == {"person.sex", "sentence", "person.birth_date"}


def test_amnesty_2025_does_not_look_at_a_person_awaiting_trial() -> None:
    # a pretrial client is not serving a sentence: the act's release clauses do not apply
    case = Case(id="p", person=Person("Ayan"), status="pretrial")
    result = run("az-amnesty-2025-12", case)
    assert result.status == "not_eligible"
    assert (result.reasons[0].code, result.reasons[0].field) == ("not_serving", "status")


def test_amnesty_2021_less_serious_with_six_months_left() -> None:
    # last day 2022-01-31: released on the act's day, 2021-11-05
    result = run("az-amnesty-2021-11", make_case("2019-02-01", "P3Y", "less_serious"))
    assert (result.status, result.date, result.clause) == ("eligible", D("2021-11-05"), 1)
    grave_late = run("az-amnesty-2021-11", make_case("2020-02-01", "P3Y", "grave"))
    assert grave_late.status == "not_eligible"  # 2023-01-31: more than 6 months after 2022-03-05


# ------------------------------------------------------------------ parole: life, revoked


def test_parole_for_a_life_term_after_25_years() -> None:
    # life from 2001-05-10 with detention 2000-11-10..2001-05-09 (181 days: 21 + 31 + 31 +
    # 28 + 31 + 30 + 9): 25 years on add(2001-05-10, P25Y) − 181 days = 2026-05-10 − 181
    # days = 2025-11-10
    case = Case(
        id="c",
        person=Person("Life"),
        status="imprisoned",
        custody=(CustodyPeriod(D("2000-11-10"), D("2001-05-09"), "pretrial_detention"),),
        sentence=Sentence(
            D("2001-05-01"),
            ("120.2.1",),
            "especially_grave",
            Term(years=15),
            D("2001-05-10"),
            life=True,
        ),
    )
    result = run("az-cc-76-parole", case, "2025-01-01")
    assert (result.status, result.date, result.clause) == ("eligible_from", D("2025-11-10"), 0)


def test_parole_after_a_revoked_parole_needs_three_quarters() -> None:
    # less serious, P4Y from 2022-03-15: half 2024-03-15, but an earlier parole was revoked:
    # three quarters = 36 months → 2025-03-15 (clause 2), never the half
    revoked = make_case("2022-03-15", "P4Y", "less_serious")
    assert revoked.sentence is not None
    sentence = Sentence(
        revoked.sentence.verdict_date,
        revoked.sentence.articles,
        revoked.sentence.category,
        revoked.sentence.term,
        revoked.sentence.start_date,
        prior_parole_revoked=True,
    )
    case = Case(revoked.id, revoked.person, revoked.status, sentence=sentence)
    result = run("az-cc-76-parole", case, "2023-01-01")
    assert (result.status, result.date, result.clause) == ("eligible_from", D("2025-03-15"), 1)


def test_amnesty_2021_grave_first_time_needs_the_recidivism_on_record() -> None:
    # grave, P3Y from 2019-02-01: last day 2022-01-31, less than six months left on
    # 2021-11-05; "for the first time" needs the case to say there is no recidivism
    case = make_case("2019-02-01", "P3Y", "grave")
    result = run("az-amnesty-2021-11", case)
    assert (result.status, result.missing) == ("needs_review", ("sentence.recidivism",))
