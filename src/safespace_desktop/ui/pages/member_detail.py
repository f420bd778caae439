"""The Members page's detail pane: one roster entry's form, contact, consent and journal.

It only lays out and reads its widgets; ``MembersPage`` (with ``MembersController``)
decides what to load, save and show. A click on a consent button is passed on as
``consent_button_clicked(ConsentPurpose)``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.consent import PURPOSE_ORDER, ConsentPurpose
from safespace_desktop.core.model import Member, MemberDraft
from safespace_desktop.core.roster import (
    ACCESS_NEED_LABELS,
    ACCESS_NOTE_MAX,
    BEST_TIME_MAX,
    EMAIL_MAX,
    PHONE_MAX,
    ROLE_LABELS,
    AccessNeed,
    ContactDetails,
    GroupRole,
    MemberStatus,
)
from safespace_desktop.services.members import NAME_MAX, PRONOUNS_MAX
from safespace_desktop.ui.formatting import fill, from_qdate, to_qdate
from safespace_desktop.ui.item_models.consent_log import COL_ENDED, ConsentLogModel, purpose_name
from safespace_desktop.ui.item_models.member_table import status_word
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label

ROLES = (GroupRole.MEMBER, GroupRole.CO_FACILITATOR, GroupRole.FACILITATOR)
STATUSES = (MemberStatus.ACTIVE, MemberStatus.PAUSED, MemberStatus.LEFT)
_EMPTY_DRAFT = MemberDraft(name="", pronouns="", note="")


def _draft_of(member: Member) -> MemberDraft:
    return MemberDraft(
        name=member.name,
        pronouns=member.pronouns,
        note=member.note,
        role=member.role,
        joined_on=member.joined_on,
        access_needs=member.access_needs,
        access_note=member.access_note,
    )


class MemberDetailPane(QWidget):
    """The scrolling form for one member, with the Save row kept in view below it."""

    consent_button_clicked = Signal(object)  # ConsentPurpose

    def __init__(self, today: date, unit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._build(unit)

    @staticmethod
    def _heading(text: str, scale: float = 1.25) -> QLabel:
        return heading_label(text, scale)

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        return label

    @staticmethod
    def _field(widget: QWidget, *below: QLabel) -> QWidget:
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        box_layout.addWidget(widget)
        for label in below:
            box_layout.addWidget(label)
        return box

    @staticmethod
    def _rule() -> QFrame:
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        return rule

    def _date_edit(self, accessible_name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(accessible_name)
        edit.setMinimumDate(to_qdate(date(1950, 1, 1)))
        edit.setMaximumDate(to_qdate(self._today))
        return edit

    def _build(self, unit: int) -> None:
        content = QWidget()
        self.pane_title = self._heading("")
        self.pane_status = QLabel()
        self.pane_status.setWordWrap(True)
        self.pane_status.setTextFormat(Qt.TextFormat.PlainText)

        # -- about them ------------------------------------------------------------------
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setAccessibleName(self.tr("Alias or first name"))
        self.name_edit.setPlaceholderText(self.tr("Whatever they are comfortable sharing"))
        self.name_error = self._error_label()
        self.name_hint = self._error_label()
        self.name_hint.setAccessibleName(self.tr("About this name"))

        self.pronouns_combo = QComboBox()
        self.pronouns_combo.setEditable(True)
        self.pronouns_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.pronouns_combo.addItems([self.tr("she/her"), self.tr("he/him"), self.tr("they/them")])
        self.pronouns_combo.setCurrentIndex(-1)
        self.pronouns_combo.setAccessibleName(self.tr("Pronouns"))
        line = self.pronouns_combo.lineEdit()
        assert line is not None  # the combo is editable
        line.setMaxLength(PRONOUNS_MAX)
        line.setPlaceholderText(self.tr("Optional: choose or type"))
        self.pronouns_error = self._error_label()

        self.role_combo = QComboBox()
        for role in ROLES:
            self.role_combo.addItem(self.tr(ROLE_LABELS[role]), role.value)
        self.role_combo.setAccessibleName(self.tr("Role in the group"))

        self.joined_edit = self._date_edit(self.tr("Joined the group on"))
        self.status_combo = QComboBox()
        for status in STATUSES:
            self.status_combo.addItem(status_word(status), status.value)
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.since_edit = self._date_edit(self.tr("Status since"))
        since_label = QLabel(self.tr("since"))
        since_label.setBuddy(self.since_edit)
        status_row = QHBoxLayout()
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self.status_combo)
        status_row.addWidget(since_label)
        status_row.addWidget(self.since_edit)
        status_row.addStretch(1)
        status_box = QWidget()
        status_box.setLayout(status_row)
        self.status_error = self._error_label()

        # -- access needs ----------------------------------------------------------------
        self.access_checks: dict[AccessNeed, QCheckBox] = {}
        access_grid = QGridLayout()
        access_grid.setContentsMargins(0, 0, 0, 0)
        access_grid.setVerticalSpacing(unit // 4)
        for position, need in enumerate(AccessNeed):
            check = QCheckBox(self.tr(ACCESS_NEED_LABELS[need]))
            self.access_checks[need] = check
            access_grid.addWidget(check, position // 2, position % 2)
        self.access_note_edit = QLineEdit()
        self.access_note_edit.setMaxLength(ACCESS_NOTE_MAX)
        self.access_note_edit.setAccessibleName(self.tr("Other access needs"))
        self.access_note_edit.setPlaceholderText(self.tr("Anything else, in their words"))
        self.access_error = self._error_label()
        access_box = QWidget()
        access_layout = QVBoxLayout(access_box)
        access_layout.setContentsMargins(0, 0, 0, 0)
        access_layout.setSpacing(unit // 4)
        access_layout.addLayout(access_grid)
        access_layout.addWidget(self.access_note_edit)
        access_layout.addWidget(self.access_error)

        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleName(self.tr("Facilitator note"))
        self.note_edit.setPlaceholderText(
            self.tr("Optional. Anything that helps you support them. Only facilitators see it.")
        )
        self.note_edit.setMinimumHeight(self.note_edit.fontMetrics().lineSpacing() * 4)
        self.note_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 5)
        self.note_error = self._error_label()

        about = QGridLayout()
        about.setColumnStretch(1, 1)
        about.setVerticalSpacing(unit // 2)
        about.setHorizontalSpacing(unit)
        rows: list[tuple[str, QWidget, QWidget]] = [
            (
                self.tr("&Alias or first name\n(required)"),
                self.name_edit,
                self._field(self.name_edit, self.name_error, self.name_hint),
            ),
            (
                self.tr("&Pronouns"),
                self.pronouns_combo,
                self._field(self.pronouns_combo, self.pronouns_error),
            ),
            (self.tr("Role in the &group"), self.role_combo, self.role_combo),
            (self.tr("&Joined"), self.joined_edit, self.joined_edit),
            (self.tr("S&tatus"), self.status_combo, self._field(status_box, self.status_error)),
            (self.tr("Access needs"), self.access_checks[AccessNeed.LARGE_PRINT], access_box),
            (
                self.tr("Facilitator n&ote"),
                self.note_edit,
                self._field(self.note_edit, self.note_error),
            ),
        ]
        labels: list[QLabel] = []
        line_height = self.name_edit.sizeHint().height()
        for row, (caption, buddy, field) in enumerate(rows):
            label = QLabel(caption)
            label.setBuddy(buddy)
            label.setMinimumHeight(line_height)  # centred on the first line of its field
            labels.append(label)
            about.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            if field is self.role_combo or field is self.joined_edit:
                holder = QHBoxLayout()
                holder.addWidget(field)
                holder.addStretch(1)
                about.addLayout(holder, row, 1)
            else:
                about.addWidget(field, row, 1)

        # -- contact between meetings --------------------------------------------------
        self.contact_heading = self._heading(self.tr("Contact between meetings"), 1.05)
        self.contact_hint = paragraph_label()
        self.contact_hint.setAccessibleName(self.tr("About contact details"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(PHONE_MAX)
        self.phone_edit.setAccessibleName(self.tr("Phone number"))
        self.email_edit = QLineEdit()
        self.email_edit.setMaxLength(EMAIL_MAX)
        self.email_edit.setAccessibleName(self.tr("Email address"))
        self.best_time_edit = QLineEdit()
        self.best_time_edit.setMaxLength(BEST_TIME_MAX)
        self.best_time_edit.setAccessibleName(self.tr("Best time to reach them"))
        self.best_time_edit.setPlaceholderText(self.tr("for example: weekday evenings"))
        self.message_combo = QComboBox()
        self.message_combo.addItem(self.tr("Not asked"), None)
        self.message_combo.addItem(self.tr("Yes, a message is OK"), True)
        self.message_combo.addItem(self.tr("No messages, please"), False)
        self.message_combo.setAccessibleName(self.tr("Is it OK to leave a message?"))
        self.contact_error = self._error_label()
        contact_form = QGridLayout()
        contact_form.setColumnStretch(1, 1)
        contact_form.setVerticalSpacing(unit // 2)
        contact_form.setHorizontalSpacing(unit)
        for row, (caption, widget) in enumerate(
            (
                (self.tr("Phone num&ber"), self.phone_edit),
                (self.tr("Emai&l"), self.email_edit),
                (self.tr("Best time"), self.best_time_edit),
                (self.tr("OK to leave a message?"), self.message_combo),
            )
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            labels.append(label)
            contact_form.addWidget(label, row, 0)
            contact_form.addWidget(widget, row, 1)
        self.contact_widgets: list[QWidget] = [
            self.phone_edit,
            self.email_edit,
            self.best_time_edit,
            self.message_combo,
        ]

        # One label column for both forms, so the fields line up down the pane.
        label_width = max(label.sizeHint().width() for label in labels)
        about.setColumnMinimumWidth(0, label_width)
        contact_form.setColumnMinimumWidth(0, label_width)

        # -- consent ---------------------------------------------------------------------
        self.consent_section = QWidget()
        consent_layout = QVBoxLayout(self.consent_section)
        consent_layout.setContentsMargins(0, 0, 0, 0)
        consent_layout.setSpacing(unit // 2)
        consent_heading = self._heading(self.tr("Consent"), 1.05)
        consent_intro = paragraph_label(
            self.tr(
                "What they agreed to, and the wording they were shown. Changes here are "
                "recorded straight away."
            )
        )
        consent_grid = QGridLayout()
        consent_grid.setColumnStretch(0, 1)
        consent_grid.setHorizontalSpacing(unit)
        consent_grid.setVerticalSpacing(unit // 2)
        self.consent_states: dict[ConsentPurpose, QLabel] = {}
        self.consent_buttons: dict[ConsentPurpose, QPushButton] = {}
        for row, purpose in enumerate(PURPOSE_ORDER):
            name = QLabel(purpose_name(purpose))
            state = QLabel()
            state.setWordWrap(True)
            state.setTextFormat(Qt.TextFormat.PlainText)
            state.setAccessibleName(fill(self.tr("%1: consent"), purpose_name(purpose)))
            button = QPushButton(self.tr("Record consent…"))
            button.setAccessibleName(fill(self.tr("Record consent: %1"), purpose_name(purpose)))
            button.clicked.connect(
                lambda _checked=False, p=purpose: self.consent_button_clicked.emit(p)
            )
            self.consent_states[purpose] = state
            self.consent_buttons[purpose] = button
            font = name.font()
            font.setBold(True)
            name.setFont(font)
            words = QVBoxLayout()
            words.setSpacing(0)
            words.addWidget(name)
            words.addWidget(state)
            consent_grid.addLayout(words, row, 0)
            consent_grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignVCenter)
        self.consent_model = ConsentLogModel(self)
        self.consent_table = QTableView()
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
        log_header = self.consent_table.horizontalHeader()
        log_header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        log_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        log_header.setSectionResizeMode(COL_ENDED, QHeaderView.ResizeMode.Stretch)
        self.consent_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.consent_table.verticalHeader().setMinimumSectionSize(unit * 2 + unit * 2 // 3)
        self.consent_table.setFixedHeight(
            (unit * 2 + unit * 2 // 3) * 3 + log_header.sizeHint().height() + 4
        )
        self.consent_empty = paragraph_label(self.tr("Nothing recorded yet."))
        log_caption = QLabel(self.tr("Consent log"))
        log_caption.setBuddy(self.consent_table)
        consent_layout.addWidget(consent_heading)
        consent_layout.addWidget(consent_intro)
        consent_layout.addLayout(consent_grid)
        consent_layout.addWidget(log_caption)
        consent_layout.addWidget(self.consent_table)
        consent_layout.addWidget(self.consent_empty)
        self.consent_new_text = paragraph_label(
            self.tr(
                "Once they are saved you can record their consent here. For a newcomer, "
                "“Enrol a newcomer…” goes through everything with them."
            )
        )

        # -- journal ---------------------------------------------------------------------
        self.journal_section = QWidget()
        journal_layout = QVBoxLayout(self.journal_section)
        journal_layout.setContentsMargins(0, 0, 0, 0)
        journal_layout.setSpacing(unit // 2)
        journal_heading = self._heading(self.tr("Private journal"), 1.05)
        self.journal_text = paragraph_label()
        self.invite_button = QPushButton(self.tr("&Invite to keep a journal…"))
        invite_row = QHBoxLayout()
        invite_row.addWidget(self.invite_button)
        invite_row.addStretch(1)
        journal_layout.addWidget(journal_heading)
        journal_layout.addWidget(self.journal_text)
        journal_layout.addLayout(invite_row)

        # -- leaving ---------------------------------------------------------------------
        self.leaving_section = QWidget()
        leaving_layout = QVBoxLayout(self.leaving_section)
        leaving_layout.setContentsMargins(0, 0, 0, 0)
        leaving_layout.setSpacing(unit // 2)
        leaving_heading = self._heading(self.tr("Leaving the group"), 1.05)
        leaving_text = paragraph_label(
            self.tr(
                "Archive someone who has left: nothing is deleted and you can restore them. "
                "If they ask to be forgotten, Forget erases their details for good."
            )
        )
        self.archive_button = QPushButton(self.tr("Arc&hive"))
        self.forget_button = QPushButton(self.tr("&Forget this person…"))
        self.forget_button.setToolTip(
            self.tr("Erase their name and details for good. This cannot be undone.")
        )
        leaving_row = QHBoxLayout()
        leaving_row.addWidget(self.archive_button)
        leaving_row.addWidget(self.forget_button)
        leaving_row.addStretch(1)
        leaving_layout.addWidget(leaving_heading)
        leaving_layout.addWidget(leaving_text)
        leaving_layout.addLayout(leaving_row)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(unit // 2, unit // 2, unit, unit // 2)
        layout.setSpacing(unit // 2)
        layout.addWidget(self.pane_title)
        layout.addWidget(self.pane_status)
        layout.addSpacing(unit // 2)
        layout.addLayout(about)
        layout.addSpacing(unit // 2)
        self.contact_rule = self._rule()
        layout.addWidget(self.contact_rule)
        layout.addWidget(self.contact_heading)
        layout.addWidget(self.contact_hint)
        layout.addLayout(contact_form)
        layout.addWidget(self.contact_error)
        layout.addSpacing(unit // 2)
        layout.addWidget(self._rule())
        layout.addWidget(self.consent_section)
        layout.addWidget(self.consent_new_text)
        layout.addSpacing(unit // 2)
        self.journal_rule = self._rule()
        layout.addWidget(self.journal_rule)
        layout.addWidget(self.journal_section)
        layout.addSpacing(unit // 2)
        self.leaving_rule = self._rule()
        layout.addWidget(self.leaving_rule)
        layout.addWidget(self.leaving_section)
        layout.addStretch(1)

        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(content)

        # -- the save row stays in view below the scrolling form -----------------------
        self.form_error = self._error_label()
        save_keys = QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save these details (%1)").replace("%1", save_keys))
        self.discard_button = QPushButton(self.tr("Dis&card changes"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        self.save_row = QWidget()
        save_layout = QVBoxLayout(self.save_row)
        save_layout.setContentsMargins(unit // 2, unit // 2, unit // 2, 0)
        save_layout.addWidget(self.form_error)
        save_layout.addLayout(buttons)

        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(self.form_scroll, 1)
        page_layout.addWidget(self._rule())
        page_layout.addWidget(self.save_row)
        self.form_content = content

    # ================================================================= reading and filling
    def draft(self) -> MemberDraft:
        """The details as typed (contact details are separate: they need consent)."""
        return MemberDraft(
            name=self.name_edit.text(),
            pronouns=self.pronouns_combo.currentText(),
            note=self.note_edit.toPlainText(),
            role=GroupRole(str(self.role_combo.currentData())),
            joined_on=from_qdate(self.joined_edit.date()),
            access_needs=frozenset(n for n, c in self.access_checks.items() if c.isChecked()),
            access_note=self.access_note_edit.text(),
        )

    def contact(self) -> ContactDetails:
        return ContactDetails(
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            best_time=self.best_time_edit.text(),
            message_ok=self.message_combo.currentData(),
        )

    def status(self) -> tuple[MemberStatus, date]:
        return MemberStatus(str(self.status_combo.currentData())), from_qdate(
            self.since_edit.date()
        )

    def set_contact(self, contact: ContactDetails) -> None:
        self.phone_edit.setText(contact.phone)
        self.email_edit.setText(contact.email)
        self.best_time_edit.setText(contact.best_time)
        self.message_combo.setCurrentIndex(
            max(0, self.message_combo.findData(contact.message_ok))
            if contact.message_ok is not None
            else 0
        )

    def load(self, member: Member | None, today: date) -> tuple[MemberStatus, date]:
        """Fill the form from ``member`` (or empty, for a new one); returns the status shown."""
        for edit in (self.joined_edit, self.since_edit):
            edit.setMaximumDate(to_qdate(today))
        draft = _draft_of(member) if member is not None else _EMPTY_DRAFT
        self.name_edit.setText(draft.name)
        self.pronouns_combo.setCurrentIndex(-1)
        self.pronouns_combo.setEditText(draft.pronouns)
        self.note_edit.setPlainText(draft.note)
        self.role_combo.setCurrentIndex(
            max(0, self.role_combo.findData((draft.role or GroupRole.MEMBER).value))
        )
        self.joined_edit.setDate(to_qdate(draft.joined_on or today))
        needs = draft.access_needs or frozenset()
        for need, check in self.access_checks.items():
            check.setChecked(need in needs)
        self.access_note_edit.setText(draft.access_note or "")
        status = member.status if member is not None else MemberStatus.ACTIVE
        since = (member.status_since if member is not None else None) or today
        self.status_combo.blockSignals(True)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status.value)))
        self.status_combo.blockSignals(False)
        self.since_edit.setDate(to_qdate(since))
        self.set_contact(member.contact if member is not None else ContactDetails())
        return status, from_qdate(self.since_edit.date())

    def clear_errors(self) -> None:
        for label in (
            self.name_error,
            self.pronouns_error,
            self.note_error,
            self.status_error,
            self.access_error,
            self.contact_error,
            self.form_error,
        ):
            label.clear()
            label.hide()
        for widget in (
            self.name_edit,
            self.pronouns_combo,
            self.note_edit,
            self.access_note_edit,
            self.since_edit,
            self.phone_edit,
            self.email_edit,
            self.best_time_edit,
        ):
            widget.setAccessibleDescription("")
