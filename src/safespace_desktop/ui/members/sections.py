"""The parts of the detail pane below the form: consent, private journal, leaving.

Each only lays out; the controller fills them in and listens to their buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.consent import PURPOSE_ORDER, ConsentPurpose
from safespace_desktop.ui.members.consent_model import COL_ENDED, ConsentLogModel, purpose_name
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.wording.placeholders import fill


def _column(widget: QWidget, unit: int) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(unit // 2)
    return layout


class ConsentSection(QWidget):
    """What they agreed to, with Record or Withdraw per purpose, and the log."""

    consent_button_clicked = Signal(object)  # ConsentPurpose

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentSection")
        unit = self.fontMetrics().height()
        layout = _column(self, unit)
        intro = paragraph_label(
            self.tr(
                "What they agreed to, and the wording they were shown. Changes here are "
                "recorded straight away."
            )
        )
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(unit)
        grid.setVerticalSpacing(unit // 2)
        self.consent_states: dict[ConsentPurpose, QLabel] = {}
        self.consent_buttons: dict[ConsentPurpose, QPushButton] = {}
        for row, purpose in enumerate(PURPOSE_ORDER):
            name = QLabel(purpose_name(purpose))
            font = name.font()
            font.setBold(True)
            name.setFont(font)
            name.setWordWrap(True)
            state = QLabel()
            state.setWordWrap(True)
            state.setTextFormat(Qt.TextFormat.PlainText)
            state.setAccessibleName(fill(self.tr("%1: consent"), purpose_name(purpose)))
            button = QPushButton(self.tr("Record consent…"))
            button.setObjectName(f"consentButton_{purpose.value}")
            button.setAccessibleName(fill(self.tr("Record consent: %1"), purpose_name(purpose)))
            button.clicked.connect(
                lambda _checked=False, p=purpose: self.consent_button_clicked.emit(p)
            )
            self.consent_states[purpose] = state
            self.consent_buttons[purpose] = button
            words = QVBoxLayout()
            words.setSpacing(0)
            words.addWidget(name)
            words.addWidget(state)
            grid.addLayout(words, row, 0)
            grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignVCenter)

        self.consent_model = ConsentLogModel(self)
        self.consent_table = QTableView()
        self.consent_table.setObjectName("consentLog")
        self.consent_table.setModel(self.consent_model)
        self.consent_table.setAccessibleName(self.tr("Consent log"))
        self.consent_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consent_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consent_table.setTabKeyNavigation(False)
        self.consent_table.setShowGrid(False)
        self.consent_table.setWordWrap(True)
        self.consent_table.verticalHeader().hide()
        self.consent_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        header = self.consent_table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ENDED, QHeaderView.ResizeMode.Stretch)
        self.consent_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        row_height = unit * 2 + unit * 2 // 3
        self.consent_table.verticalHeader().setMinimumSectionSize(row_height)
        self.consent_table.setFixedHeight(row_height * 3 + header.sizeHint().height() + 4)
        self.consent_empty = paragraph_label(self.tr("Nothing recorded yet."))
        log_caption = QLabel(self.tr("Consent log"))
        log_caption.setBuddy(self.consent_table)
        layout.addWidget(heading_label(self.tr("Consent"), 1.05))
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(log_caption)
        layout.addWidget(self.consent_table)
        layout.addWidget(self.consent_empty)


class JournalSection(QWidget):
    """Their private journal: invite, or see an open invitation, withdraw it or re-issue it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalSection")
        unit = self.fontMetrics().height()
        layout = _column(self, unit)
        self.journal_text = paragraph_label()
        self.journal_text.setObjectName("journalState")
        self.journal_text.setAccessibleName(self.tr("Private journal"))
        self.invite_button = QPushButton(self.tr("&Invite to keep a journal…"))
        self.invite_button.setObjectName("inviteButton")
        self.reissue_button = QPushButton(self.tr("G&ive a new code…"))
        self.reissue_button.setObjectName("reissueInvitationButton")
        self.reissue_button.setToolTip(
            self.tr("For a lost code: the old code stops working and a new one is shown.")
        )
        self.withdraw_button = QPushButton(self.tr("Withdraw the invitation…"))
        self.withdraw_button.setObjectName("withdrawInvitationButton")
        self.withdraw_button.setToolTip(self.tr("The code they were given stops working."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.invite_button)
        buttons.addWidget(self.reissue_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout.addWidget(heading_label(self.tr("Private journal"), 1.05))
        layout.addWidget(self.journal_text)
        layout.addLayout(buttons)


class LeavingSection(QWidget):
    """Archive (nothing deleted, with Undo) and Forget (erases for good, asks twice)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leavingSection")
        unit = self.fontMetrics().height()
        layout = _column(self, unit)
        text = paragraph_label(
            self.tr(
                "Archive someone who has left: nothing is deleted and you can restore them. "
                "If they ask to be forgotten, Forget erases their details for good."
            )
        )
        self.archive_button = QPushButton(self.tr("Arc&hive"))
        self.archive_button.setObjectName("archiveButton")
        self.forget_button = QPushButton(self.tr("&Forget this person…"))
        self.forget_button.setObjectName("forgetButton")
        self.forget_button.setToolTip(
            self.tr("Erase their name and details for good. This cannot be undone.")
        )
        row = QHBoxLayout()
        row.addWidget(self.archive_button)
        row.addWidget(self.forget_button)
        row.addStretch(1)
        layout.addWidget(heading_label(self.tr("Leaving the group"), 1.05))
        layout.addWidget(text)
        layout.addLayout(row)
