"""First run: the vault picker and the wizard that creates a group vault.

The wizard is driven the way a person would: typing, clicking Next, using "Suggest a
passphrase", re-typing one group of the recovery code. The vault it makes is then
locked and unlocked again with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QListWidget, QWidget, QWizard
from pytestqt.qtbot import QtBot

from safespace_desktop.core.errors import WrongPassphrase
from safespace_desktop.core.model import NewAccount, Role, VaultSummary
from safespace_desktop.crypto import passphrase as policy
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE, KdfParams
from safespace_desktop.paths import VAULT_SUFFIX, AppPaths
from safespace_desktop.services.directory import VaultDirectory
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.dialogs.first_run_wizard import FirstRunWizard
from safespace_desktop.ui.runtime.tasks import TaskRunner
from safespace_desktop.ui.screens.welcome import WelcomeScreen
from safespace_desktop.ui.wording.errors import describe_problem

pytestmark = pytest.mark.gui

Calibrate = Callable[..., KdfParams]


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data")


@pytest.fixture
def directory(paths: AppPaths) -> VaultDirectory:
    return VaultDirectory(paths)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


class FastCalibration:
    """Stands in for kdf.calibrate: reports progress like it, returns the test profile."""

    def __init__(self, fail_first: bool = False) -> None:
        self.calls = 0
        self.fail_first = fail_first

    def __call__(self, *, progress: Callable[[int, int], None]) -> KdfParams:
        self.calls += 1
        if self.fail_first and self.calls == 1:
            raise OSError("no space left on device")
        progress(1, 2)
        progress(2, 2)
        return FAST_TEST_PROFILE


def vault_files(paths: AppPaths) -> list[Path]:
    if not paths.data_dir.exists():
        return []
    return sorted(paths.data_dir.rglob(f"*{VAULT_SUFFIX}*"))


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_next(qtbot: QtBot, wizard: QWizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def wrong_group(expected: str) -> str:
    return "ZZZZ" if expected != "ZZZZ" else "YYYY"


def fill_first_pages(qtbot: QtBot, wizard: FirstRunWizard, secret: str) -> None:
    click_next(qtbot, wizard)
    qtbot.keyClicks(wizard.names_page.label_edit, "Tuesday group")
    qtbot.keyClicks(wizard.names_page.group_edit, "Riverside Circle")
    click_next(qtbot, wizard)
    qtbot.keyClicks(wizard.account_page.handle_edit, "robin")
    qtbot.keyClicks(wizard.account_page.passphrase.passphrase.edit, secret)
    qtbot.keyClicks(wizard.account_page.passphrase.confirm.edit, secret)


def test_a_person_creates_a_vault_and_it_unlocks_with_what_they_typed(
    qtbot: QtBot, directory: VaultDirectory, paths: AppPaths, runner: TaskRunner
) -> None:
    calibrate = FastCalibration()
    wizard = FirstRunWizard(directory, runner, calibrate)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert wizard.currentId() == FirstRunWizard.PAGE_WELCOME

    # Page 2: labels. Next waits for both.
    click_next(qtbot, wizard)
    assert wizard.currentId() == FirstRunWizard.PAGE_NAMES
    assert not next_button.isEnabled()
    qtbot.keyClicks(wizard.names_page.label_edit, "Riverside Circle Tuesdays")
    qtbot.keyClicks(wizard.names_page.group_edit, "Riverside Circle")
    assert wizard.names_page.reveal_warning.isVisible()  # the label gives the name away
    wizard.names_page.label_edit.clear()
    qtbot.keyClicks(wizard.names_page.label_edit, "Tuesday group")
    assert not wizard.names_page.reveal_warning.isVisible()
    assert next_button.isEnabled()
    click_next(qtbot, wizard)

    # Page 3: handle and passphrase. A short one is explained and blocks Next.
    assert wizard.currentId() == FirstRunWizard.PAGE_ACCOUNT
    page = wizard.account_page
    qtbot.keyClicks(page.handle_edit, "robin")
    qtbot.keyClicks(page.passphrase.passphrase.edit, "too short")
    qtbot.keyClicks(page.passphrase.confirm.edit, "too short")
    expected_problem = policy.problem("too short")
    assert expected_problem is not None
    assert page.passphrase.feedback.text() == describe_problem(expected_problem, "passphrase")
    assert "at least 15 characters (this has 9)" in page.passphrase.feedback.text()
    assert not next_button.isEnabled()

    click(qtbot, page.passphrase.suggest_button)
    suggested = page.passphrase.passphrase.text()
    assert policy.problem(suggested) is None
    assert page.passphrase.confirm.text() == suggested
    assert page.passphrase.passphrase.edit.echoMode() == QLineEdit.EchoMode.Normal
    assert page.passphrase.feedback.text().startswith("✓")
    assert next_button.isEnabled()

    # Page 4: keys are protected on the worker thread, then page 5 comes by itself.
    with qtbot.waitSignal(wizard.currentIdChanged):
        click_next(qtbot, wizard)
    assert wizard.currentId() == FirstRunWizard.PAGE_PROTECT
    qtbot.waitUntil(lambda: wizard.currentId() == FirstRunWizard.PAGE_CODE)
    assert calibrate.calls == 1
    assert wizard.protect_page.bar.value() == wizard.protect_page.bar.maximum()
    assert len(vault_files(paths)) >= 1
    assert not page.passphrase.passphrase.text()  # not kept once the keys are protected

    # Page 5: no way back, and Finish waits for the asked group.
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    panel = wizard.code_page.panel
    assert panel is not None
    assert not finish.isEnabled()
    qtbot.keyClicks(panel.check_edit, wrong_group(panel.expected_group()))
    assert "doesn't match" in panel.feedback.text()
    assert not finish.isEnabled()
    panel.check_edit.clear()
    qtbot.keyClicks(panel.check_edit, panel.expected_group().lower())
    assert finish.isEnabled()

    with qtbot.waitSignal(wizard.vault_created) as created:
        click(qtbot, finish)
    vault, account = created.args
    assert isinstance(vault, Vault)
    assert isinstance(account, NewAccount)
    try:
        assert account.principal.role is Role.FACILITATOR
        files = sorted(paths.vaults_dir.glob(f"*{VAULT_SUFFIX}"))
        assert files == [vault.path]
        assert [s.label for s in directory.list_vaults()] == ["Tuesday group"]

        vault.lock()
        with pytest.raises(WrongPassphrase):
            vault.unlock("robin", "too short but wrong anyway")
        outcome = vault.unlock("robin", suggested)
        assert outcome.principal.role is Role.FACILITATOR
        assert vault.settings().group_name == "Riverside Circle"
    finally:
        vault.close()


def test_cancelling_before_creation_leaves_nothing_on_disk(
    qtbot: QtBot, directory: VaultDirectory, paths: AppPaths, runner: TaskRunner
) -> None:
    calibrate = FastCalibration()
    wizard = FirstRunWizard(directory, runner, calibrate)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_first_pages(qtbot, wizard, "lantern meadow pebble harbour")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    with qtbot.waitSignal(wizard.rejected):
        click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert not wizard.isVisible()
    assert calibrate.calls == 0
    assert vault_files(paths) == []
    assert directory.list_vaults() == []


def test_a_failure_is_explained_and_trying_again_works(
    qtbot: QtBot, directory: VaultDirectory, paths: AppPaths, runner: TaskRunner
) -> None:
    calibrate = FastCalibration(fail_first=True)
    wizard = FirstRunWizard(directory, runner, calibrate)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_first_pages(qtbot, wizard, "lantern meadow pebble harbour")
    click_next(qtbot, wizard)
    page = wizard.protect_page
    qtbot.waitUntil(lambda: page.retry_button.isVisible())
    assert "disk" in page.error_box.text_label.text()  # kind words, not the raw error
    assert "no space left" not in page.error_box.text_label.text()
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    assert vault_files(paths) == []

    click(qtbot, page.retry_button)
    qtbot.waitUntil(lambda: wizard.currentId() == FirstRunWizard.PAGE_CODE)
    assert calibrate.calls == 2
    # Once the vault exists, closing the wizard is refused until the code is confirmed.
    wizard.reject()
    assert wizard.isVisible()
    panel = wizard.code_page.panel
    assert panel is not None
    qtbot.keyClicks(panel.check_edit, panel.expected_group())
    with qtbot.waitSignal(wizard.vault_created) as created:
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    vault = created.args[0]
    vault.close()
    assert len(sorted(paths.vaults_dir.glob(f"*{VAULT_SUFFIX}"))) == 1


def test_back_and_cancel_are_off_while_keys_are_being_made(
    qtbot: QtBot, directory: VaultDirectory, runner: TaskRunner
) -> None:
    import threading

    release = threading.Event()

    def slow_calibrate(*, progress: Callable[[int, int], None]) -> KdfParams:
        progress(1, 4)
        release.wait(10)
        return FAST_TEST_PROFILE

    wizard = FirstRunWizard(directory, runner, slow_calibrate)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_first_pages(qtbot, wizard, "lantern meadow pebble harbour")
    click_next(qtbot, wizard)
    try:
        qtbot.waitUntil(lambda: wizard.protect_page.bar.value() > 0)
        assert wizard.is_creating
        assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
        assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
        wizard.reject()  # Escape or the window's close button
        assert wizard.isVisible()
    finally:
        release.set()
    qtbot.waitUntil(lambda: wizard.currentId() == FirstRunWizard.PAGE_CODE)
    panel = wizard.code_page.panel
    assert panel is not None
    qtbot.keyClicks(panel.check_edit, panel.expected_group())
    with qtbot.waitSignal(wizard.vault_created) as created:
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    created.args[0].close()


# ---------------------------------------------------------------- welcome / vault picker


def make_vaults(directory: VaultDirectory) -> list[tuple[str, str, str]]:
    made = [
        ("Tuesday group", "Hearing Voices Riverside", "marigold"),
        ("Room 4 evenings", "Grief Circle North", "kestrel"),
        ("Blue folder", "Recovery Friends", "sparrow"),
    ]
    for label, group_name, handle in made:
        vault, _account = directory.create_vault(
            label=label,
            group_name=group_name,
            handle=handle,
            passphrase_text="lantern meadow pebble harbour",
            params=FAST_TEST_PROFILE,
        )
        vault.close()
    return made


def every_visible_string(root: QWidget) -> list[str]:
    strings: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        strings += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            strings.append(widget.text())
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                strings += [item.text(), item.toolTip()]
    return [s for s in strings if s]


def test_welcome_shows_only_neutral_labels(qtbot: QtBot, directory: VaultDirectory) -> None:
    made = make_vaults(directory)
    screen = WelcomeScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.set_vaults(directory.list_vaults())

    assert screen.vault_list.accessibleName() == "Vaults on this computer"
    assert screen.vault_list.isVisible()
    assert sorted(screen.vault_labels()) == sorted(label for label, _, _ in made)
    text = "\n".join(every_visible_string(screen)).casefold()
    for _label, group_name, handle in made:
        assert group_name.casefold() not in text
        assert handle.casefold() not in text


def test_welcome_opens_the_chosen_vault_with_enter_double_click_or_button(
    qtbot: QtBot, directory: VaultDirectory
) -> None:
    make_vaults(directory)
    summaries = directory.list_vaults()
    screen = WelcomeScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.set_vaults(summaries)
    assert screen.open_button.isEnabled()

    screen.vault_list.setCurrentRow(1)
    with qtbot.waitSignal(screen.open_requested) as opened:
        qtbot.keyClick(screen.vault_list, Qt.Key.Key_Return)
    assert opened.args == [summaries[1]]

    item_rect = screen.vault_list.visualItemRect(screen.vault_list.item(2))
    viewport = screen.vault_list.viewport()
    with qtbot.waitSignal(screen.open_requested) as opened:
        # A double-click is a click followed by a double-click event, as Qt delivers it.
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=item_rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=item_rect.center())
    assert opened.args == [summaries[2]]

    screen.vault_list.setCurrentRow(0)
    with qtbot.waitSignal(screen.open_requested) as opened:
        click(qtbot, screen.open_button)
    assert isinstance(opened.args[0], VaultSummary)
    assert opened.args == [summaries[0]]

    with qtbot.waitSignal(screen.create_requested):
        click(qtbot, screen.create_button)
    with qtbot.waitSignal(screen.demo_requested):
        click(qtbot, screen.demo_button)


def test_welcome_with_no_vaults_is_a_first_run_welcome(qtbot: QtBot) -> None:
    screen = WelcomeScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.set_vaults([])
    assert not screen.vault_list.isVisible()
    assert not screen.open_button.isVisible()
    assert screen.title_label.text() == "Welcome to SafeSpace"
    assert screen.create_button.isVisible()
    assert screen.demo_button.isVisible()
    assert "passphrases are shown" in screen.demo_button.description()
    with qtbot.waitSignal(screen.create_requested):
        click(qtbot, screen.create_button)
    with qtbot.waitSignal(screen.demo_requested):
        click(qtbot, screen.demo_button)


# ---------------------------------------------------------------- keyboard and screen readers


def _mnemonic(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].casefold() if index >= 0 else None


def _check_names_and_mnemonics(root: QWidget, always_shown: tuple[QWidget, ...] = ()) -> None:
    seen: dict[str, str] = {}
    for widget in [*root.findChildren(QWidget), *always_shown]:
        shown = widget in always_shown or widget.isVisibleTo(root)
        if isinstance(widget, QAbstractButton):
            assert widget.text() or widget.accessibleName(), widget
        if isinstance(widget, QLineEdit | QListWidget):
            assert widget.accessibleName(), widget
        if isinstance(widget, QLabel | QAbstractButton) and shown:
            key = _mnemonic(widget.text())
            if key is not None:
                assert key not in seen, f"{widget.text()!r} and {seen[key]!r} share Alt+{key}"
                seen[key] = widget.text()
        if isinstance(widget, QLabel) and _mnemonic(widget.text()):
            assert widget.buddy() is not None, widget.text()


def test_every_control_has_a_name_and_mnemonics_are_unique(
    qtbot: QtBot, directory: VaultDirectory, runner: TaskRunner
) -> None:
    from safespace_desktop.ui.screens.claim_invitation import ClaimInvitationScreen
    from safespace_desktop.ui.screens.recover_account import RecoverAccountScreen

    for screen in (WelcomeScreen(), ClaimInvitationScreen(), RecoverAccountScreen()):
        qtbot.addWidget(screen)
        screen.show()
        _check_names_and_mnemonics(screen)

    wizard = FirstRunWizard(directory, runner, FastCalibration())
    qtbot.addWidget(wizard)
    wizard.show()
    buttons = tuple(
        wizard.button(button)
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CancelButton,
        )
    )
    for page_id in wizard.pageIds():
        _check_names_and_mnemonics(wizard.page(page_id), buttons)


def test_the_label_and_group_name_say_when_they_are_full(
    qtbot: QtBot, directory: VaultDirectory, runner: TaskRunner
) -> None:
    """Issue 8: the label was cut to 60 characters without a word."""
    wizard = FirstRunWizard(directory, runner, FastCalibration())
    qtbot.addWidget(wizard)
    wizard.show()
    click_next(qtbot, wizard)
    names = wizard.names_page
    assert not names.label_limit.isVisible() and not names.group_limit.isVisible()
    qtbot.keyClicks(names.label_edit, "Tuesday group in the room at the back " * 3)
    assert len(names.label_edit.text()) == names.label_edit.maxLength() == 60
    assert names.label_limit.isVisible() and "60 characters" in names.label_limit.text()
    qtbot.keyClicks(names.group_edit, "g" * (names.group_edit.maxLength() + 1))
    assert names.group_limit.isVisible()
    qtbot.keyClick(names.label_edit, Qt.Key.Key_Backspace)
    assert not names.label_limit.isVisible()


def test_the_worker_never_holds_the_wizard(
    qtbot: QtBot,
    directory: VaultDirectory,
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Review finding: the creation work was the wizard's bound method ``_create``. Now it
    is a typed operation whose work reaches no Qt object at all."""
    from PySide6.QtCore import QObject

    queued: list[object] = []
    real_submit = TaskRunner.submit_op

    def recording_submit(self: TaskRunner, job, **kwargs):  # type: ignore[no-untyped-def]
        queued.append(job)
        return real_submit(self, job, **kwargs)

    monkeypatch.setattr(TaskRunner, "submit_op", recording_submit)
    wizard = FirstRunWizard(directory, runner, FastCalibration())
    qtbot.addWidget(wizard)
    wizard.show()
    fill_first_pages(qtbot, wizard, "lantern meadow pebble harbour")
    with qtbot.waitSignal(wizard.vault_created, timeout=10000, raising=False):
        click_next(qtbot, wizard)
        qtbot.waitUntil(lambda: wizard.vault_exists, timeout=10000)
    (job,) = queued

    def reachable(value: object, seen: set[int]) -> list[object]:
        """Everything the work's closures (and bound methods) hold, recursively."""
        if id(value) in seen:
            return []
        seen.add(id(value))
        found = [value]
        for cell in getattr(value, "__closure__", None) or ():
            found += reachable(cell.cell_contents, seen)
        bound = getattr(value, "__self__", None)
        if bound is not None:
            found += reachable(bound, seen)
        return found

    held = reachable(job, set())
    codes = [getattr(v, "__code__", None) for v in held]
    assert any(c is not None and "create_vault" in c.co_names for c in codes)  # really walked
    assert not any(isinstance(v, QObject) for v in held)
