"""A fast reader for the plain block YAML that concept files are written in.

Concept files use a small part of YAML: block mappings and sequences indented with spaces,
plain and single-line quoted scalars, one-line flow lists and mappings of plain scalars,
``|`` and ``>`` block scalars, and comments. This module reads exactly that part, line by
line, without building an event per token. Positions are not recorded on the first pass:
only when a diagnostic asks for one does :class:`LazyDocument` read the text once more,
recording them the way the full composer in :mod:`ki_concept.source` does (or hand it to
that composer for the one case where the parsers disagree on a position).

The same reader exists in C (``_plainyaml.c``, built by ``setup.py`` where a compiler is at
hand; ``KI_CONCEPT_C_READER=off`` switches it off): it reads the same part of YAML or less,
and a text it leaves comes here. This module stays the description of what is read.

The reader is a shortcut, never a second opinion. Whenever a text holds anything outside
that part, or anything the composer would report (a duplicate key, a tag, an anchor, a
second document, a key that is not text, a syntax error), :func:`read_plain` returns
``None`` and the caller parses the text the full way. So a text read here has no
diagnostics, and its data is what the full parser builds (the equivalence tests check this
against the pure-Python reference parser).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ki_concept.diagnostics import YamlPath
from ki_concept.source import (
    _SPECIAL_START,
    Limits,
    NumberTooLong,
    ParsedFile,
    Position,
    YamlDocument,
    parse_with_positions,
    resolve_plain,
)

# Characters YAML forbids, and those the two full parsers treat differently (tab, BOM, NEL,
# LS, PS). A class of what is refused compiles in a fraction of the time of its complement.
_UNUSUAL_CHAR = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]"
)
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
# One line: indentation, a sequence entry's dash, a key, and the rest of the line.
_LINE = re.compile(r"( *)(-(?: +|(?=\n)))?(?:([A-Za-z_][A-Za-z0-9_-]*):(?= |\n) *)?([^\n]*)\n")
_ID_LIST = re.compile(r"\[((?:[A-Za-z][A-Za-z0-9_-]*(?:, [A-Za-z][A-Za-z0-9_-]*)*)?)\]")
_BLOCK_HEADER = re.compile(r"([|>])(-?)(?: +#.*| *)\Z")
# Plain scalars that the core schema does not read as text, and so cannot be keys.
_NON_TEXT_KEYS = frozenset(
    {"null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"}
)
# First characters that make a scalar something other than a plain scalar.
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_NOT_PLAIN_START = _INDICATORS | {" "}
_MISSING = object()
_FLOW_SPECIAL = re.compile(r"[\[\]{}\"'#:]")
_DOUBLE_QUOTED = re.compile(r'"((?:[^"\\]|\\["\\])*)"')
_SINGLE_QUOTED = re.compile(r"'((?:[^']|'')*)'")
_DOUBLE_ESCAPE = re.compile(r"\\([\"\\])")


_DIGITS = frozenset("0123456789")
_INDENT_TEXTS = [" " * n for n in range(64)]


class _Unsupported(Exception):
    """The text leaves the plain subset: read it the full way."""


def _indent_text(column: int) -> str:
    return _INDENT_TEXTS[column] if column < 64 else " " * column


def _resolve(text: str, memo: dict[str, Any]) -> Any:
    """``resolve_plain``, remembered per text: the same words recur all through a file."""
    value = memo.get(text, _MISSING)
    if value is _MISSING:
        value = memo[text] = resolve_plain(text)
    return value


def _id_list(rest: str) -> list[str] | None:
    """``[A-1, B_2]``, the usual list of ids, or ``None`` to look closer (:func:`_flow_list`)."""
    match = _ID_LIST.fullmatch(rest)
    if match is None:
        return None
    inner = match.group(1)
    items = inner.split(", ") if inner else []
    # Only the core schema's null and boolean words are not text among such words.
    return items if _NON_TEXT_KEYS.isdisjoint(items) else None


def _flow_list(rest: str, memo: dict[str, Any]) -> list[Any] | None:
    """``[a, b]`` of ordinary words, or ``None`` to take the careful way (:func:`_flow`)."""
    end = rest.find("]")
    if end < 0 or end + 1 != len(rest) or _FLOW_SPECIAL.search(rest, 1, end) is not None:
        return None
    inner = rest[1:end]
    if not inner:
        return []
    parts = [part.strip(" ") for part in inner.split(",")]
    for part in parts:
        if not part or part[0] in _INDICATORS:
            return None
    return [part if part[0] not in _SPECIAL_START else _resolve(part, memo) for part in parts]


def _rest_is_comment(rest: str) -> bool:
    """Nothing, or a comment, after a value."""
    stripped = rest.lstrip(" ")
    return not stripped or (stripped[0] == "#" and len(stripped) < len(rest))


def _plain(text: str, flow: bool) -> Any:
    """A one-line plain scalar (comment already removed), resolved by the core schema."""
    first = text[0]
    if first in _INDICATORS and not (first == "-" and len(text) > 1 and text[1] in "0123456789."):
        raise _Unsupported
    if flow:
        if _FLOW_SPECIAL.search(text) is not None:
            raise _Unsupported
    elif ": " in text or text[-1] == ":":
        raise _Unsupported
    return resolve_plain(text)


def _quoted(rest: str) -> Any:
    """A quoted scalar that ends on its line, followed by nothing or a comment."""
    if rest[0] == '"':
        match = _DOUBLE_QUOTED.match(rest)
        if match is None or not _rest_is_comment(rest[match.end() :]):
            raise _Unsupported
        inner = match.group(1)
        return _DOUBLE_ESCAPE.sub(r"\1", inner) if "\\" in inner else inner
    match = _SINGLE_QUOTED.match(rest)
    if match is None or not _rest_is_comment(rest[match.end() :]):
        raise _Unsupported
    return match.group(1).replace("''", "'")


def _flow(rest: str, memo: dict[str, Any]) -> Any:
    """``[a, b]`` or ``{k: v, …}`` of plain scalars on one line."""
    close = "]" if rest[0] == "[" else "}"
    end = rest.find(close)
    if end < 0 or not _rest_is_comment(rest[end + 1 :]):
        raise _Unsupported
    inner = rest[1:end]
    if not inner.strip(" "):
        return [] if close == "]" else {}
    if close == "]":
        items = []
        for part in inner.split(","):
            part = part.strip(" ")
            if not part:
                raise _Unsupported
            value = memo.get(part, _MISSING)
            if value is _MISSING:
                value = memo[part] = _plain(part, True)
            items.append(value)
        return items
    mapping: dict[str, Any] = {}
    for part in inner.split(","):
        key, sep, value = part.strip(" ").partition(": ")
        value = value.strip(" ")
        if not sep or not value or key in mapping or key in _NON_TEXT_KEYS:
            raise _Unsupported
        if _KEY.fullmatch(key) is None:
            raise _Unsupported
        mapping[key] = _plain(value, True)
    return mapping


def _value(rest: str, memo: dict[str, Any]) -> Any:
    """The scalar or flow collection after ``key: `` or ``- `` (not empty, not a block)."""
    first = rest[0]
    if first == '"' or first == "'":
        return _quoted(rest)
    if first == "[" or first == "{":
        return _flow(rest, memo)
    if first == "-" and (len(rest) == 1 or rest[1] == " "):
        raise _Unsupported  # a block sequence cannot start on the line of its key
    cut = rest.find(" #")
    text = (rest if cut < 0 else rest[:cut]).rstrip(" ")
    return _plain(text, False)


def _block_scalar(
    lines: list[str], start: int, parent_indent: int, style: str, strip: bool, last_line_open: bool
) -> tuple[str, int]:
    """A ``|`` or ``>`` scalar whose lines begin at ``start``; returns it and the next line."""
    end = len(lines)
    if start >= end or not lines[start]:
        raise _Unsupported  # leading blank lines: left to the full parser
    line = lines[start]
    body = line.lstrip(" ")
    indent = len(line) - len(body)
    if indent <= parent_indent or not body:
        raise _Unsupported  # an empty block scalar
    prefix = " " * indent
    content: list[str] = []
    index = start
    while index < end:
        line = lines[index]
        if not line:
            content.append("")
        elif line.startswith(prefix):
            content.append(line[indent:])
        elif line.strip(" "):
            break
        else:
            raise _Unsupported  # a blank line holding spaces
        index += 1
    while content and not content[-1]:
        content.pop()
    if index >= end and last_line_open:
        raise _Unsupported  # the text ends inside the scalar without a line break
    if style == "|":
        text = "\n".join(content)
    else:
        for part in content:
            if not part or part[0] == " " or part[-1] == " ":
                raise _Unsupported  # folding of blank or more indented lines
        text = " ".join(content)
    return (text if strip else text + "\n"), index


# The same reader in C (setup.py builds it where a compiler is at hand), unless switched off.
_c_parse: Callable[[str, int, Callable[[str], Any]], dict[str, Any] | None] | None
try:
    from ki_concept._plainyaml import parse as _c_parse
except ImportError:
    _c_parse = None
if os.environ.get("KI_CONCEPT_C_READER", "").lower() == "off":
    _c_parse = None


def c_reader_available() -> bool:
    """True when plain texts are read by the C reader."""
    return _c_parse is not None


def parse_plain(text: str, max_depth: int = 64) -> dict[str, Any] | None:
    """The data of ``text`` if it is plain block YAML with a mapping at the top, else ``None``.

    The C reader takes the text first where it is built; it reads the same part of YAML or
    less, and whatever it leaves goes to the Python reader.
    """
    if _c_parse is not None:
        try:
            data = _c_parse(text, max_depth, resolve_plain)
        except NumberTooLong:
            return None  # the full composer reports it
        if data is not None:
            return data
    return parse_plain_python(text, max_depth)


def parse_plain_python(text: str, max_depth: int = 64) -> dict[str, Any] | None:
    """:func:`parse_plain` without the C reader."""
    try:
        return _Reader(text, max_depth).read()
    except (_Unsupported, NumberTooLong):
        return None


def plain_positions(
    text: str, max_depth: int = 64
) -> tuple[dict[YamlPath, Position], dict[YamlPath, Position]] | None:
    """Value and key positions of a text :func:`parse_plain` reads, as the full composer
    records them; ``None`` where that takes the full composer (an empty sequence entry)."""
    reader = _Reader(text, max_depth, positions=True)
    try:
        reader.read()
    except (_Unsupported, NumberTooLong):
        return None
    return reader.values, reader.keys


class _Reader:
    """One pass over the lines of a text.

    A frame is ``[indent, container, is_map, pending, indent_text, path]``; ``pending`` is
    the key (mapping) or ``True`` (sequence) whose value is still a placeholder ``None``
    that a deeper block may replace; ``path`` is kept only when positions are recorded.
    """

    def __init__(self, text: str, max_depth: int, *, positions: bool = False) -> None:
        if "\r" in text:
            text = text.replace("\r\n", "\n")
            if "\r" in text:
                raise _Unsupported
        if _UNUSUAL_CHAR.search(text) is not None:
            raise _Unsupported
        self.last_line_open = not text.endswith("\n")
        self.text = text + "\n" if self.last_line_open else text
        self.max_depth = max_depth
        self.memo: dict[str, Any] = {}
        self._lines: list[str] | None = None
        self.record = positions
        self.values: dict[YamlPath, Position] = {}
        self.keys: dict[YamlPath, Position] = {}

    def lines(self) -> list[str]:
        if self._lines is None:
            self._lines = self.text.split("\n")
        return self._lines

    def read(self) -> dict[str, Any]:
        tokens = _LINE.findall(self.text)
        if len(tokens) != self.text.count("\n"):
            raise _Unsupported
        memo = self.memo
        non_text = _NON_TEXT_KEYS
        not_plain = _NOT_PLAIN_START
        special = _SPECIAL_START
        digits = _DIGITS
        record = self.record
        max_depth = self.max_depth
        stack: list[list[Any]] = []
        root: dict[str, Any] | None = None
        top: list[Any] = [-1, None, False, None, None, ()]
        top_indent: str | None = None  # the indentation of the current mapping's keys
        started = False
        index = 0
        count = len(tokens)
        while index < count:
            indent_text, dash, key, rest = tokens[index]
            index += 1
            key_column = -1
            if dash or not key or indent_text != top_indent:
                # Structure: a comment, a sequence entry, a mapping that opens or closes.
                if not key and not dash:
                    if not rest or rest[0] == "#":
                        continue  # a blank or comment line
                    if rest == "---" and not indent_text and not started:
                        started = True
                        continue
                    raise _Unsupported
                started = True
                indent = len(indent_text)
                while stack and stack[-1][0] > indent:
                    stack.pop()
                top = stack[-1] if stack else [-1, None, False, None, None, ()]
                if dash:
                    if top[0] == indent and not top[2]:
                        seq = top  # the next entry of the current sequence
                        seq[3] = None
                    else:
                        seq = self.open_sequence(stack, top, indent, index - 1)
                    column = indent + len(dash)
                    items = seq[1]
                    item_path: YamlPath = (*seq[5], len(items)) if record else ()
                    if not key:
                        if not rest or rest[0] == "#":
                            if record:
                                raise _Unsupported  # where an empty entry sits differs by parser
                            items.append(None)
                            seq[3] = True
                        elif rest[0] in "|>":
                            raise _Unsupported
                        else:
                            items.append(_value(rest, memo))
                            if record:
                                self.values[item_path] = (index, column + 1)
                                self.note_flow(item_path, rest, index, column + 1)
                        if len(stack) >= max_depth:
                            raise _Unsupported
                        top = stack[-1]
                        top_indent = None
                        continue
                    mapping: dict[str, Any] = {}
                    items.append(mapping)
                    frame: list[Any] = [
                        column,
                        mapping,
                        True,
                        None,
                        _indent_text(column),
                        item_path,
                    ]
                    stack.append(frame)
                    if record:
                        self.values[item_path] = (index, column + 1)
                    key_column = column
                else:
                    frame = self.open_mapping(stack, top, indent, indent_text, index - 1)
                    if root is None:
                        root = frame[1]
                    key_column = indent
                if len(stack) >= max_depth:
                    raise _Unsupported
                top = frame
                top_indent = frame[4]

            # A key of the current mapping, and its value; most lines are just this.
            mapping = top[1]
            if key in mapping or key in non_text:
                raise _Unsupported
            if record:
                column = key_column if key_column >= 0 else len(indent_text)
                self.note_entry(top, key, index - 1, column, rest)
            top[3] = None
            first = rest[:1]
            if first and first not in not_plain:
                cut = rest.find(" #")
                if cut >= 0:
                    rest = rest[:cut].rstrip(" ")
                elif rest[-1] == " ":
                    rest = rest.rstrip(" ")
                if ": " in rest or rest[-1] == ":":
                    raise _Unsupported
                if first not in special:
                    mapping[key] = rest
                elif first in digits and len(rest) > 4 and rest[4] == "-" and rest[3] in digits:
                    # a date: text under the core schema (see _SPECIAL_START)
                    mapping[key] = rest
                else:
                    mapping[key] = _resolve(rest, memo)
            elif first == "[" and (
                (items := _id_list(rest)) is not None
                or (items := _flow_list(rest, memo)) is not None
            ):
                mapping[key] = items
            else:
                index = self.put(top, key, rest, index)

        if root is None:
            raise _Unsupported
        return root

    def open_sequence(
        self, stack: list[list[Any]], top: list[Any], indent: int, line_index: int
    ) -> list[Any]:
        """The frame of the sequence a ``-`` line at ``indent`` belongs to."""
        if top[0] == indent:
            if not top[2]:
                top[3] = None
                return top
            if top[3] is None:
                raise _Unsupported
            # A sequence at the indentation of its key.
            frame: list[Any] = [indent, [], False, None, None, self.child_path(top)]
            top[1][top[3]] = frame[1]
            top[3] = None
        elif top[3] is not None and top[1] is not None:
            frame = [indent, [], False, None, None, self.child_path(top)]
            _attach(top, frame[1])
        else:
            raise _Unsupported  # the top level is a sequence, or a bad indentation
        if self.record:
            self.values[frame[5]] = (line_index + 1, indent + 1)
        stack.append(frame)
        return frame

    def open_mapping(
        self, stack: list[list[Any]], top: list[Any], indent: int, indent_text: str, line_index: int
    ) -> list[Any]:
        """The frame of the mapping a ``key:`` line at ``indent`` belongs to."""
        if top[1] is None:
            if stack or indent:
                raise _Unsupported  # a second top-level node, or an indented top level
            frame: list[Any] = [indent, {}, True, None, indent_text, ()]
        elif top[0] == indent:
            if not top[2]:
                if len(stack) < 2 or stack[-2][0] != indent:
                    raise _Unsupported
                stack.pop()  # a sequence at the indentation of its key ends here
                top = stack[-1]
            top[3] = None
            return top
        elif top[3] is not None:
            frame = [indent, {}, True, None, indent_text, self.child_path(top)]
            _attach(top, frame[1])
        else:
            raise _Unsupported  # deeper without a value to fill: continuation or bad indent
        if self.record:
            self.values[frame[5]] = (line_index + 1, indent + 1)
        stack.append(frame)
        return frame

    def child_path(self, frame: list[Any]) -> YamlPath:
        """The path of the value a frame left open (positions only)."""
        if not self.record:
            return ()
        if frame[2]:
            return (*frame[5], frame[3])
        return (*frame[5], len(frame[1]) - 1)

    def put(self, frame: list[Any], key: str, rest: str, index: int) -> int:
        """Store the value that ``rest`` starts under ``key`` (new to the mapping of ``frame``).

        Returns the next token index: a block scalar takes the lines below it.
        """
        mapping = frame[1]
        if not rest or rest[0] == "#":
            mapping[key] = None
            frame[3] = key
            return index
        first = rest[0]
        if first == "|" or first == ">":
            header = _BLOCK_HEADER.match(rest)
            if header is None:
                raise _Unsupported
            value, index = _block_scalar(
                self.lines(),
                index,
                frame[0],
                header.group(1),
                header.group(2) == "-",
                self.last_line_open,
            )
            mapping[key] = value
            return index
        mapping[key] = _value(rest, self.memo)
        return index

    # --- positions, as the composer in ki_concept.source records them ---------------------

    def note_entry(
        self, frame: list[Any], key: str, line_index: int, key_column: int, rest: str
    ) -> None:
        """The key's position; the value's, or the key's for an omitted value."""
        path = (*frame[5], key)
        line = line_index + 1
        self.keys[path] = (line, key_column + 1)
        if not rest or rest[0] == "#":
            self.values[path] = (line, key_column + 1)
            return
        column = len(self.lines()[line_index]) - len(rest) + 1
        self.values[path] = (line, column)
        self.note_flow(path, rest, line, column)

    def note_flow(self, path: YamlPath, rest: str, line: int, column: int) -> None:
        """Positions of the entries of a one-line flow collection starting at ``column``."""
        first = rest[0]
        if first != "[" and first != "{":
            return
        inner = rest[1 : rest.find("]" if first == "[" else "}")]
        if not inner.strip(" "):
            return
        offset = column + 1
        for number, part in enumerate(inner.split(",")):
            entry = part.lstrip(" ")
            at = offset + len(part) - len(entry)
            if first == "[":
                self.values[(*path, number)] = (line, at)
            else:
                key, _, value = entry.partition(": ")
                self.keys[(*path, key)] = (line, at)
                spaces = len(value) - len(value.lstrip(" "))
                self.values[(*path, key)] = (line, at + len(key) + 2 + spaces)
            offset += len(part) + 1


def _attach(frame: list[Any], value: Any) -> None:
    """Put a nested block in the place a frame left open."""
    if frame[2]:
        frame[1][frame[3]] = value
    else:
        frame[1][-1] = value
    frame[3] = None


class LazyDocument(YamlDocument):
    """A document read by :func:`parse_plain`: its positions are recorded on first use.

    The text is kept until a position is asked for, then read once more with positions
    (:func:`plain_positions`, else the full composer): the positions the full path gives.
    """

    def __init__(self, file: Path, data: Any, text: str, limits: Limits) -> None:
        # No dataclass __init__: the position tables are filled lazily.
        self.file = file
        self.data = data
        self._text: str | None = text
        self._limits = limits
        self._tables: tuple[dict[YamlPath, Position], dict[YamlPath, Position]] | None = None

    def _positions(self) -> tuple[dict[YamlPath, Position], dict[YamlPath, Position]]:
        if self._tables is None:
            assert self._text is not None
            self._tables = plain_positions(self._text, self._limits.max_depth)
            if self._tables is None:
                full = parse_with_positions(self.file, self._text, self._limits).document
                self._tables = (full.value_positions, full.key_positions) if full else ({}, {})
            self._text = None
        return self._tables

    @property
    def value_positions(self) -> dict[YamlPath, Position]:
        return self._positions()[0]

    @value_positions.setter
    def value_positions(self, table: dict[YamlPath, Position]) -> None:
        self._tables = (table, self._positions()[1])

    @property
    def key_positions(self) -> dict[YamlPath, Position]:
        return self._positions()[1]

    @key_positions.setter
    def key_positions(self, table: dict[YamlPath, Position]) -> None:
        self._tables = (self._positions()[0], table)

    def __repr__(self) -> str:
        state = "composed" if self._tables is not None else "not composed yet"
        return f"LazyDocument(file={self.file!r}, positions {state})"


def read_plain(file: Path, text: str, limits: Limits) -> ParsedFile | None:
    """``text`` read by the fast reader, or ``None`` when it needs the full parser."""
    data = parse_plain(text, limits.max_depth)
    if data is None:
        return None
    return ParsedFile(file, LazyDocument(file, data, text, limits), [])
