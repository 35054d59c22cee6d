"""The one problem type every check produces, and the catalogue of rule ids.

Rule ids are stable: they are documented in ``docs/regeln.md`` and users
grep CI logs for them. Add new ids; never renumber old ones.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ki_concept.i18n import t

YamlPath = tuple[str | int, ...]


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: its stable id, short name, default severity, and the modules whose checks
    raise it (below ``ki_concept``; tests/test_rule_registry.py holds the two in step)."""

    id: str
    name: str
    severity: Severity
    raised_by: tuple[str, ...]


_E, _W = Severity.ERROR, Severity.WARNING

RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        # Reading and parsing a file.
        Rule("KI001", "datei-unlesbar", _E, ("reading.files", "reading.source")),
        Rule("KI002", "datei-zu-gross", _E, ("reading.source",)),
        Rule("KI003", "kodierung", _E, ("reading.source",)),
        Rule("KI010", "yaml-syntax", _E, ("reading.source",)),
        Rule("KI011", "doppelter-schluessel", _E, ("reading.source",)),
        Rule("KI012", "mehrere-dokumente", _E, ("reading.source",)),
        Rule("KI013", "leere-datei", _E, ("reading.source",)),
        Rule("KI014", "unbekannter-tag", _E, ("reading.source",)),
        Rule("KI015", "alias", _E, ("reading.source",)),
        Rule("KI016", "zu-tief-verschachtelt", _E, ("reading.source",)),
        Rule("KI017", "ungueltiger-schluessel", _E, ("reading.source",)),
        Rule("KI018", "keine-zuordnung", _E, ("reading.source",)),
        # The schema of one file.
        Rule("KI101", "falscher-typ", _E, ("reading.schema_errors",)),
        Rule("KI102", "pflichtfeld-fehlt", _E, ("reading.schema_errors",)),
        Rule("KI103", "unbekannter-schluessel", _E, ("reading.schema_errors",)),
        Rule("KI104", "ungueltiger-wert", _E, ("reading.schema_errors", "reading.source")),
        # References across the version.
        Rule("KI201", "doppelte-id", _E, ("rules.ids",)),
        Rule("KI202", "ziel-unbekannt", _E, ("rules.references",)),
        Rule("KI203", "quelle-unbekannt", _E, ("rules.references",)),
        Rule("KI204", "status-unbekannt", _E, ("rules.status",)),
        Rule("KI205", "statuswerte-doppelt", _E, ("rules.ids",)),
        Rule("KI206", "schwerpunkt-unbekannt", _E, ("rules.references",)),
        # Dates and status.
        Rule("KI301", "ende-vor-beginn", _E, ("rules.dates",)),
        Rule("KI302", "ende-fehlt", _E, ("rules.status",)),
        Rule("KI303", "verlauf-reihenfolge", _E, ("rules.status",)),
        Rule("KI304", "verlauf-widerspricht-status", _E, ("rules.status",)),
        Rule("KI305", "ueberfaellig", _W, ("rules.dates",)),
        Rule("KI306", "zeitraum-umgekehrt", _E, ("rules.dates",)),
        # The version as a whole.
        Rule("KI401", "handlungsfelder-anzahl", _W, ("rules.structure",)),
        Rule("KI402", "ziel-ohne-massnahme", _W, ("rules.references",)),
        Rule("KI403", "keine-handlungsfelder", _E, ("reading.files",)),
        Rule("KI404", "konzept-fehlt", _E, ("reading.loader",)),
    )
}


@dataclass(frozen=True, slots=True)
class Phrase:
    """A part of a message (``ein Text``, ``die Zahl 3``) rendered when the message is.

    Diagnostics may be created before the language is chosen, or shown in two
    languages by one process; a phrase follows the language like the message does.
    """

    key: str
    params: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return t(self.key, **dict(self.params))


def phrase(key: str, /, **params: object) -> Phrase:
    return Phrase(key, tuple((k, str(v)) for k, v in params.items()))


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem at one place. Line and column are 1-based.

    The message is stored as a key into the message catalogue plus its
    parameters, so it renders in whatever language is active when printed.
    """

    file: Path
    line: int
    column: int
    rule: str
    message_key: str
    params: tuple[tuple[str, str | Phrase], ...] = ()
    path: YamlPath = ()
    severity: Severity = field(default=Severity.ERROR)

    @property
    def message(self) -> str:
        return t(self.message_key, **{key: str(value) for key, value in self.params})

    @property
    def dotted_path(self) -> str:
        return format_path(self.path)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (str(self.file), self.line, self.column, self.rule)


def diagnostic(
    rule: str,
    file: Path,
    position: tuple[int, int],
    message_key: str,
    path: YamlPath = (),
    **params: object,
) -> Diagnostic:
    """Build a diagnostic with the rule's default severity."""
    line, column = position
    return Diagnostic(
        file=file,
        line=line,
        column=column,
        rule=rule,
        message_key=message_key,
        params=tuple((k, v if isinstance(v, Phrase) else str(v)) for k, v in params.items()),
        path=path,
        severity=RULES[rule].severity,
    )


def format_path(path: YamlPath) -> str:
    """``("massnahmen", 2, "ende")`` → ``massnahmen[2].ende``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


def display_path(file: Path) -> str:
    """The file as users want to see it: relative to the working directory when below it."""
    try:
        return os.path.relpath(file)
    except ValueError:  # another drive on Windows
        return str(file)


@dataclass
class Result:
    """Everything one run of the checks found, sorted by position."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    files_checked: int = 0
    versions_checked: list[str] = field(default_factory=list)

    def extend(self, items: Iterable[Diagnostic]) -> None:
        self.diagnostics.extend(items)

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.diagnostics, key=Diagnostic.sort_key)

    @property
    def errors(self) -> int:
        return sum(1 for d in self.diagnostics if d.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for d in self.diagnostics if d.severity is Severity.WARNING)

    @property
    def ok(self) -> bool:
        return self.errors == 0
