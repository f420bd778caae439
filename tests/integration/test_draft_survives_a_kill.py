"""Killing the app while a draft is being typed loses at most the unsaved seconds and
leaves no plaintext anywhere (issue 4). A real process is killed with SIGKILL mid-way."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.vault import Vault

WRITER = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from safespace_desktop.crypto import kdf
    from safespace_desktop.core.model import JournalEntryInput
    from safespace_desktop.services.journal import JournalService
    from safespace_desktop.services.vault import Vault

    kdf.enable_test_mode()
    path, marker = Path(sys.argv[1]), sys.argv[2]
    vault, _ = Vault.create(path, label="x", group_name="g", handle="sam",
                            passphrase_text="a long enough passphrase here",
                            params=kdf.FAST_TEST_PROFILE)
    journal = JournalService(vault)
    typed = ""
    for word in ("I", "walked", "by", "the", "canal", marker):
        typed += word + " "
        journal.save_draft(JournalEntryInput(body=typed, title="Evening " + marker))
    print("saved", flush=True)
    # Still "typing": the next keystrokes never reach an autosave.
    time.sleep(60)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_draft_survives_sigkill_without_plaintext(tmp_path: Path) -> None:
    path = tmp_path / "data" / "vaults" / "v.ssvault"
    marker = "c0ffee" + os.urandom(5).hex()
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), marker], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "saved"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    # Nothing the person typed reached any file, WAL included, even without a clean close.
    for file in path.parent.iterdir():
        data = file.read_bytes()
        for form in (marker.encode(), marker.encode("utf-16-le"), b"walked by the canal"):
            assert form not in data, file.name
    vault = Vault.open_existing(path)
    try:
        vault.unlock("sam", "a long enough passphrase here")
        draft = JournalService(vault).load_draft()
        assert draft is not None
        assert draft.entry.body.strip() == f"I walked by the canal {marker}"
        assert draft.entry.title == f"Evening {marker}"
    finally:
        vault.close()
