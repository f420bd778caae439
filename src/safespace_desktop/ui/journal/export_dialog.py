"""Export my journal: a private backup file (encrypted) or a readable copy (not encrypted).

(a) The backup holds every entry, the safety plan and templates, sealed under a
    passphrase the person chooses (``JournalService.export_personal_file``, Argon2id,
    in a query operation on the worker thread, with progress). The file is then saved where they choose with
    ``write_file_atomically`` (temporary name in the target folder, fsync, rename,
    read back).
(b) The readable copy is Markdown or PDF of a date range
    (``JournalService.export_readable``, read in a query operation). It is written only after a clear warning
    that anyone who gets the file can read it. The PDF is laid out from the Markdown
    in a QTextDocument and written by QPdfWriter into a QBuffer in memory — never a
    temporary file — then saved with the same atomic helper.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QDate,
    QIODevice,
    QMarginsF,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.errors import PassphraseRejected
from safespace_desktop.core.model import JournalFilter
from safespace_desktop.services.files import ExportFailed, write_file_atomically
from safespace_desktop.services.journal import JournalService
from safespace_desktop.ui.runtime.ops import OpContext
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.confirm import ask
from safespace_desktop.ui.widgets.form_grid import FormGrid
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.new_passphrase import NewPassphraseFields
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill

BACKUP_SUFFIX = ".ssjournal"
WIDTH_CHARS = 100
PDF_POINT_SIZE = 11.0


# --------------------------------------------------------------------------- helpers
class _TextOnlyDocument(QTextDocument):
    """A document that never reads anything from disk.

    A Markdown image (``![](file:///…)``) in an entry must not pull a file from this
    computer into the export. Qt loads an image straight from its path when a document
    offers none, so every image is answered with a blank pixel instead.
    """

    def loadResource(self, kind: int, _name: QUrl | str) -> Any:
        image = QTextDocument.ResourceType.ImageResource
        if kind in (image, image.value):
            blank = QImage(1, 1, QImage.Format.Format_ARGB32)
            blank.fill(Qt.GlobalColor.transparent)
            return blank
        return None


def markdown_pdf(markdown: str, base_font: QFont) -> bytes:
    """``markdown`` laid out on A4 pages, as PDF bytes made entirely in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # QTextDocument.print_ adds its own 2 cm margins (and page numbers) inside the page.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setCreator("SafeSpace")
    writer.setTitle(QCoreApplication.translate("JournalExport", "My journal"))
    document = _TextOnlyDocument()
    font = QFont(base_font)
    font.setPointSizeF(PDF_POINT_SIZE)
    document.setDefaultFont(font)
    document.setMarkdown(
        markdown,
        QTextDocument.MarkdownFeature.MarkdownDialectGitHub
        | QTextDocument.MarkdownFeature.MarkdownNoHTML,
    )
    document.print_(writer)
    del writer  # finishes the PDF
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def fit_to_wrapped_text(dialog: QDialog) -> None:
    """Make ``dialog`` tall enough for every wrapped line at its width.

    Qt sizes a window from its size hint, which ignores height-for-width text, and caps
    a first show at two thirds of the screen; on a small screen that clips paragraphs.
    """
    # Size caches of inner layouts are only refreshed by queued layout requests; drop
    # them all now so the height is computed from what is shown at this moment.
    for inner in dialog.findChildren(QLayout):
        inner.invalidate()
    layout = dialog.layout()
    if layout is not None:
        layout.invalidate()
        layout.activate()
    needed = dialog.heightForWidth(dialog.width())
    if needed > 0:
        dialog.setMinimumHeight(needed)
        dialog.resize(dialog.width(), needed)


def _seal_journal(ctx: OpContext, journal: JournalService, secret: str, template: str) -> bytes:
    """Worker thread: the personal journal file (slow: derives a key with Argon2id)."""

    def report(done: int, total: int) -> None:
        ctx.progress(done, total, fill(template, done, total))

    return journal.export_personal_file(secret, progress=report)


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


# --------------------------------------------------------------------------- dialog
class JournalExportDialog(QDialog):
    """``JournalExportDialog(context)``: choose a private backup or a readable copy."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.journal = context.journal
        self.saved_path: Path | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Export my journal"))
        em = self.fontMetrics().height()
        today = date.fromtimestamp(context.vault.clock.now())

        title = heading_label(self.tr("Export my journal"), 1.3)
        intro = paragraph_label(self.tr("Which kind of copy would you like?"))

        # The two choices ------------------------------------------------------------------
        self.backup_radio = QRadioButton(self.tr("A private &backup file (encrypted)"))
        backup_hint = paragraph_label(
            self.tr(
                "To move your journal to another computer, or to keep a spare copy. It holds "
                "all your entries, your safety plan and your templates, locked with a "
                "passphrase you choose. Only that passphrase can open it."
            )
        )
        self.readable_radio = QRadioButton(self.tr("A &readable copy (NOT encrypted)"))
        readable_hint = paragraph_label(
            self.tr(
                "The entries between two dates, as a Markdown or PDF file you can read, print "
                "or take to someone you trust. Anyone who gets this file can read it."
            )
        )
        for hint in (backup_hint, readable_hint):
            hint.setContentsMargins(em * 3 // 2, 0, 0, 0)
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.backup_radio)
        self.choice.addButton(self.readable_radio)
        self.backup_radio.setChecked(True)

        # (a) the private backup -----------------------------------------------------------
        self.backup_panel = QWidget()
        backup_layout = QVBoxLayout(self.backup_panel)
        backup_layout.setContentsMargins(em * 3 // 2, 0, 0, 0)
        backup_layout.setSpacing(em // 2)
        backup_form = FormGrid()
        backup_form.setContentsMargins(0, 0, 0, 0)
        backup_form.set_group_gap(em // 3)
        backup_note = paragraph_label(
            self.tr(
                "Choose the passphrase that will open this file. It can be the one you unlock "
                "with, or a new one. You will need it to bring the file back in, so keep it "
                "somewhere safe."
            )
        )
        self.file_passphrase = NewPassphraseFields(
            self.backup_panel,
            label_text=self.tr("&Passphrase for the file:"),
            accessible_name=self.tr("Passphrase for the backup file"),
            confirm_label_text=self.tr("Type it a&gain:"),
            confirm_accessible_name=self.tr("Passphrase for the backup file, typed again"),
            retype_suggestion=True,
        )
        self.file_passphrase.add_to(backup_form)
        backup_layout.addWidget(backup_note)
        backup_layout.addLayout(backup_form)

        # (b) the readable copy ------------------------------------------------------------
        self.readable_panel = QWidget()
        readable_layout = QVBoxLayout(self.readable_panel)
        readable_layout.setContentsMargins(em * 3 // 2, 0, 0, 0)
        readable_layout.setSpacing(em // 2)
        self.readable_warning = QFrame()
        self.readable_warning.setFrameShape(QFrame.Shape.StyledPanel)
        warning_layout = QVBoxLayout(self.readable_warning)
        warning_layout.setSpacing(em // 4)
        warning_heading = heading_label(self.tr("This copy is NOT encrypted"), 1.0)
        warning_text = paragraph_label(
            self.tr(
                "Anyone who gets the file can read everything in it. If you can, save it "
                "straight onto your own USB stick rather than this computer, and delete it "
                "when you no longer need it."
            )
        )
        warning_layout.addWidget(warning_heading)
        warning_layout.addWidget(warning_text)
        self.readable_warning.setAccessibleName(self.tr("Warning"))
        warning_text.setAccessibleName(self.tr("This copy is NOT encrypted"))
        self.from_edit = QDateEdit(_qdate(today - timedelta(days=27)))
        self.to_edit = QDateEdit(_qdate(today))
        for edit, name in (
            (self.from_edit, self.tr("First day")),
            (self.to_edit, self.tr("Last day")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setMaximumDate(_qdate(today))
            edit.setAccessibleName(name)
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&To:"))
        to_label.setBuddy(self.to_edit)
        self.markdown_radio = QRadioButton(self.tr("&Markdown (.md)"))
        self.pdf_radio = QRadioButton(self.tr("P&DF"))
        self.markdown_radio.setChecked(True)
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.markdown_radio)
        self.format_group.addButton(self.pdf_radio)
        self.count_label = paragraph_label()
        self.count_label.setAccessibleName(self.tr("Entries in these dates"))
        dates = QHBoxLayout()
        dates.setSpacing(em // 2)
        for widget in (from_label, self.from_edit, to_label, self.to_edit):
            dates.addWidget(widget)
        dates.addStretch(1)
        format_label = QLabel(self.tr("Kind of file:"))
        formats = left_aligned(format_label, self.markdown_radio, self.pdf_radio)
        formats.setSpacing(em // 2)
        readable_layout.addWidget(self.readable_warning)
        readable_layout.addLayout(dates)
        readable_layout.addLayout(formats)
        readable_layout.addWidget(self.count_label)

        # Message and buttons --------------------------------------------------------------
        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)
        self.export_button = QPushButton()
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(em * 3 // 2, em * 3 // 2, em * 3 // 2, em)
        layout.setSpacing(em // 2)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.backup_radio)
        layout.addWidget(backup_hint)
        layout.addWidget(self.backup_panel)
        layout.addSpacing(em // 2)
        layout.addWidget(self.readable_radio)
        layout.addWidget(readable_hint)
        layout.addWidget(self.readable_panel)
        layout.addSpacing(em // 2)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * WIDTH_CHARS)

        chain_tab_order(
            [
                self.backup_radio,
                self.readable_radio,
                *self.file_passphrase.widgets_in_tab_order(),
                self.from_edit,
                self.to_edit,
                self.markdown_radio,
                self.pdf_radio,
                self.export_button,
                self.close_button,
            ]
        )
        self.backup_radio.toggled.connect(self._on_choice)
        self.file_passphrase.changed.connect(self._refresh)
        self.from_edit.dateChanged.connect(self._on_dates)
        self.to_edit.dateChanged.connect(self._on_dates)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        self._on_choice()

    # -- state --------------------------------------------------------------------------
    @property
    def readable(self) -> bool:
        return self.readable_radio.isChecked()

    def date_range(self) -> tuple[date, date]:
        return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())

    def _on_choice(self, _checked: bool = False) -> None:
        # Only the chosen kind's settings are shown, right under it.
        self.backup_panel.setVisible(not self.readable)
        self.readable_panel.setVisible(self.readable)
        if self.readable:
            self._on_dates()  # counts the entries (the first count decrypts the journal)
            self.export_button.setText(self.tr("Save readable &copy…"))
        else:
            self.export_button.setText(self.tr("&Create backup file…"))
        self._show_message("")
        self._refresh()
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

    def _on_dates(self, *_args: object) -> None:
        if not self.readable:
            return
        first, last = self.date_range()
        if first > last:
            self.count_label.setText(
                self.tr("The first day is after the last day. Please check the dates.")
            )
        else:
            journal, flt = self.journal, JournalFilter(date_from=first, date_to=last)
            self.context.ops.query(self, lambda _ctx: journal.count(flt)).on_success(
                self._show_count
            ).on_failure(lambda exc: self.count_label.setText(describe(exc))).run()
        self._refresh()

    def _show_count(self, count: int) -> None:
        if count == 0:
            text = self.tr("There are no entries between these dates.")
        elif count == 1:
            text = self.tr("1 entry between these dates.")
        else:
            text = fill(self.tr("%1 entries between these dates."), count)
        self.count_label.setText(text)

    def _refresh(self) -> None:
        if self._busy:
            ready = False
        elif self.readable:
            first, last = self.date_range()
            ready = first <= last
        else:
            ready = self.file_passphrase.is_acceptable()
        self.export_button.setEnabled(ready)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.backup_radio,
            self.readable_radio,
            self.from_edit,
            self.to_edit,
            self.markdown_radio,
            self.pdf_radio,
            self.close_button,
        ):
            widget.setEnabled(not busy)
        self.file_passphrase.set_enabled(not busy)
        self._refresh()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if self.isVisible():
            self._fit_height()

    def _saved(self, path: Path, text: str) -> None:
        self.saved_path = path
        self._show_message(text)
        self.context.signals.status_message.emit(fill(self.tr("Saved “%1”."), path.name))

    def _write(self, path: Path, data: bytes) -> bool:
        try:
            write_file_atomically(path, data)
        except ExportFailed:
            self._show_message(
                self.tr(
                    "The file could not be saved there, so nothing was written. Please check "
                    "that the folder or USB stick is still there and has space, then try again."
                )
            )
            return False
        return True

    # -- actions ------------------------------------------------------------------------
    def export(self) -> None:
        if self._busy:
            return
        self._show_message("")
        if self.readable:
            self.save_readable_copy()
        else:
            self.start_backup()

    def start_backup(self) -> None:
        """Seal the journal on the worker thread, then ask where to save it."""
        if not self.file_passphrase.is_acceptable():
            return
        journal, secret = self.journal, self.file_passphrase.text()
        template = self.tr("Sealing your journal: %1 of %2 records")
        self.context.ops.query(
            self, lambda ctx: _seal_journal(ctx, journal, secret, template)
        ).on_success(self._backup_ready).on_failure(self._backup_failed).with_busy(
            self._set_busy
        ).with_progress(
            self.tr(
                "Locking your journal with the passphrase you chose… This can take a little while."
            )
        ).run()

    def _backup_ready(self, data: bytes) -> None:
        today = date.fromtimestamp(self.context.vault.clock.now())
        from safespace_desktop.ui.runtime.file_locations import start_folder

        suggested = start_folder() / f"my-journal-{today.isoformat()}{BACKUP_SUFFIX}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save your backup file"),
            str(suggested),
            self.tr("SafeSpace journal backup (*.ssjournal)"),
        )
        if not chosen:
            self._show_message(self.tr("Nothing was saved."))
            return
        path = _with_suffix(Path(chosen), BACKUP_SUFFIX)
        if not self._write(path, data):
            return
        self.file_passphrase.clear()
        self._saved(
            path,
            fill(
                self.tr(
                    "Your backup is saved as “%1”. To bring it into SafeSpace on another computer, "
                    "choose “Import a journal backup…” on My account there, and type the passphrase "
                    "you chose for the file."
                ),
                path.name,
            ),
        )

    def _backup_failed(self, exc: BaseException) -> None:
        if isinstance(exc, PassphraseRejected):
            self._show_message(describe(exc))
        else:
            self._show_message(
                fill(
                    self.tr("The backup could not be made, and nothing was saved. %1"),
                    describe(exc),
                )
            )

    def save_readable_copy(self) -> None:
        """Warn first; only then ask where, and write the Markdown or PDF."""
        first, last = self.date_range()
        if first > last:
            return
        if not ask(
            self,
            self.tr("Save a copy that is not encrypted?"),
            self.tr(
                "This copy is NOT encrypted: anyone who gets the file can read it. If you can, "
                "save it onto your own USB stick rather than this computer, and delete it when "
                "you no longer need it."
            ),
            self.tr("Save the readable copy"),
            destructive=True,
        ):
            self._show_message(self.tr("Nothing was saved."))
            return
        pdf = self.pdf_radio.isChecked()
        suffix = ".pdf" if pdf else ".md"
        from safespace_desktop.ui.runtime.file_locations import start_folder

        suggested = start_folder() / f"my-journal-{first.isoformat()}-to-{last.isoformat()}{suffix}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the readable copy"),
            str(suggested),
            self.tr("PDF document (*.pdf)") if pdf else self.tr("Markdown text (*.md)"),
        )
        if not chosen:
            self._show_message(self.tr("Nothing was saved."))
            return
        path = _with_suffix(Path(chosen), suffix)
        journal = self.journal
        self.context.ops.query(self, lambda _ctx: journal.export_readable(first, last)).on_success(
            lambda markdown: self._write_readable(path, markdown, pdf)
        ).on_failure(lambda exc: self._show_message(describe(exc))).with_busy(self._set_busy).run()

    def _write_readable(self, path: Path, markdown: str, pdf: bool) -> None:
        data = markdown_pdf(markdown, self.font()) if pdf else markdown.encode("utf-8")
        if not self._write(path, data):
            return
        self._saved(
            path,
            fill(
                self.tr(
                    "Saved “%1”. Remember: this copy is not encrypted. Delete it when you no longer "
                    "need it."
                ),
                path.name,
            ),
        )

    # -- closing ------------------------------------------------------------------------
    def reject(self) -> None:
        if self._busy:
            return  # the backup is being sealed; it finishes in a moment
        super().reject()

    def done(self, result: int) -> None:
        self.file_passphrase.clear()
        super().done(result)
