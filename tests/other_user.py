"""Running the CLI where file permissions bite, even when the tests run as root."""

from __future__ import annotations

import json
import os

from typer.testing import CliRunner

from ki_concept.cli import app

NOBODY = 65534


def invoke_as_nobody(args: list[str]) -> tuple[int, str, str, str]:
    """Exit status, stdout, stderr and all output of the CLI run in-process as an unprivileged user.

    Root reads every file. A fresh interpreter cannot be started as nobody here (it lives
    below /root), so a child is forked from this process, drops its privileges and runs
    the CLI in-process. Without root the CLI simply runs here.
    """
    runner = CliRunner()
    first = runner.invoke(app, args)  # also loads the lazily imported modules while readable
    if os.geteuid() != 0:
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
