"""What a check gets to look at."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ki_concept.reading.loader import ConceptVersion


@dataclass
class RuleContext:
    version: ConceptVersion
    as_of: dt.date
    # Goal ids written in any file, also one that failed its schema: not dangling.
    raw_ids: set[str] = field(default_factory=set)
    # False when some file failed to load; checks that need every file stay quiet then.
    complete: bool = True
    # Each field file present, by its field's id or, unread, its name; None if unknown.
    field_names: tuple[str, ...] | None = None
    # The date a 'status' without 'verlauf' speaks for.
    today: dt.date = field(default_factory=dt.date.today)
