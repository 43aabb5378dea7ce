"""Export a bundle: recipients, profile, cases, and a preview of exactly what the chosen
profile lets through for the selected case (docs/bundle-format.md). GUI thread only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.case_json import case_to_json
from app.contacts import PROFILES
from app.profiles import filter_case_json
from ui.desktop import file_dialogs, labels
from ui.desktop.bundle_bridge import BundleBridge
from ui.desktop.history_words import field_words, value_words
from ui.desktop.widgets.action_buttons import action_buttons

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def preview_lines(case_json: dict[str, Any], profile: str) -> list[tuple[bool, str]]:
    """``(included, text)`` per field and element of a case under ``profile``: what the
    preview shows, in the order of the case."""
    kept = filter_case_json(case_json, profile)
    person, kept_person = case_json.get("person", {}), kept.get("person", {})
    lines: list[tuple[bool, str]] = []
    for key, value in person.items():
        if value not in (None, [], ""):
            lines.append((key in kept_person, f"{field_words(key)}: {value_words(key, value)}"))
    for key in ("status", "arrested_on", "facility", "custody", "sentence"):
        value = case_json.get(key)
        if value not in (None, [], ""):
            shown = _sentence_words(value) if key == "sentence" else value_words(key, value)
            lines.append((key in kept, f"{field_words(key)}: {shown}"))
    for list_name in ("notes", "events", "eligibility_notes", "attachments"):
        kept_ids = {e.get("id") for e in kept.get(list_name, [])}
        for element in case_json.get(list_name) or []:
            visibility = labels.label("visibility", element.get("visibility", "privileged"))
            what = value_words(list_name, element, list_name)
            lines.append(
                (element.get("id") in kept_ids, f"{field_words(list_name)} ({visibility}): {what}")
            )
    return lines


def _sentence_words(sentence: dict[str, Any]) -> str:
    return "; ".join(
        f"{field_words(k)} {value_words(k, v)}"
        for k, v in sentence.items()
        if v not in (None, [], "") and k in ("verdict_date", "articles", "term", "start_date")
    )


def with_bundle_suffix(path: str) -> str:
    """``path`` ending in ``.cwb`` (added when missing), so "Import bundle…" lists it."""
    return path if path.lower().endswith(".cwb") else path + ".cwb"


class ExportDialog(QDialog):
    def __init__(self, bridge: BundleBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.written_path = ""
        self.setWindowTitle(self.tr("Export bundle"))
        self.resize(900, 600)
        self.recipients = QStandardItemModel(self)
        for contact in bridge.contacts():
            item = QStandardItem(contact.name)
            item.setCheckable(True)
            item.setData(contact.name, ID_ROLE)
            item.setData(contact.profile, ID_ROLE + 1)
            if not contact.sendable:
                # Say why it cannot be chosen and what to do, not just grey it out.
                item.setEnabled(False)
                why = (
                    self.tr("keys changed: verify again on the Contacts page")
                    if contact.key_changed
                    else self.tr(
                        "not verified yet: on the Contacts page, select them and click “Verify…”"
                    )
                )
                item.setText(f"{contact.name} — {why}")
                item.setToolTip(
                    self.tr(
                        "Bundles go only to contacts whose keys you have compared with them, "
                        "so nobody else can read them. Compare the numbers by phone or in "
                        "person with “Verify…” on the Contacts page."
                    )
                )
            self.recipients.appendRow(item)
        self.cases = QStandardItemModel(self)
        for row in sorted(bridge.controller.case_rows(), key=lambda r: r.display[0].casefold()):
            item = QStandardItem(row.display[0])  # the full name
            item.setCheckable(True)
            item.setData(row.case_id, ID_ROLE)
            self.cases.appendRow(item)
        self.recipient_view = QListView(self)
        self.recipient_view.setModel(self.recipients)
        self.case_view = QListView(self)
        self.case_view.setModel(self.cases)
        self.profile_combo = QComboBox(self)
        for profile in PROFILES:
            self.profile_combo.addItem(labels.label("profile", profile), profile)
        self.profile_combo.setCurrentIndex(PROFILES.index("family"))
        self.preview = QTextBrowser(self)
        self.output = QLineEdit(self)
        choose = QPushButton(self.tr("Choose…"), self)
        select_all = QPushButton(self.tr("Select all cases"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons, self.export_button = action_buttons(
            self, self.tr("Export"), QDialogButtonBox.StandardButton.Close
        )

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("To:"), self))
        left.addWidget(self.recipient_view, 1)
        left.addWidget(QLabel(self.tr("Cases:"), self))
        left.addWidget(self.case_view, 2)
        left.addWidget(select_all)
        right = QVBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Profile:"), self.profile_combo)
        right.addLayout(form)
        right.addWidget(QLabel(self.tr("What the selected case's bundle will hold:"), self))
        right.addWidget(self.preview, 1)
        out = QHBoxLayout()
        out.addWidget(QLabel(self.tr("Save as:"), self))
        out.addWidget(self.output, 1)
        out.addWidget(choose)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(out)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.recipients.itemChanged.connect(self.on_recipients_item_changed)
        self.case_view.clicked.connect(self.on_case_view_clicked)
        self.profile_combo.currentIndexChanged.connect(lambda _i: self.update_preview())
        choose.clicked.connect(self.on_choose_clicked)
        select_all.clicked.connect(self.on_select_all_clicked)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.buttons.rejected.connect(self.reject)
        bridge.export_finished.connect(self.on_bridge_export_finished)
        bridge.export_failed.connect(self.on_bridge_export_failed)
        if self.cases.rowCount():
            self.case_view.setCurrentIndex(self.cases.index(0, 0))
        self.update_preview()

    def checked(self, model: QStandardItemModel) -> list[str]:
        return [
            str(model.item(r).data(ID_ROLE))
            for r in range(model.rowCount())
            if model.item(r).checkState() == Qt.CheckState.Checked
        ]

    def on_recipients_item_changed(self, _item: QStandardItem) -> None:
        # Default to the strictest profile among the chosen contacts' own.
        chosen = [
            str(self.recipients.item(r).data(ID_ROLE + 1))
            for r in range(self.recipients.rowCount())
            if self.recipients.item(r).checkState() == Qt.CheckState.Checked
        ]
        if chosen:
            strictest = max(chosen, key=PROFILES.index)
            self.profile_combo.setCurrentIndex(PROFILES.index(strictest))

    def on_case_view_clicked(self, _index: QModelIndex) -> None:
        self.update_preview()

    def on_select_all_clicked(self) -> None:
        for r in range(self.cases.rowCount()):
            self.cases.item(r).setCheckState(Qt.CheckState.Checked)

    def on_choose_clicked(self) -> None:
        path = file_dialogs.save_file(
            self,
            self.tr("Save bundle"),
            self.output.text() or "bundle.cwb",
            self.tr("Casework bundles (*.cwb)"),
        )
        if path:
            self.output.setText(with_bundle_suffix(path))

    def update_preview(self) -> None:
        index = self.case_view.currentIndex()
        if not index.isValid():
            self.preview.setPlainText(self.tr("Select a case to see what it will hold."))
            return
        case_id = str(index.data(ID_ROLE))
        case_json = case_to_json(self.bridge.controller.get_case(case_id))
        profile = str(self.profile_combo.currentData())
        html = []
        for included, text in preview_lines(case_json, profile):
            escaped = text.replace("&", "&amp;").replace("<", "&lt;")
            if included:
                html.append(f"<div>✔ {escaped}</div>")
            else:
                left_out = self.tr("(left out)")
                html.append(f"<div style='color:#888'>✘ <s>{escaped}</s> {left_out}</div>")
        self.preview.setHtml("".join(html))

    def on_export_clicked(self) -> None:
        names, case_ids = self.checked(self.recipients), self.checked(self.cases)
        path = with_bundle_suffix(self.output.text().strip()) if self.output.text().strip() else ""
        if path:
            self.output.setText(path)
        if not names or not case_ids or not path:
            self.status.setText(self.tr("Choose at least one contact, one case and a file."))
            return
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        self.bridge.export(names, str(self.profile_combo.currentData()), case_ids, path)

    def on_bridge_export_failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Not exported: %1").replace("%1", message))

    def on_bridge_export_finished(self, result: Any) -> None:
        self.export_button.setEnabled(True)
        self.written_path = str(result.path)
        text = self.tr("Wrote %1: %2 case(s), %3 document(s), profile %4.")
        for marker, value in (
            ("%1", str(result.path)),
            ("%2", str(len(result.cases))),
            ("%3", str(result.attachments)),
            ("%4", labels.label("profile", result.profile)),
        ):
            text = text.replace(marker, value)
        self.status.setText(text)
