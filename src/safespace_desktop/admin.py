"""``safespace-admin``: command-line maintenance that needs no screen.

Subcommands:
  self-test        check the encryption on this PC with a throwaway vault
  demo [--reset]   create (or re-create) the fictional demo group and show its logins

Passphrases are never taken from command-line arguments (they would show up in the
shell history and the process list); subcommands that need one call
``read_passphrase``.
"""

from __future__ import annotations

import argparse
import getpass
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from safespace_desktop import __version__
from safespace_desktop.admin_backup import add_backup_commands
from safespace_desktop.core.errors import SafeSpaceError
from safespace_desktop.paths import AppPaths


def read_passphrase(prompt: str, *, stdin: TextIO | None = None) -> str:
    """Ask for a passphrase without echoing it; from a pipe, read exactly one line.

    Only the line ending is removed, so spaces at either end stay part of the
    passphrase. Raises EOFError when standard input is closed before a line arrives.
    """
    stream = stdin if stdin is not None else sys.stdin
    if stream is not None and stream.isatty():
        return getpass.getpass(prompt)
    if stream is None:
        raise EOFError("No passphrase was given on standard input.")
    line = stream.readline()
    if not line:
        raise EOFError("No passphrase was given on standard input.")
    return line.removesuffix("\n").removesuffix("\r")


def _paths(args: argparse.Namespace) -> AppPaths:
    if args.data_dir is not None:
        return AppPaths.portable(Path(args.data_dir))
    return AppPaths.default()


def _self_test(args: argparse.Namespace) -> int:
    paths = _paths(args)
    print(f"SafeSpace Desktop {__version__} self-test")
    print(f"Working in a throwaway folder inside {paths.data_dir}")
    try:
        from safespace_desktop.services.selftest import run_self_test
    except ImportError as exc:  # e.g. a cryptography without the Argon2id module
        print(f"FAIL the encryption library could not be loaded: {exc}")
        print("Self-test FAILED: install the dependencies with 'pip install -e .'.")
        return 1
    return run_self_test(paths, sys.stdout)


# The services report progress as codes (the app words them in ui/wording); this
# command-line tool speaks English only, like its --help.
_DEMO_STEPS = {
    "demo_creating_group": "Creating the demo group…",
    "protecting_keys": "Protecting the keys…",
    "demo_adding_co_facilitator": "Adding a co-facilitator…",
    "demo_adding_roster": "Adding the fictional roster…",
    "demo_opening_journals": "Opening journal accounts for the fictional members…",
    "demo_writing_agreement": "Writing the group agreement and consents…",
    "demo_writing_journal": "Writing River's fictional journal…",
    "demo_ready": "The demo group is ready.",
}


def _demo(args: argparse.Namespace) -> int:
    from safespace_desktop.services.demo import DEMO_ACCOUNTS, ensure_demo_vault

    paths = _paths(args)

    def progress(code: str) -> None:
        print(f"  {_DEMO_STEPS.get(code, code)}", file=sys.stderr)

    action = "Re-creating" if args.reset else "Checking"
    print(f"{action} the demo group (this takes a few seconds the first time)…", file=sys.stderr)
    path = ensure_demo_vault(paths, reset=args.reset, progress=progress)
    print(f"Demo vault: {path}")
    print()
    print("DEMO ONLY. Everyone in the demo group is fictional, and these passphrases")
    print("are public on purpose. Never type real information into the demo group.")
    print()
    width = max(len(account.handle) for account in DEMO_ACCOUNTS)
    for account in DEMO_ACCOUNTS:
        print(f"  {account.role.value:<11}  handle: {account.handle:<{width}}  ", end="")
        print(f"passphrase: {account.passphrase}")
        print(f"               {account.description}")
    print()
    portable = f" --data-dir {shlex.quote(str(paths.data_dir))}" if args.data_dir else ""
    print(f"Open it with: safespace-desktop{portable} --demo")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="safespace-admin",
        description="Maintenance for SafeSpace Desktop that needs no screen.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        help="portable mode: keep every file under PATH (for example on a USB stick)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    self_test = commands.add_parser(
        "self-test",
        help="check the encryption on this PC with a throwaway vault",
        description="Build a throwaway vault, check sealing, locking, unlocking and "
        "recovery, then delete it. Existing vaults are not touched.",
    )
    self_test.set_defaults(run=_self_test)
    demo = commands.add_parser(
        "demo",
        help="create the fictional demo group and show its public logins",
        description="Create the demo group if it is missing and print its demo logins.",
    )
    demo.add_argument(
        "--reset", action="store_true", help="throw the demo group away and build it afresh"
    )
    demo.set_defaults(run=_demo)
    add_backup_commands(commands)  # backups (issue 14): backup, verify, restore
    __import__("safespace_desktop.admin_sync").admin_sync.register(commands, _paths)  # sync (#12)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except SafeSpaceError as exc:
        print(f"safespace-admin: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"safespace-admin: {exc}", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    raise SystemExit(main())
