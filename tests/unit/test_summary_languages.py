"""Printed summaries in the reader's language: Russian and Azerbaijani PDFs of a rich case,
read back with pdftotext; terms, dates and plurals in words; life sentences; the family
profile of a family member's vault."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.eligibility.word_tables import (
    CODES,
    CRITERIA,
    FIELDS,
    OTHER,
    RESULTS,
    SEEN,
    VERDICTS,
    WHO,
)
from app.reports import active_rules, build_summary, default_profile, summary_html
from app.reports.phrases import PHRASES
from app.reports.stats_html import stats_html
from app.stats import compute_stats
from app.terms import Term
from app.words import TABLES, LanguageError, date_words, ru_plural, term_words
from tests.unit.test_summary import PRINTED, rich_case

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)

# Never on a printed page, in any language: internal ids and ISO durations.
CODES_SEEN_NOWHERE = ("P3Y", "P6M", "less_serious", "pretrial_detention", "religious_believers",
                      "eligible_from", "not_eligible", "az-cc-76-parole")  # fmt: skip
# The summary's English words; none may be left in a Russian or Azerbaijani page. (The
# case's own texts — a note, an event, the facility's name — are printed as written.)
ENGLISH_WORDS = ("Person", "Born", "Groups", "Status", "Custody", "Charges and sentence",
                 "Articles", "Category", "Term", "Counted from", "Last day", "Unserved",
                 "Half of the term", "Eligibility", "Upcoming deadlines", "Recent events",
                 "Notes", "Printed", "Page ", "Profile", "Imprisoned", "Less serious",
                 "Pretrial detention", "Religious believers", "Male", "January", "July",
                 "holds", "eligible", "clause", "years", "months", "days", "lawyer's copy",
                 "Hearing", "Appeal (20 days)", "Conditional early release",
                 "Amnesty act")  # fmt: skip


def pdf_of(tmp_path: Path, lang: str, profile: str = "colleague") -> str:
    from ui.printing.summaries import render_summaries_pdf

    summary = build_summary(
        rich_case(), active_rules(None, PRINTED), profile=profile, printed_on=PRINTED, lang=lang
    )
    path = tmp_path / f"{lang}.pdf"
    path.write_bytes(render_summaries_pdf([summary]))
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(text.split())


@needs_poppler
def test_russian_summary_pdf_is_all_in_russian_words(qapp: object, tmp_path: Path) -> None:
    text = pdf_of(tmp_path, "ru")
    for expected in ("Обвинение и приговор", "Последний день", "3 июля 2026", "3 года",
                     "2 марта 1985", "Менее тяжкое", "Содержание под стражей",
                     "В заключении", "Верующие", "Мужской", "подпадает на 15 января 2026",
                     "отбыто не менее 1/2", "169 дней", "Срок апелляционной жалобы",
                     "Условно-досрочное освобождение", "Напечатано 15 января 2026",
                     "Страница 1 из", "Конфиденциально — экземпляр адвоката"):  # fmt: skip
        assert expected in text, expected
    for hidden in (*CODES_SEEN_NOWHERE, *ENGLISH_WORDS):
        assert hidden not in text, hidden


@needs_poppler
def test_azerbaijani_summary_pdf_is_all_in_azerbaijani_words(qapp: object, tmp_path: Path) -> None:
    text = pdf_of(tmp_path, "az")
    for expected in ("İttiham və cəza", "Son gün", "3 iyul 2026", "3 il", "2 mart 1985",
                     "Az ağır", "Həbs qətimkan tədbiri", "Həbsdə", "Dindarlar", "Kişi",
                     "15 yanvar 2026 tarixinə şamil olunur", "çəkilmiş hissə ən azı 1/2",
                     "169 gün", "Çap tarixi: 15 yanvar 2026", "Səhifə 1 /",
                     "Məxfi — vəkil nüsxəsi"):  # fmt: skip
        assert expected in text, expected
    for hidden in (*CODES_SEEN_NOWHERE, *ENGLISH_WORDS):
        assert hidden not in text, hidden


def test_english_summary_says_the_term_in_words_not_as_a_duration() -> None:
    rules = active_rules(None, PRINTED)
    html = summary_html(build_summary(rich_case(), rules, profile="colleague", printed_on=PRINTED))
    assert "3 years" in html
    for hidden in CODES_SEEN_NOWHERE:
        assert hidden not in html


@pytest.mark.parametrize(
    ("term", "en", "az", "ru"),
    [
        (Term(years=3, months=6), "3 years 6 months", "3 il 6 ay", "3 года 6 месяцев"),
        (Term(years=1), "1 year", "1 il", "1 год"),
        (Term(years=5, months=1), "5 years 1 month", "5 il 1 ay", "5 лет 1 месяц"),
        (Term(years=21, months=2), "21 years 2 months", "21 il 2 ay", "21 год 2 месяца"),
        (Term(years=11, days=12), "11 years 12 days", "11 il 12 gün", "11 лет 12 дней"),
        (Term(weeks=22, days=3), "22 weeks 3 days", "22 həftə 3 gün", "22 недели 3 дня"),
    ],
)
def test_terms_are_written_in_each_language_with_its_plurals(
    term: Term, en: str, az: str, ru: str
) -> None:
    assert (term_words(term, "en"), term_words(term, "az"), term_words(term, "ru")) == (en, az, ru)


def test_dates_are_written_as_each_language_writes_them() -> None:
    day = date(1985, 3, 2)
    assert [date_words(day, lang) for lang in ("en", "az", "ru")] == [
        "2 March 1985", "2 mart 1985", "2 марта 1985",
    ]  # fmt: skip


@given(st.integers(min_value=0, max_value=10_000))
def test_russian_plural_follows_the_last_two_digits(number: int) -> None:
    form = ru_plural(number, "год", "года", "лет")
    last, last_two = number % 10, number % 100
    if 11 <= last_two <= 14:
        assert form == "лет"
    elif last == 1:
        assert form == "год"
    elif last in (2, 3, 4):
        assert form == "года"
    else:
        assert form == "лет"


def test_every_printed_word_has_all_three_languages() -> None:
    triples: list[tuple[str, ...]] = [*PHRASES.values(), *CRITERIA.values(), *CODES.values(),
                                      *FIELDS.values(), *VERDICTS.values(), *SEEN.values(),
                                      *WHO.values(), *RESULTS.values(),
                                      *OTHER.values()]  # fmt: skip
    for table in TABLES.values():
        triples.extend(table.values())
    for words in triples:
        assert len(words) == 3 and all(w.strip() for w in words), words
        en, az, ru = words
        if any(ch.isalpha() for ch in en.replace("{", "").split("}")[-1]):
            assert ru != en, words  # Russian is never English left as it was
    for key, (en, az, ru) in PHRASES.items():
        fields = {part.split("}")[0] for part in en.split("{")[1:]}
        for other in (az, ru):
            assert {part.split("}")[0] for part in other.split("{")[1:]} == fields, key


def test_life_sentence_says_life_imprisonment_and_release_by_rule() -> None:
    case = rich_case()
    assert case.sentence is not None
    life = replace(case, sentence=replace(case.sentence, life=True))
    for lang, words in (
        ("en", ("life imprisonment", "after 25 years")),
        ("ru", ("пожизненное лишение свободы", "после 25 лет")),
        ("az", ("ömürlük azadlıqdan məhrum etmə", "25 il")),
    ):
        summary = build_summary(life, [], profile="family", printed_on=PRINTED, lang=lang)
        section = summary.section("sentence")
        assert section is not None
        text = " ".join(f"{row.label} {row.value}" for row in section.rows)
        for expected in words:
            assert expected in text
        labels = [row.label for row in section.rows]
        assert not any("Last day" in label or "Последний" in label for label in labels)


def test_unknown_language_is_refused() -> None:
    with pytest.raises(LanguageError, match="unknown language 'fr'"):
        build_summary(rich_case(), [], profile="family", printed_on=PRINTED, lang="fr")


class Settings:
    def __init__(self, **values: Any) -> None:
        self.values = values

    def get_setting(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)


def test_a_family_members_vault_prints_the_family_copy_by_default() -> None:
    assert default_profile(Settings(owner_role="family")) == "family"
    assert default_profile(Settings(owner_is_family=True)) == "family"
    assert default_profile(Settings(owner_role="lawyer")) == "colleague"
    assert default_profile(Settings()) == "colleague"
    assert default_profile(None) == "colleague"


def test_statistics_report_is_in_the_chosen_language() -> None:
    stats = compute_stats([rich_case()], rule=active_rules(None, PRINTED)[-1], today=PRINTED)
    html = stats_html(stats, printed_on=PRINTED, lang="ru")
    for expected in ("По группам", "Верующие", "В заключении", "Подпадает", "15 января 2026"):
        assert expected in html
    for hidden in ("religious_believers", "imprisoned", "By group", "Eligible", "2026-01-15"):
        assert hidden not in html


def test_time_served_on_a_life_sentence_counts_the_credit_as_the_rules_do() -> None:
    # Custody 2023-02-01..2023-04-14 = 73 days of credit; served 2023-09-15..2026-01-15
    # inclusive = 854 days; 854 + 73 = 927 days, the figure parole after 25 years counts.
    case = rich_case()
    assert case.sentence is not None
    life = replace(case, sentence=replace(case.sentence, life=True))
    summary = build_summary(life, [], profile="family", printed_on=PRINTED, lang="en")
    section = summary.section("sentence")
    assert section is not None
    served = next(row.value for row in section.rows if row.label == "Time served")
    assert served.startswith("927 days")
