"""Import a paper sign-up sheet saved as CSV: map the columns, look, then import.

Nothing is saved until "Import N people": changing a column choice only runs
``RosterCsvService.preview_import`` again. A file that is not a well-formed sheet
is explained kindly (row by row where possible) and can never be imported; rows with
problems are marked in the preview and either fixed in the sheet or left out.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import SafeSpaceError
from safespace_desktop.services.roster_csv import (
    CsvMapping,
    ImportPreview,
    ImportResult,
    PreviewRow,
    RosterCsvService,
    RowError,
    read_headers,
    suggest_mapping,
)
from safespace_desktop.services.sheet_text import SheetEncoding
from safespace_desktop.ui.item_models.columns import Column, ColumnTableModel
from safespace_desktop.ui.runtime.ops import OpRunner
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order
from safespace_desktop.ui.wording.errors import describe, describe_import_problem
from safespace_desktop.ui.wording.placeholders import fill

COL_ROW = 0
COL_NAME = 1
COL_PRONOUNS = 2
COL_CONTACT = 3
COL_CONSENT = 4
COL_PROBLEMS = 5
COLUMN_COUNT = 6

# The roster fields a column can be mapped to, in the order they are offered.
MAPPED_FIELDS = ("name", "pronouns", "phone", "email", "best_time", "notes", "contact_consent")


def _contact_text(row: PreviewRow) -> str:
    contact = row.contact
    return ", ".join(v for v in (contact.phone, contact.email, contact.best_time) if v)


class ImportPreviewModel(ColumnTableModel[PreviewRow]):
    """The checked rows of the sheet, with their problems written out."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                Column(lambda: self.tr("Row"), lambda r: str(r.row)),
                Column(lambda: self.tr("Name"), lambda r: r.draft.name),
                Column(lambda: self.tr("Pronouns"), lambda r: r.draft.pronouns),
                Column(lambda: self.tr("Contact details"), _contact_text),
                Column(lambda: self.tr("Agreed to contact"), self._consent_text),
                Column(lambda: self.tr("Problems"), self._problems, tooltip=self._problems),
            ),
            parent,
        )

    def _consent_text(self, row: PreviewRow) -> str:
        return self.tr("Yes") if row.contact_consent else self.tr("No")

    def _problems(self, row: PreviewRow) -> str:
        parts = ["⚠ " + _problem_text(e) for e in row.errors]
        parts += [self.tr("Note: ") + _problem_text(w) for w in row.warnings]
        return "\n".join(parts) if parts else self.tr("Ready")


def _problem_text(error: RowError) -> str:
    return describe_import_problem(error.code, error.field, error.params)


def _added(result: ImportResult) -> ChangeSet:
    """New members, and their consents (consent changes carry the member's id)."""
    ids = [m.id for m in result.added]
    return ChangeSet.of(RecordKind.MEMBER, *ids) | ChangeSet.of(RecordKind.CONSENT, *ids)


def _error_line(error: RowError) -> str:
    if error.row <= 0:
        return _problem_text(error)
    return fill(
        QCoreApplication.translate("RosterImportDialog", "Row %1: %2"),
        error.row,
        _problem_text(error),
    )


class RosterImportDialog(QDialog):
    """``imported(ImportResult)`` after the people were saved (the dialog then closes)."""

    imported = Signal(object)

    def __init__(
        self,
        ops: OpRunner,
        service: RosterCsvService,
        data: bytes,
        file_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._service = service
        self._committing = False
        self._data = data
        self.preview: ImportPreview | None = None
        self.setWindowTitle(self.tr("Import a sign-up sheet"))
        unit = self.fontMetrics().height()

        heading = heading_label(self.tr("Import a sign-up sheet"), 1.4)
        source = paragraph_label(
            fill(
                self.tr(
                    "From “%1”. Nothing is added to the roster until you choose Import at "
                    "the bottom."
                ),
                file_name,
            )
        )

        # How the letters were read, when the file did not say (checked at each refresh).
        self.encoding_note = paragraph_label()
        self.encoding_note.setObjectName("encodingNote")
        self.encoding_note.setAccessibleName(self.tr("How the file was read"))
        self.encoding_note.hide()

        # -- file problems --------------------------------------------------------------
        self.file_problems = QFrame()
        self.file_problems.setFrameShape(QFrame.Shape.StyledPanel)
        problems_layout = QVBoxLayout(self.file_problems)
        self.file_problems_title = heading_label(
            self.tr("This file can't be imported as it is"), 1.1
        )
        self.file_problems_text = paragraph_label()
        self.file_problems_text.setAccessibleName(self.tr("Problems with the file"))
        self.file_problems_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        problems_layout.addWidget(self.file_problems_title)
        problems_layout.addWidget(self.file_problems_text)
        self.file_problems.hide()

        # -- column mapping ----------------------------------------------------------------
        headers = self._headers()
        self.combos: dict[str, QComboBox] = {}
        captions = {
            "name": self.tr("&Name (needed):"),
            "pronouns": self.tr("&Pronouns:"),
            "phone": self.tr("P&hone:"),
            "email": self.tr("&Email:"),
            "best_time": self.tr("&Best time to call:"),
            "notes": self.tr("N&otes:"),
            "contact_consent": self.tr("&Agreed to be contacted:"),
        }
        mapping_box = QGridLayout()
        mapping_box.setHorizontalSpacing(unit)
        mapping_box.setVerticalSpacing(unit // 3)
        for position, field in enumerate(MAPPED_FIELDS):
            combo = QComboBox()
            combo.addItem(self.tr("(not in this sheet)"), "")
            for header in headers:
                if header:
                    combo.addItem(header, header)
            combo.setAccessibleName(
                fill(self.tr("Column for %1"), captions[field].replace("&", "").rstrip(":"))
            )
            caption = QLabel(captions[field])
            caption.setBuddy(combo)
            self.combos[field] = combo
            row, column = divmod(position, 2)
            mapping_box.addWidget(caption, row, column * 2)
            mapping_box.addWidget(combo, row, column * 2 + 1)
        mapping_box.setColumnStretch(1, 1)
        mapping_box.setColumnStretch(3, 1)
        consent_note = paragraph_label(
            self.tr(
                "Contact details are kept only for people whose “agreed to be contacted” "
                "column says yes; that consent is recorded as given on paper."
            )
        )

        # -- preview ----------------------------------------------------------------------
        self.model = ImportPreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Preview of the people in the sheet"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(int(unit * 1.8))
        table_header = self.table.horizontalHeader()
        table_header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table_header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        for column, sample in (
            (COL_ROW, "Row 00"),
            (COL_NAME, "M" * 10),
            (COL_PRONOUNS, "they/them"),
            (COL_CONTACT, "M" * 10),
            (COL_CONSENT, "Agreed to contact"),
        ):
            table_header.resizeSection(column, metrics.horizontalAdvance(sample) + unit)
        self.table.setMinimumHeight(unit * 8)

        self.summary = paragraph_label()
        self.summary.setAccessibleName(self.tr("Import summary"))
        self.skip_check = QCheckBox(self.tr("&Leave out the rows with problems"))
        self.commit_error = paragraph_label()
        self.commit_error.hide()

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.import_button.clicked.connect(self.commit)
        self.buttons.rejected.connect(self.reject)

        mapping_heading = heading_label(self.tr("Which column holds what"), 1.1)
        preview_heading = heading_label(self.tr("Preview"), 1.1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_check)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(unit * 3 // 2, unit * 3 // 2, unit * 3 // 2, unit)
        layout.setSpacing(unit // 2)
        layout.addWidget(heading)
        layout.addWidget(source)
        layout.addWidget(self.encoding_note)
        layout.addWidget(self.file_problems)
        layout.addSpacing(unit // 3)
        layout.addWidget(mapping_heading)
        layout.addLayout(mapping_box)
        layout.addWidget(consent_note)
        layout.addSpacing(unit // 3)
        layout.addWidget(preview_heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.commit_error)
        layout.addLayout(bottom)
        chain_tab_order(
            [
                *(self.combos[f] for f in MAPPED_FIELDS),
                self.table,
                self.skip_check,
                self.import_button,
                self.cancel_button,
            ]
        )
        char = self.fontMetrics().averageCharWidth()
        self.setMinimumWidth(char * 110)
        self.resize(char * 130, unit * 48)

        suggested = suggest_mapping(headers) if headers else None
        if suggested is not None:
            for field, header_text in suggested.columns().items():
                combo = self.combos[field]
                combo.setCurrentIndex(max(0, combo.findData(header_text)))
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self.refresh)
        self.skip_check.toggled.connect(self._update_summary)
        self.refresh()

    # -- reading ------------------------------------------------------------------------
    def _headers(self) -> tuple[str, ...]:
        try:
            return read_headers(self._data)
        except SafeSpaceError:
            return ()

    def mapping(self) -> CsvMapping:
        chosen = {f: str(self.combos[f].currentData() or "") for f in MAPPED_FIELDS}
        return CsvMapping(
            name=chosen["name"],
            pronouns=chosen["pronouns"] or None,
            phone=chosen["phone"] or None,
            email=chosen["email"] or None,
            notes=chosen["notes"] or None,
            best_time=chosen["best_time"] or None,
            contact_consent=chosen["contact_consent"] or None,
        )

    @Slot()
    def refresh(self) -> None:
        """Check the sheet again with the chosen columns (saves nothing), off the GUI
        thread: the preview compares names with the roster."""
        self.commit_error.hide()
        service, data, mapping = self._service, self._data, self.mapping()
        self.preview = None
        self.import_button.setEnabled(False)

        def shown(preview: ImportPreview) -> None:
            if mapping == self.mapping():  # otherwise a newer preview is on its way
                self._show_preview(preview)

        def refused(exc: BaseException) -> None:
            if mapping != self.mapping():
                return
            self.preview = None
            self.model.set_rows(())
            self._show_file_problems([describe(exc)])
            self._update_summary()

        self._ops.query(self, lambda _ctx: service.preview_import(data, mapping)).on_success(
            shown
        ).on_failure(refused).run()

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self._show_encoding(preview)
        self.model.set_rows(preview.rows)
        self._show_file_problems([_error_line(e) for e in preview.file_errors])
        self._update_summary()

    def _show_encoding(self, preview: ImportPreview) -> None:
        if preview.encoding is SheetEncoding.WINDOWS_1252:
            text = self.tr(
                "This sheet was not saved as UTF-8, so its letters were read as Western "
                "European (Windows) text, the way Excel on Windows saves a CSV file. Please "
                "check that the names below look right, especially letters like é, ñ or ë. "
                "If they don't, save the sheet as “CSV UTF-8” and import it again."
            )
        elif preview.encoding_guessed:
            text = self.tr(
                "This sheet did not say how its letters are stored, so it was read as "
                "Unicode (UTF-16) text. Please check that the names below look right."
            )
        else:
            self.encoding_note.hide()
            return
        self.encoding_note.setText(text)
        self.encoding_note.show()

    def _show_file_problems(self, lines: list[str]) -> None:
        if not lines:
            self.file_problems.hide()
            return
        malformed = self.preview is None or self.preview.malformed
        if malformed:
            self.file_problems_title.setText(self.tr("This file can't be imported as it is"))
            advice = self.tr(
                "Nothing has been saved. Open the sheet in your spreadsheet program, fix "
                "what is listed here, save it as “CSV UTF-8”, and import it again."
            )
        else:
            self.file_problems_title.setText(self.tr("Please check the column choices"))
            advice = ""
        text = "\n".join("•  " + line for line in lines)
        self.file_problems_text.setText(text + ("\n\n" + advice if advice else ""))
        self.file_problems.show()

    # -- state --------------------------------------------------------------------------
    def rows_to_import(self) -> int:
        preview = self.preview
        if preview is None or preview.malformed or preview.file_errors:
            return 0
        if self.skip_check.isChecked():
            return len(preview.valid_rows)
        return len(preview.rows) if preview.can_import_all else 0

    @Slot()
    def _update_summary(self, *_args: object) -> None:
        preview = self.preview
        bad = 0 if preview is None else sum(1 for r in preview.rows if not r.ok)
        usable = preview is not None and not preview.malformed and not preview.file_errors
        self.skip_check.setVisible(usable and bad > 0)
        count = self.rows_to_import()
        if count == 0:
            self.import_button.setText(self.tr("&Import"))
        elif count == 1:
            self.import_button.setText(self.tr("&Import 1 person"))
        else:
            self.import_button.setText(fill(self.tr("&Import %1 people"), count))
        self.import_button.setAccessibleName(self.import_button.text().replace("&", ""))
        self.import_button.setEnabled(count > 0)
        if preview is None or not usable:
            self.summary.setText(self.tr("Nothing can be imported from this file yet."))
        elif bad and not self.skip_check.isChecked():
            self.summary.setText(
                fill(
                    self.tr(
                        "%1 of %2 rows have a problem (marked ⚠ below). Fix them in the sheet "
                        "and import it again, or leave those rows out."
                    ),
                    bad,
                    len(preview.rows),
                )
            )
        elif bad:
            self.summary.setText(
                fill(
                    self.tr("%1 rows with problems will be left out; the others are ready."),
                    bad,
                )
            )
        else:
            self.summary.setText(self.tr("Every row is ready. Check the names once more."))

    # -- saving -------------------------------------------------------------------------
    @Slot()
    def commit(self) -> None:
        preview = self.preview
        if preview is None or self.rows_to_import() == 0 or self._committing:
            return
        service, skip = self._service, self.skip_check.isChecked()
        self._committing = True
        self.import_button.setEnabled(False)

        def saved(result: ImportResult) -> None:
            self.imported.emit(result)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.commit_error.setText("⚠ " + describe(exc))
            self.commit_error.show()

        def finished() -> None:
            self._committing = False
            self._update_summary()

        self._ops.collection(
            self,
            lambda _ctx: service.commit_import(preview, skip_invalid=skip),
            lambda result: _added(result),
        ).on_success(saved).on_failure(failed).on_finished(finished).run()
