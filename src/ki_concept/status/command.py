"""``ki-concept status``."""

from __future__ import annotations

import datetime as dt
import sys

from ki_concept import terminal
from ki_concept.errors import UserError
from ki_concept.escaping import visible
from ki_concept.i18n import t
from ki_concept.matching import match_id, similar
from ki_concept.progress import NOT_STARTED, UNKNOWN, Filters, build_report
from ki_concept.run import Run
from ki_concept.status.render import RENDERERS, Layout


def run_status(
    run: Run,
    *,
    version_name: str | None,
    grouping: str,
    statuses: list[str],
    field_id: str | None,
    responsible: str | None,
    overdue_only: bool,
    examples: bool,
    as_of: dt.date,
    listing: bool,
    output_format: str,
    separator: str,
) -> int:
    """Print where the concept stands; 0 on success."""
    version = run.checked(run.choose(version_name), as_of)

    allowed = [NOT_STARTED, *version.vocabulary.ids, UNKNOWN]
    for status in statuses:
        if status not in allowed:
            raise UserError(
                "cli.bad_choice", value=status, option="--status", choices=", ".join(allowed)
            )
    field_ids = [f.model.id for f in version.fields]
    if field_id is not None and field_id not in field_ids:
        meant = match_id(field_id, field_ids)
        if meant is not None:
            sys.stderr.write(visible(t("id_used", id=meant, typed=field_id), one_line=True) + "\n")
            field_id = meant
    if field_id is not None and field_id not in field_ids:
        close = similar(field_id, field_ids, n=3, cutoff=0.4)
        raise UserError("status.unknown_field", id=field_id, choices=", ".join(close or field_ids))

    filters = Filters(tuple(statuses), field_id, responsible, overdue_only, examples)
    report = build_report(version, as_of, grouping, filters, today=run.today)
    layout = Layout(listing, separator, terminal.use_color(), terminal.width())
    out = RENDERERS[output_format](report, layout)
    sys.stdout.write(out)
    return 0
