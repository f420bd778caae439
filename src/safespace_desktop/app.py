"""Composition root: parse arguments, build paths and services, start the UI.

``--self-test`` runs headless and never imports Qt.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, overload

from safespace_desktop import __version__
from safespace_desktop.log import configure_logging
from safespace_desktop.paths import AppPaths

if TYPE_CHECKING:
    from safespace_desktop.crypto.kdf import KdfParams
    from safespace_desktop.ui.shell.main_window import MainWindow


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="safespace-desktop",
        description="SafeSpace Desktop: an offline, encrypted companion for peer support groups.",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="PATH",
        help="keep every file of the app under PATH (portable mode, e.g. a USB stick)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the demo group (fictional people)"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check encryption and storage on this computer without a window, then exit",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # For installer/check-linux: open the demo, unlock it, show its first page, quit.
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    return parser


def resolve_paths(data_dir: Path | None) -> AppPaths:
    return AppPaths.portable(data_dir) if data_dir else AppPaths.default()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    configure_logging()
    paths = resolve_paths(args.data_dir)
    if args.self_test:
        from safespace_desktop.services.selftest import run_self_test

        if sys.stdout is None:  # the windowed Windows build has no console: exit code only
            with open(os.devnull, "w", encoding="utf-8") as nowhere:
                return run_self_test(paths, nowhere)
        return run_self_test(paths, sys.stdout)
    return run_gui(
        paths,
        open_demo=args.demo or args.smoke,
        portable=args.data_dir is not None,
        smoke=args.smoke,
    )


def _warm_up() -> None:
    """Import SQLAlchemy on a worker thread once the first window is up (fast start)."""
    from safespace_desktop.storage.preload import preload

    with contextlib.suppress(Exception):  # the real import later reports any problem
        preload()


def _build_demo(paths: AppPaths, *, progress: Callable[[str], None]) -> Path:
    from safespace_desktop.services.demo import ensure_demo_vault

    return ensure_demo_vault(paths, progress=progress)


class _DemoAccounts(Sequence[tuple[str, str, str]]):
    """The demo's public sign-ins, read from the demo builder only when the demo's lock
    screen shows them (the demo builder is too heavy to import before the first window)."""

    def _accounts(self) -> list[tuple[str, str, str]]:
        from safespace_desktop.services.demo import DEMO_ACCOUNTS

        return [(a.handle, a.passphrase, a.description) for a in DEMO_ACCOUNTS]

    @overload
    def __getitem__(self, index: int) -> tuple[str, str, str]: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[str, str, str]]: ...

    def __getitem__(
        self, index: int | slice
    ) -> tuple[str, str, str] | Sequence[tuple[str, str, str]]:
        return self._accounts()[index]

    def __len__(self) -> int:
        return len(self._accounts())


def run_gui(
    paths: AppPaths, *, open_demo: bool, portable: bool = False, smoke: bool = False
) -> int:
    """Show the first window with as little imported as possible, then the rest."""
    from safespace_desktop.services.directory import VaultDirectory
    from safespace_desktop.ui.appearance.controller import AppearanceController
    from safespace_desktop.ui.appearance.preferences import AppearanceStore
    from safespace_desktop.ui.runtime import file_locations, startup
    from safespace_desktop.ui.runtime.application import create_application
    from safespace_desktop.ui.runtime.single_instance import SingleInstance, bring_forward
    from safespace_desktop.ui.runtime.tasks import TaskRunner
    from safespace_desktop.ui.shell.app_controller import AppController
    from safespace_desktop.ui.shell.main_window import MainWindow

    try:
        paths.ensure_data_dir()
    except OSError as exc:  # a read-only stick or a bad path: the picker still opens
        logging.getLogger(__name__).warning("Cannot create the data folder: %s", exc.strerror)
    file_locations.keep_qt_settings_in(paths.data_dir, portable=portable)
    app = create_application(sys.argv[:1])
    instance = SingleInstance(paths.data_dir)
    if not instance.acquire():
        return 0  # the copy already running on this data folder came forward
    window = MainWindow()
    appearance = AppearanceController(app, AppearanceStore(), window)
    instance.activation_requested.connect(lambda: bring_forward(window))
    runner = TaskRunner()
    controller = AppController(
        window,
        VaultDirectory(paths),
        runner,
        calibrate=_calibrate,
        demo_builder=_build_demo,
        demo_accounts=_DemoAccounts(),
        appearance=appearance,
    )
    probe = startup.probe_requested()
    if smoke:
        _start_smoke_run(window)

    def after_first_paint() -> None:
        if probe:
            startup.report_and_quit()
            return
        instance.listen()
        if open_demo:  # builds (and imports) the demo on the task runner
            controller.start(open_demo=True)
        threading.Thread(target=_warm_up, name="warm-up", daemon=True).start()

    if not open_demo:
        controller.start()  # the vault picker: labels are read with sqlite3 alone
    startup.after_first_paint(window, after_first_paint)
    window.fit_to_screen()
    window.show()
    code = app.exec()
    controller.shutdown()
    runner.shutdown()
    instance.release()
    logging.shutdown()
    return int(code)


def _start_smoke_run(window: MainWindow) -> None:
    from safespace_desktop.services.demo import DEMO_ACCOUNTS
    from safespace_desktop.ui.runtime.smoke import SmokeRun

    facilitator = DEMO_ACCOUNTS[0]
    SmokeRun(window, (facilitator.handle, facilitator.passphrase)).start()


def _calibrate(progress: Callable[[int, int], None] | None = None) -> KdfParams:
    from safespace_desktop.crypto import kdf

    return kdf.calibrate(total_ram_kib=kdf.total_ram_kib(), progress=progress)
