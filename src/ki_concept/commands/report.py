"""``ki-concept report``."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from ki_concept.errors import UserError
from ki_concept.i18n import t
from ki_concept.output import to_stdout, write_output
from ki_concept.report.content import ChangeSection, build_content
from ki_concept.run import Run


def run_report(
    run: Run,
    *,
    version_name: str | None,
    since: str | None,
    output_format: str,
    output: Path | None,
    as_of: dt.date,
) -> int:
    """Write the report for one version (with the changes since ``since``); 0 on success."""
    folder = run.choose(version_name)
    version = run.checked(folder, as_of)
    changes = None
    if since is not None:
        old_folder = run.choose(since)
        if old_folder.resolve() == folder.resolve():
            raise UserError("report.same_version", version=since)
        old = run.checked(old_folder, as_of)
        # Imported here: only ``--since`` needs the comparison.
        from ki_concept.diff.compare import compare_versions

        changes = ChangeSection(old.name, version.name, compare_versions(old, version))
    content = build_content(version, as_of, changes)
    if output_format == "markdown":
        from ki_concept.report.markdown import render_markdown

        text = render_markdown(content)
    else:
        from ki_concept.report.html import render_html

        text = render_html(content)
    write_output(output, text)
    if not to_stdout(output):
        total = content.status.total.total
        sys.stdout.write(
            t("report.written", path=output, measures=total, fields=len(content.fields)) + "\n"
        )
    return 0
