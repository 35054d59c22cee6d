"""Turn pydantic validation errors into diagnostics at YAML positions, in plain words."""

from __future__ import annotations

import types
import typing
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ki_concept.diagnostics import Diagnostic, Phrase, YamlPath, diagnostic, phrase
from ki_concept.matching import similar
from ki_concept.models import Goal, Handlungsfeld, HistoryEntry, Measure, yaml_key
from ki_concept.reading.source import YamlDocument

_TYPE_NAMES = {
    "string_type": "type.text",
    "bool_type": "type.bool",
    "int_type": "type.int",
    "int_parsing": "type.int",
    "int_from_float": "type.int",
    "float_type": "type.number",
    "ki_number": "type.number",
    "list_type": "type.list",
    "dict_type": "type.mapping",
    "model_type": "type.mapping",
    "model_attributes_type": "type.mapping",
    "ki_date": "type.date",
}


M = TypeVar("M", bound=BaseModel)


def validate_model(model: type[M], document: YamlDocument) -> tuple[M | None, list[Diagnostic]]:
    """Validate ``document.data`` as ``model``; on failure return diagnostics, never raise."""
    try:
        return model.model_validate(document.data), []
    except ValidationError as exc:
        return None, [to_diagnostic(model, document, err) for err in exc.errors()]


def to_diagnostic(model: type[BaseModel], document: YamlDocument, err: ErrorDetails) -> Diagnostic:
    """One pydantic error → one diagnostic pointing at the key or value concerned."""
    loc: YamlPath = tuple(err["loc"])
    kind = err["type"]
    file = document.file
    key = str(loc[-1]) if loc else ""
    label = _item_label(document.data, loc[:-1])
    where: str | Phrase = f" ({label})" if label else ""
    if not label:
        where = _titled(document.data, loc[:-1]) or ""
    if kind == "missing":
        parent = loc[:-1]
        return diagnostic(
            "KI102",
            file,
            document.position(parent),
            "schema.missing",
            path=loc,
            key=key,
            where=where,
        )
    if kind == "extra_forbidden":
        allowed = _allowed_keys(model, loc[:-1])
        suggestion = suggest_key(key, allowed)
        message = "schema.unknown_key_suggest" if suggestion else "schema.unknown_key"
        return diagnostic(
            "KI103",
            file,
            document.position(loc, key=True),
            message,
            path=loc,
            key=key,
            suggestion=suggestion or "",
            where=where,
            allowed=", ".join(allowed),
        )
    position = document.position(loc)
    found = describe_value(err.get("input"))
    if kind == "string_type" and isinstance(err.get("input"), float):
        return diagnostic(
            "KI101",
            file,
            position,
            "schema.quote_number",
            path=loc,
            key=key,
            found=found,
            where=where,
        )
    if kind in _TYPE_NAMES:
        return diagnostic(
            "KI101",
            file,
            position,
            "schema.wrong_type",
            path=loc,
            key=key,
            expected=_type_name(_TYPE_NAMES[kind]),
            found=found,
            where=where,
        )
    ctx = err.get("ctx") or {}
    if kind == "literal_error":
        if isinstance(err.get("input"), dict | list):
            # A list or mapping where one word of a choice belongs: the type is what is wrong.
            return diagnostic(
                "KI101",
                file,
                position,
                "schema.wrong_type",
                path=loc,
                key=key,
                expected=_type_name("type.text"),
                found=found,
                where=where,
            )
        choices = [
            c.strip().strip("'")
            for c in str(ctx.get("expected", "")).replace(" or ", ", ").split(",")
        ]
        value = str(err.get("input"))
        close = similar(value, choices, n=1, cutoff=0.6)
        return diagnostic(
            "KI104",
            file,
            position,
            "schema.choice_suggest" if close else "schema.choice",
            path=loc,
            key=key,
            value=value,
            choices=", ".join(choices),
            suggestion=close[0] if close else "",
            where=where,
        )
    if kind in ("string_too_short", "too_short"):  # too_short: a constraint after a validator
        return diagnostic("KI104", file, position, "schema.empty", path=loc, key=key, where=where)
    if kind == "string_pattern_mismatch":
        return diagnostic(
            "KI104", file, position, "schema.url", path=loc, key=key, found=found, where=where
        )
    if kind == "ki_date_invalid":
        return diagnostic(
            "KI104",
            file,
            position,
            "schema.no_such_day",
            path=loc,
            key=key,
            found=found,
            where=where,
        )
    if kind in ("greater_than_equal", "greater_than"):
        return diagnostic(
            "KI104",
            file,
            position,
            "schema.too_small",
            path=loc,
            key=key,
            limit=ctx.get("ge", ctx.get("gt", "")),
            where=where,
        )
    return diagnostic(
        "KI104",
        file,
        position,
        "schema.other",
        path=loc,
        key=key,
        detail=err.get("msg", kind),
        where=where,
    )


def _type_name(key: str) -> Phrase:
    return phrase(key)


def describe_value(value: Any) -> Phrase:
    """A short, user-facing description of a YAML value, in the language of the message."""
    if value is None:
        return phrase("value.empty")
    if isinstance(value, bool):
        return phrase("value.bool", value=str(value).lower())
    if isinstance(value, int | float):
        return phrase("value.number", value=value)
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:39] + "…"
        return phrase("value.text", value=shown)
    if isinstance(value, list):
        return phrase("value.list")
    if isinstance(value, dict):
        return phrase("value.mapping")
    return Phrase("value.other", (("kind", type(value).__name__),))


def _item_label(data: Any, path: YamlPath) -> str:
    """The id of the innermost item on ``path`` that has one, for messages."""
    label = ""
    current = data
    for part in path:
        try:
            current = current[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(current, dict) and isinstance(current.get(_ID), str):
            label = current[_ID]
    return label


def _titled(data: Any, path: YamlPath) -> Phrase | None:
    """`` (Maßnahme „Sprachcafé“)`` for an item on ``path`` that has a title but no id."""
    current = data
    kind = ""
    for part in path:
        try:
            current = current[part]
        except (KeyError, IndexError, TypeError):
            return None
        if isinstance(part, str):
            kind = part
    title = current.get(_TITLE) if isinstance(current, dict) else None
    if not isinstance(title, str) or not path:
        return None
    return phrase(
        f"schema.where_titled.{kind}" if kind in _KINDS else "schema.where_titled", title=title
    )


def _model_at(model: type[BaseModel], path: YamlPath) -> type[BaseModel] | None:
    current: type[BaseModel] | None = model
    for part in path:
        if isinstance(part, int) or current is None:
            continue
        field = next(
            (f for name, f in current.model_fields.items() if (f.alias or name) == part), None
        )
        if field is None:
            return None
        current = _inner_model(field.annotation)
    return current


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _inner_model(arg)
            if found is not None:
                return found
    return None


def _allowed_keys(model: type[BaseModel], path: YamlPath) -> list[str]:
    target = _model_at(model, path)
    if target is None:
        return []
    return [f.alias or name for name, f in target.model_fields.items()]


_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "-": "_", " ": "_"})


def _fold(key: str) -> str:
    return key.lower().translate(_FOLD)


def suggest_key(key: str, allowed: list[str]) -> str | None:
    """The allowed key a user most likely meant: ``maßnahmen`` → ``massnahmen``."""
    folded = _fold(key)
    for candidate in allowed:
        if _fold(candidate) == folded:
            return candidate
    close = similar(folded, [_fold(a) for a in allowed], n=1, cutoff=0.7)
    if close:
        return next(a for a in allowed if _fold(a) == close[0])
    return _ENGLISH_HINTS.get(folded) if _ENGLISH_HINTS.get(folded) in allowed else None


_ID = yaml_key(Measure, "id")
_TITLE = yaml_key(Measure, "title")
_KINDS = (yaml_key(Handlungsfeld, "goals"), yaml_key(Handlungsfeld, "measures"))

# Keys people carry over from English tools or other concepts: the English names are the
# models' own attributes, the others words found in real concepts.
_ENGLISH_HINTS = {
    **{
        attribute: yaml_key(model, attribute)
        for model in (Handlungsfeld, Goal, Measure, HistoryEntry)
        for attribute in model.model_fields
    },
    "name": yaml_key(Measure, "title"),
    "kooperationspartner": yaml_key(Measure, "partners"),
    "verantwortliche": yaml_key(Measure, "responsible"),
    "zielgruppe": yaml_key(Measure, "target_groups"),
    "quelle": yaml_key(Measure, "sources"),
    "ziel": yaml_key(Measure, "goals"),
    "massnahme": yaml_key(Handlungsfeld, "measures"),
    "stand": yaml_key(Measure, "status"),
}
