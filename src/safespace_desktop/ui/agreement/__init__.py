"""The group agreement: the facilitators' page (versions, drafts, meeting counts) and the
members' read-only page. ``agreement_page`` and ``member_agreement_page`` build a view
and its controller; the workspace calls them the first time a page is shown.
"""

from __future__ import annotations

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.ui.agreement.controller import AgreementController
from safespace_desktop.ui.agreement.member_controller import MemberAgreementController
from safespace_desktop.ui.agreement.member_view import MemberAgreementView
from safespace_desktop.ui.agreement.view import AgreementView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.read_only import hold_read_only


def agreement_page(context: SessionContext) -> AgreementView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = AgreementView()
    view.controller = AgreementController(context, view)
    # A vault on a write-protected disk: versions can be read and printed, not changed.
    hold_read_only(
        context.vault.read_only,
        [
            view.start_button,
            view.side_start_button,
            view.amend_button,
            view.record_button,
            view.drop_kept_button,
            view.title_edit,
            view.text_edit,
            view.save_button,
            view.discard_button,
            view.adopt_button,
        ],
    )
    return view


def member_agreement_page(context: SessionContext) -> MemberAgreementView:
    view = MemberAgreementView()
    view.controller = MemberAgreementController(context, view)
    return view
