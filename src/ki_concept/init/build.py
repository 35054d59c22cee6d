"""From the rows of a concept table to the data of a new version, or every problem at its cell.

Each cell is read by its column's kind; ids left empty are given in the pattern of
``add massnahme`` (``BILDUNG-Z1``, ``BILDUNG-M1``), a field's from its title (``Bildung
und Erziehung`` → ``BILDUNG``); sources (addresses) become the version's source list
(``Q1``, ``Q2`` …). All problems are collected before anything is decided, so one run names
every one of them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ki_concept.edit.operations import next_id
from ki_concept.edit.render import forbidden_character
from ki_concept.i18n import t
from ki_concept.init.layout import (
    BY_KEY,
    GOAL_LEVELS,
    Level,
    TableColumn,
    level_name,
    level_of,
    normalise,
)
from ki_concept.init.table import Cell, Problem, Table, TableInvalid, shown
from ki_concept.matching import case_matches, match_id
from ki_concept.models import (
    Goal,
    Handlungsfeld,
    HistoryEntry,
    Konzept,
    Measure,
    yaml_key,
    yaml_keys,
)
from ki_concept.vocabulary import DEFAULT_WORDS

MAX_LINE = 500
MAX_TEXT = 20_000
# Ids: letters, digits, '-', '_' and '.', starting with a letter or digit.
_ID = re.compile(r"[^\W_][\w.-]{0,63}")
_URL = re.compile(r"https?://\S+")
_ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_GERMAN_DAY = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")
# Marks that reorder how text is shown (bidi embeddings, overrides and isolates).
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_YES = {"ja", "j", "x", "yes", "y", "true", "wahr", "1"}
_NO = {"nein", "n", "no", "false", "falsch", "0"}
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
MAX_FIELD_ID = 20
SOURCE_PREFIX = "Q"

# Which model field each column fills.
_FIELDS = {
    "id": "id",
    "title": "title",
    "description": "description",
    "sources": "sources",
    "example": "example",
    "goal_level": "level",
    "goals": "goals",
    "status": "status",
    "responsible": "responsible",
    "partners": "partners",
    "target_groups": "target_groups",
    "start": "start",
    "end": "end",
    "ongoing": "ongoing",
    "resources": "resources",
}


@dataclass
class Entry:
    """One row of the table with its values read, by column key."""

    row: int
    level: Level
    values: dict[str, Any] = field(default_factory=dict)
    failed: set[str] = field(default_factory=set)
    id: str = ""
    field_id: str = ""


@dataclass
class Built:
    """A new version's data: ``konzept.yaml`` and each field file, keys in schema order."""

    konzept: dict[str, Any]
    fields: list[tuple[str, dict[str, Any]]]
    goals: int = 0
    measures: int = 0
    generated: int = 0


class _Reader:
    """Reads the cells of one table, collecting problems instead of stopping at the first."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.problems: list[Problem] = list(table.problems)

    def problem(
        self, key: str, cell: str | None, column: TableColumn | None, **params: object
    ) -> None:
        header = self.table.header(column)
        self.problems.append(Problem(self.table.file, self.table.sheet, cell, header, key, params))

    def at(self, row: int, *keys: str) -> tuple[str | None, TableColumn | None]:
        """The cell of the first of ``keys`` the table has a column for, in ``row``."""
        for key in keys:
            ref = self.table.ref(key, row)
            if ref is not None:
                return ref, BY_KEY[key]
        return None, None

    # --- values by kind -----------------------------------------------------------------

    def raw_text(self, cell: Cell, column: TableColumn) -> str | None:
        value = cell.value
        if cell.formula is not None:
            self.problem("init.cell.formula", cell.ref, column, formula=cell.formula)
            return None
        if cell.error is not None:
            self.problem("init.cell.excel_error", cell.ref, column, value=cell.error)
            return None
        if isinstance(value, bool):
            self.problem("init.cell.boolean", cell.ref, column)
            return None
        if isinstance(value, dt.datetime):
            value = value.date() if value.time() == dt.time() else value
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            text = value.strftime("%d.%m.%Y")
        elif isinstance(value, float) and value.is_integer():
            text = str(int(value))
        else:
            text = str(value)
        text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
        bad = forbidden_character(text)
        if bad is None and (mark := _BIDI.search(text)) is not None:
            bad = f"U+{ord(mark.group()):04X}"
        if bad is not None:
            self.problem("init.cell.control", cell.ref, column, char=bad)
            return None
        return text or None

    def text(self, cell: Cell, column: TableColumn, *, one_line: bool) -> str | None:
        text = self.raw_text(cell, column)
        if text is None:
            return None
        if one_line:
            text = " ".join(text.split())
        limit = MAX_LINE if one_line else MAX_TEXT
        if len(text) > limit:
            self.problem("init.cell.too_long", cell.ref, column, length=len(text), limit=limit)
            return None
        return text

    def an_id(self, cell: Cell, column: TableColumn) -> str | None:
        text = self.text(cell, column, one_line=True)
        if text is not None and _ID.fullmatch(text) is None:
            self.problem("init.cell.bad_id", cell.ref, column, value=shown(text))
            return None
        return text

    def ids(self, cell: Cell, column: TableColumn) -> list[str] | None:
        text = self.text(cell, column, one_line=True)
        if text is None:
            return None
        found = [part for part in re.split(r"[\s,;]+", text) if part]
        bad = [part for part in found if _ID.fullmatch(part) is None]
        if bad:
            self.problem("init.cell.bad_id", cell.ref, column, value=shown(bad[0]))
            return None
        return list(dict.fromkeys(found))

    def items(self, cell: Cell, column: TableColumn) -> list[str] | None:
        text = self.text(cell, column, one_line=False)
        if text is None:
            return None
        found = [" ".join(part.split()) for part in re.split(r"[;\n]", text)]
        found = [part for part in found if part]
        too_long = [part for part in found if len(part) > MAX_LINE]
        if too_long:
            self.problem(
                "init.cell.too_long", cell.ref, column, length=len(too_long[0]), limit=MAX_LINE
            )
            return None
        return list(dict.fromkeys(found))

    def urls(self, cell: Cell, column: TableColumn) -> list[str] | None:
        text = self.text(cell, column, one_line=True)
        if text is None:
            return None
        found = [part.strip(",;") for part in text.split()]
        found = [part for part in found if part]
        bad = [part for part in found if _URL.fullmatch(part) is None]
        if bad:
            self.problem("init.cell.bad_url", cell.ref, column, value=shown(bad[0]))
            return None
        return list(dict.fromkeys(found))

    def day(self, cell: Cell, column: TableColumn) -> dt.date | None:
        value = cell.value
        if cell.formula is not None or cell.error is not None:
            self.raw_text(cell, column)
            return None
        if isinstance(value, dt.datetime):
            if value.time() != dt.time():
                self.problem(
                    "init.cell.date_with_time",
                    cell.ref,
                    column,
                    value=value.strftime("%d.%m.%Y %H:%M"),
                )
                return None
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.problem("init.cell.number_not_date", cell.ref, column, value=shown(value))
            return None
        text = self.text(cell, column, one_line=True)
        if text is None:
            return None
        if (iso := _ISO_DAY.fullmatch(text)) is not None:
            year, month, day = (int(part) for part in iso.groups())
        elif (german := _GERMAN_DAY.fullmatch(text)) is not None:
            day, month, year = (int(part) for part in german.groups())
        else:
            self.problem("init.cell.bad_date", cell.ref, column, value=shown(text))
            return None
        try:
            return dt.date(year, month, day)
        except ValueError:
            self.problem("init.cell.no_such_day", cell.ref, column, value=shown(text))
            return None

    def flag(self, cell: Cell, column: TableColumn) -> bool | None:
        value = cell.value
        if isinstance(value, bool):
            return value
        if isinstance(value, int | float) and value in (0, 1):
            return bool(value)
        text = self.text(cell, column, one_line=True)
        if text is None:
            return None
        word = normalise(text)
        if word in _YES or word in _NO:
            return word in _YES
        self.problem("init.cell.bad_flag", cell.ref, column, value=shown(text))
        return None

    def choice(self, cell: Cell, column: TableColumn) -> str | None:
        text = self.text(cell, column, one_line=True)
        if text is None:
            return None
        word = normalise(text)
        if column.key == "goal_level":
            if word in GOAL_LEVELS:
                return word
            self.problem(
                "init.cell.bad_goal_level",
                cell.ref,
                column,
                value=shown(text),
                choices=", ".join(GOAL_LEVELS),
            )
            return None
        for status in DEFAULT_WORDS:
            names = (status.id, status.title_de, status.title_en)
            if word in {normalise(name) for name in names}:
                return status.id
        self.problem(
            "init.cell.bad_status",
            cell.ref,
            column,
            value=shown(text),
            choices=", ".join(w.id for w in DEFAULT_WORDS),
        )
        return None

    def value(self, cell: Cell, column: TableColumn) -> Any:
        readers: dict[str, Callable[[Cell, TableColumn], Any]] = {
            "id": self.an_id,
            "ref": self.an_id,
            "line": lambda c, col: self.text(c, col, one_line=True),
            "long": lambda c, col: self.text(c, col, one_line=False),
            "ids": self.ids,
            "list": self.items,
            "urls": self.urls,
            "date": self.day,
            "flag": self.flag,
            "choice": self.choice,
        }
        return readers[column.kind](cell, column)

    # --- rows ---------------------------------------------------------------------------

    def entry(self, number: int, cells: dict[str, Cell]) -> Entry | None:
        level_column = BY_KEY["level"]
        level_cell = cells.get("level")
        where = self.table.ref("level", number)
        if level_cell is None:
            self.problem("init.cell.level_missing", where, level_column)
            return None
        text = self.text(level_cell, level_column, one_line=True)
        if text is None:
            return None
        level = level_of(text)
        if level is None:
            self.problem(
                "init.cell.bad_level",
                level_cell.ref,
                level_column,
                value=shown(text),
                choices=", ".join(level_name(lv) for lv in ("field", "goal", "measure")),
            )
            return None
        entry = Entry(number, level)
        for key, cell in cells.items():
            column = BY_KEY[key]
            if key == "level":
                continue
            if level not in column.levels:
                self.problem(
                    "init.cell.not_for_level",
                    cell.ref,
                    column,
                    level=level_name(level),
                    levels=", ".join(level_name(lv) for lv in sorted_levels(column)),
                )
                entry.failed.add(key)
                continue
            value = self.value(cell, column)
            if value is None:  # the reader has said why
                entry.failed.add(key)
            elif value != []:
                entry.values[key] = value
        # Without the column, the header's problem says it; one per row would only repeat it.
        has_title_column = self.table.ref("title", number) is not None
        if "title" not in entry.values and "title" not in entry.failed and has_title_column:
            self.problem(
                "init.cell.title_missing", self.table.ref("title", number), BY_KEY["title"]
            )
        if entry.level == "goal" and not {"goal_level"} & (entry.values.keys() | entry.failed):
            self.problem(
                "init.cell.goal_level_missing",
                *self.at(number, "goal_level", "level"),
                choices=", ".join(GOAL_LEVELS),
            )
        if entry.level == "measure":
            self.check_dates(entry)
        return entry

    def check_dates(self, entry: Entry) -> None:
        start, end = entry.values.get("start"), entry.values.get("end")
        if start is not None and end is not None and end < start:
            self.problem(
                "init.cell.end_before_start",
                self.table.ref("end", entry.row),
                BY_KEY["end"],
                end=end.strftime("%d.%m.%Y"),
                start=start.strftime("%d.%m.%Y"),
            )
        status = entry.values.get("status")
        finished = {w.id for w in DEFAULT_WORDS if w.finished}
        # A finished measure needs an end, unless it is an ongoing task.
        needs_end = status in finished and end is None and not entry.values.get("ongoing")
        if needs_end and not {"end", "ongoing"} & entry.failed:
            self.problem(
                "init.cell.end_missing", *self.at(entry.row, "end", "status"), status=status
            )


def sorted_levels(column: TableColumn) -> list[Level]:
    order: list[Level] = ["konzept", "field", "goal", "measure"]
    return [level for level in order if level in column.levels]


def field_id_for(title: str) -> str:
    """A field id from its title: the first word, ASCII capitals (``Bildung …`` → ``BILDUNG``)."""
    first = title.split()[0] if title.split() else ""
    ascii_word = unicodedata.normalize("NFKD", first.casefold().translate(_TRANSLITERATION))
    word = "".join(c for c in ascii_word if c.isascii() and c.isalnum()).upper()
    return word[:MAX_FIELD_ID] or "HF"


def file_name_for(field_id: str, taken: set[str]) -> str:
    """A file name for a field: its id in small letters, safe on every system."""
    ascii_id = unicodedata.normalize("NFKD", field_id.casefold().translate(_TRANSLITERATION))
    stem = re.sub(r"[^a-z0-9_-]+", "-", ascii_id).strip("-.") or "feld"
    name, number = f"{stem}.yaml", 2
    while name in taken:
        name = f"{stem}-{number}.yaml"
        number += 1
    taken.add(name)
    return name


def _row_col(problem: Problem) -> tuple[int, int]:
    if problem.cell is None:
        return (0, 0)
    match = re.fullmatch(r"([A-Z]+)([0-9]+)", problem.cell)
    if match is None:
        return (0, 0)
    column = 0
    for char in match.group(1):
        column = column * 26 + ord(char) - ord("A") + 1
    return (int(match.group(2)), column)


class _Ids:
    """Every id of the table; a new id is free in any case (``bildung-m1`` takes ``BILDUNG-M1``)."""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self.folded: set[str] = set()

    def add(self, item_id: str) -> None:
        self.taken.add(item_id)
        self.folded.add(item_id.casefold())

    def free(self, item_id: str) -> bool:
        return item_id.casefold() not in self.folded

    def numbered(self, existing: list[str], field_id: str, marker: str) -> str:
        """The next id of a goal (``Z``) or measure (``M``) in ``field_id``, as ``next_id``."""
        seed = [f"{field_id}-{marker}0"]
        blocked = set(self.taken)
        while True:
            candidate = next_id(seed + existing, field_id, blocked)
            if self.free(candidate):
                self.add(candidate)
                return candidate
            blocked.add(candidate)


def build(
    table: Table,
    *,
    title: str | None,
    version: str,
    default_title: str,
    today: dt.date | None = None,
) -> Built:
    """The new version's data from ``table``; :class:`TableInvalid` with every problem."""
    reader = _Reader(table)
    entries = [e for row in table.rows if (e := reader.entry(row.number, row.cells)) is not None]
    problem = reader.problem

    konzept_rows = [e for e in entries if e.level == "konzept"]
    for extra in konzept_rows[1:]:
        problem(
            "init.cell.second_konzept",
            table.ref("level", extra.row),
            BY_KEY["level"],
            first=konzept_rows[0].row,
        )
    items = [e for e in entries if e.level != "konzept"]

    # Ids given in the table: each once, whatever the case.
    ids = _Ids()
    first_cell: dict[str, str] = {}
    for entry in items:
        given = entry.values.get("id")
        if given is None:
            continue
        cell = table.ref("id", entry.row) or ""
        if given.casefold() in first_cell:
            problem(
                "init.cell.duplicate_id",
                cell,
                BY_KEY["id"],
                value=given,
                first=first_cell[given.casefold()],
            )
            continue  # it gets an id of its own, so that rows referring to it still resolve
        first_cell[given.casefold()] = cell
        ids.add(given)
        entry.id = given

    generated = 0
    fields = [e for e in items if e.level == "field"]
    for entry in fields:
        if entry.id:
            continue
        stem = field_id_for(entry.values.get("title", ""))
        candidate, number = stem, 2
        while not ids.free(candidate):
            candidate = f"{stem}{number}"
            number += 1
        ids.add(candidate)
        entry.id = candidate
        generated += 1
    field_ids = [e.id for e in fields if e.id]

    # Goals and measures belong to the field they name, or to the field above them.
    current: Entry | None = None
    for entry in items:
        if entry.level == "field":
            current = entry
            continue
        named = entry.values.get("field")
        if named is not None:
            found = match_id(named, field_ids)
            if found is None:
                several = case_matches(named, field_ids)
                problem(
                    "init.cell.unknown_field",
                    table.ref("field", entry.row),
                    BY_KEY["field"],
                    value=named,
                    choices=", ".join(several or field_ids) or "–",
                )
                continue
            entry.field_id = found
        elif current is not None:
            entry.field_id = current.id
        elif "field" not in entry.failed:
            problem("init.cell.no_field", *reader.at(entry.row, "field", "level"))

    # Ids left empty: the next in the pattern of the field (BILDUNG-Z1, BILDUNG-M1).
    for level, marker in (("goal", "Z"), ("measure", "M")):
        by_field: dict[str, list[str]] = {}
        for entry in items:
            if entry.level != level or not entry.field_id:
                continue
            existing = by_field.setdefault(entry.field_id, [])
            if not entry.id:  # left empty, or not usable (a problem already says why)
                entry.id = ids.numbered(existing, entry.field_id, marker)
                generated += 1
            if entry.id:
                existing.append(entry.id)

    goal_ids = [e.id for e in items if e.level == "goal" and e.id]
    for entry in items:
        if entry.level != "measure" or "goals" not in entry.values:
            continue
        resolved = []
        for wanted in entry.values["goals"]:
            found = match_id(wanted, goal_ids)
            if found is None:
                shown_ids = goal_ids[:12]
                more = t("init.more", count=len(goal_ids) - 12) if len(goal_ids) > 12 else ""
                problem(
                    "init.cell.unknown_goal",
                    table.ref("goals", entry.row),
                    BY_KEY["goals"],
                    value=wanted,
                    choices=(", ".join(shown_ids) or "–") + more,
                )
                continue
            resolved.append(found)
        entry.values["goals"] = list(dict.fromkeys(resolved))

    if not fields and not reader.problems:
        problem("init.table.no_fields", None, None)
    if reader.problems:
        ordered = sorted(reader.problems, key=_row_col)
        raise TableInvalid(
            "init.table.invalid",
            [p.text() for p in ordered],
            path=table.file,
            count=len(ordered),
        )
    return _assemble(
        konzept_rows[0] if konzept_rows else None,
        items,
        title,
        version,
        default_title,
        generated,
        today or dt.date.today(),
    )


STEP_DATE = yaml_key(HistoryEntry, "date")
STEP_STATUS = yaml_key(HistoryEntry, "status")


def _ordered(model: type[Any], values: dict[str, Any]) -> dict[str, Any]:
    """YAML data of ``model`` from column values, keys in the order of the schema."""
    data = {yaml_key(model, _FIELDS[key]): value for key, value in values.items() if key in _FIELDS}
    data = {k: v for k, v in data.items() if v is not None and v is not False and v != []}
    return {key: data[key] for key in yaml_keys(model) if key in data}


def _assemble(
    konzept_row: Entry | None,
    items: list[Entry],
    title: str | None,
    version: str,
    default_title: str,
    generated: int,
    today: dt.date,
) -> Built:
    sources: dict[str, str] = {}

    def keys(urls: list[str]) -> list[str]:
        found = []
        for url in urls:
            if url not in sources.values():
                sources[f"{SOURCE_PREFIX}{len(sources) + 1}"] = url
            found.append(next(k for k, v in sources.items() if v == url))
        return found

    row_values = konzept_row.values if konzept_row else {}
    konzept_sources = keys(row_values.get("sources", []))
    fields: list[tuple[str, dict[str, Any]]] = []
    names: set[str] = set()
    by_field: dict[str, dict[str, Any]] = {}
    goals = measures = 0
    for entry in items:
        values = {**entry.values, "id": entry.id}
        values.pop("field", None)
        if "sources" in values:
            values["sources"] = keys(values["sources"])
        if entry.level == "field":
            data = _ordered(Handlungsfeld, values)
            by_field[entry.id] = data
            fields.append((file_name_for(entry.id, names), data))
        elif entry.level == "goal":
            by_field[entry.field_id].setdefault(yaml_key(Handlungsfeld, "goals"), []).append(
                _ordered(Goal, values)
            )
            goals += 1
        else:
            measure = _ordered(Measure, values)
            status = measure.get(yaml_key(Measure, "status"))
            if status is not None:
                # The status the table gives holds today: recorded so, later dates can tell.
                step = {
                    yaml_key(HistoryEntry, "date"): today,
                    yaml_key(HistoryEntry, "status"): status,
                }
                measure[yaml_key(Measure, "history")] = [step]
            by_field[entry.field_id].setdefault(yaml_key(Handlungsfeld, "measures"), []).append(
                measure
            )
            measures += 1
    # Goals and measures were appended after the field's own keys: put them in schema order.
    fields = [
        (name, {k: data[k] for k in yaml_keys(Handlungsfeld) if k in data}) for name, data in fields
    ]
    konzept_values: dict[str, Any] = {
        "title": title or row_values.get("title") or default_title,
        "version": version,
        "description": row_values.get("description"),
        "target_groups": row_values.get("target_groups", []),
        "sources": sources,
        "concept_sources": konzept_sources,
    }
    konzept = {
        yaml_key(Konzept, name): value
        for name, value in konzept_values.items()
        if value not in (None, [], {})
    }
    konzept = {key: konzept[key] for key in yaml_keys(Konzept) if key in konzept}
    return Built(konzept, fields, goals, measures, generated)
