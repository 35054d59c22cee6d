"""Finding what a user probably meant: ids, keys and names that look alike."""

from __future__ import annotations

import difflib


def close_matches(value: str, candidates: list[str], *, n: int = 1,
                  cutoff: float = 0.6) -> list[str]:
    """Candidates that look like ``value``, best first; case alone never hides a match."""
    folded = {candidate.casefold(): candidate for candidate in candidates}
    key = value.casefold()
    if key in folded:  # only the case differs: that is the one
        return [folded[key]]
    return [folded[m] for m in difflib.get_close_matches(key, list(folded), n=n, cutoff=cutoff)]
