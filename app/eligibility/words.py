"""Eligibility results and their reasons as a lawyer reads them, in English, Azerbaijani and
Russian — the one renderer for the CLI's text output, printed summaries and statistics (the
desktop app renders the same codes through Qt's translations, ``ui/desktop/reasons.py``).

The phrases are in :mod:`app.eligibility.word_tables`; codes (categories, statuses, sexes,
repeat offence, groups, effects), dates, terms and their grammatical cases come from
:mod:`app.words`. Never an ISO duration or an internal id. The JSON ``text`` of a reason
stays :func:`app.eligibility.render.render_reason`. See docs/reports.md, "Where the words
come from". Pure.
"""

from __future__ import annotations

from datetime import date

from app.eligibility.evaluate import Reason, RuleResult
from app.eligibility.rules import Rule
from app.eligibility.word_tables import (
    CODES,
    CRITERIA,
    EXCLUSION,
    FIELDS,
    OTHER,
    REDUCE_BY,
    RESULTS,
    SEEN,
    VERDICTS,
    WHO,
)
from app.terms import Term
from app.words import (
    LANGUAGES,
    W,
    az_number_ablative,
    az_ordinal,
    count_words,
    decimal_words,
    inline_word,
    life_words,
    pick,
    ru_plural,
    term_text_words,
    word,
)
from app.words import date_words as _date_words
from app.words import term_words as _term_words

LANGS = LANGUAGES


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "en"


def _say(phrase: W, lang: str, **values: str) -> str:
    text = pick(phrase, _lang(lang))
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text


def date_words(day: date, lang: str = "en") -> str:
    """``5 November 2021``, ``5 noyabr 2021``, ``5 ноября 2021`` (:func:`app.words.date_words`)."""
    return _date_words(day, _lang(lang))


def term_words(term: Term | str, lang: str = "en", genitive: bool = False) -> str:
    """``P3Y6M`` → ``3 years 6 months`` / ``3 il 6 ay`` / ``3 года 6 месяцев`` (with
    ``genitive``, Russian after "более": ``3 лет 6 месяцев``, ``1 года``); ``life`` in words."""
    lang = _lang(lang)
    case = "genitive" if genitive else "nominative"
    if isinstance(term, str):
        return term_text_words(term, lang, case)
    return _term_words(term, lang, case)


def clause_number(clause: int, lang: str = "en") -> str:
    """A clause's number (``clause`` 0-based) as it goes before "bənd": ``1-ci``, ``3-cü``
    in Azerbaijani, ``1``, ``3`` otherwise."""
    return az_ordinal(clause + 1) if _lang(lang) == "az" else str(clause + 1)


def field_words(field: str | None, lang: str = "en") -> str:
    """The data a case lacks, in words: ``the crime category``."""
    found = FIELDS.get(field or "sentence")
    return pick(found, _lang(lang)) if found else (field or "").rsplit(".", 1)[-1].replace("_", " ")


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
    return _say(OTHER["verify.note"], lang, text=text) if text else ""


def verify_flag(lang: str = "en") -> str:
    """The short mark of a rule that carries a verify note: ``(verify)``."""
    return _say(OTHER["verify.flag"], lang)


# ---------------------------------------------------------------- values


def _code_word(criterion: str, code: str, lang: str) -> str:
    if criterion.startswith("groups"):
        return word("group", code, lang)
    for prefix, table in (
        ("categories", "category"),
        ("sex", "sex"),
        ("status", "status"),
        ("recidivism", "recidivism"),
    ):
        if criterion.startswith(prefix):
            return inline_word(word(table, code, lang))
    return code


def value_words(criterion: str, value: object, lang: str = "en", case: str = "nominative") -> str:
    """A rule's or a case's value for ``criterion`` in words: groups, categories, statuses,
    sexes and repeat offence by their words (:data:`app.words.TABLES`), terms (``P6M``) and
    dates in words, lists joined. ``case`` (see :data:`app.words.CASES`) is the grammatical
    case the phrase needs an amount in."""
    lang = _lang(lang)
    if value is None:
        return pick(SEEN["no_value"], lang)
    if isinstance(value, bool):
        return pick(SEEN["yes" if value else "no"], lang)
    if isinstance(value, list | tuple):
        if not value:
            return pick(SEEN["none"], lang)
        joint = " – " if criterion == "arrested_between" else ", "
        return joint.join(value_words(criterion, v, lang) for v in value)
    if isinstance(value, date):
        return date_words(value, lang)
    text = str(value)
    if criterion.startswith("age") and isinstance(value, int):
        if lang == "az":  # "yaşı ən azı 18", "yaşı 18-dən az"
            return az_number_ablative(value) if case == "ablative" else str(value)
        return count_words(value, "year", lang, case)
    if criterion in ("unserved_at_most", "unserved_more_than", "served_at_least"):
        return term_text_words(text, lang, case)
    if criterion.startswith("term"):
        return term_text_words(text, lang, case)
    if criterion == "arrested_between":
        try:
            return date_words(date.fromisoformat(text), lang)
        except ValueError:
            return text
    return _code_word(criterion, text, lang)


def criterion_head(name: str, threshold: object, lang: str = "en") -> str:
    """The criterion with the rule's value, each in the grammatical case the phrase needs:
    ``неотбытая часть более 1 года``, ``çəkilməmiş hissə 6 aydan çox``."""
    lang = _lang(lang)
    found = CRITERIA.get(name)
    template = pick(found, lang) if found else name.replace("_", " ")
    if "{" not in template:
        return f"{template} {value_words(name, threshold, lang)}".strip()
    if name == "arrested_between":
        if isinstance(threshold, list | tuple) and len(threshold) == 2:
            start, end = (value_words(name, v, lang) for v in threshold)
            return template.format(start=start, end=end)
        return f"{template.split('{', 1)[0].strip()} {value_words(name, threshold, lang)}"
    return template.format(
        value=value_words(name, threshold, lang),
        value_gen=value_words(name, threshold, lang, "genitive"),
        value_abl=value_words(name, threshold, lang, "ablative"),
    )


def seen_words(reason: Reason, on: date, lang: str = "en") -> str:
    """What the case showed for the criterion on the evaluation day."""
    lang = _lang(lang)
    name = reason.criterion.removeprefix("exclusions.")
    seen = reason.seen
    day = date_words(on, lang)
    if seen is None:
        return pick(SEEN["no_value"], lang)
    if seen == "life":
        return life_words(lang)
    if name.startswith("age") and isinstance(seen, int):
        age = count_words(seen, "year", lang) if lang == "ru" else str(seen)
        return _say(SEEN["age"], lang, age=age, date=day)
    if name.startswith("unserved") and isinstance(seen, int):
        return _say(SEEN["unserved"], lang, days=count_words(seen, "day", lang), date=day)
    if name == "served_fraction_at_least" and isinstance(seen, float):
        return _say(SEEN["fraction"], lang, percent=decimal_words(seen * 100, lang), date=day)
    if name == "served_at_least" and isinstance(seen, int):
        return _say(SEEN["served"], lang, days=count_words(seen, "day", lang), date=day)
    return value_words(name, seen, lang)


def code_words(reason: Reason, on: date, lang: str = "en") -> str:
    """Whether the criterion holds, in words (an unknown code from whether it holds)."""
    code = reason.code
    if code == "missing" or (code not in CODES and reason.holds is None):
        return _say(CODES["missing"], lang, field=field_words(reason.field, lang))
    if code == "met_from" and reason.since is not None:
        return _say(CODES["met_from"], lang, date=date_words(reason.since, lang))
    if code == "met" and reason.until is not None:
        return _say(CODES["met_until"], lang, date=date_words(reason.until, lang))
    if code == "not_met" and reason.until is not None and reason.until < on:
        return _say(CODES["held_until"], lang, date=date_words(reason.until, lang))
    if code in ("met", "not_met"):
        return pick(CODES[code], _lang(lang))
    return pick(CODES["met" if reason.holds else "not_met"], _lang(lang))


# ---------------------------------------------------------------- reasons


def _who_words(reason: Reason, on: date, lang: str) -> str:
    kind = reason.field or ""
    if reason.code == "missing":
        if kind == "status":
            return pick(WHO["unknown"], lang)
        return _say(WHO["missing"], lang, field=field_words(kind, lang))
    if kind == "status":
        return _say(WHO["status"], lang, status=inline_word(word("status", str(reason.seen), lang)))
    if kind == "not_sentenced" and reason.since is not None:
        return _say(
            WHO["not_sentenced"],
            lang,
            on=date_words(on, lang),
            since=date_words(reason.since, lang),
        )
    if reason.until is not None:
        key = "term_served_by_credit" if kind == "term_served_by_credit" else "term_served"
        return _say(WHO[key], lang, until=date_words(reason.until, lang))
    return kind.replace("_", " ")


def reason_words(reason: Reason, on: date, lang: str = "en") -> str:
    """One line for a reason: the criterion and the rule's value, what the case shows, and
    whether it holds, e.g. ``unserved part at most 6 months: 120 days left on 19 December
    2025 — holds``; who the rule looks at: ``released: the rule looks only at people
    serving a sentence``; ``not yet sentenced on 5 November 2021 (verdict of 10 February
    2026)``."""
    lang = _lang(lang)
    if reason.criterion == "serving":
        return _who_words(reason, on, lang)
    name = reason.criterion.removeprefix("exclusions.")
    head = criterion_head(name, reason.threshold, lang)
    if reason.criterion.startswith("exclusions."):
        head = f"{pick(EXCLUSION, lang)}: {head}"
    if reason.code == "missing":
        return f"{head} — {code_words(reason, on, lang)}"
    return f"{head}: {seen_words(reason, on, lang)} — {code_words(reason, on, lang)}"


# ---------------------------------------------------------------- results


def effect_words(result: RuleResult, lang: str = "en") -> str:
    """What the deciding clause gives, e.g. ``release from the rest of the sentence``."""
    effect = result.effect or "eligible"
    if effect == "reduce" and result.reduce_by is not None:
        return _say(RESULTS["effect.reduce"], lang, by=term_words(result.reduce_by, lang))
    key = f"effect.{effect}" if effect in ("release", "eligible") else "effect.eligible"
    return pick(RESULTS[key], _lang(lang))


def result_words(result: RuleResult, lang: str = "en") -> str:
    """The result in one sentence: ``Eligible from 30 March 2026: release from the rest of
    the sentence (clause 1)``; ``Not eligible: released: the rule looks only at people
    serving a sentence``; ``Needs review: the case lacks the crime category``."""
    lang = _lang(lang)
    if result.status in ("eligible", "eligible_from") and result.clause is not None:
        if result.status == "eligible":
            head = _say(RESULTS["eligible"], lang, on=date_words(result.date or result.on, lang))
        else:
            assert result.date is not None
            head = _say(RESULTS["eligible_from"], lang, date=date_words(result.date, lang))
        n = clause_number(result.clause, lang)
        why = _say(RESULTS["by_clause"], lang, effect=effect_words(result, lang), n=n)
        return f"{head}: {why}"
    if result.status == "needs_review":
        fields = ", ".join(field_words(f, lang) for f in result.missing)
        return _say(RESULTS["needs_review"], lang, fields=fields)
    head = pick(RESULTS["not_eligible"], lang)
    reasons = result.reasons
    if reasons and reasons[0].code == "not_serving":
        return f"{head}: {_who_words(reasons[0], result.on, lang)}"
    return head


def verdict_words(result: RuleResult, lang: str = "en") -> str:
    """The result in a few words, as a printed summary shows it under the rule's title:
    ``eligible from 3 January 2026 (release, clause 1)``, ``3 yanvar 2026 tarixindən şamil
    olunur (azad edilmə, 1-ci bənd)``; ``needs review: missing the crime category``."""
    lang = _lang(lang)
    status = result.status
    if status == "needs_review":
        fields = ", ".join(field_words(f, lang) for f in result.missing) or field_words(None, lang)
        return _say(VERDICTS["needs_review"], lang, fields=fields)
    if status in ("eligible", "eligible_from") and result.clause is not None:
        effect = word("effect", result.effect, lang)
        if result.reduce_by is not None:
            effect = _say(REDUCE_BY, lang, effect=effect, term=term_words(result.reduce_by, lang))
        day = result.on if status == "eligible" else (result.date or result.on)
        return _say(
            VERDICTS[status],
            lang,
            date=date_words(day, lang),
            effect=effect,
            clause=clause_number(result.clause, lang),
        )
    if status == "not_eligible":
        return pick(VERDICTS[status], lang)
    return word("result", status, lang)


# ---------------------------------------------------------------- a printed summary


def cases_evaluated(count: int, lang: str = "en") -> str:
    """``40 case(s) evaluated``, the CLI's last line, in ``lang``."""
    return _say(OTHER["cases_evaluated"], _lang(lang), n=str(count))


def rule_heading(rule: Rule, on: date, lang: str = "en") -> str:
    """A rule's heading in a summary: ``Amnesty act of 19 December 2025 (as reported)
    (evaluated on 19 December 2025)``, in ``lang``."""
    evaluated = _say(OTHER["evaluated_on"], lang, on=date_words(on, lang))
    return f"{rule_title(rule, lang)} ({evaluated})"


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
        texts.append(_say(OTHER["more_criteria"], lang, n=_criteria(len(reasons) - limit, lang)))
    return tuple(texts)


def _criteria(n: int, lang: str) -> str:
    """``3 more criteria``, ``1 more criterion``; in Russian ``3 критерия``, ``5 критериев``
    (the Azerbaijani template puts the noun itself: after a number it stays singular)."""
    if _lang(lang) == "ru":
        return f"{n} {ru_plural(n, 'критерий', 'критерия', 'критериев')}"
    if _lang(lang) == "az":
        return str(n)
    return f"{n} more {'criterion' if n == 1 else 'criteria'}"
