"""Synthetic Integrationskonzepte of any size for the benchmark, deterministic by seed.

A concept is built as plain data first (German YAML keys, as users write them) and then
written as YAML the way people write it: comments above items and after values, folded
(``>-``) and literal (``|``) block scalars, flow lists and flow mappings, quoted text where
YAML needs it. Every optional key of the format is used somewhere, and the result passes
``ki-concept validate`` without errors.

``revise`` turns a concept into its next version the way a real revision does: measures
renamed (old id kept under ``frueher``), status changes with a new ``verlauf`` entry,
re-worded titles and descriptions, partners added and dropped, dates moved, measures moved
to another field, items added and removed.

All content is invented and marked as such (``beispiel: true`` and a header comment).

Usage::

    python bench/generate.py OUT --measures 6000 [--fields 12] [--goals 25] [--seed 7] [--revised]

writes ``OUT/2023`` (and with ``--revised`` also ``OUT/2025``).
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import random
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BASE_VERSION = "2023"
REVISED_VERSION = "2025"

# --- word pools (invented content, realistic wording) ---------------------------------------

FIELD_TOPICS: tuple[tuple[str, str], ...] = (
    ("BILDUNG", "Bildung und Erziehung"),
    ("ARBEIT", "Arbeit und Wirtschaft"),
    ("ENGAGEMENT", "Bürgerschaftliches Engagement und politische Partizipation"),
    ("KULTUR", "Integration durch Kultur, Sport und Freizeit"),
    ("GESUNDHEIT", "Gesundheit, Alter und Pflege"),
    ("STEUERUNG", "Interkommunales Kommunikations- und Steuerungskonzept"),
    ("SPRACHE", "Sprache und Verständigung"),
    ("WOHNEN", "Wohnen und Zusammenleben im Quartier"),
    ("FRUEHE-BILDUNG", "Frühe Bildung in Kita und Familie"),
    ("BERATUNG", "Beratung und Begleitung Neuzugewanderter"),
    ("ZUSAMMENHALT", "Antidiskriminierung und gesellschaftlicher Zusammenhalt"),
    ("VERWALTUNG", "Interkulturelle Öffnung der Verwaltung"),
    ("JUGEND", "Kinder- und Jugendarbeit"),
    ("ALTER", "Ältere Menschen mit Einwanderungsgeschichte"),
    ("INFORMATION", "Information und Öffentlichkeitsarbeit"),
    ("FLUCHT", "Aufnahme und Teilhabe Geflüchteter"),
)

PLACES = (
    "in Bad Driburg",
    "in Beverungen",
    "in Borgentreich",
    "in Brakel",
    "in Höxter",
    "in Marienmünster",
    "in Nieheim",
    "in Steinheim",
    "in Warburg",
    "in Willebadessen",
    "kreisweit",
    "im Kreishaus",
    "in den Familienzentren",
    "an Grundschulen",
)

ACTIVITIES = (
    "Sprachförderkurse für Eltern",
    "Elterncafé zur Schullaufbahn",
    "Beratung zur Anerkennung ausländischer Berufsabschlüsse",
    "Fortbildung interkulturelle Kompetenz für Kita-Fachkräfte",
    "Mentoringprogramm für Auszubildende",
    "Sprachlotsinnen und Sprachlotsen bei Arztbesuchen",
    "Interkulturelles Sport- und Spielfest",
    "Mehrsprachige Informationsabende zur Pflegeversicherung",
    "Übergangsbegleitung Sek I → Berufskolleg",
    "Seiteneinsteigerberatung für Schülerinnen und Schüler",
    "Patenschaften für neu zugewanderte Familien",
    "Interkultureller Chor",
    "Gesprächskreis für ältere Migrantinnen und Migranten",
    "Qualifizierung von Migrantenselbstorganisationen",
    "Willkommensmappe in leichter Sprache",
    "Frauencafé mit Kinderbetreuung",
    "Bewerbungstraining für junge Geflüchtete",
    "Hausaufgabenhilfe im Quartier",
    "Fachtag Integration und Ausbildung",
    "Netzwerktreffen der Integrationsakteure",
    "Sprechstunde zum Aufenthaltsrecht",
    "Lesepatenschaften in der Stadtbücherei",
    "Schulung ehrenamtlicher Begleiterinnen und Begleiter",
    "Kultursensible Pflegeberatung",
    "Sommerferienprogramm mit Sprachförderung",
    "Teilregionale Fachkonferenz mit den Städten",
    "Integrationspreis für ehrenamtliches Engagement",
    "Anlaufstelle gegen Diskriminierung",
    "Interkulturelle Öffnung der Ausländerbehörde",
    "Fahrradkurse für Frauen",
    "Gesundheitslotsinnen in Gemeinschaftsunterkünften",
    "Berufsorientierung mit Betriebsbesuchen",
    "Sprachcafé für Neuzugewanderte",
    "Wohnungsbörse mit Mietführerschein",
    "Jugendforum „Vielfalt gestalten“",
    "Mehrsprachige Sprechstunde im Jobcenter",
    "Sprachförderung: Kurse für Eltern",
    "Elternabend: Schule in Deutschland",
)

TARGET_GROUPS = (
    "Geflüchtete",
    "Neuzugewanderte",
    "Eltern mit Einwanderungsgeschichte",
    "Seiteneinsteigerinnen und Seiteneinsteiger",
    "Ältere Menschen mit Einwanderungsgeschichte",
    "Jugendliche im Übergang Schule – Beruf",
    "Frauen mit Fluchterfahrung",
    "Fachkräfte in Kitas und Schulen",
    "Unternehmen im Kreis",
    "Ehrenamtlich Engagierte",
    "Migrantenselbstorganisationen",
    "Beschäftigte der Kreisverwaltung",
    "Menschen aus der Ukraine",
    "Zugewanderte aus Südosteuropa",
)

PARTNERS = (
    "Agentur für Arbeit",
    "Jobcenter",
    "Volkshochschule",
    "Caritasverband",
    "Diakonie",
    "Deutsches Rotes Kreuz",
    "Handwerkskammer",
    "Industrie- und Handelskammer",
    "Kreissportbund",
    "Familienzentren",
    "Berufskollegs",
    "Grundschulen",
    "Migrantenselbstorganisationen",
    "Stadtbücherei",
    "Gesundheitsamt",
    "Pflegestützpunkt",
    "Schulamt für den Kreis",
    "Ausländerbehörde",
    "Wohlfahrtsverbände",
    "Kirchengemeinden",
)

RESPONSIBLE = (
    "Kommunales Integrationszentrum",
    "Jugendamt des Kreises",
    "Schulamt für den Kreis",
    "Wirtschaftsförderung des Kreises",
    "Gesundheitsamt",
    "Sozialamt",
    "Volkshochschule",
    "Kommunales Integrationsmanagement (KIM)",
)

GOAL_SUBJECTS = (
    "Menschen mit Einwanderungsgeschichte",
    "Geflüchtete",
    "Kinder und Jugendliche",
    "Eltern",
    "Ältere Zugewanderte",
    "Neuzugewanderte Frauen",
    "Junge Erwachsene",
)

GOAL_OUTCOMES = (
    "haben gleichberechtigten Zugang zu Bildung und Ausbildung",
    "finden passende Beratung in ihrer Nähe",
    "nehmen am Vereinsleben und an Kulturangeboten teil",
    "sind über Gesundheits- und Pflegeangebote informiert",
    "verständigen sich sicher im Alltag und im Beruf",
    "wirken an Entscheidungen im Kreis mit",
    "erfahren Unterstützung beim Übergang in den Beruf",
    "fühlen sich in ihrem Wohnort willkommen",
    "werden vor Diskriminierung geschützt",
    "erreichen Ämter und Behörden ohne Sprachbarrieren",
)

SENTENCES = (
    "{group} erhalten {place} ein niedrigschwelliges Angebot, das mit den Partnern "
    "({partner}) geplant und durchgeführt wird.",
    "Die Maßnahme knüpft an Erfahrungen aus den Vorjahren an und wird jährlich ausgewertet.",
    "Termine und Räume stimmt das Kommunale Integrationszentrum mit den Städten und Gemeinden ab.",
    "Für die Teilnahme sind keine Vorkenntnisse nötig; Kinderbetreuung wird angeboten.",
    "Die Inhalte werden mehrsprachig aufbereitet, unter anderem auf Arabisch, Türkisch, "
    "Ukrainisch und Russisch.",
    "Ehrenamtliche übernehmen Begleitung und Übersetzung; sie werden vorab geschult.",
    "Schwerpunkt sind Übergänge: von der Kita in die Grundschule und von der Schule in "
    "Ausbildung oder Studium.",
    "Die Ergebnisse fließen in den jährlichen Bericht an den Integrationsausschuss ein.",
    "Das Angebot ergänzt bestehende Strukturen und vermeidet Doppelungen mit anderen Trägern.",
    "Größere Veranstaltungen finden in Kooperation mit örtlichen Vereinen statt.",
)

REWORDINGS = (
    "Nach der Zwischenbilanz wird das Angebot stärker auf {group} ausgerichtet.",
    "Seit der Fortschreibung gehört die digitale Terminvergabe zum Standard.",
    "Die Förderung läuft über das Landesprogramm; der Eigenanteil des Kreises sinkt.",
)

NOTES = (
    "Auftaktveranstaltung mit rund {n} Teilnehmenden",
    "Förderbescheid erhalten",
    "Träger gewechselt, Angebot läuft weiter",
    "Zwischenbilanz im Integrationsausschuss vorgestellt",
    "Evaluation abgeschlossen",
    "Pilotphase beendet; Übernahme in den Regelbetrieb beschlossen",
    "Wegen fehlender Räume pausiert",
    "In das Konzept aufgenommen",
)

INDICATORS = (
    ("Teilnehmende pro Jahr", "Personen"),
    ("Beratungsgespräche", "Gespräche"),
    ("Beteiligte Schulen", "Schulen"),
    ("Anteil Teilnehmender mit Abschluss", "Prozent"),
    ("Ehrenamtliche im Pool", "Personen"),
    ("Angebotene Sprachen", "Sprachen"),
)

# Status vocabulary of the synthetic Kreis (written to konzept.yaml as ``statuswerte``).
# Each word: id, title, and its keys beyond those two.
STATUSES: tuple[tuple[str, str, dict[str, object]], ...] = (
    ("idee", "neu (Idee)", {}),
    ("geplant", "geplant", {}),
    ("begonnen", "begonnen", {"kurz": "beg."}),
    ("laufend", "laufend", {}),
    ("ruhend", "ruhend", {"ueberfaellig": False}),
    ("umgesetzt", "umgesetzt", {"abgeschlossen": True}),
    ("verstetigt", "Regelbetrieb", {"abgeschlossen": True, "kurz": "Regel"}),
    ("entfallen", "entfallen", {"abgeschlossen": True, "entfallen": True}),
)
FINISHED = frozenset(s for s, _, keys in STATUSES if keys.get("abgeschlossen"))
STATUS_WEIGHTS = {
    "idee": 3,
    "geplant": 10,
    "begonnen": 8,
    "laufend": 40,
    "umgesetzt": 14,
    "verstetigt": 15,
    "ruhend": 5,
    "entfallen": 5,
}
# A path from the first status a measure had to the one it has now.
STATUS_PATHS = {
    "idee": ["idee"],
    "geplant": ["idee", "geplant"],
    "begonnen": ["geplant", "begonnen"],
    "laufend": ["geplant", "begonnen", "laufend"],
    "umgesetzt": ["geplant", "laufend", "umgesetzt"],
    "verstetigt": ["geplant", "laufend", "verstetigt"],
    "ruhend": ["geplant", "laufend", "ruhend"],
    "entfallen": ["idee", "geplant", "entfallen"],
}
# Unfinished measures end far in the future, so no ``ende`` is overdue when the bench runs.
FUTURE_END_YEAR = 2035
# Planned ends of running measures lie up to this year: overdue at any later date.
PAST_END_YEAR = 2025
SOURCE_COUNT = 30
PRIORITIES = (
    ("SP-BILDUNG", "Integration durch Bildung"),
    ("SP-QUERSCHNITT", "Integration als Querschnittsaufgabe"),
    ("SP-SPRACHE", "Sprachförderung und berufliche Bildung"),
)


@dataclass(frozen=True)
class Size:
    """How big a concept is: fields × goals per field × measures in total."""

    measures: int = 6000
    fields: int = 12
    goals: int = 25
    # Share of measures written with every detail, and with some detail; the rest are short.
    full_share: float = 0.02
    medium_share: float = 0.09


@dataclass
class Concept:
    """One version as plain data: ``konzept.yaml`` and the Handlungsfeld files in order."""

    name: str
    konzept: dict[str, Any]
    fields: list[dict[str, Any]] = field(default_factory=list)

    def measures(self) -> Iterator[dict[str, Any]]:
        for field_data in self.fields:
            yield from field_data["massnahmen"]

    def goals(self) -> Iterator[dict[str, Any]]:
        for field_data in self.fields:
            yield from field_data["ziele"]


# --- building the data ----------------------------------------------------------------------


def _date(rng: random.Random, first_year: int, last_year: int) -> dt.date:
    start = dt.date(first_year, 1, 1).toordinal()
    end = dt.date(last_year, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def _field_ids(count: int) -> list[tuple[str, str]]:
    out = []
    for index in range(count):
        base_id, title = FIELD_TOPICS[index % len(FIELD_TOPICS)]
        round_ = index // len(FIELD_TOPICS)
        if round_:
            out.append((f"{base_id}-{round_ + 1}", f"{title} ({round_ + 1})"))
        else:
            out.append((base_id, title))
    return out


def _sentence(rng: random.Random) -> str:
    return rng.choice(SENTENCES).format(
        group=rng.choice(TARGET_GROUPS),
        place=rng.choice(PLACES),
        partner=rng.choice(PARTNERS),
    )


def _description(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng) for _ in range(sentences))


def _indicator(rng: random.Random) -> dict[str, Any]:
    name, unit = rng.choice(INDICATORS)
    base_year = rng.randint(2016, 2020)
    target = rng.randint(20, 400)
    actuals = []
    for year in range(base_year + 1, min(base_year + 1 + rng.randint(1, 4), 2025)):
        value: int | float = rng.randint(0, target)
        if unit == "Prozent":
            value = round(rng.uniform(10, 95), 1)
        actuals.append({"jahr": year, "wert": value})
    indicator: dict[str, Any] = {"name": name, "einheit": unit}
    indicator["ausgangswert"] = {"jahr": base_year, "wert": 0}
    indicator["zielwert"] = {"jahr": base_year + 6, "wert": 80 if unit == "Prozent" else target}
    indicator["istwerte"] = actuals
    return indicator


def _goal(rng: random.Random, goal_id: str, index: int, full: bool) -> dict[str, Any]:
    level = (
        "leitziel"
        if index == 0
        else rng.choice(("mittlerziel", "handlungsziel", "handlungsziel", "detailziel"))
    )
    goal: dict[str, Any] = {
        "id": goal_id,
        "titel": f"{rng.choice(GOAL_SUBJECTS)} {rng.choice(GOAL_OUTCOMES)}.",
        "ebene": level,
    }
    if full or rng.random() < 0.3:
        goal["beschreibung"] = _description(rng, 1)
    goal["rangfolge"] = index + 1
    if full or rng.random() < 0.15:
        goal["indikatoren"] = [_indicator(rng) for _ in range(rng.randint(1, 2))]
    goal["quellen"] = _sources(rng, 0, 2)
    goal["beispiel"] = True
    return goal


def _sources(rng: random.Random, low: int, high: int) -> list[str]:
    picked = rng.sample(range(1, SOURCE_COUNT + 1), rng.randint(low, high))
    return [f"Q{number:02d}" for number in sorted(picked)]


def _history(rng: random.Random, status: str, start: dt.date) -> list[dict[str, Any]]:
    """Steps leading to ``status``, dated from ``start`` on, the last one in 2024 at most."""
    steps = STATUS_PATHS[status]
    steps = steps[-rng.randint(1, len(steps)) :]
    dates = sorted(
        dt.date.fromordinal(rng.randint(start.toordinal(), dt.date(2024, 12, 31).toordinal()))
        for _ in steps
    )
    out = []
    for when, step in zip(dates, steps, strict=True):
        entry: dict[str, Any] = {"datum": when, "status": step}
        if rng.random() < 0.7:
            entry["notiz"] = rng.choice(NOTES).format(n=rng.randint(8, 120))
        out.append(entry)
    return out


def _measure(
    rng: random.Random, measure_id: str, goal_ids: list[str], detail: str
) -> dict[str, Any]:
    status = rng.choices(list(STATUS_WEIGHTS), weights=list(STATUS_WEIGHTS.values()))[0]
    start = _date(rng, 2014, 2022)
    measure: dict[str, Any] = {
        "id": measure_id,
        "titel": f"{rng.choice(ACTIVITIES)} {rng.choice(PLACES)}",
    }
    if detail != "short":
        measure["beschreibung"] = _description(rng, 1 if detail == "medium" else 3)
    measure["ziele"] = rng.sample(goal_ids, rng.randint(1, min(3, len(goal_ids))))
    measure["status"] = status
    measure["verantwortlich"] = rng.choice(RESPONSIBLE)
    if detail != "short":
        measure["partner"] = rng.sample(PARTNERS, rng.randint(0, 3))
        measure["zielgruppen"] = rng.sample(TARGET_GROUPS, rng.randint(1, 2))
    measure["beginn"] = start
    if status in FINISHED:
        if status == "verstetigt" and rng.random() < 0.6:
            measure["daueraufgabe"] = True
        else:
            measure["ende"] = _date(rng, start.year + 1, 2024)
    elif rng.random() < 0.85:
        # Most running measures were planned to end by now, as in real concepts whose
        # Stand der Umsetzung lags behind: overdue at today's date.
        measure["ende"] = _date(rng, start.year + 1, PAST_END_YEAR)
    elif rng.random() < 0.5:
        measure["ende"] = _date(rng, FUTURE_END_YEAR, FUTURE_END_YEAR + 2)
    if detail == "full":
        measure["frueher"] = []
        measure["schwerpunkte"] = [rng.choice(PRIORITIES)[0]]
    elif detail == "medium" and rng.random() < 0.4:
        measure["schwerpunkte"] = [rng.choice(PRIORITIES)[0]]
    measure["quellen"] = _sources(rng, 0 if detail == "short" else 1, 2)
    if detail == "full":
        measure["beispiel"] = True
        measure["ressourcen"] = (
            f"Personal: {rng.choice(('0,25', '0,5', '1,0'))} Stelle Koordination\n"
            f"Sachmittel: {rng.randint(2, 40) * 500} € pro Jahr\n"
        )
        measure["indikatoren"] = [_indicator(rng)]
    if detail != "short":
        measure["verlauf"] = _history(rng, status, start)
    if "ende" in measure and measure["ende"] < start:
        measure["ende"] = start
    _settle_dates(measure)
    return measure


def _settle_dates(measure: dict[str, Any]) -> None:
    """A finished measure ends no earlier than its last history step and its start."""
    history = measure.get("verlauf") or []
    if measure.get("status") in FINISHED and "ende" in measure:
        latest = max([measure["beginn"], *(h["datum"] for h in history)])
        measure["ende"] = max(measure["ende"], latest)


def build(size: Size, seed: int, name: str = BASE_VERSION) -> Concept:
    """A concept of ``size``; the same seed gives the same concept, byte for byte."""
    rng = random.Random(seed)
    konzept = _konzept(rng, name, size.fields)
    concept = Concept(name, konzept)
    per_field, extra = divmod(size.measures, size.fields)
    for index, (field_id, title) in enumerate(_field_ids(size.fields)):
        goal_ids = [f"{field_id}-Z{n + 1}" for n in range(size.goals)]
        goals = [_goal(rng, goal_id, n, full=n < 2) for n, goal_id in enumerate(goal_ids)]
        count = per_field + (1 if index < extra else 0)
        measures = []
        for number in range(1, count + 1):
            roll = rng.random()
            detail = (
                "full"
                if roll < size.full_share
                else "medium"
                if roll < size.full_share + size.medium_share
                else "short"
            )
            measures.append(_measure(rng, f"{field_id}-M{number:04d}", goal_ids, detail))
        concept.fields.append(
            {
                "id": field_id,
                "titel": title,
                "beschreibung": _description(rng, 2),
                "quellen": _sources(rng, 1, 3),
                "beispiel": True,
                "ziele": goals,
                "massnahmen": measures,
            }
        )
    _serve_every_goal(concept)
    konzept["handlungsfelder_anzahl"] = len(concept.fields)
    return concept


def _konzept(rng: random.Random, name: str, fields: int) -> dict[str, Any]:
    year = int(name)
    sources = {}
    for number in range(1, SOURCE_COUNT + 1):
        slug = "bericht-höxter" if number == 7 else f"bericht-{2012 + number % 12}"
        sources[f"Q{number:02d}"] = f"https://www.example.org/integration/{slug}-q{number:02d}.html"
    return {
        "titel": f"Integrationskonzept des Musterkreises – Fortschreibung {name}",
        "version": name,
        "beschlossen": dt.date(year, 12, 14),
        "gremium": "Kreistag des Musterkreises",
        "grundlage": (
            "Fortschreibung nach § 7 des Teilhabe- und Integrationsgesetzes NRW; "
            f"Integrationskonferenz im Frühjahr {year} und zwei Bildungskonferenzen "
            "(synthetische Benchmark-Daten)."
        ),
        "beschreibung": _description(rng, 3),
        "zielgruppen": list(TARGET_GROUPS[:5]),
        "schwerpunkte": [
            {
                "id": pid,
                "titel": title,
                "zeitraum": {"von": dt.date(year + 1, 1, 1), "bis": dt.date(year + 2, 12, 31)},
                "beschreibung": f"Schwerpunktthema {year + 1}–{year + 2} (Beispiel).",
            }
            for pid, title in PRIORITIES
        ],
        "quellen": sources,
        "quellen_konzept": ["Q01", "Q02", "Q07"],
        "statuswerte": [{"id": sid, "titel": title, **keys} for sid, title, keys in STATUSES],
        "handlungsfelder_anzahl": fields,
    }


def _serve_every_goal(concept: Concept) -> None:
    """Give each goal no measure points to one measure of its field, so none is orphaned."""
    served = {goal for measure in concept.measures() for goal in measure.get("ziele", [])}
    for field_data in concept.fields:
        measures = field_data["massnahmen"]
        for index, goal in enumerate(field_data["ziele"]):
            if goal["id"] in served or not measures:
                continue
            measures[index % len(measures)]["ziele"].append(goal["id"])
            served.add(goal["id"])


# --- the revised version --------------------------------------------------------------------


def revise(concept: Concept, seed: int, name: str = REVISED_VERSION) -> Concept:
    """The next version of ``concept``: renames, status changes, re-wording, adds and drops."""
    rng = random.Random(seed * 7919 + 1)
    new = Concept(name, copy.deepcopy(concept.konzept), copy.deepcopy(concept.fields))
    year = int(name)
    konzept = new.konzept
    konzept["titel"] = f"Integrationskonzept des Musterkreises – Fortschreibung {name}"
    konzept["version"] = name
    konzept["beschlossen"] = dt.date(year, 6, 30)
    konzept["zielgruppen"] = [*konzept["zielgruppen"][1:], "Menschen aus der Ukraine"]
    konzept["schwerpunkte"].append(
        {
            "id": "SP-ARBEIT",
            "titel": "Integration in Ausbildung und Arbeit",
            "zeitraum": {"von": dt.date(year, 1, 1), "bis": dt.date(year + 1, 12, 31)},
        }
    )
    change_day = dt.date(year, 3, 1)
    next_number = {f["id"]: len(f["massnahmen"]) + 1 for f in new.fields}
    moved: list[tuple[int, dict[str, Any]]] = []
    for field_index, field_data in enumerate(new.fields):
        field_id = field_data["id"]
        kept = []
        for measure in field_data["massnahmen"]:
            roll = rng.random()
            if roll < 0.015:
                continue  # dropped
            if roll < 0.035:
                old_id = measure["id"]
                measure["id"] = f"{field_id}-M{next_number[field_id]:04d}"
                next_number[field_id] += 1
                measure["frueher"] = [*measure.get("frueher", []), old_id]
            if rng.random() < 0.08:
                _change_status(rng, measure, change_day)
            if rng.random() < 0.05:
                measure["titel"] = measure["titel"].replace(" in ", " im Raum ", 1) + " (neu)"
            if "beschreibung" in measure and rng.random() < 0.06:
                measure["beschreibung"] += " " + rng.choice(REWORDINGS).format(
                    group=rng.choice(TARGET_GROUPS)
                )
            if "partner" in measure and rng.random() < 0.05:
                partners = [p for p in measure["partner"] if rng.random() < 0.7]
                extra = rng.choice(PARTNERS)
                measure["partner"] = partners + ([extra] if extra not in partners else [])
            if "ende" in measure and measure["status"] not in FINISHED and rng.random() < 0.1:
                measure["ende"] += dt.timedelta(days=182)  # about six months later
            if rng.random() < 0.005 and len(new.fields) > 1:
                moved.append(((field_index + 1) % len(new.fields), measure))
                continue
            kept.append(measure)
        field_data["massnahmen"] = kept
        goal_ids = [g["id"] for g in field_data["ziele"]]
        new_goal_id = f"{field_id}-Z{len(goal_ids) + 1}"
        field_data["ziele"].append(_goal(rng, new_goal_id, len(goal_ids), full=False))
        for _ in range(max(1, len(kept) // 50)):
            measure = _measure(
                rng,
                f"{field_id}-M{next_number[field_id]:04d}",
                [*goal_ids, new_goal_id],
                rng.choice(("short", "medium")),
            )
            measure["ziele"] = [new_goal_id, *measure["ziele"][:1]]
            next_number[field_id] += 1
            field_data["massnahmen"].append(measure)
        if rng.random() < 0.3:
            field_data["beschreibung"] += " " + REWORDINGS[1]
    for target, measure in moved:
        new.fields[target]["massnahmen"].append(measure)
    _serve_every_goal(new)
    return new


def _change_status(rng: random.Random, measure: dict[str, Any], day: dt.date) -> None:
    old = measure["status"]
    status = rng.choice([s for s in STATUS_WEIGHTS if s != old])
    measure["status"] = status
    history = measure.setdefault("verlauf", [])
    history.append({"datum": day, "status": status, "notiz": "Stand laut Fortschreibung"})
    if status in FINISHED:
        measure.pop("daueraufgabe", None)
        measure["ende"] = max(day, measure.get("ende", day)) if old in FINISHED else day
    elif "ende" in measure and measure["ende"] < dt.date(FUTURE_END_YEAR, 1, 1):
        measure["ende"] = dt.date(FUTURE_END_YEAR + 1, 6, 30)
    _settle_dates(measure)


# --- writing YAML ---------------------------------------------------------------------------

_NOT_TEXT = re.compile(
    r"(?:[-+]?[0-9][0-9_.eExXoO+-]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
    r"|~|null|Null|NULL|true|True|TRUE|false|False|FALSE)\Z"
)
_FIRST_SPECIAL = frozenset("-?:,[]{}#&*!|>'\"%@`")


def _plain_ok(text: str, flow: bool) -> bool:
    if not text or text != text.strip() or "\n" in text or "\t" in text:
        return False
    if text[0] in _FIRST_SPECIAL or _NOT_TEXT.match(text):
        return False
    if ": " in text or " #" in text or text.endswith(":"):
        return False
    return not (flow and any(c in text for c in ",[]{}:"))


def scalar(value: Any, *, flow: bool = False) -> str:
    """One value as YAML text: plain where that reads back the same, else double-quoted."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "~"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float):
        return repr(value)
    text = str(value)
    if _plain_ok(text, flow):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _flow_list(items: list[Any]) -> str:
    return "[" + ", ".join(scalar(i, flow=True) for i in items) + "]"


def _flow_map(data: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{k}: {scalar(v, flow=True)}" for k, v in data.items()) + "}"


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


class _Writer:
    """Emits one file; ``style`` picks a stable variant per item so revisions look alike."""

    def __init__(self, seed: int) -> None:
        self.lines: list[str] = []
        self.seed = seed

    def style(self, key: str, variants: int) -> int:
        return zlib.crc32(f"{self.seed}:{key}".encode()) % variants

    def add(self, line: str) -> None:
        self.lines.append(line)

    def text(self, indent: str, key: str, value: str, *, item_key: str) -> None:
        """Long text as a folded block scalar, short text plain or quoted."""
        if len(value) > 70 and " " in value and value == value.strip():
            chomp = ">-" if self.style(item_key + key, 5) else ">-  # Fließtext"
            self.add(f"{indent}{key}: {chomp}")
            for line in _wrap(value, 92 - len(indent)):
                self.add(f"{indent}  {line}")
        else:
            self.add(f"{indent}{key}: {scalar(value)}")

    def str_list(self, indent: str, key: str, items: list[str], *, block: bool) -> None:
        if block and items:
            self.add(f"{indent}{key}:")
            for item in items:
                self.add(f"{indent}  - {scalar(item)}")
        else:
            self.add(f"{indent}{key}: {_flow_list(items)}")

    def indicators(self, indent: str, items: list[dict[str, Any]]) -> None:
        self.add(f"{indent}indikatoren:")
        for ind in items:
            self.add(f"{indent}  - name: {scalar(ind['name'])}")
            inner = indent + "    "
            self.add(f"{inner}einheit: {scalar(ind['einheit'])}")
            for key in ("ausgangswert", "zielwert"):
                if key in ind:
                    self.add(f"{inner}{key}: {_flow_map(ind[key])}")
            if ind["istwerte"]:
                self.add(f"{inner}istwerte:")
                for value in ind["istwerte"]:
                    self.add(f"{inner}  - {_flow_map(value)}")
            else:
                self.add(f"{inner}istwerte: []")


def _write_goal(w: _Writer, goal: dict[str, Any]) -> None:
    gid = goal["id"]
    if w.style(gid + "c", 4) == 0:
        w.add("  # Beispiel: Wortlaut synthetisch")
    w.add(f"  - id: {scalar(gid)}")
    ind = "    "
    w.text(ind, "titel", goal["titel"], item_key=gid)
    w.add(f"{ind}ebene: {goal['ebene']}")
    if "beschreibung" in goal:
        w.text(ind, "beschreibung", goal["beschreibung"], item_key=gid)
    w.add(f"{ind}rangfolge: {goal['rangfolge']}")
    if "indikatoren" in goal:
        w.indicators(ind, goal["indikatoren"])
    w.str_list(ind, "quellen", goal["quellen"], block=False)
    w.add(f"{ind}beispiel: {scalar(goal['beispiel'])}")


def _write_measure(w: _Writer, m: dict[str, Any]) -> None:
    mid = m["id"]
    look = w.style(mid, 6)
    if look == 0:
        w.add("  # Beispiel: synthetische Maßnahme")
    after_id = "  # Nummer aus dem Beschluss" if look == 3 else ""
    w.add(f"  - id: {scalar(mid)}{after_id}")
    ind = "    "
    w.text(ind, "titel", m["titel"], item_key=mid)
    if "beschreibung" in m:
        w.text(ind, "beschreibung", m["beschreibung"], item_key=mid)
    w.str_list(ind, "ziele", m["ziele"], block=look == 5)
    w.add(f"{ind}status: {scalar(m['status'])}")
    w.add(f"{ind}verantwortlich: {scalar(m['verantwortlich'])}")
    if "partner" in m:
        w.str_list(ind, "partner", m["partner"], block=look % 2 == 0)
    if "zielgruppen" in m:
        w.str_list(ind, "zielgruppen", m["zielgruppen"], block=look % 3 == 0)
    comment = "  # nur das Jahr ist bekannt" if look == 1 else ""
    w.add(f"{ind}beginn: {scalar(m['beginn'])}{comment}")
    if "ende" in m:
        w.add(f"{ind}ende: {scalar(m['ende'])}")
    if "daueraufgabe" in m:
        w.add(f"{ind}daueraufgabe: {scalar(m['daueraufgabe'])}")
    if "frueher" in m:
        note = "  # umbenannt" if m["frueher"] else ""
        w.add(f"{ind}frueher: {_flow_list(m['frueher'])}{note}")
    if "schwerpunkte" in m:
        w.add(f"{ind}schwerpunkte: {_flow_list(m['schwerpunkte'])}")
    w.str_list(ind, "quellen", m["quellen"], block=False)
    if "beispiel" in m:
        w.add(f"{ind}beispiel: {scalar(m['beispiel'])}")
    if "ressourcen" in m:
        w.add(f"{ind}ressourcen: |")
        for line in m["ressourcen"].rstrip("\n").split("\n"):
            w.add(f"{ind}  {line}")
    if "indikatoren" in m:
        w.indicators(ind, m["indikatoren"])
    if "verlauf" in m:
        if not m["verlauf"]:
            w.add(f"{ind}verlauf: []")
        else:
            w.add(f"{ind}verlauf:")
            for entry in m["verlauf"]:
                if look in (2, 4):  # one entry a line, as many coordinators keep it
                    w.add(f"{ind}  - {_flow_map(entry)}")
                    continue
                w.add(f"{ind}  - datum: {scalar(entry['datum'])}")
                w.add(f"{ind}    status: {scalar(entry['status'])}")
                if "notiz" in entry:
                    w.add(f"{ind}    notiz: {scalar(entry['notiz'])}")


def field_text(field_data: dict[str, Any], seed: int) -> str:
    """One Handlungsfeld file as YAML text."""
    w = _Writer(seed)
    w.add(f"# Handlungsfeld „{field_data['titel']}“ – synthetische Benchmark-Daten")
    w.add("# Alle Angaben sind erfunden (beispiel: true); Quellen verweisen auf ../konzept.yaml.")
    w.add(f"id: {scalar(field_data['id'])}")
    w.text("", "titel", field_data["titel"], item_key=field_data["id"])
    w.text("", "beschreibung", field_data["beschreibung"], item_key=field_data["id"] + "b")
    w.add(f"quellen: {_flow_list(field_data['quellen'])}")
    w.add(f"beispiel: {scalar(field_data['beispiel'])}")
    w.add("")
    w.add("ziele:")
    for goal in field_data["ziele"]:
        _write_goal(w, goal)
    w.add("")
    w.add(f"massnahmen:  # {len(field_data['massnahmen'])} Maßnahmen")
    for measure in field_data["massnahmen"]:
        _write_measure(w, measure)
    return "\n".join(w.lines) + "\n"


def konzept_text(konzept: dict[str, Any]) -> str:
    """``konzept.yaml`` as YAML text."""
    w = _Writer(0)
    w.add(f"# {konzept['titel']}")
    w.add("# Synthetische Benchmark-Daten: alle Angaben sind erfunden.")
    w.add(f"titel: {scalar(konzept['titel'])}")
    w.add(f'version: "{konzept["version"]}"')
    w.add(f"beschlossen: {scalar(konzept['beschlossen'])}  # Kreistagsbeschluss (Beispiel)")
    w.add(f"gremium: {scalar(konzept['gremium'])}")
    for key in ("grundlage", "beschreibung"):
        w.text("", key, konzept[key], item_key=key)
    w.add(f"quellen_konzept: {_flow_list(konzept['quellen_konzept'])}")
    w.str_list("", "zielgruppen", konzept["zielgruppen"], block=True)
    w.add("# Schwerpunktthemen mit Laufzeit")
    w.add("schwerpunkte:")
    for priority in konzept["schwerpunkte"]:
        w.add(f"  - id: {scalar(priority['id'])}")
        w.add(f"    titel: {scalar(priority['titel'])}")
        w.add(f"    zeitraum: {_flow_map(priority['zeitraum'])}")
        if "beschreibung" in priority:
            w.add(f"    beschreibung: {scalar(priority['beschreibung'])}")
    w.add("# Eigenes Status-Vokabular des Kreises")
    w.add("statuswerte:")
    for value in konzept["statuswerte"]:
        w.add(f"  - {_flow_map(value)}")
    w.add(f"handlungsfelder_anzahl: {konzept['handlungsfelder_anzahl']}")
    w.add("quellen:")
    for key, url in konzept["quellen"].items():
        w.add(f"  {key}: {url}")
    return "\n".join(w.lines) + "\n"


def file_name(field_id: str) -> str:
    return field_id.lower() + ".yaml"


def write(concept: Concept, root: Path, seed: int) -> Path:
    """Write ``concept`` as ``root/<name>/``; returns the version folder."""
    folder = root / concept.name
    fields_dir = folder / "handlungsfelder"
    fields_dir.mkdir(parents=True, exist_ok=True)
    (folder / "konzept.yaml").write_text(konzept_text(concept.konzept), encoding="utf-8")
    for field_data in concept.fields:
        (fields_dir / file_name(field_data["id"])).write_text(
            field_text(field_data, seed), encoding="utf-8"
        )
    return folder


def generate(root: Path, size: Size, seed: int = 7, *, revised: bool = False) -> list[Path]:
    """Write the base version (and its revision) below ``root``; returns the version folders."""
    base = build(size, seed)
    folders = [write(base, root, seed)]
    if revised:
        folders.append(write(revise(base, seed), root, seed))
    return folders


def yaml_bytes(folder: Path) -> int:
    """Bytes of YAML in a version folder."""
    return sum(p.stat().st_size for p in folder.rglob("*.yaml"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the version folders into")
    parser.add_argument("--measures", type=int, default=Size.measures)
    parser.add_argument("--fields", type=int, default=Size.fields)
    parser.add_argument("--goals", type=int, default=Size.goals, help="goals per field")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--revised", action="store_true", help="also write the next version")
    args = parser.parse_args(argv)
    size = Size(measures=args.measures, fields=args.fields, goals=args.goals)
    for folder in generate(args.out, size, args.seed, revised=args.revised):
        print(f"{folder}: {yaml_bytes(folder) / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
