"""Example resources, clearly labelled, written in our own words (issue 11).

Nothing here is a real service, phone number or address: the local-service example
holds no number at all and asks to be replaced, so it stays on the review list until
a facilitator fills it in from something they have checked themselves.
"""

from __future__ import annotations

from safespace_desktop.core.resources.model import (
    Audience,
    LocalService,
    Resource,
    ResourceDraft,
    ResourceKind,
)
from safespace_desktop.services.resources.library import ResourcesService
from safespace_desktop.services.vault import Vault

EXAMPLE_NOTICE = (
    "*This is an example the app ships, written in our own words. Read it through, "
    "change what does not suit your group, or remove it.*"
)

EXAMPLES: tuple[ResourceDraft, ...] = (
    ResourceDraft(
        title="Example: Grounding with your senses (5-4-3-2-1)",
        kind=ResourceKind.EXERCISE,
        tags=("grounding", "anxiety", "example"),
        body=(
            f"{EXAMPLE_NOTICE}\n\n"
            "When feelings run high, noticing what is around you can help you settle.\n\n"
            "1. Look for **five** things you can see.\n"
            "2. Notice **four** things you can touch.\n"
            "3. Listen for **three** things you can hear.\n"
            "4. Find **two** things you can smell.\n"
            "5. Name **one** thing you can taste.\n\n"
            "Go slowly. There is no right answer, and you can stop at any point."
        ),
    ),
    ResourceDraft(
        title="Example: Looking after yourself after a hard meeting",
        kind=ResourceKind.HANDOUT,
        tags=("self-care", "example"),
        content_note="mentions feeling low",
        body=(
            f"{EXAMPLE_NOTICE}\n\n"
            "Sometimes a meeting stirs things up. That is normal.\n\n"
            "- Give yourself a little time before the next task.\n"
            "- Drink some water and eat something if you can.\n"
            "- Do one small thing you enjoy.\n"
            "- If you feel low for a while, tell someone you trust, or look at your "
            "safety plan."
        ),
    ),
    ResourceDraft(
        title="Example: a local service (replace with one you have checked)",
        kind=ResourceKind.LOCAL_SERVICE,
        tags=("local", "example"),
        body=(
            f"{EXAMPLE_NOTICE}\n\n"
            "Write a few words about the service here, then fill in its details from "
            "something you have checked yourself, and mark it checked."
        ),
        service=LocalService(
            offers="Describe what the service offers, in your own words.",
            hours="Add the opening hours after checking them.",
            directions="Bus routes, parking, the nearest entrance: whatever helps people find it.",
            accessibility="Step-free access, hearing loop, quiet room: whatever you know.",
        ),
    ),
    ResourceDraft(
        title="Example: Notes for facilitators on content notes",
        kind=ResourceKind.READING,
        audience=Audience.FACILITATORS,
        tags=("facilitation", "example"),
        body=(
            f"{EXAMPLE_NOTICE}\n\n"
            "A content note lets people choose when to read something difficult. Add "
            "one when a resource mentions self-harm, loss, abuse or other heavy "
            "topics, and keep it short and plain."
        ),
    ),
)


def add_examples(
    service: ResourcesService, drafts: tuple[ResourceDraft, ...] = EXAMPLES
) -> list[Resource]:
    """Add every example resource (a facilitator chooses to, or the demo vault does);
    ``drafts`` are the examples as the person reads them (the UI translates them)."""
    return [service.add(draft, is_example=True) for draft in drafts]


def add_demo_resources(vault: Vault) -> None:
    """The demo vault's library: the labelled examples, and the suggestion box opened
    (a facilitator is unlocked)."""
    from safespace_desktop.services.resources.suggestions import SuggestionsService

    add_examples(ResourcesService(vault))
    SuggestionsService(vault).publish_box()
