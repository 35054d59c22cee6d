"""The layout of the concept table: its rows' levels and its columns.

One row per Handlungsfeld, Ziel and Maßnahme (and at most one for the concept itself); the
column Ebene says which. The template writes this layout and the reader expects it; headers
and level words are recognised in German and English, whatever the output language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ki_concept.i18n import t
from ki_concept.messages import MESSAGES

Level = Literal["konzept", "field", "goal", "measure"]
Kind = Literal[
    "level", "id", "line", "long", "ref", "ids", "list", "date", "flag", "choice", "urls"
]

LEVELS: tuple[Level, ...] = ("konzept", "field", "goal", "measure")
ITEMS: frozenset[Level] = frozenset({"field", "goal", "measure"})
ALL: frozenset[Level] = frozenset(LEVELS)
GOAL_LEVELS = ("leitziel", "mittlerziel", "handlungsziel", "detailziel")


@dataclass(frozen=True)
class TableColumn:
    """A column: a stable key, how its cells are read, the levels it applies to, its width."""

    key: str
    kind: Kind
    levels: frozenset[Level]
    width: int
    aliases: tuple[str, ...] = ()

    @property
    def header(self) -> str:
        return t(f"init.col.{self.key}")

    @property
    def help(self) -> str:
        return t(f"init.col.{self.key}.help")

    @property
    def example(self) -> str:
        return t(f"init.col.{self.key}.example")

    def names(self) -> set[str]:
        """Every header that names this column, normalised (both languages and aliases)."""
        return {normalise(name) for name in (*MESSAGES[f"init.col.{self.key}"], *self.aliases)}


COLUMNS: tuple[TableColumn, ...] = (
    TableColumn("level", "level", ALL, 16, ("Art",)),
    TableColumn("id", "id", ITEMS, 16, ("Kennung", "ID")),
    TableColumn("title", "line", ALL, 44, ("Name",)),
    TableColumn("field", "ref", frozenset({"goal", "measure"}), 18, ("Handlungsfeld", "Feld")),
    TableColumn("goal_level", "choice", frozenset({"goal"}), 15),
    TableColumn("status", "choice", frozenset({"measure"}), 12),
    TableColumn("goals", "ids", frozenset({"measure"}), 22, ("Ziele", "Ziel-Id")),
    TableColumn("responsible", "line", frozenset({"measure"}), 30, ("Verantwortung",)),
    TableColumn("partners", "list", frozenset({"measure"}), 30),
    TableColumn("target_groups", "list", frozenset({"konzept", "measure"}), 30, ("Zielgruppe",)),
    TableColumn("start", "date", frozenset({"measure"}), 12),
    TableColumn("end", "date", frozenset({"measure"}), 12),
    TableColumn("ongoing", "flag", frozenset({"measure"}), 14),
    TableColumn("description", "long", ALL, 50),
    TableColumn("resources", "long", frozenset({"measure"}), 30),
    TableColumn("sources", "urls", ALL, 40, ("Quelle",)),
    TableColumn("example", "flag", ITEMS, 10),
)
BY_KEY = {column.key: column for column in COLUMNS}
REQUIRED = ("level", "title")

# Words for the levels beyond the two languages' names.
_LEVEL_ALIASES: dict[Level, tuple[str, ...]] = {
    "konzept": ("Integrationskonzept",),
    "field": ("Handlungsfelder", "Feld", "Field"),
    "goal": ("Ziele", "Goals"),
    "measure": ("Maßnahmen", "Measures"),
}


def normalise(text: str) -> str:
    """A header or word as compared: case and every mark but letters and digits ignored."""
    return re.sub(r"[\W_]+", "", text.casefold())


def level_name(level: Level) -> str:
    return t(f"init.level.{level}")


def level_of(text: str) -> Level | None:
    """The level a cell of the column Ebene names (``Maßnahme``, ``massnahme``, ``Goal`` …)."""
    wanted = normalise(text)
    for level in LEVELS:
        names = (*MESSAGES[f"init.level.{level}"], *_LEVEL_ALIASES[level])
        if wanted in {normalise(name) for name in names}:
            return level
    return None


def column_for(header: str) -> TableColumn | None:
    wanted = normalise(header)
    for column in COLUMNS:
        if wanted in column.names():
            return column
    return None
