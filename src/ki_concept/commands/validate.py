"""``ki-concept validate``."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from ki_concept.commands.common import version_folder
from ki_concept.errors import UserError
from ki_concept.loader import find_root, list_versions
from ki_concept.reporters import REPORTERS
from ki_concept.source import Limits
from ki_concept.validate import validate_folders


def select_folders(root: Path | None, targets: list[str]) -> list[Path]:
    """Version folders named by ``targets``, or all under the root."""
    if targets:
        return [version_folder(root, target) for target in targets]
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
