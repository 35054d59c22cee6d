"""The measure table: its columns and one row of values per measure.

Values stay typed (dates are dates) so the XLSX writer can store real Excel
dates; the CSV writer turns them into ISO text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from ki_concept.i18n import t
from ki_concept.progress import MeasureRow, status_label
from ki_concept.reading.loader import ConceptVersion

Kind = Literal["text", "long", "date"]
Value = str | dt.date | None


@dataclass(frozen=True)
class Column:
    """A column: a stable key (for tests and tools), its heading, and how to show it."""

    key: str
    header: str
    kind: Kind


def columns() -> list[Column]:
    """The columns of the measure table, in order."""
    spec: list[tuple[str, Kind]] = [
        ("field", "text"),
        ("field_title", "long"),
        ("goals", "text"),
        ("id", "text"),
        ("title", "long"),
        ("description", "long"),
        ("status", "text"),
        ("step_date", "date"),
        ("step_status", "text"),
        ("step_note", "long"),
        ("responsible", "long"),
        ("partners", "long"),
        ("target_groups", "long"),
        ("start", "date"),
        ("end", "date"),
        ("ongoing", "text"),
        ("overdue", "text"),
        ("resources", "long"),
        ("sources", "text"),
        ("example", "text"),
    ]
    return [Column(key, t(f"export.col.{key}"), kind) for key, kind in spec]


def yes_no(value: bool) -> str:
    return t("export.yes") if value else t("export.no")


def row_values(version: ConceptVersion, row: MeasureRow) -> list[Value]:
    """One measure's values, in the order of :func:`columns`."""
    step = row.last_step
    return [
        row.field_id,
        row.field_title,
        ", ".join(row.goals),
        row.id,
        row.title,
        (row.description or "").strip(),
        status_label(version, row.status),
        step.date if step else None,
        version.vocabulary.title(step.status) if step else "",
        (step.note or "") if step else "",
        row.responsible or "",
        "; ".join(row.partners),
        "; ".join(row.target_groups),
        row.start,
        row.end,
        yes_no(row.ongoing),
        yes_no(row.overdue),
        (row.resources or "").strip(),
        ", ".join(row.sources),
        yes_no(row.example),
    ]
