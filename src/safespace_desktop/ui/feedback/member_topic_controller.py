"""Decides what a member's topic box does: drop the topic for the facilitators (sealed
to the group's drop box, without a name), clear the box, and say thank you."""

from __future__ import annotations

from PySide6.QtCore import QObject

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.services.feedback import FeedbackService
from safespace_desktop.ui.feedback import wording
from safespace_desktop.ui.feedback.member_topic_view import MemberTopicBox
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.errors import describe


class MemberTopicController(QObject):
    def __init__(self, context: SessionContext, view: MemberTopicBox) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.service = FeedbackService(context.vault)
        view.suggest_requested.connect(self.suggest)

    def suggest(self, text: str) -> None:
        if not text.strip():
            self.view.say(wording.tr("Please type a topic first."))
            return
        service = self.service

        def sent(_result: object) -> None:
            self.view.clear()
            self.view.say(wording.topic_sent())

        self.context.ops.collection(
            self.view, lambda _ctx: service.suggest_topic(text), ChangeSet.of(RecordKind.FEEDBACK)
        ).on_success(sent).on_failure(lambda exc: self.view.say(describe(exc))).with_busy(
            self.view.set_busy
        ).run()
