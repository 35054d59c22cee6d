"""Comparing two validated versions item by item.

Items are matched by id at every level; a measure whose ``frueher`` names an
id of OLD is that item renamed (or several merged), never a removal plus an
addition. Indicators have no id and are matched by name within their goal or
measure. Everything runs on dict lookups; the only pairwise loop is the
bounded guess for possible renames among what is left unmatched.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any, Literal

from pydantic import BaseModel

from ki_concept.diff.changes import (
    FIELD_ID,
    FIELD_MOVED,
    KONZEPT_ID,
    Change,
    ItemType,
    Kind,
    canonical,
)
from ki_concept.models import Goal, Handlungsfeld, Indicator, Konzept, Measure, yaml_key
from ki_concept.reading.loader import ConceptVersion

ValueKind = Literal["text", "value", "list", "models", "model", "mapping"]

# Titles at least this similar are offered as a possible rename.
SIMILARITY = 0.8
# The possible-rename guess looks at no more than this many unmatched items per side and type.
MAX_CANDIDATES = 300
# Trigram overlap (Dice) a pair needs before its exact ratio is computed, and how many of
# the best-overlapping candidates per removed item get that exact ratio.
PREFILTER = 0.5
EXACT_PER_ITEM = 5
# Only the start of a title takes part in the guess; it keeps long titles cheap.
TITLE_PREFIX = 200


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One compared attribute: model attribute, its YAML key, and how to compare it."""

    attr: str
    key: str
    kind: ValueKind


def _specs(
    model: type[BaseModel], entries: Sequence[tuple[str, ValueKind]]
) -> tuple[FieldSpec, ...]:
    return tuple(FieldSpec(attr, yaml_key(model, attr), kind) for attr, kind in entries)


KONZEPT_FIELDS = _specs(
    Konzept,
    [
        ("title", "text"),
        ("version", "value"),
        ("adopted", "value"),
        ("body", "text"),
        ("basis", "text"),
        ("description", "text"),
        ("target_groups", "list"),
        ("priorities", "models"),
        ("sources", "mapping"),
        ("concept_sources", "list"),
        ("status_values", "models"),
        ("declared_field_count", "value"),
    ],
)
FIELD_FIELDS = _specs(
    Handlungsfeld,
    [
        ("title", "text"),
        ("description", "text"),
        ("sources", "list"),
        ("example", "value"),
    ],
)
GOAL_FIELDS = _specs(
    Goal,
    [
        ("title", "text"),
        ("level", "value"),
        ("description", "text"),
        ("rank", "value"),
        ("sources", "list"),
        ("example", "value"),
    ],
)
MEASURE_FIELDS = _specs(
    Measure,
    [
        ("title", "text"),
        ("description", "text"),
        ("status", "value"),
        ("responsible", "text"),
        ("partners", "list"),
        ("target_groups", "list"),
        ("start", "value"),
        ("end", "value"),
        ("ongoing", "value"),
        ("former_ids", "list"),
        ("priorities", "list"),
        ("sources", "list"),
        ("example", "value"),
        ("resources", "text"),
        ("history", "models"),
    ],
)
INDICATOR_FIELDS = _specs(
    Indicator,
    [
        ("unit", "text"),
        ("baseline", "model"),
        ("target", "model"),
        ("actuals", "models"),
    ],
)
# Attributes that hold child items (compared as items) or references (reported as moves).
STRUCTURE_ATTRS = {
    Handlungsfeld: {"id", "goals", "measures"},
    Goal: {"id", "indicators"},
    Measure: {"id", "indicators", "goals"},
    Indicator: {"name"},
    Konzept: set(),
}
MEASURE_GOALS_KEY = yaml_key(Measure, "goals")
FORMER_IDS_KEY = yaml_key(Measure, "former_ids")


_KINDS: dict[tuple[ItemType, str], ValueKind] = {
    (item_type, spec.key): spec.kind
    for item_type, specs in (
        (ItemType.KONZEPT, KONZEPT_FIELDS),
        (ItemType.HANDLUNGSFELD, FIELD_FIELDS),
        (ItemType.ZIEL, GOAL_FIELDS),
        (ItemType.MASSNAHME, MEASURE_FIELDS),
        (ItemType.INDIKATOR, INDICATOR_FIELDS),
    )
    for spec in specs
}


def value_kind(item_type: ItemType, key: str | None) -> ValueKind | None:
    """How the values of a ``changed`` record are shaped, so renderers can describe them."""
    return _KINDS.get((item_type, key)) if key is not None else None


def comparable_keys() -> set[str]:
    """Every value ``field`` of a record can take: YAML keys and the move pseudo-key."""
    keys = {
        spec.key
        for specs in (KONZEPT_FIELDS, FIELD_FIELDS, GOAL_FIELDS, MEASURE_FIELDS, INDICATOR_FIELDS)
        for spec in specs
    }
    return keys | {FIELD_MOVED, MEASURE_GOALS_KEY, FIELD_ID}


# --- values ---------------------------------------------------------------------


def _plain(value: Any, kind: ValueKind) -> Any:
    """The value as it appears in a record: models as dicts with YAML keys."""
    if kind == "models":
        return [
            item.model_dump(mode="json", by_alias=True, exclude_none=True) for item in value or []
        ]
    if kind == "model":
        return value.model_dump(mode="json", by_alias=True, exclude_none=True) if value else None
    if kind == "list":
        return list(value)
    if kind == "mapping":
        return dict(value)
    return value


def normalize_text(value: str | None) -> str:
    """Text with runs of whitespace folded: re-wrapping a paragraph is not a change."""
    return " ".join(value.split()) if value else ""


def _same(kind: ValueKind, old: Any, new: Any) -> bool:
    if kind == "text":
        return normalize_text(old) == normalize_text(new)
    if kind in ("list", "models"):
        # Members are compared as a multiset: reordering a list is not a change.
        return Counter(map(canonical, old)) == Counter(map(canonical, new))
    if kind in ("model", "mapping"):
        return canonical(old) == canonical(new)
    return bool(old == new)


@dataclass(frozen=True, slots=True)
class _Item:
    """What every record about one item shares."""

    type: ItemType
    id: str
    old_id: str | None
    group: str | None
    title: str

    def change(
        self, kind: Kind, field: str | None = None, old: Any = None, new: Any = None
    ) -> Change:
        return Change(
            kind, self.type, self.id, self.old_id, field, old, new, self.group, self.title
        )


def _field_changes(
    specs: Sequence[FieldSpec], old: BaseModel, new: BaseModel, item: _Item
) -> Iterator[Change]:
    if old == new:  # the common case, decided by pydantic in one comparison
        return
    for spec in specs:
        old_raw, new_raw = getattr(old, spec.attr), getattr(new, spec.attr)
        if old_raw == new_raw:
            continue  # equal values are the same under every kind; skips dumping models
        old_value = _plain(old_raw, spec.kind)
        new_value = _plain(new_raw, spec.kind)
        if not _same(spec.kind, old_value, new_value):
            yield item.change(Kind.CHANGED, spec.key, old_value, new_value)


# --- the possible-rename guess ------------------------------------------------------


def _title_key(title: str) -> str:
    return " ".join(title.casefold().split())[:TITLE_PREFIX]


def _trigrams(text: str) -> frozenset[str]:
    padded = f"  {text} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


def similar_pairs(
    removed: Sequence[tuple[str, str]],
    added: Sequence[tuple[str, str]],
    threshold: float = SIMILARITY,
) -> dict[str, str]:
    """``new id → old id`` for unmatched items with very similar titles, best pairs first.

    Each id takes part in at most one pair. Cheap trigram overlap picks a few
    candidates per removed item; only those get the exact (slower) ratio. At
    most ``MAX_CANDIDATES`` items per side are looked at, so the cost stays
    bounded even when every id of a large concept changed.
    """
    removed = removed[:MAX_CANDIDATES]
    added = added[:MAX_CANDIDATES]
    if not removed or not added:
        return {}
    added_keys = [_title_key(title) for _, title in added]
    added_grams = [_trigrams(key) for key in added_keys]
    scored: list[tuple[float, int, int]] = []
    matcher = SequenceMatcher(None, autojunk=False)
    for old_index, (_, old_title) in enumerate(removed):
        old_key = _title_key(old_title)
        old_grams = _trigrams(old_key)
        overlaps = []
        for new_index, grams in enumerate(added_grams):
            dice = 2 * len(old_grams & grams) / (len(old_grams) + len(grams))
            if dice >= PREFILTER:
                overlaps.append((dice, new_index))
        overlaps.sort(reverse=True)
        # SequenceMatcher caches facts about seq2: set it once per removed item.
        matcher.set_seq2(old_key)
        for _, new_index in overlaps[:EXACT_PER_ITEM]:
            matcher.set_seq1(added_keys[new_index])
            if matcher.quick_ratio() < threshold:
                continue
            ratio = matcher.ratio()
            if ratio >= threshold:
                scored.append((-ratio, old_index, new_index))
    scored.sort()
    pairs: dict[str, str] = {}
    taken_old: set[int] = set()
    for _, old_index, new_index in scored:
        new_id = added[new_index][0]
        if old_index in taken_old or new_id in pairs:
            continue
        taken_old.add(old_index)
        pairs[new_id] = removed[old_index][0]
    return pairs


# --- matching ----------------------------------------------------------------------


@dataclass
class _Index:
    """A version's items by id, each with the id of its Handlungsfeld."""

    fields: dict[str, Handlungsfeld] = field(default_factory=dict)
    goals: dict[str, tuple[Goal, str]] = field(default_factory=dict)
    measures: dict[str, tuple[Measure, str]] = field(default_factory=dict)

    @classmethod
    def of(cls, version: ConceptVersion) -> _Index:
        index = cls()
        for field_file in version.fields:
            model = field_file.model
            index.fields[model.id] = model
            for goal in model.goals:
                index.goals[goal.id] = (goal, model.id)
            for measure in model.measures:
                index.measures[measure.id] = (measure, model.id)
        return index


@dataclass
class _Renames:
    """Which new measures take over which old ones through ``frueher``."""

    sources: dict[str, list[str]] = field(default_factory=dict)
    claimants: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, old: _Index, new: _Index) -> _Renames:
        renames = cls()
        for new_id, (measure, _) in new.measures.items():
            for old_id in measure.former_ids:
                # An old id still present in NEW is matched by id; frueher cannot take it.
                if old_id not in old.measures or old_id in new.measures:
                    continue
                claimed = renames.sources.setdefault(new_id, [])
                if old_id not in claimed:
                    claimed.append(old_id)
                    renames.claimants.setdefault(old_id, []).append(new_id)
        return renames

    def one_to_one(self, new_id: str) -> str | None:
        """The old id when exactly one old measure became exactly this one."""
        sources = self.sources.get(new_id, [])
        if len(sources) == 1 and len(self.claimants[sources[0]]) == 1:
            return sources[0]
        return None


# --- the comparison -------------------------------------------------------------


class _Comparison:
    def __init__(self, old: ConceptVersion, new: ConceptVersion) -> None:
        self.old_version = old
        self.new_version = new
        self.old = _Index.of(old)
        self.new = _Index.of(new)
        self.renames = _Renames.of(self.old, self.new)
        self.out: list[Change] = []
        self.guesses = self._guess_renames()

    def _guess_renames(self) -> dict[str, str]:
        """Possible renames among fields, goals and measures left unmatched (never merged)."""
        old, new = self.old, self.new
        guesses: dict[str, str] = {}
        guesses.update(
            similar_pairs(
                [(i, f.title) for i, f in old.fields.items() if i not in new.fields],
                [(i, f.title) for i, f in new.fields.items() if i not in old.fields],
            )
        )
        guesses.update(
            similar_pairs(
                [(i, g.title) for i, (g, _) in old.goals.items() if i not in new.goals],
                [(i, g.title) for i, (g, _) in new.goals.items() if i not in old.goals],
            )
        )
        guesses.update(
            similar_pairs(
                [
                    (i, m.title)
                    for i, (m, _) in old.measures.items()
                    if i not in new.measures and i not in self.renames.claimants
                ],
                [
                    (i, m.title)
                    for i, (m, _) in new.measures.items()
                    if i not in old.measures and i not in self.renames.sources
                ],
            )
        )
        return guesses

    def run(self) -> list[Change]:
        self._konzept()
        for field_file in self.new_version.fields:
            self._field(field_file.model)
        for field_id, model in self.old.fields.items():
            if field_id not in self.new.fields:
                self._removed_field(model)
        return self.out

    # --- records ------------------------------------------------------------

    def _added(self, item: _Item) -> None:
        self.out.append(item.change(Kind.ADDED, new=item.title))
        old_id = self.guesses.get(item.id)
        if old_id is not None:
            guess = _Item(item.type, item.id, old_id, item.group, item.title)
            self.out.append(
                guess.change(
                    Kind.POSSIBLE_RENAME, None, self._old_title(item.type, old_id), item.title
                )
            )

    def _removed(self, item_type: ItemType, item_id: str, title: str, group: str | None) -> None:
        item = _Item(item_type, item_id, item_id, group, title)
        self.out.append(item.change(Kind.REMOVED, old=title))

    def _old_title(self, item_type: ItemType, old_id: str) -> str:
        if item_type is ItemType.HANDLUNGSFELD:
            return self.old.fields[old_id].title
        if item_type is ItemType.ZIEL:
            return self.old.goals[old_id][0].title
        return self.old.measures[old_id][0].title

    # --- levels ---------------------------------------------------------------

    def _konzept(self) -> None:
        new = self.new_version.konzept
        item = _Item(ItemType.KONZEPT, KONZEPT_ID, KONZEPT_ID, None, new.title)
        self.out.extend(_field_changes(KONZEPT_FIELDS, self.old_version.konzept, new, item))

    def _field(self, model: Handlungsfeld) -> None:
        group = model.id
        old_model = self.old.fields.get(model.id)
        if old_model is None:
            self._added(_Item(ItemType.HANDLUNGSFELD, model.id, None, group, model.title))
        else:
            item = _Item(ItemType.HANDLUNGSFELD, model.id, model.id, group, model.title)
            self.out.extend(_field_changes(FIELD_FIELDS, old_model, model, item))
        for goal in model.goals:
            self._goal(goal, group)
        if old_model is not None:
            for goal in old_model.goals:
                if goal.id not in self.new.goals:
                    self._removed(ItemType.ZIEL, goal.id, goal.title, group)
        for measure in model.measures:
            self._measure(measure, group)
        if old_model is not None:
            self._removed_measures(old_model, group)

    def _removed_field(self, model: Handlungsfeld) -> None:
        group = model.id
        self._removed(ItemType.HANDLUNGSFELD, model.id, model.title, group)
        for goal in model.goals:
            if goal.id not in self.new.goals:
                self._removed(ItemType.ZIEL, goal.id, goal.title, group)
        self._removed_measures(model, group)

    def _removed_measures(self, old_model: Handlungsfeld, group: str) -> None:
        for measure in old_model.measures:
            if measure.id not in self.new.measures and measure.id not in self.renames.claimants:
                self._removed(ItemType.MASSNAHME, measure.id, measure.title, group)

    def _goal(self, goal: Goal, group: str) -> None:
        found = self.old.goals.get(goal.id)
        if found is None:
            self._added(_Item(ItemType.ZIEL, goal.id, None, group, goal.title))
            return
        old_goal, old_group = found
        item = _Item(ItemType.ZIEL, goal.id, goal.id, group, goal.title)
        if old_group != group:
            self.out.append(item.change(Kind.MOVED, FIELD_MOVED, old_group, group))
        self.out.extend(_field_changes(GOAL_FIELDS, old_goal, goal, item))
        self._indicators(old_goal.indicators, goal.indicators, item)

    def _measure(self, measure: Measure, group: str) -> None:
        new_id = measure.id
        sources = self.renames.sources.get(new_id, [])
        for source in sources:
            renamed = _Item(ItemType.MASSNAHME, new_id, source, group, measure.title)
            self.out.append(renamed.change(Kind.RENAMED, FIELD_ID, source, new_id))
        # Fields are compared against the same id, or against the one measure it replaces;
        # for merges and splits there is no single predecessor to compare with.
        old_id = new_id if new_id in self.old.measures else self.renames.one_to_one(new_id)
        if old_id is None:
            if not sources:
                self._added(_Item(ItemType.MASSNAHME, new_id, None, group, measure.title))
            return
        old_measure, old_group = self.old.measures[old_id]
        item = _Item(ItemType.MASSNAHME, new_id, old_id, group, measure.title)
        if old_group != group:
            self.out.append(item.change(Kind.MOVED, FIELD_MOVED, old_group, group))
        if set(old_measure.goals) != set(measure.goals):
            self.out.append(
                item.change(
                    Kind.MOVED, MEASURE_GOALS_KEY, list(old_measure.goals), list(measure.goals)
                )
            )
        for change in _field_changes(MEASURE_FIELDS, old_measure, measure, item):
            if change.field == FORMER_IDS_KEY:
                # The ids that produced rename records are not news a second time.
                remaining = [i for i in change.new if i not in sources]
                if _same("list", change.old, remaining):
                    continue
            self.out.append(change)
        self._indicators(old_measure.indicators, measure.indicators, item)

    def _indicators(
        self, old_items: Sequence[Indicator], new_items: Sequence[Indicator], parent: _Item
    ) -> None:
        """Indicators of one goal or measure, matched by name (repeated names in order)."""
        if not old_items and not new_items:
            return
        waiting: dict[str, list[Indicator]] = {}
        for indicator in old_items:
            waiting.setdefault(indicator.name, []).append(indicator)
        added: list[Indicator] = []
        matched: list[tuple[Indicator, Indicator]] = []
        for indicator in new_items:
            same_name = waiting.get(indicator.name)
            if same_name:
                matched.append((same_name.pop(0), indicator))
            else:
                added.append(indicator)
        removed = [indicator for same_name in waiting.values() for indicator in same_name]
        guesses = similar_pairs(
            [(i.name, i.name) for i in removed], [(i.name, i.name) for i in added]
        )
        old_parent = parent.old_id or parent.id

        def item(name: str, old_name: str | None) -> _Item:
            old_id = f"{old_parent}/{old_name}" if old_name is not None else None
            return _Item(ItemType.INDIKATOR, f"{parent.id}/{name}", old_id, parent.group, name)

        for old_indicator, indicator in matched:
            self.out.extend(
                _field_changes(
                    INDICATOR_FIELDS,
                    old_indicator,
                    indicator,
                    item(indicator.name, old_indicator.name),
                )
            )
        for indicator in added:
            self.out.append(item(indicator.name, None).change(Kind.ADDED, new=indicator.name))
            guess = guesses.get(indicator.name)
            if guess is not None:
                self.out.append(
                    item(indicator.name, guess).change(
                        Kind.POSSIBLE_RENAME, None, guess, indicator.name
                    )
                )
        for old_indicator in removed:
            self._removed(
                ItemType.INDIKATOR,
                f"{old_parent}/{old_indicator.name}",
                old_indicator.name,
                parent.group,
            )


def compare_versions(old: ConceptVersion, new: ConceptVersion) -> list[Change]:
    """Every difference from OLD to NEW, in the order of NEW (removed fields last)."""
    return _Comparison(old, new).run()
