"""English plurals come from the compiled plural-forms catalogue (Qt's recommended way)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from safespace_desktop.ui.runtime.application import install_translations

pytestmark = pytest.mark.gui


def test_english_plurals(qapp: QApplication) -> None:
    install_translations(qapp)
    one = QCoreApplication.translate("AccountPage", "%n minute(s)", None, 1)
    three = QCoreApplication.translate("AccountPage", "%n minute(s)", None, 3)
    assert (one, three) == ("1 minute", "3 minutes")
    from safespace_desktop.core.errors import Throttled
    from safespace_desktop.ui.wording.errors import describe

    assert describe(Throttled(2)) == (
        "Too many attempts in a row. Please wait 2 seconds before trying again."
    )
    assert "1 second before" in describe(Throttled(0.4))
