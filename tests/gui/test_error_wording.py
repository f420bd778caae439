"""Every typed error gets kind wording; nothing technical or typed reaches the person."""

from __future__ import annotations

import pytest

from safespace_desktop.core import errors
from safespace_desktop.core.roster import NameHint
from safespace_desktop.ui.wording.errors import (
    describe,
    describe_import_problem,
    name_hint_text,
    progress_text,
)
from safespace_desktop.ui.wording.placeholders import fill

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (errors.WrongPassphrase(), "do not match"),
        (errors.Throttled(2.2), "wait 2 second"),
        (errors.WrongRecoveryCode(), "recovery code does not open"),
        (errors.CorruptKeyMaterial(), "stored key behind it is damaged"),
        (errors.UnsupportedFormatVersion(9), "newer version of SafeSpace"),
        (errors.IntegrityError("members", "abc"), "failed its safety check"),
        (errors.ValidationError("name", "required"), "Please enter a name."),
        (errors.ValidationError("name", "required", record="member"), "alias or first name"),
        (errors.ValidationError("note", "too_long", limit=4000), "note under 4000 characters"),
        (errors.ValidationError("tags", "too_long", limit=40), "under 40 characters"),
        (errors.ValidationError("mood", "out_of_range", minimum=1, maximum=5), "from 1 to 5"),
        (errors.ValidationError("body", "damaged_text"), "Part of this text is damaged"),
        (errors.ConsentRequired("phone", "contact_between_meetings"), "agreed to be contacted"),
        (
            errors.ImportRejected("row_refused", row=4, row_field="name", row_code="too_long"),
            "Row 4: ",
        ),
        (errors.ImportRejected("no_such_column", column="Nombre"), "called “Nombre”"),
        (errors.NotFound("no_such_version", version=3), "no version 3"),
        (errors.NotFound(), "no longer there"),
        (errors.NotPermitted(), "Only facilitators"),
        (errors.NotPermitted("forgotten"), "asked to be forgotten"),
        (errors.PassphraseRejected("too_short", minimum=15, length=9), "at least 15 characters"),
        (errors.MalformedRecoveryCode("wrong_length", expected=26, length=3), "has 26 letters"),
        (OSError(28, "No space left on device"), "disk full"),
        (errors.DiskFull(), "this change was not saved"),
        (errors.StaleEdit("member", expected=3, found=5), "this person's details"),
        (errors.StaleEdit("crisis_line"), "changed this crisis line"),
        (errors.StaleEdit("unknown_kind"), "choose Reload to see their version"),
        (errors.StaleEdit(), "What you typed is still here"),
        (errors.MigrationFailed("step 2 failed"), "exactly as it was"),
        (RuntimeError("secret internals"), "Something went wrong"),
    ],
)
def test_errors_read_kindly(qapp: object, exc: BaseException, expected: str) -> None:
    text = describe(exc)
    assert expected in text
    assert "secret internals" not in text and "abc" not in text


def test_values_are_filled_in_one_pass(qapp: object) -> None:
    # A column title someone typed that looks like a placeholder stays as typed.
    text = describe(errors.ImportRejected("no_such_column", column="%1 and %2"))
    assert "“%1 and %2”" in text
    assert fill("%1 then %2", "%2", "x") == "%2 then x"
    assert fill("%1%10", *"abcdefghij") == "aj"
    assert fill("only %1", "a", "b") == "only a" and fill("%1 %2", "a") == "a %2"


def test_an_unknown_code_reads_kindly_not_as_a_code(qapp: object) -> None:
    text = describe(errors.ValidationError("name", "some_new_code"))
    assert "some_new_code" not in text and "Please check" in text


def test_the_log_text_holds_codes_and_numbers_never_what_was_typed() -> None:
    exc = errors.ImportRejected("no_such_column", column="Riverside secret list")
    assert "Riverside" not in str(exc) and "no_such_column" in str(exc)
    assert str(errors.ValidationError("name", "too_long", limit=80)) == "name: too_long (limit=80)"


def test_name_hints_are_worded_in_the_ui(qapp: object) -> None:
    exact = NameHint(True, (), "Alex (2)", "Alex")
    assert "already called “Alex”" in name_hint_text(exact)
    assert "(“Alex B.”)" in name_hint_text(exact)
    similar = NameHint(False, ("Alex B", "Alexa", "Alex C", "Alex D"), "x", "Alex Q")
    assert name_hint_text(similar) == (
        "Also on the roster: “Alex B”, “Alexa”, “Alex C”. Make sure people can tell them apart."
    )
    assert name_hint_text(None) == ""


def test_import_row_problems_read_for_the_sheet(qapp: object) -> None:
    assert describe_import_problem("required", "name") == (
        "No name: every row needs a first name or alias."
    )
    assert "called “Sam”" in describe_import_problem(
        "same_name_in_row", "name", {"name": "Sam", "same_row": 4}
    )
    assert "in row 4" in describe_import_problem(
        "same_name_in_row", "name", {"name": "Sam", "same_row": 4}
    )
    # Codes the import shares with the forms read as they do there.
    assert describe_import_problem("invalid", "email") == describe(
        errors.ValidationError("email", "invalid")
    )


def test_progress_codes_are_worded(qapp: object) -> None:
    assert progress_text("checking_passphrase") == "Checking your passphrase…"
