"""A whole app (shell + controller) on a temporary data dir, driven like a person would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.paths import AppPaths
from safespace_desktop.services.directory import VaultDirectory
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.appearance.controller import AppearanceController
from safespace_desktop.ui.runtime.tasks import TaskRunner
from safespace_desktop.ui.session.clipboard import SensitiveClipboard
from safespace_desktop.ui.session.context import SessionContext, SessionSignals
from safespace_desktop.ui.shell.app_controller import AppController
from safespace_desktop.ui.shell.main_window import MainWindow
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS


@dataclass
class AppHarness:
    window: MainWindow
    controller: AppController
    runner: TaskRunner
    directory: VaultDirectory
    paths: AppPaths
    clock: ManualClock


def make_harness(
    qtbot: QtBot,
    data_dir: Path,
    clock: ManualClock,
    *,
    lock_timeout_ms: int | None = None,
    with_vault: bool = True,
    appearance: AppearanceController | None = None,
) -> AppHarness:
    paths = AppPaths.portable(data_dir)
    directory = VaultDirectory(paths, clock=clock)
    if with_vault:
        vault, _account = directory.create_vault(
            label="Tuesday group",
            group_name="Riverside Circle",
            handle=FACILITATOR_HANDLE,
            passphrase_text=FACILITATOR_PASS,
            params=FAST_TEST_PROFILE,
        )
        vault.close()
    window = MainWindow()
    qtbot.addWidget(window)
    runner = TaskRunner()

    def demo_builder(app_paths: AppPaths, progress=None):  # type: ignore[no-untyped-def]
        from safespace_desktop.services.demo import ensure_demo_vault

        return ensure_demo_vault(app_paths, params=FAST_TEST_PROFILE)

    controller = AppController(
        window,
        directory,
        runner,
        calibrate=lambda progress=None: FAST_TEST_PROFILE,
        demo_builder=demo_builder,
        demo_accounts=[("robin", "demo pass phrase words", "facilitator")],
        lock_timeout_ms=lock_timeout_ms,
        appearance=appearance,
    )
    window.show()
    return AppHarness(window, controller, runner, directory, paths, clock)


@pytest.fixture
def harness(qtbot: QtBot, tmp_path: Path, clock: ManualClock) -> Iterator[AppHarness]:
    h = make_harness(qtbot, tmp_path / "data", clock)
    yield h
    h.controller.shutdown()
    h.runner.shutdown()


@pytest.fixture(autouse=True)
def collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """As in the app (ui/runtime/gc_guard.py): never let the worker thread run the collector."""
    import gc

    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture
def make_context(request: pytest.FixtureRequest) -> Iterator[Callable[..., SessionContext]]:
    """Build a SessionContext for whoever is unlocked in a vault (default: the ``vault``
    fixture), as the shell does on unlock; runners are shut down afterwards."""
    runners: list[TaskRunner] = []

    def make(target: Vault | None = None) -> SessionContext:
        vault = target if target is not None else request.getfixturevalue("vault")
        principal = vault.principal
        assert principal is not None
        runner = TaskRunner()
        runners.append(runner)
        return SessionContext(vault, principal, runner, SensitiveClipboard(), SessionSignals())

    yield make
    for runner in runners:
        runner.shutdown()
