"""``safespace-admin``: the self-test in a real subprocess, the demo command, passphrase input."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from safespace_desktop import admin
from safespace_desktop.services.demo import DEMO_ACCOUNTS


def _admin_command() -> list[str]:
    scripts = Path(sys.executable).parent
    found = shutil.which("safespace-admin", path=str(scripts))
    if found:
        return [found]
    return [sys.executable, "-m", "safespace_desktop.admin"]


@pytest.mark.slow
def test_self_test_passes_in_a_subprocess_and_cleans_up(tmp_path: Path) -> None:
    data_dir = tmp_path / "portable data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    result = subprocess.run(
        [*_admin_command(), "--data-dir", str(data_dir), "self-test"],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert not [line for line in lines if line.startswith("FAIL")]
    assert any("Argon2id" in line and line.startswith("ok") for line in lines)
    assert lines[-1].startswith("Self-test passed")
    # The throwaway folder is gone, and the data folder the self-test had to create too.
    assert not data_dir.exists()


def test_self_test_leaves_an_existing_data_folder_as_it_was(tmp_path: Path) -> None:
    from safespace_desktop.paths import AppPaths
    from safespace_desktop.services.selftest import run_self_test

    keep = tmp_path / "keep.txt"
    keep.write_text("left alone", encoding="utf-8")
    out = io.StringIO()
    assert run_self_test(AppPaths.portable(tmp_path), out) == 0, out.getvalue()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.txt"]
    assert "Self-test passed" in out.getvalue()


def test_self_test_fails_closed_without_argon2id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cryptography.exceptions import UnsupportedAlgorithm

    from safespace_desktop.crypto import kdf
    from safespace_desktop.paths import AppPaths
    from safespace_desktop.services.selftest import run_self_test

    def no_argon2(*_args: object, **_kwargs: object) -> bytearray:
        raise UnsupportedAlgorithm("argon2id is not supported by this version of OpenSSL.")

    monkeypatch.setattr(kdf, "derive", no_argon2)
    out = io.StringIO()
    assert run_self_test(AppPaths.portable(tmp_path), out) == 1
    text = out.getvalue()
    assert text.splitlines()[0].startswith("FAIL")
    assert "Argon2id is not available" in text
    assert "Self-test FAILED" in text
    assert list(tmp_path.iterdir()) == []


def test_demo_command_prints_the_public_demo_logins(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert admin.main(["--data-dir", str(tmp_path), "demo"]) == 0
    out = capsys.readouterr().out
    assert str(tmp_path / "demo" / "demo.ssvault") in out
    assert "DEMO ONLY" in out
    for account in DEMO_ACCOUNTS:
        assert account.handle in out
        assert account.passphrase in out
    assert (tmp_path / "demo" / "demo.ssvault").is_file()


def test_no_subcommand_takes_a_passphrase_argument() -> None:
    parser = admin.build_parser()
    help_texts = [parser.format_help()]
    for command in ("self-test", "demo"):
        with pytest.raises(SystemExit):
            parser.parse_args([command, "--help"])
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        for sub in action.choices.values():  # type: ignore[union-attr]
            help_texts.append(sub.format_help())
    assert not any("passphrase" in text.casefold() for text in help_texts)


class _FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_read_passphrase_reads_one_line_from_a_pipe() -> None:
    stream = io.StringIO("  spaces count here  \nsecond line\n")
    assert admin.read_passphrase("Passphrase: ", stdin=stream) == "  spaces count here  "
    assert stream.readline() == "second line\n"


def test_read_passphrase_strips_only_the_line_ending() -> None:
    assert admin.read_passphrase("P: ", stdin=io.StringIO("windows line\r\n")) == "windows line"
    assert admin.read_passphrase("P: ", stdin=io.StringIO("no newline")) == "no newline"


def test_read_passphrase_uses_sys_stdin_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("from standard input\n"))
    assert admin.read_passphrase("Passphrase: ") == "from standard input"


def test_read_passphrase_refuses_closed_input() -> None:
    with pytest.raises(EOFError):
        admin.read_passphrase("Passphrase: ", stdin=io.StringIO(""))


def test_read_passphrase_does_not_echo_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    prompts: list[str] = []

    def fake_getpass(prompt: str = "Password: ", stream: object = None) -> str:
        prompts.append(prompt)
        return "typed without echo"

    monkeypatch.setattr(admin.getpass, "getpass", fake_getpass)
    tty = _FakeTty("this must not be read\n")
    assert admin.read_passphrase("Your passphrase: ", stdin=tty) == "typed without echo"
    assert prompts == ["Your passphrase: "]
    assert tty.read() == "this must not be read\n"
