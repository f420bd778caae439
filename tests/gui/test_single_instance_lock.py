"""A data folder locked on another computer (a stick moved between PCs): Qt cannot see
whether that copy still runs, so the person decides."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from safespace_desktop.ui.runtime.single_instance import LOCK_FILE_NAME, SingleInstance


def lock_from_another_computer(data: Path) -> None:
    data.mkdir(parents=True, exist_ok=True)
    (data / LOCK_FILE_NAME).write_text("4242\npython3.11\nlibrary-pc-7\n", "utf-8")


def answer_with(button_text: str, seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    seen.append(box.text())
    for button in box.buttons():
        if button.text() == button_text:
            button.click()
            return
    raise AssertionError(f"no {button_text!r} button")


@pytest.mark.parametrize(("answer", "runs_here"), [("Open here", True), ("Quit", False)])
def test_the_person_decides_about_a_lock_from_another_computer(
    qtbot: QtBot, tmp_path: Path, answer: str, runs_here: bool
) -> None:
    lock_from_another_computer(tmp_path)
    seen: list[str] = []
    QTimer.singleShot(100, lambda: answer_with(answer, seen))
    instance = SingleInstance(tmp_path)
    try:
        assert instance.acquire() is runs_here
        assert seen and "library-pc-7" in seen[0]
        holder = (tmp_path / LOCK_FILE_NAME).read_text("utf-8").split("\n", 1)[0]
        assert holder == (str(os.getpid()) if runs_here else "4242")
    finally:
        instance.release()


def test_a_later_start_in_this_process_is_turned_away_and_signals(
    qtbot: QtBot, tmp_path: Path
) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    first.listen()
    try:
        second = SingleInstance(tmp_path)
        with qtbot.waitSignal(first.activation_requested, timeout=10000):
            assert second.acquire() is False
            # The first copy answers from its event loop; the second already wrote.
    finally:
        first.release()
