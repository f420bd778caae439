"""Built-in content in the person's language (issue 14).

core/ and services/ keep the built-in prompts, templates and consent wording as plain
English data; ui/wording/content_catalog.py lists them for Qt Linguist under the
"Content" context. These helpers translate them where they are shown and where a
template is applied, so an agenda or agreement started in Spanish is stored in Spanish.
A text a group wrote itself is never in the catalogue and comes back unchanged.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from safespace_desktop.core.agreement import AgreementTemplate
from safespace_desktop.core.consent import DEFAULT_WORDINGS, Wording
from safespace_desktop.core.meetings.model import MeetingTemplate, SegmentDraft
from safespace_desktop.core.model import JournalTemplate, Prompt
from safespace_desktop.core.resources.model import LocalService, ResourceDraft

if TYPE_CHECKING:  # the lock screen's crisis lines import this module: keep it light
    from safespace_desktop.services.crisis_lines import CrisisLine

CONTENT_CONTEXT = "Content"


def content_text(text: str) -> str:
    """One built-in text in the current language (unchanged when it has no translation)."""
    if not text:
        return text
    return QCoreApplication.translate(CONTENT_CONTEXT, text)


def lines_text(text: str) -> str:
    """A text kept one item per line (an agreement), translated line by line."""
    return "\n".join(content_text(line) for line in text.split("\n"))


def prompt(item: Prompt) -> Prompt:
    return replace(item, text=content_text(item.text))


def journal_template(template: JournalTemplate) -> JournalTemplate:
    if not template.builtin:
        return template
    return replace(template, name=content_text(template.name), body=content_text(template.body))


def _segment(draft: SegmentDraft) -> SegmentDraft:
    return replace(
        draft,
        title=content_text(draft.title),
        read_aloud=content_text(draft.read_aloud),
        note=content_text(draft.note),
    )


def meeting_template(template: MeetingTemplate) -> MeetingTemplate:
    """A built-in meeting template worded in the current language (a group's own as is)."""
    if not template.builtin:
        return template
    return replace(
        template,
        name=content_text(template.name),
        description=content_text(template.description),
        segments=tuple(_segment(s) for s in template.segments),
    )


def agreement_template(template: AgreementTemplate) -> AgreementTemplate:
    return replace(
        template,
        title=content_text(template.title),
        description=content_text(template.description),
        text=lines_text(template.text),
    )


def consent_wording(wording: Wording) -> Wording:
    """The built-in consent wording in the current language. A wording the group has
    written itself (or changed) is what people agreed to, so it is shown exactly as is."""
    if (wording.title, wording.text) != DEFAULT_WORDINGS.get(wording.kind):
        return wording
    return replace(wording, title=content_text(wording.title), text=content_text(wording.text))


def resource_example(draft: ResourceDraft) -> ResourceDraft:
    """An example resource the app ships, worded as it will be stored (tags stay as
    they are: they are what filters match)."""
    service = LocalService(**{k: content_text(v) for k, v in draft.service.as_dict().items()})
    return replace(
        draft,
        title=content_text(draft.title),
        body=content_text(draft.body),
        content_note=content_text(draft.content_note),
        service=service,
    )


def crisis_line(line: CrisisLine) -> CrisisLine:
    """The labelled example lines every vault starts with, in the current language (a
    line someone has typed is never in the catalogue and stays as it is)."""
    if not line.is_example:
        return line
    return replace(
        line,
        name=content_text(line.name),
        phone=content_text(line.phone),
        hours=content_text(line.hours),
        note=content_text(line.note),
    )
