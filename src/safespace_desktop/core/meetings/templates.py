"""The built-in meeting templates, written for this app in our own words.

Each follows the published STRUCTURE of a well-known format (its segments, their order
and usual timings) without reproducing any programme's copyrighted scripts. All text
lives here, as data, so it can be translated in one place. Groups change the copy a
meeting gets and can save their own templates (``MeetingTemplatesService``).
"""

from __future__ import annotations

from safespace_desktop.core.meetings.model import MeetingTemplate, SegmentDraft, SegmentKind

K = SegmentKind


def _s(
    title: str,
    minutes: int,
    kind: SegmentKind,
    read_aloud: str = "",
    note: str = "",
    *,
    public: bool = True,
) -> SegmentDraft:
    return SegmentDraft(title, minutes, kind, read_aloud, note, public)


WELCOME_TEXT = (
    "Welcome, everyone, and a special welcome to anyone who is here for the first time. "
    "This is a peer support group: we are here as equals, to listen and to share what "
    "has helped us. Nobody has to speak, and you can leave or take a break whenever you need."
)
AGREEMENT_TEXT = (
    "Let's remind ourselves of the agreement we made together. Please raise a hand if "
    "you are happy to keep to it today."
)
CHECK_IN_TEXT = (
    "Let's go round the circle. Say your first name, and if you like, how your week has "
    "been and what you would like from today. You can always say \u201cpass\u201d."
)
CHECK_OUT_TEXT = (
    "Before we close, let's go round once more: one thing you are taking away from "
    "today, or how you are feeling now. Passing is fine."
)
CLOSING_TEXT = (
    "Thank you all for coming and for what you shared. Please keep what was said here "
    "in the room. If you need to talk to someone before the next meeting, a facilitator "
    "can help you find support."
)

SMART_RECOVERY = MeetingTemplate(
    key="smart-recovery",
    name="Self-management recovery meeting (SMART Recovery structure, 90 min)",
    description=(
        "Six timed parts, as SMART Recovery meetings run them: welcome, check-in, "
        "agenda setting, working time, passing the hat, check-out and closing."
    ),
    minutes=90,
    segments=(
        _s("Welcome and opening statement", 5, K.WELCOME, WELCOME_TEXT),
        _s(
            "Check-in",
            16,
            K.CHECK_IN,
            "Each person says briefly how things have gone since we last met, what went "
            "well and what was hard. Please hold comments until everyone has checked in.",
            "Usually 10 to 20 minutes; note topics people raise for agenda setting.",
        ),
        _s(
            "Agenda setting",
            3,
            K.AGENDA_SETTING,
            "Which of the things raised at check-in shall we work on together today?",
        ),
        _s(
            "Working time",
            48,
            K.DISCUSSION,
            "We work through the chosen topics together, using tools that help us manage "
            "urges, thoughts and feelings, and plan the week ahead.",
            "Usually 40 to 50 minutes.",
        ),
        _s(
            "Passing the hat",
            3,
            K.BREAK,
            "The hat goes round for anyone who wants to help cover the room. Giving is "
            "entirely optional.",
        ),
        _s("Check-out and closing", 15, K.CHECK_OUT, CHECK_OUT_TEXT),
    ),
)

NAMI_CONNECTION = MeetingTemplate(
    key="nami-connection",
    name="Recovery support circle (NAMI Connection structure, 90 min)",
    description=(
        "Welcome, principles read aloud, the group's guidelines, a short check-in for "
        "each person, discussion of the topics raised, and closing."
    ),
    minutes=90,
    segments=(
        _s("Welcome", 5, K.WELCOME, WELCOME_TEXT, "Mention the limits of confidentiality."),
        _s(
            "Our principles",
            5,
            K.READING,
            "We believe recovery is possible for everyone. We learn from each other's "
            "experience, we accept one another as we are, and we each choose our own path.",
        ),
        _s("Our guidelines (group agreement)", 5, K.AGREEMENT, AGREEMENT_TEXT),
        _s(
            "Check-in",
            20,
            K.CHECK_IN,
            CHECK_IN_TEXT,
            "At most 2 minutes each; a gentle timer helps. Note topics for the discussion.",
        ),
        _s("Discussion", 45, K.DISCUSSION, "", "Start with the topics raised at check-in."),
        _s("Closing", 10, K.CLOSING, CLOSING_TEXT),
    ),
)

DBSA = MeetingTemplate(
    key="dbsa",
    name="Peer support group (DBSA structure, 90 min)",
    description=(
        "Gathering, welcome, a review of what the group is for, the guidelines, "
        "check-in, discussion and a close."
    ),
    minutes=90,
    segments=(
        _s("Gathering", 10, K.WELCOME, "", "Greet people as they arrive; tea and sign-in."),
        _s("Welcome", 5, K.WELCOME, WELCOME_TEXT),
        _s(
            "What this group is for",
            5,
            K.READING,
            "This is a self-help group run by and for people living with mood conditions "
            "and those who support them. We share experience, not medical advice.",
        ),
        _s("Guidelines (group agreement)", 5, K.AGREEMENT, AGREEMENT_TEXT),
        _s("Check-in", 20, K.CHECK_IN, CHECK_IN_TEXT),
        _s("Discussion", 40, K.DISCUSSION, "", "Announce when 10 minutes are left."),
        _s("Close", 5, K.CLOSING, CLOSING_TEXT),
    ),
)

TWELVE_STEP = MeetingTemplate(
    key="twelve-step",
    name="Twelve-step-style meeting script (60 min)",
    description=(
        "Moment of silence, preamble, readings, welcome to newcomers, the topic, "
        "sharing, the seventh tradition collection and closing."
    ),
    minutes=60,
    segments=(
        _s(
            "Opening and moment of silence",
            1,
            K.WELCOME,
            "Welcome. Let's begin with a moment of silence for those still struggling.",
        ),
        _s(
            "Preamble",
            3,
            K.READING,
            "We are a fellowship of people who share our experience, strength and hope "
            "with each other. The only requirement is a wish to recover; there are no fees.",
        ),
        _s("Readings", 8, K.READING, "", "Ask volunteers to read the group's chosen readings."),
        _s(
            "Welcome to newcomers",
            3,
            K.WELCOME,
            "Is anyone here for the first time? You are very welcome; you need not say anything.",
        ),
        _s("Today's topic", 3, K.AGENDA_SETTING, "Today's topic is:"),
        _s(
            "Sharing",
            35,
            K.DISCUSSION,
            "Please keep shares to a few minutes so everyone has a turn, and avoid cross-talk.",
        ),
        _s(
            "Seventh tradition",
            2,
            K.BREAK,
            "We are self-supporting through our own contributions. Give only if you wish.",
        ),
        _s("Closing", 5, K.CLOSING, CLOSING_TEXT),
    ),
)

PEER_CIRCLE = MeetingTemplate(
    key="peer-circle",
    name="Peer circle (informal, 90 min)",
    description="A relaxed circle: welcome, agreement, check-in, topics, a break, check-out.",
    minutes=90,
    segments=(
        _s("Welcome", 5, K.WELCOME, WELCOME_TEXT),
        _s("Our group agreement", 5, K.AGREEMENT, AGREEMENT_TEXT),
        _s("Check-in round", 20, K.CHECK_IN, CHECK_IN_TEXT),
        _s("Choosing today's topics", 5, K.AGENDA_SETTING),
        _s("Discussion", 35, K.DISCUSSION),
        _s("Break", 5, K.BREAK),
        _s("Check-out round", 10, K.CHECK_OUT, CHECK_OUT_TEXT),
        _s("Closing", 5, K.CLOSING, CLOSING_TEXT),
    ),
)

BUILTIN_TEMPLATES: tuple[MeetingTemplate, ...] = (
    PEER_CIRCLE,
    SMART_RECOVERY,
    NAMI_CONNECTION,
    DBSA,
    TWELVE_STEP,
)


def builtin_template(key: str) -> MeetingTemplate:
    for template in BUILTIN_TEMPLATES:
        if template.key == key:
            return template
    raise KeyError(key)
