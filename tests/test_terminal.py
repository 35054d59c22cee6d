"""The one terminal policy, for every command: colour only on a terminal (never with NO_COLOR
or TERM=dumb), the terminal's width, else COLUMNS, else 80. Commands run in a pseudo-terminal
or with their output piped."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

import pytest

from tests.conftest import BUNDLED, REPO


def run_in_terminal(args: list[str], *, no_color: bool, term: str = "xterm-256color") -> str:
    """Everything the command writes to a terminal it believes is real."""
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env.update({"TERM": term, "COLUMNS": "100"})
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


@pytest.mark.parametrize(
    "args, word", [(["status", "2017"], "Gesamt"), (["diff", "2013", "2017"], "Vergleich")]
)
def test_colour_on_a_terminal_and_none_with_no_color(args: list[str], word: str) -> None:
    coloured = run_in_terminal(args, no_color=False)
    plain = run_in_terminal(args, no_color=True)
    assert "\x1b[" in coloured
    assert "\x1b[" not in plain
    assert word in plain


@pytest.mark.parametrize(
    "args", [["status", "2017"], ["diff", "2013", "2017"], ["show", "ARBEIT-M1"]]
)
def test_no_colour_for_a_dumb_terminal(args: list[str]) -> None:
    out = run_in_terminal(args, no_color=False, term="dumb")
    assert "\x1b[" not in out and out.strip()


def _piped(columns: str | None, *args: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    if columns is not None:
        env["COLUMNS"] = columns
    done = subprocess.run(
        [sys.executable, "-m", "ki_concept", "--root", str(BUNDLED), *args],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=60, check=True,
    )  # fmt: skip
    assert "\x1b[" not in done.stdout
    return done.stdout.splitlines()


@pytest.mark.parametrize("command", [["status", "--list"], ["diff", "2013", "2017"]])
def test_piped_output_takes_its_width_from_columns_else_80(command: list[str]) -> None:
    assert max(len(line) for line in _piped(None, *command)) <= 80
    wide = _piped("160", *command)
    assert 80 < max(len(line) for line in wide) <= 160
    assert max(len(line) for line in _piped("60", *command)) <= 60


@pytest.mark.parametrize("columns", ["1" + "0" * 400, "1000000000", "-5", "abc", "3"])
def test_a_strange_columns_value_is_held_in_bounds(columns: str) -> None:
    lines = _piped(columns, "status")
    assert lines and max(len(line) for line in lines) <= 500


def test_the_policy_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from ki_concept import terminal

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("COLUMNS", raising=False)
    assert terminal.use_color(io.StringIO()) is False  # not a terminal
    assert terminal.width(io.StringIO()) == 80
    monkeypatch.setenv("COLUMNS", "120")
    assert terminal.width(io.StringIO()) == 120
    monkeypatch.setenv("COLUMNS", "9" * 50)
    assert terminal.width(io.StringIO()) == terminal.MAX_WIDTH
    monkeypatch.setenv("COLUMNS", "10")
    assert terminal.width(io.StringIO()) == terminal.MIN_WIDTH
