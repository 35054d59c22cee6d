"""New concept files as a person would write them: block style, short id lists in brackets,
long text folded with ``>-``, text with line breaks as ``|-``.

Every scalar goes through the edit package's writer (``scalar``), which quotes text only
where YAML needs it; a block text is kept only if it reads back as the same text, and the
whole file is read back with the loader's own reader and must hold exactly the data meant.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ki_concept.edit.render import double_quoted, flow_value, scalar, scalar_value
from ki_concept.models import Handlungsfeld, Konzept, Measure, yaml_key
from ki_concept.reading.source import Limits, parse_text

WIDTH = 100
INDENT = 2
# Lists of ids and keys stay on one line (``ziele: [BILDUNG-Z1, BILDUNG-Z2]``), as in the
# bundled concept; lists of names get a line each.
FLOW_KEYS = frozenset(
    {
        yaml_key(Measure, "goals"),
        yaml_key(Measure, "sources"),
        yaml_key(Measure, "former_ids"),
        yaml_key(Measure, "priorities"),
        yaml_key(Konzept, "concept_sources"),
    }
)
# The version's name is always quoted, as docs/format.md advises (``version: "2025"``).
QUOTED_KEYS = frozenset({yaml_key(Konzept, "version")})
# Sequences whose items are set apart by a blank line (the measures of a field).
SPACED_KEYS = frozenset({yaml_key(Handlungsfeld, "measures")})
# Top-level keys with a blank line before them.
BLANK_BEFORE = frozenset({yaml_key(Handlungsfeld, "goals"), yaml_key(Handlungsfeld, "measures")})


def plain(value: Any) -> Any:
    """``value`` as the reader returns it: dates are their ``YYYY-MM-DD`` text."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _reads_back(text: str, value: str) -> bool:
    parsed = parse_text(Path("<value>"), text, Limits())
    return (
        parsed.document is not None
        and not parsed.diagnostics
        and isinstance(parsed.document.data, dict)
        and parsed.document.data.get("k") == value
    )


def _folded(value: str, column: int) -> list[str] | None:
    """A long one-line text as ``>-`` with lines of at most :data:`WIDTH` characters."""
    if "\n" in value or "\t" in value or "  " in value or value != value.strip():
        return None
    lines: list[str] = []
    current = ""
    for word in value.split(" "):
        if current and column + len(current) + 1 + len(word) > WIDTH:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    body = [" " * column + line for line in lines]
    if not _reads_back(
        "k: >-\n" + "\n".join(line[column - INDENT :] for line in body) + "\n", value
    ):
        return None
    return [">-", *body]


def _literal(value: str, column: int) -> list[str] | None:
    """A text with line breaks as ``|-``, line for line."""
    if value != value.strip():
        return None
    body = [(" " * column + line) if line else "" for line in value.split("\n")]
    check = [line[column - INDENT :] if line else "" for line in body]
    if not _reads_back("k: |-\n" + "\n".join(check) + "\n", value):
        return None
    return ["|-", *body]


def _text(head: str, value: str, column: int) -> list[str]:
    one = f"{head} {scalar(value)}"
    if "\n" not in value and len(one) <= WIDTH:
        return [one]
    block = _literal(value, column) if "\n" in value else _folded(value, column)
    if block is None:
        return [one]
    return [f"{head} {block[0]}", *block[1:]]


def _scalar(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return scalar_value(value)


def entries(items: dict[str, Any], column: int) -> list[str]:
    """Lines of a block mapping whose keys start at ``column``."""
    lines: list[str] = []
    for key, value in items.items():
        head = " " * column + f"{key}:"
        if column == 0 and key in BLANK_BEFORE and lines:
            lines.append("")
        if isinstance(value, str) and key in QUOTED_KEYS:
            lines.append(f"{head} {double_quoted(value)}")
        elif isinstance(value, str):
            lines.extend(_text(head, value, column + INDENT))
        elif isinstance(value, dict):
            if not value:
                lines.append(f"{head} {{}}")
            else:
                lines.append(head)
                lines.extend(entries(value, column + INDENT))
        elif isinstance(value, list):
            lines.extend(_sequence(head, key, value, column))
        else:
            lines.append(f"{head} {_scalar(value)}")
    return lines


def _sequence(head: str, key: str, value: list[Any], column: int) -> list[str]:
    if not value:
        return [f"{head} []"]
    scalars = all(isinstance(v, str) for v in value)
    if scalars and key in FLOW_KEYS:
        one = f"{head} {flow_value(value)}"
        if len(one) <= WIDTH:
            return [one]
    lines = [head]
    dash = " " * (column + INDENT) + "- "
    for index, item in enumerate(value):
        if isinstance(item, dict):
            if index and key in SPACED_KEYS:
                lines.append("")
            body = entries(item, column + 2 * INDENT)
            lines.append(dash + body[0].lstrip(" "))
            lines.extend(body[1:])
        else:
            lines.extend(_text(dash.rstrip(" "), str(item), column + 2 * INDENT))
    return lines


def document(data: dict[str, Any], comments: list[str]) -> str:
    """A whole file: comment lines, then ``data``; refused unless it reads back as ``data``."""
    lines = [f"# {line}" if line else "#" for line in comments]
    text = "\n".join([*lines, *entries(data, 0)]) + "\n"
    parsed = parse_text(Path("<new>"), text, Limits())
    if parsed.document is None or parsed.diagnostics or parsed.document.data != plain(data):
        raise ValueError("the new file does not read back as the data it was written from")
    return text
