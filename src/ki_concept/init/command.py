"""``ki-concept init``: a new concept folder, the template table, or a concept from a table.

A new concept is written all or nothing: its files are assembled in a hidden scratch
folder (next to the new folder, or inside it when it exists and is empty), checked as
``validate`` checks them, and only then renamed into place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from ki_concept.checking import validate_folder
from ki_concept.diagnostics import Diagnostic, Severity, display_path
from ki_concept.edit.render import forbidden_character
from ki_concept.edit.validation import format_diagnostic
from ki_concept.edit.version_copy import check_version_name
from ki_concept.errors import UserError
from ki_concept.escaping import visible
from ki_concept.i18n import t
from ki_concept.init.table import TableInvalid
from ki_concept.reading.loader import list_versions
from ki_concept.run import Run
from ki_concept.writing import TEMP_SUFFIX, WriteRefused, fsync_folder, write_atomically

TEMPLATE_SUFFIXES = {".xlsx": "xlsx", ".csv": "csv"}
MAX_TITLE = 500


class InitRefused(TableInvalid):
    """Nothing was created (exit status 1); ``details`` says why."""


def run_init(
    run: Run,
    *,
    folder: Path | None,
    version: str | None,
    title: str | None,
    source: Path | None,
    template: bool,
    output: Path | None,
    out: TextIO | None = None,
) -> int:
    """Write the template (``--template``) or a new concept in ``folder``; 0 on success."""
    out = out or sys.stdout
    if template:
        given = [
            name
            for name, value in (
                (t("metavar.folder"), folder),
                ("--from", source),
                ("--version", version),
                ("--titel", title),
            )
            if value is not None
        ]
        if given:
            raise UserError("init.template_alone", options=", ".join(given))
        if output is None:
            raise UserError("init.template_needs_file")
        return _write_template(output, out)
    if output is not None:
        raise UserError("init.output_needs_template")
    if folder is None:
        raise UserError("init.needs_folder")
    target = _check_folder(folder)
    name = version if version is not None else str(run.today.year)
    check_version_name(name, target)
    chosen_title = _check_title(title)
    if source is not None:
        files, summary = _from_table(source, chosen_title, name, run.today)
    else:
        from ki_concept.init.skeleton import skeleton

        files = skeleton(chosen_title or t("init.default_title"), name, run.today)
        summary = t("init.summary.skeleton")
    warnings = _create(run, target, name, files)
    out.write(t("init.created", path=display_path(target / name), summary=summary) + "\n")
    if warnings:
        out.write(t("init.warnings", count=warnings, root=display_path(target)) + "\n")
    else:
        out.write(t("init.next", root=display_path(target)) + "\n")
    return 0


def _check_title(title: str | None) -> str | None:
    if title is None:
        return None
    text = " ".join(title.split())
    if not text:
        raise UserError("init.title_empty")
    bad = forbidden_character(text)
    if bad is not None:
        raise UserError("init.title_control", char=bad)
    if len(text) > MAX_TITLE:
        raise UserError("init.title_long", length=len(text), limit=MAX_TITLE)
    return text


def _check_folder(folder: Path) -> Path:
    """The new concept folder: absent, or an empty folder; its parent must exist."""
    target = Path(os.path.abspath(folder))
    if folder.is_symlink():
        raise UserError("init.folder_link", path=folder)
    if target.exists() and not target.is_dir():
        raise UserError("init.not_a_folder", path=folder)
    if target.is_dir():
        entries = sorted(p.name for p in target.iterdir())
        if entries:
            listed = ", ".join(entries[:3]) + (", …" if len(entries) > 3 else "")
            raise UserError("init.folder_not_empty", path=folder, entries=listed)
    elif not target.parent.is_dir():
        raise UserError("init.no_parent", path=folder, parent=display_path(target.parent))
    # A new concept beside the versions of another one would be read as neither.
    versions = [p.name for p in list_versions(target.parent)]
    if versions:
        raise UserError(
            "init.inside_concept",
            path=folder,
            parent=display_path(target.parent),
            versions=", ".join(versions[:5]) + (", …" if len(versions) > 5 else ""),
        )
    return target


def _from_table(
    source: Path, title: str | None, version: str, today: dt.date
) -> tuple[dict[str, str], str]:
    from ki_concept.init.build import build
    from ki_concept.init.table import read_table
    from ki_concept.init.yaml_text import document
    from ki_concept.models import Handlungsfeld, yaml_key
    from ki_concept.reading.files import FIELDS_FOLDER, KONZEPT_FILE

    table = read_table(source)
    built = build(
        table, title=title, version=version, default_title=t("init.default_title"), today=today
    )
    origin = visible(display_path(source), one_line=True)
    files = {
        KONZEPT_FILE: document(built.konzept, [t("init.comment.konzept", source=origin)]),
    }
    for file_name, data in built.fields:
        shown_title = visible(str(data.get(yaml_key(Handlungsfeld, "title"), "")), one_line=True)
        comment = t("init.comment.field", title=shown_title, source=origin)
        files[f"{FIELDS_FOLDER}/{file_name}"] = document(data, [comment])
    summary = t(
        "init.summary.table",
        source=origin,
        fields=len(built.fields),
        goals=built.goals,
        measures=built.measures,
        generated=built.generated,
    )
    return files, summary


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _create(run: Run, target: Path, name: str, files: dict[str, str]) -> int:
    """Write ``files`` as version ``name`` in ``target``, all or nothing; the warnings found."""
    existed = target.is_dir()
    base = target if existed else target.parent
    try:
        workspace = Path(
            tempfile.mkdtemp(prefix=f".{target.name or 'konzept'}.", suffix=TEMP_SUFFIX, dir=base)
        )
    except OSError as exc:
        raise WriteRefused("init.write_failed", path=base, reason=exc.strerror or exc) from None
    try:
        staged = workspace / name
        try:
            for relative, text in files.items():
                path = staged / relative
                path.parent.mkdir(parents=True, exist_ok=True)
                write_atomically(path, text.encode("utf-8"))
            for folder in {(staged / r).parent for r in files} | {staged}:
                fsync_folder(folder)
        except OSError as exc:
            raise WriteRefused(
                "init.write_failed", path=target, reason=exc.strerror or exc
            ) from None
        _, result = validate_folder(staged, run.today, run.limits)
        if result.errors:
            shown = [_moved(d, workspace, target) for d in result.sorted()]
            raise InitRefused(
                "init.invalid",
                [format_diagnostic(d) for d in shown if d.severity is Severity.ERROR],
                path=display_path(target / name),
            )
        try:
            if existed:
                if sorted(os.listdir(target)) != [workspace.name]:
                    raise UserError("init.folder_not_empty", path=target, entries="…")
                os.rename(staged, target / name)
            else:
                os.chmod(workspace, 0o777 & ~_umask())
                os.rename(workspace, target)
            fsync_folder(target.parent)
        except OSError as exc:
            # Someone filled the folder, or put a file there, since it was checked.
            if exc.errno in (errno.ENOTEMPTY, errno.EEXIST):
                raise UserError("init.folder_not_empty", path=target, entries="…") from None
            if exc.errno == errno.ENOTDIR:
                raise UserError("init.not_a_folder", path=target) from None
            raise WriteRefused(
                "init.write_failed", path=target, reason=exc.strerror or exc
            ) from None
        return result.warnings
    finally:
        shutil.rmtree(workspace, ignore_errors=True)


def _moved(diag: Diagnostic, workspace: Path, target: Path) -> Diagnostic:
    """A problem of a staged file, named as the file would have been named."""
    try:
        relative = diag.file.relative_to(workspace)
    except ValueError:
        return diag
    return dataclasses.replace(diag, file=target / relative)


def _write_template(output: Path, out: TextIO) -> int:
    from ki_concept.init.template import render_csv, render_xlsx
    from ki_concept.writing import write_output

    if str(output) == "-":
        raise UserError("init.template_needs_file")
    kind = TEMPLATE_SUFFIXES.get(output.suffix.lower())
    if kind is None:
        raise UserError("init.template_suffix", path=output, expected=", ".join(TEMPLATE_SUFFIXES))
    if output.exists() or output.is_symlink():
        raise UserError("init.template_exists", path=output)
    write_output(output, render_xlsx() if kind == "xlsx" else render_csv())
    out.write(t(f"init.template_written.{kind}", path=display_path(output)) + "\n")
    return 0
