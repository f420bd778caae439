"""Decides what the Members page does: loading, choosing someone, editing and saving.

Every read is a ``QueryOp`` and every change a ``CollectionOp`` on the session's
worker thread, so the roster is never decrypted on the GUI thread. The page follows
member and consent changes (from here or any other page) and updates only the rows
that changed. The use cases with their own flows live in ``actions/``: journal
invitations, consent, leaving (archive, forget, retention), the CSV sheets, and the
drafts kept when the app locks.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject
from PySide6.QtWidgets import QLabel, QMessageBox

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import NotFound, StaleEdit, ValidationError
from safespace_desktop.core.model import Member
from safespace_desktop.core.roster import MemberStatus, RetentionCandidate, today_from
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.enrolment import EnrolmentService
from safespace_desktop.services.forget import ForgetService
from safespace_desktop.services.form_drafts import FormDraftsService
from safespace_desktop.services.members import MembersService, disambiguate
from safespace_desktop.services.retention import RetentionService, due_among
from safespace_desktop.services.roster_csv import RosterCsvService
from safespace_desktop.ui.members import wording
from safespace_desktop.ui.members.actions.consent import ConsentActions
from safespace_desktop.ui.members.actions.drafts import DraftActions
from safespace_desktop.ui.members.actions.editing import FormState, same_in_form, save_member
from safespace_desktop.ui.members.actions.enrolling import EnrolActions
from safespace_desktop.ui.members.actions.invitations import InvitationActions
from safespace_desktop.ui.members.actions.leaving import LeavingActions
from safespace_desktop.ui.members.actions.name_hints import NameHintActions
from safespace_desktop.ui.members.actions.sheets import SheetActions
from safespace_desktop.ui.members.actions.stale import StaleActions
from safespace_desktop.ui.members.detail_panel import DetailPanel
from safespace_desktop.ui.members.table_model import (
    COL_NAME,
    MemberFilterProxy,
    MemberTableModel,
    display_name,
)
from safespace_desktop.ui.members.view import MembersView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.dates import to_qdate
from safespace_desktop.ui.wording.errors import describe

FOLLOWED = (RecordKind.MEMBER, RecordKind.CONSENT)


@dataclass(frozen=True)
class RosterRead:
    """One read of the roster for the page: the people, how many rows were damaged, and
    who is due a retention review."""

    members: list[Member]
    damaged: int
    retention_months: int
    retention_due: list[RetentionCandidate]


class MembersController(QObject):
    def __init__(self, context: SessionContext, view: MembersView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        vault = context.vault
        self.members = MembersService(vault)
        self.consent = ConsentService(vault)
        self.retention = RetentionService(vault)
        self.enrolment = EnrolmentService(vault)
        self.forgetting = ForgetService(vault)
        self.csv = RosterCsvService(vault)
        self.drafts = FormDraftsService(vault)
        self.model = MemberTableModel(self)
        self.proxy = MemberFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        # Connected before the table's own selection model, so these run first.
        self.proxy.rowsAboutToBeRemoved.connect(self._shown_row_leaving)
        self.proxy.rowsRemoved.connect(self._shown_row_left)
        view.list.set_model(self.proxy)

        self.current: Member | None = None  # the saved member shown in the pane
        self.editing_new = False
        self._baseline: FormState | None = None  # what the form held when it was loaded
        self._loaded_status: tuple[MemberStatus, date] | None = None
        # The entry as the form was loaded from it; a save states its revision.
        self._form_member: Member | None = None
        self._syncing_selection = False
        self._shown_row_removed = False
        self.damaged_count = 0
        self.loaded = False  # the first load has arrived

        self.invitations = InvitationActions(self)
        self.consents = ConsentActions(self)
        self.leaving = LeavingActions(self)
        self.sheets = SheetActions(self)
        self.kept_drafts = DraftActions(self)
        self.enrolling = EnrolActions(self)
        self.name_hints = NameHintActions(self)
        self.stale = StaleActions(self)
        self._connect()
        context.changes.follow(view, FOLLOWED, self._on_changes)
        context.changes.follow(
            view, [RecordKind.ROSTER_SETTINGS], lambda _c: self.leaving.refresh_retention()
        )
        context.signals.about_to_lock.connect(self.kept_drafts.keep)
        self.load()

    def today(self) -> date:
        return today_from(self.context.vault.clock.now())

    def _connect(self) -> None:
        view, form, member = self.view, self.view.form, self.view.member
        view.list.search_edit.textChanged.connect(self._on_search)
        view.list.search_edit.returnPressed.connect(self._focus_first_result)
        view.list.show_archived_check.toggled.connect(self._on_show_archived)
        view.list.add_button.clicked.connect(self.start_new_member)
        view.detail.first_member_button.clicked.connect(self.start_new_member)
        view.list.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        view.list.table.activated.connect(lambda _index: form.name_edit.setFocus())
        member.save_button.clicked.connect(self.save)
        member.discard_button.clicked.connect(self.discard_changes)
        form.name_edit.returnPressed.connect(self.save)
        view.find_shortcut.activated.connect(view.focus_search)
        view.new_shortcut.activated.connect(self.start_new_member)
        view.save_shortcut.activated.connect(self._save_if_editing)

        form.name_edit.textChanged.connect(lambda _t: self._field_edited(form.name_error))
        form.pronouns_combo.editTextChanged.connect(
            lambda _t: self._field_edited(form.pronouns_error)
        )
        form.note_edit.textChanged.connect(lambda: self._field_edited(form.note_error))
        form.access_note_edit.textChanged.connect(lambda _t: self._field_edited(form.access_error))
        for check in form.access_checks.values():
            check.toggled.connect(lambda _on: self._field_edited(form.access_error))
        form.role_combo.currentIndexChanged.connect(lambda _i: self._field_edited(None))
        form.joined_edit.dateChanged.connect(lambda _d: self._field_edited(None))
        form.status_combo.currentIndexChanged.connect(self._status_chosen)
        form.since_edit.dateChanged.connect(lambda _d: self._field_edited(form.status_error))
        for edit in (form.phone_edit, form.email_edit, form.best_time_edit):
            edit.textChanged.connect(lambda _t: self._field_edited(form.contact_error))
        form.message_combo.currentIndexChanged.connect(
            lambda _i: self._field_edited(form.contact_error)
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
            signal.connect(self.update_count)

    # ================================================================= loading
    def load(self) -> None:
        """Read the whole roster off the GUI thread; unsaved edits stay in the form."""
        service, retention, today = self.members, self.retention, self.today()

        def work(_ctx: object) -> RosterRead:
            members = service.list_members()
            months = retention.retention_months()
            # Who is due a retention review, from the same read (not a second decryption).
            return RosterRead(
                members, len(service.damaged), months, due_among(members, months, today)
            )

        self.context.ops.query(self.view, work).on_success(self._loaded).on_failure(
            self._load_failed
        ).with_busy(self.view.set_busy).after_first_paint(self.view).run()

    def _loaded(self, result: RosterRead) -> None:
        members, damaged = result.members, result.damaged
        self.loaded = True
        self.damaged_count = damaged
        keep = None if self.editing_new or self.current is None else self.current.id
        self.proxy.replace_all(members)
        self.view.notice.say(wording.damaged_notice(damaged) if damaged else "")
        if self.editing_new:
            self.update_count()
            return
        row = None if keep is None else self.model.row_of(keep)
        if row is None:
            self.current = None
            self._show_first()
        else:
            self._member_updated(self.model.member_at(row))
            self.select_member(keep)
        self.update_count()
        self.leaving.show_retention(result.retention_months, result.retention_due)

    def _load_failed(self, exc: BaseException) -> None:
        self.model.set_members([])
        self.view.show_error(describe(exc))

    def _show_first(self) -> None:
        if self.model.rowCount() == 0:
            self.view.show_pane(DetailPanel.EMPTY_ROSTER)
        elif self.proxy.rowCount() > 0:
            self._select_proxy_row(0)
            self.show_member(self.proxy.member_at(0))
        else:
            self.view.show_pane(DetailPanel.NOTHING_SELECTED)

    # ================================================================= following changes
    def _on_changes(self, changes: ChangeSet) -> None:
        ids: set[str] = set()
        for kind in FOLLOWED:
            if not changes.touches([kind]):
                continue
            changed = changes.ids(kind)
            if changed is None:
                self.load()  # cannot say who: read the roster again
                self.leaving.refresh_retention()
                return
            ids |= changed
        if ids:
            self.refresh_rows(ids)

    def refresh_rows(self, ids: set[str] | frozenset[str]) -> None:
        """Read only these members again and update their rows (and any hints)."""
        service, wanted = self.members, sorted(ids)

        def work(_ctx: object) -> tuple[list[Member], list[Member]]:
            found = []
            for member_id in wanted:
                try:
                    found.append(service.get(member_id))
                except NotFound:
                    continue
            # Everyone's hints from the same read (the kept listing): not on the GUI thread.
            return found, service.list_members()

        self.context.ops.query(self.view, work).on_success(
            lambda read: self.apply_members(read[0], everyone=read[1])
        ).on_failure(self.failed).run()
        self.leaving.refresh_retention()

    def apply_members(self, members: list[Member], *, everyone: list[Member] | None = None) -> None:
        """Put fresh members into the table; names may change who needs a hint (taken
        from ``everyone``, the roster read with them, or else worked out here)."""
        for member in members:
            self.model.replace_member(member)
        hinted_roster = disambiguate(self.model.members()) if everyone is None else everyone
        for hinted in hinted_roster:
            row = self.model.row_of(hinted.id)
            if row is not None and self.model.member_at(row).disambiguation != (
                hinted.disambiguation
            ):
                self.model.replace_member(
                    replace(self.model.member_at(row), disambiguation=hinted.disambiguation)
                )
        current = self.current
        if current is not None and not self.editing_new:
            row = self.model.row_of(current.id)
            if row is not None:
                self._member_updated(self.model.member_at(row))
        self.update_count()

    def _member_updated(self, member: Member) -> None:
        """The member in the pane changed on disk: show it, keeping unsaved typing."""
        if self.current is None or self.current.id != member.id or self.editing_new:
            return
        dirty = self.has_unsaved_changes()
        consents_changed = self.current.consents != member.consents
        self.current = member
        if not dirty:
            self._load_form(member)
        elif self._baseline is not None and member.contact != self._baseline.contact:
            # Erased contact details leave the form too, without touching other edits.
            self.view.form.set_contact(member.contact)
            self._baseline = replace(self._baseline, contact=self.view.form.contact())
        if dirty and self._form_member is not None and same_in_form(self._form_member, member):
            # Only what the form does not hold changed (an invitation, a consent): saving
            # the typing cannot undo it, so the typing now stands on the newer revision.
            self._form_member = member
        self.refresh_details(reload_consents=consents_changed)

    # ================================================================= the form
    def has_unsaved_changes(self) -> bool:
        """True when the pane holds edits that are not saved yet."""
        if not self.view.showing_member() or self._baseline is None:
            return False
        if self.current is not None and self.current.forgotten and not self.editing_new:
            return False
        return self.form_state() != self._baseline

    def current_member(self) -> Member | None:
        return self.current

    def form_state(self) -> FormState:
        status, since = self.view.form.status()
        return FormState(self.view.form.draft(), status, since, self.view.form.contact())

    def _load_form(self, member: Member | None) -> None:
        self._loaded_status = self.view.form.load(member, self.today())
        self._form_member = member
        self._baseline = self.form_state()
        self.view.show_stale("")
        self.view.form.name_hint.hide()
        self.view.form.clear_errors()
        self.view.member.form_error.hide()

    def restore_state(self, state: FormState) -> None:
        """Fill the form with ``state`` (a kept draft); it counts as unsaved typing."""
        self.view.form.fill(state.draft, state.status, state.since, state.contact, self.today())
        self.update_actions()

    def show_member(self, member: Member | None) -> None:
        if member is None:
            self.view.show_pane(DetailPanel.NOTHING_SELECTED)
            return
        self.current = member
        self.editing_new = False
        self._load_form(member)
        self.view.show_pane(DetailPanel.MEMBER)
        self.refresh_details()
        self.view.member.form_scroll.verticalScrollBar().setValue(0)
        self.kept_drafts.offer(member.id)

    def clear_pane(self) -> None:
        """Nobody shown (they left the list): the pane never shows a hidden member."""
        self.current = None
        self.editing_new = False
        self._baseline = None
        self.kept_drafts.hide_offer()
        self.view.show_pane(
            DetailPanel.EMPTY_ROSTER if self.model.rowCount() == 0 else DetailPanel.NOTHING_SELECTED
        )

    def refresh_details(self, *, reload_consents: bool = True) -> None:
        member = None if self.editing_new else self.current
        page = self.view.member
        forgotten = member is not None and member.forgotten
        if member is None:
            page.pane_title.setText(wording.new_member_title())
            page.pane_status.setText(wording.new_member_status())
        else:
            page.pane_title.setText(display_name(member))
            page.pane_status.setText(wording.status_line(member))
        page.journal.journal_text.setText(wording.journal_state(member))
        self.view.form.set_editable(not forgotten)
        page.save_row.setVisible(not forgotten)
        page.journal.setVisible(not forgotten)
        page.journal_rule.setVisible(not forgotten)
        page.leaving.setVisible(member is not None and not forgotten)
        page.leaving_rule.setVisible(member is not None and not forgotten)
        page.consent.setVisible(member is not None)
        page.consent_new_text.setVisible(member is None)
        self._refresh_contact(member)
        self.consents.show_states(member, reload=reload_consents)
        self.update_actions()

    def _refresh_contact(self, member: Member | None) -> None:
        form = self.view.form
        consented = (
            member is not None
            and not member.forgotten
            and self.consents.contact_purpose in member.consents
        )
        for widget in form.contact_widgets:
            widget.setEnabled(consented)
        form.contact_heading.setVisible(not (member is not None and member.forgotten))
        hint = wording.contact_hint(member, consented)
        form.contact_hint.setText(hint)
        form.contact_hint.setAccessibleDescription(hint)
        for widget in form.contact_widgets:
            widget.setToolTip("" if consented else hint)

    def update_actions(self) -> None:
        member = None if self.editing_new else self.current
        self.leaving.update_buttons(member)
        self.invitations.update_buttons(member)
        self.view.member.discard_button.setEnabled(self.editing_new or self.has_unsaved_changes())

    def update_count(self, *_args: object) -> None:
        archived = sum(1 for m in self.model.members() if m.archived)
        self.view.list.count_label.setText(
            wording.count_text(
                self.model.rowCount(),
                self.proxy.rowCount(),
                bool(self.proxy.query.strip()),
                0 if self.proxy.show_archived else archived,
            )
        )

    def _field_edited(self, error: QLabel | None) -> None:
        if error is not None and not error.isHidden():
            error.clear()
            error.hide()
        self.update_actions()

    def _status_chosen(self, _index: int) -> None:
        status, _since = self.view.form.status()
        loaded = self._loaded_status
        since = loaded[1] if loaded is not None and status is loaded[0] else self.today()
        self.view.form.since_edit.setDate(to_qdate(since))
        self._field_edited(self.view.form.status_error)

    # ================================================================= saving
    def _save_if_editing(self) -> None:
        if self.view.showing_member() and self.view.member.save_row.isVisible():
            self.save()

    def save(self) -> None:
        if self.current is not None and self.current.forgotten and not self.editing_new:
            return
        self.view.form.clear_errors()
        self.view.member.form_error.hide()
        member_id = None if self.editing_new or self.current is None else self.current.id
        before = None if member_id is None else self.current
        status = self.view.form.status()
        status_changed = status != self._loaded_status
        contact = self.view.form.contact()
        send_contact = None
        if (
            member_id is not None
            and self._baseline is not None
            and (contact != self._baseline.contact)
        ):
            send_contact = contact
        service, draft = self.members, self.view.form.draft()
        send_status = status if (status_changed or member_id is None) else None
        expected_rev = (
            None if member_id is None or self._form_member is None else self._form_member.rev
        )

        def saved(member: Member) -> None:
            self._saved(member, member_id, before, status_changed)

        self.context.ops.collection(
            self.view,
            lambda _ctx: save_member(
                service,
                member_id,
                draft,
                contact=send_contact,
                status=send_status,
                expected_rev=expected_rev,
            ),
            lambda member: ChangeSet.of(RecordKind.MEMBER, member.id),
        ).on_success(saved).on_failure(self._save_failed).run()

    def _saved(
        self, member: Member, member_id: str | None, before: Member | None, status_changed: bool
    ) -> None:
        self.model.replace_member(member)
        row = self.model.row_of(member.id)
        member = self.model.member_at(row) if row is not None else member
        self.context.signals.status_message.emit(
            self.tr("Added to the roster.") if member_id is None else self.tr("Changes saved.")
        )
        if member_id is None and self.proxy.proxy_row_of(member.id) is None:
            self.view.list.search_edit.clear()  # make sure the person just added is visible
        self.kept_drafts.forget(member_id or "")
        still_here = self.current is None or self.editing_new or self.current.id == member.id
        if still_here:
            self.show_member(member)
            self.select_member(member.id)
        self.update_count()
        if before is not None and status_changed and before.status is not member.status:
            self.leaving.offer_status_undo(before, member)

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, StaleEdit):
            # Someone else saved first: keep every typed field, offer their version.
            self.view.show_stale(describe(exc))
        elif isinstance(exc, ValidationError):
            self.view.show_field_error(exc.field, describe(exc))
        else:
            self.failed(exc)

    def failed(self, exc: BaseException) -> None:
        self.view.show_error(describe(exc))

    def discard_changes(self) -> None:
        if self.editing_new:
            self.editing_new = False
            if self.current is not None:
                self.show_member(self.current)
                self.select_member(self.current.id)
            else:
                self.clear_pane()
            return
        self._load_form(self.current)
        self.update_actions()

    def start_new_member(self) -> None:
        if self.editing_new and not self.has_unsaved_changes():
            self.view.form.name_edit.setFocus()
            return
        if not self.confirm_discard():
            return
        self.editing_new = True
        self._load_form(None)
        self._select_proxy_row(None)
        self.view.show_pane(DetailPanel.MEMBER)
        self.refresh_details()
        self.view.form.name_edit.setFocus()
        self.kept_drafts.offer("")

    def confirm_discard(self) -> bool:
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self.view,
            self.tr("Discard changes?"),
            self.tr("You have changes here that are not saved yet. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # ================================================================= list and selection
    def _on_search(self, text: str) -> None:
        self.proxy.set_query(text)
        self.update_count()

    def _on_show_archived(self, checked: bool) -> None:
        self.proxy.set_show_archived(checked)
        if self.current is not None and not self.editing_new:
            self.select_member(self.current.id)
        self.update_count()

    def _focus_first_result(self) -> None:
        table = self.view.list.table
        if self.proxy.rowCount() == 0:
            return
        table.setFocus()
        if not table.selectionModel().hasSelection():
            table.selectRow(0)

    def _select_proxy_row(self, row: int | None) -> None:
        self._syncing_selection = True
        try:
            table = self.view.list.table
            selection = table.selectionModel()
            if row is None:
                selection.clearSelection()
                return
            index = self.proxy.index(row, COL_NAME)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            table.scrollTo(index)
        finally:
            self._syncing_selection = False

    def select_member(self, member_id: str | None) -> None:
        row = None if member_id is None else self.proxy.proxy_row_of(member_id)
        self._select_proxy_row(row)

    def _shown_row_leaving(self, _parent: object, first: int, last: int) -> None:
        """The person in the pane is about to drop out of the list (archived, filtered).

        The table would move the selection to a neighbour; that is not the person
        choosing someone else, so that move is ignored.
        """
        if self.current is None or self.editing_new:
            return
        row = self.proxy.proxy_row_of(self.current.id)
        if row is not None and first <= row <= last:
            self._syncing_selection = True
            self._shown_row_removed = True

    def _shown_row_left(self, *_args: object) -> None:
        if not self._shown_row_removed:
            return
        self._shown_row_removed = False
        self._syncing_selection = False
        self.select_member(None)  # nothing highlighted that the pane does not show
        if not self.has_unsaved_changes():
            self.clear_pane()  # never show someone the list no longer shows

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._syncing_selection:
            return
        rows = self.view.list.table.selectionModel().selectedRows(COL_NAME)
        if not rows:
            return
        member = self.proxy.member_at(rows[0].row())
        if member is None:
            return
        if not self.editing_new and self.current is not None and member.id == self.current.id:
            return
        if not self.confirm_discard():
            self.select_member(
                None if self.editing_new or self.current is None else self.current.id
            )
            return
        self.show_member(member)
