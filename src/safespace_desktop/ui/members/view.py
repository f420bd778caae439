"""The Members page: the roster on the left, one person's details on the right.

The view only lays out (panels in ``list_panel``, ``detail_panel``, ``form_panel``,
``sections`` and ``banners``) and keeps track of the dialogs it shows. The
``MembersController`` decides everything and calls the services through operations.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFrame, QVBoxLayout, QWidget

from safespace_desktop.ui.members.banners import Notice, RetentionBanner
from safespace_desktop.ui.members.detail_panel import DetailPanel
from safespace_desktop.ui.members.list_panel import ListPanel
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order
from safespace_desktop.ui.widgets.read_only import describe
from safespace_desktop.ui.widgets.responsive import ResponsiveSplitter
from safespace_desktop.ui.widgets.undo_bar import UndoBar

# Names of the dialogs the page tracks (``view.dialog(name)``).
INVITATION = "invitation"
ENROLMENT = "enrolment"
CONSENT = "consent"
FORGET = "forget"
RETENTION = "retention"
IMPORT = "import"
EXPORT = "export"


class MembersView(QWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("membersPage")
        self.controller: QObject | None = None  # set by ``members_page``
        self._dialogs: dict[str, QDialog] = {}
        unit = self.fontMetrics().height()

        title = heading_label(self.tr("Members"), 1.7)
        subtitle = paragraph_label(
            self.tr(
                "Your group's roster. It is kept encrypted on this computer, "
                "and only facilitators can open it."
            )
        )
        self.notice = Notice()
        self.retention_banner = RetentionBanner()
        self.undo_bar = UndoBar()
        self.undo_bar.setObjectName("rosterUndo")

        self.list = ListPanel()
        self.detail = DetailPanel(today)
        self.member = self.detail.member_page
        self.form = self.member.form
        detail_frame = QFrame()
        detail_frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(detail_frame)
        frame_layout.setContentsMargins(unit // 2, unit // 2, unit // 2, unit // 2)
        frame_layout.addWidget(self.detail)
        detail_frame.setMinimumWidth(self.fontMetrics().averageCharWidth() * 46)

        # Side by side when there is room; the details below the list at 200 % zoom.
        self.splitter = ResponsiveSplitter()
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(detail_frame)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(int(unit * 1.5), unit, int(unit * 1.5), unit)
        outer.setSpacing(unit // 2)
        outer.addWidget(title)
        outer.addWidget(subtitle)
        outer.addWidget(self.notice)
        outer.addWidget(self.retention_banner)
        outer.addWidget(self.undo_bar)
        outer.addWidget(self.splitter, 1)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(context)
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(context)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.setContext(context)

        chain_tab_order(
            [
                self.retention_banner.review_button,
                self.undo_bar.undo_button,
                self.undo_bar.dismiss_button,
                self.list.search_edit,
                self.list.show_archived_check,
                self.list.add_button,
                self.list.enrol_button,
                self.list.import_button,
                self.list.export_button,
                self.list.table,
                self.detail.first_member_button,
                *self.member.focus_order(),
            ]
        )

    def nav_title(self) -> str:
        return self.tr("Members")

    # ------------------------------------------------------------------ showing
    def show_pane(self, index: int) -> None:
        self.detail.setCurrentIndex(index)
        self.save_shortcut.setEnabled(index == DetailPanel.MEMBER)

    def showing_member(self) -> bool:
        return self.detail.currentIndex() == DetailPanel.MEMBER

    def set_busy(self, busy: bool) -> None:
        self.list.set_busy(busy)

    def focus_search(self) -> None:
        self.list.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list.search_edit.selectAll()

    def show_field_error(self, field: str, message: str) -> None:
        """Put ``message`` under the field it is about (or above Save) and go there."""
        label, widget = self.form.error_targets().get(
            field, (self.member.form_error, self.form.name_edit)
        )
        label.setText("⚠ " + message)
        label.show()
        describe(widget, message)  # a read-only vault's reason stays
        widget.setFocus()
        self.member.form_scroll.ensureWidgetVisible(widget)

    def show_stale(self, message: str) -> None:
        """Say above Save that the entry changed first (with Reload); "" hides it."""
        self.member.stale_banner.say(message)

    def show_error(self, message: str) -> None:
        """A problem not tied to a field: above Save when the form is open, else on top."""
        if self.showing_member() and self.member.save_row.isVisible():
            self.member.form_error.setText("⚠ " + message)
            self.member.form_error.show()
        else:
            self.notice.say(message)

    # ------------------------------------------------------------------ dialogs
    def open_dialog(self, name: str, dialog: QDialog) -> None:
        """Open a window-modal dialog, tracked as ``dialog(name)`` until it closes (tests
        and "raise the open one" read it); it deletes itself when closed."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def forget() -> None:
            if self._dialogs.get(name) is dialog:
                del self._dialogs[name]

        dialog.finished.connect(forget)
        dialog.destroyed.connect(forget)
        self._dialogs[name] = dialog
        dialog.open()

    def dialog(self, name: str) -> QDialog | None:
        """The tracked dialog ``name`` while it is open."""
        return self._dialogs.get(name)
