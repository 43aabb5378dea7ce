"""Eligibility reasons and sentence-computation steps in the user's language.

The core returns structured values (:class:`app.eligibility.Reason`,
:class:`app.sentence.TraceStep`); this module renders them through ``translate()`` (contexts
``Reasons`` and ``Trace``) with dates in the locale's format. The codes' words (categories,
statuses, repeat offence), the data a case lacks and a rule's own words are those a printed
page uses (:mod:`ui.desktop.labels`, :mod:`app.eligibility.words`). Read-only; any thread
once the translators are installed.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication

from app.eligibility import Reason, Rule, RuleResult
from app.eligibility import words as eligibility_words
from app.terms import Term, TermError
from ui.desktop import labels

translate = QCoreApplication.translate


def _criterion_label(name: str) -> str:
    table = {
        "articles_any": translate("Reasons", "Article is one of"),
        "articles_none": translate("Reasons", "Article is none of"),
        "categories_any": translate("Reasons", "Crime category is one of"),
        "categories_none": translate("Reasons", "Crime category is none of"),
        "recidivism_any": translate("Reasons", "Recidivism is one of"),
        "statuses": translate("Reasons", "Status is one of"),
        "life": translate("Reasons", "Life sentence:"),
        "prior_parole_revoked": translate("Reasons", "Earlier parole revoked:"),
        "groups_any": translate("Reasons", "Group is one of"),
        "groups_none": translate("Reasons", "Group is none of"),
        "sex": translate("Reasons", "Sex is"),
        "age_at_least": translate("Reasons", "Age at least"),
        "age_below": translate("Reasons", "Age below"),
        "term_more_than": translate("Reasons", "Term more than"),
        "term_at_most": translate("Reasons", "Term at most"),
        "unserved_at_most": translate("Reasons", "Unserved part at most"),
        "unserved_more_than": translate("Reasons", "Unserved part more than"),
        "served_fraction_at_least": translate("Reasons", "Served at least the fraction"),
        "served_at_least": translate("Reasons", "Served at least"),
        "arrested_between": translate("Reasons", "Arrested between"),
    }
    return table.get(name, name)


def _term_text(value: object) -> str:
    if isinstance(value, str) and value.startswith("P"):
        try:
            term = Term.parse(value)
        except TermError:
            return value
        return labels.format_term(term.years, term.months, term.weeks, term.days)
    return str(value)


def _date_text(value: object) -> str:
    if isinstance(value, date):
        return labels.format_date(value)
    if isinstance(value, str):
        try:
            return labels.format_date(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def _yes_no(value: bool) -> str:
    return translate("Reasons", "yes") if value else translate("Reasons", "no")


def _item_text(criterion: str, value: object) -> str:
    """One item of a list criterion's value, in words."""
    code = str(value)
    if criterion.startswith("groups"):
        return labels.label("group", code)
    if criterion.startswith("categories"):
        return labels.label("category", code)
    if criterion == "statuses":
        return labels.label("status", code)
    if criterion == "recidivism_any":
        return labels.label("recidivism", code)
    return code


def threshold_text(criterion: str, threshold: object) -> str:
    """The rule's value for a criterion, in words."""
    if isinstance(threshold, bool):
        return _yes_no(threshold)
    if isinstance(threshold, list | tuple):
        if criterion == "arrested_between":
            return " – ".join(_date_text(v) for v in threshold)
        return ", ".join(_item_text(criterion, v) for v in threshold)
    if criterion == "sex":
        return labels.label("sex", str(threshold))
    if criterion.startswith("age"):
        return translate("Reasons", "%1 years").replace("%1", str(threshold))
    return _term_text(threshold)


def seen_text(reason: Reason, on: date) -> str:
    """What the case showed for the criterion on the evaluation day."""
    name = reason.criterion.removeprefix("exclusions.")
    seen = reason.seen
    if seen is None:
        return translate("Reasons", "no value")
    if seen == "life":
        return translate("Reasons", "life sentence")
    if isinstance(seen, bool):
        return _yes_no(seen)
    day = labels.format_date(on)
    if name.startswith("age"):
        return (
            translate("Reasons", "%1 years old on %2").replace("%1", str(seen)).replace("%2", day)
        )
    if name.startswith("term"):
        return _term_text(seen)
    if name.startswith("unserved"):
        return (
            translate("Reasons", "%1 days unserved on %2")
            .replace("%1", str(seen))
            .replace("%2", day)
        )
    if name == "served_fraction_at_least" and isinstance(seen, float):
        return (
            translate("Reasons", "%1% served on %2")
            .replace("%1", labels.format_decimal(seen * 100))
            .replace("%2", day)
        )
    if name == "served_at_least":
        return (
            translate("Reasons", "%1 days served (with credit) on %2")
            .replace("%1", str(seen))
            .replace("%2", day)
        )
    if name == "arrested_between":
        return _date_text(seen)
    if name == "sex":
        return labels.label("sex", str(seen))
    if isinstance(seen, list):
        if not seen:
            return translate("Reasons", "none")
        return ", ".join(_item_text(name, v) for v in seen)
    if name.startswith("categories") or name in ("statuses", "recidivism_any"):
        return _item_text(name, seen)
    return str(seen)


def _field_text(field: str | None) -> str:
    """The data a case lacks, in the words a printed page uses (app.eligibility.words)."""
    return eligibility_words.field_words(field, labels.language()) if field else ""


MARKS = {"met": "✓", "met_from": "◷", "not_met": "✗", "missing": "?"}


def who_text(reason: Reason, on: date) -> str:
    """Why a rule does not look at a case, or doubts it: released, deceased, not yet
    sentenced on the day, term served, status unknown (criterion ``serving``)."""
    kind = reason.field or ""
    if reason.code == "missing":
        if kind == "status":
            return translate(
                "Reasons", "Status unknown: check that the person is still serving the sentence"
            )
        return translate(
            "Reasons", "%1 not known yet: whether the person is still serving cannot be told"
        ).replace("%1", _field_text(kind))
    if kind == "status":
        return translate("Reasons", "%1: the rule looks only at people serving a sentence").replace(
            "%1", labels.label("status", str(reason.seen))
        )
    if kind == "not_sentenced" and reason.since is not None:
        return (
            translate("Reasons", "Not yet sentenced on %1 (verdict of %2)")
            .replace("%1", labels.format_date(on))
            .replace("%2", labels.format_date(reason.since))
        )
    if kind == "term_served_by_credit" and reason.until is not None:
        return translate(
            "Reasons",
            "Term served by the time in custody before the sentence (last day %1)",
        ).replace("%1", labels.format_date(reason.until))
    if reason.until is not None:
        return translate("Reasons", "Term served on %1").replace(
            "%1", labels.format_date(reason.until)
        )
    return kind


# A rule's own words (title, notes, verify notes, sources) in the app's language, as a printed
# page gives them (app.eligibility.words).


def rule_title(rule: Rule) -> str:
    """The rule's title in the app's language, when the rule gives one."""
    return eligibility_words.rule_title(rule, labels.language())


def rule_notes(rule: Rule) -> str:
    return rule.notes_in(labels.language())


def rule_verify(rule: Rule) -> str:
    """The rule's verify note in the app's language when the rule gives it, or ""."""
    return eligibility_words.rule_verify(rule, labels.language())


def rule_source(rule: Rule) -> str:
    """Where the rule comes from, in the app's language when the rule gives it."""
    return eligibility_words.rule_source(rule, labels.language())


def clause_source(rule: Rule, clause: int | None) -> str:
    """The source of the rule's clause ``clause`` (0-based) in the app's language, or ""."""
    return eligibility_words.clause_source(rule, clause, labels.language())


def clause_verify(rule: Rule, clause: int | None) -> str:
    """The verify note of the rule's clause ``clause`` (0-based) in the app's language, or ""."""
    return eligibility_words.clause_verify(rule, clause, labels.language())


def render_reason(reason: Reason, on: date) -> str:
    """One line: mark, where (clause or exclusion), criterion, rule value, what the case has."""
    if reason.criterion == "serving":
        return f"{'?' if reason.code == 'missing' else '✗'} {who_text(reason, on)}"
    name = reason.criterion.removeprefix("exclusions.")
    if reason.criterion.startswith("exclusions."):
        where = translate("Reasons", "Exclusion")
    elif reason.clause is not None:
        where = translate("Reasons", "Clause %1").replace("%1", str(reason.clause + 1))
    else:
        where = ""
    head = f"{_criterion_label(name)} {threshold_text(name, reason.threshold)}"
    if reason.code == "missing":
        tail = translate("Reasons", "cannot be decided: the case lacks %1").replace(
            "%1", _field_text(reason.field)
        )
    else:
        tail = seen_text(reason, on)
        if reason.code == "met_from" and reason.since is not None:
            tail += " — " + translate("Reasons", "holds from %1").replace(
                "%1", labels.format_date(reason.since)
            )
    mark = MARKS.get(reason.code, "•")
    return f"{mark} {where}: {head} — {tail}" if where else f"{mark} {head} — {tail}"


def effect_text(result: RuleResult) -> str:
    """What the deciding clause gives, as a sentence."""
    if result.effect == "release":
        return translate("Reasons", "release from the rest of the sentence")
    if result.effect == "reduce" and result.reduce_by is not None:
        by = result.reduce_by
        return translate("Reasons", "the rest of the sentence is reduced by %1").replace(
            "%1", labels.format_term(by.years, by.months, by.weeks, by.days)
        )
    return translate("Reasons", "the conditions are met")


def summarise(result: RuleResult) -> str:
    """A one-line why: the clause that holds, else why the rule does not look at the case,
    else the first criterion that does not hold."""
    if result.status in ("eligible", "eligible_from") and result.clause is not None:
        return (
            translate("Reasons", "Clause %1: %2")
            .replace("%1", str(result.clause + 1))
            .replace("%2", effect_text(result))
        )
    first = result.reasons[0] if result.reasons else None
    if first is not None and first.criterion == "serving":
        return who_text(first, result.on)
    for reason in result.reasons:
        if reason.criterion.startswith("exclusions.") and reason.holds:
            return translate("Reasons", "Excluded: %1").replace(
                "%1", _criterion_label(reason.criterion.removeprefix("exclusions."))
            )
    if result.status == "needs_review":
        fields = ", ".join(_field_text(f) for f in result.missing)
        return translate("Reasons", "Missing: %1").replace("%1", fields)
    for reason in result.reasons:
        if reason.code == "not_met":
            return translate("Reasons", "Not met: %1").replace(
                "%1", _criterion_label(reason.criterion.removeprefix("exclusions."))
            )
    return ""


# ---------------------------------------------------------------- sentence trace


def _v(values: Mapping[str, object], key: str) -> str:
    value = values.get(key)
    if isinstance(value, date):
        return labels.format_date(value)
    if key in ("term", "before", "after", "reduce_by") and isinstance(value, str):
        if value == "life":
            return translate("Trace", "life imprisonment")
        return _term_text(value)
    if key == "kind" and isinstance(value, str):
        return (
            labels.label("custody", value)
            if "detention" in value
            or value
            in (
                "house_arrest",
                "other",
            )
            else labels.label("event", value)
        )
    return "" if value is None else str(value)


def render_step(code: str, values: Mapping[str, object]) -> str:
    """One step of the sentence computation's trace in the user's language."""
    templates = {
        "sentence": translate("Trace", "Sentence of %term starting %start"),
        "adjustment_later": translate("Trace", "%kind of %date not applied: it is after %on"),
        "replace_term": translate("Trace", "%kind of %date: term %before replaced by %after"),
        "reduce_term": translate(
            "Trace", "%kind of %date: term %before reduced by %reduce_by → %after"
        ),
        "set_last_day": translate(
            "Trace", "%kind of %date: release on %release_on sets the last day"
        ),
        "adjustment_no_change": translate("Trace", "%kind of %date records no change to the term"),
        "credit_period": translate(
            "Trace", "Custody (%kind) %from–%to: %days days at %ratio → %credited days credited"
        ),
        "credit_ignored": translate(
            "Trace", "Custody (%kind) from %from not credited: it starts on or after %start"
        ),
        "credit_no_ratio": translate(
            "Trace", "Custody (%kind) %from–%to: no credit ratio for this kind"
        ),
        "credit_total": translate("Trace", "Credit in total: %credited_days days"),
        "add_term": translate("Trace", "%start + %term = %result"),
        "end_of_term": translate("Trace", "Last day before credit: %end − 1 day = %result"),
        "month_end": translate(
            "Trace", "Month-end convention: the term ends on the last day of the month, %result"
        ),
        "last_day": translate(
            "Trace", "Last day: %before_credit − %credited_days days credit = %result"
        ),
        "last_day_release": translate("Trace", "Last day set by release: %result"),
        "milestone": translate(
            "Trace",
            "%fraction of %term = %months months %days days: %start + %months months %days days"
            " − %credited_days days credit = %result",
        ),
        "unserved": translate("Trace", "Unserved on %on: %last_day − %on = %days days"),
        **_sentence_v2_templates(),
    }
    if code == "milestone" and values.get("interruption_days"):
        code = "milestone_interrupted"
    if code == "missing":
        values = {"fields": _missing_text(str(values.get("fields") or ""))}
    template = templates.get(code)
    if template is None:
        return code + ": " + ", ".join(f"{k}={_v(values, k)}" for k in values)
    # Longest keys first, so %credited_days is not taken for %credited.
    for key in sorted(values, key=len, reverse=True):
        template = template.replace(f"%{key}", _v(values, key))
    if code == "credit_period" and values.get("unverified"):
        template += " " + translate("Trace", "(ratio not yet confirmed by a lawyer)")
    if code == "interruption" and values.get("reason"):
        template += f" ({values['reason']})"
    return template


def _sentence_v2_templates() -> dict[str, str]:
    """Trace steps of life terms, interruptions, pardons and month-end conventions."""
    return {
        "milestone_interrupted": translate(
            "Trace",
            "%fraction of %term = %months months %days days: %start + %months months %days days"
            " − %credited_days days credit + %interruption_days days interrupted = %result",
        ),
        "last_day_moved": translate(
            "Trace",
            "Last day: %before_credit − %credited_days days credit + %interruption_days days "
            "interrupted − %cut_days days cut by pardon = %result",
        ),
        "last_day_interrupted": translate(
            "Trace",
            "Last day: %before_credit − %credited_days days credit + %interruption_days days "
            "interrupted = %result",
        ),
        "last_day_cut": translate(
            "Trace",
            "Last day: %before_credit − %credited_days days credit − %cut_days days cut by "
            "pardon = %result",
        ),
        "missing": translate("Trace", "Not computed: %fields not yet known"),
        "life": translate(
            "Trace",
            "Life imprisonment from %start: no last day; release is decided on years served",
        ),
        "served_life": translate("Trace", "Served by %on, credit included: %days days"),
        "interruption": translate("Trace", "Interruption %from–%to: %days days not served"),
        "interruption_total": translate("Trace", "Interruptions in total: %days days"),
        "subtract_day_first": translate(
            "Trace",
            "Last day before credit (one day subtracted first): %start − 1 day + %term = %result",
        ),
        "alternative_last_day": translate(
            "Trace", "The other month-end convention gives %result for %term from %start"
        ),
        "credit_covers_term": translate(
            "Trace",
            "The credit of %credited_days days covers the whole term (%excess_days days more):"
            " the term is served",
        ),
        "reduce_life_ignored": translate(
            "Trace", "%kind of %date: a reduction by %reduce_by does not apply to a life term"
        ),
        "cut_life_ignored": translate(
            "Trace", "%kind of %date: a life term has no unserved part to cut by %fraction"
        ),
        "cut_unserved": translate(
            "Trace",
            "%kind of %date: %fraction of the %unserved_days days unserved = %cut_days days "
            "cut; last day %before → %result",
        ),
        "release_not_later": translate(
            "Trace",
            "%kind of %date: release on %release_on does not undo the earlier release on %kept",
        ),
        "release_kept": translate(
            "Trace", "%kind of %date does not undo the earlier release on %release_on"
        ),
    }


def _missing_text(fields: str) -> str:
    """``sentence.term, sentence.start_date`` in words."""
    names = {
        "sentence.term": translate("Trace", "the term"),
        "sentence.start_date": translate("Trace", "the start date"),
    }
    return ", ".join(names.get(f.strip(), f.strip()) for f in fields.split(",") if f.strip())
