"""Writing a command's result to a file or to standard output."""

from __future__ import annotations

import sys
from pathlib import Path

from ki_concept.errors import UserError


def write_output(path: Path | None, data: str | bytes) -> None:
    """Write ``data`` to ``path``, or to standard output when ``path`` is ``None`` or ``-``.

    Text is written as UTF-8 with the newlines as given, so files are the same
    on every system.
    """
    if path is None or str(path) == "-":
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data)
        sys.stdout.flush()
        return
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        path.write_bytes(payload)
    except OSError as exc:
        raise UserError("output.write_failed", path=path, reason=exc.strerror or exc) from None


def to_stdout(path: Path | None) -> bool:
    """Whether the result goes to standard output rather than a file."""
    return path is None or str(path) == "-"


def format_for(
    chosen: str | None, path: Path | None, by_suffix: dict[str, str], default: str
) -> str:
    """``--format`` when given, else what the output file's suffix says, else ``default``."""
    if chosen is not None:
        return chosen
    if path is not None:
        return by_suffix.get(path.suffix.lower(), default)
    return default
