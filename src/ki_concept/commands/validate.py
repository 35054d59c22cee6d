"""``ki-concept validate``."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from ki_concept.errors import UserError
from ki_concept.loader import find_root, is_version_folder, list_versions, resolve_version
from ki_concept.reporters import REPORTERS
from ki_concept.source import Limits
from ki_concept.validate import validate_folders


def select_folders(root: Path | None, targets: list[str]) -> list[Path]:
    """Version folders named by ``targets``, or all under the root."""
    if targets:
        base = None
        folders = []
        for target in targets:
            as_path = Path(target)
            if as_path.is_dir() and is_version_folder(as_path):
                folders.append(as_path)
                continue
            base = base or find_root(root)
            folders.append(resolve_version(base, target))
        return folders
    base = find_root(root)
    folders = list_versions(base)
    if not folders:
        raise UserError("version.none", root=base)
    return folders


def run_validate(*, root: Path | None, targets: list[str], output_format: str, strict: bool,
                 as_of: dt.date, limits: Limits) -> int:
    """Check the versions and print the result; 0 clean, 1 problems found."""
    folders = select_folders(root, targets)
    result = validate_folders(folders, as_of, limits)
    sys.stdout.write(REPORTERS[output_format](result))
    if result.errors or (strict and result.warnings):
        return 1
    return 0
