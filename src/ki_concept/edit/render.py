"""Writing new YAML text that reads back as exactly the value meant, in the file's own layout.

Values are ``str`` (scalars; dates are passed as ``YYYY-MM-DD`` text), ``bool``
and ``int``, lists and dicts. Text stays plain where that is safe and is quoted
otherwise; every choice is checked by parsing it back with the loader's own rules.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ki_concept.reading.source import Limits, parse_text, resolve_plain

_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_FLOW_INDICATORS = frozenset(",[]{}")
_SPECIAL_BREAKS = frozenset("\x85\u2028\u2029\ufeff\ufffe\uffff")
# Words other YAML readers (YAML 1.1) take for booleans, and the ones ``set`` takes for
# booleans on the command line: as text they are quoted, so no reader and no person
# mistakes them for true or false.
_BOOLEAN_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "ja", "nein"})
# YAML's printable characters; the loader refuses anything else, even when escaped.
_FORBIDDEN = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def forbidden_character(value: str) -> str | None:
    """The first character (as ``U+XXXX``) a concept file may not hold, if ``value`` has one."""
    found = _FORBIDDEN.search(value)
    return f"U+{ord(found.group()):04X}" if found else None


def _reads_back(written: str, value: str, *, flow: bool) -> bool:
    source = f"k: [{written}]\n" if flow else f"k: {written}\n"
    parsed = parse_text(Path("<value>"), source, Limits())
    if parsed.document is None or parsed.diagnostics:
        return False
    data = parsed.document.data.get("k")
    return bool(data == [value]) if flow else bool(data == value)


def _unprintable(char: str) -> bool:
    """Characters YAML does not allow raw in a scalar, or reads as a line break."""
    code = ord(char)
    return code < 32 or code == 0x7F or 0x80 <= code <= 0x9F or char in _SPECIAL_BREAKS


def _plain_is_safe(value: str, *, flow: bool) -> bool:
    if not value or value != value.strip() or value[0] in _INDICATORS:
        return False
    if any(_unprintable(c) for c in value):
        return False
    if ": " in value or " #" in value or value.endswith(":"):
        return False
    if value.casefold() in _BOOLEAN_WORDS:
        return False
    if flow and any(c in _FLOW_INDICATORS for c in value):
        return False
    resolved = resolve_plain(value)
    return isinstance(resolved, str) and resolved == value


def double_quoted(value: str) -> str:
    """A double-quoted scalar: JSON's escapes, plus ``\\uXXXX`` for what YAML forbids raw."""
    written = json.dumps(value, ensure_ascii=False)
    return "".join(f"\\u{ord(c):04x}" if _unprintable(c) else c for c in written)


def scalar(value: str, *, flow: bool = False, style: str | None = None) -> str:
    """``value`` as a YAML scalar; ``style`` (``'`` or ``"``) keeps the quoting a file used."""
    if style == "'" and not any(_unprintable(c) for c in value):
        written = "'" + value.replace("'", "''") + "'"
        if _reads_back(written, value, flow=flow):
            return written
    plain = style not in ("'", '"') and _plain_is_safe(value, flow=flow)
    if plain and _reads_back(value, value, flow=flow):
        return value
    return double_quoted(value)


def scalar_value(value: Any, *, flow: bool = False) -> str:
    """A scalar of any type: ``true``/``false``, a whole number, or text as :func:`scalar`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return scalar(str(value), flow=flow)


def flow_value(value: Any) -> str:
    """A value on one line: ``text``, ``[a, b]``, ``{k: v}``."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {flow_value(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(flow_value(v) for v in value) + "]"
    return scalar_value(value, flow=True)


@dataclass(frozen=True)
class Layout:
    """How a file indents block sequences and writes short lists.

    ``dash_offset``: columns from a key to the ``-`` of its sequence's items
    (0 for ``key:\\n- item``); ``item_offset``: columns from ``-`` to the item
    (at least 2); ``flow_lists``: lists of plain values as ``[a, b]``.
    """

    dash_offset: int = 2
    item_offset: int = 2
    flow_lists: bool = True


def block_entries(items: list[tuple[str, Any]], column: int, layout: Layout) -> list[str]:
    """Lines of block mapping entries whose keys start at ``column``."""
    lines: list[str] = []
    for key, value in items:
        head = " " * column + f"{key}:"
        nested = (
            isinstance(value, list)
            and value
            and (not layout.flow_lists or any(isinstance(v, dict | list) for v in value))
        )
        if nested:
            lines.append(head)
            for item in value:
                lines.extend(sequence_item(item, column + layout.dash_offset, layout))
        elif isinstance(value, dict) and value:
            lines.append(head)
            lines.extend(block_entries(list(value.items()), column + layout.item_offset, layout))
        elif isinstance(value, list | dict):
            lines.append(f"{head} {flow_value(value)}")
        else:
            lines.append(f"{head} {scalar_value(value)}")
    return lines


def sequence_item(item: Any, dash_column: int, layout: Layout) -> list[str]:
    """Lines of one block sequence item whose ``-`` stands at ``dash_column``."""
    offset = max(layout.item_offset, 2)
    lead = " " * dash_column + "-" + " " * (offset - 1)
    if isinstance(item, dict) and item:
        lines = block_entries(list(item.items()), dash_column + offset, layout)
        lines[0] = lead + lines[0].lstrip(" ")
        return lines
    written = flow_value(item) if isinstance(item, list | dict) else scalar_value(item)
    return [lead + written]
