"""Rule results and reasons as a lawyer reads them, in English, Azerbaijani and Russian.

For the CLI's text output and printed summaries (the desktop app renders the same codes
through Qt's translations, ``ui/desktop/reasons.py``). Dates and terms in words ("5 November
2021", "3 il 6 ay", "3 года 6 месяцев"), never an ISO duration or an internal id. The JSON
``text`` of a reason stays :func:`app.eligibility.render.render_reason`. Pure.
"""

from __future__ import annotations

from datetime import date

from app.eligibility.evaluate import Reason, RuleResult
from app.eligibility.rules import Rule
from app.terms import Term
from app.words import az_ablative, count_words, ru_plural, term_text_words
from app.words import date_words as _date_words
from app.words import term_words as _term_words

LANGS = ("en", "az", "ru")


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "en"


def date_words(day: date, lang: str = "en") -> str:
    """``5 November 2021``, ``5 noyabr 2021``, ``5 ноября 2021`` (:func:`app.words.date_words`)."""
    return _date_words(day, _lang(lang))


def _unit(n: int, index: int, lang: str, genitive: bool = False) -> str:
    unit = ("year", "month", "week", "day")[index]
    return count_words(n, unit, lang, "genitive" if genitive else "nominative")


def _az_ablative(amount: str) -> str:
    return az_ablative(amount)


def days_words(n: int, lang: str = "en") -> str:
    return count_words(n, "day", _lang(lang))


def term_words(term: Term | str, lang: str = "en", genitive: bool = False) -> str:
    """``P3Y6M`` → ``3 years 6 months`` / ``3 il 6 ay`` / ``3 года 6 месяцев`` (with
    ``genitive``, Russian after "более": ``3 лет 6 месяцев``, ``1 года``)."""
    lang = _lang(lang)
    case = "genitive" if genitive else "nominative"
    if isinstance(term, str):
        if term == "life":
            return _T["life"][lang]
        return term_text_words(term, lang, case)
    return _term_words(term, lang, case)


# ---------------------------------------------------------------- vocabulary

_T: dict[str, dict[str, str]] = {
    "life": {"en": "life sentence", "az": "ömürlük həbs", "ru": "пожизненное лишение свободы"},
    "minor": {
        "en": "of little public danger",
        "az": "böyük ictimai təhlükə törətməyən",
        "ru": "не представляющее большой общественной опасности",
    },
    "less_serious": {"en": "less serious", "az": "az ağır", "ru": "менее тяжкое"},
    "grave": {"en": "grave", "az": "ağır", "ru": "тяжкое"},
    "especially_grave": {"en": "especially grave", "az": "xüsusilə ağır", "ru": "особо тяжкое"},
    "imprisoned": {"en": "imprisoned", "az": "həbsdə", "ru": "в заключении"},
    "pretrial": {
        "en": "awaiting trial",
        "az": "istintaq həbsində",
        "ru": "под стражей до приговора",
    },
    "released": {"en": "released", "az": "azadlığa buraxılıb", "ru": "освобождён"},
    "deceased": {"en": "deceased", "az": "vəfat edib", "ru": "умер"},
    "unknown": {"en": "status unknown", "az": "statusu bilinmir", "ru": "статус неизвестен"},
    "none": {"en": "no recidivism", "az": "residiv yoxdur", "ru": "рецидива нет"},
    "repeat": {"en": "recidivism", "az": "residiv", "ru": "рецидив"},
    "dangerous": {"en": "dangerous recidivism", "az": "təhlükəli residiv", "ru": "опасный рецидив"},
    "especially_dangerous": {
        "en": "especially dangerous recidivism",
        "az": "xüsusilə təhlükəli residiv",
        "ru": "особо опасный рецидив",
    },
    "male": {"en": "male", "az": "kişi", "ru": "мужской"},
    "female": {"en": "female", "az": "qadın", "ru": "женский"},
    "other": {"en": "other", "az": "digər", "ru": "другой"},
    "yes": {"en": "yes", "az": "bəli", "ru": "да"},
    "no": {"en": "no", "az": "xeyr", "ru": "нет"},
    "nothing": {"en": "none", "az": "yoxdur", "ru": "нет"},
    "no value": {"en": "no value", "az": "məlumat yoxdur", "ru": "нет данных"},
}

_LABELS: dict[str, tuple[str, str, str]] = {
    "articles_any": ("article is one of", "maddə bunlardan biridir:", "статья — одна из"),
    "articles_none": ("article is none of", "maddə bunlardan deyil:", "статья — ни одна из"),
    "categories_any": (
        "crime category is one of",
        "cinayətin kateqoriyası:",
        "категория преступления — одна из",
    ),
    "categories_none": (
        "crime category is none of",
        "cinayətin kateqoriyası bunlardan deyil:",
        "категория преступления — ни одна из",
    ),
    "groups_any": ("group is one of", "qrup bunlardan biridir:", "группа — одна из"),
    "groups_none": ("group is none of", "qrup bunlardan deyil:", "группа — ни одна из"),
    "recidivism_any": ("recidivism is one of", "residiv:", "рецидив — один из"),
    "statuses": ("status is one of", "status:", "статус — один из"),
    "life": ("life sentence:", "ömürlük həbs:", "пожизненное лишение свободы:"),
    "prior_parole_revoked": (
        "earlier parole revoked:",
        "əvvəlki şərti azadetmə ləğv edilib:",
        "прежнее УДО отменено:",
    ),
    "sex": ("sex is", "cins:", "пол —"),
    "age_at_least": ("age at least", "ən azı", "возраст не менее"),
    "age_below": ("age below", "{value} kiçik olmalıdır", "возраст менее"),
    "term_more_than": ("term more than", "cəza müddəti {value} çox olmalıdır", "срок более"),
    "term_at_most": ("term at most", "cəza müddəti ən çoxu", "срок не более"),
    "unserved_at_most": (
        "unserved part at most",
        "çəkilməmiş hissə ən çoxu",
        "неотбытая часть не более",
    ),
    "unserved_more_than": (
        "unserved part more than",
        "çəkilməmiş hissə {value} çox olmalıdır",
        "неотбытая часть более",
    ),
    "served_fraction_at_least": (
        "served at least",
        "çəkilmiş hissə ən azı",
        "отбыто не менее",
    ),
    "served_at_least": ("served at least", "çəkilmiş müddət ən azı", "отбыто не менее"),
    "arrested_between": ("arrested between", "həbs tarixi arasında:", "арестован в период"),
}

_FIELDS: dict[str, tuple[str, str, str]] = {
    "sentence": ("the sentence", "hökm", "приговор"),
    "sentence.articles": ("the articles", "maddələr", "статьи"),
    "sentence.category": ("the crime category", "cinayətin kateqoriyası", "категория преступления"),
    "sentence.term": ("the term", "cəzanın müddəti", "срок наказания"),
    "sentence.start_date": (
        "the start of the term",
        "cəzanın başlanğıc tarixi",
        "начало срока",
    ),
    "sentence.recidivism": ("recidivism", "residiv", "рецидив"),
    "person.birth_date": ("the birth date", "doğum tarixi", "дата рождения"),
    "person.sex": ("the sex", "cins", "пол"),
    "arrested_on": ("the day of arrest", "həbs günü", "день ареста"),
    "status": ("the status", "status", "статус"),
}

_TEMPLATES: dict[str, tuple[str, str, str]] = {
    # who is evaluated
    "who.status": (
        "{status}: the rule looks only at people serving a sentence",
        "{status}: qayda yalnız cəza çəkən şəxslərə aiddir",
        "{status}: правило касается только отбывающих наказание",
    ),
    "who.not_sentenced": (
        "not yet sentenced on {on} (verdict of {since})",
        "{on} tarixinə hələ məhkum edilməyib ({since} tarixli hökm)",
        "на {on} ещё не осуждён (приговор от {since})",
    ),
    "who.term_served": (
        "term served on {until}",
        "cəza {until} tarixində çəkilib",
        "срок отбыт {until}",
    ),
    "who.term_served_by_credit": (
        "term served by the time in custody before the sentence (last day {until})",
        "cəza hökmdən əvvəlki həbsdə çəkilib (son gün {until})",
        "срок покрыт содержанием под стражей до приговора (последний день {until})",
    ),
    "who.unknown": (
        "status unknown: check that the person is still serving the sentence",
        "status bilinmir: şəxsin hələ cəza çəkdiyini yoxlayın",
        "статус неизвестен: проверьте, отбывает ли человек наказание",
    ),
    "who.missing": (
        "{field} not known yet: whether the person is still serving cannot be told",
        "{field} hələ məlum deyil: şəxsin cəza çəkib-çəkmədiyi müəyyən edilə bilmir",
        "{field} пока неизвестно: отбывает ли человек наказание, сказать нельзя",
    ),
    # what the case shows
    "seen.case": ("the case: {value}", "işdə: {value}", "в деле: {value}"),
    # Russian {value}: "21 год", "22 года", "35 лет" (the others: the bare number)
    "seen.age": ("{value} years old on {on}", "{on} tarixinə {value} yaş", "{value} на {on}"),
    "seen.unserved": (
        "{value} left on {on}",
        "{on} tarixinə {value} qalıb",
        "на {on} осталось {value}",
    ),
    "seen.fraction": (
        "{value}% served on {on}",
        "{on} tarixinə {value}% çəkilib",
        "на {on} отбыто {value}%",
    ),
    "seen.served": (
        "{value} served (with credit) on {on}",
        "{on} tarixinə {value} çəkilib (hökmdən əvvəlki həbs daxil olmaqla)",
        "на {on} отбыто {value} (с зачётом)",
    ),
    # verdicts
    "holds": ("holds", "ödənilir", "выполнено"),
    "not_met": ("does not hold", "ödənilmir", "не выполнено"),
    "holds_from": ("holds from {since}", "{since} tarixindən ödənilir", "выполнено с {since}"),
    "missing": (
        "cannot be decided: the case lacks {field}",
        "qərar vermək olmur: işdə {field} yoxdur",
        "нельзя решить: в деле нет данных — {field}",
    ),
    "exclusion": ("Exclusion", "İstisna", "Исключение"),
    "clause": ("Clause {n}", "Bənd {n}", "Пункт {n}"),
    # a rule's own warning that it must be checked against the official text
    "verify.note": ("note: {text}", "qeyd: {text}", "примечание: {text}"),
    "verify.flag": ("(verify)", "(yoxlanılmalıdır)", "(требует проверки)"),
    "evaluated_on": ("evaluated on {on}", "{on} tarixinə görə", "на {on}"),
    "more_criteria": ("… and {n}", "… və daha {n} meyar", "… и ещё {n}"),
    # results
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
    "effect.eligible": (
        "the conditions are met",
        "şərtlər ödənilir",
        "условия выполнены",
    ),
    "result.eligible": ("Eligible on {on}", "{on} tarixinə hüququ var", "Имеет право на {on}"),
    "result.eligible_from": (
        "Eligible from {date}",
        "{date} tarixindən hüququ yaranır",
        "Право возникает с {date}",
    ),
    "result.by_clause": ("{effect} (clause {n})", "{effect} (bənd {n})", "{effect} (пункт {n})"),
    "result.needs_review": (
        "Needs review: the case lacks {fields}",
        "Yoxlanmalıdır: işdə {fields} yoxdur",
        "Нужна проверка: в деле нет данных — {fields}",
    ),
    "result.not_eligible": ("Not eligible", "Hüququ yoxdur", "Права нет"),
}


def _tr(key: str, lang: str, **values: str) -> str:
    text = _TEMPLATES[key][LANGS.index(_lang(lang))]
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text


def word(code: str, lang: str = "en") -> str:
    """A code of the rules' vocabulary in words (category, status, recidivism, sex...);
    a group id shows as its words (``civil_activists`` → ``civil activists``)."""
    found = _T.get(code)
    if found is not None:
        return found[_lang(lang)]
    return code.replace("_", " ")


def field_words(field: str | None, lang: str = "en") -> str:
    found = _FIELDS.get(field or "")
    return found[LANGS.index(_lang(lang))] if found else (field or "").replace("_", " ")


def rule_title(rule: Rule, lang: str = "en") -> str:
    """The rule's title in ``lang`` when the rule gives one, else its English title."""
    return rule.title_in(_lang(lang))


def rule_verify(rule: Rule, lang: str = "en") -> str:
    """The rule's ``verify`` note in ``lang`` (``verify_az``...; else as written), or ""."""
    return rule.verify_in(_lang(lang)) or ""


def rule_source(rule: Rule, lang: str = "en") -> str:
    """Where the rule comes from (``source``) in ``lang`` (``source_az``...; else as
    written), or ""."""
    return rule.source_in(_lang(lang))


def clause_verify(rule: Rule, clause: int | None, lang: str = "en") -> str:
    """The ``verify`` note of the rule's clause ``clause`` (0-based) in ``lang``, or ""."""
    if clause is None or not 0 <= clause < len(rule.clauses):
        return ""
    return rule.clauses[clause].verify_in(_lang(lang)) or ""


def clause_source(rule: Rule, clause: int | None, lang: str = "en") -> str:
    """The ``source`` of the rule's clause ``clause`` (0-based) in ``lang``, or ""."""
    if clause is None or not 0 <= clause < len(rule.clauses):
        return ""
    return rule.clauses[clause].source_in(_lang(lang))


def verify_words(text: str, lang: str = "en") -> str:
    """A verify note with its label: ``note: Verify against the official text…``."""
    return _tr("verify.note", lang, text=text) if text else ""


def verify_flag(lang: str = "en") -> str:
    """The short mark of a rule that carries a verify note: ``(verify)``."""
    return _tr("verify.flag", lang)


# ---------------------------------------------------------------- reasons


def _list(criterion: str, values: list[object] | tuple[object, ...], lang: str) -> str:
    if not values:
        return word("nothing", lang)
    if criterion.startswith("articles"):
        return ", ".join(str(v) for v in values)
    if criterion == "arrested_between":
        return " – ".join(date_words(date.fromisoformat(str(v)), lang) for v in values)
    return ", ".join(word(str(v), lang) for v in values)


def threshold_words(criterion: str, threshold: object, lang: str = "en") -> str:
    """The rule's value for a criterion, in words."""
    if isinstance(threshold, list | tuple):
        return _list(criterion, threshold, lang)
    if isinstance(threshold, bool):
        return word("yes" if threshold else "no", lang)
    if criterion.startswith("age"):
        if _lang(lang) == "az":  # an age is "18 yaş", not "18 il"
            return f"{int(str(threshold))} yaş"
        return _unit(int(str(threshold)), 0, _lang(lang), genitive=True)
    if isinstance(threshold, str) and threshold.startswith("P"):
        return term_words(threshold, lang, genitive=True)
    if isinstance(threshold, str) and criterion in ("sex",):
        return word(threshold, lang)
    return "" if threshold is None else str(threshold)


def seen_words(reason: Reason, on: date, lang: str = "en") -> str:
    """What the case showed for the criterion on the evaluation day."""
    name = reason.criterion.removeprefix("exclusions.")
    seen = reason.seen
    day = date_words(on, lang)
    if seen is None:
        return word("no value", lang)
    if seen == "life":
        return word("life", lang)
    if name.startswith("age"):
        age = _unit(int(str(seen)), 0, lang) if lang == "ru" else str(seen)
        return _tr("seen.age", lang, value=age, on=day)
    if name.startswith("term"):
        return term_words(str(seen), lang)
    if name.startswith("unserved") and isinstance(seen, int):
        return _tr("seen.unserved", lang, value=days_words(seen, lang), on=day)
    if name == "served_fraction_at_least" and isinstance(seen, float):
        percent = f"{seen * 100:.1f}"  # a decimal comma in Azerbaijani and Russian
        return _tr(
            "seen.fraction",
            lang,
            value=percent if lang == "en" else percent.replace(".", ","),
            on=day,
        )
    if name == "served_at_least" and isinstance(seen, int):
        return _tr("seen.served", lang, value=days_words(seen, lang), on=day)
    if name == "arrested_between":
        return date_words(date.fromisoformat(str(seen)), lang)
    if isinstance(seen, bool):
        return _tr("seen.case", lang, value=word("yes" if seen else "no", lang))
    if isinstance(seen, list):
        return _tr("seen.case", lang, value=_list(name, seen, lang))
    return _tr("seen.case", lang, value=word(str(seen), lang))


def _who_words(reason: Reason, on: date, lang: str) -> str:
    kind = reason.field or ""
    if reason.code == "missing":
        if kind == "status":
            return _tr("who.unknown", lang)
        return _tr("who.missing", lang, field=field_words(kind, lang))
    if kind == "status":
        return _tr("who.status", lang, status=word(str(reason.seen), lang))
    if kind == "not_sentenced" and reason.since is not None:
        return _tr(
            "who.not_sentenced", lang, on=date_words(on, lang), since=date_words(reason.since, lang)
        )
    if reason.until is not None:
        key = "who.term_served_by_credit" if kind == "term_served_by_credit" else "who.term_served"
        return _tr(key, lang, until=date_words(reason.until, lang))
    return kind


def reason_words(reason: Reason, on: date, lang: str = "en") -> str:
    """One sentence for a reason, e.g. ``unserved part at most 6 months: 120 days left on
    19 December 2025 — holds``; ``released: the rule looks only at people serving a
    sentence``; ``not yet sentenced on 5 November 2021 (verdict of 10 February 2026)``."""
    lang = _lang(lang)
    if reason.criterion == "serving":
        return _who_words(reason, on, lang)
    name = reason.criterion.removeprefix("exclusions.")
    label = _LABELS.get(name, (name, name, name))[LANGS.index(lang)]
    value = threshold_words(name, reason.threshold, lang)
    if "{value}" in label:  # Azerbaijani "6 aydan çox": the amount in the ablative
        head = label.replace("{value}", _az_ablative(value))
    else:
        head = f"{label} {value}"
    if reason.criterion.startswith("exclusions."):
        head = f"{_tr('exclusion', lang)}: {head}"
    if reason.code == "missing":
        return f"{head} — {_tr('missing', lang, field=field_words(reason.field, lang))}"
    text = f"{head}: {seen_words(reason, on, lang)} — "
    if reason.code == "met":
        return text + _tr("holds", lang)
    if reason.code == "met_from" and reason.since is not None:
        return text + _tr("holds_from", lang, since=date_words(reason.since, lang))
    return text + _tr("not_met", lang)


def effect_words(result: RuleResult, lang: str = "en") -> str:
    """What the deciding clause gives, e.g. ``release from the rest of the sentence``."""
    effect = result.effect or "eligible"
    if effect == "reduce" and result.reduce_by is not None:
        return _tr("effect.reduce", lang, by=term_words(result.reduce_by, lang))
    return _tr(f"effect.{effect}" if effect in ("release", "eligible") else "effect.eligible", lang)


def result_words(result: RuleResult, lang: str = "en") -> str:
    """The result in one sentence: ``Eligible from 30 March 2026: release from the rest of
    the sentence (clause 1)``; ``Not eligible: released: the rule looks only at people
    serving a sentence``; ``Needs review: the case lacks the crime category``."""
    lang = _lang(lang)
    if result.status in ("eligible", "eligible_from") and result.clause is not None:
        if result.status == "eligible":
            head = _tr("result.eligible", lang, on=date_words(result.date or result.on, lang))
        else:
            assert result.date is not None
            head = _tr("result.eligible_from", lang, date=date_words(result.date, lang))
        why = _tr(
            "result.by_clause", lang, effect=effect_words(result, lang), n=str(result.clause + 1)
        )
        return f"{head}: {why}"
    if result.status == "needs_review":
        fields = ", ".join(field_words(f, lang) for f in result.missing)
        return _tr("result.needs_review", lang, fields=fields)
    head = _tr("result.not_eligible", lang)
    reasons = result.reasons
    if reasons and reasons[0].code == "not_serving":
        return f"{head}: {_who_words(reasons[0], result.on, lang)}"
    return head


# ---------------------------------------------------------------- a printed summary


def rule_heading(rule: Rule, on: date, lang: str = "en") -> str:
    """A rule's heading in a summary: ``Amnesty act of 19 December 2025 (as reported)
    (evaluated on 19 December 2025)``, in ``lang``."""
    return f"{rule_title(rule, lang)} ({_tr('evaluated_on', lang, on=date_words(on, lang))})"


def key_reasons(result: RuleResult, lang: str = "en", limit: int = 8) -> tuple[str, ...]:
    """The reasons worth printing, in ``lang``: for ``not_eligible`` those that do not hold
    (the who-is-evaluated one first), for ``needs_review`` the missing data, else all — at
    most ``limit``, then ``… and 3 more criteria``."""
    reasons = list(result.reasons)
    if result.status == "not_eligible":
        reasons = [r for r in reasons if r.code != "met"] or reasons
    elif result.status == "needs_review":
        reasons = [r for r in reasons if r.code == "missing"] or reasons
    texts = [reason_words(r, result.on, lang) for r in reasons[:limit]]
    if len(reasons) > limit:
        texts.append(_tr("more_criteria", lang, n=_criteria(len(reasons) - limit, lang)))
    return tuple(texts)


def _criteria(n: int, lang: str) -> str:
    """``3 more criteria``, ``1 more criterion``; in Russian ``3 критерия``, ``5 критериев``
    (the Azerbaijani template puts the noun itself: after a number it stays singular)."""
    if _lang(lang) == "ru":
        return f"{n} {ru_plural(n, 'критерий', 'критерия', 'критериев')}"
    if _lang(lang) == "az":
        return str(n)
    return f"{n} more {'criterion' if n == 1 else 'criteria'}"
