"""A loaded version's problems in one result: its files' own, and every rule's.

Shared by ``validate``, ``diff``, the edits and the run; the rules themselves are in
:mod:`ki_concept.rules`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from ki_concept.diagnostics import Diagnostic, Result
from ki_concept.reading.loader import LoadedVersion, load_version
from ki_concept.reading.source import Limits
from ki_concept.rules import RuleContext, run_checks


def check_version(loaded: LoadedVersion, as_of: dt.date) -> list[Diagnostic]:
    """Cross-file checks for a version whose ``konzept.yaml`` loaded."""
    if loaded.version is None:
        return []
    context = RuleContext(
        loaded.version, as_of, loaded.raw_ids, loaded.complete, _field_names(loaded)
    )
    return run_checks(context)


def _field_names(loaded: LoadedVersion) -> tuple[str, ...] | None:
    """Every field file present: its field's id where one was read, else its file name."""
    if loaded.field_paths is None or loaded.version is None:
        return None
    ids = {f.file: f.model.id for f in loaded.version.fields}
    names = []
    for relative in loaded.field_paths:
        record = loaded.records[relative]
        names.append(ids.get(record.file) or Path(relative).name)
    return tuple(names)


def check_loaded(loaded: LoadedVersion, as_of: dt.date) -> Result:
    """The problems of a loaded version: its files' own and every cross-file check."""
    result = Result(files_checked=loaded.file_count, versions_checked=[loaded.name])
    result.extend(loaded.diagnostics)
    result.extend(check_version(loaded, as_of))
    return result


def validate_folder(
    folder: Path, as_of: dt.date, limits: Limits | None = None
) -> tuple[LoadedVersion, Result]:
    """Load and check one version folder."""
    loaded = load_version(folder, limits)
    return loaded, check_loaded(loaded, as_of)


def combine(results: Sequence[Result]) -> Result:
    """Several versions' results as one."""
    total = Result()
    for result in results:
        total.extend(result.diagnostics)
        total.files_checked += result.files_checked
        total.versions_checked += result.versions_checked
    return total
