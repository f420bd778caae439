"""The personal safety plan (issue 4; domain.md G1, G2; workflow W8).

The six standard sections plus reasons for living, sealed under the unlocked
person's own journal key, one row per person. The app never contacts anyone: the
plan is for the person to read, and to print only after an explicit, warned action.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from safespace_desktop.core.errors import StaleEdit, ValidationError, VaultLocked
from safespace_desktop.core.model import SAFETY_PLAN_SECTIONS, SafetyPlan
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.core.text import check_text
from safespace_desktop.services.journal_codec import slot_singleton_id
from safespace_desktop.services.vault import Vault

ITEM_MAX = 500
ITEMS_MAX = 20
CARD_ITEMS = 3  # lines per section on the wallet card


def clean_plan(plan: SafetyPlan) -> SafetyPlan:
    """Strip blank lines and whitespace; enforce the limits with kind messages."""
    values: dict[str, Any] = {}  # section name → its lines
    for name, _title in SAFETY_PLAN_SECTIONS:
        items = []
        for raw in getattr(plan, name):
            item = " ".join(check_text(name, str(raw)).split())
            if not item:
                continue
            if len(item) > ITEM_MAX:
                raise ValidationError(name, "line_too_long", limit=ITEM_MAX)
            items.append(item)
        if len(items) > ITEMS_MAX:
            raise ValidationError(name, "too_many_lines", limit=ITEMS_MAX)
        values[name] = tuple(items)
    return SafetyPlan(**values)


def _plan_from_state(state: RecordState) -> SafetyPlan:
    values: dict[str, Any] = {}
    for name, _title in SAFETY_PLAN_SECTIONS:
        raw = state.get(name, ())
        values[name] = tuple(str(v) for v in raw) if isinstance(raw, list | tuple) else ()
    return SafetyPlan(**values)


def as_plain_text(plan: SafetyPlan) -> str:
    """A one-page plain-text plan, every section shown (empty ones left blank to fill)."""
    lines = ["MY SAFETY PLAN", ""]
    for number, (name, title) in enumerate(SAFETY_PLAN_SECTIONS, start=1):
        heading = f"{number}. {title}" if name != "reasons_for_living" else title
        lines.append(heading)
        items = getattr(plan, name)
        lines += [f"   - {item}" for item in items] or ["   - "]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def as_card_text(plan: SafetyPlan, items_per_section: int = CARD_ITEMS) -> str:
    """A compact version for a wallet-sized card: the first lines of each filled section."""
    short_titles = {
        "warning_signs": "Warning signs",
        "coping_on_my_own": "I can",
        "distractions": "Take my mind off it",
        "people_to_ask": "Ask for help",
        "professionals": "Services",
        "safer_surroundings": "Safer surroundings",
        "reasons_for_living": "Reasons for living",
    }
    lines = []
    for name, _title in SAFETY_PLAN_SECTIONS:
        items = getattr(plan, name)[:items_per_section]
        if items:
            lines.append(f"{short_titles[name]}: " + "; ".join(items))
    return "\n".join(lines) + ("\n" if lines else "")


class SafetyPlanService:
    """Read and save the unlocked person's own safety plan."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def _record_id(self, slot_id: str) -> str:
        return slot_singleton_id(slot_id, "safety-plan")

    def get(self) -> SafetyPlan:
        """The saved plan, or an empty one."""
        if not self._vault.is_unlocked:
            raise VaultLocked()
        with self._vault.transaction() as (db, keyring, principal):
            repo = db.journal.safety_plans
            record = repo.get(db, keyring, self._record_id(principal.slot_id))
        if record is None:
            return SafetyPlan()
        if record.state.deleted:
            return SafetyPlan(rev=record.rev)
        return replace(_plan_from_state(record.state), rev=record.rev)

    def save(self, plan: SafetyPlan, *, expected_rev: int | None = None) -> SafetyPlan:
        """Save the plan (only changed sections are rewritten). ``expected_rev`` is the
        ``SafetyPlan.rev`` the page loaded: if the plan changed since, StaleEdit and
        nothing is written."""
        clean = clean_plan(plan)
        if not self._vault.is_unlocked:
            raise VaultLocked()
        with self._vault.transaction() as (db, keyring, principal):
            repo = db.journal.safety_plans
            record_id = self._record_id(principal.slot_id)
            record = repo.get(db, keyring, record_id)
            rev = record.rev if record is not None else 0
            if expected_rev is not None and rev != expected_rev:
                raise StaleEdit("safety_plan", expected=expected_rev, found=rev)
            state = record.state if record is not None else RecordState()
            changes = {
                name: list(getattr(clean, name))
                for name, _title in SAFETY_PLAN_SECTIONS
                if tuple(state.get(name, ())) != getattr(clean, name)
            }
            if changes:
                replica, counter, hlc = self._vault.next_write(db)
                state.write(changes, replica, counter, hlc)
                repo.store(db, keyring.journal_key, record_id, state, counter)
                rev = counter
        return replace(clean, rev=rev)

    def as_plain_text(self, plan: SafetyPlan | None = None) -> str:
        """The plan as printable text (the UI prints only after warning about shared printers)."""
        return as_plain_text(plan if plan is not None else self.get())

    def as_card_text(self, plan: SafetyPlan | None = None) -> str:
        return as_card_text(plan if plan is not None else self.get())
