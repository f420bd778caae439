"""Writing prompts, templates and group prompts (issue 4; domain.md H4, ten-features §7).

- A library of gentle, non-clinical reflection prompts in our own words, grouped,
  with a prompt of the day that is the same all day and changes from day to day.
- Templates: the built-in facilitator self-care check-in, and templates a person
  makes for their own journal (sealed under their journal key).
- Group prompts: a facilitator offers a prompt to the group. It is sealed under the
  commons key, carries no names, and appears only for people who opted in (the
  opt-in is in their own sealed settings). Answering writes an entry in the
  person's own journal and nothing else: nothing goes back to the group.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import date
from typing import Any

from safespace_desktop.core.errors import NotFound, ValidationError
from safespace_desktop.core.model import (
    GroupPrompt,
    JournalEntry,
    JournalEntryInput,
    JournalPreferences,
    JournalTemplate,
    Prompt,
    PromptGroup,
)
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.core.text import check_text
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import SealedRecords
from safespace_desktop.storage.repositories import GroupRepositories

_LIBRARY: dict[PromptGroup, tuple[str, ...]] = {
    PromptGroup.GRATITUDE: (
        "What is one small thing that went better than you expected today?",
        "Who made your day a little easier lately, and what did they do?",
        "Name something ordinary you would miss if it were gone.",
        "What did your body let you do today that you are glad about?",
        "Think of a place where you feel at ease. What do you notice there?",
        "What is a kindness you showed yourself this week?",
        "Which sound, smell or taste gave you a moment of comfort recently?",
        "What do you know now that you did not know a year ago?",
        "Write about a moment today when you smiled, however briefly.",
    ),
    PromptGroup.COPING: (
        "When things feel heavy, what is one thing that helps, even a little?",
        "What did you do today to look after yourself, however small?",
        "Think of a time you got through something hard. What carried you?",
        "How does your body tell you that stress is building? How could you answer it gently?",
        "Notice three things you can see, two you can hear and one you can touch. "
        "How do you feel after noticing them?",
        "Which thought kept coming back today? What would you say to a friend who had it?",
        "What is one thing you could put down, just for tonight?",
        "What helps you rest? How could you make a little room for it tomorrow?",
        "What is one small step you could take this week towards something that matters to you?",
    ),
    PromptGroup.RELATIONSHIPS: (
        "Who do you feel most like yourself around? What makes that so?",
        "Is there a conversation you keep putting off? What would you like to say?",
        "Write about someone who believed in you. What did they see?",
        "How do you let people know you need support? Could it be easier?",
        "Which boundary protects your energy? How did it hold up this week?",
        "Think of someone you miss. What would you like them to know?",
        "When did you last feel truly listened to? What did the other person do?",
        "What kind of friend are you to yourself these days?",
    ),
    PromptGroup.AFTER_A_MEETING: (
        "What is one thing someone said at the meeting that stayed with you?",
        "How did you feel walking in, and how do you feel now?",
        "What did you share, or choose to keep to yourself? Both are fine. How does it sit with you?",
        "Is there something from the meeting you would like to try before the next one?",
        "Did something remind you that you are not alone? Write about it.",
        "What would you like to bring to the next meeting?",
        "What did you notice about the way you listened today?",
        "If you kept one take-away from today, what would it be?",
    ),
    PromptGroup.HARD_DAYS: (
        "What is making today hard? You can write it plainly: nobody else will read this.",
        "What do you need right now, even if you cannot have it yet?",
        "What has helped on hard days before, even a little?",
        "Write a few kind words to yourself, the way you would to a friend having this day.",
        "What is one small thing you could do in the next hour to look after yourself?",
        "Who could you reach out to today, even just to say hello?",
        "What would 'good enough' look like for the rest of today?",
        "If this feeling were weather, what would it be? What might it turn into later?",
        "Look at your safety plan. Which step could you take right now?",
    ),
}

PROMPTS: tuple[Prompt, ...] = tuple(
    Prompt(id=f"{group.value}-{index:02d}", group=group, text=text)
    for group, texts in _LIBRARY.items()
    for index, text in enumerate(texts, start=1)
)

SELF_CARE_CHECK_IN = JournalTemplate(
    id="builtin:self-care-check-in",
    name="Self-care check-in",
    body="How am I?\n\n\nWhat was hard?\n\n\nWhat do I need?\n\n",
    builtin=True,
)
BUILTIN_TEMPLATES_FACILITATOR = (SELF_CARE_CHECK_IN,)
BUILTIN_TEMPLATES_MEMBER: tuple[JournalTemplate, ...] = ()

TEMPLATE_NAME_MAX = 80
TEMPLATE_BODY_MAX = 10_000
GROUP_PROMPT_MAX = 1_000
_DISMISSED = "dismissed_group_prompts"


#: Prompts that send the person to their safety plan. Facilitators have "My
#: reflections" but no safety plan page, so these are offered to members only.
MEMBERS_ONLY: frozenset[str] = frozenset(
    p.id for p in PROMPTS if "safety plan" in p.text.casefold()
)


def offered_to(prompt: Prompt, *, facilitator: bool) -> bool:
    """Whether ``prompt`` suits this person: nothing points a facilitator at a page
    they do not have."""
    return not (facilitator and prompt.id in MEMBERS_ONLY)


def library(group: PromptGroup | None = None, *, facilitator: bool = False) -> list[Prompt]:
    return [
        p
        for p in PROMPTS
        if (group is None or p.group is group) and offered_to(p, facilitator=facilitator)
    ]


def prompt_by_id(prompt_id: str) -> Prompt:
    for prompt in PROMPTS:
        if prompt.id == prompt_id:
            return prompt
    raise NotFound("prompt_gone")


def prompt_of_the_day(day: date, *, facilitator: bool = False) -> Prompt:
    """The same prompt all day, on every PC and every run; it changes with the date.
    Facilitators get one from the prompts offered to them."""
    choices = library(facilitator=facilitator)
    digest = hashlib.sha256(f"safespace/prompt-of-the-day/{day.isoformat()}".encode()).digest()
    return choices[int.from_bytes(digest[:8], "big") % len(choices)]


def _clean_template(name: str, body: str) -> tuple[str, str]:
    name = " ".join(check_text("name", name).split())
    if not name:
        raise ValidationError("name", "required", record="template")
    if len(name) > TEMPLATE_NAME_MAX:
        raise ValidationError("name", "too_long", limit=TEMPLATE_NAME_MAX)
    body = check_text("body", body).replace("\r\n", "\n")
    if len(body) > TEMPLATE_BODY_MAX:
        raise ValidationError("body", "too_long", limit=TEMPLATE_BODY_MAX, record="template")
    return name, body


def _clean_group_prompt(text: str) -> str:
    text = check_text("text", text).strip()
    if not text:
        raise ValidationError("text", "required", record="group_prompt")
    if len(text) > GROUP_PROMPT_MAX:
        raise ValidationError("text", "too_long", limit=GROUP_PROMPT_MAX)
    return text


class PromptsService:
    """Prompts and templates for whoever is unlocked; group prompts for the group."""

    def __init__(self, vault: Vault, journal: JournalService | None = None) -> None:
        self._vault = vault
        self._journal = journal or JournalService(vault)

    # ------------------------------------------------------------------ library
    def _for_facilitator(self) -> bool:
        principal = self._vault.principal
        return principal is not None and principal.is_facilitator

    def library(self, group: PromptGroup | None = None) -> list[Prompt]:
        """The library for whoever is unlocked (no safety-plan prompts for facilitators)."""
        return library(group, facilitator=self._for_facilitator())

    def prompt_of_the_day(self, day: date | None = None) -> Prompt:
        return prompt_of_the_day(
            day or date.fromtimestamp(self._vault.clock.now()),
            facilitator=self._for_facilitator(),
        )

    # ------------------------------------------------------------------ templates
    def list_templates(self) -> list[JournalTemplate]:
        """Built-in templates for the person's role, then their own (by name)."""
        with self._vault.transaction() as (db, keyring, principal):
            loaded, _damaged = db.journal.templates.load_all(db, keyring)
        builtin = (
            BUILTIN_TEMPLATES_FACILITATOR if principal.is_facilitator else BUILTIN_TEMPLATES_MEMBER
        )
        own = [
            JournalTemplate(
                id=r.id, name=str(r.state.get("name", "")), body=str(r.state.get("body", ""))
            )
            for r in loaded
        ]
        return [*builtin, *sorted(own, key=lambda t: (t.name.casefold(), t.id))]

    def create_template(self, name: str, body: str) -> JournalTemplate:
        name, body = _clean_template(name, body)
        template_id = str(uuid.uuid4())
        self._write_template(template_id, {"name": name, "body": body}, must_exist=False)
        return JournalTemplate(template_id, name, body)

    def update_template(self, template_id: str, name: str, body: str) -> JournalTemplate:
        name, body = _clean_template(name, body)
        self._write_template(template_id, {"name": name, "body": body}, must_exist=True)
        return JournalTemplate(template_id, name, body)

    def delete_template(self, template_id: str) -> None:
        with self._vault.transaction() as (db, keyring, principal):
            repo = db.journal.templates
            record = repo.get(db, keyring, template_id)
            if record is None or record.state.deleted:
                raise NotFound("template_gone")
            tombstone = RecordState(cc=dict(record.state.cc))
            replica, counter, hlc = self._vault.next_write(db)
            tombstone.write({"_deleted": True}, replica, counter, hlc)
            repo.store(db, keyring.journal_key, template_id, tombstone, counter)
        self._vault.checkpoint()

    def _write_template(
        self, template_id: str, changes: dict[str, Any], *, must_exist: bool
    ) -> None:
        with self._vault.transaction() as (db, keyring, principal):
            repo = db.journal.templates
            record = repo.get(db, keyring, template_id)
            if must_exist and (record is None or record.state.deleted):
                raise NotFound("template_gone")
            state = record.state if record is not None else RecordState()
            replica, counter, hlc = self._vault.next_write(db)
            state.write(changes, replica, counter, hlc)
            repo.store(db, keyring.journal_key, template_id, state, counter)

    # ------------------------------------------------------------------ group prompts
    def _group_repo(self) -> SealedRecords:
        return GroupRepositories.for_group(self._vault.group_id).prompts

    def offer_group_prompt(self, text: str, offered_on: date | None = None) -> GroupPrompt:
        """A facilitator offers a prompt to members who opted in (commons key)."""
        text = _clean_group_prompt(text)
        self._vault.require_facilitator()
        day = offered_on or date.fromtimestamp(self._vault.clock.now())
        prompt_id = str(uuid.uuid4())
        repo = self._group_repo()
        with self._vault.transaction() as (db, keyring, _principal):
            state = RecordState()
            replica, counter, hlc = self._vault.next_write(db)
            state.write({"text": text, "date": day.isoformat()}, replica, counter, hlc)
            repo.store(db, keyring.commons_key, prompt_id, state, counter)
        return GroupPrompt(prompt_id, text, day)

    def withdraw_group_prompt(self, prompt_id: str) -> None:
        self._vault.require_facilitator()
        repo = self._group_repo()
        with self._vault.transaction() as (db, keyring, _principal):
            record = repo.get(db, keyring, prompt_id)
            if record is None or record.state.deleted:
                raise NotFound("group_prompt_withdrawn")
            tombstone = RecordState(cc=dict(record.state.cc))
            replica, counter, hlc = self._vault.next_write(db)
            tombstone.write({"_deleted": True}, replica, counter, hlc)
            repo.store(db, keyring.commons_key, prompt_id, tombstone, counter)

    def offered_group_prompts(self) -> list[GroupPrompt]:
        """Every live group prompt, newest first (what a facilitator manages)."""
        repo = self._group_repo()
        with self._vault.transaction() as (db, keyring, _principal):
            loaded, _damaged = repo.load_all(db, keyring)
        prompts = []
        for record in loaded:
            try:
                day = date.fromisoformat(str(record.state.get("date")))
            except ValueError:
                continue
            prompts.append(GroupPrompt(record.id, str(record.state.get("text", "")), day))
        return sorted(prompts, key=lambda p: (p.offered_on, p.id), reverse=True)

    def set_group_prompts_opt_in(self, receive: bool) -> JournalPreferences:
        current = self._journal.preferences()
        return self._journal.set_preferences(
            JournalPreferences(
                show_on_this_day=current.show_on_this_day, receive_group_prompts=receive
            )
        )

    def group_prompts_for_me(self) -> list[GroupPrompt]:
        """Group prompts to show in this person's journal: none unless they opted in,
        and not those they dismissed or answered."""
        if not self._journal.preferences().receive_group_prompts:
            return []
        hidden = set(self._journal.private_setting(_DISMISSED, ()) or ())
        return [p for p in self.offered_group_prompts() if p.id not in hidden]

    def dismiss_group_prompt(self, prompt_id: str) -> None:
        """Hide a group prompt from this person's journal (stored in their own settings)."""
        hidden = list(self._journal.private_setting(_DISMISSED, ()) or ())
        if prompt_id not in hidden:
            live = {p.id for p in self.offered_group_prompts()}
            hidden = [h for h in hidden if h in live] + [prompt_id]  # forget withdrawn ones
            self._journal.set_private_setting(_DISMISSED, hidden)

    def answer_group_prompt(self, prompt_id: str, entry: JournalEntryInput) -> JournalEntry:
        """Write the answer as an entry in the person's own journal; nothing is sent back."""
        prompt = next((p for p in self.offered_group_prompts() if p.id == prompt_id), None)
        if prompt is None:
            raise NotFound("group_prompt_withdrawn")
        saved = self._journal.add(
            JournalEntryInput(
                body=entry.body,
                title=entry.title,
                entry_date=entry.entry_date,
                mood=entry.mood,
                feelings=entry.feelings,
                tags=entry.tags,
                starred=entry.starred,
                prompt=prompt.text,
            )
        )
        self.dismiss_group_prompt(prompt_id)
        return saved
