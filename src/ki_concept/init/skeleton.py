"""The commented skeleton of a new concept: ``konzept.yaml`` and one Handlungsfeld.

The texts are message templates (German, or English with ``--lang en``) with a comment
for every key of docs/format.md; only the title, the version and today's date are filled
in, each written as a YAML scalar.
"""

from __future__ import annotations

import datetime as dt

from ki_concept.edit.render import double_quoted, scalar
from ki_concept.i18n import t
from ki_concept.reading.files import FIELDS_FOLDER, KONZEPT_FILE


def skeleton(title: str, version: str, today: dt.date) -> dict[str, str]:
    """File path inside the version folder → text."""
    return {
        KONZEPT_FILE: t(
            "init.skeleton.konzept", title=scalar(title), version=double_quoted(version)
        ),
        f"{FIELDS_FOLDER}/{t('init.skeleton.field_file')}": t(
            "init.skeleton.field", today=today.isoformat()
        ),
    }
