"""The open vault's group names for the desktop app (docs/groups.md).

One :class:`GroupNames` per controller (:func:`group_names_for`). On unlock it puts the
vault's names and the groups in use, read by the unlock job on its worker
(:mod:`ui.desktop.unlock_job`), into :mod:`ui.desktop.labels`, so every list, chart and
summary shows each group by its name in the current language; on lock it forgets them.
Renaming (the groups dialog) or naming a group typed in the case editor writes the vault and
relabels the case rows. GUI thread only; it reaches the session through the controller, as
:mod:`ui.desktop.bundle_bridge` does.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.group_store import add_names, group_counts, group_names, known_groups, rename_group
from ui.desktop import labels
from ui.desktop.controller import Controller

if TYPE_CHECKING:
    from app.session import Session

_BRIDGES: weakref.WeakKeyDictionary[Controller, GroupNames] = weakref.WeakKeyDictionary()


class GroupNames(QObject):
    changed = Signal()

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        controller.vault_unlocked.connect(self._on_vault_unlocked)
        controller.case_saved.connect(self._on_case_saved)
        controller.vault_locked.connect(self._on_vault_locked)
        if controller.is_unlocked:
            self.reload()

    def _session(self) -> Session:
        return self.controller.require_session()

    def _on_vault_unlocked(self) -> None:
        facts = self.controller.unlock_facts
        if facts is None:
            self.reload()
            return
        labels.set_group_names(facts.group_names, facts.known_groups)
        self.changed.emit()

    def reload(self) -> None:
        """Read the names and the groups in use into the labels."""
        if not self.controller.is_unlocked:
            return
        session = self._session()
        labels.set_group_names(group_names(session), known_groups(session))
        self.changed.emit()

    def _on_case_saved(self, _case_id: str) -> None:
        if set(labels.group_ids()) != set(known_groups(self._session())):
            self.reload()

    def _on_vault_locked(self) -> None:
        labels.set_group_names({})
        self.changed.emit()

    def counts(self) -> dict[str, int]:
        return dict(group_counts(self._session())) if self.controller.is_unlocked else {}

    def rename(self, renamed: dict[str, str]) -> None:
        """Give groups new names in the current language; the case rows are relabelled."""
        if not renamed:
            return
        session = self._session()
        with session.transaction():
            for group_id, name in renamed.items():
                rename_group(session, group_id, name, labels.language())
        self.reload()
        self.controller.relabel_rows()

    def name_new_groups(self, new: dict[str, str]) -> None:
        """Name the groups a user typed in the case editor (in the current language)."""
        if new:
            add_names(self._session(), new, labels.language())
            self.reload()


def group_names_for(controller: Controller) -> GroupNames:
    """The controller's one :class:`GroupNames`."""
    found = _BRIDGES.get(controller)
    if found is None:
        found = _BRIDGES[controller] = GroupNames(controller, controller)
    return found
