"""Every Alt+letter on the Meetings page reaches one control: Qt only moves focus between
controls that share a letter. The page is walked with each detail tab opened (Attendance,
Notes and Feedback are built when first opened) and a part selected, and no letter may
be shared among what is visible together."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from safespace_desktop.core.meetings.model import Cadence
from safespace_desktop.core.meetings.templates import builtin_template
from safespace_desktop.services.meetings import AgendaService, MeetingsService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui import resources_rc  # noqa: F401  (registers the catalogues)
from safespace_desktop.ui.appearance.controller import AppearanceController
from safespace_desktop.ui.appearance.language import Language
from safespace_desktop.ui.meetings import meetings_page
from safespace_desktop.ui.meetings.view import LazyTab
from tests.gui.agreement_helpers import MakeContext, show
from tests.gui.i18n_helpers import english_after  # noqa: F401  (fixture)
from tests.gui.mnemonics import duplicate_mnemonics, mnemonic_of, visible_mnemonics
from tests.gui.test_zoom_clipping import looks  # noqa: F401  (fixture)

pytestmark = pytest.mark.gui


def test_mnemonic_helper_reads_the_letter_and_skips_literal_ampersands() -> None:
    assert mnemonic_of("Pas&t meetings") == "t"
    assert mnemonic_of("Tom && Jerry") is None
    assert mnemonic_of("Tom && &Jerry") == "j"


@pytest.mark.usefixtures("english_after")
@pytest.mark.parametrize("language", [Language.ENGLISH, Language.SPANISH, Language.FRENCH])
def test_every_alt_letter_on_the_meetings_page_is_used_once_on_every_tab(
    qtbot,
    vault: Vault,
    make_context: MakeContext,
    language: Language,
    looks: AppearanceController,  # noqa: F811
) -> None:
    looks.set_language(language)  # the real compiled catalogue
    meetings = MeetingsService(vault)
    meetings.set_schedule(Cadence.WEEKLY, weekday=1, start="18:30", minutes=90, place="Room 2")
    first = meetings.ensure(meetings.overview().upcoming[0])
    AgendaService(vault).apply_template(first.id, builtin_template("smart-recovery"))
    context = make_context()
    page = meetings_page(context)
    show(qtbot, page)
    qtbot.waitUntil(lambda: page.agenda.segments.count() == 6)
    page.agenda.segments.setCurrentRow(1)  # a part selected: its buttons are enabled
    qtbot.waitUntil(lambda: page.agenda.save_button.isEnabled())

    tabs = page.detail_tabs
    bar = tabs.tabBar()
    seen: dict[str, list[tuple[str, str]]] = {}
    clashes: dict[str, dict[str, list[str]]] = {}
    for index in range(tabs.count()):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        qtbot.waitUntil(lambda index=index: tabs.currentIndex() == index)
        tab = tabs.widget(index)
        if isinstance(tab, LazyTab):
            qtbot.waitUntil(lambda tab=tab: tab.panel is not None and tab.panel.isVisible())
        # The tab's reads are back and shown (its buttons depend on them).
        qtbot.waitUntil(lambda: not context.ops.runner.busy)
        qtbot.wait(50)
        title = tabs.tabText(index)
        seen[title] = visible_mnemonics(page)
        clashes[title] = duplicate_mnemonics(page)
    assert not any(clashes.values()), clashes
    if language is not Language.ENGLISH:
        assert "Ord" in tabs.tabText(0)  # "Orden del día", "Ordre du jour": translated
        return
    # The walk really saw each tab's own controls, not just the page around them.
    letters = {title: {letter for letter, _text in found} for title, found in seen.items()}
    assert {"v", "u", "k", "r", "a", "h", "e"} <= letters["A&genda"]
    assert {"p", "c", "a", "v", "h"} <= letters["Atten&dance"]
    assert {"h", "m", "i", "a"} <= letters["N&otes after the meeting"]
    assert {"b", "e"} <= letters["&Feedback"]
