"""The one rule for every CSV and XLSX cell the tool writes: text is never read as a formula.

A cell whose text begins with ``=``, ``+``, ``-``, ``@``, a tab or a line break is a formula
to Excel and LibreOffice (``=HYPERLINK(…)`` opens a link, DDE formulas can start programs),
and concept texts come from strangers. In CSV such text gets a leading apostrophe, which
spreadsheets show as text; in XLSX the cell is stored as text.
"""

from __future__ import annotations

from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def csv_text(value: str) -> str:
    """``value`` as a CSV cell that no spreadsheet evaluates."""
    return "'" + value if value.startswith(FORMULA_START) else value


def is_formula_like(value: Any) -> bool:
    """Whether an XLSX writer would take ``value`` for a formula (it must stay text)."""
    return isinstance(value, str) and value.startswith(FORMULA_START)
