"""The case editor's tabs. Each tab reads from and writes to the case JSON (docs/case-json.md) as a
dict: ``load(case_json)`` fills the widgets, ``store(case_json)`` writes them back. The core
parses the result, so validation and its field names are the core's.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QItemSelection, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.model import CATEGORIES, SEXES, STATUSES
from app.words import TABLES
from app.words import word as word_for_code
from ui.desktop import labels
from ui.desktop.models.record_list_model import Column, RecordDelegate, RecordListModel
from ui.desktop.widgets.badge_delegate import BadgeDelegate
from ui.desktop.widgets.group_picker import GroupPicker
from ui.desktop.widgets.optional_date_edit import OptionalDateEdit, years_before


def _iso(widget: OptionalDateEdit) -> str | None:
    return widget.iso_text()


def _set_date(widget: OptionalDateEdit, text: str | None) -> None:
    widget.set_value(date.fromisoformat(text) if text else None)


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace(",", ";").split(";") if part.strip()]


def choice_combo(parent: QWidget, table: str, codes: tuple[str, ...], empty: bool) -> QComboBox:
    combo = QComboBox(parent)
    if empty:
        combo.addItem("—", None)
    for code in codes:
        combo.addItem(labels.label(table, code), code)
    return combo


def _select(combo: QComboBox, code: Any) -> None:
    combo.setCurrentIndex(max(0, combo.findData(code)))


class PersonTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_name = QLineEdit(self)
        self.full_name.setAccessibleName(self.tr("Full name"))
        self.aliases = QLineEdit(self)
        self.aliases.setPlaceholderText(self.tr("Other spellings, separated by ;"))
        self.birth_date = OptionalDateEdit(self)
        self.sex = choice_combo(self, "sex", SEXES, True)
        self.status = choice_combo(self, "status", STATUSES, False)
        self.arrested_on = OptionalDateEdit(self)
        # A birth date is decades back: the calendar opens 30 years before the arrest.
        self.birth_date.set_calendar_hint(
            lambda: years_before(self.arrested_on.value() or date.today(), 30)
        )
        self.facility = QLineEdit(self)
        self.groups = GroupPicker(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Full name:"), self.full_name)
        form.addRow(self.tr("Aliases:"), self.aliases)
        form.addRow(self.tr("Birth date:"), self.birth_date)
        form.addRow(self.tr("Sex:"), self.sex)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Arrested on:"), self.arrested_on)
        form.addRow(self.tr("Held at:"), self.facility)
        form.addRow(self.tr("Groups:"), self.groups)

    def load(self, data: dict[str, Any]) -> None:
        person = data["person"]
        self.full_name.setText(person.get("full_name") or "")
        self.aliases.setText("; ".join(person.get("aliases") or []))
        _set_date(self.birth_date, person.get("birth_date"))
        _select(self.sex, person.get("sex"))
        _select(self.status, data.get("status") or "unknown")
        _set_date(self.arrested_on, data.get("arrested_on"))
        self.facility.setText(data.get("facility") or "")
        self.groups.set_groups(list(person.get("groups") or []))

    def store(self, data: dict[str, Any]) -> None:
        data["person"] = {
            "full_name": self.full_name.text().strip(),
            "aliases": _split(self.aliases.text()),
            "birth_date": _iso(self.birth_date),
            "sex": self.sex.currentData(),
            "groups": self.groups.groups(),
        }
        data["status"] = self.status.currentData()
        data["arrested_on"] = _iso(self.arrested_on)
        data["facility"] = self.facility.text().strip() or None


class SentenceTab(QWidget):
    """The sentence, and what the core computes from it with the trace of every date.

    The term is a term of years, a life term, or not yet known (then the dates show "needs
    review" until it is given). Interruptions and aggregated verdicts are small tables. Keys
    this tab does not edit are kept as they were loaded.
    """

    TERM_KINDS = ("term", "life", "unknown")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: dict[str, Any] = {}
        self.box = QGroupBox(self.tr("Sentenced"), self)
        self.box.setCheckable(True)
        self.verdict_date = OptionalDateEdit(self)
        self.articles = QLineEdit(self)
        self.articles.setPlaceholderText(self.tr("e.g. 234.1-1; 206.3.2"))
        self.category = choice_combo(self, "category", CATEGORIES, True)
        self.term_kind = QComboBox(self)
        for code, text in zip(
            self.TERM_KINDS,
            (self.tr("Term of years"), self.tr("Life imprisonment"), self.tr("Not yet known")),
            strict=True,
        ):
            self.term_kind.addItem(text, code)
        self.years, self.months, self.weeks, self.days = (QSpinBox(self) for _ in range(4))
        for spin, suffix, top in (
            (self.years, self.tr(" y"), 99),
            (self.months, self.tr(" m"), 1199),
            (self.weeks, self.tr(" w"), 5000),
            (self.days, self.tr(" d"), 36500),
        ):
            spin.setRange(0, top)
            spin.setSuffix(suffix)
        self.start_date = OptionalDateEdit(self)
        # The usual regimes in words (stored as codes); anything else may be typed.
        self.regime = QComboBox(self)
        self.regime.setEditable(True)
        self.regime.addItem("", None)
        for code in TABLES["regime"]:
            self.regime.addItem(word_for_code("regime", code, labels.language()), code)
        self.parole_revoked = QComboBox(self)
        revoked: tuple[tuple[bool | None, str], ...] = (
            (None, self.tr("Not stated")),
            (False, self.tr("No")),
            (True, self.tr("Yes: an earlier parole was revoked")),
        )
        for value, text in revoked:
            self.parole_revoked.addItem(text, value)
        self.recidivism = QComboBox(self)
        self.recidivism.addItem("—", None)
        for code, text in labels.choices("recidivism"):
            self.recidivism.addItem(text, code)
        term = QHBoxLayout()
        term.addWidget(self.term_kind)
        for spin in (self.years, self.months, self.weeks, self.days):
            term.addWidget(spin)
        term.addStretch(1)
        form = QFormLayout(self.box)
        form.addRow(self.tr("Verdict date:"), self.verdict_date)
        form.addRow(self.tr("Articles:"), self.articles)
        form.addRow(self.tr("Category:"), self.category)
        form.addRow(self.tr("Term:"), term)
        form.addRow(self.tr("Start date:"), self.start_date)
        form.addRow(self.tr("Regime:"), self.regime)
        form.addRow(self.tr("Parole revoked before:"), self.parole_revoked)
        form.addRow(self.tr("Recidivism:"), self.recidivism)
        self.interruptions = RecordsTab(
            "interruptions",
            [
                Column("from", self.tr("From"), "date"),
                Column("to", self.tr("To"), "date"),
                Column("reason", self.tr("Reason (at liberty pending appeal, escape…)")),
            ],
            {"from": "today", "to": "today", "reason": ""},
            self,
        )
        self.components = RecordsTab(
            "components",
            [
                Column("verdict_date", self.tr("Verdict date"), "date"),
                Column("articles", self.tr("Articles (separated by ;)")),
                Column("category", self.tr("Category"), "choice", "category", ("", *CATEGORIES)),
                Column("term", self.tr("Term (3 years 6 months, or life)"), "term"),
            ],
            {"verdict_date": None, "articles": "", "category": None, "term": None},
            self,
        )
        self.extras = QTabWidget(self)
        self.extras.addTab(self.interruptions, self.tr("Interruptions (days not served)"))
        self.extras.addTab(self.components, self.tr("Aggregated verdicts (CC Art. 66/67)"))
        self.extras.setMinimumHeight(140)
        form.addRow(self.extras)
        self.term_kind.currentIndexChanged.connect(self.on_term_kind_changed)
        self.computed = QLabel(self)
        self.computed.setWordWrap(True)
        self.computed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trace_model = QStringListModel(self)
        self.trace = QListView(self)
        self.trace.setModel(self.trace_model)
        self.trace.setWordWrap(True)
        self.trace.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        computed_box = QGroupBox(self.tr("Computed (as of today, after saving)"), self)
        inner = QVBoxLayout(computed_box)
        inner.addWidget(self.computed)
        inner.addWidget(QLabel(self.tr("How each date was found:"), self))
        inner.addWidget(self.trace, 1)
        # The form keeps the height it needs; what is computed gets the rest, and the user
        # can move the line between them.
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.box)
        split.addWidget(computed_box)
        split.setCollapsible(0, False)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def regime_code(self) -> str | None:
        """The chosen regime's code, or the text typed for one the list does not have."""
        text = self.regime.currentText().strip()
        if not text:
            return None
        index = self.regime.findText(text)
        data = self.regime.itemData(index) if index >= 0 else None
        return str(data) if data else text

    def on_term_kind_changed(self, _index: int) -> None:
        years = self.term_kind.currentData() == "term"
        for spin in (self.years, self.months, self.weeks, self.days):
            spin.setEnabled(years)

    def load(self, data: dict[str, Any]) -> None:
        from app.terms import Term

        sentence = data.get("sentence")
        self.box.setChecked(sentence is not None)
        sentence = dict(sentence or {})
        self._loaded = sentence
        _set_date(self.verdict_date, sentence.get("verdict_date"))
        self.articles.setText("; ".join(sentence.get("articles") or []))
        _select(self.category, sentence.get("category"))
        text = sentence.get("term")
        kind = "life" if text == "life" else "term" if text or not sentence else "unknown"
        _select(self.term_kind, kind)
        term = Term.parse(text) if kind == "term" and text else Term()
        self.years.setValue(term.years)
        self.months.setValue(term.months)
        self.weeks.setValue(term.weeks)
        self.days.setValue(term.days)
        self.on_term_kind_changed(0)
        _set_date(self.start_date, sentence.get("start_date"))
        regime = sentence.get("regime") or ""
        found = self.regime.findData(regime) if regime else 0
        if found >= 0:
            self.regime.setCurrentIndex(found)
        else:
            self.regime.setEditText(regime)
        revoked = sentence.get("prior_parole_revoked")
        self.parole_revoked.setCurrentIndex({None: 0, False: 1, True: 2}.get(revoked, 0))
        _select(self.recidivism, sentence.get("recidivism"))
        components = [
            {**c, "articles": "; ".join(c.get("articles") or [])}
            for c in sentence.get("components") or []
        ]
        self.components.load({"components": components})
        self.extras.setCurrentIndex(1 if components else 0)
        self.interruptions.load(sentence)

    def term_text(self) -> str | None:
        """The term as the case JSON writes it: a duration, ``"life"``, or None (not yet
        known). A term of years left at zero is ``P0D``, which the core refuses by name."""
        kind = self.term_kind.currentData()
        if kind == "life":
            return "life"
        if kind == "unknown":
            return None
        parts = [
            f"{spin.value()}{unit}"
            for spin, unit in (
                (self.years, "Y"),
                (self.months, "M"),
                (self.weeks, "W"),
                (self.days, "D"),
            )
            if spin.value()
        ]
        return "P" + "".join(parts) if parts else "P0D"

    def store(self, data: dict[str, Any]) -> None:
        if not self.box.isChecked():
            data["sentence"] = None
            return
        sentence = dict(self._loaded)
        sentence.update(
            {
                "verdict_date": _iso(self.verdict_date),
                "articles": _split(self.articles.text()),
                "category": self.category.currentData(),
                "term": self.term_text(),
                "start_date": _iso(self.start_date),
                "regime": self.regime_code(),
                "prior_parole_revoked": self.parole_revoked.currentData(),
                "recidivism": self.recidivism.currentData(),
            }
        )
        self.interruptions.store(sentence)
        self.components.store(sentence)
        sentence["components"] = [
            {**c, "articles": _split(str(c.get("articles") or ""))} for c in sentence["components"]
        ]
        for key in ("prior_parole_revoked", "recidivism", "interruptions", "components"):
            if sentence.get(key) in (None, []):
                sentence.pop(key, None)
        data["sentence"] = sentence

    def show_computed(self, summary: str, trace: list[str]) -> None:
        self.computed.setText(summary)
        self.trace_model.setStringList(trace)


class RecordsTab(QWidget):
    """A table of records with Add and Remove, for one list of the case JSON (``key``)."""

    def __init__(
        self,
        key: str,
        columns: list[Column],
        new_record: dict[str, Any],
        parent: QWidget | None = None,
        *,
        badge_column: int | None = None,
        detail_key: str | None = None,
        sort_key: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.new_record = new_record
        self.sort_key = sort_key
        self.detail_key = detail_key
        self.model = RecordListModel(columns, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        editors = RecordDelegate(columns, self.table)
        self.table.setItemDelegate(editors)
        if badge_column is not None:
            self.table.setItemDelegateForColumn(badge_column, BadgeDelegate(self.table, editors))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        metrics = self.table.fontMetrics()
        for column, spec in enumerate(columns):
            width = {"date": 130, "term": 100, "choice": 170}.get(spec.kind, 200)
            if spec.kind == "choice" and spec.table:
                # As wide as the longest choice in this language, plus the list's arrow.
                words = [labels.label(spec.table, code) for code in spec.codes if code]
                width = max([width, *(metrics.horizontalAdvance(w) + 44 for w in words)])
            self.table.setColumnWidth(column, width)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        self.detail: QPlainTextEdit | None = None
        if detail_key is not None:
            self.detail = QPlainTextEdit(self)
            self.detail.setPlaceholderText(self.tr("Select a row to edit its full text here."))
            self.detail.setEnabled(False)
            layout.addWidget(self.detail, 1)
            self.detail.textChanged.connect(self.on_detail_text_changed)
            self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)

    def load(self, data: dict[str, Any]) -> None:
        records = list(data.get(self.key) or [])
        if self.sort_key is not None:
            records.sort(key=lambda r: str(r.get(self.sort_key) or ""))
        self.model.set_records(records)

    def store(self, data: dict[str, Any]) -> None:
        # Keys starting with "_" are shown only (a note's author), never part of the case.
        data[self.key] = [
            {k: v for k, v in record.items() if v is not None and not k.startswith("_")}
            for record in self.model.records()
        ]

    def on_add_clicked(self) -> None:
        now = datetime.now(UTC).replace(microsecond=0).isoformat()
        fills = {"today": date.today().isoformat(), "now": now}
        record = {
            k: fills.get(v, v) if isinstance(v, str) else v for k, v in self.new_record.items()
        }
        row = self.model.add_record(record)
        self.table.selectRow(row)
        self.table.setFocus()
        self.table.edit(self.model.index(row, 0))

    def on_remove_clicked(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self.model.remove_record(current.row())

    def on_selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        assert self.detail is not None and self.detail_key is not None
        current = self.table.currentIndex()
        self.detail.blockSignals(True)
        if current.isValid():
            self.detail.setPlainText(
                str(self.model.record(current.row()).get(self.detail_key) or "")
            )
            self.detail.setEnabled(True)
        else:
            self.detail.clear()
            self.detail.setEnabled(False)
        self.detail.blockSignals(False)

    def on_detail_text_changed(self) -> None:
        assert self.detail is not None and self.detail_key is not None
        current = self.table.currentIndex()
        if current.isValid():
            self.model.set_field(current.row(), self.detail_key, self.detail.toPlainText())

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
