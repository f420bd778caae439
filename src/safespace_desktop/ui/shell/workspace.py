"""The unlocked person's space: navigation on the left, one page at a time.

Built fresh on every unlock and destroyed on lock, so no page, model, document or
undo history outlives the session. Pages are lazy: the navigation lists every page
this person may use, but a page is only built the first time it is shown, and it
loads its own data through a query operation. Unlocking builds one page, not seven.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.model import Principal
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.shell import page_registry

PageFactory = Callable[[SessionContext], QWidget]


@dataclass(frozen=True)
class PageSpec:
    """One entry of the navigation: a stable key, its title, and how to build the page."""

    key: str
    title: str
    factory: PageFactory
    tooltip: str = ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


def page_specs(principal: Principal) -> list[PageSpec]:
    """The pages this person may use, in navigation order. Nothing is built here."""
    pages = page_registry
    if principal.is_facilitator:
        return [
            # The facilitator home comes first (issue 9, attend): follow-ups, next meeting.
            PageSpec("home", _tr("Home"), pages.home_page),
            PageSpec("members", _tr("Members"), pages.members_page),
            PageSpec("pairs", _tr("Check-in pairs"), pages.pairs_page),
            PageSpec("agreement", _tr("Group agreement"), pages.agreement_page),
            PageSpec("meetings", _tr("Meetings"), pages.meetings_page),  # issue 9, meet
            PageSpec("resources", _tr("Coping resources"), pages.resources_page),  # issue 11
            PageSpec("crisis_lines", _tr("Crisis lines"), pages.crisis_lines_page),
            PageSpec("group_settings", _tr("Group settings"), pages.group_settings_page),
            PageSpec("backups", _tr("Backups"), pages.backups_page),  # backups (issue 14)
            PageSpec("sync", _tr("Sync"), pages.sync_page),  # sync (issue 12)
            # devices (#12)
            PageSpec("conflicts", _tr("Conflicts"), pages.conflicts_page),
            PageSpec(
                "devices",
                _tr("Devices"),
                pages.devices_page,
                _tr("Facilitators and the computers they sync from"),
            ),
            # reports (issue 13): name-free period reports
            PageSpec("reports", _tr("Reports"), pages.reports_page),
            # carekit (issue 13): the co-facilitator rota and the care kit
            PageSpec("rota", _tr("Rota"), pages.rota_page, _tr("Who leads each meeting")),
            PageSpec("care", _tr("Care kit"), pages.care_page, _tr("Looking after yourself")),
            PageSpec("journal", _tr("My reflections"), pages.journal_page),
            PageSpec("account", _tr("My account"), pages.account_page),
        ]
    return [
        PageSpec("journal", _tr("Journal"), pages.journal_page),
        PageSpec("mood", _tr("Mood over time"), pages.mood_page),
        PageSpec(
            "safety_plan",
            _tr("My safety plan"),
            pages.safety_plan_page,
            _tr("Your safety plan (F2 from anywhere)"),
        ),
        PageSpec("member_agreement", _tr("Group agreement"), pages.member_agreement_page),
        PageSpec("member_meetings", _tr("Meetings"), pages.member_meetings_page),  # issue 9, meet
        PageSpec(  # resources (issue 11)
            "member_resources", _tr("Coping resources"), pages.member_resources_page
        ),
        PageSpec("account", _tr("My account"), pages.account_page),
    ]


def read_only_banner() -> QLabel:
    """Why nothing can be saved, said once at the top of every page."""
    banner = QLabel(
        _tr(
            "This vault is on a disk that can't be written to (for example a locked SD card "
            "or USB stick), so it is open for reading only. You can read, search, print and "
            "export; changes can't be saved until the vault is on a writable disk."
        )
    )
    banner.setObjectName("readOnlyBanner")
    banner.setAccessibleName(_tr("Read-only vault"))
    banner.setWordWrap(True)
    banner.setFrameShape(QFrame.Shape.StyledPanel)
    banner.setContentsMargins(12, 8, 12, 8)
    return banner


class Workspace(QWidget):
    def __init__(
        self, context: SessionContext, group_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.context = context
        self.specs = page_specs(context.principal)
        self._built: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("workspaceNavigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.stack = QStackedWidget()
        for spec in self.specs:
            item = QListWidgetItem(spec.title)
            if spec.tooltip:
                item.setToolTip(spec.tooltip)
            self.nav.addItem(item)
            # An empty stand-in keeps the stack's indexes equal to the navigation's rows
            # until the real page is built on first show.
            stand_in = QWidget()
            stand_in.setObjectName(f"unbuilt-{spec.key}")
            self.stack.addWidget(stand_in)
        self.nav.currentRowChanged.connect(self._show_row)
        self._fit_navigation()

        self.group_label = QLabel(group_name)
        self.group_label.setObjectName("groupName")
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.group_label.setFont(font)
        self.group_label.setWordWrap(True)
        self.group_label.setAccessibleName(self.tr("Group"))
        self.group_label.setContentsMargins(8, 8, 8, 8)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.group_label)
        side.addWidget(self.nav, 1)
        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        self.read_only_banner: QLabel | None = None
        if context.vault.read_only:
            self.read_only_banner = read_only_banner()
            main.addWidget(self.read_only_banner)
        main.addWidget(self._fitting(self.stack), 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(side)
        layout.addLayout(main, 1)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        # The safety plan is one key away from anywhere in the person's space (F2).
        self.safety_plan_action: QAction | None = None
        if self.has_page("safety_plan"):
            action = QAction(self.tr("Open my safety plan"), self)
            action.setShortcut(QKeySequence(Qt.Key.Key_F2))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda: self.show_page("safety_plan"))
            self.addAction(action)
            self.safety_plan_action = action

        # The crisis lines are one key away too, as on the lock screen (F1, W8).
        self.crisis_dialog: QWidget | None = None
        self.crisis_lines_action = QAction(self.tr("Crisis lines"), self)
        self.crisis_lines_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.crisis_lines_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.crisis_lines_action.triggered.connect(self.show_crisis_lines)
        self.addAction(self.crisis_lines_action)

        self.nav.setCurrentRow(0)

    @staticmethod
    def _fitting(stack: QStackedWidget) -> QScrollArea:
        """i18n (issue 14): a page that needs more room than the window has (200 % zoom,
        a longer language) scrolls, instead of growing the window past the screen. Only
        the page on show counts (``_only_current_counts``)."""
        scroll = QScrollArea()
        scroll.setObjectName("pageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(stack)
        return scroll

    def _only_current_counts(self) -> None:
        """A stack is as big as its biggest page; hidden pages ask for no room here."""
        current = self.stack.currentWidget()
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            wanted = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            if page is not None and page.sizePolicy().horizontalPolicy() != wanted:
                page.setSizePolicy(wanted, wanted)

    def _fit_navigation(self) -> None:
        """Size the section list to its titles at the current text size (zoom)."""
        metrics = self.nav.fontMetrics()
        row_height = metrics.height() * 2
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            item.setSizeHint(QSize(metrics.horizontalAdvance(item.text()), row_height))
        width = self.nav.sizeHintForColumn(0) + metrics.averageCharWidth() * 3
        self.nav.setFixedWidth(max(width, metrics.averageCharWidth() * 16))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_navigation()

    # ------------------------------------------------------------------ pages
    @property
    def pages(self) -> list[QWidget]:
        """The pages built so far, in navigation order."""
        return [self._built[s.key] for s in self.specs if s.key in self._built]

    def has_page(self, key: str) -> bool:
        return any(spec.key == key for spec in self.specs)

    def page(self, key: str) -> QWidget:
        """The page ``key``, built now if it was not yet."""
        row = self._row_of(key)
        return self._ensure_built(row)

    def show_page(self, key: str) -> QWidget:
        row = self._row_of(key)
        page = self._ensure_built(row)
        self.nav.setCurrentRow(row)
        return page

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def set_group_name(self, name: str) -> None:
        self.group_label.setText(name)

    def _row_of(self, key: str) -> int:
        for row, spec in enumerate(self.specs):
            if spec.key == key:
                return row
        raise KeyError(key)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self._ensure_built(row)
        self.stack.setCurrentIndex(row)
        self._only_current_counts()  # i18n (issue 14)

    def _ensure_built(self, row: int) -> QWidget:
        spec = self.specs[row]
        built = self._built.get(spec.key)
        if built is not None:
            return built
        page = spec.factory(self.context)
        page.setObjectName(page.objectName() or f"page-{spec.key}")
        stand_in = self.stack.widget(row)
        current = self.stack.currentIndex()
        self.stack.insertWidget(row, page)
        if stand_in is not None:
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        if current == row:
            self.stack.setCurrentIndex(row)
        self._built[spec.key] = page
        self._only_current_counts()  # i18n (issue 14)
        return page

    # ------------------------------------------------------------------ crisis lines
    def show_crisis_lines(self) -> None:
        from safespace_desktop.core.roster import today_from
        from safespace_desktop.services.crisis_lines import CrisisLine, CrisisLinesService
        from safespace_desktop.ui.dialogs.crisis_lines import CrisisLinesDialog

        vault = self.context.vault

        def show(lines: list[CrisisLine]) -> None:
            dialog = CrisisLinesDialog(lines, self, today=today_from(vault.clock.now()))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.crisis_dialog = dialog
            dialog.open()

        self.context.ops.query(
            self, lambda _ctx: CrisisLinesService(vault).list_lines()
        ).on_success(show).run()
