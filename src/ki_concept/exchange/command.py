"""``ki-concept import``: take the answers of filled-in feedback workbooks into the YAML.

All or nothing: every workbook is read and checked first; any problem in any of them, or
any conflict, refuses the whole import (exit 1) and nothing is written. A conflict is a
measure whose YAML changed since its workbook was exported while the answer would change
its status or end (taken anyway with ``--force``), or two workbooks answering the same
measure differently (always refused: correct one of them). The changes are made with the
edits of ``set-status`` and ``set`` and written as one transaction across all files
(:func:`ki_concept.edit.transaction.run_files_edit`).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ki_concept.diagnostics import display_path
from ki_concept.edit.catalogue import Catalogue
from ki_concept.edit.errors import EditRefused
from ki_concept.edit.operations import (
    END,
    HISTORY,
    MEASURES,
    STATUS,
    STEP_DATE,
    STEP_STATUS,
    Change,
    ListChange,
    NewMeasure,
    TextEdit,
    add_measure,
    set_status,
    set_value,
)
from ki_concept.edit.transaction import FileEdit, report, report_warnings, run_files_edit
from ki_concept.edit.values import key_kinds
from ki_concept.escaping import visible
from ki_concept.exchange import layout
from ki_concept.exchange.full import read_csv_reply
from ki_concept.exchange.reading import Answer, Expected, NewRow, Reply, read_reply
from ki_concept.i18n import t
from ki_concept.models import Measure
from ki_concept.reading.source import YamlDocument
from ki_concept.run import Run


@dataclass(frozen=True)
class Source:
    """Where an answer comes from."""

    reply: Reply
    answer: Answer

    @property
    def where(self) -> str:
        return _where(self.reply, self.answer.cells)


def _where(reply: Reply, cells: tuple[str, ...]) -> str:
    """``DATEI, Blatt …, Zellen J3, K3`` (a CSV file: ``DATEI, Zeile 3, Spalte Ende; …``)."""
    if not reply.sheet:
        return t("exchange.import.where.csv", source=reply.name, cells="; ".join(cells))
    many = "many" if len(cells) > 1 else "one"
    return t(
        f"exchange.import.where.{many}",
        source=reply.name,
        sheet=reply.sheet,
        cells=", ".join(cells),
    )


def _now(measure: Measure) -> str:
    """The values an answer could change, as the YAML has them now."""
    last = measure.history[-1] if measure.history else None
    step = f"{last.date.isoformat()} {last.status}" if last else "—"
    return t(
        "exchange.import.values_now",
        status=measure.status or "—",
        end=measure.end.isoformat() if measure.end else "—",
        step=step,
    )


def _asked(answer: Answer) -> str:
    parts = []
    if answer.status is not None:
        day = answer.date.isoformat() if answer.date else t("exchange.import.today")
        note = f" „{answer.note}“" if answer.note else ""
        parts.append(t("exchange.import.asked_status", status=answer.status, date=day, note=note))
    if answer.end is not None:
        parts.append(t("exchange.import.asked_end", end=answer.end.isoformat()))
    for key, value in answer.values:
        shown = "; ".join(value.items) if isinstance(value, ListChange) else value
        parts.append(f"{key} {shown}")
    return ", ".join(parts)


def _changes(answer: Answer, measure: Measure) -> bool:
    """Whether ``answer`` asks for anything the measure does not have already."""
    step = answer.status is not None and (
        answer.status != measure.status or answer.note is not None or answer.date is not None
    )
    return step or (answer.end is not None and answer.end != measure.end) or bool(answer.values)


def _moves(answer: Answer, measure: Measure) -> bool:
    """Whether ``answer`` changes the status, the end or (full export) another value."""
    return (
        (answer.status is not None and answer.status != measure.status)
        or (answer.end is not None and answer.end != measure.end)
        or bool(answer.values)
    )


def _key(answer: Answer) -> tuple[object, ...]:
    return (answer.status, answer.date, answer.note, answer.end, answer.values)


def run_import(
    run: Run,
    *,
    files: Sequence[Path],
    version: str | None,
    dry_run: bool,
    force: bool,
    out: TextIO | None = None,
) -> int:
    """Read ``files`` and take their answers into the version; 0 when done (or nothing to do)."""
    out = out or sys.stdout
    folder = run.choose(version)
    concept = run.checked(folder, run.today)
    loaded, before = run.validate(folder, run.today)
    measures: dict[str, Measure] = {}
    for _, _, measure in concept.measures():
        measures.setdefault(measure.id, measure)
    catalogue = Catalogue.of(loaded)
    expected = Expected(
        concept.konzept.title,
        concept.name,
        concept.konzept.version,
        concept.vocabulary,
        frozenset(measures),
        measures,
        frozenset(catalogue.fields),
        frozenset(catalogue.goals),
    )
    problems: list[str] = []
    replies: list[Reply] = []
    seen: set[Path] = set()
    for path in files:
        if path.resolve() in seen:
            continue
        seen.add(path.resolve())
        reader = read_csv_reply if path.suffix.lower() == ".csv" else read_reply
        reply = reader(path, expected, problems)
        if reply is not None:
            replies.append(reply)
    if problems:
        raise EditRefused("exchange.import.problems", count=len(problems), details=problems)
    for reply in replies:
        if not reply.sheet:
            out.write(visible(t("exchange.import.csv_note", source=reply.name)) + "\n")

    wanted: dict[str, list[Source]] = {}
    for reply in replies:
        for answer in reply.answers:
            if _changes(answer, measures[answer.measure_id]):
                wanted.setdefault(answer.measure_id, []).append(Source(reply, answer))
    conflicts: list[str] = []
    forced: dict[str, str] = {}
    chosen: dict[str, Source] = {}
    for measure_id, sources in wanted.items():
        measure = measures[measure_id]
        if len({_key(s.answer) for s in sources}) > 1:
            answers = "; ".join(f"{s.where}: {_asked(s.answer)}" for s in sources)
            conflicts.append(t("exchange.import.disagree", id=measure_id, answers=answers))
            continue
        source = sources[0]
        changed = [
            s
            for s in sources
            if (stamp := s.reply.meta.stamp(measure_id)) is not None
            and stamp.fingerprint != layout.fingerprint_for(s.reply.meta.group_kind, measure)
        ]
        if changed and _moves(source.answer, measure):
            if not force:
                conflicts.append(
                    t(
                        "exchange.import.changed_since",
                        id=measure_id,
                        now=_now(measure),
                        where=changed[0].where,
                        asked=_asked(source.answer),
                    )
                )
                continue
            forced[measure_id] = _now(measure)
        chosen[measure_id] = source
    # New measures (rows without an id in a full export), once per Handlungsfeld and title.
    new_rows: dict[tuple[str, str], tuple[Reply, NewRow]] = {}
    for reply in replies:
        for new in reply.new:
            known = new_rows.setdefault((new.field_id, new.title), (reply, new))
            if known[1].values != new.values:
                answers = "; ".join(_where(r, n.cells) for r, n in (known, (reply, new)))
                conflicts.append(
                    t(
                        "exchange.import.disagree",
                        id=f"{new.field_id} „{new.title}“",
                        answers=answers,
                    )
                )
    if conflicts:
        raise EditRefused("exchange.import.conflicts", count=len(conflicts), details=conflicts)
    new_by_file: dict[str, list[tuple[Reply, NewRow]]] = {}
    for reply, new in new_rows.values():
        new_by_file.setdefault(catalogue.field_file(new.field_id), []).append((reply, new))
    # The ids given to new measures, per file (a file may be built more than once).
    new_ids: dict[str, set[str]] = {}
    added: dict[tuple[str, str], tuple[str, list[Change]]] = {}

    by_file: dict[str, list[str]] = {}
    for measure_id in chosen:
        by_file.setdefault(catalogue.measure_file(measure_id), []).append(measure_id)
    vocabulary = concept.vocabulary
    adopted = concept.konzept.adopted
    order = list(key_kinds(Measure))
    made: dict[str, list[Change]] = {}

    def builder(relative: str, ids: list[str]) -> FileEdit:
        path = loaded.files.shown(relative)

        def build(document: YamlDocument) -> TextEdit:
            record = loaded.records.get(relative)
            if record is None or document is not record.document:
                # Changed since it was read: the conflict check above saw the old measure.
                raise EditRefused("edit.changed_on_disk", path=path)
            current = document
            last: TextEdit | None = None
            for measure_id in ids:
                answer = chosen[measure_id].answer
                steps: list[TextEdit] = []
                if answer.status is not None:
                    steps.append(
                        set_status(
                            current,
                            measure_id=measure_id,
                            status=answer.status,
                            date=answer.date or run.today,
                            note=answer.note,
                            finished=vocabulary.is_finished(answer.status),
                            adopted=adopted,
                            statuses=vocabulary.ids,
                            file=path,
                        )
                    )
                    current = _after(current, steps[-1])
                if answer.end is not None:
                    steps.append(
                        set_value(
                            current,
                            list_key=MEASURES,
                            item_id=measure_id,
                            key=END,
                            value=answer.end.isoformat(),
                            order=order,
                            file=path,
                        )
                    )
                    current = _after(current, steps[-1])
                for key, value in answer.values:
                    steps.append(
                        set_value(
                            current,
                            list_key=MEASURES,
                            item_id=measure_id,
                            key=key,
                            value=value,
                            order=order,
                            file=path,
                        )
                    )
                    current = _after(current, steps[-1])
                made[measure_id] = [c for s in steps for c in s.changes]
                last = next((s for s in reversed(steps) if s.parsed is not None), last)
            new_ids[relative] = set()
            taken = set(catalogue.taken).union(*new_ids.values())
            for _, new in new_by_file.get(relative, []):
                values = dict(new.values)
                status = values.get(STATUS)
                if status is not None:
                    # The status is recorded when it is set, as add massnahme does.
                    values[HISTORY] = [{STEP_DATE: run.today.isoformat(), STEP_STATUS: status}]
                edit, new_id = add_measure(
                    current, measure=NewMeasure(new.title, values), taken=taken, file=path
                )
                taken.add(new_id)
                new_ids[relative].add(new_id)
                added[(new.field_id, new.title)] = (new_id, list(edit.changes))
                current = _after(current, edit)
                if edit.parsed is not None:
                    last = edit
            if last is None:
                return TextEdit(document.text)
            return TextEdit(current.text, [], parsed=last.parsed)

        return FileEdit(loaded, relative, build, display_path(path))

    edits = [
        builder(relative, by_file.get(relative, []))
        for relative in sorted(set(by_file) | set(new_by_file))
    ]
    outcomes, warnings = run_files_edit(
        edits,
        dry_run=dry_run,
        as_of=run.today,
        limits=run.limits,
        before=before,
        out=out,
    )
    if not outcomes:
        out.write(t("exchange.import.nothing") + "\n")
    for outcome in outcomes:
        shown = display_path(outcome.edit.path)
        relative = outcome.edit.relative
        for reply, new in new_by_file.get(relative, []):
            new_id, changes = added.get((new.field_id, new.title), ("", []))
            if changes:
                title = t(
                    "exchange.import.title_new",
                    id=new_id,
                    title=new.title,
                    path=shown,
                    where=_where(reply, new.cells),
                )
                report(out, title, changes)
        for measure_id in by_file.get(relative, []):
            if not made.get(measure_id):
                continue
            title = t(
                "exchange.import.title",
                id=measure_id,
                path=shown,
                where=chosen[measure_id].where,
            )
            report(out, title, made[measure_id])
            if measure_id in forced:
                out.write("  " + t("exchange.import.forced", now=forced[measure_id]) + "\n")
        if not dry_run:
            out.write(visible(t("edit.saved", path=shown), one_line=True) + "\n")
    _summary(out, replies)
    if dry_run and outcomes:
        out.write(t("edit.dry_run") + "\n")
    report_warnings(out, warnings)
    return 0


def _after(document: YamlDocument, edit: TextEdit) -> YamlDocument:
    """The document after ``edit`` (itself when nothing changed)."""
    if edit.parsed is None or edit.parsed.document is None:
        return document
    return edit.parsed.document


def _summary(out: TextIO, replies: list[Reply]) -> None:
    """Who answered (a workbook with a filled row) and who did not."""

    def names(group: list[Reply]) -> str:
        shown = [
            r.name if r.path.stem == r.meta.group_label else f"{r.name} ({r.meta.group_label})"
            for r in group
        ]
        return ", ".join(shown) or "—"

    answered = [r for r in replies if r.answered]
    silent = [r for r in replies if not r.answered]
    out.write(
        visible(t("exchange.import.answered", count=len(answered), names=names(answered))) + "\n"
    )
    if silent:
        out.write(
            visible(t("exchange.import.silent", count=len(silent), names=names(silent))) + "\n"
        )
