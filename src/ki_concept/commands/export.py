"""``ki-concept export``."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from ki_concept.errors import UserError
from ki_concept.i18n import t
from ki_concept.output import to_stdout, write_output
from ki_concept.progress import build_report
from ki_concept.run import Run


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
    report = build_report(version, as_of, "handlungsfeld")
    data: str | bytes
    if output_format == "csv":
        from ki_concept.export.csv_file import render_csv

        data = render_csv(version, report.measures, separator)
    else:
        from ki_concept.export.xlsx import render_xlsx

        data = render_xlsx(report)
    write_output(output, data)
    if not to_stdout(output):
        sys.stdout.write(t("export.written", path=output, measures=len(report.measures)) + "\n")
    return 0
