"""The layout of a feedback workbook: what ``export --for`` writes and ``import`` reads.

One workbook goes to one group (a responsible body, a partner, a field …) and holds that
group's measures. Everything both sides must agree on is defined here and nowhere else.

Sheets, in this order:

``Maßnahmen`` (``Measures`` with ``--lang en``; :func:`measure_sheet_name`)
    Row 1 holds the headers of :data:`COLUMNS`, each following row one measure. Columns
    that are not ``editable`` are locked, and the sheet is protected **without a password**
    (so nobody overwrites them by accident, and anyone can lift it on purpose). Editable
    columns are unlocked and filled light yellow; ``new_status`` offers the status ids of
    the version as a drop-down list (the ids are listed on the instructions sheet), and
    ``change_date`` and ``new_end`` accept dates only. The header row is frozen, bold and
    has a filter.
``Anleitung`` (``Instructions``; :func:`instructions_sheet_name`)
    How to fill the workbook in, and the table of status words (id, title, kind) whose
    id column the drop-down list refers to. Protected like the first sheet, all locked.
:data:`META_SHEET` (``_ki_concept``, state ``hidden``)
    What the workbook was made from, all cells text: column A a key of :data:`META_KEYS`,
    column B its value (dates as ``YYYY-MM-DD``, ``columns`` the column keys of the first
    sheet joined by ``,``). Then one row per exported measure: A ``measure``, B its id, C
    its file relative to the version folder (``handlungsfelder/arbeit.yaml``), D its
    :func:`fingerprint`. Rows with another key in A are ignored, so later versions of the
    format may add some; a change that older readers would misread raises
    :data:`FORMAT_VERSION`.

The full export (``export -o massnahmen.xlsx``) writes the same hidden sheet, with group
kind :data:`FULL_KIND` and :func:`full_fingerprint` as the fingerprints, so that it can be
imported again; its visible sheets are those of :mod:`ki_concept.export.xlsx`.

Every cell of every sheet is stored as the value it is (text as text, never as a
formula; see :mod:`ki_concept.spreadsheet`). XML reads a carriage return in text back as a
line feed, so a value with one comes back with the other.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ki_concept.errors import UserError
from ki_concept.i18n import Language, language
from ki_concept.models import HistoryEntry, Measure, yaml_key

# What identifies a feedback workbook, and the version of this layout.
FORMAT = "ki-concept/rueckmeldung"
FORMAT_VERSION = 1

META_SHEET = "_ki_concept"
MEASURE_ROW = "measure"

# The keys of the hidden sheet, in the order they are written.
FORMAT_KEY = "format"
FORMAT_VERSION_KEY = "format_version"
CONCEPT_TITLE = "concept_title"
VERSION_FOLDER = "version_folder"
CONCEPT_VERSION = "concept_version"
AS_OF = "as_of"
GROUP_KIND = "group_kind"
# Empty for the workbook of the measures without a value (responsible body, partner …).
GROUP_VALUE = "group_value"
GROUP_LABEL = "group_label"
EXPORTED = "exported"
LANGUAGE = "language"
COLUMNS_KEY = "columns"
META_KEYS = (
    FORMAT_KEY,
    FORMAT_VERSION_KEY,
    CONCEPT_TITLE,
    VERSION_FOLDER,
    CONCEPT_VERSION,
    AS_OF,
    GROUP_KIND,
    GROUP_VALUE,
    GROUP_LABEL,
    EXPORTED,
    LANGUAGE,
    COLUMNS_KEY,
)

# The groupings of ``status --by`` and ``partner``: what a workbook can be for.
GROUP_KINDS = ("handlungsfeld", "verantwortlich", "zielgruppe", "ziel", "schwerpunkt", "partner")
# The group kind of the full export (``export -o massnahmen.xlsx``): every measure, whose
# table (not :data:`COLUMNS`) is read back; its stamps hold :func:`full_fingerprint`.
FULL_KIND = "alle"

Kind = Literal["text", "long", "date", "status"]


@dataclass(frozen=True)
class ColumnSpec:
    """A column of the measure sheet: a stable key, how it is shown, whether it is filled in.

    The header is the message ``exchange.col.<key>`` in the workbook's language.
    """

    key: str
    kind: Kind
    editable: bool = False

    @property
    def message_key(self) -> str:
        return f"exchange.col.{self.key}"

    def header(self, lang: Language | None = None) -> str:
        return text_in(self.message_key, lang)


COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("id", "text"),
    ColumnSpec("field", "long"),
    ColumnSpec("title", "long"),
    ColumnSpec("goals", "long"),
    ColumnSpec("start", "date"),
    ColumnSpec("end", "date"),
    ColumnSpec("status", "text"),
    ColumnSpec("step_date", "date"),
    ColumnSpec("step_note", "long"),
    # To fill in: the new status (a status id), the day it changed, a note for the history,
    # a new end date, and a comment for the coordinator that goes into no file.
    ColumnSpec("new_status", "status", editable=True),
    ColumnSpec("change_date", "date", editable=True),
    ColumnSpec("note", "long", editable=True),
    ColumnSpec("new_end", "date", editable=True),
    ColumnSpec("comment", "long", editable=True),
)


def column_index(key: str) -> int:
    """The 1-based spreadsheet column of ``key`` on the measure sheet."""
    return [c.key for c in COLUMNS].index(key) + 1


def text_in(message_key: str, lang: Language | None = None) -> str:
    """A message in ``lang`` (default: the active language), for sheet names and headers."""
    from ki_concept.messages import MESSAGES

    german, english = MESSAGES[message_key]
    return english if (lang or language()) == "en" else german


def measure_sheet_name(lang: Language | None = None) -> str:
    return text_in("exchange.sheet.measures", lang)


def instructions_sheet_name(lang: Language | None = None) -> str:
    return text_in("exchange.sheet.instructions", lang)


# --- the fingerprint of a measure ----------------------------------------------------


def fingerprint_values(measure: Measure) -> dict[str, Any]:
    """The values of ``measure`` the fill-in columns could change, as in its YAML file.

    Its ``status``, its last ``verlauf`` entry (the last one in the file, whatever the
    reference date) and its ``ende``; under their YAML keys, dates as ``YYYY-MM-DD``,
    missing values as ``None``.
    """
    last = measure.history[-1] if measure.history else None
    step = None
    if last is not None:
        step = {
            yaml_key(HistoryEntry, "date"): last.date.isoformat(),
            yaml_key(HistoryEntry, "status"): last.status,
            yaml_key(HistoryEntry, "note"): last.note,
        }
    return {
        yaml_key(Measure, "status"): measure.status,
        yaml_key(Measure, "history"): step,
        yaml_key(Measure, "end"): measure.end.isoformat() if measure.end else None,
    }


def fingerprint(measure: Measure) -> str:
    """SHA-256 (hex) of :func:`fingerprint_values` as canonical JSON.

    Canonical: keys sorted, no spaces (``separators=(",", ":")``), non-ASCII characters as
    they are, encoded as UTF-8. An import compares it with the measure as it is then: a
    difference means the YAML changed after the workbook was made.
    """
    text = json.dumps(
        fingerprint_values(measure), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def full_fingerprint(measure: Measure) -> str:
    """Like :func:`fingerprint`, over every value a full export's row can change.

    :func:`fingerprint_values` and also ``beschreibung``, ``verantwortlich``, ``partner``,
    ``zielgruppen``, ``beginn``, ``daueraufgabe`` and ``ressourcen``.
    """
    values = fingerprint_values(measure)
    values.update(
        {
            yaml_key(Measure, "description"): measure.description,
            yaml_key(Measure, "responsible"): measure.responsible,
            yaml_key(Measure, "partners"): list(measure.partners),
            yaml_key(Measure, "target_groups"): list(measure.target_groups),
            yaml_key(Measure, "start"): measure.start.isoformat() if measure.start else None,
            yaml_key(Measure, "ongoing"): measure.ongoing,
            yaml_key(Measure, "resources"): measure.resources,
        }
    )
    text = json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fingerprint_for(group_kind: str, measure: Measure) -> str:
    """The fingerprint a workbook of ``group_kind`` holds for ``measure``."""
    return full_fingerprint(measure) if group_kind == FULL_KIND else fingerprint(measure)


# --- the hidden sheet -----------------------------------------------------------------


@dataclass(frozen=True)
class MeasureStamp:
    """One exported measure: its id, its file and its fingerprint at export time."""

    id: str
    file: str
    fingerprint: str


@dataclass(frozen=True)
class ExportMeta:
    """What the hidden sheet says about a workbook."""

    concept_title: str
    version_folder: str
    concept_version: str
    as_of: dt.date
    group_kind: str
    # None for the workbook of the measures without a value.
    group_value: str | None
    group_label: str
    exported: dt.date
    language: Language
    columns: tuple[str, ...]
    measures: tuple[MeasureStamp, ...]
    format_version: int = FORMAT_VERSION

    def stamp(self, measure_id: str) -> MeasureStamp | None:
        """The stamp of the measure ``measure_id``, if the workbook has it."""
        return next((s for s in self.measures if s.id == measure_id), None)


def meta_rows(meta: ExportMeta) -> list[list[str]]:
    """The rows of the hidden sheet for ``meta``, every value text."""
    values = {
        FORMAT_KEY: FORMAT,
        FORMAT_VERSION_KEY: str(meta.format_version),
        CONCEPT_TITLE: meta.concept_title,
        VERSION_FOLDER: meta.version_folder,
        CONCEPT_VERSION: meta.concept_version,
        AS_OF: meta.as_of.isoformat(),
        GROUP_KIND: meta.group_kind,
        GROUP_VALUE: meta.group_value or "",
        GROUP_LABEL: meta.group_label,
        EXPORTED: meta.exported.isoformat(),
        LANGUAGE: meta.language,
        COLUMNS_KEY: ",".join(meta.columns),
    }
    rows = [[key, values[key]] for key in META_KEYS]
    rows += [[MEASURE_ROW, s.id, s.file, s.fingerprint] for s in meta.measures]
    return rows


class LayoutError(UserError):
    """A workbook that is not (or no longer) a feedback workbook this version can read."""


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def parse_meta(rows: Iterable[Sequence[object]], source: str = "") -> ExportMeta:
    """The hidden sheet's rows (cell values, column A first) back as :class:`ExportMeta`.

    Raises :class:`LayoutError` when the rows are not a feedback workbook's, come from a
    newer format, or lack a key or have a value that cannot be read.
    """
    values: dict[str, str] = {}
    stamps: list[MeasureStamp] = []
    for row in rows:
        cells = [_text(v) for v in row] + ["", "", "", ""]
        key = cells[0].strip()
        if key == MEASURE_ROW:
            stamps.append(MeasureStamp(cells[1], cells[2], cells[3]))
        elif key in META_KEYS and key not in values:
            values[key] = cells[1]
    if values.get(FORMAT_KEY) != FORMAT:
        raise LayoutError("exchange.meta.not_ours", source=source, sheet=META_SHEET)

    def get(key: str) -> str:
        if key not in values:
            raise LayoutError("exchange.meta.missing_key", source=source, key=key)
        return values[key]

    def date(key: str) -> dt.date:
        try:
            return dt.date.fromisoformat(get(key))
        except ValueError:
            raise LayoutError(
                "exchange.meta.bad_value", source=source, key=key, value=values[key]
            ) from None

    raw_version = get(FORMAT_VERSION_KEY)
    if not raw_version.isdigit():
        raise LayoutError(
            "exchange.meta.bad_value", source=source, key=FORMAT_VERSION_KEY, value=raw_version
        )
    if int(raw_version) > FORMAT_VERSION:
        raise LayoutError(
            "exchange.meta.newer", source=source, found=raw_version, known=FORMAT_VERSION
        )
    lang = get(LANGUAGE)
    if lang not in ("de", "en"):
        raise LayoutError("exchange.meta.bad_value", source=source, key=LANGUAGE, value=lang)
    return ExportMeta(
        concept_title=get(CONCEPT_TITLE),
        version_folder=get(VERSION_FOLDER),
        concept_version=get(CONCEPT_VERSION),
        as_of=date(AS_OF),
        group_kind=get(GROUP_KIND),
        group_value=get(GROUP_VALUE) or None,
        group_label=get(GROUP_LABEL),
        exported=date(EXPORTED),
        language="en" if lang == "en" else "de",
        columns=tuple(c for c in get(COLUMNS_KEY).split(",") if c),
        measures=tuple(stamps),
        format_version=int(raw_version),
    )


def read_meta(book: Any, source: str = "") -> ExportMeta:
    """The hidden sheet of an openpyxl workbook as :class:`ExportMeta`.

    ``source`` (the file name) starts each error message. Raises :class:`LayoutError`
    when the workbook has no such sheet or it cannot be read.
    """
    if META_SHEET not in book.sheetnames:
        raise LayoutError("exchange.meta.no_sheet", source=source, sheet=META_SHEET)
    return parse_meta(book[META_SHEET].iter_rows(values_only=True), source)
