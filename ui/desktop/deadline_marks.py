"""Deadlines marked done, for the desktop app (the deadlines page, the dashboard, the case
list's deadline column).

One :class:`DeadlineMarks` per controller (:func:`marks_for`), so every page hears
``changed`` when one of them marks a deadline done. The marks are kept encrypted in the
vault by :mod:`app.deadline_marks`; the unlock job decrypts them on its worker
(:mod:`ui.desktop.unlock_job`), and marking one writes it through the controller's session
and updates the set kept here. GUI thread only.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Signal

from app.deadline_marks import done_deadlines, set_done
from ui.desktop.controller import Controller
from ui.desktop.models.case_rows import set_done_deadlines

_BRIDGES: weakref.WeakKeyDictionary[Controller, DeadlineMarks] = weakref.WeakKeyDictionary()


class DeadlineMarks(QObject):
    changed = Signal()

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._done: frozenset[str] | None = None
        controller.vault_locked.connect(self._on_vault_locked)
        controller.vault_unlocked.connect(self._on_vault_unlocked)
        if controller.is_unlocked:  # made after unlock: read from the vault when first asked
            set_done_deadlines(self.done_ids())

    def _on_vault_unlocked(self) -> None:
        # Before the rows' dates are first made (they are made when first shown).
        facts = self.controller.unlock_facts
        self._done = None if facts is None else facts.done_deadlines
        set_done_deadlines(self.done_ids())

    def _on_vault_locked(self) -> None:
        self._done = None
        set_done_deadlines(frozenset())

    def done_ids(self) -> frozenset[str]:
        """Ids of the deadlines marked done (empty while locked)."""
        if not self.controller.is_unlocked:
            return frozenset()
        if self._done is None:
            self._done = frozenset(done_deadlines(self.controller.require_session()))
        return self._done

    def set_done(self, case_id: str, deadline_id: str, done: bool = True) -> None:
        """Mark (or unmark) one deadline; every page showing deadlines refreshes."""
        session, today = self.controller.require_session(), self.controller.today()
        if set_done(session, case_id, deadline_id, today, done=done):
            before = self.done_ids()
            self._done = before | {deadline_id} if done else before - {deadline_id}
            set_done_deadlines(self._done)
            self.controller.relabel_rows()  # the case list's deadline column and red rows
            self.changed.emit()


def marks_for(controller: Controller) -> DeadlineMarks:
    """The controller's one :class:`DeadlineMarks`."""
    found = _BRIDGES.get(controller)
    if found is None:
        found = _BRIDGES[controller] = DeadlineMarks(controller, controller)
    return found
