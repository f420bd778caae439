"""The right side of the Members page: an empty roster, nobody chosen, or one member.

The member page scrolls (title, status, the form, consent, journal, leaving) above a
Save row that always stays in view. It only lays out.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.ui.members.banners import DraftBanner, StaleBanner
from safespace_desktop.ui.members.form_panel import MemberForm, message_line
from safespace_desktop.ui.members.sections import ConsentSection, JournalSection, LeavingSection
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.wording.placeholders import fill


def _rule() -> QFrame:
    rule = QFrame()
    rule.setFrameShape(QFrame.Shape.HLine)
    rule.setFrameShadow(QFrame.Shadow.Sunken)
    return rule


def _centred_page(heading: str, text: str, unit: int, *extra: QWidget) -> QWidget:
    page = QWidget()
    title = heading_label(heading, 1.25)
    title.setAlignment(Qt.AlignmentFlag.AlignCenter)
    words = QLabel(text)
    words.setWordWrap(True)
    words.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    layout.addWidget(title)
    layout.addSpacing(unit // 2)
    layout.addWidget(words)
    for widget in extra:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(widget)
        row.addStretch(1)
        layout.addSpacing(unit)
        layout.addLayout(row)
    layout.addStretch(2)
    return page


class MemberPage(QWidget):
    """One member (or a new one): scrolling details above a Save row kept in view."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberDetail")
        unit = self.fontMetrics().height()
        self.pane_title = heading_label("", 1.25)
        self.pane_title.setObjectName("memberTitle")
        self.pane_title.setWordWrap(True)
        self.pane_status = QLabel()
        self.pane_status.setObjectName("memberStatusLine")
        self.pane_status.setWordWrap(True)
        self.pane_status.setTextFormat(Qt.TextFormat.PlainText)
        self.draft_banner = DraftBanner()
        self.form = MemberForm(today)
        self.consent = ConsentSection()
        self.consent_new_text = paragraph_label(
            self.tr(
                "Once they are saved you can record their consent here. For a newcomer, "
                "“Enrol a newcomer…” goes through everything with them."
            )
        )
        self.journal = JournalSection()
        self.leaving = LeavingSection()
        self.journal_rule = _rule()
        self.leaving_rule = _rule()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(unit // 2, unit // 2, unit, unit // 2)
        layout.setSpacing(unit // 2)
        layout.addWidget(self.pane_title)
        layout.addWidget(self.pane_status)
        layout.addWidget(self.draft_banner)
        layout.addWidget(self.form)
        layout.addWidget(_rule())
        layout.addWidget(self.consent)
        layout.addWidget(self.consent_new_text)
        layout.addWidget(self.journal_rule)
        layout.addWidget(self.journal)
        layout.addWidget(self.leaving_rule)
        layout.addWidget(self.leaving)
        layout.addStretch(1)

        self.form_scroll = QScrollArea()
        self.form_scroll.setObjectName("memberScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(content)

        # -- the save row stays in view below the scrolling form -----------------------
        self.form_error = message_line("memberFormError")
        self.stale_banner = StaleBanner()
        save_keys = QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveMemberButton")
        self.save_button.setToolTip(fill(self.tr("Save these details (%1)"), save_keys))
        self.discard_button = QPushButton(self.tr("Dis&card changes"))
        self.discard_button.setObjectName("discardChangesButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        self.save_row = QWidget()
        save_layout = QVBoxLayout(self.save_row)
        save_layout.setContentsMargins(unit // 2, unit // 4, unit // 2, 0)
        save_layout.setSpacing(unit // 4)
        save_layout.addWidget(self.stale_banner)
        save_layout.addWidget(self.form_error)
        save_layout.addLayout(buttons)

        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(self.form_scroll, 1)
        page_layout.addWidget(_rule())
        page_layout.addWidget(self.save_row)

    def focus_order(self) -> list[QWidget]:
        return [
            self.draft_banner.restore_button,
            self.draft_banner.discard_button,
            *self.form.focus_order(),
            *self.consent.consent_buttons.values(),
            self.consent.consent_table,
            self.journal.invite_button,
            self.journal.reissue_button,
            self.journal.withdraw_button,
            self.leaving.archive_button,
            self.leaving.forget_button,
            self.stale_banner.reload_button,
            self.save_button,
            self.discard_button,
        ]


class DetailPanel(QStackedWidget):
    """Empty roster, nobody chosen, or the member page."""

    EMPTY_ROSTER = 0
    NOTHING_SELECTED = 1
    MEMBER = 2

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberDetailPanel")
        unit = self.fontMetrics().height()
        self.first_member_button = QPushButton(self.tr("Add the &first member"))
        self.first_member_button.setObjectName("addFirstMemberButton")
        self.empty_state = _centred_page(
            self.tr("No one on the roster yet."),
            self.tr(
                "Add the first member to start your group's roster. An alias or a first "
                "name is enough, and only facilitators can see it."
            ),
            unit,
            self.first_member_button,
        )
        self.empty_state.setObjectName("emptyRoster")
        self.nothing_selected = _centred_page(
            self.tr("Nobody chosen"),
            self.tr(
                "Choose someone in the list to see and edit their details, or add a new member."
            ),
            unit,
        )
        self.nothing_selected.setObjectName("nobodyChosen")
        self.member_page = MemberPage(today)
        self.addWidget(self.empty_state)
        self.addWidget(self.nothing_selected)
        self.addWidget(self.member_page)
