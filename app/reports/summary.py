"""A case summary as a document model: what a printed summary says, section by section
(DESIGN §8). :mod:`app.reports.summary_html` writes it as HTML; ``ui/printing`` lays that
out on A4 or Letter pages with the footer of :meth:`Summary.footer`.

The case is first cut down to what the profile may show (:mod:`app.reports.profiles`);
the sentence and the eligibility results are computed on the whole case, because they are
facts about the sentence, not notes. To stay within one or two pages a summary shows the
ten latest events, the eight latest notes (each cut at 1,000 characters), eight upcoming
deadlines and at most eight reasons per rule, and says how many more there are.

Pure (``printed_on`` is an argument); safe on any thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.deadlines import deadlines_for
from app.eligibility import Rule, RuleResult, evaluate_rule, render_reason, render_result
from app.eligibility.notes import notes_for_rule
from app.model import Case
from app.reports.profiles import DESCRIPTIONS, case_for_profile, check_profile
from app.reports.words import days_words, deadline_label, group_labels, label, term_words
from app.sentence import compute_sentence

MAX_EVENTS = 10
MAX_NOTES = 8
MAX_NOTE_CHARS = 1000
MAX_DEADLINES = 8
MAX_REASONS = 8

BANNERS = {
    "colleague": "Privileged and confidential — lawyer's copy",
    "family": "Family copy",
    "public": "For publication",
}


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

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    @property
    def footer_text(self) -> str:
        return f"Printed {self.printed_on.isoformat()} · Profile: {DESCRIPTIONS[self.profile]}"

    def footer(self, page: int, pages: int) -> str:
        """The footer of page ``page`` (1-based) of ``pages``: print date, profile, page."""
        return f"{self.footer_text} · Page {page} of {pages}"


def _more(shown: int, total: int, what: str) -> str:
    hidden = total - shown
    return f"{hidden} earlier {what} not printed." if hidden > 0 else ""


def _person(case: Case, profile: str, on: date) -> Section:
    person = case.person
    rows = []  # the name and its other spellings head the page
    if person.birth_date is not None:
        born = person.birth_date
        if profile == "public":
            rows.append(Row("Born", str(born.year)))
        else:
            age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
            rows.append(Row("Born", f"{born.isoformat()} (age {age})"))
    if person.sex:
        rows.append(Row("Sex", label(person.sex)))
    rows.append(Row("Groups", group_labels(person.groups)))
    rows.append(Row("Status", label(case.status), strong=True))
    if case.facility:
        rows.append(Row("Held at", case.facility))
    if case.arrest_date is not None:
        rows.append(Row("Arrested", case.arrest_date.isoformat()))
    return Section("person", "Person", rows=tuple(rows))


def _custody(case: Case, on: date) -> Section:
    rows = []
    for period in sorted(case.custody, key=lambda p: p.start):
        end = period.end or on
        days = (end - period.start).days + 1
        to = period.end.isoformat() if period.end else "ongoing"
        if period.ordered_until is not None:
            to += f" (ordered until {period.ordered_until.isoformat()})"
        rows.append((period.start.isoformat(), to, label(period.kind), str(days)))
    table = Table(("From", "To", "Kind", "Days"), tuple(rows)) if rows else None
    return Section("custody", "Custody", table=table, empty="No custody periods recorded.")


def _sentence(case: Case, shown: Case, on: date) -> Section:
    sentence = case.sentence
    if sentence is None:
        charges = [e.text for e in shown.events if e.kind == "charge" and e.text]
        given = (Row("Charges", "; ".join(charges)),) if charges else ()
        return Section(
            "sentence", "Charges and sentence", rows=given, empty="No sentence recorded."
        )
    rows = [
        Row("Articles", ", ".join(sentence.articles) or "—"),
        Row("Category", label(sentence.category)),
    ]
    if sentence.verdict_date is not None:
        rows.append(Row("Verdict", sentence.verdict_date.isoformat()))
    rows.append(Row("Term", f"{term_words(sentence.term)} ({sentence.term})"))
    rows.append(Row("Counted from", sentence.start_date.isoformat()))
    if sentence.regime:
        rows.append(Row("Regime", sentence.regime))
    c = compute_sentence(case, on=on)
    if c is not None:
        if c.effective_term != c.term:
            rows.append(Row("Term after changes", term_words(c.effective_term)))
        if c.credited_days:
            rows.append(Row("Credit for custody", f"{c.credited_days} days"))
        rows.append(Row("Last day", c.last_day.isoformat(), strong=True))
        unserved = f"{days_words(c.unserved_days)} on {on.isoformat()}"
        rows.append(Row("Unserved", unserved, strong=True))
        rows.append(Row("Served", f"{c.served_fraction:.0%} of the term"))
        rows.append(Row("Half of the term", c.half.isoformat()))
        rows.append(Row("Two thirds", c.two_thirds.isoformat()))
        rows.append(Row("Three quarters", c.three_quarters.isoformat()))
    return Section("sentence", "Charges and sentence", rows=tuple(rows))


def _reasons(result: RuleResult) -> tuple[str, ...]:
    reasons = list(result.reasons)
    if result.status == "not_eligible":
        reasons = [r for r in reasons if r.code != "met"] or reasons
    elif result.status == "needs_review":
        reasons = [r for r in reasons if r.code == "missing"] or reasons
    texts = [render_reason(r, result.on) for r in reasons[:MAX_REASONS]]
    if len(reasons) > MAX_REASONS:
        texts.append(f"… and {len(reasons) - MAX_REASONS} more criteria")
    return tuple(texts)


def _eligibility(case: Case, shown: Case, rules: Sequence[Rule], on: date) -> Section:
    blocks = []
    for rule in rules:
        result = evaluate_rule(rule, case, on=None, today=on)
        notes = tuple(
            Item(
                " · ".join(
                    part
                    for part in (
                        n.date.isoformat() if n.date else "",
                        f"lawyer's assessment: {label(n.override)}" if n.override else "",
                    )
                    if part
                ),
                " ".join(part for part in (n.text, n.reason) if part),
            )
            for n in notes_for_rule(shown, rule.id)
        )
        caution = (
            "Encoded from public reports: verify against the official text."
            if (rule.verify_note)
            else None
        )
        blocks.append(
            RuleBlock(
                title=f"{rule.title} (evaluated on {result.on.isoformat()})",
                status=result.status,
                verdict=render_result(result),
                reasons=_reasons(result),
                notes=notes,
                caution=caution,
            )
        )
    return Section(
        "eligibility", "Eligibility", rules=tuple(blocks), empty="No rule applies on this date."
    )


def _deadlines(shown: Case, on: date) -> Section:
    found = deadlines_for(shown, on)
    rows = tuple((d.due.isoformat(), deadline_label(d.kind), d.text) for d in found[:MAX_DEADLINES])
    return Section(
        "deadlines",
        "Upcoming deadlines",
        table=Table(("Due", "Kind", "What"), rows) if rows else None,
        empty="No upcoming deadlines.",
        more=f"{len(found) - MAX_DEADLINES} later deadlines not printed."
        if len(found) > MAX_DEADLINES
        else "",
    )


def _events(shown: Case) -> Section:
    events = sorted(shown.events, key=lambda e: (e.date, e.kind), reverse=True)
    rows = tuple((e.date.isoformat(), label(e.kind), e.text) for e in events[:MAX_EVENTS])
    return Section(
        "events",
        "Recent events",
        table=Table(("Date", "Event", "Details"), rows) if rows else None,
        empty="No events recorded.",
        more=_more(len(rows), len(events), "events"),
    )


def _notes(shown: Case, profile: str) -> Section:
    notes = sorted(shown.notes, key=lambda n: n.created or "", reverse=True)
    items = []
    for note in notes[:MAX_NOTES]:
        text = note.text.strip()
        if len(text) > MAX_NOTE_CHARS:
            text = text[: MAX_NOTE_CHARS - 1].rstrip() + "…"
        meta = [note.created[:10]] if note.created else []
        if profile == "colleague":
            meta.append(label(note.visibility))
        items.append(Item(" · ".join(meta), text))
    return Section(
        "notes",
        "Notes",
        items=tuple(items),
        empty="No notes to show in this profile.",
        more=_more(len(items), len(notes), "notes"),
    )


def build_summary(case: Case, rules: Sequence[Rule], *, profile: str, printed_on: date) -> Summary:
    """The summary of ``case`` for ``profile`` (see the module docstring), with each of
    ``rules`` evaluated. Raises :class:`~app.reports.profiles.ProfileError` for an unknown
    profile; never for a valid case."""
    check_profile(profile)
    shown = case_for_profile(case, profile)
    sections = [
        _person(shown, profile, printed_on),
        _custody(shown, printed_on),
        _sentence(case, shown, printed_on),
        _eligibility(case, shown, rules, printed_on),
    ]
    if profile != "public":
        sections.append(_deadlines(shown, printed_on))
    sections.append(_events(shown))
    sections.append(_notes(shown, profile))
    return Summary(
        case_id=case.id,
        name=case.person.full_name,
        aliases=case.person.aliases,
        profile=profile,
        printed_on=printed_on,
        banner=BANNERS[profile],
        sections=tuple(sections),
    )
