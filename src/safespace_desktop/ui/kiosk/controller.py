"""Decides what the kiosk does (issue 13): store each response, clear the form at once,
thank the person, and close only for a facilitator's passphrase.

It runs with nobody unlocked. Responses go through the shell's operations to
``FeedbackService.give_response``/``give_evaluation``, which need only the ticket's
public key. Closing runs the ordinary unlock (key derivation on the worker thread); a
wrong passphrase, a member's passphrase or a throttled handle keeps the kiosk.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.feedback import (
    EvaluationResponse,
    KioskTicket,
    MeetingResponse,
)
from safespace_desktop.services.feedback import FeedbackService
from safespace_desktop.ui.kiosk.forms import EvaluationForm, MeetingForm
from safespace_desktop.ui.kiosk.view import KioskScreen
from safespace_desktop.ui.runtime.ops import OpContext, OpRunner
from safespace_desktop.ui.wording.errors import describe

THANKS_MS = 8000
IDLE_CLEAR_MS = 3 * 60 * 1000  # half-typed answers left behind are cleared

Unlock = Callable[[str, str, OpContext], Any]


class KioskController(QObject):
    def __init__(
        self,
        view: KioskScreen,
        ops: OpRunner,
        service: FeedbackService,
        ticket: KioskTicket,
        unlock: Unlock,
        unlocked: Callable[[Any], None],
    ) -> None:
        super().__init__(view)
        self.view = view
        self.ops = ops
        self.service = service
        self.ticket = ticket
        self.unlock = unlock
        self.unlocked = unlocked
        self.sent = 0
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.setInterval(THANKS_MS)
        self.thanks_timer.timeout.connect(lambda: view.say_thanks(""))
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(IDLE_CLEAR_MS)
        self.idle_timer.timeout.connect(self._clear_left_behind)
        view.send_requested.connect(self.send)
        view.leave_requested.connect(self.leave)
        view.form.edited.connect(self.idle_timer.start)

    # ------------------------------------------------------------------ responses
    def send(self) -> None:
        form = self.view.form
        topic = form.topic.text()
        service, ticket = self.service, self.ticket
        if isinstance(form, MeetingForm):
            response: MeetingResponse | EvaluationResponse = form.response()
            if form.rating() == 0:
                self.view.say(self.tr("Please choose a number from 1 to 5 first."))
                form.first_control().setFocus()
                return
        else:
            assert isinstance(form, EvaluationForm)
            response = form.response()
            if form.is_empty() and not topic.strip():
                self.view.say(
                    self.tr("Please answer at least one question, or write what you would change.")
                )
                form.first_control().setFocus()
                return

        def store(_ctx: OpContext) -> None:
            if isinstance(response, MeetingResponse):
                service.give_response(ticket, response, topic)
            else:
                service.give_evaluation(ticket, response, topic)

        # Cleared the moment it is sent; put back only if it could not be stored.
        self.view.clear_form()
        self.view.say("")
        self.view.set_sending(True)
        self.idle_timer.stop()
        self.ops.collection(self.view, store, ChangeSet.of(RecordKind.FEEDBACK)).on_success(
            lambda _r: self._stored()
        ).on_failure(lambda exc: self._not_stored(exc, response, topic)).run()

    def _stored(self) -> None:
        self.sent += 1
        self.view.set_sending(False)
        self.view.say_thanks(
            self.tr("Thank you. Your words are saved, without your name. Take good care.")
        )
        self.thanks_timer.start()

    def _not_stored(
        self, exc: BaseException, response: MeetingResponse | EvaluationResponse, topic: str
    ) -> None:
        self.view.set_sending(False)
        self.view.form.show_response(response, topic)
        self.view.say(describe(exc))

    def _clear_left_behind(self) -> None:
        self.view.clear_form()
        self.view.say("")

    # ------------------------------------------------------------------ leaving
    def leave(self, handle: str, passphrase: str) -> None:
        if not passphrase:
            self.view.refuse_leave(self.tr("Please type a facilitator's passphrase."))
            return
        who = handle.strip() or self.ticket.started_by
        unlock = self.unlock
        self.view.set_leaving(True)
        self.ops.query(self.view, lambda ctx: unlock(who, passphrase, ctx)).on_success(
            self.unlocked
        ).on_failure(self._refused).run()

    def _refused(self, exc: BaseException) -> None:
        self.view.refuse_leave(describe(exc))
