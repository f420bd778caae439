"""What the Members page says about one person, built from plain data (all through tr)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from safespace_desktop.core.model import JournalAccess, Member
from safespace_desktop.core.roster import MemberStatus
from safespace_desktop.ui.wording.dates import format_date
from safespace_desktop.ui.wording.placeholders import fill


def _t(text: str) -> str:
    return QCoreApplication.translate("MembersPage", text)


def status_line(member: Member) -> str:
    """One sentence under the name: where they stand in the group."""
    if member.forgotten:
        return _t(
            "This person asked to be forgotten. Their details were erased and cannot be "
            "changed; only the dates they joined and left remain."
        )
    since = format_date(member.status_since)
    if member.status is MemberStatus.LEFT:
        text = fill(_t("Left the group on %1."), since) if since else _t("Left the group.")
        return (
            text
            + " "
            + _t(
                "Archived: hidden from the roster unless “Show archived” is ticked. "
                "Nothing was deleted."
            )
        )
    if member.status is MemberStatus.PAUSED:
        return fill(_t("Taking a break since %1."), since) if since else _t("Taking a break.")
    joined = format_date(member.joined_on)
    return (
        fill(_t("Active member of the group, joined %1."), joined)
        if joined
        else _t("Active member of the group.")
    )


def new_member_title() -> str:
    return _t("New member")


def new_member_status() -> str:
    return _t("Fill in what they are happy to share, then choose Save.")


def journal_state(member: Member | None) -> str:
    """The private-journal section's words: invite, invitation open, or theirs."""
    if member is None:
        return _t("Once they are saved you can invite them to keep a private journal.")
    if member.journal is JournalAccess.ACTIVE:
        return _t(
            "They keep a private journal. It is protected by their own passphrase; "
            "nobody else can read it."
        )
    if member.journal is JournalAccess.INVITED:
        return _t(
            "An invitation is open: they have not used their code yet. If the code was "
            "lost, give them a new one; the old one then stops working."
        )
    if member.archived:
        return _t("Restore them first if they would like to keep a journal.")
    return _t(
        "They can keep a private journal on this computer. Only they will be able to read it."
    )


def contact_hint(member: Member | None, consented: bool) -> str:
    if member is not None and member.forgotten:
        return _t("Their contact details were erased.")
    if consented:
        return _t(
            "They agreed to be contacted between meetings. Keep only what they chose to give."
        )
    if member is None:
        return _t(
            "Contact details can only be kept once they agree to be contacted between "
            "meetings. Save them first, then record that consent below."
        )
    return _t(
        "These stay empty because they have not agreed to be contacted between "
        "meetings. If they agree, record it under Consent below."
    )


def draft_offer() -> str:
    return _t(
        "You had unsaved changes to this member from before the app locked. Restore them, "
        "or discard them and keep what is saved?"
    )


def draft_offer_new() -> str:
    return _t(
        "You were adding someone when the app locked, and it was not saved. Restore what "
        "you typed, or discard it?"
    )


def damaged_notice(count: int) -> str:
    return fill(
        _t(
            "Some roster entries (%1) failed their safety check, so they are not shown. "
            "They were left untouched."
        ),
        count,
    )


def count_text(total: int, shown: int, searching: bool, archived_hidden: int) -> str:
    if total == 0:
        return _t("The roster is empty.")
    if shown == 0 and searching:
        return _t("No one matches this search.")
    text = fill(_t("Showing %1 of %2"), shown, total)
    if archived_hidden:
        text += " · " + fill(_t("%1 archived not shown"), archived_hidden)
    return text
