"""Import a bundle: every check runs first; the dialog then shows the sender, their
verification state and what will change (new cases, changed fields, conflicts) before the
user applies it — or why the bundle was refused. GUI thread only."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.identity import format_fingerprint
from ui.desktop import labels
from ui.desktop.bundle_bridge import BundleBridge
from ui.desktop.history_words import field_words
from ui.desktop.widgets.action_buttons import action_buttons


class ImportDialog(QDialog):
    def __init__(self, bridge: BundleBridge, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.plan: Any = None
        self.applied = False
        self.setWindowTitle(self.tr("Import bundle"))
        self.resize(760, 520)
        self.state = QLabel(self.tr("Checking the bundle…"), self)
        self.state.setWordWrap(True)
        self.sender_label = QLabel(self)
        self.fingerprint = QLabel(self)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.fingerprint.setFont(mono)
        self.verification = QLabel(self)
        self.details = QLabel(self)
        self.changes = QStandardItemModel(self)
        self.changes.setHorizontalHeaderLabels([self.tr("What will change")])
        self.tree = QTreeView(self)
        self.tree.setModel(self.changes)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.buttons, self.apply_button = action_buttons(self, self.tr("Apply"))
        self.apply_button.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("From:"), self.sender_label)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        form.addRow(self.tr("Verified:"), self.verification)
        form.addRow(self.tr("Bundle:"), self.details)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.apply_button.clicked.connect(self.on_apply_clicked)
        self.buttons.rejected.connect(self.reject)
        bridge.import_planned.connect(self.on_bridge_import_planned)
        bridge.import_plan_failed.connect(self.on_bridge_import_plan_failed)
        bridge.import_applied.connect(self.on_bridge_import_applied)
        bridge.import_failed.connect(self.on_bridge_import_failed)
        bridge.plan_import(path)

    def on_bridge_import_plan_failed(self, message: str) -> None:
        self.state.setText(self.tr("Refused: %1").replace("%1", message))
        self.state.setStyleSheet("color: #b00020; font-weight: bold;")

    def on_bridge_import_planned(self, result: Any) -> None:
        self.plan = result
        report = result.to_json()
        self.sender_label.setText(report["sender"])
        groups = format_fingerprint(report["sender_fingerprint"]).split()
        self.fingerprint.setText(
            "\n".join(" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))
        )
        self.verification.setText(
            self.tr("yes — fingerprint compared") if report["sender_verified"] else self.tr("no")
        )
        self.details.setText(
            self.tr("profile %1, sequence %2")
            .replace("%1", labels.label("profile", report["profile"]))
            .replace("%2", str(report["sequence"]))
        )
        self._fill(report)
        notices = [n["message"] for n in report["notices"]]
        self.state.setText(
            "\n".join(
                [self.tr("Every check passed. Nothing is written until you apply."), *notices]
            )
        )
        self.apply_button.setEnabled(True)

    def _fill(self, report: dict[str, Any]) -> None:
        sections = (
            (self.tr("New cases (%1)"), [c["name"] for c in report["new_cases"]]),
            (
                self.tr("Changed cases (%1)"),
                [f"{c['name']}: {_fields_words(c['fields'])}" for c in report["changed_cases"]],
            ),
            (
                self.tr("Conflicts to review (%1)"),
                [f"{c['name']}: {_fields_words([c['field']])}" for c in report["conflicts"]],
            ),
            (
                self.tr("Deleted by the sender, kept here for review (%1)"),
                [c["name"] for c in report["deleted_by_sender"]],
            ),
        )
        for title, rows in sections:
            parent = QStandardItem(title.replace("%1", str(len(rows))))
            for text in rows:
                parent.appendRow(QStandardItem(text))
            self.changes.appendRow(parent)
        self.tree.expandAll()

    def on_apply_clicked(self) -> None:
        if self.plan is None:
            return
        self.apply_button.setEnabled(False)
        self.state.setText(self.tr("Importing…"))
        self.applied = True
        self.bridge.apply_import(self.plan)

    def on_bridge_import_failed(self, message: str) -> None:
        self.state.setText(self.tr("Not imported: %1").replace("%1", message))

    def on_bridge_import_applied(self, result: Any) -> None:
        report = result.to_json()
        self.state.setText(
            self.tr("Imported: %1 new case(s), %2 changed, %3 conflict(s) to review.")
            .replace("%1", str(len(report["new_cases"])))
            .replace("%2", str(len(report["changed_cases"])))
            .replace("%3", str(len(report["conflicts"])))
        )
        self.accept()

    def done(self, code: int) -> None:
        if self.plan is not None and not self.applied:
            self.plan.bundle.close()  # the checked file stays open only until a decision
        super().done(code)


def _fields_words(paths: list[str]) -> str:
    """Changed parts of a case in words, once each: ``notes/<id>`` is a note,
    ``person.full_name`` the full name."""
    keys = (path.split("/", 1)[0].rsplit(".", 1)[-1] for path in paths)
    return ", ".join(dict.fromkeys(field_words(key) for key in keys))
