"""The enrolment wizard's building blocks, and one page per consent purpose.

Each consent page shows the purpose's current wording with its version, in plain
language, with its own yes/no; the contact page holds the contact fields, which can
only be typed into after a "yes".
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from safespace_desktop.core.consent import ConsentPurpose, Wording
from safespace_desktop.core.errors import ValidationError
from safespace_desktop.core.roster import (
    BEST_TIME_MAX,
    EMAIL_MAX,
    PHONE_MAX,
    ContactDetails,
)
from safespace_desktop.services.enrolment import Enrolment
from safespace_desktop.ui.members.consent_model import purpose_name
from safespace_desktop.ui.members.dialogs.record_consent import paragraphs, wording_view
from safespace_desktop.ui.widgets.form_grid import FormGrid
from safespace_desktop.ui.widgets.headings import paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order
from safespace_desktop.ui.wording import content
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill


def page_title(text: str) -> str:
    """Wizard page titles as a larger heading (relative size, palette colours)."""
    return f'<span style="font-size: x-large; font-weight: 600;">{html.escape(text)}</span>'


def page_column(page: QWizardPage) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setSpacing(page.fontMetrics().height() * 2 // 3)
    return layout


def error_label(parent: QWidget) -> QLabel:
    label = paragraph_label(parent=parent)
    label.hide()
    return label


def show_error(label: QLabel, message: str, widget: QWidget | None = None) -> None:
    label.setText("⚠ " + message)
    label.show()
    if widget is not None:
        widget.setAccessibleDescription(message)
        widget.setFocus()


def version_line(wording: Wording) -> str:
    return fill(
        QCoreApplication.translate("EnrolmentWizard", "Wording version %1"), wording.version
    )


class FlowPage(QWizardPage):
    def flow(self) -> Enrolment:
        """The wizard's flow, started when the name page was left."""
        flow = getattr(self.wizard(), "enrolment", None)
        assert isinstance(flow, Enrolment)
        return flow


# --------------------------------------------------------------------------- 3. consents
class ConsentPage(FlowPage):
    """One consent question. For contact between meetings, the contact fields too."""

    def __init__(self, purpose: ConsentPurpose, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.purpose = purpose
        self.setTitle(page_title(purpose_name(purpose)))
        self.setSubTitle(self.tr("Read this with them. Yes and no are both fine."))
        self.text_view = wording_view(None, self)
        self.text_view.setAccessibleName(
            fill(self.tr("What they are asked: %1"), purpose_name(purpose))
        )
        self.text_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.version_label = QLabel(self)

        self.yes_radio = QRadioButton(self.tr("&Yes, they agree"), self)
        self.no_radio = QRadioButton(self.tr("No, not n&ow"), self)
        self.yes_radio.setAccessibleName(fill(self.tr("Yes: %1"), purpose_name(purpose)))
        self.no_radio.setAccessibleName(fill(self.tr("No: %1"), purpose_name(purpose)))
        self._choice = QButtonGroup(self)
        self._choice.addButton(self.yes_radio)
        self._choice.addButton(self.no_radio)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.yes_radio)
        answer_row.addSpacing(self.fontMetrics().height())
        answer_row.addWidget(self.no_radio)
        answer_row.addStretch(1)

        layout = page_column(self)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(self.version_label)
        layout.addLayout(answer_row)

        self.contact_box: QFrame | None = None
        if purpose is ConsentPurpose.CONTACT_BETWEEN_MEETINGS:
            self._build_contact(layout)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        self._choice.buttonToggled.connect(self._answered)

    def _build_contact(self, layout: QVBoxLayout) -> None:
        box = QFrame(self)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        self.phone_edit = QLineEdit(box)
        self.phone_edit.setMaxLength(PHONE_MAX)
        self.phone_edit.setAccessibleName(self.tr("Phone number"))
        self.email_edit = QLineEdit(box)
        self.email_edit.setMaxLength(EMAIL_MAX)
        self.email_edit.setAccessibleName(self.tr("Email address"))
        self.best_time_edit = QLineEdit(box)
        self.best_time_edit.setMaxLength(BEST_TIME_MAX)
        self.best_time_edit.setAccessibleName(self.tr("Best time to reach them"))
        self.best_time_edit.setPlaceholderText(self.tr("for example: weekday evenings"))
        self.message_combo = QComboBox(box)
        self.message_combo.addItem(self.tr("Not asked"), None)
        self.message_combo.addItem(self.tr("Yes, a message is OK"), True)
        self.message_combo.addItem(self.tr("No messages, please"), False)
        self.message_combo.setAccessibleName(self.tr("Is it OK to leave a message?"))
        self.contact_note = paragraph_label(parent=box)
        self.contact_note.setAccessibleName(self.tr("About contact details"))
        form = FormGrid()
        form.setVerticalSpacing(self.fontMetrics().height() // 3)
        for caption, widget in (
            (self.tr("P&hone:"), self.phone_edit),
            (self.tr("&Email:"), self.email_edit),
            (self.tr("Best &time:"), self.best_time_edit),
            (self.tr("Leave a &message?"), self.message_combo),
        ):
            label = QLabel(caption, box)
            label.setBuddy(widget)
            form.addRow(label, widget)
        inner = QVBoxLayout(box)
        inner.addWidget(self.contact_note)
        inner.addLayout(form)
        self.contact_box = box
        layout.addWidget(box)
        chain_tab_order(
            [
                self.yes_radio,
                self.no_radio,
                self.phone_edit,
                self.email_edit,
                self.best_time_edit,
                self.message_combo,
            ]
        )
        self._set_contact_enabled(False)

    def _set_contact_enabled(self, enabled: bool) -> None:
        if self.contact_box is None:
            return
        for widget in self.contact_widgets():
            widget.setEnabled(enabled)
        if enabled:
            self.contact_note.setText(
                self.tr("Fill in only what they want to give. Every field is optional.")
            )
        else:
            self.contact_note.setText(
                self.tr(
                    "Contact details can only be kept if they say yes above, so these stay "
                    "empty for now."
                )
            )

    def contact_widgets(self) -> list[QWidget]:
        if self.contact_box is None:
            return []
        return [self.phone_edit, self.email_edit, self.best_time_edit, self.message_combo]

    def contact(self) -> ContactDetails:
        if self.contact_box is None:
            return ContactDetails()
        return ContactDetails(
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            best_time=self.best_time_edit.text(),
            message_ok=self.message_combo.currentData(),
        )

    def _clear_contact(self) -> None:
        if self.contact_box is None:
            return
        for edit in (self.phone_edit, self.email_edit, self.best_time_edit):
            edit.clear()
        self.message_combo.setCurrentIndex(0)

    @Slot()
    def _answered(self, *_args: object) -> None:
        given = self.yes_radio.isChecked()
        if not given:
            self._clear_contact()  # a "no" keeps nothing that was typed
        self._set_contact_enabled(given)
        self.error_label.hide()
        self.completeChanged.emit()

    def initializePage(self) -> None:
        wording = content.consent_wording(self.flow().step(self.purpose).wording)
        self.setTitle(page_title(wording.title or purpose_name(self.purpose)))
        self.text_view.setPlainText(paragraphs(wording.text))
        self.version_label.setText(version_line(wording))
        self.text_view.setAccessibleDescription(version_line(wording))

    def isComplete(self) -> bool:
        return self.yes_radio.isChecked() or self.no_radio.isChecked()

    def answer(self) -> bool | None:
        if self.yes_radio.isChecked():
            return True
        if self.no_radio.isChecked():
            return False
        return None

    def validatePage(self) -> bool:
        given = self.answer()
        if given is None:
            return False
        flow = self.flow()
        try:
            flow.choose(self.purpose, given)
            if self.contact_box is not None:
                flow.set_contact(self.contact() if given else ContactDetails())
        except ValidationError as exc:
            target = {
                "phone": getattr(self, "phone_edit", None),
                "email": getattr(self, "email_edit", None),
                "best_time": getattr(self, "best_time_edit", None),
            }.get(exc.field)
            show_error(self.error_label, describe(exc), target)
            return False
        return True
