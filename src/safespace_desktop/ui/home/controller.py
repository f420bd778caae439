"""Decides what the facilitator home does: the next meeting and the open follow-ups
(overdue first) until they are marked done. Every read and change is a typed operation;
an edit states the revision it was typed over and is refused, not lost, if the
follow-up changed elsewhere first."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QObject

from safespace_desktop.core.attendance import FollowUp
from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import StaleEdit
from safespace_desktop.core.meetings.model import Meeting
from safespace_desktop.core.model import Member
from safespace_desktop.core.roster import MemberStatus, today_from
from safespace_desktop.services.follow_ups import FollowUpDraft, FollowUpsService
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.home import wording
from safespace_desktop.ui.home.drafts import FollowUpDrafts
from safespace_desktop.ui.home.view import FormFields, HomeView
from safespace_desktop.ui.members.table_model import display_name
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.confirm import ask
from safespace_desktop.ui.wording.errors import describe

FOLLOWS = (RecordKind.FOLLOW_UP, RecordKind.MEMBER, RecordKind.MEETING)


@dataclass(frozen=True)
class HomeData:
    follow_ups: list[FollowUp]
    members: list[Member]
    next_meeting: Meeting | None
    recent_meetings: list[Meeting]


def _read_home(vault: Vault, *, with_names: bool) -> HomeData:
    """The open follow-ups and the meetings (no members: they are read apart)."""
    follow_ups = FollowUpsService(vault).list(with_names=with_names)
    overview = MeetingsService(vault).overview(count=1, past_limit=6)
    upcoming = [m for m in overview.upcoming if not m.cancelled]
    stored = [m for m in (*upcoming[:1], *overview.past) if m.stored]
    return HomeData(follow_ups, [], upcoming[0] if upcoming else None, stored)


def _read_members(vault: Vault) -> list[Member]:
    return MembersService(vault).list_members(include_archived=False, include_forgotten=False)


def _fields(item: FollowUp) -> FormFields:
    return item.text, item.due_on, item.member_id, item.meeting_id


class HomeController(QObject):
    def __init__(self, context: SessionContext, view: HomeView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.vault = context.vault
        self.items: list[FollowUp] = []
        self._form_item: FollowUp | None = None
        self._select_id: str | None = None
        self._select_row: int | None = None
        self._choices_ready = False  # the roster and meeting choices have been read
        view.list.currentRowChanged.connect(self._selected)
        view.list.done_pressed.connect(self.mark_done)
        view.done_button.clicked.connect(self.mark_done)
        view.remove_button.clicked.connect(self.remove)
        view.add_button.clicked.connect(self.add)
        view.save_button.clicked.connect(self.save)
        view.new_button.clicked.connect(self.clear_form)
        view.stale.reload_button.clicked.connect(self.reload)
        view.set_item_actions_enabled(False)
        view.set_today(self.today())
        context.changes.follow(view, FOLLOWS, lambda _c: self.load())
        self.drafts = FollowUpDrafts(self)
        self.load()

    def today(self) -> date:
        return today_from(self.vault.clock.now())

    @property
    def form_item(self) -> FollowUp | None:
        """The follow-up the form was filled from (None: a new one)."""
        return self._form_item

    fields_of = staticmethod(_fields)

    # ------------------------------------------------------------------ reading
    def load(self) -> None:
        if not self._choices_ready:
            self._load_list_first()
            return
        vault = self.vault

        def read(_ctx: object) -> HomeData:
            data = _read_home(vault, with_names=True)
            return replace(data, members=_read_members(vault))

        self.context.ops.query(self.view, read).on_success(self._show).on_failure(
            self._failed
        ).with_busy(self.view.set_busy).run()

    def _load_list_first(self) -> None:
        """The first read of the page (issue 15): the open follow-ups and the meetings
        first, without the roster, whose first decode in a session (1,000 members at M)
        is the larger part of the read; the names and the form's choices come in a
        second read right after the list is shown."""
        vault = self.vault

        def read_list(_ctx: object) -> HomeData:
            return _read_home(vault, with_names=False)

        def read_members(_ctx: object) -> list[Member]:
            return _read_members(vault)

        # Both reads are queued at once (the names before the evaluation reminder's and
        # the rota notice's reads); the list is shown as soon as its read is back.
        first: list[HomeData] = []
        names: list[list[Member]] = []

        def both_back() -> None:
            if first and names:
                self._choices_ready = True
                self._show(replace(first[0], members=names[0]))

        def listed(data: HomeData) -> None:
            first.append(data)
            if not names:
                self._show_list(data, {})
            both_back()

        def named(members: list[Member]) -> None:
            names.append(members)
            both_back()

        self.context.ops.query(self.view, read_list).on_success(listed).on_failure(
            self._failed
        ).with_busy(self.view.set_busy).run()
        # Not busy: a follow-up can be typed and added while the names are read.
        self.context.ops.query(self.view, read_members).on_success(named).on_failure(
            self._failed
        ).run()

    def _show_list(self, data: HomeData, names: dict[str, str]) -> int:
        """The next meeting, the summary and the rows; returns the row to select."""
        today = self.today()
        self.items = data.follow_ups
        self.view.next_meeting.setText(wording.next_meeting(data.next_meeting))
        overdue = sum(1 for item in data.follow_ups if item.overdue(today))
        self.view.summary.setText(wording.summary(len(data.follow_ups), overdue))
        select = self._select_id
        if select is None and self._select_row is None and (current := self.current()):
            select = current.id
        row = next((i for i, item in enumerate(self.items) if item.id == select), -1)
        if row < 0 and self._select_row is not None and self.items:
            row = min(self._select_row, len(self.items) - 1)
        rows = [
            (
                item.id,
                wording.follow_up_row(item, today, names.get(item.member_id, "")),
                item.overdue(today),
            )
            for item in self.items
        ]
        self.view.show_rows(rows, row)
        return row

    def _show(self, data: HomeData) -> None:
        active = [m for m in data.members if m.status is MemberStatus.ACTIVE]
        self.view.show_choices(
            self.view.member_combo,
            [(m.id, display_name(m)) for m in active],
            wording.tr("No one in particular"),
        )
        self.view.show_choices(
            self.view.meeting_combo,
            [(m.id, wording.meeting_choice(m)) for m in data.recent_meetings],
            wording.tr("No meeting"),
        )
        row = self._show_list(data, {m.id: display_name(m) for m in data.members})
        self._select_id, self._select_row = None, None
        self._selected(row)
        self.drafts.offer()

    def current(self) -> FollowUp | None:
        row = self.view.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _selected(self, _row: int) -> None:
        item = self.current()
        self.view.set_item_actions_enabled(item is not None)
        shown = self._form_item
        if item is None or not self._choices_ready:
            return  # before the form's choices are read, the form is filled later
        if shown is not None and shown.id == item.id and self.view.fields() != _fields(shown):
            if item.rev == shown.rev:
                self._form_item = item
            return  # the typing stays, tied to the version it was typed over
        self._form_item = item
        self.view.show_fields(_fields(item), self.today())
        self.view.show_stale("")

    def reload(self) -> None:
        current = self.current()
        self._form_item = None
        self.view.show_stale("")
        self._select_id = None if current is None else current.id
        self.load()

    def clear_form(self) -> None:
        self._form_item = None
        self.view.list.setCurrentRow(-1)
        self.view.show_fields(("", None, "", ""), self.today())
        self.view.show_stale("")
        self.view.say("")
        self.view.text_edit.setFocus()

    # ------------------------------------------------------------------ changing
    def _draft(self) -> FollowUpDraft:
        text, due, member_id, meeting_id = self.view.fields()
        return FollowUpDraft(text, due, member_id, meeting_id)

    def add(self) -> None:
        service, draft = FollowUpsService(self.vault), self._draft()

        def added(_item: FollowUp) -> None:
            # The form empties for the next one; the new follow-up is in the list.
            self._form_item = None
            self.view.list.setCurrentRow(-1)
            self.view.show_fields(("", None, "", ""), self.today())
            self.load()
            self.view.say(wording.added())

        self.context.ops.collection(
            self.view, lambda _ctx: service.add(draft), lambda item: _changed(item.id)
        ).on_success(added).on_failure(self._failed).run()

    def save(self) -> None:
        current = self.current()
        if current is None:
            return
        service, draft = FollowUpsService(self.vault), self._draft()
        shown = self._form_item
        expected = shown.rev if shown is not None and shown.id == current.id else current.rev

        def saved(item: FollowUp) -> None:
            self._form_item = item
            self.view.show_stale("")
            self._select_id = item.id
            self.load()
            self.view.say(wording.saved())

        self.context.ops.collection(
            self.view,
            lambda _ctx: service.update(current.id, draft, expected_rev=expected),
            _changed(current.id),
        ).on_success(saved).on_failure(self._failed).run()

    def mark_done(self) -> None:
        """One key (Space in the list) or the button: done, and on to the next one."""
        current = self.current()
        if current is None:
            return
        service, row = FollowUpsService(self.vault), self.view.list.currentRow()

        def marked(item: FollowUp) -> None:
            self._form_item = None
            self._select_row = row
            self.load()
            self.view.say(wording.done(item.text))

        self.context.ops.collection(
            self.view,
            lambda _ctx: service.set_done(current.id, expected_rev=current.rev),
            _changed(current.id),
        ).on_success(marked).on_failure(self._failed).run()

    def remove(self) -> None:
        """Remove a follow-up made by mistake, after asking."""
        current = self.current()
        if current is None or not ask(
            self.view,
            wording.remove_title(),
            wording.remove_question(current.text),
            wording.remove_button(),
            destructive=True,
        ):
            return
        service, row = FollowUpsService(self.vault), self.view.list.currentRow()

        def removed(_result: None) -> None:
            self._form_item = None
            self._select_row = row
            self.view.show_fields(("", None, "", ""), self.today())
            self.load()
            self.view.say(wording.removed())

        self.context.ops.collection(
            self.view,
            lambda _ctx: service.delete(current.id, expected_rev=current.rev),
            _changed(current.id),
        ).on_success(removed).on_failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, StaleEdit):
            self.view.say("")
            self.view.show_stale(describe(exc))  # the typed fields stay as they are
        else:
            self.view.say(describe(exc))


def _changed(follow_up_id: str) -> ChangeSet:
    return ChangeSet.of(RecordKind.FOLLOW_UP, follow_up_id)
