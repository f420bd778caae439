"""Error codes → sentences, in one place (translated in the "Errors" context).

Services raise codes with parameters (core/errors.py); these tables say how each code
reads. A sentence is chosen most specific first: by record kind and field (the
``record`` parameter a service may pass, e.g. "member"), then by field, then by code
alone. Each entry names the parameters that fill %1, %2, … in order.

Every code raised in src/ must have an entry (tests/unit/test_error_codes.py). StaleEdit
kinds are worded in stale.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Wording:
    """A source sentence (context "Errors") and the parameters for %1, %2, …"""

    text: str
    params: tuple[str, ...] = ()


def _w(text: object, *params: str) -> Wording:
    return Wording(str(text), params)


# ---------------------------------------------------------------- ValidationError
VALIDATION: dict[str, Wording] = {
    "required": _w(QT_TRANSLATE_NOOP("Errors", "Please fill this in.")),
    "too_long": _w(QT_TRANSLATE_NOOP("Errors", "Please keep this under %1 characters."), "limit"),
    "not_a_choice": _w(QT_TRANSLATE_NOOP("Errors", "Please choose one of the options.")),
    "in_future": _w(QT_TRANSLATE_NOOP("Errors", "The date cannot be in the future.")),
    "too_early": _w(QT_TRANSLATE_NOOP("Errors", "Please choose a later date.")),
    "not_whole_number": _w(QT_TRANSLATE_NOOP("Errors", "Please enter a whole number.")),
    "out_of_range": _w(
        QT_TRANSLATE_NOOP("Errors", "Please choose a number from %1 to %2."), "minimum", "maximum"
    ),
    "more_than_present": _w(
        QT_TRANSLATE_NOOP("Errors", "The number who agreed cannot be more than the number present.")
    ),
    "nothing_adopted": _w(
        QT_TRANSLATE_NOOP("Errors", "Please adopt an agreement before recording agreement to it.")
    ),
    "no_such_version": _w(
        QT_TRANSLATE_NOOP("Errors", "There is no version %1 in this vault."), "version"
    ),
    "example_line": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This is an example. Please edit it with a line you have checked, "
            "then mark it as checked.",
        )
    ),
    "same_person": _w(QT_TRANSLATE_NOOP("Errors", "Please choose two different people.")),
    "not_eligible": _w(
        QT_TRANSLATE_NOOP(
            "Errors", "Only active members who agreed to check-in pairs can be paired."
        )
    ),
    "statement_not_shown": _w(
        QT_TRANSLATE_NOOP(
            "Errors", "Please show the confidentiality statement before the consent choices."
        )
    ),
    "not_consented": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Contact details can only be kept when the person has agreed to be "
            "contacted between meetings.",
        )
    ),
    "invalid": _w(QT_TRANSLATE_NOOP("Errors", "This does not look right. Please check it.")),
    "line_too_long": _w(
        QT_TRANSLATE_NOOP("Errors", "Please keep each line under %1 characters."), "limit"
    ),
    "too_many_lines": _w(
        QT_TRANSLATE_NOOP("Errors", "This section can hold up to %1 lines."), "limit"
    ),
    "label_too_long": _w(
        QT_TRANSLATE_NOOP("Errors", "Please keep each one under %1 characters."), "limit"
    ),
    "too_many": _w(
        QT_TRANSLATE_NOOP("Errors", "Please use at most %1 of these on one entry."), "limit"
    ),
    "damaged_text": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Part of this text is damaged (this can happen when copying from another "
            "program), so it can't be saved. Please delete it and type it again.",
        )
    ),
    "already_exists": _w(QT_TRANSLATE_NOOP("Errors", "A vault already exists at that location.")),
}

VALIDATION_BY_FIELD: dict[tuple[str, str], Wording] = {
    ("name", "required"): _w(QT_TRANSLATE_NOOP("Errors", "Please enter a name.")),
    ("title", "required"): _w(QT_TRANSLATE_NOOP("Errors", "Please give it a title.")),
    ("text", "required"): _w(QT_TRANSLATE_NOOP("Errors", "Please write the text first.")),
    ("body", "required"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please write something, or choose a mood, first.")
    ),
    ("phone", "required"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please add the phone number before marking it.")
    ),
    ("label", "required"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please give this vault a label for the vault list.")
    ),
    ("group_name", "required"): _w(QT_TRANSLATE_NOOP("Errors", "Please enter the group's name.")),
    ("handle", "required"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please choose a handle: a nickname only you will type.")
    ),
    ("name", "too_long"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please keep the name under %1 characters."), "limit"
    ),
    ("pronouns", "too_long"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please keep pronouns under %1 characters."), "limit"
    ),
    ("note", "too_long"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please keep the note under %1 characters."), "limit"
    ),
    ("access_note", "too_long"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please keep access needs under %1 characters."), "limit"
    ),
    ("best_time", "too_long"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please keep the best time under %1 characters."), "limit"
    ),
    ("email", "too_long"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please keep the email address under %1 characters."), "limit"
    ),
    ("phone", "too_long"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please keep the phone number under %1 characters."), "limit"
    ),
    ("hours", "too_long"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please keep the opening hours under %1 characters."), "limit"
    ),
    ("title", "too_long"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please keep the title under %1 characters."), "limit"
    ),
    ("text", "too_long"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please keep the text under %1 characters."), "limit"
    ),
    ("body", "too_long"): _w(
        QT_TRANSLATE_NOOP("Errors", "This is very long. Please keep it under %1 characters."),
        "limit",
    ),
    ("prompt", "too_long"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please keep the prompt under %1 characters."), "limit"
    ),
    ("handle", "too_long"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please keep the handle under %1 characters."), "limit"
    ),
    ("email", "invalid"): _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "That email address does not look complete (it needs a name, @ and a domain).",
        )
    ),
    ("phone", "invalid"): _w(
        QT_TRANSLATE_NOOP(
            "Errors", "A phone number may hold digits, spaces, +, -, brackets and an extension."
        )
    ),
    ("role", "not_a_choice"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please choose member, co-facilitator or facilitator.")
    ),
    ("status", "not_a_choice"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please choose active, paused or left.")
    ),
    ("access_needs", "not_a_choice"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please choose access needs from the list.")
    ),
    ("message_ok", "not_a_choice"): _w(QT_TRANSLATE_NOOP("Errors", "Please answer yes or no.")),
    ("method", "not_a_choice"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please say whether consent was given in person or on paper.")
    ),
    ("template", "not_a_choice"): _w(
        QT_TRANSLATE_NOOP("Errors", "There is no template with that name.")
    ),
    ("joined_on", "in_future"): _w(
        QT_TRANSLATE_NOOP("Errors", "The joining date cannot be in the future.")
    ),
    ("adopted_on", "in_future"): _w(
        QT_TRANSLATE_NOOP("Errors", "The adoption date cannot be in the future.")
    ),
    ("meeting_on", "in_future"): _w(
        QT_TRANSLATE_NOOP("Errors", "The meeting date cannot be in the future.")
    ),
    ("given_on", "in_future"): _w(
        QT_TRANSLATE_NOOP("Errors", "The date consent was given cannot be in the future.")
    ),
    ("entry_date", "in_future"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please choose today or an earlier day.")
    ),
    ("present", "out_of_range"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please enter between %1 and %2 people present."),
        "minimum",
        "maximum",
    ),
    ("mood", "out_of_range"): _w(
        QT_TRANSLATE_NOOP("Errors", "Mood is a number from %1 to %2."), "minimum", "maximum"
    ),
    ("month", "out_of_range"): _w(
        QT_TRANSLATE_NOOP("Errors", "Months are %1 to %2."), "minimum", "maximum"
    ),
    ("retention_months", "out_of_range"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please choose between %1 and %2 months."),
        "minimum",
        "maximum",
    ),
    # Group settings (services/vault): minimum and maximum are in seconds.
    ("facilitator_lock_seconds", "out_of_range"): _w(
        QT_TRANSLATE_NOOP("Errors", "Auto-lock must be between 30 seconds and 60 minutes.")
    ),
    ("member_lock_seconds", "out_of_range"): _w(
        QT_TRANSLATE_NOOP("Errors", "Auto-lock must be between 30 seconds and 60 minutes.")
    ),
    ("version", "no_such_version"): _w(
        QT_TRANSLATE_NOOP("Errors", "There is no version %1 of the agreement."), "version"
    ),
    ("wording_version", "no_such_version"): _w(
        QT_TRANSLATE_NOOP("Errors", "That version of the wording does not exist.")
    ),
    ("statement", "statement_not_shown"): _w(
        QT_TRANSLATE_NOOP(
            "Errors", "Please show the confidentiality statement before the consent choices."
        )
    ),
}

# Where the same field means different things in different records; the service says
# which record with the ``record`` parameter.
VALIDATION_BY_RECORD: dict[tuple[str, str, str], Wording] = {
    ("member", "name", "required"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please enter an alias or first name.")
    ),
    ("crisis_line", "name", "required"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please give the line a name.")
    ),
    ("template", "name", "required"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please give the template a name.")
    ),
    ("group_prompt", "text", "required"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please write the prompt.")
    ),
    ("agreement", "title", "required"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please give the agreement a title.")
    ),
    ("agreement", "text", "required"): _w(
        QT_TRANSLATE_NOOP("Errors", "The agreement is empty. Please write at least one line.")
    ),
    ("agreement", "text", "too_long"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please keep the agreement under %1 characters."), "limit"
    ),
    ("wording", "title", "required"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please give the text a short title.")
    ),
    ("wording", "text", "required"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please write the text people will be shown.")
    ),
    ("template", "body", "too_long"): _w(
        QT_TRANSLATE_NOOP("Errors", "This template is too long (the limit is %1 characters)."),
        "limit",
    ),
    ("journal_entry", "body", "too_long"): _w(
        QT_TRANSLATE_NOOP("Errors", "This entry is very long. Please split it into two.")
    ),
}

# ---------------------------------------------------------------- roster import
# Problems found in a sign-up sheet (RowError) and ImportRejected; codes not listed
# here read as in the ValidationError tables above.
IMPORT: dict[str, Wording] = {
    "file_too_large": _w(
        QT_TRANSLATE_NOOP(
            "Errors", "The file is larger than %1 MB; a sign-up list is much smaller."
        ),
        "limit_mb",
    ),
    "unreadable_file": _w(
        QT_TRANSLATE_NOOP("Errors", "The file says it is UTF-16 text but cannot be read.")
    ),
    "unreadable_row": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This row is not readable text. Save the sheet as “CSV UTF-8” and try again.",
        )
    ),
    "mixed_encoding_row": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This row is saved in a different text encoding from the rest of the file. "
            "Save the sheet as “CSV UTF-8” and try again.",
        )
    ),
    "binary_data": _w(
        QT_TRANSLATE_NOOP("Errors", "The file holds binary data; it is not a CSV sheet.")
    ),
    "empty_file": _w(QT_TRANSLATE_NOOP("Errors", "The file is empty.")),
    "too_many_rows": _w(QT_TRANSLATE_NOOP("Errors", "The file has more than %1 rows."), "limit"),
    "unclosed_quote": _w(
        QT_TRANSLATE_NOOP("Errors", "This row cannot be read (a quote is never closed).")
    ),
    "no_header_row": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The first row looks like a person's details, not column titles. Add a "
            "header row (for example Name, Pronouns, Phone, Email, Notes).",
        )
    ),
    "ragged_row": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This row has %1 cells but the header has %2. "
            "Check for a stray comma or a missing quote.",
        ),
        "cells",
        "expected",
    ),
    "no_such_column": _w(
        QT_TRANSLATE_NOOP("Errors", "There is no column called “%1” in the header row."),
        "column",
    ),
    "duplicate_column": _w(
        QT_TRANSLATE_NOOP("Errors", "More than one column is called “%1”."), "column"
    ),
    "column_not_chosen": _w(
        QT_TRANSLATE_NOOP("Errors", "Please choose which column holds the name.")
    ),
    "not_yes_or_no": _w(
        QT_TRANSLATE_NOOP(
            "Errors", "The consent column should say yes or no (or be left empty for no)."
        )
    ),
    "not_consented": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Contact details without a tick in the consent column: they cannot be kept. "
            "Remove them, or tick the column if the person agreed on paper.",
        )
    ),
    "no_consent_column": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Contact details, but the sheet has no consent column: they can only be "
            "kept when the person agreed. Map the consent column or remove them.",
        )
    ),
    "same_name_on_roster": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone on the roster is also called “%1”. "
            "That is allowed; an initial may help tell them apart.",
        ),
        "name",
    ),
    "same_name_in_row": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone in row %2 is also called “%1”. "
            "That is allowed; an initial may help tell them apart.",
        ),
        "name",
        "same_row",
    ),
    "no_people": _w(QT_TRANSLATE_NOOP("Errors", "The file has a header row but no people in it.")),
    "malformed_file": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This file cannot be imported: it is not a well-formed sheet. Nothing was saved.",
        )
    ),
    "rows_have_problems": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Some rows have problems (rows %1). Fix them, or import only the rows "
            "without problems. Nothing was saved.",
        ),
        "rows",
    ),
    # %2 is the row's own problem, worded by field and code (row_field, row_code).
    "row_refused": _w(QT_TRANSLATE_NOOP("Errors", "Row %1: %2 Nothing was saved."), "row"),
    "row_without_consent": _w(
        QT_TRANSLATE_NOOP(
            "Errors", "Row %1 has contact details without consent. Nothing was saved."
        ),
        "row",
    ),
}

IMPORT_BY_FIELD: dict[tuple[str, str], Wording] = {
    ("name", "required"): _w(
        QT_TRANSLATE_NOOP("Errors", "No name: every row needs a first name or alias.")
    ),
    ("name", "too_long"): _w(
        QT_TRANSLATE_NOOP("Errors", "The name is longer than %1 characters."), "limit"
    ),
    ("pronouns", "too_long"): _w(
        QT_TRANSLATE_NOOP("Errors", "The pronouns are longer than %1 characters."), "limit"
    ),
    ("notes", "too_long"): _w(
        QT_TRANSLATE_NOOP("Errors", "The notes are longer than %1 characters."), "limit"
    ),
}

# ---------------------------------------------------------------- other coded errors
NOT_FOUND: dict[str, Wording] = {
    "gone": _w(QT_TRANSLATE_NOOP("Errors", "That is no longer there.")),
    "not_a_vault": _w(QT_TRANSLATE_NOOP("Errors", "This file is not a SafeSpace vault.")),
    "member_gone": _w(QT_TRANSLATE_NOOP("Errors", "That member is no longer on the roster.")),
    "nothing_adopted": _w(QT_TRANSLATE_NOOP("Errors", "There is no adopted agreement yet.")),
    "draft_gone": _w(
        QT_TRANSLATE_NOOP("Errors", "That draft is no longer there (it was adopted or discarded).")
    ),
    "no_such_version": _w(
        QT_TRANSLATE_NOOP("Errors", "There is no version %1 in this vault."), "version"
    ),
    "crisis_line_gone": _w(
        QT_TRANSLATE_NOOP("Errors", "That crisis line is no longer in the list.")
    ),
    "pair_ended": _w(QT_TRANSLATE_NOOP("Errors", "That check-in pair has already ended.")),
    "prompt_gone": _w(QT_TRANSLATE_NOOP("Errors", "That prompt is not in the library.")),
    "template_gone": _w(QT_TRANSLATE_NOOP("Errors", "That template no longer exists.")),
    "group_prompt_withdrawn": _w(QT_TRANSLATE_NOOP("Errors", "That group prompt was withdrawn.")),
    "entry_gone": _w(QT_TRANSLATE_NOOP("Errors", "That entry is no longer in your journal.")),
    "no_active_consent": _w(
        QT_TRANSLATE_NOOP("Errors", "There is no active consent for that purpose to withdraw.")
    ),
}

NOT_PERMITTED: dict[str, Wording] = {
    "facilitators_only": _w(QT_TRANSLATE_NOOP("Errors", "Only facilitators can do this.")),
    "forgotten": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This person asked to be forgotten, so their entry can no longer be changed.",
        )
    ),
    "agreement_adopted": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Adopted versions of the agreement cannot be changed. Start an amendment "
            "instead; the group can then adopt it as a new version.",
        )
    ),
    "journal_already_claimed": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "They have already used their invitation: the journal is theirs now, and only "
            "they can open it.",
        )
    ),
    "key_not_held": _w(QT_TRANSLATE_NOOP("Errors", "You don't have access to that.")),
    "not_your_record": _w(QT_TRANSLATE_NOOP("Errors", "You don't have access to that.")),
    "not_a_member_slot": _w(
        QT_TRANSLATE_NOOP("Errors", "Only a member's journal can be shredded.")
    ),
}

PASSPHRASE: dict[str, Wording] = {
    "too_short": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Please use at least %1 characters (this has %2). A few unrelated words with "
            "spaces are easy to remember and hard to guess.",
        ),
        "minimum",
        "length",
    ),
    "too_long": _w(QT_TRANSLATE_NOOP("Errors", "Please keep it under %1 characters."), "limit"),
    "too_common": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "That passphrase is too common, so it is easy to guess. Please choose another.",
        )
    ),
    "damaged_text": VALIDATION["damaged_text"],
}

RECOVERY_CODE: dict[str, Wording] = {
    "typo": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "That recovery code has a typo somewhere. Please check each group of letters.",
        )
    ),
    "wrong_length": _w(
        QT_TRANSLATE_NOOP("Errors", "A recovery code has %1 letters and digits; this one has %2."),
        "expected",
        "length",
    ),
    "unknown_character": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "That recovery code holds a character recovery codes never use. "
            "Please check each group of letters.",
        )
    ),
}

# A journal backup file that was refused (BundleRejected); nothing was changed.
BUNDLE: dict[str, Wording] = {
    "too_large": _w(
        QT_TRANSLATE_NOOP("Errors", "The file is far too large to be a journal backup.")
    ),
    "journal_too_large": _w(
        QT_TRANSLATE_NOOP("Errors", "The journal is too large for one backup file.")
    ),
    "read_back_differs": _w(
        QT_TRANSLATE_NOOP("Errors", "The file did not read back the same. Nothing was exported.")
    ),
    "unreadable_record": _w(
        QT_TRANSLATE_NOOP("Errors", "The file holds a record this app cannot read.")
    ),
    "unacceptable_entry": _w(
        QT_TRANSLATE_NOOP("Errors", "The file holds an entry this app cannot accept.")
    ),
    "not_a_journal_file": _w(
        QT_TRANSLATE_NOOP("Errors", "This is not a SafeSpace journal backup.")
    ),
    "damaged": _w(QT_TRANSLATE_NOOP("Errors", "The file is damaged or incomplete.")),
    "damaged_header": _w(
        QT_TRANSLATE_NOOP("Errors", "The file is damaged: its header does not match its checksum.")
    ),
    "damaged_key": _w(QT_TRANSLATE_NOOP("Errors", "The file is damaged: its key does not open.")),
    "damaged_record": _w(
        QT_TRANSLATE_NOOP("Errors", "The file is damaged: a record is too large.")
    ),
    "damaged_trailer": _w(
        QT_TRANSLATE_NOOP("Errors", "The file is damaged: its trailer is unreadable.")
    ),
    "records_missing": _w(QT_TRANSLATE_NOOP("Errors", "The file is damaged: records are missing.")),
    "incomplete": _w(
        QT_TRANSLATE_NOOP("Errors", "The file is incomplete: it ends before its last record.")
    ),
}

# What a slow operation is doing (services pass these codes to their progress callback).
PROGRESS: dict[str, Wording] = {
    "checking_passphrase": _w(QT_TRANSLATE_NOOP("Errors", "Checking your passphrase…")),
    "checking_current_passphrase": _w(
        QT_TRANSLATE_NOOP("Errors", "Checking your current passphrase…")
    ),
    "protecting_keys": _w(QT_TRANSLATE_NOOP("Errors", "Protecting your keys…")),
    "protecting_keys_new_passphrase": _w(
        QT_TRANSLATE_NOOP("Errors", "Protecting your keys with the new passphrase…")
    ),
    "strengthening_keys": _w(QT_TRANSLATE_NOOP("Errors", "Strengthening your key protection…")),
    "demo_creating_group": _w(QT_TRANSLATE_NOOP("Errors", "Creating the demo group…")),
    "demo_adding_co_facilitator": _w(QT_TRANSLATE_NOOP("Errors", "Adding a co-facilitator…")),
    "demo_adding_roster": _w(QT_TRANSLATE_NOOP("Errors", "Adding the fictional roster…")),
    "demo_opening_journals": _w(
        QT_TRANSLATE_NOOP("Errors", "Opening journal accounts for the fictional members…")
    ),
    "demo_writing_agreement": _w(
        QT_TRANSLATE_NOOP("Errors", "Writing the group agreement and consents…")
    ),
    "demo_writing_journal": _w(QT_TRANSLATE_NOOP("Errors", "Writing River's fictional journal…")),
    "demo_ready": _w(QT_TRANSLATE_NOOP("Errors", "The demo group is ready.")),
}

# attach (issue 11): attachment wording lives in its own module (this one is near the
# 600-line limit); merged into the tables above here.
from safespace_desktop.ui.wording import attachment_codes as _attachment_codes  # noqa: E402

VALIDATION.update(_attachment_codes.VALIDATION)
NOT_FOUND.update(_attachment_codes.NOT_FOUND)
# resources (#11), feedback (#13): worded in resource_codes.py, feedback_codes.py.
# ---------------------------------------------------------------- meetings (issue 9, meet)
from safespace_desktop.ui.wording import codes_meetings  # noqa: E402
from safespace_desktop.ui.wording import feedback_codes as _feedback_codes  # noqa: E402,F401
from safespace_desktop.ui.wording import resource_codes as _resource_codes  # noqa: E402,F401

VALIDATION.update({k: Wording(*v) for k, v in codes_meetings.VALIDATION.items()})
NOT_FOUND.update({k: Wording(*v) for k, v in codes_meetings.NOT_FOUND.items()})
NOT_PERMITTED.update({k: Wording(*v) for k, v in codes_meetings.NOT_PERMITTED.items()})

# ---------------------------------------------------------------- attendance (issue 9, attend)
# Worded in codes_attendance.py (this module stays under 600 lines).
from safespace_desktop.ui.wording import codes_attendance  # noqa: E402

VALIDATION_BY_FIELD.update(
    {k: Wording(*v) for k, v in codes_attendance.VALIDATION_BY_FIELD.items()}
)
VALIDATION_BY_RECORD.update(
    {k: Wording(*v) for k, v in codes_attendance.VALIDATION_BY_RECORD.items()}
)
NOT_FOUND.update({k: Wording(*v) for k, v in codes_attendance.NOT_FOUND.items()})
# devices (#12): revocation, key files and conflicts; sentences in devices_codes.py.
from safespace_desktop.ui.wording.devices_codes import merge_into as _merge_devices  # noqa: E402

_merge_devices(globals(), _w)

# sync (issue 12): its sentences live in sync_codes.py and join the tables above.
from safespace_desktop.ui.wording.sync_codes import merge_into as _merge_sync  # noqa: E402

_merge_sync(globals(), _w)
