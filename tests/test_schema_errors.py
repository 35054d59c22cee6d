"""Schema errors: each pydantic error becomes one diagnostic at the right key or value."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ki_concept.diagnostics import Diagnostic
from ki_concept.i18n import set_language
from ki_concept.models import Handlungsfeld, Konzept, Measure, yaml_keys
from ki_concept.reading.schema_errors import describe_value, suggest_key, validate_model
from ki_concept.reading.source import Limits, Node, YamlDocument, parse_text


def document(text: str) -> YamlDocument:
    parsed = parse_text(Path("feld.yaml"), text, Limits())
    assert parsed.diagnostics == [] and parsed.document is not None
    return parsed.document


def problems(text: str, model: type[Any] = Handlungsfeld) -> list[Diagnostic]:
    found, diagnostics = validate_model(model, document(text))
    assert (found is None) == bool(diagnostics)
    return diagnostics


def at(text: str, diag: Diagnostic) -> str:
    """The text starting where the diagnostic points."""
    return text.splitlines()[diag.line - 1][diag.column - 1 :]


MEASURE = "id: F\ntitel: Feld\nmassnahmen:\n  - id: M1\n    titel: Maßnahme\n"


def test_valid_document_gives_a_model() -> None:
    model, diagnostics = validate_model(Handlungsfeld, document(MEASURE))
    assert diagnostics == []
    assert model is not None and model.measures[0].title == "Maßnahme"


# --- KI102: missing keys point at the mapping that lacks them --------------------------------


def test_missing_key_points_at_the_mapping_that_lacks_it() -> None:
    text = "id: F\ntitel: Feld\nziele:\n  - id: Z1\n    ebene: leitziel\n"
    [diag] = problems(text)
    assert (diag.rule, diag.line, diag.column, diag.path) == ("KI102", 4, 5, ("ziele", 0, "titel"))
    assert at(text, diag).startswith("id: Z1")
    assert diag.message == "Pflichtfeld 'titel' fehlt (Z1); 'titel: …' ergänzen."


def test_missing_key_at_the_top_points_at_the_first_line() -> None:
    text = "# Kommentar\n\ntitel: Feld\n"
    [diag] = problems(text)
    assert (diag.rule, diag.line, diag.column, diag.path) == ("KI102", 3, 1, ("id",))


def test_missing_keys_in_a_flow_mapping() -> None:
    text = MEASURE + "    verlauf:\n      - {datum: 2020-01-01}\n"
    [diag] = problems(text)
    assert (diag.rule, diag.line, diag.column) == ("KI102", 7, 9)
    assert at(text, diag).startswith("{datum")


# --- KI103: unknown keys, with a suggestion where one fits ----------------------------------


@pytest.mark.parametrize(
    "key, suggestion",
    [
        ("maßnahmen", "massnahmen"),
        ("Massnahmen", "massnahmen"),
        ("zeile", "ziele"),
        ("goals", "ziele"),
        ("title", "titel"),
        ("beschreibug", "beschreibung"),
        ("Beispiel", "beispiel"),
        ("measures", "massnahmen"),
        ("quelle", "quellen"),
    ],
)
def test_unknown_key_suggests_the_key_meant(key: str, suggestion: str) -> None:
    text = f"id: F\ntitel: Feld\n{key}: []\n"
    [diag] = problems(text)
    assert (diag.rule, diag.line, diag.column, diag.path) == ("KI103", 3, 1, (key,))
    assert diag.message_key == "schema.unknown_key_suggest"
    assert f"meinten Sie '{suggestion}'?" in diag.message


@pytest.mark.parametrize(
    "key, suggestion",
    [
        ("Beginn", "beginn"),
        ("verantwortliche", "verantwortlich"),
        ("kooperationspartner", "partner"),
        ("zielgruppe", "zielgruppen"),
        ("stand", "status"),
        ("end", "ende"),
        ("history", "verlauf"),
        ("daueraufgaben", "daueraufgabe"),
    ],
)
def test_unknown_measure_key_suggests_the_key_meant(key: str, suggestion: str) -> None:
    text = MEASURE + f"    {key}: x\n"
    [diag] = problems(text)
    assert (diag.rule, diag.line, diag.column) == ("KI103", 6, 5)
    assert dict(diag.params)["suggestion"] == suggestion
    assert "(M1)" in diag.message


def test_unknown_key_without_a_suggestion_lists_the_allowed_keys() -> None:
    [diag] = problems(MEASURE + "    farbe: grün\n")
    assert diag.message_key == "schema.unknown_key"
    assert diag.message.startswith("Unbekannter Schlüssel 'farbe' (M1); erlaubt sind: id, titel,")
    assert dict(diag.params)["allowed"] == ", ".join(yaml_keys(Measure))


def test_unknown_key_in_konzept() -> None:
    text = "titel: K\nversion: '1'\nhandlungsfelder_zahl: 5\n"
    [diag] = problems(text, Konzept)
    assert (diag.rule, diag.line, diag.column) == ("KI103", 3, 1)
    assert dict(diag.params)["suggestion"] == "handlungsfelder_anzahl"


@pytest.mark.parametrize(
    "key, allowed, expected",
    [
        ("maßnahmen", ["massnahmen"], "massnahmen"),
        ("Über", ["ueber"], "ueber"),
        ("ziel-gruppen", ["zielgruppen", "ziele"], "zielgruppen"),
        ("ziel_gruppen", ["zielgruppen"], "zielgruppen"),
        ("xyz", ["titel", "id"], None),
        ("title", ["id"], None),  # an English hint only when its target is allowed here
    ],
)
def test_suggest_key(key: str, allowed: list[str], expected: str | None) -> None:
    assert suggest_key(key, allowed) == expected


# --- KI101: wrong types point at the value ----------------------------------------------------


@pytest.mark.parametrize(
    "line, token, expected_message",
    [
        (
            "daueraufgabe: yes",
            "yes",
            "'daueraufgabe' (M1) muss true oder false sein, ist aber der Text 'yes'.",
        ),
        (
            "daueraufgabe: ja",
            "ja",
            "'daueraufgabe' (M1) muss true oder false sein, ist aber der Text 'ja'.",
        ),
        ("beispiel: 1", "1", "'beispiel' (M1) muss true oder false sein, ist aber die Zahl 1."),
        (
            "partner: KI",
            "KI",
            "'partner' (M1) muss eine Liste (Zeilen mit '- ') sein, ist aber der Text 'KI'.",
        ),
        (
            "verantwortlich: [KI]",
            "[KI]",
            "'verantwortlich' (M1) muss ein Text sein, ist aber eine Liste.",
        ),
        (
            "ressourcen: true",
            "true",
            "'ressourcen' (M1) muss ein Text sein, ist aber der Wahrheitswert true.",
        ),
        (
            "verlauf: {datum: x}",
            "{datum",
            "'verlauf' (M1) muss eine Liste (Zeilen mit '- ') sein, ist aber eine Zuordnung.",
        ),
        (
            "beginn: 14.12.2017",
            "14.12",
            "'beginn' (M1) muss ein Datum im Format JJJJ-MM-TT (z. B. 2017-12-14) sein, ist aber "
            "der Text '14.12.2017'.",
        ),
        (
            "ende: 2017-12-14 10:00",
            "2017-12-14 10:00",
            "'ende' (M1) muss ein Datum im Format JJJJ-MM-TT (z. B. 2017-12-14) sein, ist aber "
            "der Text '2017-12-14 10:00'.",
        ),
        (
            "ende: 20171214",
            "20171214",
            "'ende' (M1) muss ein Datum im Format JJJJ-MM-TT (z. B. 2017-12-14) sein, ist aber "
            "die Zahl 20171214.",
        ),
        (
            "indikatoren: [{name: n, istwerte: [{jahr: '2019', wert: 1}]}]",
            "'2019'",
            "'jahr' (M1) muss eine ganze Zahl sein, ist aber der Text '2019'.",
        ),
        (
            "indikatoren: [{name: n, istwerte: [{jahr: 2019, wert: '40'}]}]",
            "'40'",
            "'wert' (M1) muss eine Zahl sein, ist aber der Text '40'.",
        ),
        (
            "indikatoren: [{name: n, istwerte: [{jahr: 2019.5, wert: 1}]}]",
            "2019.5",
            "'jahr' (M1) muss eine ganze Zahl sein, ist aber die Zahl 2019.5.",
        ),
    ],
)
def test_wrong_type_points_at_the_value(line: str, token: str, expected_message: str) -> None:
    text = MEASURE + f"    {line}\n"
    [diag] = problems(text)
    assert (diag.rule, diag.line) == ("KI101", 6)
    assert at(text, diag).startswith(token)
    assert diag.message == expected_message


def test_a_decimal_where_text_belongs_asks_for_quotes() -> None:
    [diag] = problems("titel: K\nversion: 2017.10\n", Konzept)
    assert (diag.rule, diag.line, diag.column, diag.message_key) == (
        "KI101",
        2,
        10,
        "schema.quote_number",
    )


def test_whole_numbers_become_text() -> None:
    model, diagnostics = validate_model(Konzept, document("titel: 2017\nversion: 2017\n"))
    assert diagnostics == [] and model is not None and model.version == "2017"


# --- KI104: values outside what is allowed -----------------------------------------------------


def test_choice_with_suggestion() -> None:
    text = "id: F\ntitel: Feld\nziele:\n  - {id: Z, titel: T, ebene: Leitziel}\n"
    [diag] = problems(text)
    assert (diag.rule, diag.line, diag.column) == ("KI104", 4, 30)
    assert at(text, diag).startswith("Leitziel")
    assert diag.message == (
        "'ebene' (Z) hat den Wert 'Leitziel'; meinten Sie 'leitziel'? "
        "Erlaubt sind: leitziel, mittlerziel, handlungsziel, detailziel."
    )


def test_choice_without_suggestion() -> None:
    [diag] = problems("id: F\ntitel: Feld\nziele:\n  - {id: Z, titel: T, ebene: oben}\n")
    assert diag.message_key == "schema.choice"


@pytest.mark.parametrize("value, found", [("[oben]", "eine Liste"), ("{a: b}", "eine Zuordnung")])
def test_a_list_or_mapping_for_a_choice_is_a_wrong_type(value: str, found: str) -> None:
    text = f"id: F\ntitel: Feld\nziele:\n  - id: Z\n    titel: T\n    ebene: {value}\n"
    [diag] = problems(text)
    assert (diag.rule, diag.line, diag.column) == ("KI101", 6, 12)
    assert diag.message == f"'ebene' (Z) muss ein Text sein, ist aber {found}."


@pytest.mark.parametrize(
    "text, position",
    [
        ("id: F\ntitel: ''\n", (2, 8)),
        ('id: ""\ntitel: Feld\n', (1, 5)),
        ("id: F\ntitel: Feld\nmassnahmen:\n  - {id: '', titel: M}\n", (4, 10)),
        ("id: F\ntitel: Feld\nmassnahmen:\n  - id: M1\n    titel: M\n    partner: ['']\n", (6, 15)),
    ],
)
def test_empty_text_where_text_is_required(text: str, position: tuple[int, int]) -> None:
    found = problems(text)
    assert [(d.rule, (d.line, d.column), d.message_key) for d in found] == [
        ("KI104", position, "schema.empty")
    ]
    assert found[0].message.endswith("darf nicht leer sein; einen Text eintragen.")


def test_impossible_date_url_and_negative_count() -> None:
    text = (
        "titel: K\nversion: '1'\nbeschlossen: 2017-02-30\nquellen:\n  H1: ftp://x.org\n"
        "  H2: www.x.org\nhandlungsfelder_anzahl: -1\n"
    )
    found = problems(text, Konzept)
    assert [(d.rule, d.line, d.column, d.message_key) for d in found] == [
        ("KI104", 3, 14, "schema.no_such_day"),
        ("KI104", 5, 7, "schema.url"),
        ("KI104", 6, 7, "schema.url"),
        ("KI104", 7, 25, "schema.too_small"),
    ]


def test_several_problems_in_one_file_are_all_reported() -> None:
    text = "titel: Feld\nziele: x\nmassnahmen:\n  - titel: M\n    farbe: rot\n"
    found = problems(text)
    assert sorted((d.rule, d.line, d.column) for d in found) == [
        ("KI101", 2, 8),
        ("KI102", 1, 1),
        ("KI102", 4, 5),
        ("KI103", 5, 5),
    ]


# --- wording -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, german, english",
    [
        (None, "leer", "empty"),
        (True, "der Wahrheitswert true", "the boolean true"),
        (12, "die Zahl 12", "the number 12"),
        ("x" * 50, "der Text '" + "x" * 39 + "…'", "the text '" + "x" * 39 + "…'"),
        ([1], "eine Liste", "a list"),
        ({}, "eine Zuordnung", "a mapping"),
    ],
)
def test_describe_value(value: object, german: str, english: str) -> None:
    described = describe_value(value)
    assert str(described) == german
    set_language("en")
    assert str(described) == english  # the same phrase, rendered in the new language


def test_messages_in_english() -> None:
    set_language("en")
    [diag] = problems(MEASURE + "    daueraufgabe: yes\n")
    assert diag.message == "'daueraufgabe' (M1) must be true or false, but is the text 'yes'."


# --- any data gives a model or clean diagnostics ----------------------------------------------

_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 3000),
    st.floats(allow_nan=False),
    st.sampled_from(["", "F", "leitziel", "2017-12-14", "2017-02-30", "https://x.org", "laufend"]),
)
_KEYS = st.sampled_from(yaml_keys(Handlungsfeld) + yaml_keys(Measure) + ["x", "ebene", "jahr"])
_DATA = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_KEYS, _DATA, max_size=6))
def test_any_data_gives_a_model_or_diagnostics_at_real_positions(data: dict[str, Any]) -> None:
    doc = YamlDocument(Path("f.yaml"), "", data, {(): Node("map", 1, 1, 0, 0)})
    model, found = validate_model(Handlungsfeld, doc)
    assert (model is None) == bool(found)
    for diag in found:
        assert diag.rule in {"KI101", "KI102", "KI103", "KI104"}
        assert (diag.line, diag.column) == (1, 1)
        assert diag.message and "{" not in diag.message


def test_message_follows_the_language_active_when_printed(tmp_path: Path) -> None:
    """Diagnostics made in German read fully in English when printed in English."""
    from ki_concept.i18n import set_language
    from ki_concept.models import Handlungsfeld
    from ki_concept.reading.schema_errors import validate_model
    from ki_concept.reading.source import Limits, parse_text

    parsed = parse_text(tmp_path / "f.yaml", "id: F\ntitel: [a]\n", Limits())
    assert parsed.document is not None
    set_language("de")
    _, problems = validate_model(Handlungsfeld, parsed.document)
    assert problems[0].message == "'titel' muss ein Text sein, ist aber eine Liste."
    set_language("en")
    assert problems[0].message == "'titel' must be text, but is a list."
    set_language(None)
