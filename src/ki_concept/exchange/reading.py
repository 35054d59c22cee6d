"""Reading a filled-in feedback workbook back: its cells as answers, its mistakes as problems.

Only cached values are read (openpyxl ``data_only``); formulas are never evaluated, and a
formula without a cached value is a problem at its cell. Columns are found by their
header in row 1 (in either language), so hidden, moved or extra columns do no harm.
Every problem is collected, each at ``DATEI, Blatt Maßnahmen, Zelle F7``, so one run
names all of them.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from ki_concept.edit.catalogue import suggestion
from ki_concept.edit.render import forbidden_character
from ki_concept.exchange import layout
from ki_concept.i18n import t
from ki_concept.matching import match_id
from ki_concept.models import Measure
from ki_concept.vocabulary import Vocabulary

# The columns an import needs; ``comment`` may be missing.
NEEDED = ("id", "new_status", "change_date", "note", "new_end")
FILLED = ("new_status", "change_date", "note", "new_end", "comment")
_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_GERMAN = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")


@dataclass(frozen=True)
class Answer:
    """What one row of a reply asks for: a new status (with its day and note), a new end."""

    measure_id: str
    row: int
    status: str | None
    date: dt.date | None
    note: str | None
    end: dt.date | None
    # The cells that were filled in (``J7``, ``L7``), for the report.
    cells: tuple[str, ...]
    # Other values to set (full export): YAML key → value for ``set_value``.
    values: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class NewRow:
    """A row of a full export without an id: a new measure for ``add_measure``."""

    row: int
    field_id: str
    title: str
    # YAML key → value (text, ``YYYY-MM-DD``, bool, list of text), as ``NewMeasure`` takes.
    values: tuple[tuple[str, Any], ...]
    cells: tuple[str, ...]


@dataclass
class Reply:
    """One workbook read back."""

    path: Path
    meta: layout.ExportMeta
    sheet: str
    answers: list[Answer] = field(default_factory=list)
    # Whether any row has something filled in (a comment counts).
    answered: bool = False
    # Rows of a full export without an id: new measures.
    new: list[NewRow] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class Expected:
    """What the workbooks must match: the version, its status words and its measures."""

    concept_title: str
    version_folder: str
    concept_version: str
    vocabulary: Vocabulary
    measure_ids: frozenset[str]
    # The measures as they are now (for a full export, whose cells are compared with them).
    measures: Mapping[str, Measure] = field(default_factory=dict)
    # The Handlungsfelder and goals of the version, for new measures of a full export.
    field_ids: frozenset[str] = frozenset()
    goal_ids: frozenset[str] = frozenset()


def parse_day(value: object) -> dt.date | None:
    """A date cell, ``YYYY-MM-DD`` or ``14.12.2025``; None when it is none of these."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        if match := _ISO.fullmatch(text):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        if match := _GERMAN.fullmatch(text):
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        return None
    return None


def status_id(value: str, vocabulary: Vocabulary) -> tuple[str | None, str | None]:
    """The status id ``value`` names (an id or a title, in any case), else the problem."""
    ids = list(dict.fromkeys(vocabulary.ids))
    found = match_id(value, ids)
    if found is not None:
        return found, None
    key = value.casefold()
    by_title = list(
        dict.fromkeys(
            w.id for w in vocabulary.words if key in (w.title_de.casefold(), w.title_en.casefold())
        )
    )
    if len(by_title) == 1:
        return by_title[0], None
    if by_title:
        return None, t(
            "exchange.import.ambiguous_status", status=value, choices=", ".join(by_title)
        )
    return None, t(
        "exchange.import.unknown_status",
        status=value,
        suggestion=suggestion(value, ids),
        choices=", ".join(ids),
    )


def _header_keys() -> dict[str, str]:
    """Each column header, in either language and ignoring case, → its column key."""
    keys: dict[str, str] = {}
    for spec in layout.COLUMNS:
        for lang in ("de", "en"):
            keys.setdefault(spec.header(lang).strip().casefold(), spec.key)
    return keys


def _open(path: Path, problems: list[str]) -> tuple[Any, Any] | None:
    """The workbook with cached values and with formulas, or None with the problem noted."""
    if path.is_dir():
        problems.append(t("exchange.import.is_folder", source=path))
        return None
    try:
        with warnings.catch_warnings():
            # openpyxl warns about parts of Excel's files it does not read (extensions …).
            warnings.simplefilter("ignore")
            values = openpyxl.load_workbook(path, data_only=True)
            formulas = openpyxl.load_workbook(path, data_only=False)
    except FileNotFoundError:
        problems.append(t("exchange.import.missing_file", source=path))
        return None
    except OSError as exc:
        problems.append(t("exchange.import.cannot_read", source=path, reason=exc.strerror or exc))
        return None
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError):
        problems.append(t("exchange.import.unreadable", source=path))
        return None
    return values, formulas


def named_sheet(
    book: Any, formula_book: Any, name: str, source: str, problems: list[str]
) -> tuple[Any, Any] | None:
    """The sheet ``name`` as values and as formulas; a problem naming the sheets if missing."""
    if name not in book.sheetnames:
        shown = ", ".join(n for n in book.sheetnames if n != layout.META_SHEET)
        problems.append(t("exchange.import.no_sheet", source=source, sheet=name, sheets=shown))
        return None
    return book[name], formula_book[name]


def cell_problems(problems: list[str], source: str, sheet: str) -> Callable[[str, str], None]:
    """A function that records a problem at a cell of ``sheet`` in ``source``."""

    def problem(cell: str, message: str) -> None:
        problems.append(
            t("exchange.import.at_cell", source=source, sheet=sheet, cell=cell, message=message)
        )

    return problem


def header_columns(sheet: Any, keys: dict[str, str]) -> dict[str, int]:
    """Column key → column number, found by the headers in row 1 (the first one counts)."""
    columns: dict[str, int] = {}
    for index in range(1, (sheet.max_column or 0) + 1):
        header = sheet.cell(1, index).value
        key = keys.get(str(header).strip().casefold()) if header is not None else None
        if key is not None and key not in columns:
            columns[key] = index
    return columns


def stored_value(
    sheet: Any, formula_sheet: Any, row: int, column: int, problem: Callable[[str, str], None]
) -> Any:
    """The value a cell stores; a formula without a stored value is a problem at the cell."""
    value = sheet.cell(row, column).value
    if value is None and formula_sheet.cell(row, column).data_type == "f":
        problem(f"{get_column_letter(column)}{row}", t("exchange.import.formula"))
    return value


def read_reply(path: Path, expected: Expected, problems: list[str]) -> Reply | None:
    """The answers of the workbook at ``path``; problems are appended to ``problems``."""
    opened = _open(path, problems)
    if opened is None:
        return None
    book, formula_book = opened
    source = path.name
    try:
        meta = layout.read_meta(book, str(path))
    except layout.LayoutError as exc:
        problems.append(exc.message)
        return None
    if meta.concept_title != expected.concept_title:
        problems.append(
            t(
                "exchange.import.other_concept",
                source=path,
                found=meta.concept_title,
                concept=expected.concept_title,
            )
        )
        return None
    if (meta.version_folder, meta.concept_version) != (
        expected.version_folder,
        expected.concept_version,
    ):
        problems.append(
            t(
                "exchange.import.other_version",
                source=path,
                found=meta.concept_version,
                found_folder=meta.version_folder,
                version=expected.concept_version,
                folder=expected.version_folder,
            )
        )
        return None
    if meta.group_kind == layout.FULL_KIND:
        from ki_concept.exchange.full import read_full_sheet

        return read_full_sheet(path, book, formula_book, meta, expected, problems)
    sheet_name = layout.measure_sheet_name(meta.language)
    found = named_sheet(book, formula_book, sheet_name, source, problems)
    if found is None:
        return None
    sheet, formula_sheet = found
    reply = Reply(path, meta, sheet_name)
    before = len(problems)
    problem = cell_problems(problems, source, sheet_name)
    columns = header_columns(sheet, _header_keys())
    missing = [key for key in NEEDED if key not in columns]
    for key in missing:
        header = layout.text_in(f"exchange.col.{key}", meta.language)
        problems.append(
            t(
                "exchange.import.at_sheet",
                source=source,
                sheet=sheet_name,
                message=t("exchange.import.no_column", column=header),
            )
        )
    if missing:
        return None

    def header_of(key: str) -> str:
        return layout.text_in(f"exchange.col.{key}", meta.language)

    seen: dict[str, int] = {}
    for row in range(2, (sheet.max_row or 1) + 1):
        raw: dict[str, object] = {}
        refs: dict[str, str] = {}
        for key, index in columns.items():
            ref = f"{get_column_letter(index)}{row}"
            refs[key] = ref
            value = stored_value(sheet, formula_sheet, row, index, problem)
            if isinstance(value, str):
                value = value.strip() or None
            raw[key] = value
        filled = [key for key in FILLED if raw.get(key) is not None]
        if not filled:
            continue
        reply.answered = True
        if raw.get("comment") is not None and len(filled) == 1:
            continue
        measure_id = raw["id"]
        if measure_id is None:
            problem(refs["id"], t("exchange.import.no_id"))
            continue
        measure_id = str(measure_id)
        if meta.stamp(measure_id) is None:
            problem(refs["id"], t("exchange.import.not_in_book", id=measure_id))
            continue
        if measure_id not in expected.measure_ids:
            problem(
                refs["id"],
                t("exchange.import.unknown_measure", id=measure_id, version=meta.version_folder),
            )
            continue
        if measure_id in seen:
            problem(refs["id"], t("exchange.import.duplicate", id=measure_id, row=seen[measure_id]))
            continue
        seen[measure_id] = row
        status: str | None = None
        if raw["new_status"] is not None:
            status, trouble = status_id(str(raw["new_status"]), expected.vocabulary)
            if trouble is not None:
                problem(refs["new_status"], trouble)
        days: dict[str, dt.date | None] = {}
        for key in ("change_date", "new_end"):
            value = raw[key]
            days[key] = parse_day(value) if value is not None else None
            if value is not None and days[key] is None:
                shown = value.isoformat() if isinstance(value, dt.date) else str(value)
                problem(refs[key], t("exchange.import.bad_date", value=shown))
        note = None if raw["note"] is None else str(raw["note"])
        code = forbidden_character(note) if note else None
        if code is not None:
            problem(refs["note"], t("exchange.import.forbidden_char", code=code))
        if raw["new_status"] is None:
            for key in ("change_date", "note"):
                if raw[key] is not None:
                    problem(
                        refs[key],
                        t(
                            "exchange.import.needs_status",
                            column=header_of(key),
                            status_column=header_of("new_status"),
                        ),
                    )
        answer = Answer(
            measure_id,
            row,
            status,
            days["change_date"],
            note,
            days["new_end"],
            tuple(refs[key] for key in filled if key != "comment"),
        )
        reply.answers.append(answer)
    return reply if len(problems) == before else None
