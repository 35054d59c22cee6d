"""``ki-concept report``."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ki_concept.errors import UserError
from ki_concept.i18n import t
from ki_concept.reading.files import GitSpec, RevisionFiles, resolve_commit
from ki_concept.reading.loader import ConceptVersion
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


@dataclass(frozen=True)
class _Basis:
    """The older version ``--since`` names, and the git revision it was read from."""

    version: ConceptVersion
    revision: str | None = None
    commit: str | None = None
    path: str | None = None


def _bare_revision(run: Run, since: str, folder: Path, unknown: UserError) -> GitSpec:
    """``since`` as a git revision of the report's own version folder (``kreistag-2024``)."""
    available = str(unknown.params.get("available", "—"))
    if "count" in unknown.params:
        available += " …"
    try:
        repo = run.repository(since)
    except UserError as error:
        if error.message_key != "diff.git.no_repository":
            raise
        raise UserError(
            "report.since.unknown",
            since=since,
            root=unknown.params.get("root", ""),
            available=available,
            reason=t("report.since.no_repository"),
        ) from None
    if resolve_commit(repo, since, since) is None:
        raise UserError(
            "report.since.unknown",
            since=since,
            root=unknown.params.get("root", ""),
            available=available,
            reason=t("report.since.no_revision", repo=repo),
        )
    try:
        path = folder.resolve().relative_to(repo.resolve()).as_posix()
    except ValueError:
        raise UserError("report.since.outside", since=since, folder=folder, repo=repo) from None
    return GitSpec(since, since, "" if path == "." else path)


def _basis(run: Run, since: str, folder: Path, as_of: dt.date) -> _Basis:
    """What ``--since`` names: a version (name or folder), ``REV:PATH``, or a revision."""
    bare = False
    try:
        target = run.side(since)
    except UserError as unknown:
        if unknown.message_key not in ("version.unknown", "version.unknown_many"):
            raise
        target, bare = _bare_revision(run, since, folder, unknown), True
    if isinstance(target, Path):
        if target.resolve() == folder.resolve():
            raise UserError("report.same_version", version=since)
        return _Basis(run.checked(target, as_of))
    try:
        version = run.checked_revision(target, as_of)
    except UserError as error:
        if bare and error.message_key == "diff.git.not_found":
            raise UserError(
                "report.since.no_folder",
                since=since,
                path=target.path or ".",
                repo=error.params["repo"],
            ) from None
        raise
    files = version.files
    assert isinstance(files, RevisionFiles)
    return _Basis(version, files.rev, files.commit(), files.path or ".")


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
        basis = _basis(run, since, folder, as_of)
        old = basis.version
        # Imported here: only ``--since`` needs the comparison.
        from ki_concept.diff.compare import compare_versions

        changes = ChangeSection(
            old.name,
            version.name,
            compare_versions(old, version),
            revision=basis.revision,
            commit=basis.commit,
            path=basis.path,
            old_vocabulary=old.vocabulary,
            new_vocabulary=version.vocabulary,
        )
    content = build_content(version, as_of, changes, today=run.today)
    write_output(output, RENDERERS[output_format](content))
    if not to_stdout(output):
        total = content.status.total.total
        sys.stdout.write(
            t("report.written", path=output, measures=total, fields=len(content.fields)) + "\n"
        )
    return 0
