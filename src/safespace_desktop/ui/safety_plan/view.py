"""The layout of "My safety plan": one editable list per section, and a footer that
stays visible (save, print). It lays out and shows; the controller decides.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.model import SAFETY_PLAN_SECTIONS, SafetyPlan
from safespace_desktop.services.safety_plan import ITEM_MAX, ITEMS_MAX
from safespace_desktop.ui.safety_plan.printing import heading_for
from safespace_desktop.ui.widgets.editable_list import EditableList
from safespace_desktop.ui.widgets.flow_row import flow_row
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label, scaled_font
from safespace_desktop.ui.widgets.page_layout import PAGE_WIDTH_CHARS, chain_tab_order
from safespace_desktop.ui.widgets.stale_banner import StaleEditBanner


class SafetyPlanView(QWidget):
    """Edit, save and print the unlocked person's own plan."""

    edited = Signal()  # a line was added, changed, moved or removed, or is being typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyPlanPage")
        self.controller: QObject | None = None  # set by the package's page factory
        self.editors: dict[str, EditableList] = {}
        em = self.fontMetrics().height()

        title = heading_label(self.tr("My safety plan"), 1.6, weight=QFont.Weight.DemiBold)
        intro = paragraph_label(
            self.tr(
                "A safety plan is a short list, in your own words, of what helps when things "
                "feel like too much. Fill in as much or as little as you like, and change it "
                "whenever you want. When you need it, start at the top and keep going until "
                "you feel safer."
            )
        )
        privacy = paragraph_label(
            self.tr(
                "Your plan is sealed with your own key, so only you can open it. This app "
                "never contacts anyone for you. Press F2 at any time to come back to this "
                "page. If you are in danger right now, please call your local emergency number."
            )
        )
        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        column = QVBoxLayout()
        column.setSpacing(em // 2)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(privacy)
        hints = self._hints()
        previous: list[QWidget] = []
        for number, (name, _title) in enumerate(SAFETY_PLAN_SECTIONS, start=1):
            heading_text = heading_for(name, number)
            heading = QLabel(heading_text)
            heading.setFont(scaled_font(self.font(), 1.15, QFont.Weight.DemiBold))
            heading.setWordWrap(True)
            hint = paragraph_label(hints[name])
            editor = EditableList(heading_text, max_items=ITEMS_MAX, max_length=ITEM_MAX)
            editor.list.setAccessibleDescription(
                hints[name] + " " + editor.list.accessibleDescription()
            )
            heading.setBuddy(editor.list)
            editor.changed.connect(self.edited)
            editor.add_edit.textChanged.connect(lambda _text: self.edited.emit())
            self.editors[name] = editor
            previous += editor.widgets_in_tab_order()
            column.addSpacing(em * 2 // 3)
            column.addWidget(heading)
            column.addWidget(hint)
            column.addWidget(editor)
        column.addStretch(1)

        content = QWidget()
        content.setMaximumWidth(self.fontMetrics().averageCharWidth() * PAGE_WIDTH_CHARS)
        content.setLayout(column)
        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(em * 2, em * 3 // 2, em * 2, em * 3 // 2)
        holder_layout.addWidget(content, 1)
        holder_layout.addStretch(0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(holder)

        # Footer: always visible, whatever the scroll position --------------------------------
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("Whether your plan is saved"))
        self.save_button = QPushButton(self.tr("&Save my plan"))
        self.print_plan_button = QPushButton(self.tr("&Print the plan…"))
        self.print_card_button = QPushButton(self.tr("Print a &wallet card…"))
        printer_hint = self.tr("Printing asks first: shared printers can keep a copy.")
        for button in (self.print_plan_button, self.print_card_button):
            button.setAccessibleDescription(printer_hint)
            button.setToolTip(printer_hint)
        footer = QFrame()
        footer.setFrameShape(QFrame.Shape.NoFrame)
        footer.setAutoFillBackground(True)
        footer.setBackgroundRole(QPalette.ColorRole.Window)
        footer_layout = QVBoxLayout(footer)
        footer_layout.setContentsMargins(em * 2, em // 2, em * 2, em // 2)
        # Wraps onto a second line in a longer language or at 200 % zoom.
        self.state_label.setWordWrap(True)
        row = flow_row(
            self.save_button, self.state_label, self.print_plan_button, self.print_card_button
        )
        row.setSpacing(em // 2)
        # A save refused because the plan changed elsewhere first (with Reload).
        self.stale = StaleEditBanner(
            "reloadPlanButton", self.tr("Show your plan as saved instead of what you typed")
        )
        footer_layout.addWidget(self.message)
        footer_layout.addWidget(self.stale)
        footer_layout.addLayout(row)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(line)
        outer.addWidget(footer)

        chain_tab_order(
            [
                *previous,
                self.stale.reload_button,
                self.save_button,
                self.print_plan_button,
                self.print_card_button,
            ]
        )

    def nav_title(self) -> str:
        return self.tr("My safety plan")

    def _hints(self) -> dict[str, str]:
        return {
            "warning_signs": self.tr(
                "Thoughts, feelings, situations or things you notice in yourself when things "
                "start to get harder."
            ),
            "coping_on_my_own": self.tr(
                "Small things that help you feel a bit better by yourself, like a walk, music, "
                "a shower or slow breathing."
            ),
            "distractions": self.tr(
                "People you can be around and places you can go that take your mind off "
                "things, even for a little while."
            ),
            "people_to_ask": self.tr(
                "People you trust and can ask for help. You could add how to reach them."
            ),
            "professionals": self.tr(
                "Your doctor, a counsellor, a helpline or another service, with their number "
                "and when they are open."
            ),
            "safer_surroundings": self.tr(
                "Things you can do, perhaps with someone's help, to make where you are safer "
                "while things are hard."
            ),
            "reasons_for_living": self.tr(
                "The people, pets, hopes, plans and small things that matter to you and keep "
                "you going."
            ),
        }

    # -- reading and showing ---------------------------------------------------------------
    def current_plan(self) -> SafetyPlan:
        """The plan as it is on screen (lines typed but not yet added are not included)."""
        sections: dict[str, Any] = {name: e.items() for name, e in self.editors.items()}
        return SafetyPlan(**sections)

    def has_pending_lines(self) -> bool:
        return any(editor.pending_text() for editor in self.editors.values())

    def take_pending_lines(self) -> None:
        """Lines typed into an add field count too, as if Add had been pressed."""
        for editor in self.editors.values():
            if editor.pending_text():
                editor.add_typed_line()

    def show_plan(self, plan: SafetyPlan) -> None:
        """Show ``plan``, leaving sections that already show it untouched."""
        for name, editor in self.editors.items():
            if editor.items() != getattr(plan, name):
                editor.set_items(getattr(plan, name))

    def show_state(self, text: str, *, can_save: bool, can_print: bool) -> None:
        self.state_label.setText(text)
        self.save_button.setEnabled(can_save)
        self.print_plan_button.setEnabled(can_print)
        self.print_card_button.setEnabled(can_print)

    def set_busy(self, busy: bool) -> None:
        """While the plan is read: the lists wait, the footer says so."""
        self.scroll_area.setEnabled(not busy)
        if busy:
            self.state_label.setText(self.tr("Opening your plan…"))

    def show_stale(self, text: str) -> None:
        """Say that the plan changed elsewhere first (with Reload); "" hides it."""
        self.stale.say(text)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
