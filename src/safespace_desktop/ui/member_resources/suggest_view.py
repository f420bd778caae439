"""The form a member fills to suggest a resource or a correction."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.resources.model import SUGGESTION_NAME_MAX, TITLE_MAX, SuggestionDraft
from safespace_desktop.ui.widgets.headings import paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order


class SuggestDialog(QDialog):
    def __init__(self, correction_of: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestDialog")
        self.correction_of = correction_of
        self.setWindowTitle(
            self.tr("Suggest a correction") if correction_of else self.tr("Suggest a resource")
        )
        intro = paragraph_label(
            self.tr(
                "Your suggestion goes to the facilitators without your name, unless you add "
                "it below. Once sent, it cannot be read back on this computer, by you or "
                "anyone else but the facilitators."
            )
        )
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title of the resource"))
        self.title_edit.setMaxLength(TITLE_MAX)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("suggestionText")
        self.text_edit.setAccessibleName(self.tr("Your suggestion"))
        self.text_edit.setTabChangesFocus(True)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("suggestionName")
        self.name_edit.setAccessibleName(self.tr("Your name (optional)"))
        self.name_edit.setMaxLength(SUGGESTION_NAME_MAX)
        self.name_edit.setPlaceholderText(self.tr("Leave empty to send it without a name"))
        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = []
        if not correction_of:
            rows.append((self.tr("&Title (optional):"), self.title_edit))
        else:
            self.title_edit.setVisible(False)
        rows += [
            (self.tr("What would you &like to suggest?"), self.text_edit),
            (self.tr("Your &name (optional):"), self.name_edit),
        ]
        for caption, field in rows:
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)
        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Message"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.send_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText(self.tr("&Send to the facilitators"))
        self.send_button.setObjectName("sendSuggestionButton")
        self.send_button.setAccessibleName(self.tr("Send to the facilitators"))
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addWidget(buttons)
        chain_tab_order([self.title_edit, self.text_edit, self.name_edit, self.send_button])

    def draft(self, resource_id: str) -> SuggestionDraft:
        return SuggestionDraft(
            text=self.text_edit.toPlainText(),
            title=self.title_edit.text(),
            resource_id=resource_id,
            from_name=self.name_edit.text(),
        )

    def say(self, text: str) -> None:
        self.message.setText(text)
