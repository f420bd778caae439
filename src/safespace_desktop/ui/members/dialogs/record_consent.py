"""Record that a member agreed to one consent purpose, after being shown its wording.

The dialog shows the exact wording (and its version number) the person is agreeing
to, asks how they agreed (in person or on paper) and on what day. The caller passes
the answers to ``ConsentService.give``, which stores the version shown.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.consent import ConsentMethod, ConsentPurpose, Wording
from safespace_desktop.ui.members.consent_model import purpose_name
from safespace_desktop.ui.widgets.form_grid import FormGrid
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order
from safespace_desktop.ui.wording import content
from safespace_desktop.ui.wording.dates import from_qdate, to_qdate
from safespace_desktop.ui.wording.placeholders import fill


def paragraphs(text: str) -> str:
    """Each line of a wording as its own paragraph, with a blank line between them."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def wording_view(wording: Wording | None, parent: QWidget | None = None) -> QPlainTextEdit:
    """The wording as read-only text that scrolls and can be read with the keyboard."""
    view = QPlainTextEdit(parent)
    view.setReadOnly(True)
    if wording is not None:
        view.setPlainText(paragraphs(content.consent_wording(wording).text))
    view.setTabChangesFocus(True)
    view.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard
        | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    view.setMinimumHeight(view.fontMetrics().lineSpacing() * 8)
    return view


class RecordConsentDialog(QDialog):
    """Accepted means: record consent with ``method()``, ``given_on()`` and ``version``."""

    def __init__(
        self,
        purpose: ConsentPurpose,
        wording: Wording,
        member_name: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.purpose = purpose
        self.version = wording.version
        wording = content.consent_wording(wording)  # the built-in one in their language
        self.setWindowTitle(self.tr("Record consent"))
        unit = self.fontMetrics().height()

        heading = heading_label(wording.title or purpose_name(purpose), 1.3)
        intro = paragraph_label(
            fill(
                self.tr(
                    "Show or read this to %1 in these words (version %2), and record their "
                    "consent only if they say yes."
                ),
                member_name,
                wording.version,
            )
        )
        self.wording_text = wording_view(wording, self)
        self.wording_text.setAccessibleName(
            fill(self.tr("Wording shown, version %1"), wording.version)
        )

        self.in_person_radio = QRadioButton(self.tr("In &person"))
        self.on_paper_radio = QRadioButton(self.tr("On pa&per"))
        self.in_person_radio.setChecked(True)
        self._methods = QButtonGroup(self)
        self._methods.addButton(self.in_person_radio)
        self._methods.addButton(self.on_paper_radio)
        method_row = QHBoxLayout()
        method_row.addWidget(self.in_person_radio)
        method_row.addWidget(self.on_paper_radio)
        method_row.addStretch(1)
        method_label = QLabel(self.tr("How they agreed:"))
        method_label.setBuddy(self.in_person_radio)

        self.date_edit = QDateEdit(to_qdate(today))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setMaximumDate(to_qdate(today))
        self.date_edit.setAccessibleName(self.tr("Date they agreed"))
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date_edit)

        form = FormGrid()
        form.setVerticalSpacing(unit // 2)
        form.addRow(method_label, method_row)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addStretch(1)
        form.addRow(date_label, date_row)

        self.buttons = QDialogButtonBox()
        self.record_button = self.buttons.addButton(
            self.tr("&Record consent"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(unit * 3 // 2, unit * 3 // 2, unit * 3 // 2, unit)
        layout.setSpacing(unit * 2 // 3)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.wording_text, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        chain_tab_order(
            [
                self.wording_text,
                self.in_person_radio,
                self.on_paper_radio,
                self.date_edit,
                self.record_button,
                self.cancel_button,
            ]
        )
        self.record_button.setDefault(True)

    def method(self) -> ConsentMethod:
        return (
            ConsentMethod.ON_PAPER if self.on_paper_radio.isChecked() else ConsentMethod.IN_PERSON
        )

    def given_on(self) -> date:
        return from_qdate(self.date_edit.date())
