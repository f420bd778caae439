"""``safespace-admin export | import | verify | join-kit | join`` (issue 12): passphrases
only from standard input or a prompt; a bad file changes nothing and says why."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest

from safespace_desktop import admin
from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from tests.unit.sync.helpers import PASS_A, PASS_JOIN, first_pc


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str, stdin: str
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = admin.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_verify_join_and_import_from_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    a = first_pc(tmp_path, clock=ManualClock(time.time()))  # the CLI runs on the real clock
    MembersService(a.vault).add_member(MemberDraft(name="Alex"))
    path_a = a.vault.path
    assert path_a is not None
    a.vault.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    vault_a = ["--vault", str(path_a), "--handle", "robin"]

    code, out, _ = _run(
        monkeypatch,
        capsys,
        "join-kit",
        *vault_a,
        "--device-name",
        "Sam's laptop",
        str(stick / "sam.ssjoin"),
        stdin=f"{PASS_A}\n{PASS_JOIN}\n",
    )
    assert code == 0 and "Safe to remove" in out
    path_b = tmp_path / "b" / "group.ssvault"
    code, out, _ = _run(
        monkeypatch,
        capsys,
        "join",
        str(stick / "sam.ssjoin"),
        "--handle",
        "sam",
        "--vault",
        str(path_b),
        stdin=f"{PASS_JOIN}\n",
    )
    assert code == 0 and "recovery code" in out

    reopened = Vault.open_existing(path_a)
    reopened.unlock("robin", PASS_A)
    MembersService(reopened).add_member(MemberDraft(name="Bea"))
    reopened.close()
    code, out, _ = _run(monkeypatch, capsys, "export", *vault_a, str(stick), stdin=f"{PASS_A}\n")
    assert code == 0 and "Safe to remove the stick" in out
    bundle = next(stick.glob("*.ssbundle"))
    vault_b = ["--vault", str(path_b), "--handle", "sam"]
    code, out, _ = _run(
        monkeypatch, capsys, "verify", *vault_b, str(bundle), stdin=f"{PASS_JOIN}\n"
    )
    assert code == 0 and out.startswith("OK:")
    code, out, _ = _run(
        monkeypatch, capsys, "import", "--preview", *vault_b, str(bundle), stdin=f"{PASS_JOIN}\n"
    )
    assert code == 0 and "Imported" not in out

    damaged = stick / "damaged.ssbundle"
    damaged.write_bytes(bundle.read_bytes()[:-40])
    code, _out, err = _run(
        monkeypatch, capsys, "import", *vault_b, str(damaged), stdin=f"{PASS_JOIN}\n"
    )
    assert code == 2 and "Nothing was changed" in err

    code, out, _ = _run(
        monkeypatch, capsys, "import", *vault_b, str(bundle), stdin=f"{PASS_JOIN}\n"
    )
    assert code == 0 and "Imported" in out
    vault = Vault.open_existing(path_b)
    try:
        vault.unlock("sam", PASS_JOIN)
        assert sorted(m.name for m in MembersService(vault).list_members()) == ["Alex", "Bea"]
    finally:
        vault.close()


def test_no_passphrase_is_ever_taken_from_arguments() -> None:
    parser = admin.build_parser()
    for command in ("export", "import", "verify", "join-kit", "join"):
        sub = parser._subparsers._group_actions[0].choices[command]  # type: ignore[union-attr]  # noqa: SLF001
        options = {o for action in sub._actions for o in action.option_strings}  # noqa: SLF001
        assert not any("pass" in o for o in options), command
