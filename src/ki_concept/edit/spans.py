"""Where each key and value of a YAML text is written, to the character, and splicing text in.

Edits never re-serialise a document: they replace or insert characters at
exact offsets found here, so comments, quoting and layout elsewhere survive
byte for byte (the approach of pre-commit's config rewriting).

Offsets come from the events of ruamel's pure-Python parser, whose marks are
character indexes into the very string it was given (CRLF line breaks count
as two characters, as they are in the text).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from ruamel.yaml import YAML
from ruamel.yaml import events as ev

from ki_concept.diagnostics import YamlPath

NodeKind = Literal["scalar", "alias", "map", "seq"]

BLOCK_HEADER = re.compile(r"[|>][1-9+-]{0,2}")

_PARSER: Any = None


def _events(text: str) -> Iterable[Any]:
    global _PARSER
    if _PARSER is None:
        _PARSER = YAML(typ="safe", pure=True)
    events: Iterable[Any] = _PARSER.parse(text)
    return events


@dataclass
class Node:
    """One written node.

    ``start`` is the first character of the node itself (after any anchor or
    tag); ``end`` is just past its last character of content: after the
    closing quote or bracket, after the last non-blank character of a block
    scalar or block collection. An empty value has ``start == end``, right
    after its ``:``.

    ``keep_end`` is set when the node ends in a ``|+``/``>+`` scalar, whose
    trailing blank lines belong to its value: new lines go after them.
    ``anchor`` is the node's ``&name``; for an alias, the name it refers to.
    """

    kind: NodeKind
    start: int
    end: int
    style: str | None = None
    flow: bool = False
    value: str = ""
    key: Node | None = None
    children: list[str | int] = field(default_factory=list)
    keep_end: int | None = None
    anchor: str | None = None


class SpanIndex:
    """The nodes of one YAML text by path (``("massnahmen", 2, "status")``)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.nodes: dict[YamlPath, Node] = {}
        self.aliases: set[str] = set()  # anchor names some alias refers to
        self._build()

    # --- building -------------------------------------------------------------

    def _build(self) -> None:
        # Each open collection: its path, its node, and for a mapping the key seen last.
        stack: list[tuple[YamlPath, Node, list[Node | None]]] = []
        text = self.text
        for event in _events(text):
            cls = type(event)
            if cls is ev.ScalarEvent or cls is ev.AliasEvent:
                start = self._skip_properties(event.start_mark.index, event.end_mark.index)
                end = event.end_mark.index
                style = getattr(event, "style", None)
                keep_end = None
                if style in ("|", ">"):
                    end = start + len(text[start:end].rstrip())
                    header = BLOCK_HEADER.match(text, start)
                    if header and "+" in header.group():
                        keep_end = event.end_mark.index
                node = Node(
                    "scalar" if cls is ev.ScalarEvent else "alias",
                    start,
                    end,
                    style,
                    value=event.value if cls is ev.ScalarEvent else "",
                    keep_end=keep_end,
                    anchor=event.anchor,
                )
                if cls is ev.AliasEvent:
                    self.aliases.add(event.anchor)
                self._attach(
                    stack, node, empty=cls is ev.ScalarEvent and event.value == "" and not style
                )
            elif cls is ev.MappingStartEvent or cls is ev.SequenceStartEvent:
                start = self._skip_properties(event.start_mark.index, len(text))
                kind: NodeKind = "map" if cls is ev.MappingStartEvent else "seq"
                node = Node(kind, start, start, flow=bool(event.flow_style), anchor=event.anchor)
                path = self._attach(stack, node, empty=False)
                stack.append((path, node, [None]))
            elif cls is ev.MappingEndEvent or cls is ev.SequenceEndEvent:
                path, node, _ = stack.pop()
                if node.flow:
                    node.end = event.end_mark.index
                elif node.children:
                    last = self.nodes[(*path, node.children[-1])]
                    node.end, node.keep_end = last.end, last.keep_end

    def _attach(
        self, stack: list[tuple[YamlPath, Node, list[Node | None]]], node: Node, *, empty: bool
    ) -> YamlPath:
        """Record ``node`` under its parent; returns its path."""
        if not stack:
            self.nodes[()] = node
            return ()
        parent_path, parent, pending = stack[-1]
        if parent.kind == "seq":
            index = len(parent.children)
            path: YamlPath = (*parent_path, index)
            if empty:
                previous = self.nodes[(*parent_path, index - 1)].end if index else parent.start
                self._place_empty(node, previous, "-")
            parent.children.append(index)
            self.nodes[path] = node
            return path
        key = pending[0]
        if key is None:
            # This node is a key; non-text keys cannot be addressed and are skipped.
            pending[0] = node
            return (*parent_path, "\0key")
        pending[0] = None
        name = key.value if key.kind == "scalar" else "\0complex"
        path = (*parent_path, name)
        if empty:
            self._place_empty(node, key.end, ":")
        node.key = key
        if path not in self.nodes:  # a duplicate key keeps its first place, as the loader does
            parent.children.append(name)
            self.nodes[path] = node
        return path

    def _place_empty(self, node: Node, after: int, indicator: str) -> None:
        """An empty value sits right after its ``:`` (or ``-``), not at the next token."""
        position = skip_space(self.text, after, comments=indicator == "-")
        if position < len(self.text) and self.text[position] == indicator:
            node.start = node.end = position + 1

    def _skip_properties(self, start: int, limit: int) -> int:
        """Move past ``&anchor`` and ``!tag`` to where the value itself begins."""
        text = self.text
        position = start
        while position < limit and text[position] in "&!":
            while position < len(text) and not text[position].isspace():
                position += 1
            position = skip_space(text, position, comments=True)
        return min(position, limit) if limit >= start else start

    # --- reading ----------------------------------------------------------------

    def node(self, path: YamlPath) -> Node | None:
        return self.nodes.get(path)

    def column(self, index: int) -> int:
        return index - line_start(self.text, index)

    def key_column(self, path: YamlPath) -> int:
        """The column the keys of the mapping at ``path`` start in."""
        return self.column(self.nodes[path].start)

    def dash_column(self, path: YamlPath) -> int:
        """The column of the ``-`` that introduces the block sequence item at ``path``."""
        node = self.nodes[path]
        text = self.text
        position = node.start - 1
        begin = line_start(text, node.start)
        while position >= begin and text[position] == " ":
            position -= 1
        if position >= begin and text[position] == "-":
            return position - begin
        parent = self.nodes[path[:-1]]
        return self.column(parent.start)

    def line_end(self, index: int) -> int:
        return line_end(self.text, index)

    def newline(self, index: int) -> str:
        """The line break used on the line of ``index`` (the file's usual one at the end)."""
        end = line_end(self.text, index)
        if self.text.startswith("\r\n", end):
            return "\r\n"
        if self.text.startswith("\n", end):
            return "\n"
        return "\r\n" if self.text.count("\r\n") * 2 > self.text.count("\n") else "\n"

    def items_separated_by_blank_line(self, path: YamlPath) -> bool:
        """Whether every two items of the block sequence at ``path`` have a blank line between."""
        node = self.nodes[path]
        if node.flow or len(node.children) < 2:
            return False
        text = self.text
        for index in node.children[1:]:
            assert isinstance(index, int)
            previous = self.nodes[(*path, index - 1)]
            current = self.nodes[(*path, index)]
            gap = text[line_end(text, previous.end) : line_start(text, current.start)]
            if not any(not line.strip() for line in gap.split("\n")[1:-1]):
                return False
        return True


# --- text helpers ------------------------------------------------------------------


def line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def line_end(text: str, index: int) -> int:
    """The end of the line holding ``index``, before its ``\\n`` or ``\\r\\n``."""
    newline = text.find("\n", index)
    if newline < 0:
        return len(text)
    return newline - 1 if newline > index and text[newline - 1] == "\r" else newline


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


@dataclass(frozen=True)
class Splice:
    """Replace ``text[start:end]`` by ``new``; ``start == end`` inserts."""

    start: int
    end: int
    new: str


def apply_splices(text: str, splices: Iterable[Splice]) -> str:
    """Apply non-overlapping splices; insertions at one place keep the order given."""
    ordered = sorted(enumerate(splices), key=lambda item: (item[1].start, item[0]))
    pieces: list[str] = []
    position = 0
    for _, splice in ordered:
        if splice.start < position or splice.end < splice.start:
            raise ValueError(f"overlapping edit at {splice.start}")
        pieces.append(text[position : splice.start])
        pieces.append(splice.new)
        position = splice.end
    pieces.append(text[position:])
    return "".join(pieces)
