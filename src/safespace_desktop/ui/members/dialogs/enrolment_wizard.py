"""Enrolling a newcomer (W2), one question per page, saved only at the end.

Pages: name and pronouns → what stays in the room (the limits-of-confidentiality
statement, which must be acknowledged) → one page per consent purpose, in plain
language with the wording's version (contact details sit on the contact page and
can only be typed after a "yes") → an optional journal invitation → check and save.

The wizard keeps an ``Enrolment`` (plain data from ``EnrolmentService.begin``);
nothing is written to the roster until "Enrol" on the last page calls
``EnrolmentService.complete``. Then ``enrolled(member, wants_journal)`` is emitted;
the Members page shows the new person and, if asked, prepares the invitation with
its usual operation and ``InvitationCodeDialog``. Every service call (the name hint,
``begin`` and ``complete``) runs as an operation off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.consent import ConsentMethod, ConsentPurpose
from safespace_desktop.core.errors import ValidationError
from safespace_desktop.core.model import Member, MemberDraft
from safespace_desktop.core.roster import (
    NAME_MAX,
    PRONOUNS_MAX,
    NameHint,
)
from safespace_desktop.services.enrolment import Enrolment, EnrolmentResult, EnrolmentService
from safespace_desktop.services.members import MembersService
from safespace_desktop.ui.members.consent_model import purpose_name
from safespace_desktop.ui.members.dialogs.enrolment_pages import (
    ConsentPage,
    FlowPage,
    error_label,
    page_column,
    page_title,
    show_error,
    version_line,
)
from safespace_desktop.ui.members.dialogs.record_consent import paragraphs, wording_view
from safespace_desktop.ui.runtime.ops import OpRunner
from safespace_desktop.ui.widgets.form_grid import FormGrid
from safespace_desktop.ui.widgets.headings import paragraph_label
from safespace_desktop.ui.widgets.length_limit import LengthLimitNote
from safespace_desktop.ui.widgets.page_layout import chain_tab_order
from safespace_desktop.ui.wording import content
from safespace_desktop.ui.wording.errors import describe, name_hint_text
from safespace_desktop.ui.wording.placeholders import fill


# --------------------------------------------------------------------------- 1. name
class NamePage(QWizardPage):
    def __init__(
        self, ops: OpRunner, members: MembersService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._members = members
        self._begun: MemberDraft | None = None  # the draft the flow was started for
        self._beginning = False
        self.setTitle(page_title(self.tr("Welcome a newcomer")))
        self.setSubTitle(
            self.tr("An alias or a first name is all the roster needs. Nothing is saved yet.")
        )
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setAccessibleName(self.tr("Alias or first name"))
        self.name_edit.setPlaceholderText(self.tr("Whatever they are comfortable sharing"))
        self.name_limit = LengthLimitNote(self.name_edit, self)
        name_label = QLabel(self.tr("&Alias or first name:"), self)
        name_label.setBuddy(self.name_edit)
        self.name_hint = paragraph_label(parent=self)
        self.name_hint.setAccessibleName(self.tr("About this name"))
        self.name_hint.hide()
        self.name_error = error_label(self)

        self.pronouns_combo = QComboBox(self)
        self.pronouns_combo.setEditable(True)
        self.pronouns_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.pronouns_combo.addItems([self.tr("she/her"), self.tr("he/him"), self.tr("they/them")])
        self.pronouns_combo.setCurrentIndex(-1)
        self.pronouns_combo.setAccessibleName(self.tr("Pronouns"))
        line = self.pronouns_combo.lineEdit()
        assert line is not None
        line.setMaxLength(PRONOUNS_MAX)
        line.setPlaceholderText(self.tr("Optional: choose or type"))
        pronouns_label = QLabel(self.tr("&Pronouns:"), self)
        pronouns_label.setBuddy(self.pronouns_combo)

        form = FormGrid()
        form.set_group_gap(self.fontMetrics().height() // 2)
        form.addRow(name_label, self.name_edit)
        form.addRow("", self.name_limit)
        form.addRow("", self.name_hint)
        form.addRow("", self.name_error)
        form.addRow(pronouns_label, self.pronouns_combo)
        layout = page_column(self)
        layout.addLayout(form)
        layout.addWidget(
            paragraph_label(
                self.tr(
                    "Next they will see what stays in the room, then choose, one at a time, "
                    "what else the group may keep. Saying no to any of it is fine."
                ),
                self,
            )
        )
        layout.addStretch(1)
        chain_tab_order([self.name_edit, self.pronouns_combo])

        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(250)
        self._hint_timer.timeout.connect(self.update_name_hint)
        self.name_edit.textChanged.connect(self._name_edited)

    def draft(self) -> MemberDraft:
        return MemberDraft(name=self.name_edit.text(), pronouns=self.pronouns_combo.currentText())

    def isComplete(self) -> bool:
        return bool(self.name_edit.text().strip()) and not self._beginning

    @Slot(str)
    def _name_edited(self, _text: str) -> None:
        self.name_error.hide()
        self.name_edit.setAccessibleDescription("")
        self._hint_timer.start()
        self.completeChanged.emit()

    @Slot()
    def update_name_hint(self) -> None:
        """Tell the facilitator, kindly, if someone on the roster has this name."""
        self._hint_timer.stop()
        members, name = self._members, self.name_edit.text()

        def show(hint: NameHint | None) -> None:
            if name != self.name_edit.text():
                return  # they kept typing: a newer hint is on its way
            self.name_hint.setText(name_hint_text(hint))
            self.name_hint.setVisible(hint is not None)

        self._ops.query(self, lambda _ctx: members.name_hint(name)).on_success(show).on_failure(
            lambda _exc: show(None)
        ).run()

    def validatePage(self) -> bool:
        """Next: the flow starts (texts are read) off the GUI thread, then moves on."""
        draft = self.draft()
        if self._begun == draft:
            return True
        if self._beginning:
            return False
        wizard = self.wizard()
        assert isinstance(wizard, EnrolmentWizard)
        self.update_name_hint()
        self._beginning = True
        self.completeChanged.emit()

        def begun(flow: Enrolment) -> None:
            wizard.enrolment = flow
            self._begun = draft
            wizard.next()

        def refused(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                target = self.pronouns_combo if exc.field == "pronouns" else self.name_edit
                show_error(self.name_error, describe(exc), target)
            else:
                show_error(self.name_error, describe(exc))

        def finished() -> None:
            self._beginning = False
            self.completeChanged.emit()

        service = wizard.service
        self._ops.query(self, lambda _ctx: service.begin(draft)).on_success(begun).on_failure(
            refused
        ).on_finished(finished).run()
        return False

    def cleanupPage(self) -> None:
        self._begun = None
        super().cleanupPage()


# --------------------------------------------------------------------------- 2. statement
class StatementPage(FlowPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(page_title(self.tr("What stays in the room")))
        self.setSubTitle(self.tr("Please show or read this to them before anything else."))
        self.text_view = wording_view(None, self)  # filled in by initializePage
        self.text_view.setAccessibleName(self.tr("Confidentiality statement"))
        self.version_label = QLabel(self)
        self.ack_check = QCheckBox(
            self.tr("I have &shown or read this to them, and they have had a chance to ask"),
            self,
        )
        layout = page_column(self)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(self.version_label)
        layout.addWidget(self.ack_check)
        self.ack_check.toggled.connect(self.completeChanged)

    def initializePage(self) -> None:
        statement = content.consent_wording(self.flow().statement)
        self.setTitle(page_title(statement.title or self.tr("What stays in the room")))
        self.text_view.setPlainText(paragraphs(statement.text))
        self.version_label.setText(version_line(statement))
        self.text_view.setAccessibleDescription(version_line(statement))

    def isComplete(self) -> bool:
        return self.ack_check.isChecked()

    def validatePage(self) -> bool:
        if not self.ack_check.isChecked():
            return False
        self.flow().acknowledge_statement()
        return True


# --------------------------------------------------------------------------- 4. journal
class JournalPage(FlowPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(page_title(self.tr("A private journal (optional)")))
        self.setSubTitle(
            self.tr("Members can keep a journal on this computer that only they open.")
        )
        self.journal_check = QCheckBox(
            self.tr("&Yes, prepare a journal invitation for them when I save"), self
        )
        layout = page_column(self)
        for text in (
            self.tr(
                "If they would like one, you will get a one-time invitation code to give "
                "them. They then choose their own handle and passphrase; you never see it, "
                "and nobody else can read what they write."
            ),
            self.tr("You can also invite them later from the Members page."),
        ):
            layout.addWidget(paragraph_label(text, self))
        layout.addWidget(self.journal_check)
        layout.addStretch(1)

    def wants_journal(self) -> bool:
        return self.journal_check.isChecked()


# --------------------------------------------------------------------------- 5. save
class SavePage(FlowPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(page_title(self.tr("Check and save")))
        self.setSubTitle(self.tr("This is what will be kept. Go back to change anything."))
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What will be saved"))
        self.summary.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary.setMargin(self.fontMetrics().height() // 2)
        self.in_person_radio = QRadioButton(self.tr("In &person"), self)
        self.on_paper_radio = QRadioButton(self.tr("On pape&r"), self)
        self.in_person_radio.setChecked(True)
        methods = QButtonGroup(self)
        methods.addButton(self.in_person_radio)
        methods.addButton(self.on_paper_radio)
        method_label = QLabel(self.tr("They gave their answers:"), self)
        method_label.setBuddy(self.in_person_radio)
        method_row = QHBoxLayout()
        method_row.addWidget(method_label)
        method_row.addWidget(self.in_person_radio)
        method_row.addWidget(self.on_paper_radio)
        method_row.addStretch(1)
        self.error_label = error_label(self)
        layout = page_column(self)
        layout.addWidget(self.summary)
        layout.addLayout(method_row)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def method(self) -> ConsentMethod:
        return (
            ConsentMethod.ON_PAPER if self.on_paper_radio.isChecked() else ConsentMethod.IN_PERSON
        )

    def initializePage(self) -> None:
        self.error_label.hide()
        wizard = self.wizard()
        assert isinstance(wizard, EnrolmentWizard)
        flow = self.flow()
        lines = [fill(self.tr("Name: %1"), flow.draft.name)]
        if flow.draft.pronouns:
            lines.append(fill(self.tr("Pronouns: %1"), flow.draft.pronouns))
        lines.append(
            fill(self.tr("Shown what stays in the room (version %1)"), flow.statement.version)
        )
        for step in flow.steps:
            answer = self.tr("yes") if flow.consented(step.purpose) else self.tr("no")
            lines.append(
                fill(
                    self.tr("%1: %2 (wording version %3)"),
                    purpose_name(step.purpose),
                    answer,
                    step.wording.version,
                )
            )
        contact = flow.contact
        if not contact.is_empty:
            parts = [v for v in (contact.phone, contact.email, contact.best_time) if v]
            if contact.message_ok is True:
                parts.append(self.tr("messages OK"))
            elif contact.message_ok is False:
                parts.append(self.tr("no messages"))
            lines.append(fill(self.tr("Contact details: %1"), ", ".join(parts)))
        journal = self.tr("yes") if wizard.journal_page.wants_journal() else self.tr("no")
        lines.append(fill(self.tr("Journal invitation: %1"), journal))
        self.summary.setText("\n".join("•  " + line for line in lines))
        self.summary.setAccessibleDescription(self.summary.text())


# --------------------------------------------------------------------------- the wizard
class EnrolmentWizard(QWizard):
    """``enrolled(Member, wants_journal)`` once the newcomer is saved."""

    enrolled = Signal(object, bool)

    PAGE_NAME = 0
    PAGE_STATEMENT = 1
    PAGE_CONTACT = 2
    PAGE_ATTENDANCE = 3
    PAGE_PAIRING = 4
    PAGE_JOURNAL = 5
    PAGE_SAVE = 6

    def __init__(
        self,
        ops: OpRunner,
        service: EnrolmentService,
        members: MembersService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self.service = service
        self._saving = False
        self.enrolment: Enrolment | None = None
        self.member: Member | None = None
        self.setWindowTitle(self.tr("Enrol a newcomer"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setTitleFormat(Qt.TextFormat.RichText)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Enrol"))
        metrics = self.fontMetrics()
        self.setMinimumSize(metrics.averageCharWidth() * 96, metrics.height() * 38)

        self.name_page = NamePage(ops, members, self)
        self.statement_page = StatementPage(self)
        self.consent_pages = {
            purpose: ConsentPage(purpose, self)
            for purpose in (
                ConsentPurpose.CONTACT_BETWEEN_MEETINGS,
                ConsentPurpose.KEEP_ATTENDANCE_HISTORY,
                ConsentPurpose.CHECKIN_PAIRING,
            )
        }
        self.journal_page = JournalPage(self)
        self.save_page = SavePage(self)
        self.setPage(self.PAGE_NAME, self.name_page)
        self.setPage(self.PAGE_STATEMENT, self.statement_page)
        self.setPage(self.PAGE_CONTACT, self.consent_pages[ConsentPurpose.CONTACT_BETWEEN_MEETINGS])
        self.setPage(
            self.PAGE_ATTENDANCE, self.consent_pages[ConsentPurpose.KEEP_ATTENDANCE_HISTORY]
        )
        self.setPage(self.PAGE_PAIRING, self.consent_pages[ConsentPurpose.CHECKIN_PAIRING])
        self.setPage(self.PAGE_JOURNAL, self.journal_page)
        self.setPage(self.PAGE_SAVE, self.save_page)
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            widget = self.button(button)
            widget.setAccessibleName(widget.text().replace("&", "").strip(" <>"))

    @property
    def contact_page(self) -> ConsentPage:
        return self.consent_pages[ConsentPurpose.CONTACT_BETWEEN_MEETINGS]

    def accept(self) -> None:
        """ "Enrol": save everything in one go; stay open and explain if it fails."""
        flow = self.enrolment
        if flow is None or self._saving:
            return
        service, method = self.service, self.save_page.method()
        self._saving = True
        finish = self.button(QWizard.WizardButton.FinishButton)
        finish.setEnabled(False)

        def saved(result: EnrolmentResult) -> None:
            self.member = result.member
            self.enrolled.emit(result.member, self.journal_page.wants_journal())
            QWizard.accept(self)

        def failed(exc: BaseException) -> None:
            show_error(self.save_page.error_label, describe(exc))

        def finished() -> None:
            self._saving = False
            finish.setEnabled(True)

        self._ops.collection(
            self,
            lambda _ctx: service.complete(flow, method=method),
            lambda result: (
                ChangeSet.of(RecordKind.MEMBER, result.member.id)
                | ChangeSet.of(RecordKind.CONSENT, result.member.id)
            ),
        ).on_success(saved).on_failure(failed).on_finished(finished).run()
