"""Coping resources in a member's own space (issue 11): the members' resources with
search, a private list of favourites (sealed under the member's journal key), and
suggestions to the facilitators, sent without a name unless the member adds one."""

from __future__ import annotations

from safespace_desktop.ui.member_resources.controller import MemberResourcesController
from safespace_desktop.ui.member_resources.view import MemberResourcesView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.read_only import hold_read_only


def member_resources_page(context: SessionContext) -> MemberResourcesView:
    view = MemberResourcesView()
    view.controller = MemberResourcesController(context, view)
    # A vault on a write-protected disk: resources can be read and searched; favourites
    # and suggestions are kept in the vault, so they wait.
    hold_read_only(
        context.vault.read_only,
        [view.favourite_button, view.correction_button, view.suggest_button],
    )
    return view
