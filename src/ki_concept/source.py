"""Reading YAML files into plain data that remembers where every value came from.

One composer turns a stream of parser events into dicts, lists and scalars
(YAML 1.2 core schema) and records the 1-based position of every key and
value. Two parsers can feed it: libyaml through ``ruamel.yaml.clib`` (fast)
and ruamel's pure-Python parser (the reference). On any parser error the
file is parsed again with the pure parser, so messages never depend on
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
from typing import TYPE_CHECKING, Any

# ruamel.yaml is imported only where a text needs a full parser: the fast reader
# (ki_concept.fastyaml) reads ordinary concept files without it.
if TYPE_CHECKING:
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

from ki_concept.diagnostics import Diagnostic, YamlPath, diagnostic

Position = tuple[int, int]

ENV_MAX_BYTES = "KI_CONCEPT_MAX_BYTES"
ENV_PARSER = "KI_CONCEPT_YAML_PARSER"
DEFAULT_MAX_BYTES = 4 * 1024 * 1024


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
    if size <= 0:
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


@dataclass
class YamlDocument:
    """A parsed file: its data and the positions of its keys and values."""

    file: Path
    data: Any
    value_positions: dict[YamlPath, Position] = field(default_factory=dict)
    key_positions: dict[YamlPath, Position] = field(default_factory=dict)

    def position(self, path: YamlPath, *, key: bool = False) -> Position:
        """Where ``path`` is written; falls back to the nearest written ancestor."""
        table = self.key_positions if key else self.value_positions
        if path in table:
            return table[path]
        if key and path in self.value_positions:
            return self.value_positions[path]
        while path:
            path = path[:-1]
            if path in self.key_positions and path:
                return self.key_positions[path]
            if path in self.value_positions:
                return self.value_positions[path]
        return (1, 1)


@dataclass
class ParsedFile:
    file: Path
    document: YamlDocument | None
    diagnostics: list[Diagnostic]


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
    try:
        info = file.stat()
        if not stat.S_ISREG(info.st_mode):
            return None, [diagnostic("KI001", file, (1, 1), "read.not_regular")]
        if info.st_size > limits.max_bytes:
            return None, [_too_large(file, info.st_size, limits)]
        with file.open("rb") as handle:
            raw = handle.read(limits.max_bytes + 1)
    except OSError as exc:
        key = _ERRNO_KEYS.get(exc.errno or 0, "read.other")
        return None, [diagnostic("KI001", file, (1, 1), key, reason=exc.strerror or str(exc))]
    if len(raw) > limits.max_bytes:
        return None, [_too_large(file, len(raw), limits)]
    return decode(file, raw)


def _too_large(file: Path, size: int, limits: Limits) -> Diagnostic:
    return diagnostic(
        "KI002", file, (1, 1), "read.too_large", size=size, limit=limits.max_bytes,
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


# --- composing events --------------------------------------------------------

_EXPECT_KEY = object()
_SKIP = object()


class _Fatal(Exception):
    def __init__(self, diag: Diagnostic) -> None:
        self.diag = diag


class _Frame:
    __slots__ = ("anchor", "container", "is_map", "key", "path", "position", "size")

    def __init__(
        self, container: Any, is_map: bool, path: YamlPath, anchor: str | None, position: Position
    ) -> None:
        self.container = container
        self.is_map = is_map
        self.key: Any = _EXPECT_KEY
        self.path = path
        self.size = 1
        self.anchor = anchor
        self.position = position


class _Composer:
    """Builds data and positions from events with an explicit stack (no recursion)."""

    def __init__(self, file: Path, limits: Limits) -> None:
        self.file = file
        self.limits = limits
        self.values: dict[YamlPath, Position] = {}
        self.keys: dict[YamlPath, Position] = {}
        self.diagnostics: list[Diagnostic] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.alias_nodes = 0
        self.stack: list[_Frame] = []
        self.root: Any = None
        self.documents = 0

    def _child_path(self, top: _Frame) -> YamlPath | None:
        if top.is_map:
            if top.key is _EXPECT_KEY or top.key is _SKIP:
                return None
            return (*top.path, top.key)
        return (*top.path, len(top.container))

    def _attach(self, value: Any, position: Position, size: int, anchor: str | None) -> None:
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
            if not isinstance(value, str):
                self.diagnostics.append(
                    diagnostic("KI017", self.file, position, "yaml.key_not_text", path=top.path,
                               key=_yaml_text(value))
                )
                top.key = _SKIP
            elif value in top.container:
                first = self.keys.get((*top.path, value), (0, 0))[0]
                self.diagnostics.append(
                    diagnostic("KI011", self.file, position, "yaml.duplicate_key",
                               path=(*top.path, value), key=value, first=first)
                )
                top.key = _SKIP
            else:
                top.key = value
                self.keys[(*top.path, value)] = position
            return
        if key is not _SKIP:
            top.container[key] = value
        top.key = _EXPECT_KEY

    def _scalar(self, event: Any, position: Position) -> Any:
        value: str = event.value
        if event.style == '"':
            # Escapes can produce what the reader refuses in the file itself: control
            # characters (which could rewrite terminal output) and lone surrogates.
            bad = _NOT_PRINTABLE.search(value)
            if bad is not None:
                self.diagnostics.append(
                    diagnostic("KI003", self.file, position, "read.escaped_char",
                               code=f"U+{ord(bad.group()):04X}")
                )
                value = _NOT_PRINTABLE.sub("\ufffd", value)
        tag = event.tag
        plain = not event.style
        if tag is None:
            if not plain:
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
                diagnostic("KI014", self.file, position, "yaml.tag_mismatch", tag=_short_tag(tag),
                           value=_short(value))
            )
            return value
        self.diagnostics.append(
            diagnostic("KI014", self.file, position, "yaml.unknown_tag", tag=_short_tag(tag))
        )
        return value

    def _number_too_long(self, value: str, position: Position) -> str:
        """Report a number too long to read; it stays as its text."""
        self.diagnostics.append(
            diagnostic("KI104", self.file, position, "yaml.number_too_long",
                       digits=_number_digits(value), limit=sys.get_int_max_str_digits())
        )
        return value

    def _container_tag(self, event: Any, position: Position, expected: str) -> None:
        tag = event.tag
        if tag is None or str(tag) in ("!", _CORE + expected):
            return
        self.diagnostics.append(
            diagnostic("KI014", self.file, position, "yaml.unknown_tag", tag=_short_tag(str(tag)))
        )

    def feed(self, events: Iterable[Any]) -> None:
        from ruamel.yaml import events as ev

        scalar_cls, alias_cls = ev.ScalarEvent, ev.AliasEvent
        map_start, seq_start = ev.MappingStartEvent, ev.SequenceStartEvent
        map_end, seq_end = ev.MappingEndEvent, ev.SequenceEndEvent
        stack = self.stack
        values = self.values
        for event in events:
            cls = type(event)
            mark = event.start_mark
            position = (mark.line + 1, mark.column + 1)
            if cls is scalar_cls:
                value = self._scalar(event, position)
                if stack:
                    scalar_path = self._child_path(stack[-1])
                    if scalar_path is not None:
                        if _is_empty_plain(event) and stack[-1].is_map:
                            # The parsers place an omitted value at different marks (after the
                            # colon, or at the next token); both agree on where the key is.
                            position = self.keys.get(scalar_path, position)
                        values[scalar_path] = position
                else:
                    values[()] = position
                self._attach(value, position, 1, event.anchor)
            elif cls is map_start or cls is seq_start:
                if len(stack) >= self.limits.max_depth:
                    raise _Fatal(
                        diagnostic("KI016", self.file, position, "yaml.too_deep",
                                   limit=self.limits.max_depth)
                    )
                is_map = cls is map_start
                self._container_tag(event, position, "map" if is_map else "seq")
                maybe_path = self._child_path(stack[-1]) if stack else ()
                if maybe_path is None:
                    maybe_path = ("?",)  # a container used as a key: reported on attach
                else:
                    values[maybe_path] = position
                container: Any = {} if is_map else []
                stack.append(_Frame(container, is_map, maybe_path, event.anchor, position))
            elif cls is map_end or cls is seq_end:
                frame = stack.pop()
                self._attach(frame.container, frame.position, frame.size, frame.anchor)
            elif cls is alias_cls:
                self._alias(event, position)
            elif cls is ev.DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    raise _Fatal(diagnostic("KI012", self.file, position, "yaml.several_documents"))
            elif cls is ev.StreamEndEvent:
                return

    def _alias(self, event: Any, position: Position) -> None:
        target = self.anchors.get(event.anchor)
        if target is None:
            raise _Fatal(
                diagnostic("KI015", self.file, position, "yaml.undefined_alias", alias=event.anchor)
            )
        value, size = target
        self.alias_nodes += size
        if self.alias_nodes > self.limits.max_alias_nodes:
            raise _Fatal(
                diagnostic("KI015", self.file, position, "yaml.alias_bomb",
                           limit=self.limits.max_alias_nodes)
            )
        if self.stack:
            path = self._child_path(self.stack[-1])
            if path is not None:
                self.values[path] = position
        self._attach(value, position, size, None)


def _is_empty_plain(event: Any) -> bool:
    return event.value == "" and not event.style and event.tag is None and event.anchor is None


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
    return "!!" + tag[len(_CORE):] if tag.startswith(_CORE) else tag


# --- parsers -----------------------------------------------------------------


def _c_events(text: str) -> Iterator[Any]:
    from ruamel.yaml import CParser  # type: ignore[attr-defined]
    from ruamel.yaml import events as ev

    parser = CParser(text)
    try:
        while True:
            event = parser.get_event()
            yield event
            if type(event) is ev.StreamEndEvent:
                return
    finally:
        parser.dispose()


_PURE_YAML: Any = None


def _pure_events(text: str) -> Iterator[Any]:
    global _PURE_YAML
    if _PURE_YAML is None:
        from ruamel.yaml import YAML

        _PURE_YAML = YAML(typ="safe", pure=True)
    return iter(_PURE_YAML.parse(text))


def fast_parser_available() -> bool:
    try:
        from ruamel.yaml import CParser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - depends on the installation
        return False
    return CParser is not None


def _use_exact(exact: bool | None) -> bool:
    if exact is not None:
        return exact
    return os.environ.get(ENV_PARSER, "").lower() == "pure" or not fast_parser_available()


# Constructs where libyaml and ruamel's pure parser disagree (accept or refuse, anchor
# names, marks): tabs; a BOM, NEL, LS or PS inside the text; directives and '...'; tags,
# anchors, aliases and explicit '?' keys; a block scalar header followed by anything but
# its indicators, or by a first blank line holding spaces (ruamel then refuses more
# indented text). Text with any of them goes straight to the pure parser; a false alarm
# only costs speed. tests/test_equivalence.py fuzzes both paths against each other.
_BREAK = r"(?:\r\n|\r|\n)"
_NOT_SEP = r"[^\s\[\]{},]"
# One leading character class lets the regex engine skip ahead quickly (5 MB in ~30 ms);
# the lookbehinds then check what came before that character.
_REFERENCE_ONLY = (
    r"[\t\ufeff\x85\u2028\u2029%.!&*?|>](?:"
    r"(?<=[\t\ufeff\x85\u2028\u2029])"
    r"|(?<=%)(?<![^\r\n]%)"
    r"|(?<=\.)(?<![^\r\n]\.)\.\."
    r"|(?<=!)(?<!" + _NOT_SEP + "!)"
    r"|(?<=[&*])(?<!" + _NOT_SEP + r"[&*])\S"
    r"|(?<=\?)(?<!" + _NOT_SEP + r"\?)(?:\s|\Z)"
    r"|(?<=[|>])(?<![^\s\[\]{},:?-][|>])[-+0-9]*(?:[^-+0-9\s]|[ ]*(?:#.*)?"
    + _BREAK + "[ ]+" + _BREAK + "))"
)


def needs_reference_parser(text: str) -> bool:
    """True when ``text`` holds a construct only the pure parser reads the reference way."""
    # Compiled on first use (re caches it): texts the fast reader takes never get here.
    return re.search(_REFERENCE_ONLY, text) is not None


def parse_text(file: Path, text: str, limits: Limits, *, exact: bool | None = None) -> ParsedFile:
    """Read ``text`` into a :class:`YamlDocument`; ``exact`` forces the pure-Python parser.

    Plain block YAML (what concept files are) goes through the fast reader, whose document
    composes its positions only when one is asked for; anything else, and every text with a
    problem, goes through :func:`parse_with_positions`.
    """
    if not exact and (exact is False or os.environ.get(ENV_PARSER, "").lower() != "pure"):
        from ki_concept.fastyaml import read_plain

        fast = read_plain(file, text, limits)
        if fast is not None:
            return fast
    return parse_with_positions(file, text, limits, exact=exact)


def parse_with_positions(
    file: Path, text: str, limits: Limits, *, exact: bool | None = None
) -> ParsedFile:
    """Compose ``text`` with a full parser; ``exact`` forces the pure-Python one.

    The fast path must give the same data, positions and diagnostics as the pure one. It is
    only trusted for a clean run: a parser error or a fatal problem (alias bomb, nesting,
    several documents) is always reported by the pure parser, which may see an earlier
    problem than libyaml did.
    """
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    if not _use_exact(exact) and not needs_reference_parser(text):
        try:
            return _compose(file, _c_events(text), limits, fatal_ok=False)
        except (YAMLError, _Fatal):
            pass
    try:
        return _compose(file, _pure_events(text), limits, fatal_ok=True)
    except MarkedYAMLError as exc:
        return ParsedFile(file, None, [_syntax_diagnostic(file, text, exc)])
    except YAMLError as exc:  # ReaderError: a character YAML forbids
        return ParsedFile(file, None, [_reader_diagnostic(file, text, exc)])


def _compose(file: Path, events: Iterator[Any], limits: Limits, *, fatal_ok: bool) -> ParsedFile:
    composer = _Composer(file, limits)
    try:
        composer.feed(events)
    except _Fatal as fatal:
        if not fatal_ok:
            raise
        return ParsedFile(file, None, [*composer.diagnostics, fatal.diag])
    if composer.documents == 0 or composer.root is None:
        return ParsedFile(file, None, [diagnostic("KI013", file, (1, 1), "yaml.empty")])
    document = YamlDocument(file, composer.root, composer.values, composer.keys)
    diags = composer.diagnostics
    if not isinstance(composer.root, dict):
        kind = "list" if isinstance(composer.root, list) else "scalar"
        diags.append(diagnostic("KI018", file, composer.values.get((), (1, 1)),
                                f"yaml.root_is_{kind}"))
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


def load_file(file: Path, limits: Limits | None = None, *, exact: bool | None = None) -> ParsedFile:
    """Read and parse one YAML file; never raises for anything in the file."""
    limits = limits or Limits.from_env()
    text, problems = read_text(file, limits)
    if text is None:
        return ParsedFile(file, None, problems)
    return parse_text(file, text, limits, exact=exact)
