"""Fixed-width text tables for terminals and pipes, without a layout engine.

``status`` runs before every committee meeting and in CI; importing and running
a general layout library cost more than the whole command's real work, so its
tables are laid out here: known columns, one line per row, cut with ``…``.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

BOLD = "\x1b[1m"
RED = "\x1b[31m"
RESET = "\x1b[0m"


def text_width(text: str) -> int:
    """Terminal cells ``text`` takes: wide East Asian characters take two, combining none."""
    if text.isascii():
        return len(text)
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def fit(text: str, width: int, align: str = "left") -> str:
    """``text`` cut with ``…`` or padded to exactly ``width`` cells."""
    if text_width(text) > width:
        cut = ""
        for char in text:
            if text_width(cut + char) > width - 1:
                break
            cut += char
        text = cut + "…"
    padding = " " * (width - text_width(text))
    return padding + text if align == "right" else text + padding


@dataclass
class Column:
    header: str
    align: str = "left"
    width: int | None = None  # fixed width; otherwise the widest cell
    footer: str = ""


def render(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    row_styles: Sequence[str | None] | None = None,
    color: bool = False,
) -> list[str]:
    """The table's lines: header, rule, rows, and a rule and footer when any column has one."""
    widths = []
    for index, column in enumerate(columns):
        if column.width is not None:
            widths.append(column.width)
            continue
        cells = [column.header, column.footer, *(row[index] for row in rows)]
        widths.append(max(text_width(cell) for cell in cells))

    def line(cells: Sequence[str], style: str | None = None) -> str:
        text = " ".join(
            fit(cell, width, column.align)
            for cell, width, column in zip(cells, widths, columns, strict=True)
        ).rstrip()
        return f"{style}{text}{RESET}" if color and style and text else text

    rule = "─" * (sum(widths) + len(widths) - 1)
    lines = [line([c.header for c in columns], BOLD), rule]
    styles = row_styles or [None] * len(rows)
    lines += [line(row, style) for row, style in zip(rows, styles, strict=True)]
    if any(c.footer for c in columns):
        lines += [rule, line([c.footer for c in columns], BOLD)]
    return lines


def wrap(text: str, width: int) -> list[str]:
    """Prose folded at word boundaries to ``width``."""
    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False) or [""]
