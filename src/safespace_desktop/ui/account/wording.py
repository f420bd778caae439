"""What the account page says (translated through Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from safespace_desktop.ui.wording.placeholders import fill


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Account", text, disambiguation, n)


def duration(seconds: int) -> str:
    minutes, rest = divmod(max(0, seconds), 60)
    if minutes == 0:
        return _tr("%n second(s)", None, rest)
    if rest == 0:
        return _tr("%n minute(s)", None, minutes)
    return fill(
        _tr("%1 and %2"), _tr("%n minute(s)", None, minutes), _tr("%n second(s)", None, rest)
    )


def lock_text(seconds: int) -> str:
    return fill(
        _tr(
            "To keep things private on a shared computer, the app locks itself after %1 "
            "without use. Lock it yourself whenever you step away."
        ),
        duration(seconds),
    )


def recovery_question() -> str:
    return _tr("Make a new recovery code?")


def recovery_explained() -> str:
    return _tr(
        "Your old recovery code will stop working straight away. You will see the new one "
        "next, and you'll need to write it down before you carry on."
    )


def make_code() -> str:
    return _tr("Make a new code")


def cancel() -> str:
    return _tr("Cancel")


def making_code() -> str:
    return _tr("Making your new recovery code…")


def code_ready() -> str:
    return _tr("Your new recovery code is ready. The old one no longer works.")


def no_new_code(reason: str) -> str:
    return fill(_tr("No new code was made, and your old one still works. %1"), reason)
