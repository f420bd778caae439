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


def agreement_page(context: SessionContext) -> AgreementView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = AgreementView()
    view.controller = AgreementController(context, view)
    return view


def member_agreement_page(context: SessionContext) -> MemberAgreementView:
    view = MemberAgreementView()
    view.controller = MemberAgreementController(context, view)
    return view
