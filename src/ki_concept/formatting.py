"""How dates, shares and progress bars are written, in every output: one place for all."""

from __future__ import annotations

import datetime as dt
import math
import re

from ki_concept.errors import UserError
from ki_concept.i18n import language

BAR_WIDTH = 8
# English thousands and decimal marks swapped for German ones.
_GERMAN_MARKS = str.maketrans(",.", ".,")


def format_date(value: dt.date | None) -> str:
    """``14.12.2017`` in German, ``2017-12-14`` in English; ``–`` when absent."""
    if value is None:
        return "–"
    return value.strftime("%d.%m.%Y") if language() == "de" else value.isoformat()


def half_up(value: float) -> int:
    """``value`` rounded as people round: 12.5 → 13 (Python's ``round`` gives 12)."""
    # The small allowance keeps 0.145 × 100 = 14.499999… from rounding down.
    return math.floor(value + 0.5 + 1e-9)


def whole_percent(share: float) -> int:
    """A share as whole per cent, rounded half up."""
    return half_up(share * 100)


def percent(share: float | None) -> str:
    """``17%``; ``–`` when there is nothing to take a share of. Rounded half up."""
    return "–" if share is None else f"{whole_percent(share)}%"


def format_number(value: float | int) -> str:
    """``70.289,82`` in German, ``70,289.82`` in English; whole numbers without decimals."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")
    if language() == "de":
        text = text.translate(_GERMAN_MARKS)
    return text


def bar(share: float | None, width: int = BAR_WIDTH) -> str:
    """A progress bar of ``width`` cells; dots when the share is unknown."""
    if share is None:
        return "·" * width
    filled = min(width, half_up(share * width))
    return "█" * filled + "░" * (width - filled)


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_day(raw: str) -> dt.date:
    """``JJJJ-MM-TT`` and nothing else, as every date option takes it (Python alone would
    also take ``20170101`` or week dates); exit 2 with a clear message otherwise."""
    try:
        if _ISO_DAY.fullmatch(raw) is None:
            raise ValueError(raw)
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise UserError("cli.bad_date", value=raw) from None
