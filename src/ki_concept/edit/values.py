"""What ``set`` may change on a measure or a goal, and the command line's text as the value
the model expects: the kind of each key is read from the model's field type."""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from ki_concept.errors import UserError
from ki_concept.formatting import parse_day

TEXT, DATE, BOOL, INT, CHOICE, LIST, NESTED = (
    "text",
    "date",
    "bool",
    "int",
    "choice",
    "list",
    "nested",
)

_INT = re.compile(r"[+-]?[0-9]+")
_TRUE = frozenset({"ja", "j", "true", "yes", "y"})
_FALSE = frozenset({"nein", "n", "false", "no"})


@dataclass(frozen=True)
class KeyKind:
    """How a key's value is written: ``text``, ``date``, ``bool``, ``int``, ``choice`` (one
    of ``choices``), ``list`` (of text) or ``nested`` (mappings, not settable)."""

    kind: str
    choices: tuple[str, ...] = ()


def _bare(annotation: Any) -> Any:
    """The type without ``Annotated[...]`` and without ``| None``."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            options = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(options) != 1:
                return annotation
            annotation = options[0]
        else:
            return annotation


def _kind(annotation: Any) -> KeyKind:
    bare = _bare(annotation)
    origin = typing.get_origin(bare)
    if origin is typing.Literal:
        return KeyKind(CHOICE, tuple(str(a) for a in typing.get_args(bare)))
    if origin is list:
        item = _bare(typing.get_args(bare)[0])
        return KeyKind(LIST) if item is str else KeyKind(NESTED)
    if bare is bool:
        return KeyKind(BOOL)
    if bare is int:
        return KeyKind(INT)
    if bare is dt.date:
        return KeyKind(DATE)
    if bare is str:
        return KeyKind(TEXT)
    return KeyKind(NESTED)


def key_kinds(model: type[BaseModel]) -> dict[str, KeyKind]:
    """Every YAML key of ``model`` with the kind of its value, in the schema's order."""
    return {info.alias or name: _kind(info.annotation) for name, info in model.model_fields.items()}


def english_key(model: type[BaseModel], key: str) -> str | None:
    """The YAML key of a field named ``key`` in English (``responsible`` → ``verantwortlich``)."""
    info = model.model_fields.get(key)
    return (info.alias or key) if info is not None else None


def parse_bool(raw: str, key: str) -> bool:
    word = raw.strip().casefold()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise UserError("edit.set.bad_bool", key=key, value=raw)


def parse_value(kind: KeyKind, raw: str, key: str) -> str | bool | int:
    """The text ``raw`` from the command line as the value of ``key``; exit 2 if it is not one."""
    if kind.kind == DATE:
        return parse_day(raw).isoformat()
    if kind.kind == BOOL:
        return parse_bool(raw, key)
    if kind.kind == INT:
        if _INT.fullmatch(raw.strip()) is None:
            raise UserError("edit.set.bad_int", key=key, value=raw)
        return int(raw.strip())
    if kind.kind == CHOICE and raw not in kind.choices:
        from ki_concept.matching import close_matches, match_id

        meant = match_id(raw, kind.choices)
        if meant is not None:
            return meant  # 'Handlungsziel' as show writes it: the word is 'handlungsziel'
        close = close_matches(raw, list(kind.choices), n=1)
        raise UserError(
            "edit.set.bad_choice_suggest" if close else "edit.set.bad_choice",
            key=key,
            value=raw,
            choices=", ".join(kind.choices),
            suggestion=close[0] if close else "",
        )
    return raw
