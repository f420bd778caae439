"""Composition root: parse arguments, build paths and services, start the UI.

``--self-test`` runs headless and never imports Qt.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from safespace_desktop.log import configure_logging
from safespace_desktop.paths import AppPaths


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
    return parser


def resolve_paths(data_dir: Path | None) -> AppPaths:
    return AppPaths.portable(data_dir) if data_dir else AppPaths.default()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    configure_logging()
    paths = resolve_paths(args.data_dir)
    if args.self_test:
        from safespace_desktop.services.selftest import run_self_test

        return run_self_test(paths, sys.stdout)
    return run_gui(paths, open_demo=args.demo)


def run_gui(paths: AppPaths, *, open_demo: bool) -> int:
    from safespace_desktop.crypto import kdf
    from safespace_desktop.services.demo import DEMO_ACCOUNTS, ensure_demo_vault
    from safespace_desktop.services.directory import VaultDirectory
    from safespace_desktop.ui.runtime.application import create_application
    from safespace_desktop.ui.runtime.tasks import TaskRunner
    from safespace_desktop.ui.shell.app_controller import AppController
    from safespace_desktop.ui.shell.main_window import MainWindow

    app = create_application(sys.argv[:1])
    window = MainWindow()
    runner = TaskRunner()
    controller = AppController(
        window,
        VaultDirectory(paths),
        runner,
        calibrate=lambda progress=None: kdf.calibrate(
            total_ram_kib=kdf.total_ram_kib(), progress=progress
        ),
        demo_builder=ensure_demo_vault,
        demo_accounts=[(a.handle, a.passphrase, a.description) for a in DEMO_ACCOUNTS],
    )
    window.fit_to_screen()
    window.show()
    controller.start(open_demo=open_demo)
    code = app.exec()
    controller.shutdown()
    runner.shutdown()
    logging.shutdown()
    return int(code)
