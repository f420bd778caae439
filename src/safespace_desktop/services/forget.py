""" "Forget me" (W10): a member becomes "Former member #n" and their details are gone.

In one transaction:
- every active consent ends with reason FORGOTTEN and today's date (the consent log
  keeps purpose, wording version and dates: it never held any text);
- every check-in pair with the member is dissolved;
- their attendance rows are erased and added to each meeting's counts (totals stay),
  and follow-ups linked to them are erased (issue 9);
- their journal slot, if any, is shredded (``services.slots``);
- the member record is redacted (``core.sync.record.redact``): a sticky tombstone that
  keeps only the former-member number, status "left", the joining and leaving dates
  and the day of forgetting. Name, pronouns, notes, access needs, contact details and
  the journal link are dropped with all their history. The row and its id stay, so
  anything that counts people (attendance totals, newcomers per quarter) still adds
  up; a later sync merge must call ``apply_redaction`` so no replica brings data back.
Then the WAL is folded and truncated, so the erased text survives nowhere on disk
(``secure_delete`` has already zeroed the freed cells).

The number n counts up per vault (1, 2, 3, …) and never changes once given. Two
facilitators forgetting different people on two PCs while offline could both pick the
same n; the sync issue will need to renumber one of them on merge.
"""

from __future__ import annotations

from safespace_desktop.core.consent import ConsentEnd
from safespace_desktop.core.roster import ForgetResult, MemberStatus, former_member_name
from safespace_desktop.core.sync.record import redact
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.attendance_rows import fold_member_into_counts
from safespace_desktop.services.follow_ups import erase_for_member as erase_follow_ups_for
from safespace_desktop.services.slots import shred_slot_in
from safespace_desktop.services.vault import Vault


class ForgetService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def forget(self, member_id: str) -> ForgetResult:
        """Forget the member for good (facilitators only). Cannot be undone; asking
        twice returns the first result's number and changes nothing."""
        self._vault.require_facilitator()
        today = store.today(self._vault)
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            record = store.load_member(db, keyring, r, member_id)
            state = record.state
            if state.redacted:
                number = int(state.get("former_number", 0))
                return ForgetResult(member_id, former_member_name(number), number, 0, 0, False)
            member = store.to_member(record)
            number = max(store.former_numbers(db, keyring, r), default=0) + 1

            withdrawn = 0
            for consent_row, consent in store.consent_records(db, keyring, r, member_id):
                if consent.active:
                    store.end_consent(
                        self._vault, db, keyring, r, consent_row, ConsentEnd.FORGOTTEN, today
                    )
                    withdrawn += 1
            dissolved = store.dissolve_pairs(
                self._vault, db, keyring, r, member_id, today, "forgotten"
            )
            # Attendance (issue 9): rows become counts; linked follow-ups are erased.
            fold_member_into_counts(self._vault, db, keyring, r, member_id)
            erase_follow_ups_for(self._vault, db, keyring, r, member_id)
            slot_id = state.get("journal_slot_id")
            shredded = bool(slot_id) and shred_slot_in(db, str(slot_id))

            left_on = member.left_on or today
            keep = {
                "former_number": number,
                "status": MemberStatus.LEFT.value,
                "status_since": left_on.isoformat(),
                "archived": True,
                "joined_on": store.encode_date(member.joined_on),
                "forgotten_on": today.isoformat(),
            }
            replica, counter, hlc = self._vault.next_write(db)
            redacted = redact(state, keep, replica, counter, hlc)
            r.members.store(db, keyring.group_key, member_id, redacted, counter)
        self._vault.checkpoint()
        return ForgetResult(
            member_id, former_member_name(number), number, withdrawn, dissolved, shredded
        )
