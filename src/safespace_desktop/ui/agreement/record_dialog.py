"""Record agreement to the group agreement at a meeting: two numbers and a date.

No names are asked for or kept: how many people were present, and how many of
them agreed (for example by a show of hands). The agreement service checks the
numbers; a refusal is shown inside the dialog, next to the field it is about.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.agreement import MAX_PRESENT, AgreementAffirmation
from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import ValidationError
from safespace_desktop.services.agreement import AgreementService
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.agreement_text import medium_date_format
from safespace_desktop.ui.widgets.form_grid import FormGrid
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill


class RecordAgreementDialog(QDialog):
    """``recorded`` holds the saved count once the dialog is accepted."""

    def __init__(
        self,
        context: SessionContext,
        version: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record agreement at a meeting"))
        self.setModal(True)
        self.setObjectName("recordAgreementDialog")
        self._context = context
        self._service = AgreementService(context.vault)
        self._version = version
        self.recorded: AgreementAffirmation | None = None
        em = self.fontMetrics().height()

        heading = heading_label(fill(self.tr("Agreement to version %1"), version), 1.3)
        intro = paragraph_label(
            self.tr(
                "How many people were at the meeting, and how many agreed to the group "
                "agreement (for example by a show of hands)? Only the two numbers are kept, "
                "never any names."
            )
        )

        self.present_spin = self._count_box(1, self.tr("Number of people present"))
        self.agreed_spin = self._count_box(0, self.tr("Number of people who agreed"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(medium_date_format())
        self.date_edit.setAccessibleName(self.tr("Meeting date"))
        today_q = QDate(today.year, today.month, today.day)
        self.date_edit.setMaximumDate(today_q)
        self.date_edit.setDate(today_q)
        self.date_edit.setMinimumWidth(
            self.fontMetrics().horizontalAdvance("00 September 0000") * 3 // 2
        )

        present_label = QLabel(self.tr("People &present:"))
        present_label.setBuddy(self.present_spin)
        agreed_label = QLabel(self.tr("People who &agreed:"))
        agreed_label.setBuddy(self.agreed_spin)
        date_label = QLabel(self.tr("Meeting &date:"))
        date_label.setBuddy(self.date_edit)

        form = FormGrid()
        form.setHorizontalSpacing(em)
        form.setVerticalSpacing(em // 2)
        form.addRow(present_label, left_aligned(self.present_spin))
        form.addRow(agreed_label, left_aligned(self.agreed_spin))
        form.addRow(date_label, left_aligned(self.date_edit))

        self.error_label = paragraph_label()
        self.error_label.setAccessibleName(self.tr("Problem with the numbers"))
        self.error_label.setVisible(False)

        self.button_box = QDialogButtonBox()
        self.record_button = QPushButton(self.tr("&Record"))
        self.record_button.setDefault(True)
        self.button_box.addButton(self.record_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.button_box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.button_box.accepted.connect(self.record)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(em * 3 // 2, em * 3 // 2, em * 3 // 2, em)
        layout.setSpacing(em * 2 // 3)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.button_box)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

        for box in (self.present_spin, self.agreed_spin):
            box.valueChanged.connect(self._clear_error)
        self.date_edit.dateChanged.connect(self._clear_error)
        chain_tab_order(
            [
                self.present_spin,
                self.agreed_spin,
                self.date_edit,
                self.record_button,
                self.cancel_button,
            ]
        )
        self.present_spin.setFocus()
        self.present_spin.selectAll()

    def _count_box(self, minimum: int, accessible_name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(minimum, MAX_PRESENT)
        box.setValue(max(minimum, 1))
        box.setAccessibleName(accessible_name)
        box.setMinimumWidth(box.fontMetrics().horizontalAdvance("00000") * 2)
        return box

    def _clear_error(self, *_args: object) -> None:
        self.error_label.setVisible(False)
        self.error_label.clear()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def record(self) -> None:
        """Keep the count; a refusal is shown here and the dialog stays open."""
        chosen = self.date_edit.date()
        meeting_on = date(chosen.year(), chosen.month(), chosen.day())
        service, version = self._service, self._version
        present, agreed = self.present_spin.value(), self.agreed_spin.value()
        self.record_button.setEnabled(False)
        self._context.ops.collection(
            self,
            lambda _ctx: service.record_agreement(
                present, agreed, meeting_on=meeting_on, version=version
            ),
            ChangeSet.of(RecordKind.AGREEMENT),
        ).on_success(self._recorded).on_failure(self._refused).on_finished(
            lambda: self.record_button.setEnabled(True)
        ).run()

    def _recorded(self, count: AgreementAffirmation) -> None:
        self.recorded = count
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._show_error(describe(exc))
        if isinstance(exc, ValidationError):
            target = {
                "present": self.present_spin,
                "agreed": self.agreed_spin,
                "meeting_on": self.date_edit,
            }.get(exc.field)
            if target is not None:
                target.setFocus()
                target.selectAll()
