"""``ki-concept validate``."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from ki_concept.checking import combine
from ki_concept.run import Run
from ki_concept.validate.render import REPORTERS


def select_folders(run: Run, targets: list[str]) -> list[Path]:
    """Version folders named by ``targets``, or all under the root."""
    if targets:
        return [run.folder(target) for target in targets]
    return run.versions()


def run_validate(
    run: Run, *, targets: list[str], output_format: str, strict: bool, as_of: dt.date
) -> int:
    """Check the versions and print the result; 0 clean, 1 problems found."""
    folders = select_folders(run, targets)
    result = combine([run.validate(folder, as_of)[1] for folder in folders])
    sys.stdout.write(REPORTERS[output_format](result))
    if result.errors or (strict and result.warnings):
        return 1
    return 0
