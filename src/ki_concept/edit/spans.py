"""Where keys and values are written in a file's text, and splicing new text in.

Edits never re-serialise a document: they replace or insert characters at exact offsets,
so comments, quoting and layout elsewhere survive byte for byte (the approach of
pre-commit's config rewriting). The offsets are the ones the reader recorded while it
loaded the file (:class:`ki_concept.reading.source.Node`); nothing here parses YAML.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ki_concept.diagnostics import YamlPath
from ki_concept.reading.source import BLOCK_HEADER, Node, YamlDocument, skip_space

__all__ = [
    "BLOCK_HEADER",
    "Splice",
    "apply_splices",
    "children",
    "column",
    "dash_column",
    "items_separated_by_blank_line",
    "key_column",
    "line_end",
    "line_start",
    "newline",
    "skip_space",
]


def children(document: YamlDocument, path: YamlPath) -> list[str | int]:
    """The keys or indexes of the collection at ``path``, in the order they are written.

    A duplicate key counts once, at its first place, as the reader keeps it.
    """
    value = document.data
    for part in path:
        value = value[part]
    keys: Iterable[str | int]
    if isinstance(value, dict):
        keys = value
    elif isinstance(value, list):
        keys = range(len(value))
    else:
        return []
    nodes = document.nodes
    return [key for key in keys if (*path, key) in nodes]


def column(text: str, index: int) -> int:
    """The 0-based column of ``text[index]`` in its line."""
    return index - line_start(text, index)


def key_column(document: YamlDocument, path: YamlPath) -> int:
    """The column the keys of the mapping at ``path`` start in."""
    return column(document.text, document.nodes[path].start)


def dash_column(document: YamlDocument, path: YamlPath) -> int:
    """The column of the ``-`` that introduces the block sequence item at ``path``."""
    node = document.nodes[path]
    text = document.text
    position = node.start - 1
    begin = line_start(text, node.start)
    while position >= begin and text[position] == " ":
        position -= 1
    if position >= begin and text[position] == "-":
        return position - begin
    return column(text, document.nodes[path[:-1]].start)


def newline(text: str, index: int) -> str:
    """The line break used on the line of ``index`` (the file's usual one at the end)."""
    end = line_end(text, index)
    if text.startswith("\r\n", end):
        return "\r\n"
    if text.startswith("\n", end):
        return "\n"
    return "\r\n" if text.count("\r\n") * 2 > text.count("\n") else "\n"


def items_separated_by_blank_line(document: YamlDocument, path: YamlPath) -> bool:
    """Whether every two items of the block sequence at ``path`` have a blank line between."""
    node: Node = document.nodes[path]
    items = children(document, path)
    if node.flow or len(items) < 2:
        return False
    text = document.text
    for index in items[1:]:
        assert isinstance(index, int)
        previous = document.nodes[(*path, index - 1)]
        current = document.nodes[(*path, index)]
        gap = text[line_end(text, previous.end) : line_start(text, current.start)]
        if not any(not line.strip() for line in gap.split("\n")[1:-1]):
            return False
    return True


def line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def line_end(text: str, index: int) -> int:
    """The end of the line holding ``index``, before its ``\\n`` or ``\\r\\n``."""
    found = text.find("\n", index)
    if found < 0:
        return len(text)
    return found - 1 if found > index and text[found - 1] == "\r" else found


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
