"""Built-in content in the person's language (issue 14): prompts, templates, agreement
templates and consent wording are translated where they are shown, and a template
applied in Spanish is stored in Spanish. What a group wrote itself is never touched."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from safespace_desktop.core.agreement import TEMPLATES
from safespace_desktop.core.consent import DEFAULT_WORDINGS, WordingKind
from safespace_desktop.core.meetings.model import Cadence
from safespace_desktop.core.meetings.templates import PEER_CIRCLE, WELCOME_TEXT
from safespace_desktop.services.agreement import AgreementService
from safespace_desktop.services.consent import default_wording
from safespace_desktop.services.crisis_lines import EXAMPLES as CRISIS_LINE_EXAMPLES
from safespace_desktop.services.crisis_lines import CrisisLinesService
from safespace_desktop.services.meetings import AgendaService, MeetingsService
from safespace_desktop.services.prompts import PROMPTS, SELF_CARE_CHECK_IN
from safespace_desktop.services.resources import ResourcesService
from safespace_desktop.services.resources.examples import EXAMPLES as RESOURCE_EXAMPLES
from safespace_desktop.services.resources.examples import add_examples
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.appearance.language import Language, language_switch
from safespace_desktop.ui.wording import content
from tests.gui.i18n_helpers import (
    compile_catalogue,
    english_after,  # noqa: F401  (fixture)
    test_catalogues,  # noqa: F401  (fixture)
)
from tests.gui.test_meetings_page import choose_from_menu, open_page, session  # noqa: F401

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("english_after")]

FIRST_LINE = TEMPLATES[0].text.split("\n")[0]
CONFIDENTIALITY_TITLE, _CONFIDENTIALITY_TEXT = DEFAULT_WORDINGS[WordingKind.CONFIDENTIALITY]
CONTENT = {
    PROMPTS[0].text: "¿Qué pequeña cosa salió mejor de lo esperado hoy?",
    SELF_CARE_CHECK_IN.name: "Chequeo de autocuidado",
    PEER_CIRCLE.name: "Círculo de pares (informal, 90 min)",
    "Welcome": "Bienvenida",
    WELCOME_TEXT: "Bienvenidas y bienvenidos.",
    "Check-in round": "Ronda de apertura",
    TEMPLATES[0].title: "Nuestro acuerdo de grupo",
    FIRST_LINE: "Lo que se comparte aquí se queda aquí.",
    CONFIDENTIALITY_TITLE: "Lo que queda en la sala",
    RESOURCE_EXAMPLES[0].title: "Ejemplo: anclarse con los sentidos (5-4-3-2-1)",
    CRISIS_LINE_EXAMPLES[0][0]: "Ejemplo: tu línea de crisis nacional",
}


@pytest.fixture
def spanish(qapp: QApplication, test_catalogues: Path) -> None:  # noqa: F811
    compile_catalogue(test_catalogues, "es", {"Content": CONTENT})
    language_switch(qapp).apply(Language.SPANISH)


@pytest.mark.usefixtures("spanish")
def test_built_in_texts_are_translated_and_a_groups_own_are_not() -> None:
    assert content.prompt(PROMPTS[0]).text == CONTENT[PROMPTS[0].text]
    assert content.journal_template(SELF_CARE_CHECK_IN).name == "Chequeo de autocuidado"
    circle = content.meeting_template(PEER_CIRCLE)
    assert circle.name == CONTENT[PEER_CIRCLE.name]
    assert circle.segments[0].title == "Bienvenida"
    assert circle.segments[0].read_aloud == "Bienvenidas y bienvenidos."
    assert circle.segments[-1].title == "Closing"  # no translation yet: English, never empty
    own = replace(PEER_CIRCLE, builtin=False, key="saved:x", id="x")
    assert content.meeting_template(own) == own
    agreement = content.agreement_template(TEMPLATES[0])
    assert agreement.title == "Nuestro acuerdo de grupo"
    assert agreement.text.split("\n")[0] == CONTENT[FIRST_LINE]
    assert len(agreement.text.split("\n")) == len(TEMPLATES[0].text.split("\n"))
    built_in = default_wording(WordingKind.CONFIDENTIALITY)
    assert content.consent_wording(built_in).title == "Lo que queda en la sala"
    edited = replace(built_in, text=built_in.text + " Tea is free.")
    assert content.consent_wording(edited) == edited  # what people agreed to, exactly


@pytest.mark.usefixtures("spanish")
def test_an_agreement_started_from_a_template_in_spanish_is_stored_in_spanish(
    vault: Vault,
) -> None:
    worded = content.agreement_template(TEMPLATES[0])
    service = AgreementService(vault)
    draft = service.start_draft(TEMPLATES[0].key, title=worded.title, text=worded.text)
    assert draft.title == "Nuestro acuerdo de grupo"
    assert draft.text.startswith("Lo que se comparte aquí se queda aquí.\n")


@pytest.mark.usefixtures("spanish")
def test_a_meeting_template_applied_in_spanish_is_stored_in_spanish(
    qtbot: QtBot,
    vault: Vault,
    session,  # noqa: F811
) -> None:
    MeetingsService(vault).set_schedule(
        Cadence.WEEKLY, weekday=1, start="18:30", minutes=90, place="Room 2"
    )
    page = open_page(qtbot, session)
    agenda = page.agenda
    qtbot.waitUntil(lambda: len(agenda.templates_menu.actions()) >= 5)
    names = [a.text() for a in agenda.templates_menu.actions()]
    assert CONTENT[PEER_CIRCLE.name] in names
    agenda.templates_button.setFocus()
    choose_from_menu(qtbot, agenda.templates_menu, "template:peer-circle")
    qtbot.keyClick(agenda.templates_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: agenda.segments.count() == len(PEER_CIRCLE.segments))
    meeting = MeetingsService(vault).meetings()[0]
    stored = AgendaService(vault).detail(meeting.id).segments
    assert stored[0].title == "Bienvenida"
    assert stored[0].read_aloud == "Bienvenidas y bienvenidos."


@pytest.mark.usefixtures("spanish")
def test_example_resources_are_stored_and_example_crisis_lines_shown_in_spanish(
    qtbot: QtBot, vault: Vault
) -> None:
    from safespace_desktop.ui.dialogs.crisis_lines import CrisisLinesDialog

    worded = tuple(content.resource_example(d) for d in RESOURCE_EXAMPLES)
    added = add_examples(ResourcesService(vault), worded)
    assert added[0].title == CONTENT[RESOURCE_EXAMPLES[0].title]
    assert added[0].tags == RESOURCE_EXAMPLES[0].tags  # filters keep matching
    lines = CrisisLinesService(vault).list_lines()
    assert lines[0].is_example and lines[0].name == CRISIS_LINE_EXAMPLES[0][0]  # stored as is
    dialog = CrisisLinesDialog(lines)
    qtbot.addWidget(dialog)
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert CONTENT[CRISIS_LINE_EXAMPLES[0][0]] in shown
