"""Small pure helpers that say *how* a value changed: words, dates, list members.

Nothing here knows about languages or output formats; renderers turn the
results into words.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, Literal

from ki_concept.diff.changes import canonical

PieceKind = Literal["same", "del", "ins", "gap"]

# Unchanged words kept on each side of a change; longer unchanged runs are cut to "…".
CONTEXT_WORDS = 5
# A gap hides at least this many words; hiding fewer saves nothing.
MIN_GAP_WORDS = 4
# Above this many differing words (after common start and end are taken off) the middle
# is shown as replaced as a whole: word matching is quadratic in the worst case.
MAX_DIFF_WORDS = 4000


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of words that is unchanged, deleted, inserted, or left out (``gap``)."""

    kind: PieceKind
    text: str


def word_diff(old: str, new: str, context: int = CONTEXT_WORDS) -> list[Piece]:
    """The change from ``old`` to ``new`` word by word; whitespace differences do not count."""
    a, b = old.split(), new.split()
    prefix = 0
    while prefix < min(len(a), len(b)) and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while (
        suffix < min(len(a), len(b)) - prefix and a[len(a) - 1 - suffix] == b[len(b) - 1 - suffix]
    ):
        suffix += 1
    mid_a, mid_b = a[prefix : len(a) - suffix], b[prefix : len(b) - suffix]

    ops: list[tuple[PieceKind, list[str]]] = [("same", a[:prefix])]
    if len(mid_a) + len(mid_b) > MAX_DIFF_WORDS:
        ops += [("del", mid_a), ("ins", mid_b)]
    else:
        matcher = SequenceMatcher(None, mid_a, mid_b, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                ops.append(("same", mid_a[i1:i2]))
                continue
            if i2 > i1:
                ops.append(("del", mid_a[i1:i2]))
            if j2 > j1:
                ops.append(("ins", mid_b[j1:j2]))
    ops.append(("same", a[len(a) - suffix :]))

    pieces: list[Piece] = []
    ops = [(kind, words) for kind, words in ops if words]
    for index, (kind, words) in enumerate(ops):
        if kind != "same":
            pieces.append(Piece(kind, " ".join(words)))
            continue
        first, last = index == 0, index == len(ops) - 1
        keep_head = 0 if first else context
        keep_tail = 0 if last else context
        if len(words) - keep_head - keep_tail < MIN_GAP_WORDS:
            pieces.append(Piece("same", " ".join(words)))
            continue
        if keep_head:
            pieces.append(Piece("same", " ".join(words[:keep_head])))
        pieces.append(Piece("gap", "…"))
        if keep_tail:
            pieces.append(Piece("same", " ".join(words[-keep_tail:])))
    return pieces


@dataclass(frozen=True, slots=True)
class DateShift:
    """How far a date moved: whole months when the day of month is kept, else days."""

    amount: int
    unit: Literal["months", "days"]


def _month_end(day: dt.date) -> bool:
    return day.day == calendar.monthrange(day.year, day.month)[1]


def date_shift(old: dt.date, new: dt.date) -> DateShift:
    """``2016-06-30 → 2016-12-31`` is +6 months; ``2016-06-01 → 2016-06-15`` is +14 days."""
    if old.day == new.day or (_month_end(old) and _month_end(new)):
        months = (new.year - old.year) * 12 + (new.month - old.month)
        return DateShift(months, "months")
    return DateShift((new - old).days, "days")


def list_delta(old: Sequence[Any], new: Sequence[Any]) -> tuple[list[Any], list[Any]]:
    """Members removed and added, as multisets, each in the order they are written."""
    old_keys = [canonical(item) for item in old]
    new_keys = [canonical(item) for item in new]
    unmatched_new = Counter(new_keys)
    removed = []
    for key, item in zip(old_keys, old, strict=True):
        if unmatched_new[key]:
            unmatched_new[key] -= 1
        else:
            removed.append(item)
    unmatched_old = Counter(old_keys)
    added = []
    for key, item in zip(new_keys, new, strict=True):
        if unmatched_old[key]:
            unmatched_old[key] -= 1
        else:
            added.append(item)
    return removed, added


def mapping_delta(
    old: dict[str, Any], new: dict[str, Any]
) -> tuple[list[str], list[str], list[str]]:
    """Keys removed, added and with a changed value, in the order they are written."""
    removed = [key for key in old if key not in new]
    added = [key for key in new if key not in old]
    changed = [key for key in new if key in old and canonical(old[key]) != canonical(new[key])]
    return removed, added, changed
