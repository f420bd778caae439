"""Import a journal backup: bring a private backup file into the unlocked person's journal.

The file is opened with the passphrase chosen when it was made
(``JournalService.import_personal_file``, Argon2id, in a collection operation on
the worker thread). It reports journal entries, the safety plan and templates as
changed, so the journal, mood and safety plan pages follow.
Everything in the file is checked before anything is written; entries are sealed
again under this person's own key. Importing the same file twice changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import (
    BundleRejected,
    UnsafeKdfParameters,
    UnsupportedFormatVersion,
    WrongPassphrase,
)
from safespace_desktop.services.journal import JournalService
from safespace_desktop.ui.journal.export_dialog import fit_to_wrapped_text
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.form_grid import FormGrid
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order
from safespace_desktop.ui.widgets.passphrase_field import PassphraseField
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill

WIDTH_CHARS = 84
#: Far above any real journal (10,000 long entries are a few tens of MB).
MAX_FILE_BYTES = 512 * 1024 * 1024


def _import_file(journal: JournalService, path: str, secret: str) -> int:
    """Worker thread: read the file and merge it (slow: derives a key with Argon2id)."""
    source = Path(path)
    if source.stat().st_size > MAX_FILE_BYTES:
        raise BundleRejected("too_large")
    return journal.import_personal_file(source.read_bytes(), secret)


def describe_import_error(exc: BaseException) -> str:
    """Kind wording for a backup that could not be imported (nothing was changed)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("JournalImport", text)

    unchanged = tr("Nothing in your journal was changed.")
    if isinstance(exc, WrongPassphrase):
        reason = tr(
            "That passphrase doesn't open this file. Please check it: it is the passphrase "
            "chosen when the backup was made."
        )
    elif isinstance(exc, UnsupportedFormatVersion):
        reason = tr(
            "This file was made by a newer version of SafeSpace. Please update the app, then "
            "try again."
        )
    elif isinstance(exc, UnsafeKdfParameters):
        reason = tr("This file's lock settings are outside the safe range, so it was not opened.")
    elif isinstance(exc, BundleRejected):
        reason = (
            tr(
                "This file can't be imported: it may be damaged, or it may not be a SafeSpace journal backup."
            )
            + " "
            + describe(exc)
        )
    elif isinstance(exc, OSError):
        reason = tr(
            "The file could not be read. If it is on a USB stick, check that the stick is still "
            "plugged in."
        )
    else:
        reason = describe(exc)
    return f"{reason} {unchanged}"


class JournalImportDialog(QDialog):
    """``JournalImportDialog(context)``: choose a backup file, type its passphrase, import."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.journal = context.journal
        self.path: Path | None = None
        self.imported: int | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Import a journal backup"))
        em = self.fontMetrics().height()

        title = heading_label(self.tr("Import a journal backup"), 1.3)
        intro = paragraph_label(
            self.tr(
                "Bring the entries from a private backup file into your journal, for example "
                "one you made on another computer. Entries you already have are kept and "
                "nothing is deleted. A safety plan and templates in the file are brought in too."
            )
        )
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen yet"))
        self.file_edit.setAccessibleName(self.tr("Backup file"))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose a backup file"))
        file_label = QLabel(self.tr("Backup &file:"))
        file_label.setBuddy(self.choose_button)
        file_row = QHBoxLayout()
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.passphrase = PassphraseField(self.tr("Passphrase for the backup file"))
        passphrase_label = QLabel(self.tr("&Passphrase for the file:"))
        passphrase_label.setBuddy(self.passphrase.edit)
        passphrase_hint = paragraph_label(
            self.tr("The passphrase that was chosen when the backup was made.")
        )
        form = FormGrid()
        form.set_group_gap(em // 3)
        form.addRow(file_label, file_row)
        form.addRow(passphrase_label, self.passphrase)
        form.addRow("", passphrase_hint)

        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(em * 3 // 2, em * 3 // 2, em * 3 // 2, em)
        layout.setSpacing(em // 2)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(em // 3)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * WIDTH_CHARS)

        chain_tab_order(
            [
                self.file_edit,
                self.choose_button,
                self.passphrase.edit,
                self.passphrase.toggle,
                self.import_button,
                self.close_button,
            ]
        )
        self.choose_button.clicked.connect(self.choose_file)
        self.passphrase.textChanged.connect(self._refresh)
        self.passphrase.returnPressed.connect(self.start_import)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self._refresh()

    # -- state --------------------------------------------------------------------------
    def _refresh(self, *_args: object) -> None:
        ready = not self._busy and self.path is not None and bool(self.passphrase.text())
        self.import_button.setEnabled(ready)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.choose_button, self.passphrase, self.close_button):
            widget.setEnabled(not busy)
        self._refresh()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if self.isVisible():
            self._fit_height()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        fit_to_wrapped_text(self)
        # Widgets just shown report their final size only once their queued layout
        # requests have run: fit again right after.
        QTimer.singleShot(0, self, lambda: fit_to_wrapped_text(self))

    # -- actions ------------------------------------------------------------------------
    def choose_file(self) -> None:
        from safespace_desktop.ui.runtime.file_locations import start_folder

        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a journal backup"),
            str(start_folder()),
            self.tr("SafeSpace journal backup (*.ssjournal);;All files (*)"),
        )
        if not chosen:
            return
        self.path = Path(chosen)
        self.file_edit.setText(str(self.path))
        self._show_message("")
        self._refresh()
        self.passphrase.setFocus()

    def start_import(self) -> None:
        if self._busy or self.path is None or not self.passphrase.text():
            return
        self._show_message("")
        journal, path, secret = self.journal, str(self.path), self.passphrase.text()
        self.context.ops.collection(
            self,
            lambda _ctx: _import_file(journal, path, secret),
            ChangeSet.kinds(
                RecordKind.JOURNAL_ENTRY, RecordKind.SAFETY_PLAN, RecordKind.JOURNAL_TEMPLATE
            ),
        ).on_success(self._imported).on_failure(self._failed).with_busy(
            self._set_busy
        ).with_progress(self.tr("Opening the backup file… This can take a little while.")).run()

    def _imported(self, count: int) -> None:
        self.passphrase.clear()
        self.imported = count
        if count == 0:
            text = self.tr(
                "Your journal already had everything in this file. Nothing needed to change."
            )
        elif count == 1:
            text = self.tr("Done: 1 entry added or updated.")
        else:
            text = fill(self.tr("Done: %1 entries added or updated."), count)
        self._show_message(text)
        self.context.signals.status_message.emit(text)

    def _failed(self, exc: BaseException) -> None:
        self.passphrase.clear()
        self._show_message(describe_import_error(exc))
        self.passphrase.setFocus()

    # -- closing ------------------------------------------------------------------------
    def reject(self) -> None:
        if self._busy:
            return
        super().reject()

    def done(self, result: int) -> None:
        self.passphrase.clear()
        super().done(result)
