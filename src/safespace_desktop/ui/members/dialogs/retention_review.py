"""The retention reminder: people who left long ago, each with a Forget button.

It lists no more than needed (the name, and when they left). Forgetting still goes
through the two-step confirmation: the dialog only emits ``forget_requested(id)``
and the Members page does the rest, then hands back the shorter list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.wording.dates import format_date
from safespace_desktop.ui.wording.placeholders import fill


@dataclass(frozen=True)
class RetentionRow:
    member_id: str
    name: str  # with the hint that tells two people of the same name apart
    left_on: date | None


def months_phrase(months: int) -> str:
    if months == 1:
        return QCoreApplication.translate("Retention", "1 month")
    return fill(QCoreApplication.translate("Retention", "%1 months"), months)


class RetentionReviewDialog(QDialog):
    forget_requested = Signal(str)  # member id

    def __init__(
        self, months: int, rows: list[RetentionRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("People who left a while ago"))
        unit = self.fontMetrics().height()
        self._months = months
        heading = heading_label(self.tr("People who left a while ago"), 1.3)
        self.intro = paragraph_label()
        self.empty_label = paragraph_label(
            self.tr("Nobody is waiting for review now. Thank you for looking after this.")
        )
        self.forget_buttons: dict[str, QPushButton] = {}

        self._list_holder = QWidget()
        self._grid = QGridLayout(self._list_holder)
        self._grid.setColumnStretch(0, 1)
        self._grid.setHorizontalSpacing(unit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(self._list_holder)
        scroll.setMinimumHeight(unit * 8)
        self._scroll = scroll

        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(unit * 3 // 2, unit * 3 // 2, unit * 3 // 2, unit)
        layout.setSpacing(unit * 2 // 3)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.set_rows(rows)

    def set_rows(self, rows: list[RetentionRow]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.forget_buttons = {}
        self.intro.setText(
            fill(
                self.tr(
                    "These people left the group more than %1 ago. Unless they asked you to "
                    "keep their details, you may want to forget them now. Nothing is "
                    "forgotten without you choosing it."
                ),
                months_phrase(self._months),
            )
        )
        for row, person in enumerate(rows):
            name = QLabel(person.name)
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setWordWrap(True)
            left = QLabel(
                fill(self.tr("left on %1"), format_date(person.left_on))
                if person.left_on is not None
                else self.tr("left, date not recorded")
            )
            button = QPushButton(self.tr("Forget…"))
            button.setAccessibleName(fill(self.tr("Forget %1"), person.name))
            button.clicked.connect(
                lambda _checked=False, member_id=person.member_id: self.forget_requested.emit(
                    member_id
                )
            )
            self.forget_buttons[person.member_id] = button
            self._grid.addWidget(name, row, 0)
            self._grid.addWidget(left, row, 1)
            self._grid.addWidget(button, row, 2)
        self._grid.setRowStretch(len(rows), 1)
        self._scroll.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self.intro.setVisible(bool(rows))
