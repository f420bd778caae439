"""My account (everyone): who is unlocked, passphrase, recovery code, journal backup,
locking. Layout only; the controller decides."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from safespace_desktop.ui.widgets.headings import paragraph_label, scaled_font
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned, scrolling_column
from safespace_desktop.ui.wording.placeholders import fill

LOCK_SHORTCUT = QKeySequence("Ctrl+L")


class AccountView(QWidget):
    """The unlocked person's own account page."""

    def __init__(self, handle: str, *, is_facilitator: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountPage")
        self.controller: QObject | None = None  # set by the package's page factory

        title = QLabel(self.tr("My account"))
        title.setFont(scaled_font(self.font(), 1.6, QFont.Weight.DemiBold))
        title.setAccessibleName(self.tr("My account"))

        self.handle_label = QLabel(handle)
        self.handle_label.setObjectName("accountHandle")
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
            self.facilitator_note.setObjectName("facilitatorNote")
        else:
            self.member_header = self._private_space_box()

        self.change_button = QPushButton(self.tr("&Change passphrase…"))
        passphrase_text = paragraph_label(
            self.tr(
                "Your passphrase unlocks your space. You can change it whenever you like, "
                "for example if you think someone may have seen it."
            )
        )
        self.recovery_button = QPushButton(self.tr("Make a new &recovery code…"))
        recovery_text = paragraph_label(
            self.tr(
                "Your recovery code lets you back in if you forget your passphrase. If you "
                "have lost it, or think someone else has seen it, make a new one. The old "
                "code stops working straight away."
            )
        )
        self.export_button = QPushButton(self.tr("E&xport my journal…"))
        self.import_button = QPushButton(self.tr("&Import a journal backup…"))
        journal_text = paragraph_label(
            self.tr(
                "Keep a private backup of your journal, move it to another computer, or save "
                "a readable copy of some entries. Bring a backup in here with “Import”."
            )
        )
        self.lock_text = paragraph_label("")
        self.lock_text.setAccessibleName(self.tr("Auto-lock"))
        shortcut = LOCK_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)
        self.lock_button = QPushButton(self.tr("&Lock now"))
        self.lock_button.setToolTip(fill(self.tr("Lock now (%1)"), shortcut))
        self.lock_hint = QLabel(fill(self.tr("or press %1 at any time"), shortcut))
        self.lock_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.message = paragraph_label()
        self.message.setObjectName("accountMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(title)
        column.addLayout(who)
        column.addSpacing(6)
        if self.member_header is not None:
            column.addWidget(self.member_header)
        if self.facilitator_note is not None:
            column.addWidget(self.facilitator_note)
        for heading, text, buttons in (
            (self.tr("Passphrase"), passphrase_text, [self.change_button]),
            (self.tr("Recovery code"), recovery_text, [self.recovery_button]),
            (self.tr("Your journal"), journal_text, [self.export_button, self.import_button]),
            (self.tr("Locking"), self.lock_text, [self.lock_button, self.lock_hint]),
        ):
            column.addSpacing(14)
            section = QLabel(heading)
            section.setFont(scaled_font(self.font(), 1.2, QFont.Weight.DemiBold))
            column.addWidget(section)
            column.addWidget(text)
            column.addLayout(left_aligned(*buttons))
        column.addSpacing(6)
        column.addWidget(self.message)
        column.addStretch(1)
        scrolling_column(self, column)
        chain_tab_order(
            [
                self.change_button,
                self.recovery_button,
                self.export_button,
                self.import_button,
                self.lock_button,
            ]
        )

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

    # ------------------------------------------------------------------ showing
    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_lock_text(self, text: str) -> None:
        self.lock_text.setText(text)
