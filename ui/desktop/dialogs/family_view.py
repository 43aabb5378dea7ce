"""The simple view of a case for a relative: the person, where they are held, the expected
release, visits, the notes shared with the family (with their date and who wrote them, what
is new since the last update marked), and the next steps. No rules, articles or milestones;
the full case stays one click away ("Show the full case").

Notes' authors come from the case's history: a note added here is "you", one that arrived
in a contact's update carries that contact's name. GUI thread only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from html import escape

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.model import Case
from app.sentence import Computation
from app.session import HistoryEntry
from ui.desktop import labels
from ui.desktop.models.case_rows import TableRow

FAMILY_VISIBLE = ("family", "public")


@dataclass(frozen=True)
class NoteOrigin:
    author: str  # "" when unknown
    new: bool  # arrived in the latest update from a contact
    at: str = ""  # when it was added here (ISO, UTC)


def note_origins(history: list[HistoryEntry], you: str) -> dict[str, NoteOrigin]:
    """Who added each note (by note id; ``you`` for this vault's own edits), and which came
    with the latest update from a contact."""
    added: dict[str, tuple[str, str]] = {}  # note id -> (source, at)
    latest_update = ""
    for entry in history:
        if entry.source.startswith("bundle:"):
            latest_update = max(latest_update, entry.at)
    newest: set[str] = set()
    for entry in history:
        for change in entry.changes:
            name, _, note_id = change.field.partition("/")
            if name != "notes" or change.old is not None or change.new is None:
                continue
            added[note_id] = (entry.source, entry.at)
            if latest_update and entry.at == latest_update:
                newest.add(note_id)
    return {
        note_id: NoteOrigin(author_words(source, you), note_id in newest, at)
        for note_id, (source, at) in added.items()
    }


def author_words(source: str, you: str) -> str:
    kind, _, who = source.partition(":")
    if kind == "bundle":
        return who
    return you if kind == "edit" else ""


class FamilyCaseView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.body = QTextBrowser(self)
        self.body.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)

    def show_case(
        self,
        case: Case,
        computation: Computation | None,
        history: list[HistoryEntry],
        row: TableRow | None,
        today: date,
    ) -> None:
        self.title.setText(case.person.full_name)
        parts = [self._where(case), self._release(case, computation, today)]
        parts.append(self._section(self.tr("Next steps"), self._next_steps(case, row, today)))
        parts.append(self._section(self.tr("Visits"), self._visits(case)))
        parts.append(self._section(self.tr("Notes for the family"), self._notes(case, history)))
        self.body.setHtml("".join(parts))

    def _where(self, case: Case) -> str:
        status = labels.label("status", case.status)
        line = f"<p><b>{escape(status)}</b>"
        if case.facility:
            line += " · " + escape(self.tr("held at %1").replace("%1", case.facility))
        if case.arrested_on:
            since = self.tr("arrested on %1").replace("%1", labels.format_date(case.arrested_on))
            line += " · " + escape(since)
        return line + "</p>"

    def _release(self, case: Case, computation: Computation | None, today: date) -> str:
        if case.status in ("released", "deceased"):
            return ""
        sentence = case.sentence
        if computation is None and sentence is None:
            text = self.tr("No sentence yet, so no release date.")
        elif sentence is not None and sentence.life:
            text = self.tr(
                "Life sentence: there is no release date; a court may release after 25 years."
            )
        elif computation is None or computation.last_day is None:
            text = self.tr("The release date is not known yet: the term or its start is missing.")
        elif computation.last_day < today:
            text = self.tr("The sentence ended on %1.").replace(
                "%1", labels.format_date(computation.last_day)
            )
        else:
            text = (
                self.tr("Expected release: %1 (in %2)")
                .replace("%1", labels.format_date(computation.last_day))
                .replace("%2", labels.format_span(today, computation.last_day) or "0")
            )
        return f"<p style='font-size:large'>{escape(text)}</p>"

    def _section(self, title: str, items: list[str]) -> str:
        body = "".join(f"<li>{item}</li>" for item in items) if items else ""
        if not body:
            body = f"<li style='color:#666'>{escape(self.tr('Nothing yet.'))}</li>"
        return f"<h3>{escape(title)}</h3><ul>{body}</ul>"

    def _next_steps(self, case: Case, row: TableRow | None, today: date) -> list[str]:
        dated: list[tuple[date, str]] = [
            (event.date, f"{labels.label('event', event.kind)} {event.text or ''}".strip())
            for event in case.events
            if event.date >= today and event.visibility in FAMILY_VISIBLE
        ]
        if row is not None:
            dated.extend((item.day, item.what) for item in row.deadlines if item.day >= today)
        dated.sort()
        return [f"<b>{escape(labels.format_date(day))}</b> — {escape(what)}" for day, what in dated]

    def _visits(self, case: Case) -> list[str]:
        visits = sorted(
            (e for e in case.events if e.kind == "visit" and e.visibility in FAMILY_VISIBLE),
            key=lambda e: e.date,
            reverse=True,
        )
        return [
            f"<b>{escape(labels.format_date(e.date))}</b> {escape(e.text or '')}" for e in visits
        ]

    def _notes(self, case: Case, history: list[HistoryEntry]) -> list[str]:
        origins = note_origins(history, self.tr("you"))
        notes = [n for n in case.notes if n.visibility in FAMILY_VISIBLE]
        notes.sort(key=lambda n: n.created or "", reverse=True)
        items = []
        for note in notes:
            origin = origins.get(note.id, NoteOrigin("", False))
            head = []
            if origin.new:
                head.append(
                    "<span style='background:#c62828;color:white;padding:0 4px'>"
                    f"{escape(self.tr('NEW'))}</span>"
                )
            when = _note_day(note.created or origin.at)
            if when is not None:
                head.append(f"<b>{escape(labels.format_date(when))}</b>")
            if origin.author:
                head.append(escape(self.tr("from %1").replace("%1", origin.author)))
            text = escape(note.text).replace("\n", "<br>")
            items.append(" ".join(head) + ("<br>" if head else "") + text)
        return items


def _note_day(created: str | None) -> date | None:
    if not created:
        return None
    try:
        return datetime.fromisoformat(created).astimezone().date()
    except ValueError:
        return None
