"""``ki-concept report``."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from ki_concept.commands.common import choose_version, load_checked
from ki_concept.errors import UserError
from ki_concept.i18n import t
from ki_concept.output import to_stdout, write_output
from ki_concept.report.content import ChangeSection, build_content
from ki_concept.source import Limits


def run_report(
    *,
    root: Path | None,
    version_name: str | None,
    since: str | None,
    output_format: str,
    output: Path | None,
    as_of: dt.date,
    limits: Limits,
) -> int:
    """Write the report for one version (with the changes since ``since``); 0 on success."""
    folder = choose_version(root, version_name, limits)
    version = load_checked(folder, as_of, limits)
    changes = None
    if since is not None:
        old_folder = choose_version(root, since, limits)
        if old_folder.resolve() == folder.resolve():
            raise UserError("report.same_version", version=since)
        old = load_checked(old_folder, as_of, limits)
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
