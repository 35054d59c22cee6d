"""``ki-concept export``."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from ki_concept.errors import UserError
from ki_concept.i18n import t
from ki_concept.progress import StatusReport, build_report
from ki_concept.reading.loader import ConceptVersion
from ki_concept.run import Run
from ki_concept.writing import to_stdout, write_output


def _csv(version: ConceptVersion, report: StatusReport, separator: str) -> str:
    from ki_concept.export.csv_file import render_csv

    return render_csv(version, report.measures, separator)


def _xlsx(version: ConceptVersion, report: StatusReport, separator: str) -> bytes:
    from ki_concept.export.xlsx import render_xlsx

    return render_xlsx(report)


# ``--format`` choices, each imported only when chosen; ``-o`` with a suffix picks one.
RENDERERS: dict[str, Callable[[ConceptVersion, StatusReport, str], str | bytes]] = {
    "csv": _csv,
    "xlsx": _xlsx,
}
SUFFIXES = {".csv": "csv", ".xlsx": "xlsx"}
DEFAULT_FORMAT = "xlsx"


def run_export(
    run: Run,
    *,
    version_name: str | None,
    output_format: str,
    output: Path | None,
    separator: str,
    as_of: dt.date,
) -> int:
    """Write every measure of one version as CSV or XLSX; 0 on success."""
    if output_format == "xlsx" and to_stdout(output):
        raise UserError("export.needs_file")
    version = run.checked(run.choose(version_name), as_of)
    report = build_report(version, as_of, "handlungsfeld", today=run.today)
    write_output(output, RENDERERS[output_format](version, report, separator))
    if not to_stdout(output):
        sys.stdout.write(t("export.written", path=output, measures=len(report.measures)) + "\n")
    return 0
