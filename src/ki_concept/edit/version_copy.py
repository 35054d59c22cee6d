"""Starting a Fortschreibung: a byte-for-byte copy of a version folder under a new name.

The copy is assembled in a hidden scratch folder next to the versions, its
``konzept.yaml`` edited there and validated, and only then renamed into
place, so a failed run never leaves a half-copied version behind.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path
from typing import TextIO

from ki_concept.diagnostics import Result, display_path
from ki_concept.edit.atomic import fsync_folder, locked, read_bytes, replace_file
from ki_concept.edit.errors import EditRefused
from ki_concept.edit.operations import set_version
from ki_concept.edit.transaction import decode_source, encode_like, report, unified_diff
from ki_concept.edit.validation import (
    copy_version_files,
    errors_of,
    format_diagnostic,
    introduced,
)
from ki_concept.errors import UserError
from ki_concept.i18n import t
from ki_concept.loader import KONZEPT_FILE
from ki_concept.source import Limits
from ki_concept.validate import validate_folder


def check_version_name(name: str, root: Path) -> Path:
    """The folder for a new version ``name``; it must be a plain, unused folder name."""
    if (
        not name
        or name in (".", "..")
        or name.startswith(".")
        or "/" in name
        or "\\" in name
        or name != name.strip()
    ):
        raise UserError("edit.bad_version_name", name=name)
    target = root / name
    if target.exists() or target.is_symlink():
        raise UserError("edit.version_exists", name=name, path=display_path(target))
    return target


def _file_count(folder: Path) -> int:
    return sum(len(files) for _, _, files in os.walk(folder))


def create_version(
    root: Path,
    source: Path,
    name: str,
    *,
    adopted: dt.date | None,
    dry_run: bool,
    as_of: dt.date,
    limits: Limits,
    out: TextIO,
) -> int:
    """Copy ``source`` to ``root/name`` and set ``version`` (and ``beschlossen``) there."""
    target = check_version_name(name, root)
    konzept = source / KONZEPT_FILE
    raw = read_bytes(konzept)
    text = decode_source(konzept, raw, limits)
    edit = set_version(text, version=name, adopted=adopted, file=konzept)
    new_raw = encode_like(raw, edit.text)
    title = t(
        "edit.title.version",
        name=name,
        source=source.name,
        path=display_path(target),
        files=_file_count(source),
    )
    _, before = validate_folder(source, as_of, limits)

    if dry_run:
        with tempfile.TemporaryDirectory(prefix="ki-concept-") as scratch:
            staged = Path(scratch) / name
            copy_version_files(source, staged)
            (staged / KONZEPT_FILE).write_bytes(new_raw)
            _refuse_new_errors(before, source, staged, target, as_of, limits)
        out.write(
            unified_diff(
                text, edit.text, display_path(konzept), display_path(target / KONZEPT_FILE)
            )
        )
        report(out, title, edit.changes)
        out.write(t("edit.dry_run") + "\n")
        return 0

    with locked(root):
        check_version_name(name, root)  # another run may have created it meanwhile
        workspace = Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=".tmp", dir=root))
        try:
            staged = workspace / name
            try:
                shutil.copytree(source, staged, copy_function=shutil.copy2)
            except (OSError, shutil.Error) as exc:
                raise EditRefused("edit.copy_failed", path=source, reason=exc) from None
            replace_file(staged / KONZEPT_FILE, new_raw, expected=raw)
            _refuse_new_errors(before, source, staged, target, as_of, limits)
            os.rename(staged, target)
            fsync_folder(root)
        finally:
            shutil.rmtree(workspace, ignore_errors=True)
    report(out, title, edit.changes)
    out.write(t("edit.saved", path=display_path(target)) + "\n")
    return 0


def _refuse_new_errors(
    before: Result, source: Path, staged: Path, target: Path, as_of: dt.date, limits: Limits
) -> None:
    """Refuse when the staged copy has errors that ``source`` does not have."""
    _, after = validate_folder(staged, as_of, limits)
    errors = errors_of(introduced(before, source, after, staged, target))
    if errors:
        raise EditRefused(
            "edit.invalid",
            path=display_path(target / KONZEPT_FILE),
            details=[format_diagnostic(d) for d in errors],
        )
