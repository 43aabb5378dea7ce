"""Importing a list of people from CSV or XLSX (with a column mapping and a preview of the
first rows), and exporting the case list with chosen columns.

The import dialog: choose the file (and, if names look wrong, its encoding), see the first
rows, see in words which column goes to which field (the usual titles in English,
Azerbaijani and Russian are mapped already; a mapping file or the combo boxes fill the
rest), then **Check** — a dry run that lists every bad row by line and field, every
duplicate, new groups and, for a newer edition of a list ("Update people already in the
vault"), what would change for each person and who is not in the new list — and
**Import**: all rows or nothing, or only the good rows when asked. Reading, checking and
storing run on workers; the file is read into memory only. The export dialog lives in
:mod:`ui.desktop.dialogs.export_list_dialog`.

Storing many cases in one transaction needs the open session, which the controller does not
offer yet: :func:`start_list_import` uses its session-job mechanism directly (see there).
GUI thread only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.list_export import HEADERS, header_words
from app.list_import import (
    ImportPlan,
    ListFormatError,
    ListReadError,
    ListTable,
    MappingError,
    load_mapping_file,
    plan_import,
    read_list_file,
)
from app.list_import.columns import IMPORT_FIELDS, normalise_header
from app.list_import.human import field_of_title
from app.words import word
from ui.desktop.controller import Controller
from ui.desktop.dialogs.export_list_dialog import ExportListDialog
from ui.desktop.file_dialogs import open_file
from ui.desktop.labels import language
from ui.desktop.models.case_rows import build_rows
from ui.desktop.models.table_model import Index, TitledTableModel
from ui.desktop.session_jobs import ListImportJob, PlanListUpdateJob
from ui.desktop.workers import JobContext, JobHandle

if TYPE_CHECKING:
    from app.session import Session

__all__ = ["ExportListDialog", "ImportListDialog", "MappingModel", "PreviewModel"]

PREVIEW_ROWS = 20
ENCODINGS = (
    ("", "Detect automatically"),
    ("utf-8", "UTF-8"),
    ("utf-16", "UTF-16"),
    ("cp1251", "Windows-1251 (Cyrillic)"),
    ("cp1254", "Windows-1254 (Turkish, Azerbaijani Latin)"),
    ("koi8_r", "KOI8-R"),
    ("cp866", "CP866 (DOS Cyrillic)"),
)


def field_words(field: str) -> str:
    """A field in the words of the app's language (what the mapping shows): the title an
    exported list gives its column (app.list_export), so a list goes out and comes back
    under the same words; notes, which no export writes, as a privileged note."""
    if field in HEADERS:
        return header_words(field, language())
    translate = QCoreApplication.translate
    return translate("ImportListDialog", "Note (privileged)") if field == "notes" else field


class MappingModel(TitledTableModel):
    """One row per column of the file: its title, the field it goes to (editable; ``""``
    leaves it out) and its first value."""

    TITLE, FIELD, SAMPLE = range(3)

    def __init__(self, parent: Any = None) -> None:
        titles = (self.tr("Column in the file"), self.tr("Field"), self.tr("First value"))
        super().__init__(titles, parent)
        self._headers: list[str] = []  # the file's column titles, one a row
        self._fields: list[str] = []
        self._samples: list[str] = []

    def set_table(self, table: ListTable | None) -> None:
        self.beginResetModel()
        self._headers = list(table.header) if table else []
        self._fields = [
            normalise_header(t) if normalise_header(t) in IMPORT_FIELDS else ""
            for t in self._headers
        ]
        for row, title in enumerate(self._headers):  # usual titles fill the fields left
            usual = field_of_title(title)
            if not self._fields[row] and usual and usual not in self._fields:
                self._fields[row] = usual
        first = table.rows[0].cells if table and table.rows else ()
        self._samples = [first[i] if i < len(first) else "" for i in range(len(self._headers))]
        self.endResetModel()

    def apply_mapping(self, mapping: dict[str, str]) -> None:
        by_title = {normalise_header(k): v for k, v in mapping.items()}
        for row, title in enumerate(self._headers):
            value = by_title.get(normalise_header(title))
            if value is not None:
                self._fields[row] = normalise_header(value) if value.strip() else ""
        if self._headers:
            self.dataChanged.emit(self.index(0, self.FIELD), self.index(len(self._headers) - 1,
                                                                         self.FIELD))  # fmt: skip

    def mapping(self) -> dict[str, str]:
        """``{column title: field}`` for every column ("" = left out)."""
        return dict(zip(self._headers, self._fields, strict=True))

    def row_count(self) -> int:
        return len(self._headers)

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._headers):
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.TITLE:
                return self._headers[row]
            if column == self.FIELD:
                field = self._fields[row]
                if role == Qt.ItemDataRole.EditRole:
                    return field
                return field_words(field) if field else self.tr("— not imported —")
            return self._samples[row]
        return None

    def setData(self, index: Index, value: Any, role: int = 2) -> bool:
        if not index.isValid() or index.column() != self.FIELD or role != 2:
            return False
        field = str(value or "")
        if field and field not in IMPORT_FIELDS:
            return False
        self._fields[index.row()] = field
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.FIELD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags


class FieldDelegate(QStyledItemDelegate):
    """A combo box of the fields for the mapping's field column."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(parent.tr("— not imported —"), "")
        for field in IMPORT_FIELDS:
            combo.addItem(field_words(field), field)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(
        self,
        editor: QWidget,
        model: Any,
        index: Index,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PreviewModel(TitledTableModel):
    """The first rows of the file as read (header titles as column headers)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__((), parent)
        self._rows: list[tuple[int, tuple[str, ...]]] = []

    def set_table(self, table: ListTable | None) -> None:
        self.beginResetModel()
        self._titles = list(table.header) if table else []
        self._rows = [(r.line, r.cells) for r in table.rows[:PREVIEW_ROWS]] if table else []
        self.endResetModel()

    def data(self, index: Index, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._rows):
            return None
        cells = self._rows[index.row()][1]
        return cells[index.column()] if index.column() < len(cells) else ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        """The file's titles above the columns, the file's line numbers beside the rows."""
        vertical = orientation == Qt.Orientation.Vertical
        if role == Qt.ItemDataRole.DisplayRole and vertical and 0 <= section < len(self._rows):
            return self.tr("line %1").replace("%1", str(self._rows[section][0]))
        return super().headerData(section, orientation, role)


def start_list_import(
    controller: Controller, plan: ImportPlan, *, skip_bad: bool, on_done: Any
) -> JobHandle | None:
    """Store the plan's good rows (and apply its updates) in one transaction on a worker,
    then reload the case list.

    The controller offers no list import yet, so this uses its session-job mechanism (the
    job is the session's only user, and locking waits for it) and rebuilds its rows as
    unlock does. Move it into ``Controller`` as ``import_list(plan, skip_bad)``.
    """
    session = controller._require()

    def done(count: int) -> None:
        rows = build_rows(session.list_rows(), controller.today())
        controller._rows = {row.case_id: row for row in rows}
        controller.cases_loaded.emit(rows)
        controller.evaluate_selected_rule()
        on_done(count)

    return controller.run_job(ListImportJob(plan, skip_bad), done)


class ImportListDialog(QDialog):
    """See the module docstring."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Import a list"))
        self.resize(900, 680)
        self.table: ListTable | None = None
        self.plan: ImportPlan | None = None
        self.imported = -1

        self.path = QLineEdit(self)
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("A .csv or .xlsx file with a header row"))
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.encoding = QComboBox(self)
        for code, text in ENCODINGS:
            self.encoding.addItem(self.tr(text), code)
        self.read_label = QLabel(self)
        self.read_label.setWordWrap(True)

        self.preview_model = PreviewModel(self)
        self.preview = QTableView(self)
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAccessibleName(self.tr("First rows of the file"))
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.preview.verticalHeader().setDefaultSectionSize(24)
        self.mapping_model = MappingModel(self)
        self.mapping = QTableView(self)
        self.mapping.setModel(self.mapping_model)
        self.mapping.setItemDelegateForColumn(MappingModel.FIELD, FieldDelegate(self.mapping))
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.setAccessibleName(self.tr("Which column holds which field"))
        self.mapping.verticalHeader().hide()
        self.mapping.verticalHeader().setDefaultSectionSize(26)
        self.mapping_button = QPushButton(self.tr("Load mapping file…"), self)

        self.skip_bad = QCheckBox(self.tr("Import only the good rows (leave bad rows out)"), self)
        self.update_known = QCheckBox(self.tr("Update people already in the vault"), self)
        self.update_known.setToolTip(
            self.tr("For a newer edition of a list: their status, sentence and groups change "
                    "as the list says. Check shows every change before anything is written.")
        )  # fmt: skip
        self.check_button = QPushButton(self.tr("Check"), self)
        self.check_button.setToolTip(self.tr("A dry run: nothing is written"))
        self.import_button = QPushButton(self.tr("Import"), self)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.problems_model = QStringListModel(self)
        self.problems = QListView(self)
        self.problems.setModel(self.problems_model)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setAccessibleName(self.tr("Bad rows and duplicates"))

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(QLabel(self.tr("Encoding:"), self))
        file_row.addWidget(self.encoding)
        mapping_row = QHBoxLayout()
        mapping_row.addWidget(QLabel(self.tr("Columns:"), self))
        mapping_row.addStretch(1)
        mapping_row.addWidget(self.mapping_button)
        actions = QHBoxLayout()
        actions.addWidget(self.skip_bad)
        actions.addWidget(self.update_known)
        actions.addStretch(1)
        actions.addWidget(self.check_button)
        actions.addWidget(self.import_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.read_label)
        layout.addWidget(self.preview, 2)
        layout.addLayout(mapping_row)
        layout.addWidget(self.mapping, 2)
        layout.addLayout(actions)
        layout.addWidget(self.result_label)
        layout.addWidget(self.problems, 2)
        layout.addWidget(close)

        self.choose_button.clicked.connect(self.on_choose_button_clicked)
        self.encoding.currentIndexChanged.connect(self.on_encoding_changed)
        self.mapping_button.clicked.connect(self.on_mapping_button_clicked)
        self.check_button.clicked.connect(self.on_check_button_clicked)
        self.import_button.clicked.connect(self.on_import_button_clicked)
        self.skip_bad.toggled.connect(self.update_buttons)
        self.update_known.toggled.connect(self.on_mapping_changed)
        self.mapping_model.dataChanged.connect(self.on_mapping_changed)
        controller.vault_locked.connect(self.reject)
        self.update_buttons()

    # --- reading ----------------------------------------------------------------------

    def on_choose_button_clicked(self) -> None:
        path = open_file(self, self.tr("Import a list"), "",
                         self.tr("Lists (*.csv *.xlsx);;All files (*)"))  # fmt: skip
        if path:
            self.load(path)

    def on_encoding_changed(self, _index: int) -> None:
        if self.path.text():
            self.load(self.path.text())

    def load(self, path: str) -> JobHandle:
        """Read ``path`` on a worker; the preview and mapping fill in when it is read."""
        self.path.setText(path)
        self.set_table(None)
        self.read_label.setText(self.tr("Reading…"))
        encoding = str(self.encoding.currentData() or "") or None

        def work(ctx: JobContext) -> ListTable:
            return read_list_file(path, encoding=encoding)

        return self.controller.workers.start(
            "read-list", work, on_success=self.set_table, on_failure=self.on_read_failed
        )

    def on_read_failed(self, exc: Exception) -> None:
        message = str(exc) if isinstance(exc, ListReadError) else repr(exc)
        self.read_label.setText(self.tr("The file cannot be read: %1").replace("%1", message))

    def set_table(self, table: ListTable | None) -> None:
        self.table = table
        self.plan = None
        self.preview_model.set_table(table)
        self.mapping_model.set_table(table)
        self.problems_model.setStringList([])
        self.result_label.clear()
        if table is not None:
            how = "XLSX" if table.kind == "xlsx" else f"CSV, {table.encoding}"
            self.read_label.setText(
                self.tr("%1 rows read (%2). Check the fields below, then Check.")
                .replace("%1", str(len(table.rows))).replace("%2", how)
            )  # fmt: skip
        self.update_buttons()

    def on_mapping_button_clicked(self) -> None:
        path = open_file(self, self.tr("Mapping file"), "", self.tr("Mapping (*.toml)"))
        if not path:
            return
        try:
            self.mapping_model.apply_mapping(load_mapping_file(path))
        except MappingError as exc:
            QMessageBox.warning(self, self.tr("Mapping file"), str(exc))

    def on_mapping_changed(self, *_args: object) -> None:
        self.plan = None
        self.update_buttons()

    # --- checking and importing -------------------------------------------------------

    def on_check_button_clicked(self) -> JobHandle | None:
        """The dry run: every row checked against the fields and the vault's people."""
        if self.table is None or not self.controller.is_unlocked:
            return None
        table, mapping = self.table, self.mapping_model.mapping()
        known = list(self.controller._require().list_rows())  # a snapshot for the worker
        today = self.controller.today()
        name = Path(self.path.text()).name

        self.result_label.setText(self.tr("Checking…"))
        if self.update_known.isChecked():  # reads stored cases: the session's own job

            def plan_update(session: Session) -> ImportPlan:
                return plan_import(table, known, mapping=mapping, today=today, source=name,
                                   update=True, load_case=session.get_case)  # fmt: skip

            return self.controller.run_job(
                PlanListUpdateJob(plan_update), self.show_plan, self.on_update_check_failed
            )

        def work(ctx: JobContext) -> ImportPlan:
            return plan_import(table, known, mapping=mapping, today=today, source=name)

        return self.controller.workers.start(
            "check-list", work, on_success=self.show_plan, on_failure=self.on_check_failed
        )

    def on_update_check_failed(self, message: str) -> None:
        self.result_label.setText(message)
        self.update_buttons()

    def on_check_failed(self, exc: Exception) -> None:
        text = str(exc) if isinstance(exc, ListFormatError) else repr(exc)
        self.result_label.setText(text)
        self.update_buttons()

    def show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        bad = len(plan.bad_lines)
        self.result_label.setText(
            self.tr("%1 new, %2 already known (not added again), %3 bad rows.")
            .replace("%1", str(len(plan.cases)))
            .replace("%2", str(len(plan.duplicates)))
            .replace("%3", str(bad))
            + (" " + self.tr("Nothing is imported while there are bad rows, unless you "
                             "import only the good ones.") if bad else "")
        )  # fmt: skip
        lang = language()
        lines = [str(p) for p in plan.problems] + [str(d) for d in plan.duplicates]
        for line, person, missing in plan.not_yet_known:
            if missing == ("term",):
                text = self.tr(
                    "line %1: %2: the term is not yet known (imported; its dates need review)"
                )
            elif missing == ("start_date",):
                text = self.tr(
                    "line %1: %2: the start date is not yet known (imported; its dates need review)"
                )
            else:
                text = self.tr(
                    "line %1: %2: the term and start date are not yet known "
                    "(imported; its dates need review)"
                )
            lines.append(text.replace("%1", str(line)).replace("%2", person))
        lines += [
            self.tr("New group: %1").replace("%1", word("group", g, lang)) for g in plan.new_groups
        ]
        for update in plan.updates:
            changes = "; ".join(change.describe(lang) for change in update.changes)
            lines.append(
                self.tr("line %1: %2 will change: %3")
                .replace("%1", str(update.line)).replace("%2", update.name).replace("%3", changes)
            )  # fmt: skip
        lines += [
            self.tr("Not in the new list (left as it is): %1").replace("%1", person)
            for _, person in plan.not_in_list
        ]
        if plan.updates:
            self.result_label.setText(
                self.result_label.text() + " "
                + self.tr("%1 people already in the vault will be updated.")
                .replace("%1", str(len(plan.updates)))
            )  # fmt: skip
        self.problems_model.setStringList(lines)
        self.update_buttons()

    def update_buttons(self, *_args: object) -> None:
        plan = self.plan
        self.check_button.setEnabled(self.table is not None)
        self.import_button.setEnabled(
            plan is not None
            and bool(plan.cases or plan.updates)
            and (not plan.problems or self.skip_bad.isChecked())
            and not self.controller.session_busy
        )

    def on_import_button_clicked(self) -> JobHandle | None:
        if self.plan is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.import_button.setEnabled(False)
        return start_list_import(
            self.controller, self.plan, skip_bad=self.skip_bad.isChecked(), on_done=self.on_imported
        )

    def on_imported(self, count: int) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.imported = count
        self.plan = None
        self.result_label.setText(self.tr("Imported %1 cases.").replace("%1", str(count)))
        self.update_buttons()
