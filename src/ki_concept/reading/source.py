"""Reading YAML files into plain data that remembers where every value came from.

The one reader of ki-concept. One composer turns a stream of parser events into dicts,
lists and scalars (YAML 1.2 core schema) and records, in the same pass, a :class:`Node`
for every value: its 1-based line and column for messages and its character offsets for
edits. Two parsers can feed it: libyaml through ``ruamel.yaml.clib`` where it is
installed, and ruamel's pure-Python parser, the fallback and the reference. On any
parser error the file is parsed again with the pure parser, so messages never depend on
which parser ran first.

Nothing here constructs arbitrary objects: unknown tags are reported and the
value is kept as plain text.
"""

from __future__ import annotations

import errno
import math
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

# ruamel.yaml is imported when the first text is parsed, not when this module is.
if TYPE_CHECKING:
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

from ki_concept.diagnostics import Diagnostic, YamlPath, diagnostic

Position = tuple[int, int]
NodeKind = Literal["scalar", "alias", "map", "seq"]

ENV_MAX_BYTES = "KI_CONCEPT_MAX_BYTES"
ENV_PARSER = "KI_CONCEPT_YAML_PARSER"
DEFAULT_MAX_BYTES = 4 * 1024 * 1024
# No concept file is larger; a larger limit is a typing mistake (and would overflow).
MAX_BYTES_ALLOWED = 1024**4


_SIZE = re.compile(r"([0-9]+(?:\.[0-9]*)?)\s*([kmg]?)(?:i?b)?")


def parse_size(text: str) -> int:
    """``4M``, ``512k``, ``1.5MiB`` or a plain number of bytes; ValueError for anything else."""
    match = _SIZE.fullmatch(text.strip().lower())
    if match is None:
        raise ValueError(text)
    number, unit = match.groups()
    try:
        size = int(float(number) * 1024 ** ("_kmg".index(unit or "_")))
    except OverflowError:
        raise ValueError(text) from None
    if size <= 0 or size > MAX_BYTES_ALLOWED:
        raise ValueError(text)
    return size


@dataclass(frozen=True)
class Limits:
    """Bounds that keep hostile files from eating time and memory."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_depth: int = 64
    max_alias_nodes: int = 10_000

    @classmethod
    def from_env(cls) -> Limits:
        raw = os.environ.get(ENV_MAX_BYTES)
        if raw:
            try:
                return cls(max_bytes=parse_size(raw))
            except ValueError:
                pass  # the CLI reports a bad value; library callers get the default
        return cls()


# --- reading bytes -----------------------------------------------------------

_ERRNO_KEYS = {
    errno.EACCES: "read.permission",
    errno.EPERM: "read.permission",
    errno.ELOOP: "read.loop",
    errno.ENOENT: "read.missing",
    errno.EISDIR: "read.not_regular",
}


def read_text(file: Path, limits: Limits) -> tuple[str | None, list[Diagnostic]]:
    """The file's text, or diagnostics saying why it cannot be used."""
    raw, problems = read_bytes(file, limits)
    if raw is None:
        return None, problems
    return decode(file, raw)


def read_bytes(file: Path, limits: Limits) -> tuple[bytes | None, list[Diagnostic]]:
    """The bytes of a regular file within the size limit, or diagnostics saying why not."""
    try:
        info = file.stat()
        if not stat.S_ISREG(info.st_mode):
            return None, [diagnostic("KI001", file, (1, 1), "read.not_regular")]
        if info.st_size > limits.max_bytes:
            return None, [too_large(file, info.st_size, limits)]
        with file.open("rb") as handle:
            raw = handle.read(limits.max_bytes + 1)
    except OSError as exc:
        key = _ERRNO_KEYS.get(exc.errno or 0, "read.other")
        return None, [diagnostic("KI001", file, (1, 1), key, reason=exc.strerror or str(exc))]
    if len(raw) > limits.max_bytes:
        return None, [too_large(file, len(raw), limits)]
    return raw, []


def too_large(file: Path, size: int, limits: Limits) -> Diagnostic:
    return diagnostic(
        "KI002",
        file,
        (1, 1),
        "read.too_large",
        size=size,
        limit=limits.max_bytes,
        env=ENV_MAX_BYTES,
    )


# Line breaks as ruamel's marks count them, so every position in a file agrees.
_LINE_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")


def text_position(text: str, index: int) -> Position:
    """1-based line and column of ``text[index]``."""
    line, start = 1, 0
    for match in _LINE_BREAK.finditer(text, 0, index):
        line += 1
        start = match.end()
    return line, index - start + 1


def _offset_position(raw: bytes, offset: int) -> Position:
    before = raw[:offset].decode("utf-8", errors="replace")
    return text_position(before, len(before))


def decode(file: Path, raw: bytes) -> tuple[str | None, list[Diagnostic]]:
    """UTF-8 text without BOM, or a diagnostic at the first bad byte."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [diagnostic("KI003", file, (1, 1), "read.utf16")]
    nul = raw.find(b"\0")
    if nul >= 0:
        return None, [diagnostic("KI003", file, _offset_position(raw, nul), "read.nul")]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        position = _offset_position(raw, exc.start)
        byte = f"0x{raw[exc.start]:02X}"
        return None, [diagnostic("KI003", file, position, "read.not_utf8", byte=byte)]


# --- scalars (YAML 1.2 core schema) -------------------------------------------

_CORE = "tag:yaml.org,2002:"
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+\Z")
_OCT = re.compile(r"0o[0-7]+\Z")
_HEX = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")
_INF = re.compile(r"[-+]?\.(?:inf|Inf|INF)\Z")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)\Z")
_SPECIAL_START = frozenset("-+.0123456789~nNtTfF")
# What YAML allows in a file (its c-printable set, as ruamel's reader checks it).
# Written as the refused ranges: the complement compiles in ~5 ms, this in a fraction of it.
_NOT_PRINTABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"
)


class NumberTooLong(ValueError):
    """A whole number with more digits than Python turns into an int (see ``resolve_plain``)."""


def _printable_int(value: int, text: str) -> int:
    """``value``, unless its decimal digits are more than Python turns into text."""
    limit = sys.get_int_max_str_digits()
    if limit and value.bit_length() * 0.30103 >= limit:  # log10(2): its decimal digits
        raise NumberTooLong(text)
    return value


def _number_digits(text: str) -> int:
    """The digits of a number as written, without sign or base prefix."""
    body = text.lstrip("+-")
    return len(body) - 2 if body[:2] in ("0x", "0o") else len(body)


def resolve_plain(text: str) -> Any:
    """The value of an untagged plain scalar under the YAML 1.2 core schema.

    Raises :class:`NumberTooLong` for a whole number of more than
    ``sys.get_int_max_str_digits()`` digits: Python refuses to convert it, as converting
    such numbers takes time that grows with the square of their length.
    """
    if text and text[0] not in _SPECIAL_START:
        return text
    if text in _NULLS:
        return None
    if text in _BOOLS:
        return _BOOLS[text]
    if _INT.match(text):
        try:
            return int(text)
        except ValueError:
            raise NumberTooLong(text) from None
    if _OCT.match(text):
        return _printable_int(int(text[2:], 8), text)
    if _HEX.match(text):
        return _printable_int(int(text[2:], 16), text)
    if _FLOAT.match(text):
        return float(text)
    if _INF.match(text):
        return -math.inf if text.startswith("-") else math.inf
    if _NAN.match(text):
        return math.nan
    return text


_TYPED_SCALARS = {
    _CORE + "null": lambda v: v is None,
    _CORE + "bool": lambda v: isinstance(v, bool),
    _CORE + "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    _CORE + "float": lambda v: isinstance(v, float | int) and not isinstance(v, bool),
}


class Node:
    """Where one value is written: line and column for messages, offsets for edits.

    ``line`` and ``column`` (1-based) are where the node begins as written, an anchor or
    tag included; an omitted value in a mapping takes its key's place. ``start`` and
    ``end`` are character offsets into the text: ``start`` is the first character of the
    value itself (after any anchor or tag), ``end`` is just past its last character of
    content: after the closing quote or bracket, after the last non-blank character of a
    block scalar or block collection. An omitted value has ``start == end``, right after
    its ``:`` or ``-``. An entry of a mapping also carries its key's place (``key_*``; the
    key's offsets span the key as written). ``keep_end`` is set when the node ends in a
    ``|+``/``>+`` scalar, whose trailing blank lines belong to its value: new lines go
    after them. ``anchor`` is the node's ``&name``; for an alias, the name it refers to.
    """

    __slots__ = (
        "anchor",
        "column",
        "end",
        "flow",
        "keep_end",
        "key",
        "kind",
        "line",
        "start",
        "style",
    )

    def __init__(
        self,
        kind: NodeKind,
        line: int,
        column: int,
        start: int,
        end: int,
        style: str | None = None,
        anchor: str | None = None,
    ) -> None:
        self.kind = kind
        self.line = line
        self.column = column
        self.start = start
        self.end = end
        self.style = style
        self.anchor = anchor
        self.flow = False
        self.keep_end: int | None = None
        self.key: Node | None = None  # for an entry of a mapping: where its key is written

    def record(self) -> tuple[Any, ...]:
        """Everything the node knows, for comparing two readings of one text."""
        key = self.key.record() if self.key is not None else None
        return (
            self.kind,
            self.line,
            self.column,
            self.start,
            self.end,
            self.style,
            self.anchor,
            self.flow,
            self.keep_end,
            key,
        )


@dataclass
class YamlDocument:
    """A parsed file: its text, its data and where each key and value is written."""

    file: Path
    text: str
    data: Any
    nodes: dict[YamlPath, Node] = field(default_factory=dict)
    # Anchor names that some alias refers to.
    aliases: set[str] = field(default_factory=set)

    def position(self, path: YamlPath, *, key: bool = False) -> Position:
        """Where ``path`` is written; falls back to the nearest written ancestor."""
        nodes = self.nodes
        node = nodes.get(path)
        if node is not None:
            if key and node.key is not None:
                return (node.key.line, node.key.column)
            return (node.line, node.column)
        while path:
            path = path[:-1]
            node = nodes.get(path)
            if node is not None:
                if path and node.key is not None:
                    return (node.key.line, node.key.column)
                return (node.line, node.column)
        return (1, 1)


@dataclass
class ParsedFile:
    file: Path
    document: YamlDocument | None
    diagnostics: list[Diagnostic]


# --- composing events --------------------------------------------------------

_EXPECT_KEY = object()
_SKIP = object()
# A block scalar header: ``|`` or ``>`` with its indicators.
BLOCK_HEADER = re.compile(r"[|>][1-9+-]{0,2}")


class _Fatal(Exception):
    def __init__(self, diag: Diagnostic) -> None:
        self.diag = diag


class _Frame:
    """An open mapping or sequence, and for a mapping the key waiting for its value."""

    __slots__ = ("anchor", "container", "is_map", "key", "key_node", "last", "node", "path", "size")

    def __init__(
        self, container: Any, is_map: bool, path: YamlPath, anchor: str | None, node: Node
    ) -> None:
        self.container = container
        self.is_map = is_map
        self.key: Any = _EXPECT_KEY
        self.key_node: Node | None = None
        self.path = path
        self.size = 1
        self.anchor = anchor
        self.node = node
        self.last: Node | None = None  # the child written last, where a block collection ends


class _Composer:
    """Builds data and nodes from events with an explicit stack (no recursion)."""

    def __init__(self, file: Path, text: str, limits: Limits) -> None:
        self.file = file
        self.text = text
        self.limits = limits
        self.nodes: dict[YamlPath, Node] = {}
        self.aliases: set[str] = set()
        self.diagnostics: list[Diagnostic] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.alias_nodes = 0
        self.stack: list[_Frame] = []
        self.root: Any = None
        self.documents = 0
        self.previous_end: Any = None  # the end mark of the event before

    # --- placing nodes ----------------------------------------------------------

    def _place(self, node: Node) -> YamlPath | None:
        """Register ``node`` under the path it takes; None for a key or a skipped entry."""
        stack = self.stack
        if not stack:
            self.nodes[()] = node
            return ()
        top = stack[-1]
        if top.is_map:
            key = top.key
            if key is _EXPECT_KEY or key is _SKIP:
                return None
            node.key = top.key_node
            path: YamlPath = (*top.path, key)
        else:
            path = (*top.path, len(top.container))
        self.nodes[path] = node
        top.last = node
        return path

    def _attach(self, value: Any, node: Node, size: int, anchor: str | None) -> None:
        """Add a finished value to the open collection (or make it the document)."""
        if anchor is not None:
            self.anchors[anchor] = (value, size)
        stack = self.stack
        if not stack:
            self.root = value
            return
        top = stack[-1]
        top.size += size
        if not top.is_map:
            top.container.append(value)
            return
        key = top.key
        if key is _EXPECT_KEY:
            self._take_key(top, value, node)
            return
        if key is not _SKIP:
            top.container[key] = value
        top.key = _EXPECT_KEY

    def _take_key(self, top: _Frame, value: Any, node: Node) -> None:
        position = (node.line, node.column)
        if not isinstance(value, str):
            self.diagnostics.append(
                diagnostic(
                    "KI017",
                    self.file,
                    position,
                    "yaml.key_not_text",
                    path=top.path,
                    key=_yaml_text(value),
                )
            )
            top.key = _SKIP
        elif value in top.container:
            first = self.nodes.get((*top.path, value))
            self.diagnostics.append(
                diagnostic(
                    "KI011",
                    self.file,
                    position,
                    "yaml.duplicate_key",
                    path=(*top.path, value),
                    key=value,
                    first=first.key.line if first is not None and first.key else 0,
                )
            )
            top.key = _SKIP
        else:
            top.key = value
            top.key_node = node

    def _empty_value_place(self, node: Node, mark: Any) -> None:
        """An omitted value sits right after its ``:`` or ``-``, not at the next token.

        The two parsers mark it at different places; both agree on where the indicator is.
        """
        top = self.stack[-1]
        text = self.text
        if top.is_map:
            if top.key is _EXPECT_KEY or top.key_node is None:
                return  # an omitted key: '?' alone or ': v'
            key_node = top.key_node
            node.line, node.column = key_node.line, key_node.column
            after, indicator = key_node.end, ":"
        else:
            after = top.last.end if top.last is not None else top.node.start
            indicator = "-"
        position = skip_space(text, after, comments=indicator == "-")
        if position < len(text) and text[position] == indicator:
            node.start = node.end = position + 1
            if indicator == "-":
                node.line, node.column = self._position_after(position + 1, mark)

    def _position_after(self, index: int, mark: Any) -> Position:
        """Line and column of ``index``, counted on from the end of the event before."""
        previous = self.previous_end
        if previous is None or previous.index > index:
            return (mark.line + 1, mark.column + 1)
        line, column, start = previous.line + 1, previous.column + 1, previous.index
        for match in _LINE_BREAK.finditer(self.text, start, index):
            line += 1
            start = match.end()
            column = 1
        return (line, column + index - start)

    def _content_start(self, start: int, limit: int) -> int:
        """Move past ``&anchor`` and ``!tag`` to where the value itself begins."""
        text = self.text
        position = start
        while position < limit and text[position] in "&!":
            while position < len(text) and not text[position].isspace():
                position += 1
            position = skip_space(text, position, comments=True)
        return min(position, limit) if limit >= start else start

    # --- scalars ------------------------------------------------------------------

    def _scalar(self, event: Any, position: Position) -> Any:
        value: str = event.value
        style = event.style
        if style == '"':
            # Escapes can produce what the reader refuses in the file itself: control
            # characters (which could rewrite terminal output) and lone surrogates.
            bad = _NOT_PRINTABLE.search(value)
            if bad is not None:
                self.diagnostics.append(
                    diagnostic(
                        "KI003",
                        self.file,
                        position,
                        "read.escaped_char",
                        code=f"U+{ord(bad.group()):04X}",
                    )
                )
                value = _NOT_PRINTABLE.sub("\ufffd", value)
        tag = event.tag
        if tag is None:
            if style:
                return value
            try:
                return resolve_plain(value)
            except NumberTooLong:
                return self._number_too_long(value, position)
        tag = str(tag)
        if tag == "!" or tag == _CORE + "str":
            return value
        check = _TYPED_SCALARS.get(tag)
        if check is not None:
            try:
                resolved = resolve_plain(value)
            except NumberTooLong:
                return self._number_too_long(value, position)  # not also a tag mismatch
            if check(resolved):
                return float(resolved) if tag.endswith("float") else resolved
            self.diagnostics.append(
                diagnostic(
                    "KI014",
                    self.file,
                    position,
                    "yaml.tag_mismatch",
                    tag=_short_tag(tag),
                    value=_short(value),
                )
            )
            return value
        self.diagnostics.append(
            diagnostic("KI014", self.file, position, "yaml.unknown_tag", tag=_short_tag(tag))
        )
        return value

    def _number_too_long(self, value: str, position: Position) -> str:
        """Report a number too long to read; it stays as its text."""
        self.diagnostics.append(
            diagnostic(
                "KI104",
                self.file,
                position,
                "yaml.number_too_long",
                digits=_number_digits(value),
                limit=sys.get_int_max_str_digits(),
            )
        )
        return value

    def _scalar_node(self, event: Any) -> Node:
        mark = event.start_mark
        end_mark = event.end_mark
        start, end = mark.index, end_mark.index
        style = event.style or None
        if event.anchor is not None or event.tag is not None:
            start = self._content_start(start, end)
        node = Node("scalar", mark.line + 1, mark.column + 1, start, end, style)
        if style == "|" or style == ">":
            text = self.text
            node.end = start + len(text[start:end].rstrip())
            header = BLOCK_HEADER.match(text, start)
            if header is not None and "+" in header.group():
                node.keep_end = end
        elif not style and event.value == "" and event.tag is None and self.stack:
            self._empty_value_place(node, mark)
        node.anchor = event.anchor
        return node

    def _container_tag(self, event: Any, position: Position, expected: str) -> None:
        tag = event.tag
        if tag is None or str(tag) in ("!", _CORE + expected):
            return
        self.diagnostics.append(
            diagnostic("KI014", self.file, position, "yaml.unknown_tag", tag=_short_tag(str(tag)))
        )

    # --- the event loop -------------------------------------------------------------

    def feed(self, events: Iterable[Any]) -> None:
        from ruamel.yaml import events as ev

        scalar_cls, alias_cls = ev.ScalarEvent, ev.AliasEvent
        map_start, seq_start = ev.MappingStartEvent, ev.SequenceStartEvent
        map_end, seq_end = ev.MappingEndEvent, ev.SequenceEndEvent
        stack = self.stack
        nodes = self.nodes
        for event in events:
            cls = type(event)
            if cls is scalar_cls:
                value = event.value
                style = event.style
                if (
                    not value
                    or not stack
                    or event.ctag is not None
                    or event.anchor is not None
                    or (style and style not in "'\"")
                ):
                    self._any_scalar(event)
                    self.previous_end = event.end_mark
                    continue
                # A plain or quoted scalar inside a collection, most of any file: the steps
                # of _any_scalar, _place and _attach written out, as they run per value.
                mark = event.start_mark
                node = Node(
                    "scalar",
                    mark.line + 1,
                    mark.column + 1,
                    mark.index,
                    event.end_mark.index,
                    style or None,
                )
                if style:
                    if style == '"':
                        value = self._scalar(event, (node.line, node.column))
                elif value[0] in _SPECIAL_START:
                    try:
                        value = resolve_plain(value)
                    except NumberTooLong:
                        value = self._number_too_long(value, (node.line, node.column))
                top = stack[-1]
                top.size += 1
                if not top.is_map:
                    nodes[(*top.path, len(top.container))] = node
                    top.last = node
                    top.container.append(value)
                elif top.key is _EXPECT_KEY:
                    self._take_key(top, value, node)
                else:
                    if top.key is not _SKIP:
                        node.key = top.key_node
                        nodes[(*top.path, top.key)] = node
                        top.last = node
                        top.container[top.key] = value
                    top.key = _EXPECT_KEY
            elif cls is map_start or cls is seq_start:
                self._open(event, cls is map_start)
            elif cls is map_end or cls is seq_end:
                frame = stack.pop()
                node = frame.node
                if node.flow:
                    node.end = event.end_mark.index
                elif frame.last is not None:
                    node.end, node.keep_end = frame.last.end, frame.last.keep_end
                self._attach(frame.container, node, frame.size, frame.anchor)
            elif cls is alias_cls:
                self._alias(event)
            elif cls is ev.DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    mark = event.start_mark
                    raise _Fatal(
                        diagnostic(
                            "KI012",
                            self.file,
                            (mark.line + 1, mark.column + 1),
                            "yaml.several_documents",
                        )
                    )
            elif cls is ev.StreamEndEvent:
                return
            self.previous_end = event.end_mark

    def _any_scalar(self, event: Any) -> None:
        node = self._scalar_node(event)
        value = self._scalar(event, (node.line, node.column))
        self._place(node)
        self._attach(value, node, 1, event.anchor)

    def _open(self, event: Any, is_map: bool) -> None:
        stack = self.stack
        mark = event.start_mark
        position = (mark.line + 1, mark.column + 1)
        if len(stack) >= self.limits.max_depth:
            raise _Fatal(
                diagnostic(
                    "KI016", self.file, position, "yaml.too_deep", limit=self.limits.max_depth
                )
            )
        start = mark.index
        anchor = event.anchor
        if event.ctag is not None:
            self._container_tag(event, position, "map" if is_map else "seq")
        if anchor is not None or event.ctag is not None:
            start = self._content_start(start, len(self.text))
        node = Node(
            "map" if is_map else "seq", position[0], position[1], start, start, None, anchor
        )
        node.flow = bool(event.flow_style)
        path = self._place(node)
        if path is None:
            path = ("?",)  # a collection used as a key: reported once it is attached
        stack.append(_Frame({} if is_map else [], is_map, path, anchor, node))

    def _alias(self, event: Any) -> None:
        mark = event.start_mark
        position = (mark.line + 1, mark.column + 1)
        target = self.anchors.get(event.anchor)
        if target is None:
            raise _Fatal(
                diagnostic("KI015", self.file, position, "yaml.undefined_alias", alias=event.anchor)
            )
        value, size = target
        self.alias_nodes += size
        if self.alias_nodes > self.limits.max_alias_nodes:
            raise _Fatal(
                diagnostic(
                    "KI015",
                    self.file,
                    position,
                    "yaml.alias_bomb",
                    limit=self.limits.max_alias_nodes,
                )
            )
        self.aliases.add(event.anchor)
        node = Node("alias", position[0], position[1], mark.index, event.end_mark.index, None)
        node.anchor = event.anchor
        self._place(node)
        self._attach(value, node, size, None)


def skip_space(text: str, index: int, *, comments: bool) -> int:
    """The next index that is not blank (nor, with ``comments``, inside a comment)."""
    while index < len(text):
        char = text[index]
        if char in " \t\r\n":
            index += 1
        elif comments and char == "#":
            newline = text.find("\n", index)
            index = len(text) if newline < 0 else newline
        else:
            break
    return index


def _short(value: object, limit: int = 40) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _yaml_text(value: object) -> str:
    """A key as YAML would write it, not as Python prints it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, list):
        return "[…]"
    return _short(value)


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag


# --- parsers -----------------------------------------------------------------


class ParserFailure(Exception):
    """The parser stopped on a text with an exception that is not a YAML error of its own."""

    def __init__(self, cause: Exception) -> None:
        super().__init__(str(cause))
        self.cause = cause


def _c_events(text: str) -> Iterator[Any]:
    from ruamel.yaml import CParser  # type: ignore[attr-defined]
    from ruamel.yaml import events as ev
    from ruamel.yaml.error import YAMLError

    parser = CParser(text)
    try:
        while True:
            try:
                event = parser.get_event()
            except YAMLError:
                raise
            except Exception as exc:  # any other refusal of the text
                raise ParserFailure(exc) from exc
            yield event
            if type(event) is ev.StreamEndEvent:
                return
    finally:
        parser.dispose()


def _pure_events(text: str) -> Iterator[Any]:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    events = iter(YAML(typ="safe", pure=True).parse(text))
    while True:
        try:
            event = next(events)
        except StopIteration:
            return
        except YAMLError:
            raise
        except Exception as exc:  # e.g. an assertion on '%YAML 1.3'
            raise ParserFailure(exc) from exc
        yield event


def fast_parser_available() -> bool:
    try:
        from ruamel.yaml import CParser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - depends on the installation
        return False
    return CParser is not None


def _use_pure(pure: bool | None) -> bool:
    if pure is not None:
        return pure
    return os.environ.get(ENV_PARSER, "").lower() == "pure" or not fast_parser_available()


# Constructs where libyaml and ruamel's pure parser disagree (accept or refuse, anchor
# names, marks): tabs; a BOM, NEL, LS or PS inside the text; directives and '...'; tags,
# anchors, aliases and explicit '?' keys; a block scalar header followed by anything but
# its indicators, or by a first blank line holding spaces (ruamel then refuses more
# indented text); a quoted key with its ':' right after the quote ("a":b in flow). Text
# with any of them goes straight to the pure parser; a false alarm only costs speed.
# tests/test_equivalence.py fuzzes both paths against each other.
_BREAK = r"(?:\r\n|\r|\n)"
_NOT_SEP = r"[^\s\[\]{},]"
# One leading character class lets the regex engine skip ahead quickly (5 MB in ~30 ms);
# the lookbehinds then check what came before that character.
_REFERENCE_ONLY = (
    r"[\t\ufeff\x85\u2028\u2029%.!&*?|>\"'](?:"
    r"(?<=[\t\ufeff\x85\u2028\u2029])"
    r"|(?<=[\"']):\S"
    r"|(?<=%)(?<![^\r\n]%)"
    r"|(?<=\.)(?<![^\r\n]\.)\.\."
    r"|(?<=!)(?<!" + _NOT_SEP + "!)"
    r"|(?<=[&*])(?<!" + _NOT_SEP + r"[&*])\S"
    r"|(?<=\?)(?<!" + _NOT_SEP + r"\?)(?:\s|\Z)"
    r"|(?<=[|>])(?<![^\s\[\]{},:?-][|>])[-+0-9]*(?:[^-+0-9\s]|[ ]*(?:#.*)?"
    + _BREAK
    + "[ ]+"
    + _BREAK
    + "))"
)


def needs_reference_parser(text: str) -> bool:
    """True when ``text`` holds a construct only the pure parser reads the reference way."""
    # re compiles the pattern on first use and keeps it: a run that reads no YAML never pays.
    return re.search(_REFERENCE_ONLY, text) is not None


def parse_text(file: Path, text: str, limits: Limits, *, pure: bool | None = None) -> ParsedFile:
    """Compose ``text`` into a :class:`YamlDocument`; ``pure`` forces ruamel's Python parser.

    libyaml reads the text when it is installed and the text holds nothing the two parsers
    read differently; it gives the same data, nodes and diagnostics as the pure parser
    (tests/test_equivalence.py). Its result is only trusted for a clean run: on a parser
    error or a fatal problem (alias bomb, nesting, several documents) the pure parser
    reads the text again, as it may see an earlier problem than libyaml did, and its
    messages are the ones documented.
    """
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    if not _use_pure(pure) and not needs_reference_parser(text):
        try:
            return _compose(file, text, _c_events(text), limits, fatal_ok=False)
        except (YAMLError, ParserFailure, _Fatal):
            pass
    try:
        return _compose(file, text, _pure_events(text), limits, fatal_ok=True)
    except MarkedYAMLError as exc:
        return ParsedFile(file, None, [_syntax_diagnostic(file, text, exc)])
    except YAMLError as exc:  # ReaderError: a character YAML forbids
        return ParsedFile(file, None, [_reader_diagnostic(file, text, exc)])
    except ParserFailure as exc:
        return ParsedFile(file, None, [_parser_failure(file, text, exc.cause)])


def _compose(
    file: Path, text: str, events: Iterator[Any], limits: Limits, *, fatal_ok: bool
) -> ParsedFile:
    composer = _Composer(file, text, limits)
    try:
        composer.feed(events)
    except _Fatal as fatal:
        if not fatal_ok:
            raise
        return ParsedFile(file, None, [*composer.diagnostics, fatal.diag])
    if composer.documents == 0 or composer.root is None:
        return ParsedFile(file, None, [diagnostic("KI013", file, (1, 1), "yaml.empty")])
    document = YamlDocument(file, text, composer.root, composer.nodes, composer.aliases)
    diags = composer.diagnostics
    if not isinstance(composer.root, dict):
        kind = "list" if isinstance(composer.root, list) else "scalar"
        diags.append(diagnostic("KI018", file, document.position(()), f"yaml.root_is_{kind}"))
        return ParsedFile(file, None, diags)
    return ParsedFile(file, document, diags)


_SYNTAX_HINTS = (
    ("'\\t'", "yaml.hint.tab"),
    ("mapping values are not allowed", "yaml.hint.mapping_values"),
    ("could not find expected ':'", "yaml.hint.colon"),
    ("expected <block end>", "yaml.hint.indent"),
    ("did not find expected key", "yaml.hint.indent"),
    ("found unexpected end of stream", "yaml.hint.eof"),
    ("found undefined tag handle", "yaml.hint.tag_handle"),
    ("expected ',' or ']'", "yaml.hint.flow"),
    ("expected ',' or '}'", "yaml.hint.flow"),
    ("found character '@' that cannot start any token", "yaml.hint.reserved"),
    ("found character '`' that cannot start any token", "yaml.hint.reserved"),
    ("found unknown escape character", "yaml.hint.escape"),
    ("YAML document", "yaml.hint.directive"),
    ("YAML directive", "yaml.hint.directive"),
    ("expected '<document start>'", "yaml.hint.document"),
    ("expected chomping or indentation indicators", "yaml.hint.block_scalar"),
    ("expected a comment or a line break", "yaml.hint.block_scalar"),
    ("expected alphabetic or numeric character", "yaml.hint.anchor"),
    ("sequence entries are not allowed here", "yaml.hint.sequence"),
)


def _syntax_diagnostic(file: Path, text: str, exc: MarkedYAMLError) -> Diagnostic:
    # The problem alone: str(exc) would repeat the file excerpt ruamel adds.
    lines = str(exc.problem or exc.context or "").strip().splitlines()
    problem = lines[0] if lines else "?"
    mark = exc.problem_mark or exc.context_mark
    if exc.context_mark is not None and ("end of stream" in problem or "<stream end>" in problem):
        # The end of the file is no place to fix anything; the unclosed quote or bracket is.
        mark = exc.context_mark
    position = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    hint_key = next((key for needle, key in _SYNTAX_HINTS if needle in problem), None)
    if hint_key is None and "\t" in _line(text, position[0]):
        hint_key = "yaml.hint.tab"
    key = hint_key or "yaml.syntax"
    return diagnostic("KI010", file, position, key, problem=problem)


def _reader_diagnostic(file: Path, text: str, exc: YAMLError) -> Diagnostic:
    index = getattr(exc, "position", 0) or 0
    # ruamel gives the code point as an int; older releases gave the character.
    character = getattr(exc, "character", None)
    if isinstance(character, str) and character:
        character = ord(character[0])
    if not isinstance(character, int) and 0 <= index < len(text):
        character = ord(text[index])
    code = f"U+{character:04X}" if isinstance(character, int) else "?"
    return diagnostic("KI003", file, text_position(text, index), "read.control_char", code=code)


def _line(text: str, line: int) -> str:
    lines = text.split("\n", line)
    return lines[line - 1] if len(lines) >= line else ""


def _parser_failure(file: Path, text: str, exc: Exception) -> Diagnostic:
    """A text the parser refused without a YAML error of its own; at a directive if any."""
    problem = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    directive = re.search(r"^%", text, re.MULTILINE)
    if directive is not None:
        position = text_position(text, directive.start())
        return diagnostic("KI010", file, position, "yaml.hint.directive", problem=problem)
    return diagnostic("KI010", file, (1, 1), "yaml.syntax", problem=problem)


def load_file(file: Path, limits: Limits | None = None, *, pure: bool | None = None) -> ParsedFile:
    """Read and parse one YAML file; never raises for anything in the file."""
    limits = limits or Limits.from_env()
    text, problems = read_text(file, limits)
    if text is None:
        return ParsedFile(file, None, problems)
    return parse_text(file, text, limits, pure=pure)
