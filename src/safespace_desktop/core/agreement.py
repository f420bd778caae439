"""The living group agreement: templates, versions and readable differences (issue 3).

The three templates are written for this app, in plain language; groups are expected
to change them. An agreement's text is one guideline per line.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

TITLE_MAX = 120
TEXT_MAX = 20_000
MAX_PRESENT = 500
BLANK = "blank"


@dataclass(frozen=True)
class AgreementTemplate:
    key: str
    title: str
    description: str
    text: str


TEMPLATES: tuple[AgreementTemplate, ...] = (
    AgreementTemplate(
        key="peer-support",
        title="Our group agreement",
        description="A general agreement for a peer support circle.",
        text="\n".join(
            [
                "What is shared here stays here. We may talk about what we learned, "
                "never about who said it.",
                "We listen to understand, without judging, fixing or giving advice "
                "unless someone asks for it.",
                "We speak from our own experience and say \u201cI\u201d rather than "
                "\u201cyou\u201d or \u201ceveryone\u201d.",
                "Everyone may pass. Listening quietly is a full part of the group.",
                "One person speaks at a time, and we leave room for people who have "
                "not spoken yet.",
                "We respect differences in background, beliefs, identity and ways of coping.",
                "We leave out graphic detail about self-harm, suicide methods or trauma, "
                "so the room stays safe for everyone.",
                "Anyone can step out for a break; a facilitator may check in with you quietly.",
                "If someone's safety is at serious risk, facilitators may need to get "
                "outside help, as the confidentiality statement explains.",
            ]
        ),
    ),
    AgreementTemplate(
        key="recovery",
        title="Our recovery group agreement",
        description="For groups where members support each other's recovery.",
        text="\n".join(
            [
                "Everyone working on their recovery is welcome, at whatever stage they are.",
                "Names and stories stay in this room.",
                "We share what has and has not worked for us, and trust each person to "
                "choose their own path.",
                "A setback is not a failure. You are always welcome back.",
                "We do not describe using in detail or name places or people to get "
                "substances from.",
                "We do not recommend or criticise medicines or treatments; those choices "
                "belong to each person and the professionals they trust.",
                "We talk about our own experience and avoid lecturing, rescuing or "
                "talking over each other.",
                "If you are worried about someone here, tell a facilitator.",
                "Phones on silent, and we start and finish on time.",
            ]
        ),
    ),
    AgreementTemplate(
        key="share-the-air",
        title="Share the air",
        description="A discussion-group agreement that keeps turns fair.",
        text="\n".join(
            [
                "Share the air: say your piece, then make room for others.",
                "Keep each turn to a couple of minutes so everyone gets a chance.",
                "It is fine not to share; \u201cpass\u201d is always an answer.",
                "Speak for yourself: \u201cI found\u2026\u201d rather than \u201cyou should\u2026\u201d.",
                "Disagree with ideas, never with people. Curiosity before criticism.",
                "No side conversations while someone is speaking.",
                "What is said here stays here; what is learned here can leave with you.",
                "The facilitator may gently move us on, to keep time and keep things fair.",
            ]
        ),
    ),
)


def template(key: str) -> AgreementTemplate:
    for candidate in TEMPLATES:
        if candidate.key == key:
            return candidate
    raise KeyError(key)


class DiffKind(StrEnum):
    SAME = "same"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True)
class DiffLine:
    kind: DiffKind
    text: str

    def render(self) -> str:
        prefix = {DiffKind.SAME: "  ", DiffKind.ADDED: "+ ", DiffKind.REMOVED: "- "}[self.kind]
        return prefix + self.text


def agreement_lines(text: str) -> list[str]:
    """One guideline per line; trailing spaces and empty lines at the ends do not count."""
    return [line.rstrip() for line in text.strip("\n").splitlines()]


def diff_lines(
    old: str, new: str, *, old_title: str = "", new_title: str = ""
) -> tuple[DiffLine, ...]:
    """A readable line-by-line difference: every line once, marked same/added/removed.

    Within a changed block the removed lines come first, then the added ones, the way
    people read "this line became that line". A title change is shown first.
    """
    out: list[DiffLine] = []
    if old_title != new_title and (old_title or new_title):
        if old_title:
            out.append(DiffLine(DiffKind.REMOVED, f"Title: {old_title}"))
        if new_title:
            out.append(DiffLine(DiffKind.ADDED, f"Title: {new_title}"))
    a, b = agreement_lines(old), agreement_lines(new)
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out += [DiffLine(DiffKind.SAME, line) for line in a[i1:i2]]
            continue
        out += [DiffLine(DiffKind.REMOVED, line) for line in a[i1:i2]]
        out += [DiffLine(DiffKind.ADDED, line) for line in b[j1:j2]]
    return tuple(out)


def render_diff(lines: tuple[DiffLine, ...] | list[DiffLine]) -> str:
    return "\n".join(line.render() for line in lines)


def has_changes(lines: tuple[DiffLine, ...]) -> bool:
    return any(line.kind is not DiffKind.SAME for line in lines)


@dataclass(frozen=True)
class AgreementDraft:
    """Work in progress, editable. ``origin`` is a template key, "blank" or "v<n>"."""

    id: str
    title: str
    text: str
    origin: str
    origin_text: str
    origin_title: str
    amends: int | None
    created_on: date | None
    # Typing kept when the session locked before it was saved (None: nothing kept).
    # Offered back the next time the agreement page opens; saving replaces it.
    kept_title: str | None = None
    kept_text: str | None = None
    # The stored revision this was read at (``update_draft(expected_rev=...)``).
    rev: int = 0

    @property
    def has_kept_edits(self) -> bool:
        return self.kept_title is not None or self.kept_text is not None


@dataclass(frozen=True)
class AgreementOverview:
    """What the facilitators' agreement page shows, read in one go."""

    versions: tuple[AgreementVersion, ...]
    drafts: tuple[AgreementDraft, ...]

    @property
    def current(self) -> AgreementVersion | None:
        return self.versions[-1] if self.versions else None

    @property
    def next_number(self) -> int:
        """The number the next adopted draft gets (versions are numbered 1, 2, 3 …)."""
        return next_version_number(self.versions)


def next_version_number(versions: Iterable[AgreementVersion]) -> int:
    return max((v.number for v in versions), default=0) + 1


@dataclass(frozen=True)
class AgreementAffirmation:
    """Agreement recorded at a meeting by show of hands: counts only, never names."""

    id: str
    version: int
    meeting_on: date
    present: int
    agreed: int


@dataclass(frozen=True)
class AgreementVersion:
    """An adopted, read-only version. ``changes`` compares it with the version it
    amended (or, for a first version, with the template or blank it started from)."""

    id: str
    number: int
    title: str
    text: str
    adopted_on: date | None
    origin: str
    amends: int | None
    changes: tuple[DiffLine, ...] = ()
    affirmations: tuple[AgreementAffirmation, ...] = field(default_factory=tuple)

    @property
    def lines(self) -> list[str]:
        return agreement_lines(self.text)
