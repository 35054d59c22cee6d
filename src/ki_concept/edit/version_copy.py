"""Starting a Fortschreibung: a byte-for-byte copy of a version folder under a new name.

The copy is assembled in a hidden scratch folder next to the versions, its
``konzept.yaml`` edited there and validated, and only then renamed into
place, so a failed run never leaves a half-copied version behind.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import TextIO

from ki_concept.diagnostics import display_path
from ki_concept.edit.atomic import locked, replace_file
from ki_concept.edit.errors import EditRefused
from ki_concept.edit.operations import set_version
from ki_concept.edit.transaction import encode_like, report, unified_diff
from ki_concept.edit.validation import (
    Replacement,
    check_replacements,
    errors_of,
    format_diagnostic,
)
from ki_concept.errors import UserError
from ki_concept.escaping import visible
from ki_concept.i18n import t
from ki_concept.reading.loader import KONZEPT_FILE, is_version_folder
from ki_concept.run import Run
from ki_concept.writing import TEMP_SUFFIX, fsync_folder

# What tempfile.mkdtemp makes for a workspace: ``.<version>.<8 random characters>.tmp``.
_WORKSPACE = re.compile(r"\.[^\W_][\w.-]{0,63}\.[a-z0-9_]{8}\.tmp")
# A version name is a short, plain folder name: letters, digits, '-', '_', '.', no leading dot.
_VERSION_NAME = re.compile(r"[^\W_][\w.-]{0,63}")


def check_version_name(name: str, root: Path) -> Path:
    """The folder for a new version ``name``; it must be a plain, unused folder name."""
    if _VERSION_NAME.fullmatch(name) is None:
        raise UserError("edit.bad_version_name", name=visible(name[:80], one_line=True))
    target = root / name
    if target.exists() or target.is_symlink():
        raise UserError("edit.version_exists", name=name, path=display_path(target))
    return target


def _reason(exc: OSError | shutil.Error) -> str:
    """One plain reason: shutil.Error carries a list of (source, target, why) per file."""
    if isinstance(exc, shutil.Error) and exc.args and isinstance(exc.args[0], list):
        errors = exc.args[0]
        first = errors[0] if errors else None
        if isinstance(first, tuple) and len(first) == 3:
            more = f" (+{len(errors) - 1})" if len(errors) > 1 else ""
            return f"{first[2]}{more}"
    return str(exc.strerror if isinstance(exc, OSError) and exc.strerror else exc)


def _remove_stale_workspaces(root: Path) -> None:
    """Remove what a killed ``new-version`` left; called holding the root's lock."""
    try:
        stale = [
            p
            for p in root.glob(f".*{TEMP_SUFFIX}")
            if _WORKSPACE.fullmatch(p.name) and p.is_dir() and not p.is_symlink()
        ]
    except OSError:
        return
    for folder in stale:
        shutil.rmtree(folder, ignore_errors=True)


def _file_count(folder: Path) -> int:
    return sum(len(files) for _, _, files in os.walk(folder))


def create_version(
    run: Run,
    source: Path,
    name: str,
    *,
    adopted: dt.date | None,
    dry_run: bool,
    out: TextIO,
) -> int:
    """Copy ``source`` to ``root/name`` and set ``version`` (and ``beschlossen``) there."""
    root = run.root()
    if is_version_folder(root):
        # A single version as the root: a copy inside it would be a folder of that version.
        raise UserError("edit.root_is_version", root=display_path(root))
    target = check_version_name(name, root)
    loaded, before = run.validate(source, run.today)
    record = loaded.records.get(KONZEPT_FILE)
    konzept = source / KONZEPT_FILE
    if record is None or record.raw is None or record.document is None:
        details = [format_diagnostic(d) for d in (record.diagnostics if record else [])]
        raise EditRefused("edit.cannot_parse", path=konzept, details=details)
    edit = set_version(record.document, version=name, adopted=adopted, file=konzept)
    raw = record.raw
    new_raw = encode_like(raw, edit.text)
    title = t(
        "edit.title.version",
        name=name,
        source=source.name,
        path=display_path(target),
        files=_file_count(source),
    )
    if edit.parsed is not None:
        replacement = {KONZEPT_FILE: Replacement(new_raw, edit.parsed)}
        errors = errors_of(
            check_replacements(loaded, before, replacement, run.today, run.limits, target)
        )
        if errors:
            raise EditRefused(
                "edit.invalid",
                path=display_path(target / KONZEPT_FILE),
                details=[format_diagnostic(d) for d in errors],
            )

    if dry_run:
        diff = unified_diff(
            record.document.text,
            edit.text,
            visible(display_path(konzept), one_line=True),
            visible(display_path(target / KONZEPT_FILE), one_line=True),
        )
        out.write(visible(diff))
        report(out, title, edit.changes)
        out.write(t("edit.dry_run") + "\n")
        return 0

    with locked(root):
        check_version_name(name, root)  # another run may have created it meanwhile
        _remove_stale_workspaces(root)
        try:
            workspace = Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=TEMP_SUFFIX, dir=root))
        except OSError as exc:
            raise EditRefused("edit.write_failed", path=root, reason=exc.strerror or exc) from None
        try:
            staged = workspace / name
            try:
                # Links stay links: following them could copy files from outside the concept.
                shutil.copytree(source, staged, symlinks=True, copy_function=shutil.copy2)
            except (OSError, shutil.Error) as exc:
                raise EditRefused("edit.copy_failed", path=source, reason=_reason(exc)) from None
            # The copy must hold the bytes that were checked.
            replace_file(staged / KONZEPT_FILE, new_raw, expected=raw)
            try:
                os.rename(staged, target)
            except OSError as exc:
                raise EditRefused(
                    "edit.write_failed", path=target, reason=exc.strerror or exc
                ) from None
            fsync_folder(root)
        finally:
            shutil.rmtree(workspace, ignore_errors=True)
    report(out, title, edit.changes)
    out.write(t("edit.saved", path=display_path(target)) + "\n")
    return 0
