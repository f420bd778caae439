"""What the resources pages say, built from data (every text through tr())."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from safespace_desktop.core.resources.model import Audience, Resource, ResourceKind
from safespace_desktop.ui.wording.dates import format_date
from safespace_desktop.ui.wording.placeholders import fill


def tr(text: str) -> str:
    return QCoreApplication.translate("Resources", text)


def kind_name(kind: ResourceKind) -> str:
    return {
        ResourceKind.HANDOUT: tr("Handout"),
        ResourceKind.EXERCISE: tr("Exercise"),
        ResourceKind.READING: tr("Reading"),
        ResourceKind.LOCAL_SERVICE: tr("Local service"),
    }[kind]


def audience_name(audience: Audience) -> str:
    if audience is Audience.MEMBERS:
        return tr("Members and facilitators")
    return tr("Facilitators only")


def checked_text(resource: Resource, today: date) -> str:
    if not resource.needs_checking:
        return ""
    if resource.last_checked is None:
        return tr("Details not checked yet")
    text = fill(tr("Last checked %1"), format_date(resource.last_checked))
    if resource.due_for_review(today):
        text = fill(tr("%1 — due for a check"), text)
    return text


def row_text(resource: Resource, today: date) -> str:
    parts = [resource.title, kind_name(resource.kind)]
    if resource.audience is Audience.FACILITATORS:
        parts.append(tr("facilitators only"))
    if resource.content_note:
        parts.append(fill(tr("content note: %1"), resource.content_note))
    if resource.needs_checking and resource.due_for_review(today):
        parts.append(tr("due for a check"))
    return " · ".join(parts)


def meta_text(resource: Resource, today: date) -> str:
    parts = [kind_name(resource.kind), audience_name(resource.audience)]
    if resource.tags:
        parts.append(fill(tr("Tags: %1"), ", ".join(resource.tags)))
    checked = checked_text(resource, today)
    if checked:
        parts.append(checked)
    if resource.is_example:
        parts.append(tr("An example that came with the app"))
    return " · ".join(parts)


def service_lines(resource: Resource) -> list[tuple[str, str]]:
    """(caption, value) for each local-service detail that is filled in."""
    service = resource.service
    captions = (
        (tr("What it offers"), service.offers),
        (tr("Phone"), service.phone),
        (tr("Address"), service.address),
        (tr("Opening hours"), service.hours),
        (tr("How to get there"), service.directions),
        (tr("Accessibility"), service.accessibility),
    )
    return [(caption, value) for caption, value in captions if value]


def review_text(due: list[Resource], today: date) -> str:
    """The quiet reminder: which resources need their details checked."""
    if not due:
        return ""
    names = ", ".join(r.title for r in due[:5])
    if len(due) > 5:
        names = fill(tr("%1 and %2 more"), names, len(due) - 5)
    if len(due) == 1:
        return fill(tr("One resource is due for a check of its details: %1."), names)
    return fill(tr("%1 resources are due for a check of their details: %2."), len(due), names)


def count_text(shown: int, total: int) -> str:
    if shown == total:
        return fill(tr("%1 resources"), total)
    return fill(tr("Showing %1 of %2 resources"), shown, total)


def content_note_text(note: str) -> str:
    return fill(tr("Content note: %1. You can choose whether to open it."), note)
