"""``ki-concept report``."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from ki_concept.errors import UserError
from ki_concept.i18n import t
from ki_concept.report.content import ChangeSection, ReportContent, build_content
from ki_concept.run import Run
from ki_concept.writing import to_stdout, write_output


def _html(content: ReportContent) -> str:
    from ki_concept.report.html import render_html

    return render_html(content)


def _markdown(content: ReportContent) -> str:
    from ki_concept.report.markdown import render_markdown

    return render_markdown(content)


# ``--format`` choices, each imported only when chosen; ``-o`` with a suffix picks one.
RENDERERS: dict[str, Callable[[ReportContent], str]] = {"html": _html, "markdown": _markdown}
SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
DEFAULT_FORMAT = "html"


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
    write_output(output, RENDERERS[output_format](content))
    if not to_stdout(output):
        total = content.status.total.total
        sys.stdout.write(
            t("report.written", path=output, measures=total, fields=len(content.fields)) + "\n"
        )
    return 0
