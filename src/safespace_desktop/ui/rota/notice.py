"""The short "needs cover" line on the facilitator Home page (issue 13): hidden while
every upcoming meeting has someone to lead it, and with a button to open the Rota."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QWidget

from safespace_desktop.services.rota import RotaOverview, RotaService
from safespace_desktop.ui.care.navigation import show_page
from safespace_desktop.ui.rota import wording
from safespace_desktop.ui.rota.controller import FOLLOWS
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.headings import paragraph_label


class RotaNotice(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rotaNotice")
        self.controller: QObject | None = None
        self.text = paragraph_label()
        self.text.setObjectName("rotaNeedsCover")
        self.text.setAccessibleName(self.tr("Meetings that need cover"))
        self.open_button = QPushButton(self.tr("Open the ro&ta"))
        self.open_button.setObjectName("openRotaButton")
        self.open_button.setAccessibleName(self.tr("Open the rota"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        self.setVisible(False)

    def say(self, text: str) -> None:
        self.text.setText(text)
        self.setVisible(bool(text))


class RotaNoticeController(QObject):
    def __init__(self, context: SessionContext, notice: RotaNotice) -> None:
        super().__init__(notice)
        self.context = context
        self.notice = notice
        self.service = RotaService(context.vault)
        notice.open_button.clicked.connect(self.open_rota)
        context.changes.follow(notice, FOLLOWS, lambda _c: self.load())
        self.load()

    def load(self) -> None:
        service = self.service
        self.context.ops.query(self.notice, lambda _ctx: service.overview()).on_success(
            self._show
        ).on_failure(lambda _exc: self.notice.say("")).run()

    def _show(self, overview: RotaOverview) -> None:
        self.notice.say(wording.needs_cover_line(overview))

    def open_rota(self) -> None:
        show_page(self.notice, "rota")


def attach_rota_notice(context: SessionContext, anchor: QWidget) -> RotaNotice:
    """Put the notice right below ``anchor`` (a widget in a vertical layout)."""
    notice = RotaNotice()
    parent = anchor.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(layout.indexOf(anchor) + 1, notice)
    notice.controller = RotaNoticeController(context, notice)
    return notice
