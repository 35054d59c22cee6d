"""The measure table as CSV for German Excel: UTF-8 with BOM, ``;`` by default."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from ki_concept.export.table import Value, columns, row_values
from ki_concept.progress import MeasureRow
from ki_concept.reading.loader import ConceptVersion
from ki_concept.spreadsheet import csv_text


def cell_text(value: Value) -> str:
    """Dates as ISO text, nothing as empty, and text never read as a formula."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return value.isoformat()
    return csv_text(value)


def render_csv(version: ConceptVersion, rows: Sequence[MeasureRow], separator: str = ";") -> str:
    """Header and one line per measure, CRLF line ends, with a byte-order mark."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator="\r\n")
    writer.writerow([c.header for c in columns()])
    for row in rows:
        writer.writerow([cell_text(v) for v in row_values(version, row)])
    return "\ufeff" + out.getvalue()
