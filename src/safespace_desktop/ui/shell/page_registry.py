"""How the workspace builds each page. Imports happen on first use, so unlocking loads
only the code of the page that is shown first.

Each function takes the session context and returns the page's top-level widget. A
feature package exposes one such function (see ``ui/README.md``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from safespace_desktop.ui.session.context import SessionContext


def members_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.members import members_page

    return members_page(context)


def pairs_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.pages.pairs_page import PairsPage

    return PairsPage(context)


def agreement_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.pages.agreement_page import AgreementPage

    return AgreementPage(context)


def member_agreement_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.pages.member_agreement_page import MemberAgreementPage

    return MemberAgreementPage(context)


def crisis_lines_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.crisis_lines import crisis_lines_page

    return crisis_lines_page(context)


def group_settings_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.pages.group_settings_page import GroupSettingsPage

    return GroupSettingsPage(context)


def journal_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.pages.journal_page import JournalPage

    return JournalPage(context)


def mood_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.pages.mood_page import MoodPage

    return MoodPage(context)


def safety_plan_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.pages.safety_plan_page import SafetyPlanPage

    return SafetyPlanPage(context)


def account_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.pages.account_page import AccountPage

    return AccountPage(context)
