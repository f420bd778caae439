"""The member form: what the group needs about one person, and their contact details.

It only lays out and reads its widgets. Labels sit above their fields, so the form
fits a narrow pane without clipping a second column; every message line under a field
keeps its space while empty, so fields never jump when a hint or an error appears.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.model import Member, MemberDraft
from safespace_desktop.core.roster import (
    ACCESS_NEED_LABELS,
    ACCESS_NOTE_MAX,
    BEST_TIME_MAX,
    EMAIL_MAX,
    NAME_MAX,
    PHONE_MAX,
    PRONOUNS_MAX,
    ROLE_LABELS,
    AccessNeed,
    ContactDetails,
    GroupRole,
    MemberStatus,
)
from safespace_desktop.ui.members.table_model import status_word
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.length_limit import LengthLimitNote
from safespace_desktop.ui.widgets.read_only import describe
from safespace_desktop.ui.wording.dates import from_qdate, to_qdate

ROLES = (GroupRole.MEMBER, GroupRole.CO_FACILITATOR, GroupRole.FACILITATOR)
STATUSES = (MemberStatus.ACTIVE, MemberStatus.PAUSED, MemberStatus.LEFT)
_EMPTY_DRAFT = MemberDraft(name="", pronouns="", note="")


def draft_of(member: Member) -> MemberDraft:
    return MemberDraft(
        name=member.name,
        pronouns=member.pronouns,
        note=member.note,
        role=member.role,
        joined_on=member.joined_on,
        access_needs=member.access_needs,
        access_note=member.access_note,
    )


def message_line(object_name: str, *, reserve: bool = True) -> QLabel:
    """A line under a field for a hint or an error; hidden, it keeps its place."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(reserve)
    policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
    label.setSizePolicy(policy)
    if reserve:
        label.setMinimumHeight(label.fontMetrics().lineSpacing())
    label.hide()
    return label


def shared_line(*labels: QLabel) -> QWidget:
    """One reserved line that several messages share (they rarely show together)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for label in labels:
        policy = label.sizePolicy()
        policy.setRetainSizeWhenHidden(False)
        label.setSizePolicy(policy)
        layout.addWidget(label)
    box.setMinimumHeight(box.fontMetrics().lineSpacing())
    return box


class MemberForm(QWidget):
    """Name, pronouns, role, dates, status, access needs, note; then contact details."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.setObjectName("memberForm")
        unit = self.fontMetrics().height()
        self._build(unit)

    def _date_edit(self, name: str, accessible_name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(accessible_name)
        edit.setMinimumDate(to_qdate(date(1950, 1, 1)))
        edit.setMaximumDate(to_qdate(self._today))
        return edit

    def _line_edit(self, name: str, accessible_name: str, limit: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(limit)
        edit.setAccessibleName(accessible_name)
        return edit

    def _build(self, unit: int) -> None:
        # -- about them ------------------------------------------------------------------
        self.name_edit = self._line_edit("memberName", self.tr("Alias or first name"), NAME_MAX)
        self.name_edit.setPlaceholderText(self.tr("Whatever they are comfortable sharing"))
        self.name_limit = LengthLimitNote(self.name_edit)
        self.name_error = message_line("memberNameError", reserve=False)
        self.name_hint = message_line("memberNameHint", reserve=False)
        self.name_hint.setAccessibleName(self.tr("About this name"))

        self.pronouns_combo = QComboBox()
        self.pronouns_combo.setObjectName("memberPronouns")
        self.pronouns_combo.setEditable(True)
        self.pronouns_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.pronouns_combo.addItems([self.tr("she/her"), self.tr("he/him"), self.tr("they/them")])
        self.pronouns_combo.setCurrentIndex(-1)
        self.pronouns_combo.setAccessibleName(self.tr("Pronouns"))
        line = self.pronouns_combo.lineEdit()
        assert line is not None  # the combo is editable
        line.setMaxLength(PRONOUNS_MAX)
        line.setPlaceholderText(self.tr("Optional: choose or type"))
        self.pronouns_error = message_line("memberPronounsError")

        self.role_combo = QComboBox()
        self.role_combo.setObjectName("memberRole")
        for role in ROLES:
            self.role_combo.addItem(self.tr(ROLE_LABELS[role]), role.value)
        self.role_combo.setAccessibleName(self.tr("Role in the group"))

        self.joined_edit = self._date_edit("memberJoined", self.tr("Joined the group on"))
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("memberStatus")
        for status in STATUSES:
            self.status_combo.addItem(status_word(status), status.value)
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.since_edit = self._date_edit("memberStatusSince", self.tr("Status since"))
        since_label = QLabel(self.tr("since"))
        since_label.setBuddy(self.since_edit)
        self.status_error = message_line("memberStatusError")

        self.access_checks: dict[AccessNeed, QCheckBox] = {}
        access_grid = QGridLayout()
        access_grid.setContentsMargins(0, 0, 0, 0)
        access_grid.setVerticalSpacing(unit // 4)
        for position, need in enumerate(AccessNeed):
            check = QCheckBox(self.tr(ACCESS_NEED_LABELS[need]))
            check.setObjectName(f"accessNeed_{need.value}")
            self.access_checks[need] = check
            access_grid.addWidget(check, position // 2, position % 2)
        access_grid.setColumnStretch(2, 1)  # each box only as wide as its words
        self.access_note_edit = self._line_edit(
            "memberAccessNote", self.tr("Other access needs"), ACCESS_NOTE_MAX
        )
        self.access_note_edit.setPlaceholderText(self.tr("Anything else, in their words"))
        self.access_error = message_line("memberAccessError")

        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("memberNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleName(self.tr("Facilitator note"))
        self.note_edit.setPlaceholderText(
            self.tr("Optional. Anything that helps you support them. Only facilitators see it.")
        )
        self.note_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 5)
        self.note_error = message_line("memberNoteError")

        # Two short fields share a row; everything else takes the whole width.
        dates = QGridLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.setHorizontalSpacing(unit)
        dates.setVerticalSpacing(2)
        role_label = self._caption(self.tr("Role in the &group"), self.role_combo)
        joined_label = self._caption(self.tr("&Joined"), self.joined_edit)
        dates.addWidget(role_label, 0, 0)
        dates.addWidget(joined_label, 0, 1)
        dates.addWidget(self.role_combo, 1, 0)
        dates.addWidget(self.joined_edit, 1, 1)
        dates.setColumnStretch(2, 1)

        status_row = QHBoxLayout()
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self.status_combo)
        status_row.addWidget(since_label)
        status_row.addWidget(self.since_edit)
        status_row.addStretch(1)

        about = QVBoxLayout()
        about.setSpacing(2)
        about.addWidget(self._caption(self.tr("&Alias or first name (required)"), self.name_edit))
        about.addWidget(self.name_edit)
        about.addWidget(shared_line(self.name_limit, self.name_error, self.name_hint))
        about.addSpacing(unit // 4)
        about.addWidget(self._caption(self.tr("&Pronouns"), self.pronouns_combo))
        about.addWidget(self.pronouns_combo)
        about.addWidget(self.pronouns_error)
        about.addSpacing(unit // 4)
        about.addLayout(dates)
        about.addSpacing(unit // 2)
        about.addWidget(self._caption(self.tr("S&tatus"), self.status_combo))
        about.addLayout(status_row)
        about.addWidget(self.status_error)
        access_caption = QLabel(self.tr("Access needs"))
        about.addWidget(access_caption)
        about.addLayout(access_grid)
        about.addSpacing(unit // 4)
        about.addWidget(self.access_note_edit)
        about.addWidget(self.access_error)
        about.addWidget(self._caption(self.tr("Facilitator n&ote"), self.note_edit))
        about.addWidget(self.note_edit)
        about.addWidget(self.note_error)

        # -- contact between meetings --------------------------------------------------
        self.contact_heading = heading_label(self.tr("Contact between meetings"), 1.05)
        self.contact_hint = paragraph_label()
        self.contact_hint.setObjectName("contactHint")
        self.contact_hint.setAccessibleName(self.tr("About contact details"))
        self.phone_edit = self._line_edit("memberPhone", self.tr("Phone number"), PHONE_MAX)
        self.email_edit = self._line_edit("memberEmail", self.tr("Email address"), EMAIL_MAX)
        self.best_time_edit = self._line_edit(
            "memberBestTime", self.tr("Best time to reach them"), BEST_TIME_MAX
        )
        self.best_time_edit.setPlaceholderText(self.tr("for example: weekday evenings"))
        self.message_combo = QComboBox()
        self.message_combo.setObjectName("memberMessageOk")
        self.message_combo.addItem(self.tr("Not asked"), None)
        self.message_combo.addItem(self.tr("Yes, a message is OK"), True)
        self.message_combo.addItem(self.tr("No messages, please"), False)
        self.message_combo.setAccessibleName(self.tr("Is it OK to leave a message?"))
        self.contact_error = message_line("memberContactError")
        contact = QGridLayout()
        contact.setContentsMargins(0, 0, 0, 0)
        contact.setHorizontalSpacing(unit)
        contact.setVerticalSpacing(2)
        for position, (caption, widget) in enumerate(
            (
                (self.tr("Phone num&ber"), self.phone_edit),
                (self.tr("Emai&l"), self.email_edit),
                (self.tr("Best time"), self.best_time_edit),
                (self.tr("OK to leave a message?"), self.message_combo),
            )
        ):
            row, column = (position // 2) * 2, position % 2
            contact.addWidget(self._caption(caption, widget), row, column)
            contact.addWidget(widget, row + 1, column)
        contact.setColumnStretch(0, 1)
        contact.setColumnStretch(1, 1)
        self.contact_widgets: list[QWidget] = [
            self.phone_edit,
            self.email_edit,
            self.best_time_edit,
            self.message_combo,
        ]

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(unit // 3)
        layout.addLayout(about)
        layout.addSpacing(unit // 2)
        layout.addWidget(self.contact_heading)
        layout.addWidget(self.contact_hint)
        layout.addLayout(contact)
        layout.addWidget(self.contact_error)

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def focus_order(self) -> list[QWidget]:
        return [
            self.name_edit,
            self.pronouns_combo,
            self.role_combo,
            self.joined_edit,
            self.status_combo,
            self.since_edit,
            *self.access_checks.values(),
            self.access_note_edit,
            self.note_edit,
            *self.contact_widgets,
        ]

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

    def fill(
        self,
        draft: MemberDraft,
        status: MemberStatus,
        since: date,
        contact: ContactDetails,
        today: date,
    ) -> None:
        for edit in (self.joined_edit, self.since_edit):
            edit.setMaximumDate(to_qdate(today))
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
        self.status_combo.blockSignals(True)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status.value)))
        self.status_combo.blockSignals(False)
        self.since_edit.setDate(to_qdate(since))
        self.set_contact(contact)

    def load(self, member: Member | None, today: date) -> tuple[MemberStatus, date]:
        """Fill the form from ``member`` (or empty, for a new one); returns the status shown."""
        draft = draft_of(member) if member is not None else _EMPTY_DRAFT
        status = member.status if member is not None else MemberStatus.ACTIVE
        since = (member.status_since if member is not None else None) or today
        self.fill(
            draft, status, since, member.contact if member is not None else ContactDetails(), today
        )
        return status, from_qdate(self.since_edit.date())

    def set_editable(self, editable: bool) -> None:
        for widget in (
            self.name_edit,
            self.pronouns_combo,
            self.role_combo,
            self.joined_edit,
            self.status_combo,
            self.since_edit,
            self.access_note_edit,
            self.note_edit,
            *self.access_checks.values(),
        ):
            widget.setEnabled(editable)

    def error_targets(self) -> dict[str, tuple[QLabel, QWidget]]:
        """Which message line and field a service's field name points at."""
        return {
            "name": (self.name_error, self.name_edit),
            "pronouns": (self.pronouns_error, self.pronouns_combo),
            "note": (self.note_error, self.note_edit),
            "access_note": (self.access_error, self.access_note_edit),
            "access_needs": (self.access_error, self.access_note_edit),
            "status": (self.status_error, self.status_combo),
            "status_since": (self.status_error, self.since_edit),
            "joined_on": (self.status_error, self.joined_edit),
            "phone": (self.contact_error, self.phone_edit),
            "email": (self.contact_error, self.email_edit),
            "best_time": (self.contact_error, self.best_time_edit),
            "message_ok": (self.contact_error, self.message_combo),
        }

    def clear_errors(self) -> None:
        for label in (
            self.name_error,
            self.pronouns_error,
            self.note_error,
            self.status_error,
            self.access_error,
            self.contact_error,
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
            describe(widget, "")  # a read-only vault's reason stays
