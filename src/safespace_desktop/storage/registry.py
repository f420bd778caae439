"""Every record type the vault stores: table, scope, record kind (DESIGN.md §3.2, §4).

Filled in step by step: here the parts the unit of work needs (which scope seals a
table, which ``RecordKind`` a change to it reports).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from safespace_desktop.core.changes import RecordKind
from safespace_desktop.storage import tables as t


class ScopeKind(StrEnum):
    """Whose key seals a record: the group key, the commons key or one person's
    journal key. ``PLAINTEXT`` marks the few tables that are public by design."""

    GROUP = "group"
    COMMONS = "commons"
    JOURNAL = "journal"
    PLAINTEXT = "plaintext"


@dataclass(frozen=True)
class RecordType:
    table: type[t.Base]
    scope: ScopeKind
    kind: RecordKind

    @property
    def name(self) -> str:
        return str(self.table.__tablename__)


RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType(t.GroupSettings, ScopeKind.COMMONS, RecordKind.GROUP_SETTINGS),
    RecordType(t.FacilitatorRecord, ScopeKind.GROUP, RecordKind.ACCOUNT),
    RecordType(t.MemberRecord, ScopeKind.GROUP, RecordKind.MEMBER),
    RecordType(t.ConsentLogRecord, ScopeKind.GROUP, RecordKind.CONSENT),
    RecordType(t.ConsentWordingRecord, ScopeKind.COMMONS, RecordKind.CONSENT_WORDING),
    RecordType(t.CheckinPairRecord, ScopeKind.GROUP, RecordKind.CHECKIN_PAIR),
    RecordType(t.RosterSettingsRecord, ScopeKind.GROUP, RecordKind.ROSTER_SETTINGS),
    RecordType(t.AgreementDraftRecord, ScopeKind.GROUP, RecordKind.AGREEMENT),
    RecordType(t.AgreementVersionRecord, ScopeKind.COMMONS, RecordKind.AGREEMENT),
    RecordType(t.AgreementAffirmationRecord, ScopeKind.GROUP, RecordKind.AGREEMENT),
    RecordType(t.GroupPromptRecord, ScopeKind.COMMONS, RecordKind.GROUP_PROMPT),
    RecordType(t.JournalEntryRecord, ScopeKind.JOURNAL, RecordKind.JOURNAL_ENTRY),
    RecordType(t.JournalDraftRecord, ScopeKind.JOURNAL, RecordKind.JOURNAL_DRAFT),
    RecordType(t.SafetyPlanRecord, ScopeKind.JOURNAL, RecordKind.SAFETY_PLAN),
    RecordType(t.JournalSettingsRecord, ScopeKind.JOURNAL, RecordKind.JOURNAL_SETTINGS),
    RecordType(t.JournalTemplateRecord, ScopeKind.JOURNAL, RecordKind.JOURNAL_TEMPLATE),
    RecordType(t.CrisisLine, ScopeKind.PLAINTEXT, RecordKind.CRISIS_LINE),
)

_BY_NAME = {record.name: record for record in RECORD_TYPES}


def record_type(table: type[t.Base] | str) -> RecordType:
    name = table if isinstance(table, str) else str(table.__tablename__)
    return _BY_NAME[name]
