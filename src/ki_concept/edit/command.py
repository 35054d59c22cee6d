"""``ki-concept set-status``, ``add massnahme`` and ``new-version``.

Each function checks what it was given (exit 2 with the valid choices),
then hands one file edit to :mod:`ki_concept.edit.transaction` or the
version copy to :mod:`ki_concept.edit.version_copy`. Nothing here touches git.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from ki_concept.diagnostics import display_path
from ki_concept.edit.catalogue import Catalogue, check_status, vocabulary_of
from ki_concept.edit.operations import NewMeasure, TextEdit, add_measure, set_status
from ki_concept.edit.render import forbidden_character
from ki_concept.edit.transaction import FileEdit, run_file_edit
from ki_concept.edit.version_copy import create_version
from ki_concept.errors import UserError
from ki_concept.i18n import t
from ki_concept.reading.source import YamlDocument
from ki_concept.run import Run

Ask = Callable[[str], str]


def _apply(run: Run, folder: Path, edit: FileEdit, *, dry_run: bool, out: TextIO | None) -> int:
    """Run one file edit on the version in ``folder``, checked as of today."""
    _, before = run.validate(folder, run.today)
    return run_file_edit(
        edit,
        dry_run=dry_run,
        as_of=run.today,
        limits=run.limits,
        before=before,
        out=out or sys.stdout,
    )


def run_set_status(
    run: Run,
    *,
    measure_id: str,
    status: str,
    note: str | None,
    date: dt.date | None,
    version: str | None,
    dry_run: bool,
    out: TextIO | None = None,
) -> int:
    """Set the status of one measure and record the step in its ``verlauf``."""
    _check_text(note, "--note")
    folder = run.choose(version)
    loaded = run.load(folder)
    vocabulary = vocabulary_of(loaded)
    check_status(status, vocabulary)
    relative = Catalogue.of(loaded).measure_file(measure_id)
    day = date or run.today
    finished = vocabulary.is_finished(status)
    path = loaded.files.shown(relative)

    def build(document: YamlDocument) -> TextEdit:
        return set_status(
            document,
            measure_id=measure_id,
            status=status,
            date=day,
            note=note or None,
            finished=finished,
            file=path,
        )

    title = t("edit.title.measure", id=measure_id, version=loaded.name, path=display_path(path))
    return _apply(run, folder, FileEdit(loaded, relative, build, title), dry_run=dry_run, out=out)


def _check_text(value: str | None, option: str) -> None:
    """Refuse text a concept file cannot hold, before anything is read or written."""
    code = forbidden_character(value) if value else None
    if code is not None:
        raise UserError("edit.forbidden_char", option=option, code=code)


def _required(value: str | None, prompt: str, ask: Ask | None, missing: UserError) -> str:
    """An option's value, asked for on a terminal; without a terminal ``missing`` is raised."""
    if value is None or not value.strip():
        if ask is None:
            raise missing
        value = ask(prompt)
    value = value.strip()
    if not value:
        raise missing
    return value


def run_add_measure(
    run: Run,
    *,
    field: str | None,
    title: str | None,
    goals: list[str],
    responsible: str | None,
    status: str | None,
    start: dt.date | None,
    end: dt.date | None,
    version: str | None,
    dry_run: bool,
    ask: Ask | None = None,
    out: TextIO | None = None,
) -> int:
    """Append a new measure to a Handlungsfeld, with the next id of the file's pattern."""
    folder = run.choose(version)
    loaded = run.load(folder)
    catalogue = Catalogue.of(loaded)
    choices = ", ".join(catalogue.fields) or "—"
    field_id = _required(
        field,
        t("edit.prompt.field", choices=choices),
        ask,
        UserError("edit.missing_field", choices=choices),
    )
    relative = catalogue.field_file(field_id)
    measure_title = _required(
        title, t("edit.prompt.title"), ask, UserError("edit.missing_option", option="--titel")
    )
    _check_text(measure_title, "--titel")
    _check_text(responsible, "--verantwortlich")
    for goal in goals:
        catalogue.check_goal(goal)
    if status is not None:
        check_status(status, vocabulary_of(loaded))
    measure = NewMeasure(measure_title, tuple(goals), responsible or None, status, start, end)
    path = loaded.files.shown(relative)

    def build(document: YamlDocument) -> TextEdit:
        edit, _ = add_measure(document, measure=measure, taken=catalogue.taken, file=path)
        return edit

    edit_title = t("edit.title.field", id=field_id, version=loaded.name, path=display_path(path))
    edit = FileEdit(loaded, relative, build, edit_title)
    return _apply(run, folder, edit, dry_run=dry_run, out=out)


def run_new_version(
    run: Run,
    *,
    source: str,
    target: str,
    adopted: dt.date | None,
    dry_run: bool,
    out: TextIO | None = None,
) -> int:
    """Copy version ``source`` to ``target`` as the start of a Fortschreibung."""
    return create_version(
        run,
        run.folder(source),
        target,
        adopted=adopted,
        dry_run=dry_run,
        out=out or sys.stdout,
    )
