"""My account: who is unlocked, passphrase, recovery code and locking (for everyone).

Members see a short, warm note about their private space; facilitators see a note
that their passphrase opens the group's records. Slow work (key derivation) runs
on the session's TaskRunner.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.changes import RecordKind
from safespace_desktop.core.errors import SafeSpaceError
from safespace_desktop.core.model import Role
from safespace_desktop.ui.dialogs.change_passphrase import ChangePassphraseDialog
from safespace_desktop.ui.dialogs.recovery_code import RecoveryCodeDialog
from safespace_desktop.ui.errors import describe
from safespace_desktop.ui.journal.export_dialog import JournalExportDialog
from safespace_desktop.ui.journal.import_dialog import JournalImportDialog
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.headings import paragraph_label, scaled_font
from safespace_desktop.ui.widgets.page_layout import left_aligned, scrolling_column

LOCK_SHORTCUT = QKeySequence("Ctrl+L")


class AccountPage(QWidget):
    """The unlocked person's own account page."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.change_dialog: ChangePassphraseDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.recovery_dialog: RecoveryCodeDialog | None = None
        self.export_dialog: JournalExportDialog | None = None
        self.import_dialog: JournalImportDialog | None = None
        principal = context.principal
        is_facilitator = principal.role is Role.FACILITATOR

        title = QLabel(self.tr("My account"))
        title.setFont(scaled_font(self.font(), 1.6, QFont.Weight.DemiBold))
        title.setAccessibleName(self.tr("My account"))

        # Who is unlocked ------------------------------------------------------------------
        self.handle_label = QLabel(principal.handle)
        self.handle_label.setTextFormat(Qt.TextFormat.PlainText)
        self.handle_label.setFont(scaled_font(self.font(), 1.0, QFont.Weight.DemiBold))
        self.handle_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.handle_label.setAccessibleName(self.tr("Your handle"))
        self.role_label = QLabel(self.tr("Facilitator") if is_facilitator else self.tr("Member"))
        self.role_label.setAccessibleName(self.tr("Your role"))
        who = QFormLayout()
        who.setContentsMargins(0, 0, 0, 0)
        who.addRow(self.tr("Unlocked as:"), self.handle_label)
        who.addRow(self.tr("Role:"), self.role_label)

        # A few words for this person ------------------------------------------------------
        self.member_header: QFrame | None = None
        self.facilitator_note: QLabel | None = None
        if is_facilitator:
            self.facilitator_note = paragraph_label(
                self.tr(
                    "As a facilitator, your passphrase opens the group's roster and notes, "
                    "so please keep it to yourself. Settings for the whole group are under "
                    "Group settings."
                )
            )
        else:
            self.member_header = self._private_space_box()

        # Passphrase ---------------------------------------------------------------------------
        self.change_button = QPushButton(self.tr("&Change passphrase…"))
        passphrase_text = paragraph_label(
            self.tr(
                "Your passphrase unlocks your space. You can change it whenever you like, "
                "for example if you think someone may have seen it."
            )
        )

        # Recovery code ------------------------------------------------------------------------
        self.recovery_button = QPushButton(self.tr("Make a new &recovery code…"))
        recovery_text = paragraph_label(
            self.tr(
                "Your recovery code lets you back in if you forget your passphrase. If you "
                "have lost it, or think someone else has seen it, make a new one. The old "
                "code stops working straight away."
            )
        )

        # Your journal (everyone unlocked has one: facilitators too) -------------------------
        self.export_button = QPushButton(self.tr("E&xport my journal…"))
        self.import_button = QPushButton(self.tr("&Import a journal backup…"))
        journal_text = paragraph_label(
            self.tr(
                "Keep a private backup of your journal, move it to another computer, or save "
                "a readable copy of some entries. Bring a backup in here with “Import”."
            )
        )

        # Locking ------------------------------------------------------------------------------
        self.lock_text = paragraph_label("")
        self.lock_text.setAccessibleName(self.tr("Auto-lock"))
        shortcut = LOCK_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)
        self.lock_button = QPushButton(self.tr("&Lock now"))
        self.lock_button.setToolTip(self.tr("Lock now (%1)").replace("%1", shortcut))
        self.lock_hint = QLabel(self.tr("or press %1 at any time").replace("%1", shortcut))
        self.lock_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        # Layout -------------------------------------------------------------------------------
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(title)
        column.addLayout(who)
        column.addSpacing(6)
        if self.member_header is not None:
            column.addWidget(self.member_header)
        if self.facilitator_note is not None:
            column.addWidget(self.facilitator_note)
        for heading, widgets in (
            (self.tr("Passphrase"), [passphrase_text, self.change_button]),
            (self.tr("Recovery code"), [recovery_text, self.recovery_button]),
            (self.tr("Your journal"), [journal_text, self.export_button]),
            (self.tr("Locking"), [self.lock_text, self.lock_button]),
        ):
            column.addSpacing(14)
            section = QLabel(heading)
            section.setFont(scaled_font(self.font(), 1.2, QFont.Weight.DemiBold))
            column.addWidget(section)
            for widget in widgets:
                if isinstance(widget, QPushButton):
                    if widget is self.lock_button:
                        column.addLayout(left_aligned(widget, self.lock_hint))
                    elif widget is self.export_button:
                        column.addLayout(left_aligned(widget, self.import_button))
                    else:
                        column.addLayout(left_aligned(widget))
                else:
                    column.addWidget(widget)
        column.addSpacing(6)
        column.addWidget(self.message)
        column.addStretch(1)

        scrolling_column(self, column)

        QWidget.setTabOrder(self.change_button, self.recovery_button)
        QWidget.setTabOrder(self.recovery_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.lock_button)

        self.change_button.clicked.connect(self.open_change_passphrase)
        self.recovery_button.clicked.connect(self.ask_new_recovery_code)
        self.export_button.clicked.connect(self.open_journal_export)
        self.import_button.clicked.connect(self.open_journal_import)
        self.lock_button.clicked.connect(context.signals.lock_requested)
        context.changes.follow(
            self, [RecordKind.GROUP_SETTINGS], lambda _changes: self.refresh_lock_time()
        )
        self.refresh_lock_time()

    def nav_title(self) -> str:
        return self.tr("My account")

    # -- pieces ---------------------------------------------------------------------------
    def _private_space_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("privateSpaceBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setAutoFillBackground(True)
        box.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        heading = QLabel(self.tr("Your private space"))
        heading.setFont(scaled_font(self.font(), 1.3, QFont.Weight.DemiBold))
        text = paragraph_label(
            self.tr(
                "What you keep here is sealed with your own key, which only your passphrase "
                "can open. Facilitators cannot open it, and neither can anyone else who uses "
                "this computer. If nobody touches the keyboard or mouse for a few minutes, "
                "the app locks itself so your space stays yours."
            )
        )
        layout = QVBoxLayout(box)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(text)
        box.setAccessibleName(self.tr("Your private space"))
        return box

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- actions --------------------------------------------------------------------------
    def refresh_lock_time(self) -> None:
        """Show the idle time after which this person's session locks itself."""
        try:
            seconds = self.context.vault.lock_seconds()
        except SafeSpaceError as exc:
            self.lock_text.setText(describe(exc))
            return
        self.lock_text.setText(
            self.tr(
                "To keep things private on a shared computer, the app locks itself after "
                "%1 without use. Lock it yourself whenever you step away."
            ).replace("%1", self.duration_in_words(seconds))
        )

    def duration_in_words(self, seconds: int) -> str:
        minutes, rest = divmod(max(0, seconds), 60)
        if minutes == 0:
            return self.tr("%n second(s)", "", rest)
        if rest == 0:
            return self.tr("%n minute(s)", "", minutes)
        return (
            self.tr("%1 and %2")
            .replace("%1", self.tr("%n minute(s)", "", minutes))
            .replace("%2", self.tr("%n second(s)", "", rest))
        )

    def open_change_passphrase(self) -> None:
        if self.change_dialog is not None and shiboken6.isValid(self.change_dialog):
            self.change_dialog.deleteLater()
        self._show_message("")
        self.change_dialog = ChangePassphraseDialog(self.context, self)
        self.change_dialog.open()

    def open_journal_export(self) -> None:
        if self.export_dialog is not None and shiboken6.isValid(self.export_dialog):
            self.export_dialog.deleteLater()
        self._show_message("")
        self.export_dialog = JournalExportDialog(self.context, self)
        self.export_dialog.open()

    def open_journal_import(self) -> None:
        if self.import_dialog is not None and shiboken6.isValid(self.import_dialog):
            self.import_dialog.deleteLater()
        self._show_message("")
        self.import_dialog = JournalImportDialog(self.context, self)
        self.import_dialog.open()

    def ask_new_recovery_code(self) -> None:
        """Confirm first: making a new code retires the old one at once."""
        self._show_message("")
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Make a new recovery code?"))
        box.setText(self.tr("Make a new recovery code?"))
        box.setInformativeText(
            self.tr(
                "Your old recovery code will stop working straight away. You will see the "
                "new one next, and you'll need to write it down before you carry on."
            )
        )
        make = box.addButton(self.tr("Make a new code"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def on_finished(_result: int) -> None:
            if box.clickedButton() is make:
                self._make_new_recovery_code()
            box.deleteLater()
            self.confirm_box = None

        box.finished.connect(on_finished)
        self.confirm_box = box
        box.open()

    def _make_new_recovery_code(self) -> None:
        self.recovery_button.setEnabled(False)
        self.context.runner.run(
            self.context.vault.new_recovery_code,
            on_done=self._show_new_code,
            on_error=self._on_recovery_error,
            progress_text=self.tr("Making your new recovery code…"),
            parent=self,
        )

    def _show_new_code(self, code: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.recovery_button.setEnabled(True)
        if self.recovery_dialog is not None and shiboken6.isValid(self.recovery_dialog):
            self.recovery_dialog.deleteLater()
        self.recovery_dialog = RecoveryCodeDialog(code, self)
        self.recovery_dialog.accepted.connect(self._on_code_confirmed)
        self.recovery_dialog.open()

    def _on_code_confirmed(self) -> None:
        self.context.signals.status_message.emit(
            self.tr("Your new recovery code is ready. The old one no longer works.")
        )

    def _on_recovery_error(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.recovery_button.setEnabled(True)
        self._show_message(
            self.tr("No new code was made, and your old one still works. %1").replace(
                "%1", describe(exc)
            )
        )
