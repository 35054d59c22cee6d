"""The one terminal policy of every command: whether output has colour, and how wide it is.

Colour only on a terminal, and never with ``NO_COLOR`` set (https://no-color.org) or
``TERM=dumb``. The width is the terminal's; where the output is no terminal (a pipe, a
file, CI) it is ``COLUMNS`` when set, else 80. ``COLUMNS`` is held to a sane range, so a
stray value neither breaks a table nor makes one of gigabytes.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console

DEFAULT_WIDTH = 80
MIN_WIDTH = 40
MAX_WIDTH = 500


def use_color(stream: TextIO | None = None) -> bool:
    """Whether to colour what is written to ``stream`` (standard output by default)."""
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream
        return False


def width(stream: TextIO | None = None) -> int:
    """Columns to lay out for: the terminal's, else ``COLUMNS``, else 80 (within bounds)."""
    stream = stream or sys.stdout
    columns: int | None = None
    try:
        if stream.isatty():
            columns = os.get_terminal_size(stream.fileno()).columns or None
    except (AttributeError, ValueError, OSError):
        columns = None
    if columns is None:
        columns = _columns_variable()
    return min(max(columns, MIN_WIDTH), MAX_WIDTH)


def _columns_variable() -> int:
    raw = os.environ.get("COLUMNS", "").strip()
    # A number of more than a few digits is no terminal's width; int() of it could be slow.
    if raw.isdigit() and len(raw) <= 6:
        return int(raw)
    if raw.isdigit():
        return MAX_WIDTH
    return DEFAULT_WIDTH


def text_console(columns: int, color: bool) -> Console:
    """A rich console that renders into a string: plain text, or colour when asked for."""
    import io

    from rich.console import Console

    return Console(
        file=io.StringIO(),
        width=columns,
        force_terminal=color,
        color_system="standard" if color else None,
        no_color=not color,
        highlight=False,
        markup=False,
        emoji=False,
        legacy_windows=False,
    )
