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
    from safespace_desktop.ui.pairs import pairs_page

    return pairs_page(context)


def agreement_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.agreement import agreement_page

    return agreement_page(context)


def member_agreement_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.agreement import member_agreement_page

    return member_agreement_page(context)


def crisis_lines_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.crisis_lines import crisis_lines_page

    return crisis_lines_page(context)


def group_settings_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.settings import group_settings_page

    return group_settings_page(context)


def journal_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.journal import journal_page

    return journal_page(context)


def mood_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.mood import mood_page

    return mood_page(context)


def safety_plan_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.safety_plan import safety_plan_page

    return safety_plan_page(context)


def account_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.account import account_page

    return account_page(context)


# resources (issue 11)
def resources_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.resources import resources_page

    return resources_page(context)


def member_resources_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.member_resources import member_resources_page

    return member_resources_page(context)


# backups (issue 14)
def backups_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.backups import backups_page

    return backups_page(context)


# meetings (issue 9, meet)
def meetings_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.meetings import meetings_page

    return meetings_page(context)


def member_meetings_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.member_meetings import member_meetings_page

    return member_meetings_page(context)


# Attendance and follow-ups (issue 9, attend): the facilitator home.
def home_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.home import home_page

    return home_page(context)


# sync (issue 12)
def sync_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.sync import sync_page

    return sync_page(context)


# ---------------------------------------------------------------- devices (#12)
def conflicts_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.conflicts import conflicts_page

    return conflicts_page(context)


def devices_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.devices import devices_page

    return devices_page(context)


# reports (issue 13): name-free period reports
def reports_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.reports import reports_page

    return reports_page(context)


# carekit (issue 13): the co-facilitator rota and the care kit
def rota_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.rota import rota_page

    return rota_page(context)


def care_page(context: SessionContext) -> QWidget:
    from safespace_desktop.ui.care import care_page

    return care_page(context)
