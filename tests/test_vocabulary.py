"""Status words: looked up by id, the first of a repeated id counting."""

from __future__ import annotations

from ki_concept.vocabulary import StatusWord, Vocabulary


def test_status_words_are_found_by_id_and_the_first_one_wins() -> None:
    first = StatusWord("laufend", "läuft", "running", False)
    second = StatusWord("laufend", "zweites", "second", True)
    vocabulary = Vocabulary((first, second, StatusWord("fertig", "fertig", "done", True)))
    assert "laufend" in vocabulary and "fertig" in vocabulary
    assert "nichts" not in vocabulary and None not in vocabulary and 3 not in vocabulary
    assert vocabulary.get("laufend") is first
    assert not vocabulary.is_finished("laufend") and vocabulary.is_finished("fertig")
    assert vocabulary.title("unbekannt") == "unbekannt"
