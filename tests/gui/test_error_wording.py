"""Every typed error gets kind wording; nothing technical or typed reaches the person."""

from __future__ import annotations

import pytest

from safespace_desktop.core import errors
from safespace_desktop.ui.errors import describe

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
        (errors.ValidationError("name", "Please enter a name."), "Please enter a name."),
        (OSError(28, "No space left on device"), "disk full"),
        (RuntimeError("secret internals"), "Something went wrong"),
    ],
)
def test_errors_read_kindly(qapp: object, exc: BaseException, expected: str) -> None:
    text = describe(exc)
    assert expected in text
    assert "secret internals" not in text and "abc" not in text
