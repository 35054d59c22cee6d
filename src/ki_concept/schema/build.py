"""JSON Schema of the concept files, generated from the pydantic models.

Editors (VS Code with the YAML extension, any editor using
yaml-language-server) validate and complete with it while people type. The
schema is never stricter than ``validate``: where the loader accepts a number
for a text (``version: 2017``), the schema does too. ``validate`` checks more
(references, dates, status words), so a file the schema accepts may still
have errors, but a file the schema rejects is always rejected by ``validate``.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from ki_concept.i18n import t
from ki_concept.messages import MESSAGES
from ki_concept.models import Handlungsfeld, Konzept

DIALECT = "https://json-schema.org/draft/2020-12/schema"
TARGETS = ("handlungsfeld", "konzept")
MODELS: dict[str, type[BaseModel]] = {"handlungsfeld": Handlungsfeld, "konzept": Konzept}
# Constraints that only a string can meet; such a type stays "string".
_STRING_ONLY = ("format", "pattern", "enum", "const")


def _text(key: str) -> str | None:
    return t(key) if key in MESSAGES else None


def _describe(node: dict[str, Any], model_name: str) -> None:
    """German (or English) title and descriptions instead of pydantic's English ones."""
    node.pop("description", None)
    title = _text(f"schema.def.{model_name}")
    if title:
        node["title"] = title
    for key, prop in node.get("properties", {}).items():
        prop.pop("title", None)
        description = _text(f"schema.key.{model_name}.{key}") or _text(f"schema.key.{key}")
        if description:
            prop["description"] = description


def _accept_numbers_as_text(node: Any) -> None:
    """``type: string`` → ``["string", "number"]``, as the loader turns numbers into text."""
    if isinstance(node, dict):
        if node.get("type") == "string" and not any(k in node for k in _STRING_ONLY):
            node["type"] = ["string", "number"]
        for value in node.values():
            _accept_numbers_as_text(value)
    elif isinstance(node, list):
        for value in node:
            _accept_numbers_as_text(value)


def build_schema(target: str) -> dict[str, Any]:
    """The schema for ``handlungsfeld`` (one ``handlungsfelder/*.yaml``) or ``konzept``."""
    model = MODELS[target]
    raw = model.model_json_schema(by_alias=True, mode="validation")
    definitions: dict[str, Any] = raw.pop("$defs", {})
    _describe(raw, model.__name__)
    for name, definition in definitions.items():
        _describe(definition, name)
    _accept_numbers_as_text(raw)
    _accept_numbers_as_text(definitions)
    raw.pop("title", None)
    schema: dict[str, Any] = {
        "$schema": DIALECT,
        "title": t(f"schema.{target}.title"),
        "description": t(f"schema.{target}.description"),
        **raw,
    }
    if definitions:
        schema["$defs"] = definitions
    return schema


def render_schema(target: str) -> str:
    """The schema as JSON text, stable key order, ending in a newline."""
    return json.dumps(build_schema(target), ensure_ascii=False, indent=2) + "\n"
