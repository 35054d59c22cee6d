"""Running the CLI where file permissions bite, even when the tests run as root."""

from __future__ import annotations

import json
import os

from typer.testing import CliRunner

from ki_concept.cli import app

NOBODY = 65534


def invoke_as_nobody(
    args: list[str], warm_up: list[str] | None = None
) -> tuple[int, str, str, str]:
    """Exit status, stdout, stderr and all output of the CLI run in-process as an unprivileged user.

    Root reads every file. A fresh interpreter cannot be started as nobody here (it lives
    below /root), so a child is forked from this process, drops its privileges and runs
    the CLI in-process. Without root the CLI simply runs here.
    """
    runner = CliRunner()
    # Loads the lazily imported modules while they are readable; for a command that writes,
    # ``warm_up`` names a harmless variant (e.g. with --dry-run).
    first = runner.invoke(app, warm_up or args)
    if os.geteuid() != 0:
        if warm_up is not None:
            first = runner.invoke(app, args)
        return first.exit_code, first.stdout, first.stderr, first.output
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            child = runner.invoke(app, args)
            payload = [child.exit_code, child.stdout, child.stderr, child.output]
            os.write(write_end, json.dumps(payload).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    data = b""
    while chunk := os.read(read_end, 1 << 16):
        data += chunk
    os.close(read_end)
    os.waitpid(pid, 0)
    code, stdout, stderr, output = json.loads(data)
    return int(code), str(stdout), str(stderr), str(output)
