"""The crisis-line directory (domain.md G3; workflows W0 and W8; DESIGN.md §3.2 and §5).

Plaintext ON PURPOSE: these are public phone lines, and the lock screen shows them
(F1) before anyone unlocks. So ``list_lines()`` works while the vault is locked;
every change needs an unlocked facilitator.

Crisis numbers are never invented. A new vault gets two clearly-labelled example rows
that hold no phone number at all, and every line says when a facilitator last checked
it. A line that was never checked, or was checked more than six months ago, needs
review. The app never dials or contacts anyone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from safespace_desktop.core.errors import NotFound, StaleEdit, ValidationError
from safespace_desktop.core.roster import add_months
from safespace_desktop.core.text import check_text
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.crisis_lines import StoredCrisisLine
from safespace_desktop.storage.unit_of_work import UnitOfWork

NAME_MAX = 120
PHONE_MAX = 60
HOURS_MAX = 120
NOTE_MAX = 500
REVIEW_AFTER_MONTHS = 6

EXAMPLE_PHONE = "(add the number after checking it)"
EXAMPLE_NOTE = "Replace this with a line you have checked yourself."
EXAMPLES: tuple[tuple[str, str, str, str], ...] = (
    ("Example: your national crisis line", EXAMPLE_PHONE, "", EXAMPLE_NOTE),
    ("Example: a local support service", EXAMPLE_PHONE, "", EXAMPLE_NOTE),
)


@dataclass(frozen=True)
class CrisisLine:
    """One line as people see it. ``last_verified`` is None until someone checks it."""

    id: str
    name: str
    phone: str
    hours: str
    note: str
    sort_order: int
    last_verified: date | None
    is_example: bool
    # The stored revision this was read at (a fingerprint of the row's content): the
    # editor passes it back as ``expected_rev`` so a stale save is refused, not lost.
    rev: int = 0

    def needs_review(self, today: date) -> bool:
        """Never checked, or last checked more than six months before ``today``."""
        if self.last_verified is None:
            return True
        return add_months(self.last_verified, REVIEW_AFTER_MONTHS) < today


def _clean(value: str, field: str, limit: int) -> str:
    text = " ".join(check_text(field, str(value)).split())
    if len(text) > limit:
        raise ValidationError(field, "too_long", limit=limit)
    return text


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None  # an unreadable date counts as "not yet verified"


def _to_line(row: StoredCrisisLine) -> CrisisLine:
    return CrisisLine(
        id=row.id,
        name=row.name,
        phone=row.phone,
        hours=row.hours,
        note=row.note,
        sort_order=row.sort_order,
        last_verified=_parse_date(row.last_verified),
        is_example=row.is_example,
        rev=row.revision,
    )


class CrisisLinesService:
    """Read the directory while locked; change it only as an unlocked facilitator."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # ------------------------------------------------------------------ reading (locked OK)
    def list_lines(self) -> list[CrisisLine]:
        """Every line in display order. Adds the labelled examples on a vault's first use
        (not on a write-protected disk, where nothing can be added)."""
        if not self._vault.read_only:
            self.ensure_examples()
        with self._vault.plain_transaction() as db:
            return [_to_line(row) for row in db.crisis_lines.active()]

    def needs_review(self, today: date) -> bool:
        """True when the directory is empty or any line is unchecked or out of date."""
        lines = self.list_lines()
        return not lines or any(line.needs_review(today) for line in lines)

    def ensure_examples(self) -> bool:
        """Add the two example rows once per vault; True if they were added now.

        Deleted lines stay as blank tombstones, so examples a facilitator removed never
        come back.
        """
        with self._vault.plain_transaction() as db:
            if db.crisis_lines.count():
                return False
            for order, (name, phone, hours, note) in enumerate(EXAMPLES):
                db.crisis_lines.add(
                    name=name,
                    phone=phone,
                    hours=hours,
                    note=note,
                    is_example=True,
                    sort_order=order,
                )
        return True

    # ------------------------------------------------------------------ changes (facilitators)
    def add(self, name: str, phone: str, hours: str = "", note: str = "") -> CrisisLine:
        self._vault.require_facilitator()
        values = self._validate(name, phone, hours, note)
        self.ensure_examples()
        with self._vault.plain_transaction() as db:
            return _to_line(
                db.crisis_lines.add(
                    name=values["name"],
                    phone=values["phone"],
                    hours=values["hours"],
                    note=values["note"],
                )
            )

    def update(
        self,
        line_id: str,
        name: str,
        phone: str,
        hours: str = "",
        note: str = "",
        *,
        expected_rev: int | None = None,
    ) -> CrisisLine:
        """Change a line. A changed number must be checked again; an edited example is
        no longer an example. ``expected_rev`` is the ``CrisisLine.rev`` the editor
        loaded: if the line changed since, StaleEdit and nothing is written."""
        self._vault.require_facilitator()
        values = self._validate(name, phone, hours, note)
        with self._vault.plain_transaction() as db:
            row = self._row(db, line_id)
            if expected_rev is not None and row.revision != expected_rev:
                raise StaleEdit("crisis_line", expected=expected_rev, found=row.revision)
            changes: dict[str, object] = dict(values)
            if values["phone"] != row.phone:
                changes["last_verified"] = None
            if any(getattr(row, key) != value for key, value in values.items()):
                changes["is_example"] = False
            return _to_line(db.crisis_lines.update(line_id, **changes))

    def delete(self, line_id: str) -> None:
        self._vault.require_facilitator()
        with self._vault.plain_transaction() as db:
            self._row(db, line_id)
            db.crisis_lines.update(
                line_id, deleted=True, name="", phone="", hours="", note="", last_verified=None
            )
        self._vault.checkpoint()

    def mark_verified(self, line_id: str, today: date) -> CrisisLine:
        """Record that a facilitator checked this line's number on ``today``."""
        self._vault.require_facilitator()
        with self._vault.plain_transaction() as db:
            row = self._row(db, line_id)
            if row.is_example:
                raise ValidationError("phone", "example_line")
            if not row.phone.strip():
                raise ValidationError("phone", "required")
            return _to_line(db.crisis_lines.update(line_id, last_verified=today.isoformat()))

    # ------------------------------------------------------------------ internals
    @staticmethod
    def _validate(name: str, phone: str, hours: str, note: str) -> dict[str, str]:
        values = {
            "name": _clean(name, "name", NAME_MAX),
            "phone": _clean(phone, "phone", PHONE_MAX),
            "hours": _clean(hours, "hours", HOURS_MAX),
            "note": _clean(note, "note", NOTE_MAX),
        }
        if not values["name"]:
            raise ValidationError("name", "required", record="crisis_line")
        return values

    @staticmethod
    def _row(db: UnitOfWork, line_id: str) -> StoredCrisisLine:
        row = db.crisis_lines.get(line_id)
        if row is None or row.deleted:
            raise NotFound("crisis_line_gone")
        return row
