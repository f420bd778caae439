"""Agreement at a meeting (two numbers, no names) and printing the agreement."""

from __future__ import annotations

from typing import TYPE_CHECKING

from safespace_desktop.core.agreement import AgreementAffirmation, AgreementVersion
from safespace_desktop.core.roster import today_from
from safespace_desktop.ui.agreement import wording
from safespace_desktop.ui.agreement.controller import VERSION
from safespace_desktop.ui.agreement.record_dialog import RecordAgreementDialog
from safespace_desktop.ui.printing.documents import agreement_document, print_document

if TYPE_CHECKING:
    from safespace_desktop.ui.agreement.controller import AgreementController


def record(controller: AgreementController) -> None:
    version = controller.shown_version or controller.overview.current
    if version is None:
        return
    view = controller.view
    for old in view.findChildren(RecordAgreementDialog):
        old.deleteLater()
    today = today_from(controller.context.vault.clock.now())
    dialog = RecordAgreementDialog(controller.context, version.number, today, view)

    def recorded() -> None:
        count = dialog.recorded
        if count is None:
            return
        _show_recorded(controller, count)

    dialog.accepted.connect(recorded)
    dialog.open()


def _show_recorded(controller: AgreementController, count: AgreementAffirmation) -> None:
    controller.load((VERSION, count.version))
    text = wording.recorded(count)
    controller.view.say(text)
    controller.status(text)


def print_shown(controller: AgreementController) -> None:
    version = controller.shown_version or controller.overview.current
    if version is None:
        return
    service, number, view = controller.service, version.number, controller.view

    def send(version: AgreementVersion) -> None:
        document = agreement_document(version, view.font())
        try:
            printed = print_document(document, view)
        finally:
            document.clear()
            document.deleteLater()
        if printed:
            controller.status(wording.sent_to_printer())

    controller.context.ops.query(view, lambda _ctx: service.printable(number)).on_success(
        send
    ).on_failure(controller.fail).run()
