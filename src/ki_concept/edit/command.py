"""``ki-concept set-status``, ``set``, ``add massnahme`` and ``new-version``.

Each function checks what it was given (exit 2 with the valid choices),
then hands one file edit to :mod:`ki_concept.edit.transaction` or the
version copy to :mod:`ki_concept.edit.version_copy`. Nothing here touches git.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO, TypeVar

from pydantic import BaseModel

from ki_concept.diagnostics import display_path
from ki_concept.edit.catalogue import (
    FIELD,
    GOAL,
    MEASURE,
    Catalogue,
    Named,
    check_status,
    status_error,
    suggestion,
    vocabulary_of,
)
from ki_concept.edit.operations import (
    EXAMPLE,
    FIELD_GOALS,
    GOALS,
    HISTORY,
    ID,
    MEASURES,
    START,
    STATUS,
    STEP_DATE,
    STEP_STATUS,
    ListChange,
    NewMeasure,
    TextEdit,
    add_measure,
    set_status,
    set_value,
)
from ki_concept.edit.render import forbidden_character
from ki_concept.edit.transaction import FileEdit, run_file_edit
from ki_concept.edit.values import (
    LIST,
    NESTED,
    KeyKind,
    english_key,
    key_kinds,
    parse_bool,
    parse_value,
)
from ki_concept.edit.version_copy import create_version
from ki_concept.errors import UserError
from ki_concept.escaping import visible
from ki_concept.formatting import parse_day
from ki_concept.i18n import t
from ki_concept.matching import case_matches, match_id
from ki_concept.models import Goal, Measure, yaml_key
from ki_concept.reading.source import YamlDocument
from ki_concept.run import Run
from ki_concept.vocabulary import Vocabulary

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


def _note_id(named: Named, out: TextIO | None) -> None:
    """Say which id is used when the one typed matched it only ignoring case."""
    if named.typed is not None:
        shown = visible(t("id_used", id=named.id, typed=named.typed), one_line=True)
        (out or sys.stdout).write(shown + "\n")


def _measure(catalogue: Catalogue, wanted: str, out: TextIO | None) -> str:
    """The id of the measure ``wanted`` names; a goal or a field is refused (exit 2)."""
    named = catalogue.find(wanted)
    if named is None:
        catalogue.measure_file(wanted)  # raises: no such measure, with the closest ids
        raise AssertionError(wanted)
    if named.kind == GOAL:
        raise UserError("edit.goal_has_no_status", id=named.id)
    if named.kind == FIELD:
        raise UserError("edit.field_not_measure", id=named.id)
    _note_id(named, out)
    return named.id


def run_set_status(
    run: Run,
    *,
    measure_id: str,
    status: str,
    note: str | None,
    date: dt.date | None,
    version: str | None,
    dry_run: bool,
    previous_date: dt.date | None = None,
    out: TextIO | None = None,
) -> int:
    """Set the status of one measure and record the step in its ``verlauf``."""
    _check_text(note, "--note")
    folder = run.choose(version)
    loaded = run.load(folder)
    vocabulary = vocabulary_of(loaded)
    status = check_status(status, vocabulary)
    catalogue = Catalogue.of(loaded)
    measure_id = _measure(catalogue, measure_id, out)
    relative = catalogue.measure_file(measure_id)
    day = date or run.today
    finished = vocabulary.is_finished(status)
    adopted = loaded.version.konzept.adopted if loaded.version is not None else None
    path = loaded.files.shown(relative)

    def build(document: YamlDocument) -> TextEdit:
        return set_status(
            document,
            measure_id=measure_id,
            status=status,
            date=day,
            note=note or None,
            finished=finished,
            adopted=adopted,
            previous_date=previous_date,
            statuses=vocabulary.ids,
            file=path,
        )

    title = t("edit.title.measure", id=measure_id, version=loaded.name, path=display_path(path))
    return _apply(run, folder, FileEdit(loaded, relative, build, title), dry_run=dry_run, out=out)


def _check_text(value: str | None, option: str) -> None:
    """Refuse text a concept file cannot hold, before anything is read or written."""
    code = forbidden_character(value) if value else None
    if code is not None:
        raise UserError("edit.forbidden_char", option=option, code=code)


# --- set -----------------------------------------------------------------------------------


def _item(
    catalogue: Catalogue, wanted: str, shown: Callable[[str], Path], out: TextIO | None
) -> Named:
    """The measure or goal ``wanted`` names; anything else is refused (exit 2)."""
    named = catalogue.find(wanted)
    if named is None:
        choices = [*catalogue.measures, *catalogue.goal_files]
        raise UserError(
            "edit.unknown_item_unread" if catalogue.unread else "edit.unknown_item",
            unread="; ".join(catalogue.unread),
            id=wanted,
            version=catalogue.version,
            suggestion=suggestion(wanted, choices),
            measures=", ".join(catalogue.measures) or "—",
            goals=", ".join(catalogue.goal_files) or "—",
        )
    if named.kind == FIELD:
        path = display_path(shown(catalogue.fields[named.id]))
        raise UserError("edit.set.field", id=named.id, path=path)
    _note_id(named, out)
    return named


def settable_keys(model: type[BaseModel]) -> list[str]:
    """The keys ``set`` changes on a measure or goal, in the schema's order."""
    return [
        key
        for key, kind in key_kinds(model).items()
        if kind.kind != NESTED and key not in (ID, STATUS)
    ]


def _key_kind(model: type[BaseModel], key: str, item_id: str) -> KeyKind:
    """The kind of ``key``'s value; refuses keys ``set`` does not change (exit 2)."""
    kinds = key_kinds(model)
    settable = settable_keys(model)
    choices = ", ".join(settable)
    if any(c in key for c in "./[]"):
        raise UserError("edit.set.key_path", key=key, choices=choices)
    if key == ID:
        raise UserError("edit.set.key_id", id=item_id)
    if key == STATUS:
        if model is Goal:
            raise UserError("edit.goal_has_no_status", id=item_id)
        raise UserError("edit.set.key_status", id=item_id)
    if key == HISTORY and model is Measure:
        raise UserError("edit.set.key_history", id=item_id)
    if key in kinds and kinds[key].kind == NESTED:
        raise UserError("edit.set.key_nested", key=key)
    if key not in kinds:
        close = english_key(model, key)
        hint = t("edit.did_you_mean", choices=close) if close else suggestion(key, settable)
        what = t("edit.kind.goals" if model is Goal else "edit.kind.measures")
        raise UserError(
            "edit.set.unknown_key", key=key, what=what, suggestion=hint, choices=choices
        )
    return kinds[key]


def run_set_value(
    run: Run,
    *,
    item_id: str,
    key: str,
    values: list[str],
    mode: str,
    version: str | None,
    dry_run: bool,
    out: TextIO | None = None,
) -> int:
    """Set one key of a measure or a goal; ``mode`` is ``replace``, ``add`` or ``remove``."""
    for value in values:
        _check_text(value, key)
    folder = run.choose(version)
    loaded = run.load(folder)
    catalogue = Catalogue.of(loaded)
    named = _item(catalogue, item_id, loaded.files.shown, out)
    model: type[BaseModel] = Measure if named.kind == MEASURE else Goal
    kind = _key_kind(model, key, named.id)
    new: str | bool | int | ListChange
    if kind.kind == LIST:
        if mode != "replace" and not values:
            raise UserError("edit.set.no_items", key=key, option=f"--{mode}")
        if model is Measure and key == GOALS and mode != "remove":
            for goal in values:
                catalogue.check_goal(goal)
        new = ListChange(mode, tuple(values))
    else:
        if mode != "replace":
            raise UserError("edit.set.not_a_list_key", key=key, option=f"--{mode}")
        if len(values) != 1:
            raise UserError("edit.set.one_value", key=key, count=len(values), id=named.id)
        new = parse_value(kind, values[0], key)
    if named.kind == MEASURE:
        list_key, relative = MEASURES, catalogue.measure_file(named.id)
        title_key = "edit.title.measure"
    else:
        list_key, relative = FIELD_GOALS, catalogue.goal_file(named.id)
        title_key = "edit.title.goal"
    order = list(key_kinds(model))
    path = loaded.files.shown(relative)

    def build(document: YamlDocument) -> TextEdit:
        return set_value(
            document,
            list_key=list_key,
            item_id=named.id,
            key=key,
            value=new,
            order=order,
            file=path,
        )

    title = t(title_key, id=named.id, version=loaded.name, path=display_path(path))
    return _apply(run, folder, FileEdit(loaded, relative, build, title), dry_run=dry_run, out=out)


# --- add massnahme ----------------------------------------------------------------------------

T = TypeVar("T")


def _ask_until(ask: Ask, prompt: str, parse: Callable[[str], T], err: TextIO) -> T:
    """Ask until ``parse`` takes the answer; a wrong answer is explained and asked again."""
    while True:
        answer = ask(prompt).strip()
        try:
            return parse(answer)
        except UserError as exc:
            err.write(t("cli.error_prefix") + exc.message + "\n")


def _required(
    value: str | None, prompt: str, ask: Ask | None, missing: UserError, err: TextIO
) -> str:
    """An option's value, asked for on a terminal; without a terminal ``missing`` is raised."""
    if value is not None and value.strip():
        return value.strip()
    if ask is None:
        raise missing

    def given(answer: str) -> str:
        if not answer:
            raise UserError("edit.empty_answer")
        return answer

    return _ask_until(ask, prompt, given, err)


def _one_of(answer: str, ids: list[str], unknown: Callable[[str], UserError]) -> str:
    """``answer`` as one of ``ids``: itself, or the one id equal to it ignoring case."""
    found = match_id(answer, ids)
    if found is not None:
        return found
    several = case_matches(answer, ids)
    if several:
        raise UserError("edit.ambiguous_case", id=answer, choices=", ".join(several))
    raise unknown(answer)


def _split_ids(answer: str) -> list[str]:
    return [part for part in answer.replace(",", " ").split() if part]


def run_add_measure(
    run: Run,
    *,
    field: str | None,
    title: str | None,
    goals: list[str],
    status: str | None,
    start: dt.date | None,
    example: bool | None = None,
    measure_id: str | None = None,
    responsible: str | None = None,
    end: dt.date | None = None,
    description: str | None = None,
    partners: Sequence[str] = (),
    target_groups: Sequence[str] = (),
    ongoing: bool = False,
    former_ids: Sequence[str] = (),
    priorities: Sequence[str] = (),
    sources: Sequence[str] = (),
    resources: str | None = None,
    version: str | None,
    dry_run: bool,
    ask: Ask | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Append a new measure to a Handlungsfeld, with the next id of the file's pattern.

    Every key of a measure but ``verlauf`` and ``indikatoren`` can be given. With ``ask``
    (a terminal) a missing field or title is asked for; then the goals, the status, the
    start and whether it is an example are asked for too, unless given. A wrong answer is
    explained and asked again.
    """
    err = err or sys.stderr
    texts = {
        "--titel": [title],
        "--id": [measure_id],
        "--verantwortlich": [responsible],
        "--beschreibung": [description],
        "--partner": partners,
        "--zielgruppe": target_groups,
        "--frueher": former_ids,
        "--schwerpunkt": priorities,
        "--quelle": sources,
        "--ressourcen": [resources],
    }
    for option, given in texts.items():
        for text in given:
            _check_text(text, option)
    fields: dict[str, Any] = {
        "responsible": responsible,
        "end": end.isoformat() if end else None,
        "description": description,
        "partners": list(partners),
        "target_groups": list(target_groups),
        "ongoing": ongoing,
        "former_ids": list(former_ids),
        "priorities": list(priorities),
        "sources": list(sources),
        "resources": resources,
    }
    others = {yaml_key(Measure, name): value for name, value in fields.items()}
    folder = run.choose(version)
    loaded = run.load(folder)
    catalogue = Catalogue.of(loaded)
    interactive = ask is not None and not (field and field.strip() and title and title.strip())
    vocabulary = vocabulary_of(loaded) if status is not None or interactive else None
    choices = ", ".join(catalogue.fields) or "—"
    if field is not None and field.strip():
        field_id = field.strip()
    elif ask is None:
        raise UserError("edit.missing_field", choices=choices)
    else:

        def field_of(answer: str) -> str:
            if not answer:
                raise UserError("edit.empty_answer")
            return _one_of(answer, list(catalogue.fields), catalogue.unknown_field)

        field_id = _ask_until(ask, t("edit.prompt.field", choices=choices), field_of, err)
    field_id = _one_of(field_id, list(catalogue.fields), catalogue.unknown_field)
    relative = catalogue.field_file(field_id)
    measure_title = _required(
        title, t("edit.prompt.title"), ask, UserError("edit.missing_option", option="--titel"), err
    )
    _check_text(measure_title, "--titel")
    if interactive and ask is not None:
        goals, status, start, example = _ask_the_rest(
            ask, err, catalogue, field_id, goals, status, start, example, vocabulary
        )
    for goal in goals:
        catalogue.check_goal(goal)
    if status is not None and vocabulary is not None:
        status = check_status(status, vocabulary)
    if measure_id is not None and measure_id in catalogue.taken:
        raise UserError("edit.id_taken", id=measure_id, version=loaded.name)
    measure_values: dict[str, Any] = {
        **others,
        GOALS: list(goals),
        STATUS: status,
        START: start.isoformat() if start else None,
        EXAMPLE: bool(example),
        # The status is recorded when it is set, so later dates can be read from the history.
        HISTORY: [{STEP_DATE: run.today.isoformat(), STEP_STATUS: status}] if status else None,
    }
    measure = NewMeasure(measure_title, measure_values, measure_id or None)
    path = loaded.files.shown(relative)

    def build(document: YamlDocument) -> TextEdit:
        edit, _ = add_measure(document, measure=measure, taken=catalogue.taken, file=path)
        return edit

    edit_title = t("edit.title.field", id=field_id, version=loaded.name, path=display_path(path))
    edit = FileEdit(loaded, relative, build, edit_title)
    return _apply(run, folder, edit, dry_run=dry_run, out=out)


def _ask_the_rest(
    ask: Ask,
    err: TextIO,
    catalogue: Catalogue,
    field_id: str,
    goals: list[str],
    status: str | None,
    start: dt.date | None,
    example: bool | None,
    vocabulary: Vocabulary | None,
) -> tuple[list[str], str | None, dt.date | None, bool | None]:
    """The goals, status, start and example flag a person at a terminal did not give."""
    if not goals:
        own = catalogue.goals_of(field_id)

        def goal_ids(answer: str) -> list[str]:
            return [
                _one_of(part, catalogue.goals, catalogue.unknown_goal)
                for part in _split_ids(answer)
            ]

        prompt = t("edit.prompt.goals", field=field_id, choices=", ".join(own) or "—")
        goals = _ask_until(ask, prompt, goal_ids, err)
    if status is None and vocabulary is not None:
        words = vocabulary.ids

        def status_word(answer: str) -> str | None:
            if not answer:
                return None
            return _one_of(answer, words, lambda bad: status_error(bad, words))

        status = _ask_until(
            ask, t("edit.prompt.status", choices=", ".join(words)), status_word, err
        )
    if start is None:

        def day(answer: str) -> dt.date | None:
            return parse_day(answer) if answer else None

        start = _ask_until(ask, t("edit.prompt.start"), day, err)
    if example is None:

        def yes_no(answer: str) -> bool:
            return parse_bool(answer, "beispiel") if answer else False

        example = _ask_until(ask, t("edit.prompt.example"), yes_no, err)
    return goals, status, start, example


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
