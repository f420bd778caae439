"""Prompts, templates, group prompts and the page's options.

Group prompts reach a member only after they opt in; answering writes an entry in
their own journal, dismissing hides a prompt for good (in their own sealed settings).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.model import GroupPrompt, JournalPreferences
from safespace_desktop.services.prompts import SELF_CARE_CHECK_IN
from safespace_desktop.ui.journal.prompts_dialog import PromptsDialog
from safespace_desktop.ui.journal.queries import read_group_prompts
from safespace_desktop.ui.wording import content
from safespace_desktop.ui.wording.errors import describe

if TYPE_CHECKING:
    from safespace_desktop.ui.journal.controller import JournalController

SETTINGS_CHANGED = ChangeSet.kinds(RecordKind.JOURNAL_SETTINGS)


class PromptActions(QObject):
    def __init__(self, controller: JournalController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.view = controller.view
        self.dialog: PromptsDialog | None = None
        panel = self.view.prompt_panel
        editing = controller.editing
        if panel.check_in_button is not None:
            panel.check_in_button.clicked.connect(
                lambda: editing.start_template(content.journal_template(SELF_CARE_CHECK_IN))
            )
        panel.write_prompt_button.clicked.connect(lambda: editing.start_prompt(panel.prompt_text()))
        panel.prompts_button.clicked.connect(self.open_prompts)
        self.view.group_prompts.answer.connect(self.answer_group_prompt)
        self.view.group_prompts.dismiss.connect(self.dismiss_group_prompt)
        options = self.view.options
        options.on_this_day_check.toggled.connect(lambda _on: self.store_preferences())
        options.group_prompts_check.toggled.connect(lambda _on: self.store_preferences())

    def open_prompts(self) -> None:
        dialog = PromptsDialog(self.controller.context, self.controller.prompts, self.view)
        dialog.write_about.connect(self.controller.editing.start_prompt)
        dialog.use_template.connect(self.controller.editing.start_template)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    # ------------------------------------------------------------------ group prompts
    def refresh_group_prompts(self) -> None:
        prompts, is_facilitator = self.controller.prompts, self.controller.is_facilitator
        self.controller.context.ops.query(
            self.view, lambda _ctx: read_group_prompts(prompts, is_facilitator)
        ).on_success(self.view.group_prompts.show_prompts).on_failure(
            lambda _exc: self.view.group_prompts.show_prompts([])
        ).run()

    def answer_group_prompt(self, prompt: GroupPrompt) -> None:
        self.controller.editing.start_prompt(prompt.text, group_prompt_id=prompt.id)

    def dismiss_group_prompt(self, prompt: GroupPrompt) -> None:
        prompts = self.controller.prompts
        self.controller.context.ops.collection(
            self.view, lambda _ctx: prompts.dismiss_group_prompt(prompt.id), SETTINGS_CHANGED
        ).on_failure(lambda exc: self.view.say(describe(exc))).run()

    # ------------------------------------------------------------------ options
    def store_preferences(self) -> None:
        journal, chosen = self.controller.journal, self.view.options.chosen()

        def stored(prefs: JournalPreferences) -> None:
            self.controller.preferences = prefs

        self.controller.context.ops.collection(
            self.view, lambda _ctx: journal.set_preferences(chosen), SETTINGS_CHANGED
        ).on_success(stored).on_failure(lambda exc: self.view.say(describe(exc))).run()
