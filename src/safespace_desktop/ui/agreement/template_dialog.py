"""Choose how to start the group agreement: one of the templates, or a blank page.

Each choice has a short description, and the chosen template's wording is shown
so the facilitator can read it before starting. Nothing is saved until they press
"Start draft"; the page then creates the draft through the agreement service.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.agreement import BLANK, AgreementTemplate, agreement_lines
from safespace_desktop.ui.widgets.agreement_text import ReadOnlyText
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order


class AgreementTemplateDialog(QDialog):
    """Pick a template (by key) or "blank". ``chosen_key()`` after it is accepted."""

    def __init__(
        self, templates: Sequence[AgreementTemplate], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agreementTemplateDialog")
        self.setWindowTitle(self.tr("Start the group agreement"))
        self.setModal(True)
        self._templates = {t.key: t for t in templates}
        em = self.fontMetrics().height()

        heading = heading_label(self.tr("How would you like to start?"), 1.3)
        intro = paragraph_label(
            self.tr(
                "Each template is a starting point written in plain words. You can change "
                "any line before the group adopts it."
            )
        )

        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        choices = QVBoxLayout()
        choices.setSpacing(em // 4)
        entries = [(t.key, t.title, t.description) for t in templates]
        entries.append(
            (BLANK, self.tr("A blank page"), self.tr("Write your own agreement from scratch."))
        )
        for key, title, description in entries:
            button = QRadioButton(title)
            button.setAccessibleDescription(description)
            note = paragraph_label(description)
            note.setIndent(button.style().pixelMetric(button.style().PixelMetric.PM_IndicatorWidth))
            note.setContentsMargins(em // 2, 0, 0, em // 2)
            note.setBuddy(button)
            self.group.addButton(button)
            self.buttons[key] = button
            choices.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            choices.addWidget(note)
        choices.addStretch(1)

        preview_label = QLabel(self.tr("What it says:"))
        self.preview = ReadOnlyText(self.tr("Template wording"), min_lines=12)
        preview_label.setBuddy(self.preview)
        preview_column = QVBoxLayout()
        preview_column.setSpacing(em // 3)
        preview_column.addWidget(preview_label, 0)
        preview_column.addWidget(self.preview, 1)

        body = QHBoxLayout()
        body.setSpacing(em * 3 // 2)
        left = QWidget()
        left.setLayout(choices)
        # Never narrower than a template's title (a longer language, a larger zoom).
        left.setMinimumWidth(
            max(self.fontMetrics().averageCharWidth() * 36, left.minimumSizeHint().width())
        )
        body.addWidget(left, 2)
        body.addLayout(preview_column, 3)

        self.button_box = QDialogButtonBox()
        self.start_button = QPushButton(self.tr("&Start draft"))
        self.start_button.setDefault(True)
        self.button_box.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.button_box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(em * 3 // 2, em * 3 // 2, em * 3 // 2, em)
        layout.setSpacing(em * 2 // 3)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.button_box)
        char = self.fontMetrics().averageCharWidth()
        self.setMinimumWidth(char * 110)
        self.resize(char * 130, em * 34)

        self.group.buttonToggled.connect(self._on_toggled)
        first = next(iter(self.buttons.values()))
        first.setChecked(True)
        first.setFocus()
        chain_tab_order([first, self.preview, self.start_button, self.cancel_button])

    def chosen_key(self) -> str:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return BLANK

    def choose(self, key: str) -> None:
        self.buttons[key].setChecked(True)

    def _on_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        chosen = self._templates.get(self.chosen_key())
        if chosen is None:
            self.preview.show_agreement(
                self.tr("A blank page"),
                [self.tr("You write each guideline on its own line.")],
            )
        else:
            self.preview.show_agreement(chosen.title, agreement_lines(chosen.text))
