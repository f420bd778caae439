"""Decides what the check-in pairs page does; every read and change is a typed op.

Only ``PairingService.eligible_for_pairing()`` is ever offered: active members with a
current "check-in pairs" consent. Consents change on the Members page, so the page
follows member, consent and pair changes and catches up when it is shown again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.model import Member
from safespace_desktop.core.roster import CheckinPair
from safespace_desktop.services.pairing import PairingService
from safespace_desktop.ui.members.table_model import display_name
from safespace_desktop.ui.pairs import wording
from safespace_desktop.ui.pairs.model import COL_FIRST, COL_SECOND
from safespace_desktop.ui.pairs.view import Choice, PairsView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.errors import describe

FOLLOWED = (RecordKind.MEMBER, RecordKind.CONSENT, RecordKind.CHECKIN_PAIR)


class PairsController(QObject):
    def __init__(self, context: SessionContext, view: PairsView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.service = PairingService(context.vault)
        self.eligible: list[Member] = []
        self.pairs: list[CheckinPair] = []
        self._own_change = False
        view.first_combo.currentIndexChanged.connect(lambda _i: self._first_chosen())
        view.second_combo.currentIndexChanged.connect(lambda _i: self._update_actions())
        view.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        view.pair_button.clicked.connect(self.pair_chosen)
        view.unpair_button.clicked.connect(self.unpair_selected)
        context.changes.follow(view, FOLLOWED, self._on_changes)
        self.load()

    # ------------------------------------------------------------------ reading
    def load(self, select_pair: str | None = None) -> None:
        service = self.service

        def read(_ctx: object) -> tuple[list[Member], list[CheckinPair]]:
            return service.eligible_for_pairing(), service.pairs()

        self.context.ops.query(self.view, read).on_success(
            lambda found: self._show(*found, select_pair)
        ).on_failure(self._load_failed).with_busy(self.view.set_busy).after_first_paint(
            self.view
        ).run()

    def _on_changes(self, _changes: ChangeSet) -> None:
        if not self._own_change:
            self.load()

    def _load_failed(self, exc: BaseException) -> None:
        self._show([], [], None)
        self.view.say(describe(exc))

    def _show(
        self, eligible: list[Member], pairs: list[CheckinPair], select_pair: str | None
    ) -> None:
        self.eligible, self.pairs = eligible, pairs
        names = {m.id: display_name(m) for m in eligible}
        self.view.model.set_pairs(pairs, names)
        self.view.show_pairs_shown(bool(pairs))
        paired = {member_id for pair in pairs for member_id in pair.member_ids}
        waiting = [display_name(m) for m in eligible if m.id not in paired]
        firsts = self.first_choices()
        self.view.show_eligible_text(
            wording.eligible_text(len(eligible), waiting, anyone_left=bool(firsts))
        )
        self.view.fill_combo(self.view.first_combo, firsts, self.view.chosen()[0])
        self._first_chosen()
        if select_pair is not None:
            row = next(
                (r for r, p in enumerate(self.view.model.rows()) if p.id == select_pair), None
            )
            if row is not None:
                self.view.select_row(row)

    # ------------------------------------------------------------------ choosing
    def _partners(self, member_id: str) -> list[Choice]:
        """Everyone ``member_id`` could still be paired with (not themselves, not again)."""
        taken = {
            other for pair in self.pairs if pair.involves(member_id) for other in pair.member_ids
        }
        return [(m.id, display_name(m)) for m in self.eligible if m.id not in taken | {member_id}]

    def first_choices(self) -> list[Choice]:
        return [(m.id, display_name(m)) for m in self.eligible if self._partners(m.id)]

    def _first_chosen(self) -> None:
        first, second = self.view.chosen()
        partners = self._partners(first) if first else []
        self.view.fill_combo(self.view.second_combo, partners, second)
        self._update_actions()

    def _update_actions(self) -> None:
        first, second = self.view.chosen()
        self.view.set_actions(
            can_choose=bool(self.first_choices()),
            can_pair=bool(first and second),
            can_unpair=self.selected_pair() is not None,
        )

    def selected_pair(self) -> CheckinPair | None:
        row = self.view.selected_row()
        return self.view.model.pair_at(row) if row is not None else None

    # ------------------------------------------------------------------ changing
    def pair_chosen(self) -> None:
        first, second = self.view.chosen()
        if not first or not second:
            return
        self.view.undo_bar.dismiss()
        self._pair(first, second, wording.paired(*self.view.chosen_names()))

    def _pair(self, first: str, second: str, message: str | None) -> None:
        """Pair two people; ``message`` is said on the page (None: an undo, said briefly)."""
        service = self.service
        self._own_change = True

        def paired(pair: CheckinPair) -> None:
            self.load(pair.id)
            if message is not None:
                self.view.say("✓ " + message)
            self.context.signals.status_message.emit(message or wording.back())

        self.context.ops.collection(
            self.view,
            lambda _ctx: service.pair(first, second),
            lambda pair: ChangeSet.of(RecordKind.CHECKIN_PAIR, pair.id),
        ).on_success(paired).on_failure(self._refused).on_finished(self._settled).run()

    def unpair_selected(self) -> None:
        row = self.view.selected_row()
        pair = self.view.model.pair_at(row) if row is not None else None
        if row is None or pair is None:
            return
        names = (
            str(self.view.model.index(row, COL_FIRST).data()),
            str(self.view.model.index(row, COL_SECOND).data()),
        )
        service = self.service
        self._own_change = True

        def ended(_result: None) -> None:
            self.view.say("")
            self.load()
            first, second = pair.member_ids
            text = wording.ended(*names)
            self.context.signals.status_message.emit(text)
            self.view.undo_bar.offer(text, lambda: self._pair(first, second, None))

        self.context.ops.collection(
            self.view,
            lambda _ctx: service.unpair(pair.id),
            ChangeSet.of(RecordKind.CHECKIN_PAIR, pair.id),
        ).on_success(ended).on_failure(self._refused).on_finished(self._settled).run()

    def _settled(self) -> None:
        self._own_change = False

    def _refused(self, exc: BaseException) -> None:
        self.view.say("⚠ " + describe(exc))
        self.load()
