"""Pure journal rules (core/journal.py) and the prompt library: no vault needed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from safespace_desktop.core import journal as rules
from safespace_desktop.core.errors import ValidationError
from safespace_desktop.core.model import (
    SAFETY_PLAN_SECTIONS,
    JournalEntry,
    JournalEntryInput,
    JournalFilter,
    MoodPoint,
    PromptGroup,
    SafetyPlan,
)
from safespace_desktop.services import prompts
from safespace_desktop.services.safety_plan import as_card_text, as_plain_text, clean_plan

TODAY = date(2026, 3, 15)


def entry(
    day: date,
    mood: int | None = None,
    *,
    title: str = "",
    body: str = "",
    tags: tuple[str, ...] = (),
    feelings: tuple[str, ...] = (),
    starred: bool = False,
    edited_hlc: int = 0,
    entry_id: str = "",
) -> JournalEntry:
    return JournalEntry(
        id=entry_id or f"{day.isoformat()}-{mood}-{title}-{edited_hlc}",
        title=title,
        body=body,
        entry_date=day,
        mood=mood,
        feelings=feelings,
        tags=tags,
        starred=starred,
        edited_hlc=edited_hlc,
    )


# --------------------------------------------------------------------------- cleaning
def test_clean_entry_normalises_and_defaults_the_date() -> None:
    clean = rules.clean_entry(
        JournalEntryInput(
            body="line one\r\nline two\r",
            title="  A   quiet   day ",
            tags=("#Work", "work", " sleep ", "", "@Rest"),
            feelings=("calm", "Calm", " tired  out "),
            mood=3,
        ),
        TODAY,
    )
    assert clean.title == "A quiet day"
    assert clean.body == "line one\nline two\n"
    assert clean.tags == ("Work", "sleep", "Rest")
    assert clean.feelings == ("calm", "tired out")
    assert clean.entry_date == TODAY


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        (JournalEntryInput(), "body"),
        (JournalEntryInput(body="   \n  "), "body"),
        (JournalEntryInput(body="x", mood=0), "mood"),
        (JournalEntryInput(body="x", mood=6), "mood"),
        (JournalEntryInput(body="x", mood=True), "mood"),
        (JournalEntryInput(body="x", entry_date=TODAY + timedelta(days=1)), "entry_date"),
        (JournalEntryInput(body="x", entry_date=date(1899, 12, 31)), "entry_date"),
        (JournalEntryInput(body="x", title="t" * (rules.TITLE_MAX + 1)), "title"),
        (JournalEntryInput(body="x" * (rules.BODY_MAX + 1)), "body"),
        (JournalEntryInput(body="x", tags=("t" * 41,)), "tags"),
        (JournalEntryInput(body="x", tags=tuple(f"t{i}" for i in range(31))), "tags"),
    ],
)
def test_clean_entry_refuses_bad_input(bad: JournalEntryInput, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        rules.clean_entry(bad, TODAY)
    assert caught.value.field == field


def test_a_mood_only_entry_is_fine_and_drafts_may_be_empty() -> None:
    assert rules.clean_entry(JournalEntryInput(mood=2), TODAY).mood == 2
    draft = rules.clean_entry(JournalEntryInput(), TODAY, require_content=False)
    assert draft.entry_date is None and draft.body == ""


def test_an_earlier_day_can_be_chosen() -> None:
    earlier = date(2019, 5, 4)
    assert rules.clean_entry(JournalEntryInput("x", entry_date=earlier), TODAY).entry_date == (
        earlier
    )


# --------------------------------------------------------------------------- search
def test_search_needs_every_word_case_insensitively_in_any_text_field() -> None:
    e = entry(
        TODAY,
        title="Morning Walk",
        body="The RIVER was calm.",
        tags=("Outdoors",),
        feelings=("Hopeful",),
    )
    text = rules.haystack(e)

    def hit(query: str) -> bool:
        return rules.matches(e, JournalFilter(text=query), text)

    assert hit("")
    assert hit("river")
    assert hit("walk river")
    assert hit("outdoors HOPEFUL")
    assert hit("riv cal")  # prefixes while typing
    assert not hit("river zanzibar")
    assert not hit("lonely")
    assert rules.query_words("  Calm  calm RIVER ") == ("calm", "river")


def test_filters_combine() -> None:
    e = entry(date(2025, 6, 1), 2, tags=("Work", "sleep"), starred=True)
    assert rules.matches(e, JournalFilter(tags=("work",)))
    assert rules.matches(e, JournalFilter(tags=("#WORK", "Sleep")))
    assert not rules.matches(e, JournalFilter(tags=("work", "family")))
    assert rules.matches(e, JournalFilter(moods=frozenset({1, 2})))
    assert not rules.matches(e, JournalFilter(moods=frozenset({4})))
    assert not rules.matches(entry(TODAY), JournalFilter(moods=frozenset({1, 2, 3, 4, 5})))
    assert rules.matches(e, JournalFilter(starred_only=True))
    assert not rules.matches(entry(TODAY), JournalFilter(starred_only=True))
    assert rules.matches(e, JournalFilter(date_from=date(2025, 6, 1), date_to=date(2025, 6, 1)))
    assert not rules.matches(e, JournalFilter(date_from=date(2025, 6, 2)))
    assert not rules.matches(e, JournalFilter(date_to=date(2025, 5, 31)))


def test_newest_first_is_by_entry_date_then_edit_time() -> None:
    a = entry(date(2025, 1, 2), edited_hlc=5, entry_id="a")
    b = entry(date(2025, 1, 3), edited_hlc=1, entry_id="b")
    c = entry(date(2025, 1, 2), edited_hlc=9, entry_id="c")
    assert [e.id for e in rules.sort_newest_first([a, b, c])] == ["b", "c", "a"]


# --------------------------------------------------------------------------- mood
def test_mood_series_by_week_averages_from_monday_across_a_year_boundary() -> None:
    entries = [
        entry(date(2024, 12, 30), 2),  # Monday
        entry(date(2025, 1, 5), 5),  # Sunday of the same ISO week
        entry(date(2025, 1, 1), 3),  # Wednesday, same week
        entry(date(2025, 1, 6), 1),  # next Monday
        entry(date(2025, 1, 7)),  # no mood: ignored
        entry(date(2025, 1, 20), 4),
    ]
    assert rules.mood_series(entries, "week") == [
        MoodPoint(date(2024, 12, 30), 10 / 3, 3, 2, 5),
        MoodPoint(date(2025, 1, 6), 1.0, 1, 1, 1),
        MoodPoint(date(2025, 1, 20), 4.0, 1, 4, 4),
    ]


def test_mood_series_by_month() -> None:
    entries = [
        entry(date(2025, 1, 31), 1),
        entry(date(2025, 1, 1), 4),
        entry(date(2025, 2, 1), 5),
        entry(date(2025, 2, 28), 2),
        entry(date(2025, 2, 14), 2),
        entry(date(2024, 2, 29), 3),
    ]
    series = rules.mood_series(entries, "month")
    assert [(p.period_start, p.average, p.count) for p in series] == [
        (date(2024, 2, 1), 3.0, 1),
        (date(2025, 1, 1), 2.5, 2),
        (date(2025, 2, 1), 3.0, 3),
    ]
    assert rules.mood_series([], "week") == []
    with pytest.raises(ValueError):
        rules.period_start(TODAY, "year")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- calendar
def test_days_with_entries_counts_per_day_of_one_month() -> None:
    entries = [
        entry(date(2025, 3, 1)),
        entry(date(2025, 3, 1), 2),
        entry(date(2025, 3, 31)),
        entry(date(2025, 4, 1)),
        entry(date(2024, 3, 1)),
    ]
    assert rules.days_with_entries(entries, 2025, 3) == {date(2025, 3, 1): 2, date(2025, 3, 31): 1}


def test_on_this_day_takes_earlier_years_only_and_handles_leap_days() -> None:
    entries = [
        entry(date(2020, 3, 15), title="a"),
        entry(date(2024, 3, 15), title="b"),
        entry(date(2026, 3, 15), title="today"),
        entry(date(2024, 3, 16), title="c"),
    ]
    assert [e.title for e in rules.on_this_day(entries, TODAY)] == ["b", "a"]
    leap = [entry(date(2024, 2, 29), title="leap"), entry(date(2024, 2, 28), title="eve")]
    assert {e.title for e in rules.on_this_day(leap, date(2025, 2, 28))} == {"leap", "eve"}
    assert [e.title for e in rules.on_this_day(leap, date(2028, 2, 28))] == ["eve"]
    assert [e.title for e in rules.on_this_day(leap, date(2028, 2, 29))] == ["leap"]


# --------------------------------------------------------------------------- export
def test_readable_markdown_warns_and_lists_oldest_first() -> None:
    text = rules.render_markdown(
        [
            entry(date(2025, 1, 2), 4, title="Second", body="Body two", tags=("calm",)),
            entry(date(2025, 1, 1), title="First", body="Body one", starred=True),
        ],
        date(2025, 1, 1),
        None,
    )
    assert text.startswith("# My journal\n")
    assert "NOT encrypted" in text
    assert text.index("First") < text.index("Second")
    assert "Mood: 4 of 5" in text and "#calm" in text and "★" in text
    assert "2025-01-01 to today" in text


# --------------------------------------------------------------------------- prompts
def test_the_library_has_at_least_eight_prompts_in_every_group_with_unique_ids() -> None:
    for group in PromptGroup:
        assert len(prompts.library(group)) >= 8, group
    ids = [p.id for p in prompts.PROMPTS]
    assert len(ids) == len(set(ids))
    texts = [p.text for p in prompts.PROMPTS]
    assert len(texts) == len(set(texts))
    assert all(t.strip() == t and t.endswith(("?", ".")) for t in texts)
    assert prompts.prompt_by_id("coping-01").group is PromptGroup.COPING


def test_the_library_stays_non_clinical() -> None:
    words = ("diagnos", "medication", "symptom", "disorder", "patient", "therapy", "suicid")
    for prompt in prompts.PROMPTS:
        assert not any(w in prompt.text.casefold() for w in words), prompt.text


def test_prompt_of_the_day_is_deterministic_per_date_and_varies() -> None:
    days = [date(2026, 1, 1) + timedelta(days=i) for i in range(60)]
    first = [prompts.prompt_of_the_day(d).id for d in days]
    assert first == [prompts.prompt_of_the_day(d).id for d in days]
    assert len(set(first)) > 20
    assert len({prompts.prompt_of_the_day(d).group for d in days}) == len(PromptGroup)


# --------------------------------------------------------------------------- safety plan
def test_safety_plan_cleaning_and_printing() -> None:
    plan = clean_plan(
        SafetyPlan(
            warning_signs=("  I stop answering   messages ", "", "   "),
            coping_on_my_own=("Walk round the park", "Shower and clean clothes"),
            people_to_ask=("Sam", "My sister", "Neighbour", "Friend from group"),
            reasons_for_living=("My cat",),
        )
    )
    assert plan.warning_signs == ("I stop answering messages",)
    text = as_plain_text(plan)
    assert text.startswith("MY SAFETY PLAN\n")
    for _name, title in SAFETY_PLAN_SECTIONS:
        assert title in text
    assert "   - Walk round the park" in text
    card = as_card_text(plan)
    assert "Ask for help: Sam; My sister; Neighbour" in card
    assert "Friend from group" not in card  # the card keeps three lines per section
    assert "Services" not in card  # empty sections are left off the card
    assert as_card_text(SafetyPlan()) == ""
    assert SafetyPlan().is_empty and not plan.is_empty
    with pytest.raises(ValidationError):
        clean_plan(SafetyPlan(warning_signs=("x" * 501,)))
    with pytest.raises(ValidationError):
        clean_plan(SafetyPlan(professionals=tuple(f"p{i}" for i in range(21))))
