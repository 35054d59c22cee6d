"""Checks across a version (KI2xx–KI4xx): what each finds, and where it points."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ki_concept.checking import combine, validate_folder
from ki_concept.diagnostics import RULES, Diagnostic, Severity
from ki_concept.reading.loader import list_versions
from ki_concept.rules import CHECKS
from tests.conftest import BUNDLED

AS_OF = dt.date(2020, 1, 1)
KONZEPT = "titel: Testkonzept\nversion: '1'\nquellen:\n  Q1: https://example.org/q1\n"
GOALS = "ziele:\n  - id: Z1\n    titel: Ziel\n    ebene: leitziel\n"


def field(measures: str, goals: str = GOALS, head: str = "id: F\ntitel: Feld\n") -> str:
    return head + goals + "massnahmen:\n" + measures


def measure(mid: str = "M1", extra: str = "", status: str = "laufend") -> str:
    return (
        f"  - id: {mid}\n    titel: Maßnahme {mid}\n    ziele: [Z1]\n    status: {status}\n" + extra
    )


Found = tuple[str, str, int, int, str]


def check(
    tmp_path: Path, konzept: str = KONZEPT, as_of: dt.date = AS_OF, **fields: str
) -> list[Found]:
    """Validate a version; each diagnostic as (rule, file, line, column, text found there)."""
    folder = tmp_path / "v"
    (folder / "handlungsfelder").mkdir(parents=True)
    (folder / "konzept.yaml").write_text(konzept, encoding="utf-8")
    for name, text in fields.items():
        (folder / "handlungsfelder" / f"{name}.yaml").write_text(text, encoding="utf-8")
    _, result = validate_folder(folder, as_of)
    return [_found(d) for d in result.sorted()]


def diagnostics(tmp_path: Path, konzept: str = KONZEPT, **fields: str) -> list[Diagnostic]:
    folder = tmp_path / "v"
    (folder / "handlungsfelder").mkdir(parents=True)
    (folder / "konzept.yaml").write_text(konzept, encoding="utf-8")
    for name, text in fields.items():
        (folder / "handlungsfelder" / f"{name}.yaml").write_text(text, encoding="utf-8")
    return validate_folder(folder, AS_OF)[1].sorted()


def _found(diag: Diagnostic) -> Found:
    lines = diag.file.read_text(encoding="utf-8").splitlines() if diag.file.is_file() else []
    line = lines[diag.line - 1] if diag.line <= len(lines) else ""
    token = line[diag.column - 1 :].split(",")[0].split("]")[0].split("}")[0]
    return (diag.rule, diag.file.name, diag.line, diag.column, token)


def test_every_rule_module_is_registered() -> None:
    from ki_concept.rules import dates, ids, references, status, structure

    assert set(CHECKS) == {m.check for m in (dates, ids, references, status, structure)}


def test_a_clean_version_has_no_diagnostic(tmp_path: Path) -> None:
    assert check(tmp_path, feld=field(measure())) == []


def test_the_bundled_concept_has_no_errors() -> None:
    result = combine([validate_folder(f, dt.date(2018, 1, 1))[1] for f in list_versions(BUNDLED)])
    assert [d for d in result.diagnostics if d.severity is Severity.ERROR] == []
    assert result.versions_checked == ["2013", "2017"]
    assert "KI401" in {d.rule for d in result.diagnostics}  # the documents contradict themselves


# --- KI201, KI205: unique ids ------------------------------------------------------------------


def test_duplicate_ids_across_files_point_at_the_later_one(tmp_path: Path) -> None:
    second = field(
        measure("M2") + measure("M2") + measure("F"),
        goals="ziele:\n  - id: Z1\n    titel: Doppelt\n    ebene: leitziel\n",
        head="id: G\ntitel: Zweites Feld\n",
    )
    found = diagnostics(tmp_path, a=field(measure()), b=second)
    assert [_found(d) for d in found] == [
        ("KI201", "b.yaml", 4, 9, "Z1"),
        ("KI201", "b.yaml", 12, 9, "M2"),
        ("KI201", "b.yaml", 16, 9, "F"),
    ]
    assert found[0].message.startswith("Id 'Z1' ist schon vergeben (zuerst in ")
    assert str(dict(found[0].params)["first"]).endswith("a.yaml:4")
    assert str(dict(found[1].params)["first"]).endswith("b.yaml:8")
    assert str(dict(found[2].params)["first"]).endswith("a.yaml:1")


def test_duplicate_status_values(tmp_path: Path) -> None:
    konzept = KONZEPT + (
        "statuswerte:\n  - {id: offen, titel: offen}\n  - {id: fertig, titel: fertig,"
        " abgeschlossen: true}\n  - {id: offen, titel: Offen}\n"
    )
    found = check(tmp_path, konzept, feld=field(measure(status="offen")))
    assert found == [("KI205", "konzept.yaml", 8, 10, "offen")]


# --- KI202, KI203, KI206, KI402: references ----------------------------------------------------


def test_unknown_goals(tmp_path: Path) -> None:
    measures = (
        "  - id: M1\n    titel: M\n    ziele: [Z1, z11, ganz-anders]\n"
        "  - id: M2\n    titel: M\n    ziele:\n      - M1\n      - F\n"
    )
    found = diagnostics(tmp_path, feld=field(measures))
    assert [_found(d) for d in found] == [
        ("KI202", "feld.yaml", 10, 17, "z11"),
        ("KI202", "feld.yaml", 10, 22, "ganz-anders"),
        ("KI202", "feld.yaml", 14, 9, "M1"),  # a measure is no goal
        ("KI202", "feld.yaml", 15, 9, "F"),  # nor is a field
    ]
    assert found[0].message == (
        "Maßnahme 'M1' verweist auf das Ziel 'z11', das es nicht gibt; meinten Sie 'Z1'?"
    )
    assert "das Ziel unter 'ziele' anlegen" in found[1].message


def test_goals_in_a_file_that_fails_its_schema_still_resolve(tmp_path: Path) -> None:
    broken = "id: G\ntitel: Kaputt\nfarbe: rot\nziele:\n  - {id: G-Z1, titel: Z, ebene: leitziel}\n"
    measures = "  - id: M1\n    titel: M\n    ziele: [Z1, G-Z1]\n"
    found = check(tmp_path, feld=field(measures), kaputt=broken)
    assert found == [("KI103", "kaputt.yaml", 3, 1, "farbe: rot")]


def test_unknown_sources_everywhere(tmp_path: Path) -> None:
    konzept = KONZEPT + "quellen_konzept: [Q1, Q7]\n"
    text = field(
        measure(extra="    quellen:\n      - Q1\n      - Q2\n"),
        goals="ziele:\n  - id: Z1\n    titel: Z\n    ebene: leitziel\n    quellen: [H9]\n",
        head="id: F\ntitel: Feld\nquellen: [q1]\n",
    )
    found = diagnostics(tmp_path, konzept, feld=text)
    assert [_found(d) for d in found] == [
        ("KI203", "feld.yaml", 3, 11, "q1"),
        ("KI203", "feld.yaml", 8, 15, "H9"),
        ("KI203", "feld.yaml", 16, 9, "Q2"),
        ("KI203", "konzept.yaml", 5, 23, "Q7"),
    ]
    assert "meinten Sie 'Q1'?" in found[0].message
    assert found[1].message == (
        "Quelle 'H9' ist in konzept.yaml unter 'quellen' nicht definiert; dort 'H9: https://…' "
        "ergänzen."
    )


def test_unknown_priorities(tmp_path: Path) -> None:
    konzept = KONZEPT + "schwerpunkte:\n  - {id: BILDUNG, titel: Bildung}\n  - titel: Ohne Id\n"
    found = check(
        tmp_path, konzept, feld=field(measure(extra="    schwerpunkte: [BILDUNG, QUER]\n"))
    )
    assert found == [("KI206", "feld.yaml", 12, 29, "QUER")]


def test_goal_without_measure(tmp_path: Path) -> None:
    goals = GOALS + "  - id: Z2\n    titel: Ohne\n    ebene: mittlerziel\n"
    found = diagnostics(tmp_path, feld=field(measure(), goals=goals))
    assert [_found(d) for d in found] == [("KI402", "feld.yaml", 7, 9, "Z2")]
    assert found[0].severity is Severity.WARNING


def test_the_field_count_counts_files_present_and_unused_goals_wait(tmp_path: Path) -> None:
    goals = GOALS + "  - id: Z2\n    titel: Ohne\n    ebene: mittlerziel\n"
    konzept = KONZEPT + "handlungsfelder_anzahl: 4\n"
    found = check(tmp_path, konzept, feld=field(measure(), goals=goals), kaputt="id: [\n")
    # The broken file is a file present (2, not 4); it may hold a measure for Z2: no KI402.
    assert [f[0] for f in found] == ["KI010", "KI401"]
    unreadable = diagnostics(tmp_path / "b", konzept, feld=field(measure()), kaputt="id: [\n")
    (count,) = [d for d in unreadable if d.rule == "KI401"]
    assert "2 Datei(en) (F, kaputt.yaml)" in count.message


# --- KI204, KI302, KI303, KI304: status -----------------------------------------------------------


def test_unknown_status_in_measure_and_history(tmp_path: Path) -> None:
    extra = (
        "    verlauf:\n      - {datum: 2019-01-01, status: in Planung}\n"
        "      - {datum: 2019-02-01, status: laufend}\n"
    )
    found = diagnostics(tmp_path, feld=field(measure(status="lauffend") + measure("M2", extra)))
    assert [_found(d) for d in found] == [
        ("KI204", "feld.yaml", 11, 13, "lauffend"),
        ("KI204", "feld.yaml", 17, 37, "in Planung"),
    ]
    assert "meinten Sie 'laufend'?" in found[0].message
    assert found[1].message_key == "rule.unknown_status"


def test_custom_vocabulary_replaces_the_default(tmp_path: Path) -> None:
    konzept = KONZEPT + (
        "statuswerte:\n  - {id: offen, titel: offen}\n  - {id: offen, titel: doppelt}\n"
        "  - {id: erledigt, titel: erledigt, abgeschlossen: true}\n"
    )
    found = diagnostics(tmp_path, konzept, feld=field(measure() + measure("M2", status="erledigt")))
    assert [d.rule for d in found] == ["KI204", "KI302", "KI205"]
    assert dict(found[0].params)["choices"] == "offen, erledigt"  # listed once


def test_finished_measures_need_an_end(tmp_path: Path) -> None:
    measures = (
        measure("M1", status="umgesetzt")
        + measure("M2", "    daueraufgabe: true\n", status="verstetigt")
        + measure("M3", "    ende: 2019-06-30\n", status="entfallen")
        + measure("M4", status="ruhend")
    )
    found = diagnostics(tmp_path, feld=field(measures))
    assert [_found(d) for d in found] == [("KI302", "feld.yaml", 11, 13, "umgesetzt")]
    assert found[0].message == (
        "Maßnahme 'M1' ist 'umgesetzt', hat aber kein 'ende'; das Enddatum ergänzen oder "
        "'daueraufgabe: true' setzen."
    )


def test_history_order_and_last_status(tmp_path: Path) -> None:
    history = (
        "    verlauf:\n      - {datum: 2018-01-01, status: geplant}\n"
        "      - {datum: 2019-03-01, status: laufend}\n"
        "      - {datum: 2019-02-01, status: geplant}\n"
    )
    found = diagnostics(tmp_path, feld=field(measure(extra=history)))
    assert [_found(d) for d in found] == [
        ("KI303", "feld.yaml", 15, 17, "2019-02-01"),
        ("KI304", "feld.yaml", 15, 37, "geplant"),
    ]
    assert dict(found[0].params) == {"date": "2019-02-01", "previous": "2019-03-01"}
    assert dict(found[1].params)["last"] == "geplant"


def test_history_without_measure_status(tmp_path: Path) -> None:
    text = field(
        "  - id: M1\n    titel: M\n    ziele: [Z1]\n    verlauf:\n"
        "      - datum: 2019-01-01\n        status: idee\n"
    )
    found = diagnostics(tmp_path, feld=text)
    assert [_found(d) for d in found] == [("KI304", "feld.yaml", 13, 17, "idee")]
    assert dict(found[0].params)["status"] == "—"


def test_history_agreeing_with_status_is_fine(tmp_path: Path) -> None:
    history = (
        "    verlauf:\n      - {datum: 2018-01-01, status: geplant}\n"
        "      - {datum: 2018-01-01, status: laufend}\n"
    )
    assert check(tmp_path, feld=field(measure(extra=history))) == []


# --- KI301, KI305, KI306: dates ---------------------------------------------------------------


def test_end_before_start(tmp_path: Path) -> None:
    extra = "    beginn: 2019-05-01\n    ende: 2019-04-30\n"
    found = diagnostics(tmp_path, feld=field(measure(extra=extra, status="umgesetzt")))
    assert [_found(d) for d in found] == [("KI301", "feld.yaml", 13, 11, "2019-04-30")]
    assert dict(found[0].params) == {"id": "M1", "start": "2019-05-01", "end": "2019-04-30"}


@pytest.mark.parametrize(
    "status, end, overdue",
    [
        ("laufend", "2019-12-31", True),
        ("geplant", "2019-12-31", True),
        ("laufend", "2020-01-01", False),  # ends on the reference day: not yet overdue
        ("umgesetzt", "2019-12-31", False),
        ("entfallen", "2015-01-01", False),
        ("unbekannt", "2019-12-31", False),  # KI204 says enough
    ],
)
def test_overdue(tmp_path: Path, status: str, end: str, overdue: bool) -> None:
    step = f"    verlauf:\n      - {{datum: 2019-01-15, status: {status}}}\n"
    found = check(tmp_path, feld=field(measure(extra=f"    ende: {end}\n" + step, status=status)))
    assert (("KI305", "feld.yaml", 12, 11, end) in found) is overdue


def test_overdue_needs_a_status_on_the_date(tmp_path: Path) -> None:
    # Without a history, 'status' speaks for today, not for 2020-01-01: as 'status' reads it.
    found = check(tmp_path, feld=field(measure(extra="    ende: 2019-12-31\n")))
    assert [f[0] for f in found] == []


def test_overdue_message_uses_the_status_as_written(tmp_path: Path) -> None:
    step = "    verlauf:\n      - {datum: 2019-01-15, status: laufend}\n"
    found = diagnostics(tmp_path, feld=field(measure(extra="    ende: 2019-12-31\n" + step)))
    assert found[0].message == (
        "Maßnahme 'M1' ist überfällig: Ende 2019-12-31, Stand 2020-01-01 noch 'laufend'. "
        "Status aktualisieren oder 'ende' verschieben."
    )
    assert found[0].severity is Severity.WARNING


def test_reversed_period(tmp_path: Path) -> None:
    konzept = KONZEPT + (
        "schwerpunkte:\n  - titel: A\n    zeitraum: {von: 2018-01-01, bis: 2019-12-31}\n"
        "  - titel: B\n    zeitraum:\n      von: 2019-12-31\n      bis: 2018-01-01\n"
    )
    found = check(tmp_path, konzept, feld=field(measure()))
    assert found == [("KI306", "konzept.yaml", 11, 12, "2018-01-01")]


# --- KI401, KI403, KI404: the version as a whole ------------------------------------------------


@pytest.mark.parametrize("declared, warned", [(1, False), (2, True), (0, True)])
def test_declared_field_count(tmp_path: Path, declared: int, warned: bool) -> None:
    konzept = KONZEPT + f"handlungsfelder_anzahl: {declared}\n"
    found = diagnostics(tmp_path, konzept, feld=field(measure()))
    assert [_found(d) for d in found] == (
        [("KI401", "konzept.yaml", 5, 25, str(declared))] if warned else []
    )
    if warned:
        assert dict(found[0].params) == {"declared": str(declared), "found": "1", "names": "F"}
        assert found[0].severity is Severity.WARNING


def test_missing_konzept_and_fields(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    (folder / "handlungsfelder").mkdir(parents=True)
    (folder / "handlungsfelder" / "feld.yaml").write_text(field(measure()), encoding="utf-8")
    loaded, result = validate_folder(folder, AS_OF)
    assert [(d.rule, d.file.name, d.line, d.column) for d in result.diagnostics] == [
        ("KI404", "konzept.yaml", 1, 1)
    ]
    assert loaded.version is None and loaded.file_count == 1

    other = tmp_path / "w"
    other.mkdir()
    (other / "konzept.yaml").write_text(KONZEPT, encoding="utf-8")
    _, result = validate_folder(other, AS_OF)
    assert [(d.rule, d.file.name, d.message_key) for d in result.diagnostics] == [
        ("KI403", "handlungsfelder", "version.no_fields_folder")
    ]
    (other / "handlungsfelder").mkdir()
    (other / "handlungsfelder" / "notiz.txt").write_text("x", encoding="utf-8")
    _, result = validate_folder(other, AS_OF)
    assert [(d.rule, d.message_key) for d in result.diagnostics] == [("KI403", "version.no_fields")]


def test_every_rule_has_a_plain_name_and_severity() -> None:
    for rule_id, rule in RULES.items():
        assert rule.id == rule_id
        assert rule.name and rule.name == rule.name.lower() and " " not in rule.name
        assert rule.severity in (Severity.ERROR, Severity.WARNING)


def test_core_messages_have_the_same_fields_in_both_languages() -> None:
    import string

    from ki_concept.messages.core import CORE

    def fields(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    for key, (german, english) in CORE.items():
        assert fields(german) == fields(english), key
        assert german.strip() and english.strip(), key
