"""Reading the full export back: the sheet ``Alle Maßnahmen`` of ``export -o x.xlsx``, or
the CSV file of ``export --format csv`` (:func:`read_csv_reply`).

A cell of an editable column (:data:`EDITABLE`, and ``Status`` with the two ``Verlauf``
cells) whose value differs from the measure as the YAML has it now is a change; a cell
equal to the current value is none. The other columns, and the other sheets of the
workbook (one per Handlungsfeld, the summary …), are not read. Columns are found by their
header in row 1, in either language. Every problem is collected at its cell.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from ki_concept.edit.operations import ListChange
from ki_concept.edit.render import forbidden_character
from ki_concept.exchange import layout
from ki_concept.exchange.reading import (
    Answer,
    Expected,
    NewRow,
    Reply,
    cell_problems,
    header_columns,
    named_sheet,
    parse_day,
    status_id,
    stored_value,
)
from ki_concept.export.table import columns
from ki_concept.i18n import Language, t
from ki_concept.models import Measure, yaml_key
from ki_concept.spreadsheet import FORMULA_START

# Column key of the full export → the field of the measure it shows (same name).
EDITABLE = (
    "end",
    "responsible",
    "partners",
    "target_groups",
    "start",
    "description",
    "resources",
    "ongoing",
)
_LISTS = ("partners", "target_groups")
_DATES = ("start", "end")
_TRUE = frozenset({"ja", "j", "yes", "y", "true", "wahr"})
_FALSE = frozenset({"nein", "n", "no", "false", "falsch"})


@dataclass(frozen=True)
class TableCell:
    """One cell read back: its value and where it is (``F7``; a header in a CSV file)."""

    value: object
    ref: str


# Row number → column key → cell.
Row = tuple[int, dict[str, TableCell]]
Problem = Callable[[str, str], None]


def header_keys() -> dict[str, str]:
    """Each header of the full export, in either language and ignoring case → its key."""
    from ki_concept.messages import MESSAGES

    keys: dict[str, str] = {}
    for column in columns():
        for text in MESSAGES[f"export.col.{column.key}"]:
            keys.setdefault(text.strip().casefold(), column.key)
    return keys


def header_in(key: str, lang: Language) -> str:
    return layout.text_in(f"export.col.{key}", lang)


def _text(value: object) -> str | None:
    """A cell as stripped text (line ends as ``\\n``); None when empty."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    return text or None


def _same(text: str | None, current: str | None, ansi: bool) -> bool:
    """Whether a cell's text is the current value (also after Windows-1252's ``?``)."""
    if text == current:
        return True
    if not ansi or text is None or current is None:
        return False
    return text == current.encode("cp1252", errors="replace").decode("cp1252")


def _placeholders() -> frozenset[str]:
    """The words the Status column shows for no status: they are no change."""
    from ki_concept.messages import MESSAGES

    return frozenset(
        w.casefold() for key in ("status.unknown", "status.not_started") for w in MESSAGES[key]
    )


def table_answers(
    rows: Iterable[Row],
    meta: layout.ExportMeta,
    expected: Expected,
    problem: Problem,
    *,
    stamped: bool,
    ansi: bool = False,
    new: list[NewRow] | None = None,
) -> list[Answer]:
    """The changes the rows ask for; problems go to ``problem(where, message)``.

    ``stamped``: the table comes with the hidden sheet, so an id must be one of its stamps.
    ``ansi``: the table was saved as Windows-1252, which turns what it cannot hold into
    ``?``; a cell equal to the YAML's value after that loss is no change either.
    ``new`` collects the rows without an id (new measures).
    """
    lang = meta.language
    answers: list[Answer] = []
    seen: dict[str, int] = {}
    placeholders = _placeholders()
    for row, cells in rows:
        if all(_text(c.value) is None for c in cells.values()):
            continue
        id_cell = cells["id"]
        measure_id = _text(id_cell.value)
        if measure_id is None:
            if new is not None:
                found_new = _new_row(row, cells, meta, expected, placeholders, problem, ansi)
                if found_new is not None:
                    new.append(found_new)
            continue
        if stamped and meta.stamp(measure_id) is None:
            problem(id_cell.ref, t("exchange.import.not_in_book", id=measure_id))
            continue
        measure = expected.measures.get(measure_id)
        if measure is None:
            problem(
                id_cell.ref,
                t("exchange.import.unknown_measure", id=measure_id, version=meta.version_folder),
            )
            continue
        if measure_id in seen:
            problem(
                id_cell.ref, t("exchange.import.duplicate", id=measure_id, row=seen[measure_id])
            )
            continue
        seen[measure_id] = row
        # An empty cell of a measure unchanged since the export was emptied: a problem
        # (an import removes no values). Otherwise the value may be newer than the table.
        stamp = meta.stamp(measure_id)
        emptied = stamp is not None and stamp.fingerprint == layout.full_fingerprint(measure)
        refs: list[str] = []
        values: list[tuple[str, Any]] = []
        end: dt.date | None = None
        for key in EDITABLE:
            cell = cells.get(key)
            if cell is None:
                continue
            found = _changed(key, cell, measure, lang, problem, emptied=emptied, ansi=ansi)
            if found is None:
                continue
            refs.append(cell.ref)
            if key == "end":
                assert isinstance(found, dt.date)
                end = found
            elif isinstance(found, dt.date):
                values.append((yaml_key(Measure, key), found.isoformat()))
            else:
                values.append((yaml_key(Measure, key), found))
        status, readable = _status(
            cells.get("status"), measure, expected, placeholders, problem, emptied=emptied
        )
        if status is not None:
            refs.append(cells["status"].ref)
        day, note, step_refs = _step(cells, measure, problem, ansi=ansi)
        if step_refs and status is None and readable:
            for ref, key in step_refs:
                problem(
                    ref,
                    t(
                        "exchange.full.step_needs_status",
                        column=header_in(key, lang),
                        status_column=header_in("status", lang),
                    ),
                )
            continue
        refs += [ref for ref, _ in step_refs]
        if status is None and end is None and not values:
            continue
        place = {cell.ref: index for index, cell in enumerate(cells.values())}
        refs.sort(key=lambda ref: place.get(ref, len(place)))
        answers.append(Answer(measure_id, row, status, day, note, end, tuple(refs), tuple(values)))
    return answers


def _new_row(
    row: int,
    cells: dict[str, TableCell],
    meta: layout.ExportMeta,
    expected: Expected,
    placeholders: frozenset[str],
    problem: Problem,
    ansi: bool,
) -> NewRow | None:
    """A row without an id as a new measure: Handlungsfeld and Titel are needed."""
    lang = meta.language
    field_cell, title_cell = cells.get("field"), cells.get("title")
    field_id = _text(field_cell.value) if field_cell is not None else None
    title = _text(title_cell.value) if title_cell is not None else None
    if field_cell is None or title_cell is None or field_id is None or title is None:
        problem(
            cells["id"].ref,
            t(
                "exchange.full.new_row",
                field=header_in("field", lang),
                title=header_in("title", lang),
            ),
        )
        return None
    ok = True
    if field_id not in expected.field_ids:
        problem(
            field_cell.ref,
            t(
                "exchange.full.unknown_field",
                field=field_id,
                choices=", ".join(sorted(expected.field_ids)),
            ),
        )
        ok = False
    code = forbidden_character(title)
    if code is not None:
        problem(title_cell.ref, t("exchange.full.forbidden_char", code=code))
        ok = False
    values: list[tuple[str, Any]] = []
    refs = [field_cell.ref, title_cell.ref]
    goals_cell = cells.get("goals")
    goals_text = _text(goals_cell.value) if goals_cell is not None else None
    if goals_cell is not None and goals_text is not None:
        goals = [g.strip() for g in goals_text.replace(";", ",").split(",") if g.strip()]
        unknown = [g for g in goals if g not in expected.goal_ids]
        if unknown:
            problem(goals_cell.ref, t("exchange.full.unknown_goal", goals=", ".join(unknown)))
            ok = False
        values.append((yaml_key(Measure, "goals"), goals))
        refs.append(goals_cell.ref)
    blank = Measure.model_construct(id="-", title=title)
    status, readable = _status(
        cells.get("status"), blank, expected, placeholders, problem, emptied=False
    )
    ok = ok and readable
    if status is not None:
        values.append((yaml_key(Measure, "status"), status))
        refs.append(cells["status"].ref)
    for key in EDITABLE:
        cell = cells.get(key)
        if cell is None:
            continue
        found = _changed(key, cell, blank, lang, problem, emptied=False, ansi=ansi)
        if found is None:  # empty, a default (nein) or a problem, which was noted
            continue
        refs.append(cell.ref)
        if isinstance(found, ListChange):
            values.append((yaml_key(Measure, key), list(found.items)))
        elif isinstance(found, dt.date):
            values.append((yaml_key(Measure, key), found.isoformat()))
        else:
            values.append((yaml_key(Measure, key), found))
    if not ok:
        return None
    place = {cell.ref: index for index, cell in enumerate(cells.values())}
    refs.sort(key=lambda ref: place.get(ref, len(place)))
    return NewRow(row, field_id, title, tuple(values), tuple(refs))


def _status(
    cell: TableCell | None,
    measure: Measure,
    expected: Expected,
    placeholders: frozenset[str],
    problem: Problem,
    *,
    emptied: bool,
) -> tuple[str | None, bool]:
    """The new status the cell asks for (None: the current one, or none) and whether the
    cell could be read."""
    if cell is None:
        return None, True
    text = _text(cell.value)
    if text is None:
        if measure.status is not None and emptied:
            problem(cell.ref, t("exchange.full.cannot_clear"))
            return None, False
        return None, True
    if text.casefold() in placeholders:
        return None, True
    found, trouble = status_id(text, expected.vocabulary)
    if trouble is not None:
        problem(cell.ref, trouble)
        return None, False
    return (found if found != measure.status else None), True


def _step(
    cells: dict[str, TableCell], measure: Measure, problem: Problem, *, ansi: bool
) -> tuple[dt.date | None, str | None, list[tuple[str, str]]]:
    """The day and note of the ``Verlauf`` cells when they differ from the last entry."""
    last = measure.history[-1] if measure.history else None
    day: dt.date | None = None
    note: str | None = None
    refs: list[tuple[str, str]] = []
    date_cell = cells.get("step_date")
    if date_cell is not None and _text(date_cell.value) is not None:
        found = parse_day(date_cell.value)
        if found is None:
            problem(date_cell.ref, t("exchange.import.bad_date", value=_text(date_cell.value)))
        elif last is None or found != last.date:
            day = found
            refs.append((date_cell.ref, "step_date"))
    note_cell = cells.get("step_note")
    if note_cell is not None:
        text = _text(note_cell.value)
        now = _text(last.note) if last is not None else None
        if text is not None and not _same(text, now, ansi):
            code = forbidden_character(text)
            if code is not None:
                problem(note_cell.ref, t("exchange.import.forbidden_char", code=code))
            note = text
            refs.append((note_cell.ref, "step_note"))
    return day, note, refs


def _changed(
    key: str,
    cell: TableCell,
    measure: Measure,
    lang: Language,
    problem: Problem,
    *,
    emptied: bool,
    ansi: bool,
) -> dt.date | bool | str | ListChange | None:
    """The new value of ``key`` the cell asks for; None when it holds the current one."""
    current = getattr(measure, key)
    text = _text(cell.value)
    if key in _LISTS:
        if text is None and not emptied:
            return None
        items = tuple(dict.fromkeys(i.strip() for i in (text or "").split(";") if i.strip()))
        same = len(items) == len(current) and all(
            _same(i, c, ansi) for i, c in zip(items, current, strict=False)
        )
        return None if same else ListChange("replace", items)
    if text is None:
        empty = current is None or (isinstance(current, str) and not current.strip())
        if not empty and emptied and key != "ongoing":
            problem(cell.ref, t("exchange.full.cannot_clear"))
        return None
    if key in _DATES:
        day = parse_day(cell.value)
        if day is None:
            problem(cell.ref, t("exchange.import.bad_date", value=text))
            return None
        return day if day != current else None
    if key == "ongoing":
        word = text.casefold()
        if word not in _TRUE | _FALSE:
            problem(
                cell.ref,
                t(
                    "exchange.full.bad_bool",
                    value=text,
                    yes=layout.text_in("export.yes", lang),
                    no=layout.text_in("export.no", lang),
                ),
            )
            return None
        flag = word in _TRUE
        return flag if flag != current else None
    if _same(text, _text(current), ansi):
        return None
    code = forbidden_character(text)
    if code is not None:
        problem(cell.ref, t("exchange.full.forbidden_char", code=code))
        return None
    return text


def read_full_sheet(
    path: Path,
    book: Any,
    formula_book: Any,
    meta: layout.ExportMeta,
    expected: Expected,
    problems: list[str],
) -> Reply | None:
    """The changes of the sheet ``Alle Maßnahmen`` of a full export at ``path``."""
    source = path.name
    if meta.as_of != meta.exported:
        problems.append(
            t(
                "exchange.full.other_day",
                source=source,
                as_of=meta.as_of.isoformat(),
                exported=meta.exported.isoformat(),
            )
        )
        return None
    sheet_name = layout.text_in("export.sheet.all", meta.language)
    opened = named_sheet(book, formula_book, sheet_name, source, problems)
    if opened is None:
        return None
    sheet, formula_sheet = opened
    before = len(problems)
    problem = cell_problems(problems, source, sheet_name)
    found = header_columns(sheet, header_keys())
    if "id" not in found:
        message = t("exchange.import.no_column", column=header_in("id", meta.language))
        problems.append(
            t("exchange.import.at_sheet", source=source, sheet=sheet_name, message=message)
        )
        return None

    def rows() -> Iterable[Row]:
        for row in range(2, (sheet.max_row or 1) + 1):
            cells: dict[str, TableCell] = {}
            for key, index in found.items():
                ref = f"{get_column_letter(index)}{row}"
                value = stored_value(sheet, formula_sheet, row, index, problem)
                cells[key] = TableCell(value, ref)
            yield row, cells

    reply = Reply(path, meta, sheet_name)
    reply.answers = table_answers(rows(), meta, expected, problem, stamped=True, new=reply.new)
    reply.answered = bool(reply.answers or reply.new)
    return reply if len(problems) == before else None


# --- the full export as CSV -------------------------------------------------------------


def _decoded(data: bytes) -> tuple[str | None, bool]:
    """The text of a CSV file: UTF-8 with or without BOM, else Windows-1252 (German Excel);
    and whether it was Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), True
    except UnicodeDecodeError:
        return None, False


def _separator(text: str) -> str:
    """``;`` or ``,``, whichever the header line has more of (``;`` when even)."""
    header = text.split("\n", 1)[0]
    return "," if header.count(",") > header.count(";") else ";"


def _unprotected(text: str) -> str:
    """A CSV cell without the apostrophe the export puts before formula-like text."""
    if text.startswith("'") and text[1:].startswith(FORMULA_START):
        return text[1:]
    return text


def read_csv_reply(path: Path, expected: Expected, problems: list[str]) -> Reply | None:
    """The changes of a CSV file of the full export (``export --format csv``) at ``path``.

    There is no hidden sheet, so nothing to detect conflicts with: every cell that differs
    from the YAML as it is now is a change, an empty cell is none.
    """
    source = path.name
    if path.is_dir():
        problems.append(t("exchange.import.is_folder", source=path))
        return None
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        problems.append(t("exchange.import.missing_file", source=path))
        return None
    except OSError as exc:
        problems.append(t("exchange.import.cannot_read", source=path, reason=exc.strerror or exc))
        return None
    text, ansi = _decoded(data)
    if text is None or "\x00" in text:
        problems.append(t("exchange.csv.not_text", source=source))
        return None
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text)))
    except csv.Error as exc:
        problems.append(t("exchange.csv.broken", source=source, reason=str(exc)))
        return None
    keys = header_keys()
    header = records[0] if records else []
    # A reply of export --for saved as CSV shares many headers, but not its fill-in ones.
    replies = {
        spec.header(lang).casefold()
        for spec in layout.COLUMNS
        if spec.editable and spec.key != "comment"
        for lang in ("de", "en")
    }
    if any(_unprotected(name.strip()).casefold() in replies for name in header):
        problems.append(t("exchange.csv.reply_as_csv", source=source))
        return None
    found: dict[str, tuple[int, str]] = {}
    german = english = 0
    from ki_concept.messages import MESSAGES

    for index, name in enumerate(header):
        shown = _unprotected(name.strip())
        key = keys.get(shown.casefold())
        if key is None or key in found:
            continue
        found[key] = (index, shown)
        german_text, english_text = MESSAGES[f"export.col.{key}"]
        german += shown.casefold() == german_text.casefold()
        english += shown.casefold() == english_text.casefold()
    lang: Language = "en" if english > german else "de"
    if "id" not in found:
        problems.append(t("exchange.csv.no_id_column", source=source, column=header_in("id", lang)))
        return None
    before = len(problems)

    def problem(where: str, message: str) -> None:
        problems.append(t("exchange.csv.at", source=source, where=where, message=message))

    def rows() -> Iterable[Row]:
        for number, record in enumerate(records[1:], 2):
            cells: dict[str, TableCell] = {}
            for key, (index, shown) in found.items():
                raw = record[index] if index < len(record) else ""
                where = t("exchange.csv.cell", row=number, column=shown)
                cells[key] = TableCell(_unprotected(raw) if raw.strip() else None, where)
            yield number, cells

    today = dt.date.today()
    meta = layout.ExportMeta(
        concept_title=expected.concept_title,
        version_folder=expected.version_folder,
        concept_version=expected.concept_version,
        as_of=today,
        group_kind=layout.FULL_KIND,
        group_value=None,
        group_label=path.stem,
        exported=today,
        language=lang,
        columns=tuple(found),
        measures=(),
    )
    reply = Reply(path, meta, "")
    reply.answers = table_answers(
        rows(), meta, expected, problem, stamped=False, ansi=ansi, new=reply.new
    )
    reply.answered = bool(reply.answers or reply.new)
    return reply if len(problems) == before else None
