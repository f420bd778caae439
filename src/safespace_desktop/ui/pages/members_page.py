"""The facilitator's Members page: the roster table and a detail pane to edit it.

``MembersController`` decides (it talks to the roster services and the vault and
keeps the table model current); ``MembersPage`` only lays out widgets, asks the
person to confirm, and shows what the controller reports.

The detail pane holds what the group needs about one person (name, pronouns, role,
status with its date, access needs, a facilitator note), the contact details that
exist only under the "contact between meetings" consent, the consent log with Give
and Withdraw, the journal invitation, and leaving: archive (with Undo) and "forget"
(which cannot be undone, so it asks twice). Above the table: enrolling a newcomer,
importing a sign-up sheet and exporting the roster; above everything, the retention
reminder when people who left long ago are waiting for review.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Generic, TypeVar, cast

from PySide6 import QtGui
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from safespace_desktop.core.changes import RecordKind
from safespace_desktop.core.consent import (
    PURPOSE_ORDER,
    ConsentMethod,
    ConsentPurpose,
    ConsentRecord,
    Wording,
)
from safespace_desktop.core.errors import SafeSpaceError, ValidationError
from safespace_desktop.core.model import Invitation, Member, MemberDraft
from safespace_desktop.core.roster import (
    AccessNeed,
    ContactDetails,
    ForgetResult,
    MemberStatus,
    RetentionCandidate,
    today_from,
)
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.files import write_file_atomically
from safespace_desktop.services.forget import ForgetService
from safespace_desktop.services.members import (
    MembersService,
    validate_contact,
)
from safespace_desktop.services.retention import RetentionService
from safespace_desktop.services.roster_csv import MAX_FILE_BYTES, ImportResult, RosterCsvService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.dialogs.enrolment_wizard import EnrolmentWizard
from safespace_desktop.ui.dialogs.forget_member import ForgetMemberDialog
from safespace_desktop.ui.dialogs.invitation_code import InvitationCodeDialog
from safespace_desktop.ui.dialogs.record_consent import RecordConsentDialog
from safespace_desktop.ui.dialogs.retention_review import (
    RetentionReviewDialog,
    RetentionRow,
    months_phrase,
)
from safespace_desktop.ui.dialogs.roster_export import RosterExportDialog
from safespace_desktop.ui.dialogs.roster_import import RosterImportDialog
from safespace_desktop.ui.errors import describe
from safespace_desktop.ui.formatting import fill, format_date, to_qdate
from safespace_desktop.ui.item_models.consent_log import (
    ConsentLogModel,
    erased_by_withdrawal,
    method_name,
    purpose_name,
)
from safespace_desktop.ui.item_models.member_table import (
    COL_JOURNAL,
    COL_NAME,
    COL_PRONOUNS,
    COL_STATUS,
    MemberFilterProxy,
    MemberTableModel,
    display_name,
    journal_text,
    status_word,
)
from safespace_desktop.ui.pages.member_detail import STATUSES, MemberDetailPane
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.confirm import ask
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order
from safespace_desktop.ui.widgets.undo_bar import UndoBar
from safespace_desktop.ui.wording.errors import name_hint_text

CONTACT = ConsentPurpose.CONTACT_BETWEEN_MEETINGS


def _invite_and_link(vault: Vault, member_id: str) -> tuple[Invitation, Member]:
    """Worker thread: open a journal slot (slow: derives a key), then remember it.

    If linking fails the fresh invitation is withdrawn, so no orphan slot is left.
    """
    invitation = vault.invite_member()
    try:
        member = MembersService(vault).link_journal_slot(member_id, invitation.slot_id)
    except Exception:
        with contextlib.suppress(Exception):  # report the first problem, not this one
            vault.cancel_invitation(invitation.slot_id)
        raise
    return invitation, member


def _forget(vault: Vault, member_id: str) -> tuple[ForgetResult, Member]:
    """Worker thread: forget the member (erase, shred the journal, fold the WAL)."""
    result = ForgetService(vault).forget(member_id)
    return result, MembersService(vault).get(member_id)


def _export(
    vault: Vault, path: Path, include_left: bool, include_contact: bool, include_notes: bool
) -> Path:
    """Worker thread: the roster as CSV, written atomically (temp name, fsync, rename)."""
    text = RosterCsvService(vault).export_csv(
        include_left=include_left, include_contact=include_contact, include_notes=include_notes
    )
    # A byte-order mark lets spreadsheet programs read accented names correctly.
    write_file_atomically(path, text.encode("utf-8-sig"))
    return path


@dataclass(frozen=True)
class FormState:
    """Everything the detail form holds, to tell whether anything was edited."""

    draft: MemberDraft
    status: MemberStatus
    since: date
    contact: ContactDetails


class MembersController(QObject):
    """What happens on load, save, status, consent, forget, invite, import and export."""

    validation_failed = Signal(str, str)  # field name, kind message
    failed = Signal(str)  # kind message about anything else
    member_changed = Signal(object)  # Member, after any successful write
    invitation_ready = Signal(str, object)  # code, Member
    invite_running = Signal(bool)
    forgotten = Signal(object, object)  # ForgetResult, Member
    forget_running = Signal(bool)
    exported = Signal(str)  # file path

    def __init__(self, context: SessionContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._service = MembersService(context.vault)
        self._consent = ConsentService(context.vault)
        self._retention = RetentionService(context.vault)
        self.csv = RosterCsvService(context.vault)
        self.model = MemberTableModel(self)
        self.proxy = MemberFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.damaged_count = 0

    def today(self) -> date:
        return today_from(self._context.vault.clock.now())

    # -- loading ------------------------------------------------------------------
    def reload(self) -> None:
        try:
            members = self._service.list_members()
        except Exception as exc:
            self.model.set_members([])
            self.failed.emit(describe(exc))
            return
        self.damaged_count = len(self._service.damaged)
        self.model.set_members(members)

    def refresh_hints(self) -> None:
        """Update rows whose "tell apart" hint changed (a name was added or changed)."""
        try:
            members = self._service.list_members()
        except SafeSpaceError:
            return
        for member in members:
            row = self.model.row_of(member.id)
            if row is None:
                self.model.add_member(member)
            elif self.model.member_at(row).disambiguation != member.disambiguation:
                self.model.replace_member(
                    replace(self.model.member_at(row), disambiguation=member.disambiguation)
                )

    def archived_count(self) -> int:
        return sum(1 for m in self.model.members() if m.archived)

    def name_hint(self, name: str, exclude_id: str | None) -> str:
        try:
            hint = self._service.name_hint(name, exclude_id=exclude_id)
        except SafeSpaceError:
            return ""
        return name_hint_text(hint)

    # -- writing ------------------------------------------------------------------
    def save(
        self,
        member_id: str | None,
        draft: MemberDraft,
        *,
        contact: ContactDetails | None = None,
        status: tuple[MemberStatus, date] | None = None,
    ) -> Member | None:
        """Add (``member_id`` None) or update; returns the stored member or None.

        ``status`` (with its date) is written only when it differs from what is stored;
        ``contact`` only when it changed (and only with consent: the service checks).
        """
        previous: Member | None = None
        try:
            if contact is not None:
                validate_contact(contact)  # refuse a bad email before anything is written
            if member_id is None:
                if status is not None:
                    draft = replace(draft, status=status[0])
                member = self._service.add_member(draft)
            else:
                previous = self._service.get(member_id)
                member = self._service.update_member(member_id, draft)
                if status is not None and (
                    status[0] is not member.status or status[1] != member.status_since
                ):
                    member = self._service.set_status(member_id, status[0], since=status[1])
            if contact is not None and contact != member.contact:
                member = self._service.set_contact(member.id, contact)
        except ValidationError as exc:
            self.validation_failed.emit(exc.field, describe(exc))
            return None
        except Exception as exc:
            self.failed.emit(describe(exc))
            return None
        if member_id is None:
            self.model.add_member(member)
            self._context.signals.status_message.emit(self.tr("Added to the roster."))
        else:
            self.model.replace_member(member)
            self._context.signals.status_message.emit(self.tr("Changes saved."))
        if previous is None or previous.name != member.name:
            self.refresh_hints()
            row = self.model.row_of(member.id)
            if row is not None:
                member = self.model.member_at(row)
        self.member_changed.emit(member)
        return member

    def set_status(
        self, member_id: str, status: MemberStatus, since: date | None = None
    ) -> Member | None:
        """Active, paused or left (from ``since``, default today); None if refused."""
        try:
            member = self._service.set_status(member_id, status, since=since)
        except Exception as exc:
            self.failed.emit(describe(exc))
            return None
        self.model.replace_member(member)
        self.member_changed.emit(member)
        return member

    def set_archived(self, member_id: str, archived: bool) -> Member | None:
        member = self.set_status(member_id, MemberStatus.LEFT if archived else MemberStatus.ACTIVE)
        if member is None:
            return None
        if archived:
            message = self.tr("Archived. Nothing was deleted; you can restore them at any time.")
        else:
            message = self.tr("Restored to the roster.")
        self._context.signals.status_message.emit(message)
        return member

    # -- consent --------------------------------------------------------------------
    def consent_log(self, member_id: str) -> list[ConsentRecord]:
        try:
            return self._consent.log(member_id)
        except Exception as exc:
            self.failed.emit(describe(exc))
            return []

    def wording(self, purpose: ConsentPurpose) -> Wording | None:
        try:
            return self._consent.consent_wording(purpose)
        except Exception as exc:
            self.failed.emit(describe(exc))
            return None

    def _refetch(self, member_id: str) -> Member | None:
        try:
            member = self._service.get(member_id)
        except Exception as exc:
            self.failed.emit(describe(exc))
            return None
        self.model.replace_member(member)
        self.member_changed.emit(member)
        return member

    def give_consent(
        self,
        member_id: str,
        purpose: ConsentPurpose,
        *,
        method: ConsentMethod,
        wording_version: int,
        given_on: date,
    ) -> Member | None:
        try:
            self._consent.give(
                member_id,
                purpose,
                method=method,
                wording_version=wording_version,
                given_on=given_on,
            )
        except Exception as exc:
            self.failed.emit(describe(exc))
            return None
        self._context.signals.status_message.emit(
            fill(self.tr("Consent recorded: %1."), purpose_name(purpose))
        )
        return self._refetch(member_id)

    def withdraw_consent(self, member_id: str, purpose: ConsentPurpose) -> Member | None:
        try:
            self._consent.withdraw(member_id, purpose)
        except Exception as exc:
            self.failed.emit(describe(exc))
            return None
        self._context.signals.status_message.emit(
            fill(
                self.tr("Consent withdrawn: %1. What it covered was erased."), purpose_name(purpose)
            )
        )
        return self._refetch(member_id)

    # -- forget and retention -------------------------------------------------------
    def forget(self, member_id: str, parent: QWidget | None = None) -> None:
        self.forget_running.emit(True)
        self._context.runner.run(
            _forget,
            self._context.vault,
            member_id,
            on_done=self._forget_done,
            on_error=self._forget_failed,
            progress_text=self.tr("Erasing their details…"),
            parent=parent,
        )

    def _forget_done(self, outcome: tuple[ForgetResult, Member]) -> None:
        if not Shiboken.isValid(self):
            return
        result, member = outcome
        self.model.replace_member(member)
        self.forget_running.emit(False)
        self._context.signals.status_message.emit(
            fill(
                self.tr("Forgotten. Their entry now reads “%1”, and their details are gone."),
                result.former_name,
            )
        )
        self.refresh_hints()
        self.member_changed.emit(member)
        self.forgotten.emit(result, member)

    def _forget_failed(self, exc: BaseException) -> None:
        if not Shiboken.isValid(self):
            return
        self.forget_running.emit(False)
        self.failed.emit(describe(exc))

    def retention_due(self) -> tuple[int, list[RetentionCandidate]]:
        """(retention period in months, people waiting for review); (0, []) on trouble."""
        try:
            return self._retention.retention_months(), self._retention.due()
        except SafeSpaceError:
            return 0, []

    # -- journal invitations --------------------------------------------------------
    def invite(self, member: Member, parent: QWidget | None = None) -> bool:
        """Start a journal invitation on the worker thread; False if not possible now."""
        if member.has_journal_account or member.archived:
            return False
        self.invite_running.emit(True)
        self._context.runner.run(
            _invite_and_link,
            self._context.vault,
            member.id,
            on_done=self._invite_done,
            on_error=self._invite_failed,
            progress_text=self.tr("Preparing a journal invitation…"),
            parent=parent,
        )
        return True

    def _invite_done(self, result: tuple[Invitation, Member]) -> None:
        if not Shiboken.isValid(self):  # the page was closed (for example, on lock)
            return
        invitation, member = result
        self.model.replace_member(member)
        self.invite_running.emit(False)
        self.member_changed.emit(member)
        self.invitation_ready.emit(invitation.code, member)

    def _invite_failed(self, exc: BaseException) -> None:
        if not Shiboken.isValid(self):
            return
        self.invite_running.emit(False)
        self.failed.emit(describe(exc))

    # -- export -----------------------------------------------------------------------
    def export(
        self,
        path: Path,
        *,
        include_left: bool,
        include_contact: bool,
        include_notes: bool,
        parent: QWidget | None = None,
    ) -> None:
        self._context.runner.run(
            _export,
            self._context.vault,
            path,
            include_left,
            include_contact,
            include_notes,
            on_done=self._export_done,
            on_error=self._export_failed,
            progress_text=self.tr("Writing the file…"),
            parent=parent,
        )

    def _export_done(self, path: Path) -> None:
        if not Shiboken.isValid(self):
            return
        self._context.signals.status_message.emit(
            fill(
                self.tr("Roster saved to “%1”. Remember: that file is not encrypted."),
                path.name,
            )
        )
        self.exported.emit(str(path))

    def _export_failed(self, exc: BaseException) -> None:
        if not Shiboken.isValid(self):
            return
        self.failed.emit(
            fill(self.tr("The roster file was not written. %1"), describe(exc))
            if not isinstance(exc, SafeSpaceError)
            else describe(exc)
        )


W = TypeVar("W")


class _FromDetail(Generic[W]):
    """``page.<name>`` reads ``page.detail.<name>`` (the pane owns the widget)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, page: MembersPage, owner: type | None = None) -> W:
        return cast(W, getattr(page.detail, self._name))


class MembersPage(QWidget):
    """Roster table on the left, the selected person's details on the right."""

    PANE_EMPTY_ROSTER = 0
    PANE_NOTHING_SELECTED = 1
    PANE_FORM = 2

    # The detail pane's widgets, still reachable under the names they had on the page.
    pane_title = _FromDetail[QLabel]()
    pane_status = _FromDetail[QLabel]()
    name_edit = _FromDetail[QLineEdit]()
    name_error = _FromDetail[QLabel]()
    name_hint = _FromDetail[QLabel]()
    pronouns_combo = _FromDetail[QComboBox]()
    pronouns_error = _FromDetail[QLabel]()
    role_combo = _FromDetail[QComboBox]()
    joined_edit = _FromDetail[QDateEdit]()
    status_combo = _FromDetail[QComboBox]()
    since_edit = _FromDetail[QDateEdit]()
    status_error = _FromDetail[QLabel]()
    access_checks = _FromDetail[dict[AccessNeed, QCheckBox]]()
    access_note_edit = _FromDetail[QLineEdit]()
    access_error = _FromDetail[QLabel]()
    note_edit = _FromDetail[QPlainTextEdit]()
    note_error = _FromDetail[QLabel]()
    contact_heading = _FromDetail[QLabel]()
    contact_hint = _FromDetail[QLabel]()
    phone_edit = _FromDetail[QLineEdit]()
    email_edit = _FromDetail[QLineEdit]()
    best_time_edit = _FromDetail[QLineEdit]()
    message_combo = _FromDetail[QComboBox]()
    contact_error = _FromDetail[QLabel]()
    contact_widgets = _FromDetail[list[QWidget]]()
    consent_section = _FromDetail[QWidget]()
    consent_states = _FromDetail[dict[ConsentPurpose, QLabel]]()
    consent_buttons = _FromDetail[dict[ConsentPurpose, QPushButton]]()
    consent_model = _FromDetail[ConsentLogModel]()
    consent_table = _FromDetail[QTableView]()
    consent_empty = _FromDetail[QLabel]()
    consent_new_text = _FromDetail[QLabel]()
    journal_section = _FromDetail[QWidget]()
    journal_text = _FromDetail[QLabel]()
    invite_button = _FromDetail[QPushButton]()
    leaving_section = _FromDetail[QWidget]()
    archive_button = _FromDetail[QPushButton]()
    forget_button = _FromDetail[QPushButton]()
    journal_rule = _FromDetail[QFrame]()
    leaving_rule = _FromDetail[QFrame]()
    form_scroll = _FromDetail[QScrollArea]()
    form_error = _FromDetail[QLabel]()
    save_button = _FromDetail[QPushButton]()
    discard_button = _FromDetail[QPushButton]()
    save_row = _FromDetail[QWidget]()

    @property
    def form_page(self) -> MemberDetailPane:
        return self.detail

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.controller = MembersController(context, self)
        self.model = self.controller.model
        self.proxy = self.controller.proxy
        self._current: Member | None = None  # the saved member shown in the pane
        self._editing_new = False
        self._baseline: FormState | None = None  # what the form held when it was loaded
        self._loaded_status: tuple[MemberStatus, date] | None = None
        self._syncing_selection = False
        self._inviting = False
        self._forgetting = False
        self._shown_row_removed = False
        self.invitation_dialog: InvitationCodeDialog | None = None
        self.enrolment_wizard: EnrolmentWizard | None = None
        self.consent_dialog: RecordConsentDialog | None = None
        self.forget_dialog: ForgetMemberDialog | None = None
        self.retention_dialog: RetentionReviewDialog | None = None
        self.import_dialog: RosterImportDialog | None = None
        self.export_dialog: RosterExportDialog | None = None

        self._build()
        self._connect()
        self.controller.reload()
        self._after_reload()
        self.refresh_retention()

    def nav_title(self) -> str:
        return self.tr("Members")

    # ================================================================= layout
    def _build(self) -> None:
        unit = self.fontMetrics().height()

        title = heading_label(self.tr("Members"), 1.7)
        subtitle = paragraph_label(
            self.tr(
                "Your group's roster. It is kept encrypted on this computer, "
                "and only facilitators can open it."
            )
        )

        self.notice = paragraph_label()
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setMargin(unit // 2)
        self.notice.hide()

        # -- the retention reminder ---------------------------------------------------
        self.retention_banner = QFrame()
        self.retention_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.retention_text = paragraph_label()
        self.retention_text.setAccessibleName(self.tr("Retention reminder"))
        self.review_button = QPushButton(self.tr("Re&view…"))
        self.review_button.setAccessibleName(self.tr("Review people who left a while ago"))
        banner_layout = QHBoxLayout(self.retention_banner)
        banner_layout.setContentsMargins(unit // 2, unit // 4, unit // 2, unit // 4)
        banner_layout.addWidget(self.retention_text, 1)
        banner_layout.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.retention_banner.hide()

        self.undo_bar = UndoBar()

        # -- left: search, filter, table ----------------------------------------
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search by name, pronouns or note"))
        self.search_edit.setClearButtonEnabled(True)
        clear_action = self.search_edit.findChild(QAction, "_q_qlineeditclearaction")
        if clear_action is not None:  # give Qt's icon-only clear button words
            clear_action.setText(self.tr("Clear search"))
            clear_action.setToolTip(self.tr("Clear search"))
        self.search_edit.setAccessibleName(self.tr("Search the roster"))
        find_keys = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.search_edit.setToolTip(fill(self.tr("Search the roster (%1)"), find_keys))
        search_label = QLabel(self.tr("S&earch:"))
        search_label.setBuddy(self.search_edit)

        self.show_archived_check = QCheckBox(self.tr("Sho&w archived"))
        self.show_archived_check.setToolTip(
            self.tr(
                "Also list people who have left, and former members. Nothing archived is deleted."
            )
        )

        new_keys = QKeySequence(QKeySequence.StandardKey.New).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.add_button = QPushButton(self.tr("A&dd member"))
        self.add_button.setToolTip(fill(self.tr("Add someone to the roster (%1)"), new_keys))
        self.enrol_button = QPushButton(self.tr("E&nrol a newcomer…"))
        self.enrol_button.setToolTip(
            self.tr(
                "Walk a newcomer through what stays in the room and their consent choices, "
                "one at a time."
            )
        )
        self.import_button = QPushButton(self.tr("I&mport sign-up sheet…"))
        self.import_button.setToolTip(self.tr("Add people from a paper sign-up list saved as CSV."))
        self.export_button = QPushButton(self.tr("E&xport roster (CSV)…"))
        self.export_button.setToolTip(self.tr("Save the roster as a CSV file (not encrypted)."))

        toolbar = QHBoxLayout()
        toolbar.addWidget(search_label)
        toolbar.addWidget(self.search_edit, 1)
        toolbar.addWidget(self.show_archived_check)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.enrol_button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)

        # Connected before the view's own selection model, so these run first.
        self.proxy.rowsAboutToBeRemoved.connect(self._shown_row_leaving)
        self.proxy.rowsRemoved.connect(self._shown_row_left)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Roster"))
        self.table.setAccessibleDescription(
            self.tr("Use the arrow keys to choose a member; their details open on the right.")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(int(unit * 1.8))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        padding = unit * 2

        def width_for(*texts: str) -> int:
            return max(metrics.horizontalAdvance(t) for t in texts) + padding

        for column, texts in (
            (COL_PRONOUNS, (self.tr("Pronouns"), "they/them", "she/they")),
            (COL_STATUS, (self.tr("Status"), *(status_word(s) for s in STATUSES))),
            (COL_JOURNAL, (self.tr("Journal"), journal_text(Member("", "")))),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width_for(*texts))
        self.table.setMinimumWidth(metrics.averageCharWidth() * 50)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("How many members are shown"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, unit // 2, 0)
        left_layout.addLayout(toolbar)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        # -- right: the detail pane ---------------------------------------------
        self.pane = QStackedWidget()
        self.pane.setMinimumWidth(metrics.averageCharWidth() * 52)
        self.pane.addWidget(self._build_empty_roster(unit))
        self.pane.addWidget(self._build_nothing_selected(unit))
        self.detail = MemberDetailPane(self.controller.today(), unit)
        self.pane.addWidget(self.detail)

        pane_frame = QFrame()
        pane_frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(pane_frame)
        frame_layout.setContentsMargins(unit // 2, unit // 2, unit // 2, unit // 2)
        frame_layout.addWidget(self.pane)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(pane_frame)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(int(unit * 1.5), unit, int(unit * 1.5), unit)
        outer.setSpacing(unit // 2)
        outer.addWidget(title)
        outer.addWidget(subtitle)
        outer.addSpacing(unit // 2)
        outer.addWidget(self.notice)
        outer.addWidget(self.retention_banner)
        outer.addWidget(self.undo_bar)
        outer.addWidget(self.splitter, 1)

        # -- keyboard -------------------------------------------------------------
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(context)
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(context)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.setContext(context)

        chain_tab_order(
            [
                self.review_button,
                self.undo_bar.undo_button,
                self.undo_bar.dismiss_button,
                self.search_edit,
                self.show_archived_check,
                self.add_button,
                self.enrol_button,
                self.import_button,
                self.export_button,
                self.table,
                self.first_member_button,
                self.name_edit,
                self.pronouns_combo,
                self.role_combo,
                self.joined_edit,
                self.status_combo,
                self.since_edit,
                *self.access_checks.values(),
                self.access_note_edit,
                self.note_edit,
                self.phone_edit,
                self.email_edit,
                self.best_time_edit,
                self.message_combo,
                *self.consent_buttons.values(),
                self.consent_table,
                self.invite_button,
                self.archive_button,
                self.forget_button,
                self.save_button,
                self.discard_button,
            ]
        )

    @staticmethod
    def _heading(text: str, scale: float = 1.25) -> QLabel:
        return heading_label(text, scale)

    def _build_empty_roster(self, unit: int) -> QWidget:
        page = QWidget()
        heading = self._heading(self.tr("No one on the roster yet."))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Add the first member to start your group's roster. An alias or a first "
                "name is enough, and only facilitators can see it."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.first_member_button = QPushButton(self.tr("Add the &first member"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.first_member_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addSpacing(unit // 2)
        layout.addWidget(text)
        layout.addSpacing(unit)
        layout.addLayout(row)
        layout.addStretch(2)
        self.empty_state = page
        return page

    def _build_nothing_selected(self, unit: int) -> QWidget:
        page = QWidget()
        heading = self._heading(self.tr("Nobody chosen"))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Choose someone in the list to see and edit their details, or add a new member."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addSpacing(unit // 2)
        layout.addWidget(text)
        layout.addStretch(2)
        return page

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self._on_search)
        self.search_edit.returnPressed.connect(self._focus_first_result)
        self.show_archived_check.toggled.connect(self._on_show_archived)
        self.add_button.clicked.connect(self.start_new_member)
        self.enrol_button.clicked.connect(self.start_enrolment)
        self.import_button.clicked.connect(self.import_sheet)
        self.export_button.clicked.connect(self.export_roster)
        self.first_member_button.clicked.connect(self.start_new_member)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard_changes)
        self.archive_button.clicked.connect(self._on_archive_clicked)
        self.forget_button.clicked.connect(self.forget_selected)
        self.invite_button.clicked.connect(self.invite_selected)
        self.detail.consent_button_clicked.connect(self._on_consent_button)
        self.review_button.clicked.connect(self.open_retention_review)
        self.name_edit.returnPressed.connect(self.save)
        self.find_shortcut.activated.connect(self.focus_search)
        self.new_shortcut.activated.connect(self.start_new_member)
        self.save_shortcut.activated.connect(self._save_if_editing)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.activated.connect(lambda _index: self.name_edit.setFocus())
        self._context.changes.follow(
            self, [RecordKind.ROSTER_SETTINGS], lambda _changes: self.refresh_retention()
        )

        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(300)
        self._hint_timer.timeout.connect(self._update_name_hint)
        self.name_edit.textEdited.connect(lambda _t: self._hint_timer.start())

        self.name_edit.textChanged.connect(lambda _t: self._field_edited(self.name_error))
        self.pronouns_combo.editTextChanged.connect(
            lambda _t: self._field_edited(self.pronouns_error)
        )
        self.note_edit.textChanged.connect(lambda: self._field_edited(self.note_error))
        self.access_note_edit.textChanged.connect(lambda _t: self._field_edited(self.access_error))
        for check in self.access_checks.values():
            check.toggled.connect(lambda _on: self._field_edited(self.access_error))
        self.role_combo.currentIndexChanged.connect(lambda _i: self._field_edited(None))
        self.joined_edit.dateChanged.connect(lambda _d: self._field_edited(None))
        self.status_combo.currentIndexChanged.connect(self._status_chosen)
        self.since_edit.dateChanged.connect(lambda _d: self._field_edited(self.status_error))
        for edit in (self.phone_edit, self.email_edit, self.best_time_edit):
            edit.textChanged.connect(lambda _t: self._field_edited(self.contact_error))
        self.message_combo.currentIndexChanged.connect(
            lambda _i: self._field_edited(self.contact_error)
        )

        for signal in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.dataChanged,
            self.proxy.layoutChanged,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
        ):
            signal.connect(self._update_count)

        self.controller.validation_failed.connect(self._show_validation_error)
        self.controller.failed.connect(self._show_form_error)
        self.controller.invitation_ready.connect(self._show_invitation)
        self.controller.invite_running.connect(self._on_invite_running)
        self.controller.forget_running.connect(self._on_forget_running)
        self.controller.forgotten.connect(self._on_forgotten)

    # ================================================================= state
    def has_unsaved_changes(self) -> bool:
        """True when the pane holds edits that are not saved yet."""
        if self.pane.currentIndex() != self.PANE_FORM or self._baseline is None:
            return False
        if self._current is not None and self._current.forgotten and not self._editing_new:
            return False
        return self._form_state() != self._baseline

    def current_member(self) -> Member | None:
        return self._current

    def _form_state(self) -> FormState:
        status, since = self.detail.status()
        return FormState(self.detail.draft(), status, since, self.detail.contact())

    def _load_form(self, member: Member | None) -> None:
        self._loaded_status = self.detail.load(member, self.controller.today())
        self._baseline = self._form_state()
        self.name_hint.hide()
        self.detail.clear_errors()

    def reload(self) -> None:
        """Read the roster again (for example after an import); unsaved edits stay."""
        keep = None if self._editing_new or self._current is None else self._current.id
        self.controller.reload()
        self.refresh_retention()
        if self._editing_new:
            self._after_reload(select_first=False)
            return
        row = None if keep is None else self.model.row_of(keep)
        if row is None:
            self._current = None
            self._after_reload(select_first=True)
            return
        member = self.model.member_at(row)
        dirty = self.has_unsaved_changes()
        self._current = member
        if not dirty:
            self._load_form(member)
        self._refresh_details()
        self._select_member(member.id)
        self._after_reload(select_first=False)

    def _after_reload(self, *, select_first: bool = True) -> None:
        self.notice.hide()
        if self.controller.damaged_count:
            self.notice.setText(
                fill(
                    self.tr(
                        "Some roster entries (%1) failed their safety check, so they are not "
                        "shown. They were left untouched."
                    ),
                    self.controller.damaged_count,
                )
            )
            self.notice.show()
        if select_first:
            if self.model.rowCount() == 0:
                self._set_pane(self.PANE_EMPTY_ROSTER)
            elif self.proxy.rowCount() > 0:
                self._select_proxy_row(0)
                self._show_member(self.proxy.member_at(0))
            else:
                self._set_pane(self.PANE_NOTHING_SELECTED)
        self._update_count()

    def _set_pane(self, index: int) -> None:
        self.pane.setCurrentIndex(index)
        self.save_shortcut.setEnabled(index == self.PANE_FORM)

    def _show_member(self, member: Member | None) -> None:
        if member is None:
            self._set_pane(self.PANE_NOTHING_SELECTED)
            return
        self._current = member
        self._editing_new = False
        self._load_form(member)
        self._set_pane(self.PANE_FORM)
        self._refresh_details()
        self.form_scroll.verticalScrollBar().setValue(0)

    def _status_line(self, member: Member) -> str:
        if member.forgotten:
            return self.tr(
                "This person asked to be forgotten. Their details were erased and cannot be "
                "changed; only the dates they joined and left remain."
            )
        since = format_date(member.status_since)
        if member.status is MemberStatus.LEFT:
            text = (
                fill(self.tr("Left the group on %1."), since)
                if since
                else self.tr("Left the group.")
            )
            text += " " + self.tr(
                "Archived: hidden from the roster unless “Show archived” is ticked. "
                "Nothing was deleted."
            )
            return text
        if member.status is MemberStatus.PAUSED:
            return (
                fill(self.tr("Taking a break since %1."), since)
                if since
                else self.tr("Taking a break.")
            )
        joined = format_date(member.joined_on)
        return (
            fill(self.tr("Active member of the group, joined %1."), joined)
            if joined
            else self.tr("Active member of the group.")
        )

    def _refresh_details(self) -> None:
        member = None if self._editing_new else self._current
        forgotten = member is not None and member.forgotten
        if member is None:
            self.pane_title.setText(self.tr("New member"))
            self.pane_status.setText(
                self.tr("Fill in what they are happy to share, then choose Save.")
            )
            self.journal_text.setText(
                self.tr("Once they are saved you can invite them to keep a private journal.")
            )
        else:
            self.pane_title.setText(display_name(member))
            self.pane_status.setText(self._status_line(member))
            if member.has_journal_account:
                self.journal_text.setText(
                    self.tr(
                        "Invited. Their journal is protected by their own passphrase; "
                        "nobody else can read it."
                    )
                )
            elif member.archived:
                self.journal_text.setText(
                    self.tr("Restore them first if they would like to keep a journal.")
                )
            else:
                self.journal_text.setText(
                    self.tr(
                        "They can keep a private journal on this computer. Only they "
                        "will be able to read it."
                    )
                )
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
            widget.setEnabled(not forgotten)
        self.save_row.setVisible(not forgotten)
        self.journal_section.setVisible(not forgotten)
        self.journal_rule.setVisible(not forgotten)
        self.leaving_section.setVisible(member is not None and not forgotten)
        self.leaving_rule.setVisible(member is not None and not forgotten)
        self.consent_section.setVisible(member is not None)
        self.consent_new_text.setVisible(member is None)
        self._refresh_contact()
        self._refresh_consents()
        self._update_actions()

    def _refresh_contact(self) -> None:
        member = None if self._editing_new else self._current
        consented = member is not None and CONTACT in member.consents and not member.forgotten
        for widget in self.contact_widgets:
            widget.setEnabled(consented)
        self.contact_heading.setVisible(not (member is not None and member.forgotten))
        if member is not None and member.forgotten:
            self.contact_hint.setText(self.tr("Their contact details were erased."))
        elif consented:
            self.contact_hint.setText(
                self.tr(
                    "They agreed to be contacted between meetings. Keep only what they "
                    "chose to give."
                )
            )
        elif member is None:
            self.contact_hint.setText(
                self.tr(
                    "Contact details can only be kept once they agree to be contacted between "
                    "meetings. Save them first, then record that consent below."
                )
            )
        else:
            self.contact_hint.setText(
                self.tr(
                    "These stay empty because they have not agreed to be contacted between "
                    "meetings. If they agree, record it under Consent below."
                )
            )
        self.contact_hint.setAccessibleDescription(self.contact_hint.text())
        for widget in self.contact_widgets:
            widget.setToolTip("" if consented else self.contact_hint.text())

    def _refresh_consents(self) -> None:
        member = None if self._editing_new else self._current
        if member is None:
            self.consent_model.set_records([])
            return
        records = self.controller.consent_log(member.id)
        self.consent_model.set_records(records)
        self.consent_table.setVisible(bool(records))
        self.consent_empty.setVisible(not records)
        active = {r.purpose: r for r in records if r.active}
        for purpose in PURPOSE_ORDER:
            state = self.consent_states[purpose]
            button = self.consent_buttons[purpose]
            record = active.get(purpose)
            if record is not None:
                state.setText(fill(self.tr("Yes, since %1"), format_date(record.given_on)))
                state.setToolTip(
                    fill(
                        self.tr("%1, wording version %2"),
                        method_name(record.method),
                        record.wording_version,
                    )
                )
                button.setText(self.tr("Withdraw…"))
                button.setAccessibleName(
                    fill(self.tr("Withdraw consent: %1"), purpose_name(purpose))
                )
            else:
                state.setText(self.tr("Not given"))
                button.setText(self.tr("Record consent…"))
                button.setAccessibleName(fill(self.tr("Record consent: %1"), purpose_name(purpose)))
            button.setVisible(not member.forgotten)
            button.setEnabled(not member.forgotten and not self._forgetting)

    def _update_actions(self) -> None:
        member = None if self._editing_new else self._current
        self.archive_button.setVisible(member is not None)
        if member is not None:
            if member.archived:
                self.archive_button.setText(self.tr("&Restore"))
                self.archive_button.setToolTip(self.tr("Show them in the roster again."))
            else:
                self.archive_button.setText(self.tr("Arc&hive"))
                self.archive_button.setToolTip(
                    self.tr("Hide them from the roster. Nothing is deleted.")
                )
        self.forget_button.setEnabled(
            member is not None and not member.forgotten and not self._forgetting
        )
        can_invite = (
            member is not None
            and not member.archived
            and not member.has_journal_account
            and not self._inviting
        )
        self.invite_button.setEnabled(can_invite)
        self.invite_button.setVisible(member is not None)
        self.discard_button.setEnabled(self._editing_new or self.has_unsaved_changes())

    def _update_count(self, *_args: object) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if total == 0:
            self.count_label.setText(self.tr("The roster is empty."))
        elif shown == 0 and self.proxy.query.strip():
            self.count_label.setText(self.tr("No one matches this search."))
        else:
            text = fill(self.tr("Showing %1 of %2"), shown, total)
            archived = self.controller.archived_count()
            if archived and not self.proxy.show_archived:
                text += " · " + fill(self.tr("%1 archived not shown"), archived)
            self.count_label.setText(text)

    # ================================================================= retention
    @Slot()
    def refresh_retention(self) -> None:
        months, due = self.controller.retention_due()
        self._retention_months = months
        self._retention_due = due
        if not due:
            self.retention_banner.hide()
        else:
            if len(due) == 1:
                text = self.tr("1 person left more than %1 ago. Time to review?")
            else:
                text = self.tr("%2 people left more than %1 ago. Time to review?")
            self.retention_text.setText(fill(text, months_phrase(months), len(due)))
            self.retention_banner.show()
        if self.retention_dialog is not None and Shiboken.isValid(self.retention_dialog):
            self.retention_dialog.set_rows(self._retention_rows())

    def _retention_rows(self) -> list[RetentionRow]:
        rows = []
        for candidate in self._retention_due:
            row = self.model.row_of(candidate.member_id)
            name = display_name(self.model.member_at(row)) if row is not None else candidate.name
            rows.append(RetentionRow(candidate.member_id, name, candidate.left_on))
        return rows

    def _open_tracked(self, name: str, dialog: QDialog) -> None:
        """Open a window-modal dialog kept as ``self.<name>`` until it closes (tests and
        "raise the existing one" checks read it); it deletes itself when closed."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def forget() -> None:
            if getattr(self, name, None) is dialog:
                setattr(self, name, None)

        dialog.finished.connect(forget)
        setattr(self, name, dialog)
        dialog.open()

    @Slot()
    def open_retention_review(self) -> None:
        if self.retention_dialog is not None and Shiboken.isValid(self.retention_dialog):
            self.retention_dialog.raise_()
            return
        dialog = RetentionReviewDialog(self._retention_months, self._retention_rows(), self)
        dialog.forget_requested.connect(self._forget_member_id)
        self._open_tracked("retention_dialog", dialog)

    @Slot(str)
    def _forget_member_id(self, member_id: str) -> None:
        row = self.model.row_of(member_id)
        if row is not None:
            self._ask_to_forget(self.model.member_at(row))

    # ================================================================= selection
    def _select_proxy_row(self, row: int | None) -> None:
        self._syncing_selection = True
        try:
            model = self.table.selectionModel()
            if row is None:
                model.clearSelection()
                return
            index = self.proxy.index(row, COL_NAME)
            model.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        finally:
            self._syncing_selection = False

    def _select_member(self, member_id: str | None) -> None:
        row = None if member_id is None else self.proxy.proxy_row_of(member_id)
        self._select_proxy_row(row)

    def _shown_row_leaving(self, _parent: object, first: int, last: int) -> None:
        """The person in the pane is about to drop out of the list (archived, filtered).

        The view then moves the selection to a neighbour; that is not the person
        choosing someone else, so the pane keeps showing who it showed.
        """
        if self._current is None or self._editing_new:
            return
        row = self.proxy.proxy_row_of(self._current.id)
        if row is not None and first <= row <= last:
            self._syncing_selection = True
            self._shown_row_removed = True

    def _shown_row_left(self, *_args: object) -> None:
        if self._shown_row_removed:
            self._shown_row_removed = False
            self._select_member(None)  # nothing highlighted that the pane does not show

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._syncing_selection:
            return
        rows = self.table.selectionModel().selectedRows(COL_NAME)
        if not rows:
            return  # filtered away or cleared: keep whatever the pane shows
        member = self.proxy.member_at(rows[0].row())
        if member is None:
            return
        if not self._editing_new and self._current is not None and member.id == self._current.id:
            return
        if not self._confirm_discard():
            self._select_member(
                None if self._editing_new or self._current is None else self._current.id
            )
            return
        self._show_member(member)

    def _confirm_discard(self) -> bool:
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Discard changes?"),
            self.tr("You have changes here that are not saved yet. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # ================================================================= actions
    @Slot()
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    @Slot()
    def _focus_first_result(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        self.table.setFocus()
        if not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    @Slot(str)
    def _on_search(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_count()

    @Slot(bool)
    def _on_show_archived(self, checked: bool) -> None:
        self.proxy.set_show_archived(checked)
        if self._current is not None and not self._editing_new:
            self._select_member(self._current.id)
        self._update_count()

    @Slot()
    def start_new_member(self) -> None:
        if self._editing_new and not self.has_unsaved_changes():
            self.name_edit.setFocus()
            return
        if not self._confirm_discard():
            return
        self._editing_new = True
        self._load_form(None)
        self._select_proxy_row(None)
        self._set_pane(self.PANE_FORM)
        self._refresh_details()
        self.name_edit.setFocus()

    @Slot()
    def _save_if_editing(self) -> None:
        if self.pane.currentIndex() == self.PANE_FORM and self.save_row.isVisible():
            self.save()

    @Slot()
    def save(self) -> None:
        if self._current is not None and self._current.forgotten and not self._editing_new:
            return
        self.detail.clear_errors()
        member_id = None if self._editing_new or self._current is None else self._current.id
        before = None if member_id is None else self._current
        status = self.detail.status()
        status_changed = status != self._loaded_status
        contact = self.detail.contact()
        send_contact = None
        if (
            member_id is not None
            and self._baseline is not None
            and contact != self._baseline.contact
        ):
            send_contact = contact
        member = self.controller.save(
            member_id,
            self.detail.draft(),
            contact=send_contact,
            status=status if (status_changed or member_id is None) else None,
        )
        if member is None:
            return
        if member_id is None and self.proxy.proxy_row_of(member.id) is None:
            self.search_edit.clear()  # make sure the person just added is visible
        self._show_member(member)
        self._select_member(member.id)
        self._update_count()
        if before is not None and status_changed and before.status is not member.status:
            self._offer_status_undo(before, member)
            self.refresh_retention()

    def _offer_status_undo(self, before: Member, after: Member) -> None:
        if after.status is MemberStatus.LEFT:
            message = fill(self.tr("%1 is archived as having left."), display_name(after))
        else:
            message = fill(
                self.tr("%1 is now %2."), display_name(after), status_word(after.status).lower()
            )
        old_status, old_since = before.status, before.status_since
        self.undo_bar.offer(message, lambda: self._restore_status(after.id, old_status, old_since))

    def _restore_status(self, member_id: str, status: MemberStatus, since: date | None) -> None:
        member = self.controller.set_status(member_id, status, since)
        if member is None:
            return
        self._context.signals.status_message.emit(self.tr("Undone."))
        if self._current is not None and self._current.id == member_id and not self._editing_new:
            dirty = self.has_unsaved_changes()
            self._current = member
            if not dirty:
                self._load_form(member)
            self._refresh_details()
        self._select_member(member_id)
        self._update_count()
        self.refresh_retention()

    @Slot()
    def discard_changes(self) -> None:
        if self._editing_new:
            self._editing_new = False
            if self._current is not None:
                self._show_member(self._current)
                self._select_member(self._current.id)
            elif self.model.rowCount() == 0:
                self._set_pane(self.PANE_EMPTY_ROSTER)
            else:
                self._set_pane(self.PANE_NOTHING_SELECTED)
            return
        self._load_form(self._current)
        self._update_actions()

    @Slot(int)
    def _status_chosen(self, _index: int) -> None:
        status, _since = self.detail.status()
        loaded = self._loaded_status
        if loaded is not None and status is loaded[0]:
            self.since_edit.setDate(to_qdate(loaded[1]))
        else:
            self.since_edit.setDate(to_qdate(self.controller.today()))
        self._field_edited(self.status_error)

    @Slot()
    def _on_archive_clicked(self) -> None:
        member = self._current
        if member is None or self._editing_new:
            return
        if member.archived:
            self._set_archived(member, False)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Archive this member?"),
            # A typed name must never be read as markup.
            QtGui.Qt.convertFromPlainText(
                fill(
                    self.tr(
                        "Archive %1? They will be hidden from the roster, but nothing is deleted. "
                        "You can restore them at any time with “Show archived”."
                    ),
                    member.name,
                )
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._set_archived(member, True)

    def _set_archived(self, member: Member, archived: bool) -> None:
        updated = self.controller.set_archived(member.id, archived)
        if updated is None:
            return
        dirty = self.has_unsaved_changes()
        self._current = updated
        if not dirty:
            self._load_form(updated)
        self._refresh_details()
        self._select_member(updated.id)
        self._update_count()
        self.refresh_retention()
        if archived:
            message = fill(self.tr("%1 is archived. Nothing was deleted."), display_name(updated))
        else:
            message = fill(self.tr("%1 is back on the roster."), display_name(updated))
        old_status, old_since = member.status, member.status_since
        self.undo_bar.offer(message, lambda: self._restore_status(member.id, old_status, old_since))

    # -- consent --------------------------------------------------------------------
    def _on_consent_button(self, purpose: ConsentPurpose) -> None:
        member = None if self._editing_new else self._current
        if member is None or member.forgotten:
            return
        if purpose in member.consents:
            self.withdraw_consent(purpose)
        else:
            self.record_consent(purpose)

    def record_consent(self, purpose: ConsentPurpose) -> None:
        member = self._current
        if member is None:
            return
        wording = self.controller.wording(purpose)
        if wording is None:
            return
        dialog = RecordConsentDialog(
            purpose, wording, display_name(member), self.controller.today(), self
        )
        dialog.accepted.connect(
            lambda: self._consent_given(
                member.id,
                purpose,
                dialog.method(),
                dialog.version,
                dialog.given_on(),
            )
        )
        self._open_tracked("consent_dialog", dialog)

    def _consent_given(
        self,
        member_id: str,
        purpose: ConsentPurpose,
        method: ConsentMethod,
        version: int,
        given_on: date,
    ) -> None:
        member = self.controller.give_consent(
            member_id, purpose, method=method, wording_version=version, given_on=given_on
        )
        if member is not None:
            self._member_consents_changed(member)

    def withdraw_consent(self, purpose: ConsentPurpose) -> None:
        member = self._current
        if member is None:
            return
        confirmed = ask(
            self,
            self.tr("Withdraw consent?"),
            fill(
                self.tr("Withdraw %1's consent to “%2”?\n\n%3\n\nThis cannot be undone."),
                display_name(member),
                purpose_name(purpose),
                erased_by_withdrawal(purpose),
            ),
            self.tr("&Withdraw and erase"),
            destructive=True,
        )
        if not confirmed:
            return
        updated = self.controller.withdraw_consent(member.id, purpose)
        if updated is not None:
            self._member_consents_changed(updated)

    def _member_consents_changed(self, member: Member) -> None:
        if self._current is None or self._current.id != member.id or self._editing_new:
            return
        self._current = member
        # Erased contact details leave the form too, without touching other edits.
        if self._baseline is not None and member.contact != self._baseline.contact:
            self.detail.set_contact(member.contact)
            self._baseline = replace(self._baseline, contact=self.detail.contact())
        self._refresh_details()

    # -- forget -----------------------------------------------------------------------
    @Slot()
    def forget_selected(self) -> None:
        member = None if self._editing_new else self._current
        if member is None or member.forgotten:
            return
        self._ask_to_forget(member)

    def _ask_to_forget(self, member: Member) -> None:
        if self._forgetting or member.forgotten:
            return
        if self.forget_dialog is not None and Shiboken.isValid(self.forget_dialog):
            self.forget_dialog.close()
        dialog = ForgetMemberDialog(member, self.retention_dialog or self)
        dialog.accepted.connect(lambda: self.controller.forget(member.id, self.window()))
        self._open_tracked("forget_dialog", dialog)

    @Slot(bool)
    def _on_forget_running(self, running: bool) -> None:
        self._forgetting = running
        self._update_actions()

    @Slot(object, object)
    def _on_forgotten(self, _result: ForgetResult, member: Member) -> None:
        self.undo_bar.dismiss()  # nothing before this can be undone any more
        showing = self._current is not None and self._current.id == member.id
        if showing and not self._editing_new:
            self._show_member(member)
            self._select_member(member.id)
        self._update_count()
        self.refresh_retention()

    # -- enrolment, invitations -------------------------------------------------------
    @Slot()
    def start_enrolment(self) -> None:
        if self.enrolment_wizard is not None and Shiboken.isValid(self.enrolment_wizard):
            self.enrolment_wizard.raise_()
            return
        wizard = EnrolmentWizard(self._context, self)
        wizard.enrolled.connect(self._on_enrolled)
        self._open_tracked("enrolment_wizard", wizard)

    @Slot(object, bool)
    def _on_enrolled(self, member: Member, wants_journal: bool) -> None:
        self.model.add_member(member)
        self.controller.refresh_hints()
        row = self.model.row_of(member.id)
        shown = self.model.member_at(row) if row is not None else member
        if self.proxy.proxy_row_of(member.id) is None:
            self.search_edit.clear()
        if self._confirm_discard():
            self._show_member(shown)
            self._select_member(member.id)
        self._update_count()
        self._context.signals.status_message.emit(
            fill(self.tr("%1 is on the roster. Welcome!"), display_name(shown))
        )
        if wants_journal:
            self.controller.invite(shown, self.window())

    @Slot()
    def invite_selected(self) -> None:
        member = None if self._editing_new else self._current
        if member is None or self._inviting:
            return
        self.controller.invite(member, self.window())

    @Slot(bool)
    def _on_invite_running(self, running: bool) -> None:
        self._inviting = running
        self._update_actions()

    @Slot(str, object)
    def _show_invitation(self, code: str, member: Member) -> None:
        if self._current is not None and self._current.id == member.id:
            self._current = member
            self._refresh_details()
        dialog = InvitationCodeDialog(code, display_name(member), self)
        dialog.hand_over_requested.connect(self._context.signals.hand_over_to_member.emit)
        self._open_tracked("invitation_dialog", dialog)

    # -- import and export ------------------------------------------------------------
    @Slot()
    def import_sheet(self) -> None:
        from safespace_desktop.ui.runtime.file_locations import start_folder

        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a sign-up sheet"),
            str(start_folder()),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if not path:
            return
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)  # the service refuses anything larger
        except OSError:
            self._show_notice(
                self.tr("That file could not be opened. Is it still there, and can you open it?")
            )
            return
        dialog = RosterImportDialog(self.controller.csv, data, Path(path).name, self)
        dialog.imported.connect(self._on_imported)
        self._open_tracked("import_dialog", dialog)

    @Slot(object)
    def _on_imported(self, result: ImportResult) -> None:
        self.search_edit.clear()
        self.reload()
        count = len(result.added)
        if count == 1:
            text = self.tr("1 person was added from the sheet.")
        else:
            text = fill(self.tr("%1 people were added from the sheet."), count)
        if result.skipped_rows:
            text += " " + fill(
                self.tr("Rows left out: %1."), ", ".join(map(str, result.skipped_rows))
            )
        self._context.signals.status_message.emit(text)
        self._show_notice(text)

    @Slot()
    def export_roster(self) -> None:
        dialog = RosterExportDialog(self)
        dialog.accepted.connect(
            lambda: self._export_to_file(
                dialog.include_left(), dialog.include_contact(), dialog.include_notes()
            )
        )
        self._open_tracked("export_dialog", dialog)

    def _export_to_file(
        self, include_left: bool, include_contact: bool, include_notes: bool
    ) -> None:
        from safespace_desktop.ui.runtime.file_locations import suggested_path

        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the roster as"),
            suggested_path(self.tr("roster.csv")),
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        self.controller.export(
            target,
            include_left=include_left,
            include_contact=include_contact,
            include_notes=include_notes,
            parent=self.window(),
        )

    # ================================================================= errors
    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    @Slot()
    def _update_name_hint(self) -> None:
        if self.pane.currentIndex() != self.PANE_FORM:
            return
        exclude = None if self._editing_new or self._current is None else self._current.id
        message = self.controller.name_hint(self.name_edit.text(), exclude)
        self.name_hint.setText(message)
        self.name_hint.setVisible(bool(message))

    def _field_edited(self, error: QLabel | None) -> None:
        if error is not None and not error.isHidden():
            error.clear()
            error.hide()
        self._update_actions()

    @Slot(str, str)
    def _show_validation_error(self, field: str, message: str) -> None:
        targets: dict[str, tuple[QLabel, QWidget]] = {
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
        label, widget = targets.get(field, (self.form_error, self.name_edit))
        label.setText("⚠ " + message)
        label.show()
        widget.setAccessibleDescription(message)
        widget.setFocus()
        self.form_scroll.ensureWidgetVisible(widget)

    @Slot(str)
    def _show_form_error(self, message: str) -> None:
        if self.pane.currentIndex() == self.PANE_FORM and self.save_row.isVisible():
            self.form_error.setText("⚠ " + message)
            self.form_error.show()
        else:
            self.notice.setText(message)
            self.notice.show()
