"""One edit of one file from start to finish: lock, read, build, validate, then show or write.

The version was loaded once by the run; under the lock the file's bytes are read again
and, when they are still the bytes loaded, the loaded document is edited as it is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ki_concept.diagnostics import Result, display_path
from ki_concept.edit.atomic import locked, read_bytes, replace_file
from ki_concept.edit.errors import EditRefused
from ki_concept.edit.operations import Change, TextEdit, read_document
from ki_concept.edit.validation import (
    Replacement,
    check_replacements,
    errors_of,
    format_diagnostic,
    warnings_of,
)
from ki_concept.escaping import visible
from ki_concept.i18n import t
from ki_concept.reading.loader import LoadedVersion
from ki_concept.reading.source import Limits, YamlDocument, decode

_BOM = b"\xef\xbb\xbf"


@dataclass
class FileEdit:
    """What to change in one file (``relative`` to its folder) of a loaded version.

    ``build`` gets the file as read under the lock and returns the new text;
    ``title`` heads the report of what changed.
    """

    loaded: LoadedVersion
    relative: str
    build: Callable[[YamlDocument], TextEdit]
    title: str

    @property
    def path(self) -> Path:
        return self.loaded.files.shown(self.relative)


def decode_source(path: Path, raw: bytes, limits: Limits) -> str:
    """The text of a file about to be edited; refuses what the loader would not read."""
    if len(raw) > limits.max_bytes:
        raise EditRefused("edit.too_large", path=path, size=len(raw), limit=limits.max_bytes)
    text, problems = decode(path, raw)
    if text is None:
        raise EditRefused(
            "edit.cannot_parse", path=path, details=[format_diagnostic(d) for d in problems]
        )
    return text


def encode_like(raw: bytes, text: str) -> bytes:
    """``text`` as UTF-8, with the byte order mark the original had."""
    return (_BOM if raw.startswith(_BOM) else b"") + text.encode("utf-8")


def _lines(text: str) -> list[str]:
    # Split on "\n" only: str.splitlines would also split inside values at \x0c, \u2028 …
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def unified_diff(old: str, new: str, old_name: str, new_name: str) -> str:
    """A unified diff as ``diff -u`` and git print it, including the no-newline marker."""
    out = []
    for line in difflib.unified_diff(_lines(old), _lines(new), old_name, new_name):
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def report(out: TextIO, title: str, changes: list[Change]) -> None:
    """The title line and one indented line per change."""
    out.write(visible(title, one_line=True) + "\n")
    for key, params in changes:
        out.write("  " + visible(t(key, **params), one_line=True) + "\n")


def report_warnings(out: TextIO, diagnostics: list[str]) -> None:
    for line in diagnostics:
        out.write(visible(t("edit.new_warning", diagnostic=line)) + "\n")


def current_document(edit: FileEdit, raw: bytes, limits: Limits) -> YamlDocument:
    """The file as it is now: the loaded document if the bytes are the same, else read anew."""
    record = edit.loaded.records.get(edit.relative)
    if record is not None and record.raw == raw and record.document is not None:
        return record.document
    return read_document(decode_source(edit.path, raw, limits), edit.path, limits)


def run_file_edit(
    edit: FileEdit,
    *,
    dry_run: bool,
    as_of: dt.date,
    limits: Limits,
    before: Result,
    out: TextIO,
    timeout: float | None = None,
) -> int:
    """Apply ``edit``: 0 written (or shown with ``dry_run``, or nothing to do).

    Raises :class:`EditRefused` (exit 1) when the result would not validate,
    the file changed on disk meanwhile, or it cannot be locked or written.
    """
    # Write through a symbolic link, never replace the link itself.
    target = edit.path.resolve() if edit.path.is_symlink() else edit.path
    guard = contextlib.nullcontext() if dry_run else locked(target, timeout)
    with guard:
        raw = read_bytes(target)
        document = current_document(edit, raw, limits)
        text = document.text
        result = edit.build(document)
        if result.text == text or result.parsed is None:
            key, params = result.note or ("edit.unchanged", {"path": display_path(edit.path)})
            out.write(visible(t(key, **params)) + "\n")
            return 0
        new_raw = encode_like(raw, result.text)
        replacement = Replacement(new_raw, result.parsed)
        problems = check_replacements(
            edit.loaded, before, {edit.relative: replacement}, as_of, limits
        )
        name = display_path(edit.path)
        if dry_run:
            shown = visible(name, one_line=True)
            out.write(visible(unified_diff(text, result.text, shown, shown)))
        errors = errors_of(problems)
        if errors:
            raise EditRefused(
                "edit.invalid", path=name, details=[format_diagnostic(d) for d in errors]
            )
        if dry_run:
            report(out, edit.title, result.changes)
            out.write(t("edit.dry_run") + "\n")
            return 0
        replace_file(target, new_raw, expected=raw)
    # Reported only once the change is on disk.
    report(out, edit.title, result.changes)
    out.write(visible(t("edit.saved", path=name), one_line=True) + "\n")
    report_warnings(out, [format_diagnostic(d) for d in warnings_of(problems)])
    return 0


@dataclass
class EditOutcome:
    """What one file of a multi-file edit became: its edit, old and new text and changes."""

    edit: FileEdit
    old: str
    result: TextEdit


def run_files_edit(
    edits: list[FileEdit],
    *,
    dry_run: bool,
    as_of: dt.date,
    limits: Limits,
    before: Result,
    out: TextIO,
    timeout: float | None = None,
) -> tuple[list[EditOutcome], list[str]]:
    """Apply several files' edits of one loaded version as one transaction.

    Every file is locked (in sorted order, so two runs cannot wait for each other), read and
    built; all new files are validated together; only then is each one replaced. If a later
    write fails, the files written before it get their original bytes back, so the version is
    either all old or all new. That is best effort: a crash between two writes leaves the
    earlier files new. With ``dry_run`` the unified diffs are shown and nothing is written.

    Returns the files that change (none: nothing to do) and the warnings the edit
    introduces, for the caller to show after its report. Raises :class:`EditRefused`
    (exit 1) as :func:`run_file_edit` does.
    """
    if not edits:
        return [], []
    loaded = edits[0].loaded
    targets = {e.relative: (e.path.resolve() if e.path.is_symlink() else e.path) for e in edits}
    with contextlib.ExitStack() as stack:
        if not dry_run:
            for relative in sorted(targets):
                stack.enter_context(locked(targets[relative], timeout))
        outcomes: list[EditOutcome] = []
        raws: dict[str, bytes] = {}
        replacements: dict[str, Replacement] = {}
        for edit in edits:
            raw = read_bytes(targets[edit.relative])
            document = current_document(edit, raw, limits)
            result = edit.build(document)
            if result.text == document.text or result.parsed is None:
                continue
            raws[edit.relative] = raw
            replacements[edit.relative] = Replacement(encode_like(raw, result.text), result.parsed)
            outcomes.append(EditOutcome(edit, document.text, result))
        if not outcomes:
            return [], []
        problems = check_replacements(loaded, before, replacements, as_of, limits)
        if dry_run:
            for outcome in outcomes:
                shown = visible(display_path(outcome.edit.path), one_line=True)
                out.write(visible(unified_diff(outcome.old, outcome.result.text, shown, shown)))
        errors = errors_of(problems)
        if errors:
            raise EditRefused(
                "edit.invalid",
                path=", ".join(display_path(o.edit.path) for o in outcomes),
                details=[format_diagnostic(d) for d in errors],
            )
        warnings = [format_diagnostic(d) for d in warnings_of(problems)]
        if dry_run:
            return outcomes, warnings
        written: list[str] = []
        try:
            for outcome in outcomes:
                relative = outcome.edit.relative
                replace_file(targets[relative], replacements[relative].raw, expected=raws[relative])
                written.append(relative)
        except EditRefused:
            for relative in reversed(written):
                with contextlib.suppress(EditRefused):
                    replace_file(
                        targets[relative], raws[relative], expected=replacements[relative].raw
                    )
            raise
    return outcomes, warnings
