"""Checking an edit against the whole version before anything is written.

The version is loaded again in memory with the edited files' new bytes in place
(:class:`ki_concept.reading.files.PendingFiles`); every other file keeps the record the run read,
so nothing is read or validated twice. The result is compared with the version as it
is now: only problems the edit would introduce count, so a version that already has
problems can still be kept current.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Hashable, Mapping
from pathlib import Path

from ki_concept.checking import check_loaded
from ki_concept.diagnostics import Diagnostic, Result, Severity, display_path
from ki_concept.i18n import t
from ki_concept.reading.files import PendingFiles
from ki_concept.reading.loader import FileRecord, LoadedVersion, load_version, read_record
from ki_concept.reading.source import Limits, ParsedFile


def format_diagnostic(diag: Diagnostic) -> str:
    """``file:line:col: [Fehler] message (KI…)``, as ``validate`` prints it."""
    severity = t(f"severity.{diag.severity.value}")
    return (
        f"{display_path(diag.file)}:{diag.line}:{diag.column}: [{severity}] "
        f"{diag.message} ({diag.rule})"
    )


@dataclasses.dataclass(frozen=True)
class Replacement:
    """The new bytes of one file of a version, and how the reader read them."""

    raw: bytes
    parsed: ParsedFile


def _relatives(loaded: LoadedVersion) -> dict[Path, str]:
    """Each file name the version's problems may use, mapped to the file's relative name."""
    names: dict[Path, str] = {}
    for relative, record in loaded.records.items():
        names[record.file] = relative
        if record.document is not None:
            names[record.document.file] = relative
    return names


def _identity(diag: Diagnostic, relatives: Mapping[Path, str]) -> Hashable:
    # Positions move when lines are inserted, so they are not part of a problem's identity.
    params = tuple(p for p in diag.params if p[0] != "first")
    where = relatives.get(diag.file, str(diag.file))
    return (where, diag.rule, diag.message_key, diag.path, params)


def introduced(
    before: LoadedVersion, before_result: Result, after: LoadedVersion, after_result: Result
) -> list[Diagnostic]:
    """Problems ``after`` has that ``before`` does not, named as ``after`` names its files."""
    before_names, after_names = _relatives(before), _relatives(after)
    remaining = Counter(_identity(d, before_names) for d in before_result.diagnostics)
    new: list[Diagnostic] = []
    for diag in after_result.sorted():
        identity = _identity(diag, after_names)
        if remaining[identity]:
            remaining[identity] -= 1
            continue
        relative = after_names.get(diag.file)
        shown = after.files.shown(relative) if relative is not None else diag.file
        new.append(dataclasses.replace(diag, file=shown))
    return new


def with_replacements(
    loaded: LoadedVersion,
    replacements: Mapping[str, Replacement],
    limits: Limits,
    shown_in: Path | None = None,
) -> LoadedVersion:
    """``loaded`` as it would be with ``replacements`` written; nothing touches the disk."""
    files = PendingFiles(loaded.files, {r: rep.raw for r, rep in replacements.items()}, shown_in)
    known: dict[str, FileRecord] = {
        relative: record
        for relative, record in loaded.records.items()
        if relative not in replacements and shown_in is None
    }
    for relative, replacement in replacements.items():
        known[relative] = read_record(
            files, relative, limits, parsed=replacement.parsed, raw=replacement.raw
        )
    if shown_in is not None:
        # A new folder: every file is shown under it, so each record is made anew from
        # the bytes and documents already read (nothing is parsed again).
        for relative, record in loaded.records.items():
            if relative not in replacements:
                known[relative] = dataclasses.replace(
                    record,
                    file=files.shown(relative),
                    diagnostics=[
                        dataclasses.replace(d, file=files.shown(relative))
                        if d.file == record.file
                        else d
                        for d in record.diagnostics
                    ],
                )
    return load_version(files, limits, known=known)


def check_replacements(
    loaded: LoadedVersion,
    before: Result,
    replacements: Mapping[str, Replacement],
    as_of: dt.date,
    limits: Limits,
    shown_in: Path | None = None,
) -> list[Diagnostic]:
    """Problems the version would gain if ``replacements`` were written."""
    after = with_replacements(loaded, replacements, limits, shown_in)
    return introduced(loaded, before, after, check_loaded(after, as_of))


def errors_of(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.severity is Severity.ERROR]


def warnings_of(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.severity is Severity.WARNING]
