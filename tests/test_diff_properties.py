"""Laws of the comparison on generated concepts, and its cost on large ones."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ki_concept.diff.compare import MAX_CANDIDATES, compare_versions
from ki_concept.models import Handlungsfeld, Konzept
from ki_concept.reading.files import FolderFiles
from ki_concept.reading.loader import ConceptVersion, FieldFile
from ki_concept.reading.source import YamlDocument
from ki_concept.vocabulary import Vocabulary

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüß ", min_size=1, max_size=30).map(
    lambda s: s.strip() or "x"
)
names = st.lists(words, max_size=4)
dates = st.dates().map(lambda d: d.isoformat())


def version_of(konzept: dict[str, Any], fields: list[dict[str, Any]]) -> ConceptVersion:
    """A version built in memory, as the loader would after validation."""
    model = Konzept.model_validate(konzept)
    files = [
        FieldFile(
            Path(f"{i}.yaml"),
            YamlDocument(Path(f"{i}.yaml"), "", data),
            Handlungsfeld.model_validate(data),
        )
        for i, data in enumerate(fields)
    ]
    return ConceptVersion(
        "v",
        FolderFiles(Path("v")),
        model,
        YamlDocument(Path("konzept.yaml"), "", konzept),
        files,
        Vocabulary.for_konzept(model),
    )


@st.composite
def concepts(draw: st.DrawFn) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    konzept = {
        "titel": draw(words),
        "version": "1",
        "zielgruppen": draw(names),
        "quellen_konzept": draw(names),
    }
    fields = []
    for f in range(draw(st.integers(1, 3))):
        goals = [
            {
                "id": f"F{f}-Z{g}",
                "titel": draw(words),
                "ebene": "handlungsziel",
                "indikatoren": [
                    {
                        "name": draw(words),
                        "istwerte": [{"jahr": 2016, "wert": draw(st.integers(0, 9))}],
                    }
                ],
            }
            for g in range(draw(st.integers(0, 3)))
        ]
        measures = []
        for m in range(draw(st.integers(0, 4))):
            item: dict[str, Any] = {
                "id": f"F{f}-M{m}",
                "titel": draw(words),
                "beschreibung": draw(st.none() | st.text(max_size=80)),
                "ziele": [g["id"] for g in goals[: draw(st.integers(0, len(goals)))]],
                "status": draw(st.sampled_from(["idee", "geplant", "laufend"])),
                "partner": draw(names),
                "zielgruppen": draw(names),
                "beginn": draw(st.none() | dates),
                "frueher": draw(st.lists(st.sampled_from(["X-1", "X-2"]), max_size=2)),
            }
            measures.append(item)
        fields.append({"id": f"F{f}", "titel": draw(words), "ziele": goals, "massnahmen": measures})
    return konzept, fields


def _reverse_lists(data: Any) -> Any:
    """The same data with every list of texts in reverse order."""
    if isinstance(data, dict):
        return {k: _reverse_lists(v) for k, v in data.items()}
    if isinstance(data, list):
        items = [_reverse_lists(v) for v in data]
        return items[::-1] if all(isinstance(v, str) for v in items) else items
    return data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(concepts())
def test_a_version_compared_with_itself_is_empty(concept: tuple[dict[str, Any], Any]) -> None:
    konzept, fields = concept
    version = version_of(konzept, fields)
    assert compare_versions(version, version) == []
    # Separately built models, and lists of texts in another order: still no difference.
    again = version_of(_reverse_lists(konzept), _reverse_lists(fields))
    assert compare_versions(version, again) == []


def _big(prefix: str, n_fields: int, n_measures: int) -> ConceptVersion:
    fields = []
    for f in range(n_fields):
        goals = [
            {
                "id": f"{prefix}{f}-Z{g}",
                "titel": f"Ziel {f} {g} über Bildung und Arbeit",
                "ebene": "handlungsziel",
            }
            for g in range(10)
        ]
        measures = [
            {
                "id": f"{prefix}{f}-M{m}",
                "titel": f"Maßnahme {f} {m} zur Integration im Kreis",
                "beschreibung": "Beschreibung " * 20,
                "ziele": [goals[m % 10]["id"]],
                "status": "laufend",
                "partner": ["A", "B"],
            }
            for m in range(n_measures)
        ]
        fields.append(
            {"id": f"{prefix}F{f}", "titel": f"Feld {f}", "ziele": goals, "massnahmen": measures}
        )
    return version_of({"titel": "Groß", "version": "1"}, fields)


def test_large_revisions_bound_the_rename_guess() -> None:
    """5,000 measures where every id changed: the possible-rename pass looks at a bounded
    number of candidates (speed itself is measured in bench/, not here)."""
    old = _big("A", 50, 100)
    assert compare_versions(old, _big("A", 50, 100)) == []
    changes = compare_versions(old, _big("B", 50, 100))
    guesses = [c for c in changes if c.kind == "possible_rename"]
    assert 0 < len(guesses) <= 3 * MAX_CANDIDATES
