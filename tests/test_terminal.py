"""Colour on a real terminal, and none with NO_COLOR: the commands run in a pseudo-terminal."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

import pytest

from tests.conftest import BUNDLED, REPO


def run_in_terminal(args: list[str], *, no_color: bool) -> str:
    """Everything the command writes to a terminal it believes is real."""
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env.update({"TERM": "xterm-256color", "COLUMNS": "100"})
    if no_color:
        env["NO_COLOR"] = "1"
    process = subprocess.Popen(
        [sys.executable, "-m", "ki_concept", "--root", str(BUNDLED), *args],
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=slave,
        env=env,
        cwd=REPO,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 1 << 16)
        except OSError:  # EIO: the command closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert process.wait(timeout=60) == 0
    return b"".join(chunks).decode("utf-8")


@pytest.mark.parametrize("args", [["status", "2017"], ["diff", "2013", "2017"]])
def test_colour_on_a_terminal_and_none_with_no_color(args: list[str]) -> None:
    coloured = run_in_terminal(args, no_color=False)
    plain = run_in_terminal(args, no_color=True)
    assert "\x1b[" in coloured
    assert "\x1b[" not in plain
    assert "Gesamt" in plain or "Vergleich" in plain
