"""The phrases eligibility results and reasons are said with, in English, Azerbaijani and
Russian: criteria, what a case shows, whether a criterion holds, who the rule looks at,
missing data and the result itself. :mod:`app.eligibility.words` puts them together; the
codes' own words (categories, statuses, sexes, repeat offence, effects) are the one table of
:mod:`app.words`. Each entry is an (English, Azerbaijani, Russian) triple. Pure data.
"""

from __future__ import annotations

from app.words import W

# A criterion and the rule's value. ``{value}`` is the value in the nominative,
# ``{value_gen}`` in the Russian genitive (after "более", "не более", "не менее", "менее":
# "более 1 года", "не менее 25 лет"), ``{value_abl}`` in the Azerbaijani ablative (before
# "çox", "az": "6 aydan çox"); ``{start}``/``{end}`` the two days of a period. A criterion
# without a placeholder is followed by its value.
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
    # yes/no criteria: what the rule asks, then what the case has ("…: no — holds")
    "life": (
        "life imprisonment (the rule asks: {value})",
        "ömürlük azadlıqdan məhrum etmə (qaydanın tələbi: {value})",
        "пожизненное лишение свободы (по правилу: {value})",
    ),
    "prior_parole_revoked": (
        "earlier parole revoked (the rule asks: {value})",
        "əvvəlki şərti azadetmə ləğv edilib (qaydanın tələbi: {value})",
        "прежнее УДО отменено (по правилу: {value})",
    ),
}

# Whether a criterion holds; {date} filled where the code has one.
CODES: dict[str, W] = {
    "met": ("holds", "ödənilir", "выполнено"),
    "met_until": ("holds (until {date})", "{date} tarixinədək ödənilir", "выполнено (до {date})"),
    "met_from": ("holds from {date}", "{date} tarixindən ödənilir", "выполнено с {date}"),
    "not_met": ("does not hold", "ödənilmir", "не выполнено"),
    "held_until": (
        "does not hold (held until {date})",
        "ödənilmir ({date} tarixinədək ödənilirdi)",
        "не выполнено (выполнялось до {date})",
    ),
    "missing": (
        "cannot be decided: the case lacks {field}",
        "qərar vermək olmur: işdə {field} yoxdur",
        "нельзя решить: в деле нет данных ({field})",
    ),
}

EXCLUSION: W = ("exclusion", "istisna", "исключение")

# The data a case may lack.
FIELDS: dict[str, W] = {
    "sentence": ("the sentence", "hökm", "приговор"),
    "sentence.term": ("the term", "cəza müddəti", "срок наказания"),
    "sentence.start_date": ("the start of the term", "cəzanın başlanğıc tarixi", "начало срока"),
    "sentence.articles": ("the articles", "maddələr", "статьи"),
    "sentence.category": ("the crime category", "cinayətin kateqoriyası", "категория преступления"),
    "sentence.recidivism": ("the repeat offence", "residiv", "рецидив"),
    "person.birth_date": ("the birth date", "doğum tarixi", "дата рождения"),
    "person.sex": ("the sex", "cins", "пол"),
    "arrested_on": ("the day of arrest", "həbs tarixi", "дата задержания"),
    "status": ("the status", "vəziyyət", "статус"),
}

# What the case shows on the evaluation day.
SEEN: dict[str, W] = {
    # {age}: the bare number (English, Azerbaijani), "35 лет" / "21 год" (Russian)
    "age": ("{age} years old on {date}", "{date} tarixinə {age} yaş", "{age} на {date}"),
    "unserved": (
        "{days} left on {date}",
        "{date} tarixinə {days} qalıb",
        "на {date} осталось {days}",
    ),
    "fraction": (
        "{percent}% served on {date}",
        "{date} tarixinə {percent}% çəkilib",
        "на {date} отбыто {percent}%",
    ),
    "served": (
        "{days} served (with credit) on {date}",
        "{date} tarixinə {days} çəkilib (hökmdən əvvəlki həbs daxil olmaqla)",
        "на {date} отбыто {days} (с зачётом)",
    ),
    "none": ("none", "yoxdur", "нет"),
    "no_value": ("no value", "məlumat yoxdur", "нет данных"),
    "yes": ("yes", "bəli", "да"),
    "no": ("no", "xeyr", "нет"),
}

# Who the rule looks at (criterion ``serving``).
WHO: dict[str, W] = {
    "status": (
        "{status}: the rule looks only at people serving a sentence",
        "{status}: qayda yalnız cəza çəkən şəxslərə aiddir",
        "{status}: правило касается только отбывающих наказание",
    ),
    "not_sentenced": (
        "not yet sentenced on {on} (verdict of {since})",
        "{on} tarixinə hələ məhkum edilməyib ({since} tarixli hökm)",
        "на {on} ещё не осуждён (приговор от {since})",
    ),
    "term_served": (
        "term served on {until}",
        "cəza {until} tarixində çəkilib",
        "срок отбыт {until}",
    ),
    "term_served_by_credit": (
        "term served by the time in custody before the sentence (last day {until})",
        "cəza hökmdən əvvəlki həbsdə çəkilib (son gün {until})",
        "срок покрыт содержанием под стражей до приговора (последний день {until})",
    ),
    "unknown": (
        "status unknown: check that the person is still serving the sentence",
        "vəziyyət bilinmir: şəxsin hələ cəza çəkdiyini yoxlayın",
        "статус неизвестен: проверьте, отбывает ли человек наказание",
    ),
    "missing": (
        "{field} not known yet: whether the person is still serving cannot be told",
        "{field} hələ məlum deyil: şəxsin cəza çəkib-çəkmədiyi müəyyən edilə bilmir",
        "{field} пока неизвестно: отбывает ли человек наказание, сказать нельзя",
    ),
}

# The result in a sentence (the CLI, :func:`app.eligibility.words.result_words`).
RESULTS: dict[str, W] = {
    "effect.release": (
        "release from the rest of the sentence",
        "cəzanın qalan hissəsindən azad edilmə",
        "освобождение от оставшейся части наказания",
    ),
    "effect.reduce": (
        "the rest of the sentence is reduced by {by}",
        "cəzanın qalan hissəsi {by} azaldılır",
        "оставшаяся часть наказания сокращается на {by}",
    ),
    "effect.eligible": ("the conditions are met", "şərtlər ödənilir", "условия выполнены"),
    "eligible": ("Eligible on {on}", "{on} tarixinə hüququ var", "Имеет право на {on}"),
    "eligible_from": (
        "Eligible from {date}",
        "{date} tarixindən hüququ yaranır",
        "Право возникает с {date}",
    ),
    "by_clause": ("{effect} (clause {n})", "{effect} ({n} bənd)", "{effect} (пункт {n})"),
    "needs_review": (
        "Needs review: the case lacks {fields}",
        "Yoxlanılmalıdır: işdə {fields} yoxdur",
        "Нужна проверка: в деле нет данных — {fields}",
    ),
    "not_eligible": ("Not eligible", "Hüququ yoxdur", "Права нет"),
}

# The result in a few words, as a printed summary shows it under the rule's title
# (:func:`app.eligibility.words.verdict_words`).
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

# A rule's own warning and the other short pieces.
OTHER: dict[str, W] = {
    "verify.note": ("note: {text}", "qeyd: {text}", "примечание: {text}"),
    "verify.flag": ("(verify)", "(yoxlanılmalıdır)", "(требует проверки)"),
    "evaluated_on": ("evaluated on {on}", "{on} tarixinə görə", "на {on}"),
    "cases_evaluated": ("{n} case(s) evaluated", "{n} iş yoxlanıldı", "Проверено дел: {n}"),
    "more_criteria": ("… and {n}", "… və daha {n} meyar", "… и ещё {n}"),
}
