"""What the care kit says, in one place (translated through Qt). The self-check is in
our own words: it is not a clinical questionnaire, adds nothing up and names nothing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from safespace_desktop.core.care import (
    REST,
    SHARE_THE_LEAD,
    STEADY,
    SUPPORT,
    ChecklistItem,
    Feeling,
    Often,
)
from safespace_desktop.ui.wording.dates import format_date
from safespace_desktop.ui.wording.placeholders import fill


def tr(text: str) -> str:
    return QCoreApplication.translate("Care", text)


# ---------------------------------------------------------------------- debrief
def debrief_prompts(*, safety_pause: bool) -> str:
    """The debrief template: short headings to write under, never about anyone by name."""
    prompts = [tr("What went well:"), tr("What was hard:")]
    if safety_pause:
        prompts.append(
            tr("The safety pause: what happened, what helped, what I would do again (no names):")
        )
    prompts += [
        tr("How am I, right now:"),
        tr("What I need, and who I can talk to:"),
        tr("Who needs a follow-up (initials or a note to myself, no full names):"),
    ]
    return "\n\n".join(prompts) + "\n"


def debrief_title(day: date | None) -> str:
    if day is None:
        return tr("Debrief")
    return fill(tr("Debrief after the meeting on %1"), format_date(day))


def debrief_offer(*, safety_pause: bool) -> str:
    if safety_pause:
        return tr(
            "A safety pause was used at this meeting. That can stay with you. A short "
            "debrief, on your own or with your co-facilitator, often helps: what went "
            "well, what was hard, and how you are. It stays in your own reflections."
        )
    return tr(
        "Would a short debrief help? A few lines on what went well, what was hard and "
        "how you are. It stays in your own reflections, which only you can open."
    )


def debrief_saved() -> str:
    return tr("Your debrief is kept in your reflections. Only you can open it.")


def debrief_later() -> str:
    return tr("That's fine. You can write a debrief any time from the Care kit.")


def no_meeting() -> str:
    return tr("No particular meeting")


def meeting_choice(day: date, start: str) -> str:
    return fill(tr("%1, %2"), format_date(day), start)


# ---------------------------------------------------------------------- self-check
def feeling_text(feeling: Feeling) -> str:
    return {
        Feeling.DRAINED: tr("I leave meetings drained, and it lasts a long while."),
        Feeling.CARRY_HOME: tr("Other people's stories stay with me at home."),
        Feeling.SLEEP: tr("My sleep or appetite has changed."),
        Feeling.DREAD: tr("I dread the next meeting."),
        Feeling.NUMB: tr("I feel numb, or short-tempered with people I care about."),
        Feeling.ALONE: tr("I carry this on my own, with nobody to talk to."),
    }[feeling]


def answer_text(answer: Often) -> str:
    return {
        Often.NOT_LATELY: tr("Not lately"),
        Often.SOMETIMES: tr("Sometimes"),
        Often.OFTEN: tr("Often"),
    }[answer]


def reflection_text(key: str) -> str:
    return {
        REST: tr(
            "Some of this has been heavy lately. That is a common, human response to "
            "holding other people's pain, not a failing. Could you plan some rest, or step "
            "back from leading for a meeting or two?"
        ),
        SUPPORT: tr(
            "You deserve support too. Think of one person you could talk to this week: "
            "your co-facilitator, a friend, a supervisor, or your own doctor or counsellor."
        ),
        SHARE_THE_LEAD: tr(
            "Dreading or feeling drained by meetings is a sign to share the load. The "
            "Rota shows who else could lead the next ones."
        ),
        STEADY: tr(
            "Nothing stands out right now. Keep doing what helps you, and come back to "
            "this check whenever you like."
        ),
    }[key]


def crisis_pointer() -> str:
    return tr(
        "If you are struggling to stay safe, please reach out now: the crisis lines are "
        "there for facilitators too."
    )


def self_check_title(day: date) -> str:
    return fill(tr("How I am doing, %1"), format_date(day))


def self_check_body(answers: dict[Feeling, Often], reflections: tuple[str, ...], note: str) -> str:
    lines = [fill(tr("%1 %2"), feeling_text(f), answer_text(a)) for f, a in answers.items()]
    lines.append("")
    lines += [reflection_text(key) for key in reflections]
    if note.strip():
        lines += ["", tr("A note to myself:"), note.strip()]
    return "\n".join(lines)


def self_check_saved() -> str:
    return tr("This check is kept in your reflections. Only you can open it.")


# ---------------------------------------------------------------------- checklist
CHECKLIST_PAGES: dict[ChecklistItem, str] = {
    ChecklistItem.JOIN_KIT: "sync",  # the join kit is made on the Sync page
    ChecklistItem.AGREEMENT: "agreement",
    ChecklistItem.RESOURCES: "resources",
    ChecklistItem.ROTA: "rota",
    ChecklistItem.BACKUPS: "backups",
    ChecklistItem.CRISIS_LINES: "crisis_lines",
}


def checklist_text(item: ChecklistItem) -> str:
    return {
        ChecklistItem.JOIN_KIT: tr(
            "The new facilitator's computer has joined the group with a join kit."
        ),
        ChecklistItem.AGREEMENT: tr("They have read the group agreement the group adopted."),
        ChecklistItem.RESOURCES: tr("They know where the coping resources live."),
        ChecklistItem.ROTA: tr("They are on the rota, supporting before they lead."),
        ChecklistItem.BACKUPS: tr("They know how backups are made and where they are kept."),
        ChecklistItem.CRISIS_LINES: tr("They have checked the crisis lines with you."),
    }[item]


def checklist_name(item: ChecklistItem) -> str:
    return {
        ChecklistItem.JOIN_KIT: tr("&Join kit"),
        ChecklistItem.AGREEMENT: tr("Group &agreement"),
        ChecklistItem.RESOURCES: tr("Coping &resources"),
        ChecklistItem.ROTA: tr("On the r&ota"),
        ChecklistItem.BACKUPS: tr("&Backups"),
        ChecklistItem.CRISIS_LINES: tr("&Crisis lines"),
    }[item]


def checklist_link(item: ChecklistItem) -> str:
    return {
        ChecklistItem.JOIN_KIT: tr("Open Sync"),
        ChecklistItem.AGREEMENT: tr("Open the agreement"),
        ChecklistItem.RESOURCES: tr("Open Coping resources"),
        ChecklistItem.ROTA: tr("Open the Rota"),
        ChecklistItem.BACKUPS: tr("Open Backups"),
        ChecklistItem.CRISIS_LINES: tr("Open Crisis lines"),
    }[item]


def ticked_on(day: date | None) -> str:
    return fill(tr("Done on %1"), format_date(day)) if day is not None else tr("Not done yet")


def checklist_summary(done: int, total: int) -> str:
    if done == total:
        return tr("Everything on the checklist is done. Thank you for passing it on with care.")
    return fill(tr("%1 of %2 done. Ticks are shared with every facilitator."), done, total)
