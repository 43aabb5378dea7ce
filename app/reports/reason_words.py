"""Eligibility results and their reasons in words, in English, Azerbaijani and Russian, for
printed summaries (the app renders the same codes through ``ui/desktop/reasons.py``).

The core returns structured reasons (a code, the criterion, the case's value, the rule's
value); everything here goes through tables with all three languages: criteria, reason
codes, missing fields, built-in rule titles. A reason code no table knows is still said in
words from whether it holds. Pure.
"""

from __future__ import annotations

from datetime import date

from app.eligibility import Reason, Rule, RuleResult
from app.words import (
    DEFAULT_LANGUAGE,
    W,
    az_number_ablative,
    az_ordinal,
    count_words,
    date_words,
    decimal_words,
    inline_word,
    pick,
    term_text_words,
    word,
)

# A criterion and the rule's value. ``{value}`` is the value in the nominative,
# ``{value_gen}`` in the Russian genitive (after "более", "не более", "не менее", "менее":
# "более 1 года", "не менее 25 лет"), ``{value_abl}`` in the Azerbaijani ablative (before
# "çox", "az", "kiçik": "6 aydan çox"); ``{start}``/``{end}`` the two days of a period. A
# criterion without a placeholder is followed by its value.
CRITERIA: dict[str, W] = {
    "articles_any": ("article is one of", "maddə bunlardan biridir:", "статья — одна из"),
    "articles_none": (
        "article is none of",
        "maddə bunlardan heç biri deyil:",
        "статья — ни одна из",
    ),
    "categories_any": (
        "crime category is one of",
        "cinayətin kateqoriyası bunlardan biridir:",
        "категория преступления — одна из",
    ),
    "categories_none": (
        "crime category is none of",
        "cinayətin kateqoriyası bunlardan heç biri deyil:",
        "категория преступления — ни одна из",
    ),
    "groups_any": ("group is one of", "qrup bunlardan biridir:", "группа — одна из"),
    "groups_none": ("group is none of", "qrup bunlardan heç biri deyil:", "группа — ни одна из"),
    "statuses": ("status is one of", "vəziyyət bunlardan biridir:", "статус — один из"),
    "recidivism_any": (
        "repeat offence is one of",
        "residiv bunlardan biridir:",
        "рецидив — один из",
    ),
    "sex": ("sex is", "cins:", "пол:"),
    "age_at_least": ("age at least {value}", "yaşı ən azı {value}", "возраст не менее {value_gen}"),
    "age_below": ("age below {value}", "yaşı {value_abl} az", "возраст менее {value_gen}"),
    "term_more_than": (
        "term more than {value}",
        "cəza müddəti {value_abl} çox",
        "срок более {value_gen}",
    ),
    "term_at_most": (
        "term at most {value}",
        "cəza müddəti ən çoxu {value}",
        "срок не более {value_gen}",
    ),
    "unserved_at_most": (
        "unserved part at most {value}",
        "çəkilməmiş hissə ən çoxu {value}",
        "неотбытая часть не более {value_gen}",
    ),
    "unserved_more_than": (
        "unserved part more than {value}",
        "çəkilməmiş hissə {value_abl} çox",
        "неотбытая часть более {value_gen}",
    ),
    "served_fraction_at_least": (
        "served at least the fraction",
        "çəkilmiş hissə ən azı",
        "отбыто не менее {value} срока",
    ),
    "served_at_least": (
        "served at least {value}",
        "ən azı {value} çəkilib",
        "отбыто не менее {value_gen}",
    ),
    "arrested_between": (
        "arrested between {start} and {end}",
        "həbs tarixi {start} – {end} arasında",
        "дата задержания — с {start} по {end}",
    ),
    "status": ("status", "vəziyyət:", "статус:"),
    "life": (
        "life imprisonment:",
        "ömürlük azadlıqdan məhrum etmə:",
        "пожизненное лишение свободы:",
    ),
    "prior_parole_revoked": (
        "earlier parole revoked:",
        "əvvəlki şərti azadetmə ləğv edilib:",
        "прежнее УДО отменено:",
    ),
    "recidivism": ("repeat offence", "residiv:", "рецидив:"),
}

# reason code -> (English, Azerbaijani, Russian); {date} filled where the code has one.
CODES: dict[str, W] = {
    "met": ("holds", "uyğundur", "выполнено"),
    "met_until": ("holds (until {date})", "uyğundur ({date} tarixinədək)", "выполнено (до {date})"),
    "met_from": ("holds from {date}", "{date} tarixindən uyğundur", "выполнено с {date}"),
    "not_met": ("does not hold", "uyğun deyil", "не выполнено"),
    "held_until": (
        "does not hold (held until {date})",
        "uyğun deyil ({date} tarixinədək uyğun idi)",
        "не выполнено (выполнялось до {date})",
    ),
    "missing": (
        "cannot be decided: the case lacks {field}",
        "qərar vermək olmur: işdə {field} yoxdur",
        "нельзя решить: в деле нет поля «{field}»",
    ),
    "released": (
        "the person is already released",
        "şəxs artıq azad edilib",
        "человек уже освобождён",
    ),
    "deceased": ("the person has died", "şəxs vəfat edib", "человек умер"),
    "term_served": ("the term is already served", "cəza müddəti artıq çəkilib", "срок уже отбыт"),
}

EXCLUSION: W = ("exclusion", "istisna", "исключение")

FIELDS: dict[str, W] = {
    "sentence": ("the sentence", "hökm", "приговор"),
    "sentence.term": ("the term", "cəza müddəti", "срок"),
    "sentence.start_date": ("the start of the term", "cəzanın başlanğıcı", "начало срока"),
    "sentence.articles": ("the articles", "maddələr", "статьи"),
    "sentence.category": ("the crime category", "cinayətin kateqoriyası", "категория преступления"),
    "person.birth_date": ("the birth date", "doğum tarixi", "дата рождения"),
    "person.sex": ("the sex", "cins", "пол"),
    "arrested_on": ("the day of arrest", "həbs tarixi", "дата задержания"),
}

VERDICTS: dict[str, W] = {
    "eligible": (
        "eligible on {date} ({effect}, clause {clause})",
        "{date} tarixinə şamil olunur ({effect}, {clause} bənd)",
        "подпадает на {date} ({effect}, пункт {clause})",
    ),
    "eligible_from": (
        "eligible from {date} ({effect}, clause {clause})",
        "{date} tarixindən şamil olunur ({effect}, {clause} bənd)",
        "подпадает с {date} ({effect}, пункт {clause})",
    ),
    "not_eligible": ("not eligible", "şamil olunmur", "не подпадает"),
    "needs_review": (
        "needs review: missing {fields}",
        "yoxlanılmalıdır: {fields} yoxdur",
        "требует проверки: нет данных — {fields}",
    ),
}
REDUCE_BY: W = ("{effect} by {term}", "{effect}: {term}", "{effect} на {term}")
SEEN: dict[str, W] = {
    # {age}: the bare number (English, Azerbaijani), "35 лет" / "21 год" (Russian)
    "age": ("{age} years old on {date}", "{date} tarixinə {age} yaş", "{age} на {date}"),
    "unserved": (
        "{days} unserved on {date}",
        "{date} tarixinə {days} çəkilməyib",
        "на {date} не отбыто: {days}",
    ),
    "fraction": (
        "{percent}% served on {date}",
        "{date} tarixinə {percent}% çəkilib",
        "на {date} отбыто {percent}%",
    ),
    "served": (
        "{days} served (with credit) on {date}",
        "{date} tarixinə {days} çəkilib (zaliqlə)",
        "на {date} отбыто (с зачётом): {days}",
    ),
    "none": ("none", "yoxdur", "нет"),
    "no_value": ("no value", "dəyər yoxdur", "нет значения"),
    "yes": ("yes", "bəli", "да"),
    "no": ("no", "xeyr", "нет"),
}

# Titles of the built-in rules (a user's own rule keeps its own title).
RULE_TITLES: dict[str, W] = {
    "az-amnesty-2021-11": (
        "Victory Day amnesty act of 5 November 2021 (as reported)",
        "5 noyabr 2021-ci il Zəfər Günü amnistiya aktı (mətbuata görə)",
        "Акт об амнистии ко Дню Победы от 5 ноября 2021 года (по сообщениям)",
    ),
    "az-amnesty-2025-12": (
        "Amnesty act of 19 December 2025 (as reported)",
        "19 dekabr 2025-ci il amnistiya aktı (mətbuata görə)",
        "Акт об амнистии от 19 декабря 2025 года (по сообщениям)",
    ),
    "az-cc-76-parole": (
        "Conditional early release (Criminal Code Art. 76)",
        "Cəzadan şərti olaraq vaxtından əvvəl azad etmə (CM-in 76-cı maddəsi)",
        "Условно-досрочное освобождение (ст. 76 УК)",
    ),
}


def rule_title(rule: Rule, lang: str = DEFAULT_LANGUAGE) -> str:
    found = RULE_TITLES.get(rule.id)
    return pick(found, lang) if found else rule.title


def _yes_no(value: object, lang: str) -> str | None:
    if isinstance(value, bool):
        return pick(SEEN["yes" if value else "no"], lang)
    return None


def value_words(
    criterion: str, value: object, lang: str = DEFAULT_LANGUAGE, case: str = "nominative"
) -> str:
    """A rule's or a case's value for ``criterion`` in words: groups and categories by their
    names, terms (``P6M``) and dates in words, lists joined. ``case`` (see
    :data:`app.words.CASES`) is the grammatical case the phrase needs an amount in."""
    if value is None:
        return pick(SEEN["no_value"], lang)
    yes_no = _yes_no(value, lang)
    if yes_no is not None:
        return yes_no
    if isinstance(value, list | tuple):
        if not value:
            return pick(SEEN["none"], lang)
        if criterion == "arrested_between":
            return " – ".join(value_words(criterion, v, lang) for v in value)
        return ", ".join(value_words(criterion, v, lang) for v in value)
    if isinstance(value, date):
        return date_words(value, lang)
    text = str(value)
    if criterion.startswith("groups"):
        return word("group", text, lang)
    if criterion.startswith("categories"):
        return inline_word(word("category", text, lang))
    if criterion == "sex":
        return inline_word(word("sex", text, lang))
    if criterion in ("status", "statuses"):
        return inline_word(word("status", text, lang))
    if criterion.startswith("recidivism"):
        return inline_word(word("recidivism", text, lang))
    if criterion.startswith("age") and isinstance(value, int):
        if lang == "az":  # "yaşı ən azı 18", "yaşı 18-dən az"
            return az_number_ablative(value) if case == "ablative" else str(value)
        return count_words(value, "year", lang, case)
    if criterion in (
        "unserved_at_most",
        "unserved_more_than",
        "served_at_least",
    ) or criterion.startswith("term"):
        return term_text_words(text, lang, case)
    if criterion == "arrested_between":
        try:
            return date_words(date.fromisoformat(text), lang)
        except ValueError:
            return text
    return text


def criterion_head(name: str, threshold: object, lang: str = DEFAULT_LANGUAGE) -> str:
    """The criterion with the rule's value, each in the grammatical case the phrase needs:
    ``неотбытая часть более 1 года``, ``çəkilməmiş hissə 6 aydan çox``."""
    found = CRITERIA.get(name)
    template = pick(found, lang) if found else name.replace("_", " ")
    if "{" not in template:
        return f"{template} {value_words(name, threshold, lang)}".strip()
    if name == "arrested_between" and isinstance(threshold, list | tuple) and len(threshold) == 2:
        start, end = (value_words(name, v, lang) for v in threshold)
        return template.format(start=start, end=end)
    if name == "arrested_between":
        return f"{template.split('{', 1)[0].strip()} {value_words(name, threshold, lang)}"
    return template.format(
        value=value_words(name, threshold, lang),
        value_gen=value_words(name, threshold, lang, "genitive"),
        value_abl=value_words(name, threshold, lang, "ablative"),
    )


def seen_words(reason: Reason, on: date, lang: str = DEFAULT_LANGUAGE) -> str:
    """What the case showed for the criterion on the evaluation day."""
    name = reason.criterion.removeprefix("exclusions.")
    seen = reason.seen
    day = date_words(on, lang)
    if seen is None:
        return pick(SEEN["no_value"], lang)
    if name.startswith("age") and isinstance(seen, int):
        age = count_words(seen, "year", lang) if lang == "ru" else str(seen)
        return pick(SEEN["age"], lang).format(age=age, date=day)
    if name.startswith("unserved") and isinstance(seen, int):
        return pick(SEEN["unserved"], lang).format(days=count_words(seen, "day", lang), date=day)
    if name == "served_fraction_at_least" and isinstance(seen, float):
        percent = decimal_words(seen * 100, lang)
        return pick(SEEN["fraction"], lang).format(percent=percent, date=day)
    if name == "served_at_least" and isinstance(seen, int):
        return pick(SEEN["served"], lang).format(days=count_words(seen, "day", lang), date=day)
    return value_words(name, seen, lang)


def field_words(field: str | None, lang: str = DEFAULT_LANGUAGE) -> str:
    if not field:
        return pick(FIELDS["sentence"], lang)
    found = FIELDS.get(field)
    return pick(found, lang) if found else field.rsplit(".", 1)[-1].replace("_", " ")


def code_words(reason: Reason, on: date, lang: str = DEFAULT_LANGUAGE) -> str:
    """Whether the criterion holds, in words (any code: an unknown one from ``holds``)."""
    code = reason.code
    if code == "missing":
        return pick(CODES["missing"], lang).format(field=field_words(reason.field, lang))
    if code == "met_from" and reason.since is not None:
        return pick(CODES["met_from"], lang).format(date=date_words(reason.since, lang))
    if code == "met":
        if reason.until is not None:
            return pick(CODES["met_until"], lang).format(date=date_words(reason.until, lang))
        return pick(CODES["met"], lang)
    if code == "not_met":
        if reason.until is not None and reason.until < on:
            return pick(CODES["held_until"], lang).format(date=date_words(reason.until, lang))
        return pick(CODES["not_met"], lang)
    if code in CODES:
        return pick(CODES[code], lang).format(date="", field="")
    if reason.holds is None:
        return pick(CODES["missing"], lang).format(field=field_words(reason.field, lang))
    return pick(CODES["met" if reason.holds else "not_met"], lang)


def reason_words(reason: Reason, on: date, lang: str = DEFAULT_LANGUAGE) -> str:
    """One line: where (clause or exclusion), the criterion and the rule's value, what the
    case has, and whether it holds — all in ``lang``."""
    name = reason.criterion.removeprefix("exclusions.")
    excluded = reason.criterion.startswith("exclusions.")
    head = criterion_head(name, reason.threshold, lang)
    if excluded:
        head = f"{pick(EXCLUSION, lang)}: {head}"
    if reason.code == "missing":
        return f"{head}: {code_words(reason, on, lang)}"
    return f"{head}: {seen_words(reason, on, lang)} — {code_words(reason, on, lang)}"


def verdict_words(result: RuleResult, lang: str = DEFAULT_LANGUAGE) -> str:
    """The result in one line, e.g. ``eligible from 3 January 2026 (release, clause 1)``."""
    status = result.status
    if status == "needs_review":
        fields = ", ".join(field_words(f, lang) for f in result.missing) or field_words(None, lang)
        return pick(VERDICTS["needs_review"], lang).format(fields=fields)
    if status in ("eligible", "eligible_from") and result.clause is not None:
        effect = word("effect", result.effect, lang)
        if result.reduce_by is not None:
            effect = pick(REDUCE_BY, lang).format(
                effect=effect, term=term_text_words(str(result.reduce_by), lang)
            )
        day = result.on if status == "eligible" else (result.date or result.on)
        number = result.clause + 1
        clause = az_ordinal(number) if lang == "az" else str(number)  # 1-ci, 3-cü, 6-cı
        return pick(VERDICTS[status], lang).format(
            date=date_words(day, lang), effect=effect, clause=clause
        )
    if status in VERDICTS and status not in ("eligible", "eligible_from"):
        return pick(VERDICTS[status], lang)
    return word("result", status, lang)
