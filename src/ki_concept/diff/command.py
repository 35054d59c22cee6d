"""``ki-concept diff``."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path

from ki_concept import terminal
from ki_concept.checking import check_loaded
from ki_concept.diagnostics import Result, display_path
from ki_concept.diff.changes import select
from ki_concept.diff.compare import comparable_keys, compare_versions
from ki_concept.diff.render import RENDERERS, RenderOptions
from ki_concept.diff.report import DiffReport, Side
from ki_concept.errors import UserError
from ki_concept.i18n import t
from ki_concept.matching import similar
from ki_concept.reading.files import GitSpec
from ki_concept.reading.loader import LoadedVersion
from ki_concept.run import Run
from ki_concept.validate.render import render_text


@dataclasses.dataclass
class _Loaded:
    label: str
    source: str
    loaded: LoadedVersion
    result: Result


def check_fields(names: Sequence[str]) -> None:
    """Every ``--only``/``--ignore`` value must be a key a record can name."""
    known = comparable_keys()
    for name in names:
        if name in known:
            continue
        close = similar(name, sorted(known), n=1)
        if close:
            raise UserError("diff.unknown_field_suggest", field=name, suggestion=close[0])
        raise UserError("diff.unknown_field", field=name, choices=", ".join(sorted(known)))


def _load(spec: str, target: Path | GitSpec, run: Run) -> _Loaded:
    if isinstance(target, Path):
        loaded, result = run.validate(target, run.today)
        return _Loaded(spec, display_path(target), loaded, result)
    loaded = run.load_revision(target)
    return _Loaded(spec, loaded.files.label, loaded, check_loaded(loaded, run.today))


def _valid(side: _Loaded) -> bool:
    return side.loaded.version is not None and side.loaded.complete and not side.result.errors


def _terminal() -> RenderOptions:
    return RenderOptions(color=terminal.use_color(), width=terminal.width())


def run_diff(
    run: Run,
    *,
    old: str,
    new: str,
    output_format: str = "text",
    only: Sequence[str] = (),
    ignore: Sequence[str] = (),
    exit_code: bool = False,
    options: RenderOptions | None = None,
) -> int:
    """Compare two versions and print the differences.

    0 when done (with ``exit_code``: no differences), 1 differences found with
    ``exit_code``, 2 when a side cannot be read or does not validate.
    """
    check_fields([*only, *ignore])
    old_target = run.side(old)
    new_target = run.side(new)
    old_side = _load(old, old_target, run)
    if (
        isinstance(new_target, Path)
        and isinstance(old_target, Path)
        and (new_target.resolve() == old_target.resolve())
    ):
        new_side = dataclasses.replace(old_side, label=new)
    else:
        new_side = _load(new, new_target, run)

    sides = [old_side] if new_side.loaded is old_side.loaded else [old_side, new_side]
    invalid = [side for side in sides if not _valid(side)]
    for side in invalid:
        sys.stderr.write(render_text(side.result))
        sys.stderr.write(t("diff.invalid", label=side.label, errors=side.result.errors) + "\n")
    if invalid:
        return 2
    assert old_side.loaded.version is not None and new_side.loaded.version is not None

    changes = select(
        compare_versions(old_side.loaded.version, new_side.loaded.version), only=only, ignore=ignore
    )
    report = DiffReport(
        Side(old_side.label, old_side.source, old_side.loaded.version),
        Side(new_side.label, new_side.source, new_side.loaded.version),
        changes,
        only=list(only),
        ignore=list(ignore),
    )
    sys.stdout.write(RENDERERS[output_format](report, options or _terminal()))
    return 1 if exit_code and changes else 0
