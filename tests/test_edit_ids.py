"""Which item an id on the command line names: exact ids and ids that differ only in case."""

from __future__ import annotations

from ki_concept.matching import case_matches, match_id


def test_match_id_prefers_the_exact_id_then_the_one_that_differs_in_case() -> None:
    ids = ["ENGAGEMENT-M3", "Engagement-m4", "ENGAGEMENT-M4", "BILDUNG-M1"]
    assert match_id("ENGAGEMENT-M3", ids) == "ENGAGEMENT-M3"
    assert match_id("engagement-m3", ids) == "ENGAGEMENT-M3"
    assert match_id("Engagement-m4", ids) == "Engagement-m4"  # exact beats two case matches
    assert match_id("engagement-M4", ids) is None  # two ids differ from it only in case
    assert case_matches("engagement-M4", ids) == ["Engagement-m4", "ENGAGEMENT-M4"]
    assert match_id("BILDUNG-M2", ids) is None and case_matches("BILDUNG-M2", ids) == []
    assert match_id("straße", iter(["STRASSE"])) == "STRASSE"  # casefold, from any iterable
