"""Finding what a user probably meant: ids, keys and names that look alike."""

from __future__ import annotations

from collections.abc import Iterable


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


def case_matches(wanted: str, ids: Iterable[str]) -> list[str]:
    """The ids that equal ``wanted`` ignoring case, each once, in the order given."""
    key = wanted.casefold()
    return list(dict.fromkeys(i for i in ids if i.casefold() == key))


def match_id(wanted: str, ids: Iterable[str]) -> str | None:
    """The id the user meant: ``wanted`` itself, else the one id equal to it ignoring case.

    ``None`` when there is no such id or several differ only in case; ``case_matches``
    lists those.
    """
    candidates = list(ids)
    if wanted in candidates:
        return wanted
    found = case_matches(wanted, candidates)
    return found[0] if len(found) == 1 else None
