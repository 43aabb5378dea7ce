"""A case summary as a document model: what a printed summary says, section by section
(docs/reports.md). :mod:`app.reports.summary_html` writes it as HTML; ``ui/printing`` lays that
out on A4 or Letter pages with the footer of :meth:`Summary.footer`.

The case is first cut down to what the profile may show (:mod:`app.reports.profiles`);
the sentence and the eligibility results are computed on the whole case, because they are
facts about the sentence, not notes. To stay within one or two pages a summary shows the
ten latest events, the eight latest notes (each cut at 1,000 characters), eight upcoming
deadlines and at most eight reasons per rule, and says how many more there are.

A summary is written in one language (``lang``: en, az, ru): every label, code, term
and date in the reader's words (:mod:`app.words`, :mod:`app.reports.phrases`,
:mod:`app.eligibility.words`) — no ISO duration and no internal id. Life sentences,
both last days when the conventions disagree, and a term served by credit are said in
words (see docs/reports.md).

Pure (``printed_on`` is an argument); safe on any thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.deadlines import Deadline, deadlines_for
from app.eligibility import Rule, RuleResult, evaluate_rule
from app.eligibility.notes import notes_for_rule
from app.eligibility.words import (
    clause_verify,
    key_reasons,
    rule_heading,
    rule_verify,
    verdict_words,
)
from app.model import Case
from app.reports.phrases import say
from app.reports.profiles import case_for_profile, check_profile
from app.sentence import Computation, compute_sentence
from app.sentence.compute import computed_json
from app.words import (
    DEFAULT_LANGUAGE,
    check_language,
    count_words,
    date_words,
    days_words,
    life_words,
    person_word,
    term_words,
    word,
    words,
)

MAX_EVENTS = 10
MAX_NOTES = 8
MAX_NOTE_CHARS = 1000
MAX_DEADLINES = 8
MAX_REASONS = 8


@dataclass(frozen=True)
class Row:
    label: str
    value: str
    strong: bool = False


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Item:
    """A dated text: a note or an eligibility note (``meta`` says when and who may see it)."""

    meta: str
    text: str


@dataclass(frozen=True)
class RuleBlock:
    title: str
    status: str
    verdict: str
    reasons: tuple[str, ...]
    notes: tuple[Item, ...] = ()
    caution: str | None = None


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    rows: tuple[Row, ...] = ()
    table: Table | None = None
    rules: tuple[RuleBlock, ...] = ()
    items: tuple[Item, ...] = ()
    empty: str = ""
    more: str = ""


@dataclass(frozen=True)
class Summary:
    case_id: str
    name: str
    aliases: tuple[str, ...]
    profile: str
    printed_on: date
    banner: str
    sections: tuple[Section, ...]
    lang: str = DEFAULT_LANGUAGE

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    @property
    def footer_text(self) -> str:
        return say(
            "footer",
            self.lang,
            date=date_words(self.printed_on, self.lang),
            profile=say(f"profile_short.{self.profile}", self.lang),
        )

    def footer(self, page: int, pages: int) -> str:
        """The footer of page ``page`` (1-based) of ``pages``: print date, profile, page."""
        return f"{self.footer_text} · {say('page', self.lang, page=page, pages=pages)}"


def _more(shown: int, total: int, key: str, lang: str) -> str:
    hidden = total - shown
    if hidden == 1:
        return say(f"{key}.one", lang)
    return say(key, lang, count=hidden) if hidden > 0 else ""


def _table_section(
    key: str, columns: Sequence[str], rows: Sequence[tuple[str, ...]], lang: str, more: str = ""
) -> Section:
    """Section ``key`` showing ``rows`` as a table under the ``col.*`` words of ``columns``, or
    its empty line when there are none; ``more`` says how many were left out."""
    return Section(
        key,
        say(f"section.{key}", lang),
        table=Table(tuple(say(f"col.{c}", lang) for c in columns), tuple(rows)) if rows else None,
        empty=say(f"empty.{key}", lang),
        more=more,
    )


def _person(case: Case, profile: str, on: date, lang: str) -> Section:
    person = case.person
    rows = []  # the name and its other spellings head the page
    if person.birth_date is not None:
        born = person.birth_date
        if profile == "public":
            rows.append(Row(say("row.born", lang), str(born.year)))
        else:
            age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
            shown_age = count_words(age, "year", lang) if lang == "ru" else str(age)
            rows.append(
                Row(
                    say("row.born", lang),
                    say("row.age", lang, date=date_words(born, lang), age=shown_age),
                )
            )
    if person.sex:
        rows.append(Row(say("row.sex", lang), word("sex", person.sex, lang)))
    rows.append(Row(say("row.groups", lang), words("group", person.groups, lang)))
    status = person_word("status", case.status, person.sex, lang)
    rows.append(Row(say("row.status", lang), status, strong=True))
    if case.facility:
        rows.append(Row(say("row.facility", lang), case.facility))
    if case.arrest_date is not None:
        rows.append(Row(say("row.arrested", lang), date_words(case.arrest_date, lang)))
    return Section("person", say("section.person", lang), rows=tuple(rows))


def _custody(case: Case, on: date, lang: str) -> Section:
    rows = []
    for period in sorted(case.custody, key=lambda p: p.start):
        end = period.end or on
        days = (end - period.start).days + 1
        to = date_words(period.end, lang) if period.end else say("ongoing", lang)
        if period.ordered_until is not None:
            to = say("ordered_until", lang, to=to, date=date_words(period.ordered_until, lang))
        rows.append(
            (date_words(period.start, lang), to, word("custody", period.kind, lang), str(days))
        )
    return _table_section("custody", ("from", "to", "kind", "days"), rows, lang)


def _life_rows(case: Case, on: date, lang: str, computation: Computation | None) -> list[Row]:
    sentence = case.sentence
    assert sentence is not None
    rows = [Row(say("row.term", lang), life_words(lang), strong=True)]
    if sentence.start_date is not None:
        rows.append(Row(say("row.start", lang), date_words(sentence.start_date, lang)))
        if on >= sentence.start_date and computation is not None:
            # As the rules count it: credit for custody included, interruptions left out.
            served = computation.served_days
            rows.append(
                Row(
                    say("row.time_served", lang),
                    say("on_day", lang, what=days_words(served, lang), date=date_words(on, lang)),
                )
            )
    rows.append(Row(say("row.release_rule", lang), say("life_release", lang), strong=True))
    return rows


def _term_rows(case: Case, on: date, lang: str) -> list[Row]:
    sentence = case.sentence
    assert sentence is not None
    rows = []
    unknown = say("not_yet_known", lang)
    term = sentence.term
    rows.append(Row(say("row.term", lang), term_words(term, lang) if term else unknown))
    start = sentence.start_date
    rows.append(Row(say("row.start", lang), date_words(start, lang) if start else unknown))
    c = compute_sentence(case, on=on)
    if c is None:
        return rows
    extra = computed_json(c, with_trace=False) or {}
    if c.effective_term is not None and c.effective_term != c.term:
        rows.append(Row(say("row.effective_term", lang), term_words(c.effective_term, lang)))
    if c.credited_days:
        rows.append(Row(say("row.credit", lang), count_words(c.credited_days, "day", lang)))
    if extra.get("term_served_by_credit"):
        detail = say("term_served_detail", lang, days=count_words(c.credited_days, "day", lang))
        rows.append(Row(word("deadline", "term_served", lang), detail, strong=True))
    if c.last_day is not None:
        rows.append(Row(say("row.last_day", lang), date_words(c.last_day, lang), strong=True))
    alternative = extra.get("alternative_last_day")
    if isinstance(alternative, str) and alternative:
        with_note = f"{date_words(date.fromisoformat(alternative), lang)}. " + say(
            "alternative_note", lang
        )
        rows.append(Row(say("row.alternative_last_day", lang), with_note, strong=True))
    if c.unserved_days is not None:
        unserved = say(
            "on_day", lang, what=days_words(c.unserved_days, lang), date=date_words(on, lang)
        )
        rows.append(Row(say("row.unserved", lang), unserved, strong=True))
    if c.served_fraction is not None:
        share = say("served_share", lang, percent=round(c.served_fraction * 100))
        rows.append(Row(say("row.served", lang), share))
    for key, value in (("row.half", c.half), ("row.two_thirds", c.two_thirds)):
        if value is not None:
            rows.append(Row(say(key, lang), date_words(value, lang)))
    if c.three_quarters is not None:
        rows.append(Row(say("row.three_quarters", lang), date_words(c.three_quarters, lang)))
    return rows


def _sentence(case: Case, shown: Case, on: date, lang: str) -> Section:
    sentence = case.sentence
    title = say("section.sentence", lang)
    if sentence is None:
        charges = [e.text for e in shown.events if e.kind == "charge" and e.text]
        given = (Row(say("row.charges", lang), "; ".join(charges)),) if charges else ()
        return Section("sentence", title, rows=given, empty=say("empty.sentence", lang))
    rows = [
        Row(say("row.articles", lang), ", ".join(sentence.articles) or "—"),
        Row(say("row.category", lang), word("category", sentence.category, lang)),
    ]
    if sentence.verdict_date is not None:
        rows.append(Row(say("row.verdict", lang), date_words(sentence.verdict_date, lang)))
    if sentence.regime:
        rows.append(Row(say("row.regime", lang), word("regime", sentence.regime, lang)))
    if sentence.recidivism and sentence.recidivism != "none":
        rows.append(Row(say("row.recidivism", lang), word("recidivism", sentence.recidivism, lang)))
    computation = compute_sentence(case, on=on) if sentence.life else None
    if sentence.life and (computation is None or computation.life):  # not commuted by then
        rows.extend(_life_rows(case, on, lang, computation))
    else:
        rows.extend(_term_rows(case, on, lang))
    return Section("sentence", title, rows=tuple(rows))


def _caution(rule: Rule, result: RuleResult, lang: str) -> str | None:
    """The rule's own warning to check it against the official text, in the reader's
    language, and the deciding clause's when the case is eligible; the report's general
    warning when the rule's note is not written in that language."""
    if not rule.verify_note:
        return None
    if lang != "en" and lang not in dict(rule.verify_notes):
        return say("rule.caution", lang)
    notes = [rule_verify(rule, lang)]
    if result.status in ("eligible", "eligible_from"):
        notes.append(clause_verify(rule, result.clause, lang))
    return " ".join(note for note in notes if note)


def _eligibility(case: Case, shown: Case, rules: Sequence[Rule], on: date, lang: str) -> Section:
    blocks = []
    for rule in rules:
        result = evaluate_rule(rule, case, on=None, today=on)
        notes = tuple(
            Item(
                " · ".join(
                    part
                    for part in (
                        date_words(n.date, lang) if n.date else "",
                        say("rule.assessment", lang, result=word("result", n.override, lang))
                        if n.override
                        else "",
                    )
                    if part
                ),
                " ".join(part for part in (n.text, n.reason) if part),
            )
            for n in notes_for_rule(shown, rule.id)
        )
        caution = _caution(rule, result, lang)
        blocks.append(
            RuleBlock(
                title=rule_heading(rule, result.on, lang),
                status=result.status,
                verdict=verdict_words(result, lang),
                reasons=key_reasons(result, lang, MAX_REASONS),
                notes=notes,
                caution=caution,
            )
        )
    return Section(
        "eligibility",
        say("section.eligibility", lang),
        rules=tuple(blocks),
        empty=say("empty.eligibility", lang),
    )


def deadline_words(deadline: Deadline, lang: str = DEFAULT_LANGUAGE) -> str:
    """What a deadline asks for, in ``lang`` (a reminder's own text as written)."""
    if deadline.kind == "reminder":
        return deadline.text
    start = date_words(deadline.start, lang) if deadline.start else "—"
    key = f"deadline.{deadline.kind}"
    if key in _DEADLINE_KEYS:
        return say(key, lang, date=start)
    return word("deadline", deadline.kind, lang)


_DEADLINE_KEYS = (
    "deadline.appeal",
    "deadline.cassation",
    "deadline.echr",
    "deadline.detention_end",
)


def _deadlines(shown: Case, on: date, lang: str) -> Section:
    found = deadlines_for(shown, on)
    rows = tuple(
        (date_words(d.due, lang), word("deadline", d.kind, lang), deadline_words(d, lang))
        for d in found[:MAX_DEADLINES]
    )
    more = _more(len(rows), len(found), "more.deadlines", lang)
    return _table_section("deadlines", ("due", "kind", "what"), rows, lang, more)


def _events(shown: Case, lang: str) -> Section:
    events = sorted(shown.events, key=lambda e: (e.date, e.kind), reverse=True)
    rows = tuple(
        (date_words(e.date, lang), word("event", e.kind, lang), e.text) for e in events[:MAX_EVENTS]
    )
    more = _more(len(rows), len(events), "more.events", lang)
    return _table_section("events", ("date", "event", "details"), rows, lang, more)


def _notes(shown: Case, profile: str, lang: str) -> Section:
    notes = sorted(shown.notes, key=lambda n: n.created or "", reverse=True)
    items = []
    for note in notes[:MAX_NOTES]:
        text = note.text.strip()
        if len(text) > MAX_NOTE_CHARS:
            text = text[: MAX_NOTE_CHARS - 1].rstrip() + "…"
        meta = []
        if note.created:
            try:
                meta.append(date_words(date.fromisoformat(note.created[:10]), lang))
            except ValueError:
                meta.append(note.created[:10])
        if profile == "colleague":
            meta.append(word("visibility", note.visibility, lang))
        items.append(Item(" · ".join(meta), text))
    return Section(
        "notes",
        say("section.notes", lang),
        items=tuple(items),
        empty=say("empty.notes", lang),
        more=_more(len(items), len(notes), "more.notes", lang),
    )


def build_summary(
    case: Case,
    rules: Sequence[Rule],
    *,
    profile: str,
    printed_on: date,
    lang: str = DEFAULT_LANGUAGE,
) -> Summary:
    """The summary of ``case`` for ``profile`` in ``lang`` (en, az, ru; see the module
    docstring), with each of ``rules`` evaluated. Raises
    :class:`~app.reports.profiles.ProfileError` for an unknown profile and
    :class:`~app.words.LanguageError` for an unknown language; never for a valid
    case."""
    check_profile(profile)
    lang = check_language(lang)
    shown = case_for_profile(case, profile)
    sections = [
        _person(shown, profile, printed_on, lang),
        _custody(shown, printed_on, lang),
        _sentence(case, shown, printed_on, lang),
        _eligibility(case, shown, rules, printed_on, lang),
    ]
    if profile != "public":
        sections.append(_deadlines(shown, printed_on, lang))
    sections.append(_events(shown, lang))
    sections.append(_notes(shown, profile, lang))
    return Summary(
        case_id=case.id,
        name=case.person.full_name,
        aliases=case.person.aliases,
        profile=profile,
        printed_on=printed_on,
        banner=say(f"banner.{profile}", lang),
        sections=tuple(sections),
        lang=lang,
    )
