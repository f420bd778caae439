"""Prompts and templates for the journal, and (for facilitators) prompts for the group.

- Prompt library: the built-in reflection prompts, grouped. "Write about this"
  starts a new entry that answers the chosen prompt.
- Templates: the built-in ones for the person's role (facilitators have the
  self-care check-in) and templates the person made; make a new one or delete one.
- Facilitators only, "Offer to the group": a prompt members see in their journal if
  they chose to receive group prompts. Answers stay in each member's own journal.

The dialog is opened with ``open()``; the journal listens to ``write_about`` and
``use_template`` and closes the dialog when one of them fires. Templates and group
prompts are read and written through the session's typed operations, off the GUI
thread; the library is built in and needs no database.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.model import GroupPrompt, JournalTemplate, PromptGroup
from safespace_desktop.services import prompts as prompt_rules
from safespace_desktop.services.prompts import PromptsService
from safespace_desktop.ui.journal.wording import short_date
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.headings import paragraph_label, scaled_font
from safespace_desktop.ui.widgets.private_text_edit import PrivateLineEdit, PrivatePlainTextEdit
from safespace_desktop.ui.wording import content
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill

_ROLE = Qt.ItemDataRole.UserRole + 1


def group_title(group: PromptGroup) -> str:
    titles = {
        PromptGroup.GRATITUDE: QCoreApplication.translate("PromptsDialog", "Gratitude"),
        PromptGroup.COPING: QCoreApplication.translate("PromptsDialog", "Coping"),
        PromptGroup.RELATIONSHIPS: QCoreApplication.translate("PromptsDialog", "Relationships"),
        PromptGroup.AFTER_A_MEETING: QCoreApplication.translate("PromptsDialog", "After a meeting"),
        PromptGroup.HARD_DAYS: QCoreApplication.translate("PromptsDialog", "Hard days"),
    }
    return titles[group]


class PromptsDialog(QDialog):
    """Choose a prompt or a template; facilitators also offer prompts to the group."""

    write_about = Signal(str)  # the prompt text
    use_template = Signal(object)  # a JournalTemplate

    def __init__(
        self, context: SessionContext, prompts: PromptsService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.prompts = prompts
        self.is_facilitator = is_facilitator = context.principal.is_facilitator
        self.setWindowTitle(self.tr("Prompts and templates"))
        em = self.fontMetrics().height()
        self.resize(self.fontMetrics().averageCharWidth() * 110, em * 36)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Prompts and templates"))
        self.tabs.addTab(self._library_tab(), self.tr("Prompt &library"))
        self.tabs.addTab(self._templates_tab(), self.tr("&Templates"))
        self.group_tab: QWidget | None = None
        if is_facilitator:
            self.group_tab = self._group_tab()
            self.tabs.addTab(self.group_tab, self.tr("&Offer to the group"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(em, em, em, em)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        self.refresh_templates()
        if is_facilitator:
            self.refresh_group_prompts()

    # -- library ---------------------------------------------------------------------------
    def _library_tab(self) -> QWidget:
        tab = QWidget()
        intro = paragraph_label(
            self.tr(
                "Prompts are gentle starting points. Pick one that suits today, or none at all."
            )
        )
        self.groups_list = QListWidget()
        self.groups_list.setAccessibleName(self.tr("Kinds of prompt"))
        for group in PromptGroup:
            item = QListWidgetItem(group_title(group))
            item.setData(_ROLE, group.value)
            self.groups_list.addItem(item)
        metrics = self.fontMetrics()
        self.groups_list.setMaximumWidth(metrics.averageCharWidth() * 24)
        self.groups_list.setSpacing(metrics.height() // 6)
        self.library_list = QListWidget()
        self.library_list.setWordWrap(True)
        self.library_list.setSpacing(metrics.height() // 4)
        self.library_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.library_list.setAlternatingRowColors(True)
        self.library_list.setAccessibleName(self.tr("Prompts"))
        groups_label = QLabel(self.tr("&Kind:"))
        groups_label.setBuddy(self.groups_list)
        prompts_label = QLabel(self.tr("P&rompts:"))
        prompts_label.setBuddy(self.library_list)
        self.write_button = QPushButton(self.tr("&Write about this"))
        self.write_button.setEnabled(False)
        self.groups_list.currentRowChanged.connect(self._show_group)
        self.library_list.currentItemChanged.connect(
            lambda current, _previous: self.write_button.setEnabled(current is not None)
        )
        self.library_list.itemActivated.connect(lambda _item: self._write())
        self.write_button.clicked.connect(self._write)

        panes = QGridLayout()
        panes.addWidget(groups_label, 0, 0)
        panes.addWidget(prompts_label, 0, 1)
        panes.addWidget(self.groups_list, 1, 0)
        panes.addWidget(self.library_list, 1, 1)
        panes.setColumnStretch(1, 1)
        layout = QVBoxLayout(tab)
        layout.addWidget(intro)
        layout.addLayout(panes, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.write_button)
        layout.addLayout(row)
        self.groups_list.setCurrentRow(0)
        self._show_group(0)
        QWidget.setTabOrder(self.groups_list, self.library_list)
        QWidget.setTabOrder(self.library_list, self.write_button)
        return tab

    def _show_group(self, row: int) -> None:
        self.library_list.clear()
        item = self.groups_list.item(row)
        value = item.data(_ROLE) if item is not None else None
        if not value:
            return
        for prompt in map(content.prompt, self.prompts.library(PromptGroup(str(value)))):
            entry = QListWidgetItem(prompt.text)
            entry.setData(_ROLE, prompt.text)
            self.library_list.addItem(entry)
        self.write_button.setEnabled(False)

    def _write(self) -> None:
        item = self.library_list.currentItem()
        text = item.data(_ROLE) if item is not None else None
        if text:
            self.write_about.emit(str(text))
            self.accept()

    # -- templates -------------------------------------------------------------------------
    def _templates_tab(self) -> QWidget:
        tab = QWidget()
        intro = paragraph_label(
            self.tr(
                "A template is a starting text for an entry, such as a few questions you like "
                "to answer. Your templates are sealed in your journal like your entries."
            )
        )
        self.templates_list = QListWidget()
        self.templates_list.setAccessibleName(self.tr("Templates"))
        self.use_button = QPushButton(self.tr("&Use this template"))
        self.delete_template_button = QPushButton(self.tr("&Delete template…"))
        for button in (self.use_button, self.delete_template_button):
            button.setEnabled(False)
        self.templates_list.currentItemChanged.connect(self._template_selection)
        self.templates_list.itemActivated.connect(lambda _item: self._use())
        self.use_button.clicked.connect(self._use)
        self.delete_template_button.clicked.connect(self._delete_template)

        new_heading = QLabel(self.tr("Make a new template"))
        new_heading.setFont(scaled_font(self.font(), 1.1, QFont.Weight.DemiBold))
        self.template_name = PrivateLineEdit()
        self.template_name.setMaxLength(prompt_rules.TEMPLATE_NAME_MAX)
        self.template_name.setAccessibleName(self.tr("Template name"))
        self.template_name.setPlaceholderText(self.tr("for example: Evening review"))
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.template_name)
        self.template_body = PrivatePlainTextEdit()
        self.template_body.setTabChangesFocus(True)
        self.template_body.setAccessibleName(self.tr("Template text"))
        self.template_body.setPlaceholderText(
            self.tr("for example:\nWhat went well today?\nWhat was hard?")
        )
        self.template_body.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        body_label = QLabel(self.tr("Te&xt:"))
        body_label.setBuddy(self.template_body)
        self.save_template_button = QPushButton(self.tr("&Save template"))
        self.template_message = paragraph_label()
        self.template_message.setAccessibleName(self.tr("Message"))
        self.template_message.setVisible(False)
        self.save_template_button.clicked.connect(self._save_template)

        layout = QVBoxLayout(tab)
        layout.addWidget(intro)
        layout.addWidget(self.templates_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.delete_template_button)
        row.addStretch(1)
        row.addWidget(self.use_button)
        layout.addLayout(row)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(new_heading)
        name_row = QHBoxLayout()
        name_row.addWidget(name_label)
        name_row.addWidget(self.template_name, 1)
        layout.addLayout(name_row)
        layout.addWidget(body_label)
        layout.addWidget(self.template_body)
        layout.addWidget(self.template_message)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_template_button)
        layout.addLayout(save_row)
        return tab

    def refresh_templates(self, select_id: str | None = None) -> None:
        prompts = self.prompts
        self.context.ops.query(self, lambda _ctx: prompts.list_templates()).on_success(
            lambda templates: self._show_templates(templates, select_id)
        ).on_failure(lambda exc: self._template_note(describe(exc))).run()

    def _show_templates(self, templates: list[JournalTemplate], select_id: str | None) -> None:
        self.templates_list.clear()
        for template in map(content.journal_template, templates):
            label = template.name
            if template.builtin:
                label = fill(self.tr("%1 (comes with the app)"), template.name)
            item = QListWidgetItem(label)
            item.setData(_ROLE, template)
            self.templates_list.addItem(item)
            if template.id == select_id:
                self.templates_list.setCurrentItem(item)
        if not templates:
            placeholder = QListWidgetItem(self.tr("You have no templates yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.templates_list.addItem(placeholder)
        self._template_selection()

    def _selected_template(self) -> JournalTemplate | None:
        item = self.templates_list.currentItem()
        value = item.data(_ROLE) if item is not None else None
        return value if isinstance(value, JournalTemplate) else None

    def _template_selection(self, *_args: object) -> None:
        template = self._selected_template()
        self.use_button.setEnabled(template is not None)
        self.delete_template_button.setEnabled(template is not None and not template.builtin)

    def _use(self) -> None:
        template = self._selected_template()
        if template is not None:
            self.use_template.emit(template)
            self.accept()

    def _template_note(self, text: str) -> None:
        self.template_message.setText(text)
        self.template_message.setVisible(bool(text))

    def _save_template(self) -> None:
        prompts = self.prompts
        name, body = self.template_name.text(), self.template_body.toPlainText()

        def saved(made: JournalTemplate) -> None:
            self.template_name.clear()
            self.template_body.clear()
            self._template_note(fill(self.tr("Saved the template “%1”."), made.name))
            self.refresh_templates(select_id=made.id)

        self.context.ops.collection(
            self,
            lambda _ctx: prompts.create_template(name, body),
            lambda made: ChangeSet.of(RecordKind.JOURNAL_TEMPLATE, made.id),
        ).on_success(saved).on_failure(lambda exc: self._template_note(describe(exc))).run()

    def confirm_delete_template(self, template: JournalTemplate) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete template"),
            fill(
                self.tr("Delete the template “%1”? Entries you wrote with it stay as they are."),
                template.name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _delete_template(self) -> None:
        template = self._selected_template()
        if template is None or template.builtin or not self.confirm_delete_template(template):
            return
        prompts = self.prompts

        def deleted(_result: None) -> None:
            self._template_note(fill(self.tr("Deleted the template “%1”."), template.name))
            self.refresh_templates()

        self.context.ops.collection(
            self,
            lambda _ctx: prompts.delete_template(template.id),
            ChangeSet.of(RecordKind.JOURNAL_TEMPLATE, template.id),
        ).on_success(deleted).on_failure(lambda exc: self._template_note(describe(exc))).run()

    # -- group prompts (facilitators) ------------------------------------------------------
    def _group_tab(self) -> QWidget:
        tab = QWidget()
        intro = paragraph_label(
            self.tr(
                "Offer a prompt to the group, for example a take-away from the last meeting. "
                "Members who chose to receive group prompts will see it in their journal. "
                "Their answers stay in their own journals: nobody, you included, can see "
                "who answered or what they wrote."
            )
        )
        self.group_text = QPlainTextEdit()
        self.group_text.setTabChangesFocus(True)
        self.group_text.setAccessibleName(self.tr("Prompt to offer"))
        self.group_text.setPlaceholderText(
            self.tr("for example: What is one thing you will carry into this week?")
        )
        self.group_text.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        text_label = QLabel(self.tr("&Prompt:"))
        text_label.setBuddy(self.group_text)
        self.offer_button = QPushButton(self.tr("Offer to the &group"))
        self.offered_list = QListWidget()
        self.offered_list.setWordWrap(True)
        self.offered_list.setAccessibleName(self.tr("Prompts offered to the group"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.withdraw_button.setEnabled(False)
        self.group_message = paragraph_label()
        self.group_message.setAccessibleName(self.tr("Message"))
        self.group_message.setVisible(False)
        offered_heading = QLabel(self.tr("Offered now"))
        offered_heading.setFont(scaled_font(self.font(), 1.1, QFont.Weight.DemiBold))

        self.offer_button.clicked.connect(self._offer)
        self.withdraw_button.clicked.connect(self._withdraw)
        self.offered_list.currentItemChanged.connect(
            lambda current, _prev: self.withdraw_button.setEnabled(
                current is not None and isinstance(current.data(_ROLE), GroupPrompt)
            )
        )

        layout = QVBoxLayout(tab)
        layout.addWidget(intro)
        layout.addWidget(text_label)
        layout.addWidget(self.group_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.offer_button)
        layout.addLayout(row)
        layout.addWidget(self.group_message)
        layout.addWidget(offered_heading)
        layout.addWidget(self.offered_list, 1)
        withdraw_row = QHBoxLayout()
        withdraw_row.addStretch(1)
        withdraw_row.addWidget(self.withdraw_button)
        layout.addLayout(withdraw_row)
        return tab

    def refresh_group_prompts(self) -> None:
        prompts = self.prompts
        self.context.ops.query(self, lambda _ctx: prompts.offered_group_prompts()).on_success(
            self._show_offered
        ).on_failure(lambda exc: self._group_note(describe(exc))).run()

    def _show_offered(self, offered: list[GroupPrompt]) -> None:
        self.offered_list.clear()
        for prompt in offered:
            item = QListWidgetItem(
                fill(self.tr("%1 (offered %2)"), prompt.text, short_date(prompt.offered_on))
            )
            item.setData(_ROLE, prompt)
            self.offered_list.addItem(item)
        if not offered:
            placeholder = QListWidgetItem(self.tr("No prompts are offered to the group."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.offered_list.addItem(placeholder)
        self.withdraw_button.setEnabled(False)

    def _group_note(self, text: str) -> None:
        self.group_message.setText(text)
        self.group_message.setVisible(bool(text))

    def _offer(self) -> None:
        prompts, text = self.prompts, self.group_text.toPlainText()

        def offered(_prompt: GroupPrompt) -> None:
            self.group_text.clear()
            self._group_note(self.tr("Offered. Members who receive group prompts will see it."))
            self.refresh_group_prompts()

        self.context.ops.collection(
            self,
            lambda _ctx: prompts.offer_group_prompt(text),
            lambda made: ChangeSet.of(RecordKind.GROUP_PROMPT, made.id),
        ).on_success(offered).on_failure(lambda exc: self._group_note(describe(exc))).run()

    def confirm_withdraw(self, prompt: GroupPrompt) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw prompt"),
            self.tr(
                "Withdraw this prompt? Members will no longer see it. "
                "Anything they already wrote stays in their own journals."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _withdraw(self) -> None:
        item = self.offered_list.currentItem()
        prompt = item.data(_ROLE) if item is not None else None
        if not isinstance(prompt, GroupPrompt) or not self.confirm_withdraw(prompt):
            return
        prompts, prompt_id = self.prompts, prompt.id

        def withdrawn(_result: None) -> None:
            self._group_note(self.tr("Withdrawn."))
            self.refresh_group_prompts()

        self.context.ops.collection(
            self,
            lambda _ctx: prompts.withdraw_group_prompt(prompt_id),
            ChangeSet.of(RecordKind.GROUP_PROMPT, prompt_id),
        ).on_success(withdrawn).on_failure(lambda exc: self._group_note(describe(exc))).run()
