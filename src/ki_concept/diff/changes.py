"""The record a comparison produces, and what can be done with a list of them.

A :class:`Change` is plain data: what happened (``kind``), to which sort of
item (``type``), the item's id in NEW and OLD, the YAML key concerned and the
old and new values. Renderers turn records into words; nothing here knows
about languages or layout.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ki_concept.models import Measure, yaml_key


class Kind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    RENAMED = "renamed"
    MOVED = "moved"
    CHANGED = "changed"
    POSSIBLE_RENAME = "possible_rename"


class ItemType(StrEnum):
    KONZEPT = "konzept"
    HANDLUNGSFELD = "handlungsfeld"
    ZIEL = "ziel"
    MASSNAHME = "massnahme"
    INDIKATOR = "indikator"


# The id under which the metadata of ``konzept.yaml`` is reported.
KONZEPT_ID = "konzept"
# Pseudo-keys of ``moved`` records (the other one, ``ziele``, is a real YAML key).
FIELD_MOVED = "handlungsfeld"
# The key of ``renamed`` records: the id itself changed.
FIELD_ID = yaml_key(Measure, "id")


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between OLD and NEW.

    ``id`` is the item's id in NEW (in OLD for ``removed``); ``old_id`` its id
    in OLD, or ``None`` when the item is new. ``group`` is the id of the
    Handlungsfeld the item belongs to (NEW, or OLD when removed) and ``title``
    its title, both for display only.
    """

    kind: Kind
    type: ItemType
    id: str
    old_id: str | None = None
    field: str | None = None
    old: Any = None
    new: Any = None
    group: str | None = None
    title: str = ""

    def record(self) -> dict[str, Any]:
        """The machine-readable form: exactly the documented keys, JSON-ready values."""
        return {
            "kind": self.kind.value,
            "type": self.type.value,
            "id": self.id,
            "old_id": self.old_id,
            "field": self.field,
            "old": to_json(self.old),
            "new": to_json(self.new),
        }


def to_json(value: Any) -> Any:
    """Dates as ISO text, containers recursively; everything else as it is."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    return value


def canonical(value: Any) -> str:
    """A key equal for equal data: whole floats count as ints, mapping order is ignored."""
    return json.dumps(_canon(value), sort_keys=True, ensure_ascii=False, default=str)


def _canon(value: Any) -> Any:
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {str(k): _canon(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canon(v) for v in value]
    return value


def summarize(changes: Iterable[Change]) -> dict[str, int]:
    """Number of records per kind (every kind present, zero or not) and the total."""
    counts = Counter(change.kind for change in changes)
    summary = {kind.value: counts.get(kind, 0) for kind in Kind}
    summary["total"] = sum(counts.values())
    return summary


def count_by_type(changes: Iterable[Change], kind: Kind) -> dict[ItemType, int]:
    """Items (not records) with a change of ``kind``, per item type, in :class:`ItemType` order.

    One measure moved to another field and to other goals is one moved measure; one with
    three changed values is one changed measure.
    """
    items = {(change.type, change.id) for change in changes if change.kind is kind}
    counts = Counter(item_type for item_type, _ in items)
    return {item_type: counts[item_type] for item_type in ItemType if counts[item_type]}


def item_count(changes: Iterable[Change], kind: Kind) -> int:
    """How many items have a change of ``kind``."""
    return len({(change.type, change.id) for change in changes if change.kind is kind})


def select(
    changes: Sequence[Change], *, only: Iterable[str] = (), ignore: Iterable[str] = ()
) -> list[Change]:
    """Keep records whose ``field`` is in ``only`` (when given) and not in ``ignore``.

    Records without a field (added, removed, possible renames) concern whole
    items: ``--only`` leaves them out, ``--ignore`` never does.
    """
    wanted = set(only)
    unwanted = set(ignore)
    kept = []
    for change in changes:
        if wanted and change.field not in wanted:
            continue
        if change.field is not None and change.field in unwanted:
            continue
        kept.append(change)
    return kept
