"""Decides what the facilitators' agreement page does; every read and change is an op.

The rules (versions are read-only, numbering, what a draft may hold) live in
``services.agreement``; this controller keeps the page's state: which row is shown,
whether the shown draft has unsaved typing, and keeping that typing sealed if the
session ends before it was saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from safespace_desktop.core.agreement import (
    TEXT_MAX,
    AgreementDraft,
    AgreementOverview,
    AgreementVersion,
    agreement_lines,
    diff_lines,
)
from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import ValidationError
from safespace_desktop.core.roster import clean_text
from safespace_desktop.services.agreement import AgreementService
from safespace_desktop.ui.agreement import wording
from safespace_desktop.ui.agreement.view import AgreementView, HistoryKey
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.errors import describe

DRAFT = "draft"
VERSION = "version"


def changed(draft_id: str | None = None) -> ChangeSet:
    if draft_id is None:
        return ChangeSet.kinds(RecordKind.AGREEMENT)
    return ChangeSet.of(RecordKind.AGREEMENT, draft_id)


class AgreementController(QObject):
    def __init__(self, context: SessionContext, view: AgreementView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.service = AgreementService(context.vault)
        self.overview = AgreementOverview((), ())
        self.shown_version: AgreementVersion | None = None
        self.shown_draft: AgreementDraft | None = None
        self._own_change = False  # our own op's change arrives before its success handler
        self._offered_kept = False
        view.history_chosen.connect(self._chosen)
        view.draft_edited.connect(self._on_draft_edited)
        view.draft_tabs.currentChanged.connect(lambda _i: self._refresh_draft_changes())
        context.changes.follow(view, [RecordKind.AGREEMENT], self._on_changes)
        context.signals.about_to_lock.connect(self.keep_typing)
        # The actions live in their own modules; importing here keeps them off start-up.
        from safespace_desktop.ui.agreement.actions import drafts, meetings

        view.start_button.clicked.connect(lambda: drafts.choose_template(self))
        view.side_start_button.clicked.connect(lambda: drafts.choose_template(self))
        view.amend_button.clicked.connect(lambda: drafts.amend(self))
        view.save_button.clicked.connect(lambda: drafts.save(self))
        view.discard_button.clicked.connect(lambda: drafts.ask_discard(self))
        view.adopt_button.clicked.connect(lambda: drafts.ask_adopt(self))
        view.drop_kept_button.clicked.connect(lambda: drafts.drop_kept(self))
        view.stale.reload_button.clicked.connect(lambda: drafts.reload_draft(self))
        view.record_button.clicked.connect(lambda: meetings.record(self))
        view.print_button.clicked.connect(lambda: meetings.print_shown(self))
        self.load()

    # ------------------------------------------------------------------ reading
    def load(
        self, select: HistoryKey | None = None, then: Callable[[], None] | None = None
    ) -> None:
        """Read versions and drafts, then show ``select`` (or what is shown now)."""
        service = self.service
        if select is None:
            select = self.shown_key()

        def show(overview: AgreementOverview) -> None:
            self._show(overview, select)
            if then is not None:
                then()

        self.context.ops.query(self.view, lambda _ctx: service.overview()).on_success(
            show
        ).on_failure(self.fail).with_busy(self.view.set_busy).run()

    def _on_changes(self, _changes: ChangeSet) -> None:
        if self._own_change:
            return  # the op that made it shows its own result
        if self.draft_is_dirty():
            return  # never replace typing; saving reloads
        self.load()

    def run_change(
        self,
        work: Callable[[], object],
        changes: ChangeSet,
        on_success: Callable[[object], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """A CollectionOp whose change notice this page does not answer with a reload."""
        self._own_change = True

        def finished() -> None:
            self._own_change = False

        self.context.ops.collection(self.view, lambda _ctx: work(), changes).on_success(
            on_success
        ).on_failure(on_failure or self.fail).on_finished(finished).run()

    def _show(self, overview: AgreementOverview, select: HistoryKey | None) -> None:
        self.overview = overview
        if not overview.versions and not overview.drafts:
            self.shown_draft = self.shown_version = None
            self.view.show_empty()
            return
        kept = next((d for d in overview.drafts if d.has_kept_edits), None)
        if kept is not None and not self._offered_kept:
            select = (DRAFT, kept.id)  # offer typing kept at the last lock first
        keys = [key for key, _text in self.rows()]
        if select not in keys:
            current = overview.current
            select = (VERSION, current.number) if current else (DRAFT, overview.drafts[-1].id)
        self.view.show_history(self.rows(), select, can_start=not overview.versions)
        self._show_key(select)

    def rows(self) -> list[tuple[HistoryKey, str]]:
        current = self.overview.current
        rows: list[tuple[HistoryKey, str]] = [
            ((DRAFT, d.id), wording.draft_row(d)) for d in reversed(self.overview.drafts)
        ]
        rows += [
            ((VERSION, v.number), wording.version_row(v, current=v is current))
            for v in reversed(self.overview.versions)
        ]
        return rows

    def shown_key(self) -> HistoryKey | None:
        if self.shown_draft is not None:
            return (DRAFT, self.shown_draft.id)
        if self.shown_version is not None:
            return (VERSION, self.shown_version.number)
        return None

    # ------------------------------------------------------------------ choosing a row
    def _chosen(self, key: HistoryKey) -> None:
        self.view.say("")
        leaving = self.shown_draft
        if leaving is not None and self.draft_is_dirty():
            # Save on the way; the wording stays on screen until it is saved.
            self.view.select_quietly((DRAFT, leaving.id))
            from safespace_desktop.ui.agreement.actions import drafts

            drafts.save(self, quiet=True, then=lambda: self.load(key))
            return
        self._show_key(key)

    def _show_key(self, key: HistoryKey) -> None:
        kind, value = key
        if kind == VERSION:
            version = next((v for v in self.overview.versions if v.number == value), None)
            if version is not None:
                self.show_version(version)
        else:
            draft = next((d for d in self.overview.drafts if d.id == value), None)
            if draft is not None:
                self.show_draft(draft)

    def show_version(self, version: AgreementVersion) -> None:
        self.shown_draft = None
        self.shown_version = version
        current = self.overview.current
        is_current = current is not None and version.number == current.number
        self.view.show_version(
            heading=wording.version_heading(version.number, current=is_current),
            meta=wording.version_meta(version, current=is_current),
            count=wording.count_text(version.affirmations),
            title=version.title,
            lines=version.lines,
            diff_summary=wording.version_diff_summary(version),
            changes=version.changes,
            is_current=is_current,
        )

    def show_draft(self, draft: AgreementDraft) -> None:
        self.shown_version = None
        self.shown_draft = draft
        number = self.overview.next_number
        kept = draft.has_kept_edits and not self._offered_kept
        if draft.has_kept_edits:
            self._offered_kept = True
        title = draft.kept_title if kept and draft.kept_title is not None else draft.title
        text = draft.kept_text if kept and draft.kept_text is not None else draft.text
        self.view.show_draft(
            heading=wording.draft_heading(number),
            meta=wording.draft_meta(draft),
            adopt_text=wording.adopt_button(number),
            title=title,
            text=text,
            kept=kept,
        )
        self.update_draft_state()

    # ------------------------------------------------------------------ typing
    def typed(self) -> tuple[str, str]:
        title, text = self.view.typed()
        return clean_text(title), "\n".join(agreement_lines(text))

    def draft_is_dirty(self) -> bool:
        draft = self.shown_draft
        return draft is not None and self.typed() != (draft.title, draft.text)

    def update_draft_state(self, *, saved_now: bool = False) -> None:
        self.view.show_draft_state(
            wording.draft_state(dirty=self.draft_is_dirty(), saved_now=saved_now)
        )

    def _on_draft_edited(self) -> None:
        if self.shown_draft is None:
            return
        if len(self.view.typed()[1]) > TEXT_MAX:
            self.view.say(wording.too_long(TEXT_MAX))
        self.update_draft_state()
        self._refresh_draft_changes()

    def _refresh_draft_changes(self) -> None:
        draft = self.shown_draft
        if draft is None or not self.view.showing_changes_tab():
            return
        title, text = self.view.typed()
        changes = diff_lines(
            draft.origin_text, text, old_title=draft.origin_title, new_title=clean_text(title)
        )
        self.view.show_draft_changes(wording.draft_changes_summary(draft, changes), changes)

    def keep_typing(self) -> None:
        """The session is ending: keep unsaved typing as a sealed draft. Never asks."""
        draft = self.shown_draft
        if draft is None or not self.draft_is_dirty():
            return
        service, (title, text) = self.service, self.view.typed()
        self.context.ops.collection(
            self.view,
            lambda _ctx: service.keep_edits(draft.id, title=title, text=text),
            changed(draft.id),
        ).run()

    # ------------------------------------------------------------------ messages
    def fail(self, exc: BaseException) -> None:
        self.view.say(describe(exc))

    def fail_in_field(self, exc: BaseException, wrap: Callable[[str], str]) -> None:
        self.view.say(wrap(describe(exc)))
        if isinstance(exc, ValidationError):
            self.view.focus_field(exc.field)

    def status(self, text: str) -> None:
        self.context.signals.status_message.emit(text)
