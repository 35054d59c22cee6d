"""File names made from group names (``Jobcenter Höxter`` → ``Jobcenter Höxter.xlsx``).

Group names come from concept files, which may come from strangers, and the files go to
Windows, macOS and Linux alike. So a name keeps letters, digits, spaces and most
punctuation, and loses what any of them refuses or what misleads a reader:

- ``/ \\ : * ? " < > |`` become ``-``; control characters and invisible marks (bidi
  overrides, zero-width spaces; Unicode categories C*) are dropped; runs of white space
  (line breaks included) become one space;
- no leading dot (a hidden file), space or ``-`` (read as an option), no trailing dot or
  space (Windows drops them);
- a Windows device name (``CON``, ``NUL``, ``COM1`` …, also as ``nul.txt``) gets a ``_`` in
  front;
- at most :data:`MAX_CHARS` characters and :data:`MAX_BYTES` bytes of UTF-8, cut with ``…``;
- unique in the folder even where case and Unicode normalisation do not count (Windows,
  macOS): a second ``Arbeit`` becomes ``Arbeit (2)``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MAX_CHARS = 80
MAX_BYTES = 200
_FORBIDDEN = re.compile(r'[/\\:*?"<>|]')
_DEVICES = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CONIN$",
    "CONOUT$",
    *(f"{base}{n}" for base in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]),
}


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("C"))
    text = _FORBIDDEN.sub("-", text)
    text = text.lstrip(". -").rstrip(". ")
    if text.split(".")[0].strip().upper() in _DEVICES:
        text = "_" + text
    return text


def _cut(text: str, chars: int, size: int) -> str:
    """``text`` within ``chars`` characters and ``size`` UTF-8 bytes, cut with ``…``."""
    if len(text) <= chars and len(text.encode("utf-8")) <= size:
        return text
    text = text[: chars - 1]
    while len((text + "…").encode("utf-8")) > size:
        text = text[:-1]
    return text.rstrip(". ") + "…"


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def safe_file_name(text: str, taken: Iterable[str], *, suffix: str, fallback: str) -> str:
    """A file name for ``text`` ending in ``suffix``, unlike every name in ``taken``.

    ``fallback`` stands in for a name that is empty once cleaned (``...``).
    """
    stem = _clean(text) or fallback
    used = {_key(name) for name in taken}
    limit_bytes = MAX_BYTES - len(suffix.encode("utf-8"))
    candidate, number = _cut(stem, MAX_CHARS, limit_bytes), 2
    while _key(candidate + suffix) in used:
        extra = f" ({number})"
        candidate = _cut(stem, MAX_CHARS - len(extra), limit_bytes - len(extra)) + extra
        number += 1
    return candidate + suffix
