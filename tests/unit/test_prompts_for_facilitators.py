"""Facilitators have "My reflections" but no safety plan page: no prompt sends them there.

Issue 8: the prompt of the day told a facilitator to look at a safety plan they do not
have. The rule lives in the prompts service; members still get those prompts.
"""

from __future__ import annotations

from datetime import date, timedelta

from safespace_desktop.core.model import PromptGroup
from safespace_desktop.services import prompts
from safespace_desktop.services.prompts import PromptsService
from safespace_desktop.services.vault import Vault
from tests.unit.journal_helpers import add_member, facilitator

DAYS = [date(2026, 1, 1) + timedelta(days=i) for i in range(400)]


def mentions_safety_plan(text: str) -> bool:
    return "safety plan" in text.casefold()


def test_the_library_has_prompts_that_point_at_the_safety_plan() -> None:
    # Otherwise the rule below would have nothing to do (and could not fail).
    assert any(mentions_safety_plan(p.text) for p in prompts.PROMPTS)
    assert prompts.MEMBERS_ONLY


def test_a_facilitator_is_never_offered_a_safety_plan_prompt(vault: Vault) -> None:
    facilitator(vault)
    service = PromptsService(vault)
    for group in PromptGroup:
        assert not any(mentions_safety_plan(p.text) for p in service.library(group))
    assert not any(mentions_safety_plan(service.prompt_of_the_day(day).text) for day in DAYS)


def test_a_member_still_gets_them_and_the_day_decides_the_prompt(vault: Vault) -> None:
    add_member(vault, "sam")
    member = PromptsService(vault)
    hard_days = [p.text for p in member.library(PromptGroup.HARD_DAYS)]
    assert any(mentions_safety_plan(text) for text in hard_days)
    member_days = {day: member.prompt_of_the_day(day).text for day in DAYS}
    plan_days = [day for day, text in member_days.items() if mentions_safety_plan(text)]
    assert plan_days  # on these days a member is asked to look at their plan

    facilitator(vault)
    robin = PromptsService(vault)
    for day in plan_days:
        text = robin.prompt_of_the_day(day).text
        assert not mentions_safety_plan(text)
        assert text == robin.prompt_of_the_day(day).text  # still the same all day
