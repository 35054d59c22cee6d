"""Checking an edit against the whole version before anything is written.

The candidate files are validated in a scratch copy of the version, together
with the unchanged files, and compared with the version as it is now: only
problems the edit would introduce count, so a version that already has
problems can still be kept current.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import tempfile
from collections import Counter
from collections.abc import Hashable
from pathlib import Path

from ki_concept.diagnostics import Diagnostic, Result, Severity, display_path
from ki_concept.i18n import t
from ki_concept.loader import FIELDS_FOLDER, KONZEPT_FILE, field_files
from ki_concept.source import Limits
from ki_concept.validate import validate_folder


def format_diagnostic(diag: Diagnostic) -> str:
    """``file:line:col: [Fehler] message (KI…)``, as ``validate`` prints it."""
    severity = t(f"severity.{diag.severity.value}")
    return (
        f"{display_path(diag.file)}:{diag.line}:{diag.column}: [{severity}] "
        f"{diag.message} ({diag.rule})"
    )


def _relative(file: Path, folder: Path) -> Path:
    try:
        return file.relative_to(folder)
    except ValueError:
        return file


def _identity(diag: Diagnostic, folder: Path) -> Hashable:
    # Positions move when lines are inserted, so they are not part of a problem's identity.
    params = tuple(p for p in diag.params if p[0] != "first")
    return (_relative(diag.file, folder), diag.rule, diag.message_key, diag.path, params)


def introduced(
    before: Result, before_folder: Path, after: Result, after_folder: Path, shown_folder: Path
) -> list[Diagnostic]:
    """Problems in ``after`` that ``before`` does not have, named as files in ``shown_folder``."""
    remaining = Counter(_identity(d, before_folder) for d in before.diagnostics)
    new: list[Diagnostic] = []
    for diag in after.sorted():
        identity = _identity(diag, after_folder)
        if remaining[identity]:
            remaining[identity] -= 1
            continue
        new.append(
            dataclasses.replace(diag, file=shown_folder / _relative(diag.file, after_folder))
        )
    return new


def copy_version_files(folder: Path, target: Path) -> None:
    """Copy what the loader reads (``konzept.yaml`` and the field files) into ``target``."""
    (target / FIELDS_FOLDER).mkdir(parents=True)
    paths, _ = field_files(folder)
    for path in [folder / KONZEPT_FILE, *paths]:
        try:
            shutil.copyfile(path, target / path.relative_to(folder))
        except OSError:
            continue  # unreadable here means unreadable for the loader too


def check_replacements(
    folder: Path, replacements: dict[Path, bytes], as_of: dt.date, limits: Limits | None = None
) -> list[Diagnostic]:
    """Problems the version in ``folder`` would gain if ``replacements`` were written."""
    _, before = validate_folder(folder, as_of, limits)
    with tempfile.TemporaryDirectory(prefix="ki-concept-") as scratch:
        copy = Path(scratch) / folder.name
        copy_version_files(folder, copy)
        for path, data in replacements.items():
            (copy / path.relative_to(folder)).write_bytes(data)
        _, after = validate_folder(copy, as_of, limits)
        return introduced(before, folder, after, copy, folder)


def errors_of(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.severity is Severity.ERROR]


def warnings_of(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.severity is Severity.WARNING]
