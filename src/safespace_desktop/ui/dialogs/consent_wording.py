"""Edit what newcomers are told: the confidentiality statement and each consent wording.

Every save is a new version (``ConsentService.edit_wording``); earlier versions stay,
and each consent record keeps the version that person was shown. The dialog shows
which version is current and what the next save will be. Reads and saves are typed
operations off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.consent import WORDING_TITLE_MAX, Wording, WordingKind
from safespace_desktop.core.errors import StaleEdit, ValidationError
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.ui.members.consent_model import wording_kind_name
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.confirm import ask
from safespace_desktop.ui.widgets.form_grid import FormGrid
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order
from safespace_desktop.ui.wording import content
from safespace_desktop.ui.wording.dates import format_date
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill

KINDS = (
    WordingKind.CONFIDENTIALITY,
    WordingKind.CONTACT_BETWEEN_MEETINGS,
    WordingKind.KEEP_ATTENDANCE_HISTORY,
    WordingKind.CHECKIN_PAIRING,
)


class ConsentWordingDialog(QDialog):
    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = ConsentService(context.vault)
        self._context = context
        self._current: Wording | None = None
        self._shown_index = 0
        self.setWindowTitle(self.tr("What newcomers are told"))
        unit = self.fontMetrics().height()

        heading = heading_label(self.tr("What newcomers are told"), 1.4)
        intro = paragraph_label(
            self.tr(
                "Newcomers see these texts when they are enrolled, in this order. Write them "
                "in plain, everyday words. Each time you save, a new version is kept; people "
                "who agreed earlier keep the version they were shown."
            )
        )
        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem(wording_kind_name(kind), kind.value)
        self.kind_combo.setAccessibleName(self.tr("Which text"))
        kind_label = QLabel(self.tr("&Text:"))
        kind_label.setBuddy(self.kind_combo)

        self.version_label = paragraph_label()
        self.version_label.setAccessibleName(self.tr("Version"))
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(WORDING_TITLE_MAX)
        self.title_edit.setAccessibleName(self.tr("Title"))
        title_label = QLabel(self.tr("T&itle:"))
        title_label.setBuddy(self.title_edit)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName(self.tr("Wording"))
        self.text_edit.setMinimumHeight(self.text_edit.fontMetrics().lineSpacing() * 12)
        text_label = QLabel(self.tr("&Wording:"))
        text_label.setBuddy(self.text_edit)
        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Save message"))
        self.message.hide()

        self.save_button = QPushButton(self.tr("&Save as a new version"))
        self.revert_button = QPushButton(self.tr("&Undo my edits"))
        # Shown only when a save was refused because a newer version was saved meanwhile.
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.reload_button.setObjectName("reloadWordingButton")
        self.reload_button.setAccessibleName(self.tr("Reload"))
        self.reload_button.setAccessibleDescription(
            self.tr("Show the version saved meanwhile instead of what you typed")
        )
        self.reload_button.hide()
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.revert_button)
        row.addWidget(self.reload_button)
        row.addStretch(1)
        row.addWidget(buttons)

        form = FormGrid()
        form.setVerticalSpacing(unit // 2)
        form.addRow(kind_label, self.kind_combo)
        form.addRow("", self.version_label)
        form.addRow(title_label, self.title_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(unit * 3 // 2, unit * 3 // 2, unit * 3 // 2, unit)
        layout.setSpacing(unit // 2)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(text_label)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.setMinimumSize(self.fontMetrics().averageCharWidth() * 84, unit * 34)
        chain_tab_order(
            [
                self.kind_combo,
                self.title_edit,
                self.text_edit,
                self.save_button,
                self.revert_button,
                self.reload_button,
                self.close_button,
            ]
        )

        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.title_edit.textEdited.connect(self._edited)
        self.text_edit.textChanged.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.reload_button.clicked.connect(self._load)  # only ever because the person chose it
        self._load()

    # -- state ----------------------------------------------------------------------------
    def kind(self) -> WordingKind:
        return WordingKind(str(self.kind_combo.currentData()))

    def has_unsaved_changes(self) -> bool:
        current = self._current
        if current is None:
            return False
        return (
            self.title_edit.text().strip() != current.title
            or self.text_edit.toPlainText().strip() != current.text.strip()
        )

    def _load(self) -> None:
        self.message.hide()
        self.reload_button.hide()
        service, kind = self._service, self.kind()
        self._set_loading(True)
        self._context.ops.query(
            self, lambda _ctx: (service.wording(kind), service.wording_history(kind))
        ).on_success(self._show).on_failure(self._load_failed).on_finished(
            lambda: self._set_loading(False)
        ).run()

    def _set_loading(self, loading: bool) -> None:
        for widget in (self.kind_combo, self.title_edit, self.text_edit):
            widget.setEnabled(not loading)
        if loading:
            self.save_button.setEnabled(False)
            self.revert_button.setEnabled(False)

    def _load_failed(self, exc: BaseException) -> None:
        self._current = None
        self._show_message(describe(exc))

    def _show(self, loaded: tuple[Wording, list[Wording]]) -> None:
        current, history = loaded
        current = content.consent_wording(current)  # the built-in one in their language
        self._current = current
        self.title_edit.setText(current.title)
        self.text_edit.blockSignals(True)
        self.text_edit.setPlainText(current.text)
        self.text_edit.blockSignals(False)
        if current.created_on is not None:
            line = fill(
                self.tr("Version %1, in use since %2."),
                current.version,
                format_date(current.created_on),
            )
        else:
            line = fill(self.tr("Version %1, the text the app comes with."), current.version)
        if len(history) > 1:
            line += " " + fill(self.tr("%1 earlier versions are kept."), len(history) - 1)
        self.version_label.setText(line)
        self._edited()

    @Slot()
    def _edited(self, *_args: object) -> None:
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if self._current is not None:
            self.save_button.setText(
                fill(self.tr("&Save as version %1"), self._current.version + 1)
            )
            self.save_button.setAccessibleName(self.save_button.text().replace("&", ""))
        if dirty:
            self.message.hide()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- actions ----------------------------------------------------------------------------
    @Slot(int)
    def _kind_chosen(self, index: int) -> None:
        if index == self._shown_index:
            return
        if self.has_unsaved_changes() and not ask(
            self,
            self.tr("Discard your edits?"),
            self.tr("The text you changed is not saved yet. Discard your edits?"),
            self.tr("&Discard edits"),
            cancel_text=self.tr("&Keep editing"),
        ):
            self.kind_combo.blockSignals(True)
            self.kind_combo.setCurrentIndex(self._shown_index)
            self.kind_combo.blockSignals(False)
            return
        self._shown_index = index
        self._load()

    @Slot()
    def revert(self) -> None:
        self._load()

    @Slot()
    def save(self) -> None:
        if not self.has_unsaved_changes():
            return
        service, kind = self._service, self.kind()
        text, title = self.text_edit.toPlainText(), self.title_edit.text()
        shown = self._current.version if self._current is not None else None
        self.save_button.setEnabled(False)
        self._context.ops.collection(
            self,
            lambda _ctx: service.edit_wording(kind, text, title=title, expected_version=shown),
            ChangeSet.of(RecordKind.CONSENT_WORDING),
        ).on_success(self._saved).on_failure(self._refused).run()

    def _saved(self, saved: Wording) -> None:
        self._load()
        self._show_message(fill(self.tr("✓ Saved as version %1."), saved.version))
        self._context.signals.status_message.emit(
            fill(self.tr("Saved version %1 of “%2”."), saved.version, saved.title)
        )

    def _refused(self, exc: BaseException) -> None:
        self._edited()  # first: while the text differs, _edited hides the message
        self._show_message("⚠ " + describe(exc))
        # A newer version was saved meanwhile: the typing stays, and Reload offers it.
        self.reload_button.setVisible(isinstance(exc, StaleEdit))
        if isinstance(exc, ValidationError):
            (self.title_edit if exc.field == "title" else self.text_edit).setFocus()

    def reject(self) -> None:
        if self.has_unsaved_changes() and not ask(
            self,
            self.tr("Close without saving?"),
            self.tr("The text you changed is not saved yet. Close without saving it?"),
            self.tr("&Close without saving"),
            cancel_text=self.tr("&Keep editing"),
        ):
            return
        super().reject()
