"""Coping resources in a member's own space (issue 11): the members' resources with
search, a private list of favourites (sealed under the member's journal key), and
suggestions to the facilitators, sent without a name unless the member adds one."""

from __future__ import annotations

from safespace_desktop.ui.member_resources.controller import MemberResourcesController
from safespace_desktop.ui.member_resources.view import MemberResourcesView
from safespace_desktop.ui.session.context import SessionContext


def member_resources_page(context: SessionContext) -> MemberResourcesView:
    view = MemberResourcesView()
    view.controller = MemberResourcesController(context, view)
    return view
