"""Leaving the group: archive and restore (with Undo), status Undo, forget, retention.

Archiving hides the person from the list (nothing is deleted) and offers Undo in the
bar above the roster. Forgetting cannot be undone: it asks twice (``ForgetMemberDialog``)
and runs as an operation with progress, because it also shreds the journal and folds
the write-ahead log. The retention reminder reads who left long ago as a query.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.model import Member
from safespace_desktop.core.roster import ForgetResult, MemberStatus, RetentionCandidate
from safespace_desktop.ui.members.dialogs.forget_member import ForgetMemberDialog
from safespace_desktop.ui.members.dialogs.retention_review import (
    RetentionReviewDialog,
    RetentionRow,
    months_phrase,
)
from safespace_desktop.ui.members.table_model import display_name, status_word
from safespace_desktop.ui.members.view import FORGET, RETENTION
from safespace_desktop.ui.wording.placeholders import fill

if TYPE_CHECKING:
    from safespace_desktop.ui.members.controller import MembersController


def _member_changed(member_id: str) -> ChangeSet:
    return ChangeSet.of(RecordKind.MEMBER, member_id)


class LeavingActions(QObject):
    def __init__(self, controller: MembersController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.forgetting = False
        self._months = 0
        self._due: list[RetentionCandidate] = []
        leaving = controller.view.member.leaving
        leaving.archive_button.clicked.connect(self.archive_clicked)
        leaving.forget_button.clicked.connect(self.forget_shown)
        controller.view.retention_banner.review_button.clicked.connect(self.open_review)

    def update_buttons(self, member: Member | None) -> None:
        leaving = self.controller.view.member.leaving
        leaving.archive_button.setVisible(member is not None)
        if member is not None:
            if member.archived:
                leaving.archive_button.setText(self.tr("&Restore"))
                leaving.archive_button.setToolTip(self.tr("Show them in the roster again."))
            else:
                leaving.archive_button.setText(self.tr("Arc&hive"))
                leaving.archive_button.setToolTip(
                    self.tr("Hide them from the roster. Nothing is deleted.")
                )
        leaving.forget_button.setEnabled(
            member is not None and not member.forgotten and not self.forgetting
        )

    # ------------------------------------------------------------------ status
    def set_status(
        self,
        member_id: str,
        status: MemberStatus,
        since: date | None,
        then: Callable[[Member], None] | None = None,
    ) -> None:
        """Active, paused or left (from ``since``, default today), as an operation."""
        controller, service = self.controller, self.controller.members

        def done(member: Member) -> None:
            controller.apply_members([member])
            self.refresh_retention()
            if then is not None:
                then(member)

        controller.context.ops.collection(
            controller.view,
            lambda _ctx: service.set_status(member_id, status, since=since),
            _member_changed(member_id),
        ).on_success(done).on_failure(controller.failed).run()

    def archive_clicked(self) -> None:
        controller = self.controller
        member = controller.current
        if member is None or controller.editing_new:
            return
        if member.archived:
            self._set_archived(member, False)
            return
        answer = QMessageBox.question(
            controller.view,
            self.tr("Archive this member?"),
            # A typed name must never be read as markup.
            QtGui.Qt.convertFromPlainText(
                fill(
                    self.tr(
                        "Archive %1? They will be hidden from the roster, but nothing is "
                        "deleted. You can restore them at any time with “Show archived”."
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
        controller = self.controller
        old_status, old_since = member.status, member.status_since

        def done(updated: Member) -> None:
            if archived:
                message = fill(
                    self.tr("%1 is archived. Nothing was deleted."), display_name(updated)
                )
                controller.context.signals.status_message.emit(
                    self.tr("Archived. Nothing was deleted; you can restore them at any time.")
                )
            else:
                message = fill(self.tr("%1 is back on the roster."), display_name(updated))
                controller.context.signals.status_message.emit(self.tr("Restored to the roster."))
            controller.view.undo_bar.offer(
                message, lambda: self._restore_status(member.id, old_status, old_since)
            )

        self.set_status(
            member.id, MemberStatus.LEFT if archived else MemberStatus.ACTIVE, None, done
        )

    def offer_status_undo(self, before: Member, after: Member) -> None:
        if after.status is MemberStatus.LEFT:
            message = fill(self.tr("%1 is archived as having left."), display_name(after))
        else:
            message = fill(
                self.tr("%1 is now %2."), display_name(after), status_word(after.status).lower()
            )
        old_status, old_since = before.status, before.status_since
        self.controller.view.undo_bar.offer(
            message, lambda: self._restore_status(after.id, old_status, old_since)
        )
        self.refresh_retention()

    def _restore_status(self, member_id: str, status: MemberStatus, since: date | None) -> None:
        controller = self.controller

        def done(member: Member) -> None:
            controller.context.signals.status_message.emit(self.tr("Undone."))
            # The person the step was about comes back into an empty pane.
            if controller.current is None and controller.proxy.proxy_row_of(member.id) is not None:
                controller.show_member(member)
            controller.select_member(None if controller.current is None else controller.current.id)

        self.set_status(member_id, status, since, done)

    # ------------------------------------------------------------------ forget
    def forget_shown(self) -> None:
        controller = self.controller
        member = None if controller.editing_new else controller.current
        if member is not None and not member.forgotten:
            self.ask_to_forget(member)

    def ask_to_forget(self, member: Member) -> None:
        view = self.controller.view
        if self.forgetting or member.forgotten:
            return
        previous = view.dialog(FORGET)
        if previous is not None:
            previous.close()
        dialog = ForgetMemberDialog(member, view.dialog(RETENTION) or view)
        dialog.accepted.connect(lambda: self._forget(member.id))
        view.open_dialog(FORGET, dialog)

    def _forget(self, member_id: str) -> None:
        controller = self.controller
        forgetting, members = controller.forgetting, controller.members

        def work(_ctx: object) -> tuple[ForgetResult, Member]:
            result = forgetting.forget(member_id)
            return result, members.get(member_id)

        def done(outcome: tuple[ForgetResult, Member]) -> None:
            result, member = outcome
            controller.view.undo_bar.dismiss()  # nothing before this can be undone any more
            controller.context.signals.status_message.emit(
                fill(
                    self.tr("Forgotten. Their entry now reads “%1”, and their details are gone."),
                    result.former_name,
                )
            )
            controller.apply_members([member])
            self.refresh_retention()

        def finished() -> None:
            self.forgetting = False
            controller.update_actions()

        self.forgetting = True
        controller.update_actions()
        controller.context.ops.collection(
            controller.view,
            work,
            _member_changed(member_id)
            | ChangeSet.of(RecordKind.CONSENT, member_id)
            | ChangeSet.kinds(RecordKind.CHECKIN_PAIR, RecordKind.ACCOUNT),
        ).on_success(done).on_failure(controller.failed).on_finished(finished).with_progress(
            self.tr("Erasing their details…")
        ).run()

    # ------------------------------------------------------------------ retention
    def refresh_retention(self) -> None:
        controller, retention = self.controller, self.controller.retention

        def work(_ctx: object) -> tuple[int, list[RetentionCandidate]]:
            return retention.retention_months(), retention.due()

        controller.context.ops.query(controller.view, work).on_success(
            self._show_retention
        ).on_failure(lambda _exc: self._show_retention((0, []))).after_first_paint(
            controller.view
        ).run()

    def _show_retention(self, result: tuple[int, list[RetentionCandidate]]) -> None:
        self.show_retention(*result)

    def show_retention(self, months: int, due: list[RetentionCandidate]) -> None:
        """The retention banner for ``due`` (read with the roster, or on its own)."""
        self._months, self._due = months, due
        banner = self.controller.view.retention_banner
        if not self._due:
            banner.say("")
        else:
            if len(self._due) == 1:
                text = self.tr("1 person left more than %1 ago. Time to review?")
            else:
                text = self.tr("%2 people left more than %1 ago. Time to review?")
            banner.say(fill(text, months_phrase(self._months), len(self._due)))
        dialog = self.controller.view.dialog(RETENTION)
        if isinstance(dialog, RetentionReviewDialog):
            dialog.set_rows(self._rows())

    def _rows(self) -> list[RetentionRow]:
        model = self.controller.model
        rows = []
        for candidate in self._due:
            row = model.row_of(candidate.member_id)
            name = display_name(model.member_at(row)) if row is not None else candidate.name
            rows.append(RetentionRow(candidate.member_id, name, candidate.left_on))
        return rows

    def open_review(self) -> None:
        view = self.controller.view
        existing = view.dialog(RETENTION)
        if existing is not None:
            existing.raise_()
            return
        dialog = RetentionReviewDialog(self._months, self._rows(), view)
        dialog.forget_requested.connect(self._forget_member_id)
        view.open_dialog(RETENTION, dialog)

    def _forget_member_id(self, member_id: str) -> None:
        row = self.controller.model.row_of(member_id)
        if row is not None:
            self.ask_to_forget(self.controller.model.member_at(row))
