"""Steps several commands share: choosing a version and loading it validated."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ki_concept.errors import ConceptInvalid, UserError
from ki_concept.loader import (
    KONZEPT_FILE,
    ConceptVersion,
    find_root,
    is_version_folder,
    list_versions,
    resolve_version,
)
from ki_concept.reporters import render_text
from ki_concept.source import Limits, load_file
from ki_concept.validate import validate_folder


def newest_version(root: Path, limits: Limits) -> Path:
    """The version adopted last (``beschlossen``); undated versions count as oldest."""
    folders = list_versions(root)
    if not folders:
        raise UserError("version.none", root=root)

    def adopted(folder: Path) -> tuple[bool, str, str]:
        parsed = load_file(folder / KONZEPT_FILE, limits)
        data = parsed.document.data if parsed.document else {}
        value = data.get("beschlossen") if isinstance(data, dict) else None
        text = str(value) if value else ""
        return (bool(text), text, folder.name)

    return max(folders, key=adopted)


def version_folder(root_option: Path | None, name: str) -> Path:
    """A version named ``name`` below the root, or ``name`` itself as a version folder."""
    as_path = Path(name)
    if as_path.is_dir() and is_version_folder(as_path):
        return as_path
    return resolve_version(find_root(root_option), name)


def choose_version(root_option: Path | None, name: str | None, limits: Limits) -> Path:
    """The folder for ``name`` (a version or a path), or the newest version."""
    if name:
        return version_folder(root_option, name)
    return newest_version(find_root(root_option), limits)


def load_checked(folder: Path, as_of: dt.date, limits: Limits) -> ConceptVersion:
    """A validated version; raises :class:`ConceptInvalid` with the errors otherwise."""
    loaded, result = validate_folder(folder, as_of, limits)
    if result.errors or loaded.version is None:
        errors = [d for d in result.diagnostics if d.severity.value == "error"]
        result.diagnostics = errors
        raise ConceptInvalid(render_text(result))
    return loaded.version
