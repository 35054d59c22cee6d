"""``ki-concept export``, and ``export --for``: one feedback workbook per group."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ki_concept.errors import UserError
from ki_concept.i18n import t
from ki_concept.progress import StatusReport, build_report
from ki_concept.reading.loader import ConceptVersion
from ki_concept.run import Run
from ki_concept.writing import WriteRefused, to_stdout, write_output

if TYPE_CHECKING:
    from ki_concept.export.ask import AskGroup


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


def _names(paths: list[Path]) -> str:
    """The first few file names, and how many more there are."""
    shown = ", ".join(t("export.for.name", name=p.name) for p in paths[:3])
    return shown if len(paths) <= 3 else t("export.for.more", names=shown, count=len(paths) - 3)


def _count(key: str, count: int) -> str:
    return t(f"{key}.one") if count == 1 else t(f"{key}.many", count=count)


def run_export_for(
    run: Run,
    *,
    version_name: str | None,
    kind: str,
    folder: Path,
    force: bool,
    as_of: dt.date,
) -> int:
    """Write one feedback workbook per group of ``kind`` into ``folder``; 0 on success.

    Nothing is written when a workbook of the same name is there already, unless ``force``:
    it may be a reply someone has filled in.
    """
    from ki_concept.export.ask import AskBook, ask_groups, render_ask_workbook
    from ki_concept.export.file_names import safe_file_name

    if folder.exists() and not folder.is_dir():
        raise UserError("export.for.not_a_folder", path=folder)
    if not folder.exists() and folder.suffix.lower() in SUFFIXES:
        raise UserError("export.for.looks_like_file", path=folder)
    version = run.checked(run.choose(version_name), as_of)
    rows, groups = ask_groups(version, as_of, run.today, kind)
    taken: list[str] = []
    targets: list[tuple[Path, AskGroup]] = []
    for group in groups:
        name = safe_file_name(group.label, taken, suffix=".xlsx", fallback=t("exchange.unnamed"))
        taken.append(name)
        targets.append((folder / name, group))
    there = [path for path, _ in targets if path.exists() or path.is_symlink()]
    if there and not force:
        raise WriteRefused("export.for.exists", folder=folder, names=_names(there))
    for path in there:
        if path.is_symlink():
            raise WriteRefused("output.is_link", path=path, target=os.path.realpath(path))
        if not path.is_file():
            raise WriteRefused("output.not_a_file", path=path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteRefused(
            "export.for.cannot_create", path=folder, reason=exc.strerror or exc
        ) from None
    book = AskBook(version, kind, as_of, run.today)
    for path, group in targets:
        write_output(path, render_ask_workbook(book, group))
        measures = _count("exchange.measures", len(group.rows))
        sys.stdout.write(t("export.for.written", path=path, measures=measures) + "\n")
    named = [g for g in groups if g.value is not None]
    summary = "export.for.summary"
    if len(named) < len(groups):
        summary = "export.for.summary_missing" if named else "export.for.summary_only_missing"
    sys.stdout.write(
        t(
            summary,
            books=_count("exchange.books", len(groups)),
            groups=len(named),
            kind=t(f"exchange.kind.{kind}.{'one' if len(named) == 1 else 'many'}"),
            missing=t("exchange.no_value"),
            measures=_count("exchange.measures", len(rows)),
        )
        + "\n"
    )
    return 0
