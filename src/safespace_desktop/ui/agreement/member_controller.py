"""Reads the current agreement for anyone unlocked (commons key) and prints it.

Drafts and meeting counts are facilitator records and never appear here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from safespace_desktop.core.agreement import AgreementVersion
from safespace_desktop.core.changes import RecordKind
from safespace_desktop.services.agreement import AgreementService
from safespace_desktop.ui.agreement import wording
from safespace_desktop.ui.agreement.member_view import MemberAgreementView
from safespace_desktop.ui.printing.documents import agreement_document, print_document
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.errors import describe


class MemberAgreementController(QObject):
    def __init__(self, context: SessionContext, view: MemberAgreementView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.service = AgreementService(context.vault)
        self.version: AgreementVersion | None = None
        view.print_button.clicked.connect(self.print_agreement)
        context.changes.follow(view, [RecordKind.AGREEMENT], lambda _c: self.load())
        self.load()

    def load(self) -> None:
        service = self.service
        self.context.ops.query(self.view, lambda _ctx: service.current_for_members()).on_success(
            self._show
        ).on_failure(self._failed).with_busy(self.view.set_busy).run()

    def _show(self, version: AgreementVersion | None) -> None:
        self.version = version
        if version is None:
            self.view.show_empty()
            return
        self.view.show_agreement(wording.member_meta(version), version.title, version.lines)

    def _failed(self, exc: BaseException) -> None:
        self.view.say(describe(exc))
        self.view.show_empty()

    def print_agreement(self) -> None:
        if self.version is None:
            return
        service, view = self.service, self.view

        def send(version: AgreementVersion) -> None:
            document = agreement_document(version, view.font())
            try:
                printed = print_document(document, view)
            finally:
                document.clear()
                document.deleteLater()
            if printed:
                self.context.signals.status_message.emit(wording.sent_to_printer())

        self.context.ops.query(view, lambda _ctx: service.printable()).on_success(send).on_failure(
            lambda exc: view.say(describe(exc))
        ).run()
