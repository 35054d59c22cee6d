"""Finding what a user probably meant: ids, keys and names that look alike."""

from __future__ import annotations


def similar(value: str, candidates: list[str], *, n: int = 1, cutoff: float = 0.6) -> list[str]:
    """Candidates that look like ``value``, best first (``difflib``'s measure, case counts)."""
    import difflib  # only a mistake needs it: runs without one skip the import

    return difflib.get_close_matches(value, candidates, n=n, cutoff=cutoff)


def close_matches(
    value: str, candidates: list[str], *, n: int = 1, cutoff: float = 0.6
) -> list[str]:
    """Candidates that look like ``value``, best first; case alone never hides a match."""
    folded = {candidate.casefold(): candidate for candidate in candidates}
    key = value.casefold()
    if key in folded:  # only the case differs: that is the one
        return [folded[key]]
    return [folded[m] for m in similar(key, list(folded), n=n, cutoff=cutoff)]
