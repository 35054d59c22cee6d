"""``ki-concept show``."""

from __future__ import annotations

import datetime as dt
import sys

from ki_concept.errors import UserError
from ki_concept.escaping import visible
from ki_concept.i18n import t
from ki_concept.matching import match_id
from ki_concept.run import Run
from ki_concept.show.lookup import all_ids, by_title, closest_ids, find_item
from ki_concept.show.render import RENDERERS, Shown


def run_show(
    run: Run,
    *,
    item_id: str,
    version_name: str | None,
    as_of: dt.date,
    output_format: str,
) -> int:
    """Print everything about one item; unknown id → exit 2 with the closest ids."""
    version = run.checked(run.choose(version_name), as_of)
    found = find_item(version, item_id)
    if found is None:
        meant = match_id(item_id, all_ids(version))
        if meant is not None:
            sys.stderr.write(visible(t("id_used", id=meant, typed=item_id), one_line=True) + "\n")
            found = find_item(version, meant)
    if found is None:
        titled = by_title(version, item_id)
        if len(titled) == 1:
            found = titled[0]
            sys.stderr.write(t("show.found_by_title", id=found.item.id, words=item_id) + "\n")
        elif titled:
            listed = "; ".join(
                t(
                    "show.title_match",
                    id=f.item.id,
                    kind=t("show.kind." + f.kind),
                    title=f.item.title,
                )
                for f in titled
            )
            raise UserError("show.title_matches", words=item_id, count=len(titled), items=listed)
    if found is None:
        close = closest_ids(version, item_id)
        if close:
            raise UserError(
                "show.unknown_id_suggest",
                id=item_id,
                version=version.name,
                choices=", ".join(close),
            )
        raise UserError("show.unknown_id", id=item_id, version=version.name)
    sys.stdout.write(RENDERERS[output_format](Shown(version, found, as_of, run.today)))
    return 0
