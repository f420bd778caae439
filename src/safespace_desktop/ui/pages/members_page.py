"""The facilitator's Members page: the roster table and a detail pane to edit it.

``MembersController`` decides (it talks to ``MembersService`` and the vault and keeps
the table model current); ``MembersPage`` only lays out widgets, asks the person to
confirm, and shows what the controller reports.
"""

from __future__ import annotations

import contextlib

from PySide6 import QtGui
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from safespace_desktop.core.errors import ValidationError
from safespace_desktop.core.model import Invitation, Member, MemberDraft
from safespace_desktop.services.members import NAME_MAX, PRONOUNS_MAX, MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.context import SessionContext
from safespace_desktop.ui.dialogs.invitation_code import InvitationCodeDialog
from safespace_desktop.ui.errors import describe
from safespace_desktop.ui.item_models.member_table import (
    COL_JOURNAL,
    COL_NAME,
    COL_PRONOUNS,
    COL_STATUS,
    MemberFilterProxy,
    MemberTableModel,
    journal_text,
    status_text,
)
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label

_EMPTY_DRAFT = MemberDraft(name="", pronouns="", note="")


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


def _draft_of(member: Member) -> MemberDraft:
    return MemberDraft(name=member.name, pronouns=member.pronouns, note=member.note)


class MembersController(QObject):
    """What happens on load, save, archive, restore and invite."""

    validation_failed = Signal(str, str)  # field name, kind message
    failed = Signal(str)  # kind message about anything else
    member_changed = Signal(object)  # Member, after any successful write
    invitation_ready = Signal(str, object)  # code, Member
    invite_running = Signal(bool)

    def __init__(self, context: SessionContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._service = MembersService(context.vault)
        self.model = MemberTableModel(self)
        self.proxy = MemberFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.damaged_count = 0

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

    def archived_count(self) -> int:
        return sum(1 for m in self.model.members() if m.archived)

    # -- writing ------------------------------------------------------------------
    def save(self, member_id: str | None, draft: MemberDraft) -> Member | None:
        """Add (``member_id`` None) or update; returns the stored member or None."""
        try:
            if member_id is None:
                member = self._service.add_member(draft)
            else:
                member = self._service.update_member(member_id, draft)
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
        self.member_changed.emit(member)
        return member

    def set_archived(self, member_id: str, archived: bool) -> Member | None:
        try:
            if archived:
                member = self._service.archive(member_id)
            else:
                member = self._service.restore(member_id)
        except Exception as exc:
            self.failed.emit(describe(exc))
            return None
        self.model.replace_member(member)
        if archived:
            message = self.tr("Archived. Nothing was deleted; you can restore them at any time.")
        else:
            message = self.tr("Restored to the roster.")
        self._context.signals.status_message.emit(message)
        self.member_changed.emit(member)
        return member

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


class MembersPage(QWidget):
    """Roster table on the left, the selected person's details on the right."""

    PANE_EMPTY_ROSTER = 0
    PANE_NOTHING_SELECTED = 1
    PANE_FORM = 2

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.controller = MembersController(context, self)
        self.model = self.controller.model
        self.proxy = self.controller.proxy
        self._current: Member | None = None  # the saved member shown in the pane
        self._editing_new = False
        self._baseline = _EMPTY_DRAFT  # what the form held when it was loaded
        self._syncing_selection = False
        self._inviting = False
        self.invitation_dialog: InvitationCodeDialog | None = None

        self._build()
        self._connect()
        self.controller.reload()
        self._after_reload()

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
        self.search_edit.setToolTip(self.tr("Search the roster (%1)").replace("%1", find_keys))
        search_label = QLabel(self.tr("S&earch:"))
        search_label.setBuddy(self.search_edit)

        self.show_archived_check = QCheckBox(self.tr("Sho&w archived"))
        self.show_archived_check.setToolTip(
            self.tr("Also list people who have been archived. Nothing archived is deleted.")
        )

        new_keys = QKeySequence(QKeySequence.StandardKey.New).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.add_button = QPushButton(self.tr("A&dd member"))
        self.add_button.setToolTip(
            self.tr("Add someone to the roster (%1)").replace("%1", new_keys)
        )

        toolbar = QHBoxLayout()
        toolbar.addWidget(search_label)
        toolbar.addWidget(self.search_edit, 1)
        toolbar.addWidget(self.show_archived_check)
        toolbar.addSpacing(unit // 2)
        toolbar.addWidget(self.add_button)

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
            (COL_STATUS, (self.tr("Status"), status_text(Member("", "", archived=True)))),
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
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        # -- right: the detail pane ---------------------------------------------
        self.pane = QStackedWidget()
        self.pane.setMinimumWidth(metrics.averageCharWidth() * 42)
        self.pane.addWidget(self._build_empty_roster(unit))
        self.pane.addWidget(self._build_nothing_selected(unit))
        self.pane.addWidget(self._build_form(unit))

        pane_frame = QFrame()
        pane_frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(pane_frame)
        frame_layout.setContentsMargins(unit, unit, unit, unit)
        frame_layout.addWidget(self.pane)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(pane_frame)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(int(unit * 1.5), unit, int(unit * 1.5), unit)
        outer.setSpacing(unit // 2)
        outer.addWidget(title)
        outer.addWidget(subtitle)
        outer.addSpacing(unit // 2)
        outer.addWidget(self.notice)
        outer.addWidget(self.splitter, 1)

        # -- keyboard -------------------------------------------------------------
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(context)
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(context)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.setContext(context)

        for first, second in (
            (self.search_edit, self.show_archived_check),
            (self.show_archived_check, self.add_button),
            (self.add_button, self.table),
            (self.table, self.first_member_button),
            (self.first_member_button, self.name_edit),
            (self.name_edit, self.pronouns_combo),
            (self.pronouns_combo, self.note_edit),
            (self.note_edit, self.save_button),
            (self.save_button, self.discard_button),
            (self.discard_button, self.archive_button),
            (self.archive_button, self.invite_button),
        ):
            QWidget.setTabOrder(first, second)

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

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        return label

    def _build_form(self, unit: int) -> QWidget:
        page = QWidget()
        self.pane_title = self._heading("")
        self.pane_status = QLabel()
        self.pane_status.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setAccessibleName(self.tr("Alias or first name"))
        self.name_edit.setPlaceholderText(self.tr("Whatever they are comfortable sharing"))
        self.name_error = self._error_label()

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

        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(
            self.tr("Optional. Anything that helps you support them. Only facilitators see it.")
        )
        self.note_edit.setMinimumHeight(self.note_edit.fontMetrics().lineSpacing() * 5)
        self.note_error = self._error_label()

        self.form_error = self._error_label()

        def field(widget: QWidget, error: QLabel) -> QWidget:
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(2)
            box_layout.addWidget(widget)
            box_layout.addWidget(error)
            return box

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(unit // 2)
        name_label = QLabel(self.tr("&Alias or first name\n(required)"))
        name_label.setBuddy(self.name_edit)
        pronouns_label = QLabel(self.tr("&Pronouns"))
        pronouns_label.setBuddy(self.pronouns_combo)
        note_label = QLabel(self.tr("N&ote"))
        note_label.setBuddy(self.note_edit)
        form.addRow(name_label, field(self.name_edit, self.name_error))
        form.addRow(pronouns_label, field(self.pronouns_combo, self.pronouns_error))
        note_box = field(self.note_edit, self.note_error)
        note_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        form.addRow(note_label, note_box)

        save_keys = QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save these details (%1)").replace("%1", save_keys))
        self.discard_button = QPushButton(self.tr("Dis&card changes"))
        self.archive_button = QPushButton(self.tr("Arc&hive"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.archive_button)

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        journal_heading = self._heading(self.tr("Private journal"), 1.05)
        self.journal_text = QLabel()
        self.journal_text.setWordWrap(True)
        self.invite_button = QPushButton(self.tr("&Invite to keep a journal…"))

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(unit // 2)
        layout.addWidget(self.pane_title)
        layout.addWidget(self.pane_status)
        layout.addSpacing(unit // 2)
        layout.addLayout(form, 1)
        layout.addWidget(self.form_error)
        layout.addLayout(buttons)
        layout.addSpacing(unit // 2)
        layout.addWidget(rule)
        layout.addWidget(journal_heading)
        layout.addWidget(self.journal_text)
        invite_row = QHBoxLayout()
        invite_row.addWidget(self.invite_button)
        invite_row.addStretch(1)
        layout.addLayout(invite_row)
        self.form_page = page
        return page

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self._on_search)
        self.search_edit.returnPressed.connect(self._focus_first_result)
        self.show_archived_check.toggled.connect(self._on_show_archived)
        self.add_button.clicked.connect(self.start_new_member)
        self.first_member_button.clicked.connect(self.start_new_member)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard_changes)
        self.archive_button.clicked.connect(self._on_archive_clicked)
        self.invite_button.clicked.connect(self.invite_selected)
        self.name_edit.returnPressed.connect(self.save)
        self.find_shortcut.activated.connect(self.focus_search)
        self.new_shortcut.activated.connect(self.start_new_member)
        self.save_shortcut.activated.connect(self._save_if_editing)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.activated.connect(lambda _index: self.name_edit.setFocus())

        self.name_edit.textChanged.connect(lambda _t: self._field_edited(self.name_error))
        self.pronouns_combo.editTextChanged.connect(
            lambda _t: self._field_edited(self.pronouns_error)
        )
        self.note_edit.textChanged.connect(lambda: self._field_edited(self.note_error))

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

    # ================================================================= state
    def has_unsaved_changes(self) -> bool:
        """True when the pane holds edits that are not saved yet."""
        if self.pane.currentIndex() != self.PANE_FORM:
            return False
        return self._form_draft() != self._baseline

    def current_member(self) -> Member | None:
        return self._current

    def _form_draft(self) -> MemberDraft:
        return MemberDraft(
            name=self.name_edit.text(),
            pronouns=self.pronouns_combo.currentText(),
            note=self.note_edit.toPlainText(),
        )

    def _load_form(self, draft: MemberDraft) -> None:
        self.name_edit.setText(draft.name)
        self.pronouns_combo.setCurrentIndex(-1)
        self.pronouns_combo.setEditText(draft.pronouns)
        self.note_edit.setPlainText(draft.note)
        self._baseline = self._form_draft()
        self._clear_errors()

    def _clear_errors(self) -> None:
        for label in (self.name_error, self.pronouns_error, self.note_error, self.form_error):
            label.clear()
            label.hide()
        for widget in (self.name_edit, self.pronouns_combo, self.note_edit):
            widget.setAccessibleDescription("")

    def reload(self) -> None:
        """Read the roster again (for example after an import); unsaved edits stay."""
        keep = None if self._editing_new or self._current is None else self._current.id
        self.controller.reload()
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
            self._load_form(_draft_of(member))
        self._refresh_details()
        self._select_member(member.id)
        self._after_reload(select_first=False)

    def _after_reload(self, *, select_first: bool = True) -> None:
        self.notice.hide()
        if self.controller.damaged_count:
            self.notice.setText(
                self.tr(
                    "Some roster entries (%1) failed their safety check, so they are not "
                    "shown. They were left untouched."
                ).replace("%1", str(self.controller.damaged_count))
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
        self._load_form(_draft_of(member))
        self._set_pane(self.PANE_FORM)
        self._refresh_details()

    def _refresh_details(self) -> None:
        member = self._current
        if self._editing_new or member is None:
            self.pane_title.setText(self.tr("New member"))
            self.pane_status.setText(
                self.tr("Fill in what they are happy to share, then choose Save.")
            )
            self.journal_text.setText(
                self.tr("Once they are saved you can invite them to keep a private journal.")
            )
        else:
            self.pane_title.setText(member.name)
            if member.archived:
                self.pane_status.setText(
                    self.tr(
                        "Archived: hidden from the roster unless “Show archived” is ticked. "
                        "Nothing was deleted."
                    )
                )
            else:
                self.pane_status.setText(self.tr("Active member of the group."))
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
        self._update_actions()

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
            text = self.tr("Showing %1 of %2").replace("%1", str(shown)).replace("%2", str(total))
            archived = self.controller.archived_count()
            if archived and not self.proxy.show_archived:
                text += " · " + self.tr("%1 archived not shown").replace("%1", str(archived))
            self.count_label.setText(text)

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
        self._load_form(_EMPTY_DRAFT)
        self._select_proxy_row(None)
        self._set_pane(self.PANE_FORM)
        self._refresh_details()
        self.name_edit.setFocus()

    @Slot()
    def _save_if_editing(self) -> None:
        if self.pane.currentIndex() == self.PANE_FORM:
            self.save()

    @Slot()
    def save(self) -> None:
        self._clear_errors()
        member_id = None if self._editing_new or self._current is None else self._current.id
        member = self.controller.save(member_id, self._form_draft())
        if member is None:
            return
        if member_id is None and self.proxy.proxy_row_of(member.id) is None:
            self.search_edit.clear()  # make sure the person just added is visible
        self._show_member(member)
        self._select_member(member.id)
        self._update_count()

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
        self._load_form(self._baseline)
        self._update_actions()

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
                self.tr(
                    "Archive %1? They will be hidden from the roster, but nothing is deleted. "
                    "You can restore them at any time with “Show archived”."
                ).replace("%1", member.name)
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
        self._current = updated
        self._refresh_details()
        self._select_member(updated.id)
        self._update_count()

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
        dialog = InvitationCodeDialog(code, member.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.hand_over_requested.connect(self._context.signals.hand_over_to_member.emit)
        dialog.finished.connect(self._invitation_closed)
        self.invitation_dialog = dialog
        dialog.open()

    @Slot()
    def _invitation_closed(self) -> None:
        self.invitation_dialog = None

    # ================================================================= errors
    def _field_edited(self, error: QLabel) -> None:
        if not error.isHidden():
            error.clear()
            error.hide()
        self._update_actions()

    @Slot(str, str)
    def _show_validation_error(self, field: str, message: str) -> None:
        targets: dict[str, tuple[QLabel, QWidget]] = {
            "name": (self.name_error, self.name_edit),
            "pronouns": (self.pronouns_error, self.pronouns_combo),
            "note": (self.note_error, self.note_edit),
        }
        label, widget = targets.get(field, (self.form_error, self.name_edit))
        label.setText("⚠ " + message)
        label.show()
        widget.setAccessibleDescription(message)
        widget.setFocus()

    @Slot(str)
    def _show_form_error(self, message: str) -> None:
        if self.pane.currentIndex() == self.PANE_FORM:
            self.form_error.setText("⚠ " + message)
            self.form_error.show()
        else:
            self.notice.setText(message)
            self.notice.show()
