"""Texts of ``ki-concept diff``: ``key → (de, en)``.

YAML keys (``ende``, ``partner``) stay as they are in both languages: they
are what users write in their files.
"""

from __future__ import annotations

DIFF: dict[str, tuple[str, str]] = {
    # --- headings and counts -------------------------------------------------------
    "diff.title": ("Vergleich {old} → {new}", "Comparison {old} → {new}"),
    "diff.none": ("Keine Unterschiede.", "No differences."),
    "diff.filtered": ("Auswahl: {filters}", "Selection: {filters}"),
    "diff.group.konzept": ("Konzept · {title}", "Concept · {title}"),
    "diff.group.field": ("Handlungsfeld {id} · {title}", "Field {id} · {title}"),
    "diff.group.count": ("({count})", "({count})"),
    "diff.values_on": ("{values} an {items} Elementen", "{values} on {items} items"),
    "diff.values_on.one": ("{values} an einem Element", "{values} on one item"),
    "diff.state.added": ("(neu)", "(added)"),
    "diff.state.removed": ("(entfernt)", "(removed)"),
    "diff.md.kind": ("Art", "kind"),
    "diff.md.count": ("Anzahl", "count"),
    "diff.kind.added": ("hinzugefügt", "added"),
    "diff.kind.removed": ("entfernt", "removed"),
    "diff.kind.renamed": ("umbenannt", "renamed"),
    "diff.kind.moved": ("verschoben", "moved"),
    "diff.kind.changed": ("geänderte Angaben", "changed fields"),
    "diff.kind.possible_rename": ("mögliche Umbenennungen", "possible renames"),
    "diff.type.konzept": ("Konzept", "concept"),
    "diff.type.konzept.plural": ("Konzept", "concept"),
    "diff.type.handlungsfeld": ("Handlungsfeld", "field"),
    "diff.type.handlungsfeld.plural": ("Handlungsfelder", "fields"),
    "diff.type.ziel": ("Ziel", "goal"),
    "diff.type.ziel.plural": ("Ziele", "goals"),
    "diff.type.massnahme": ("Maßnahme", "measure"),
    "diff.type.massnahme.plural": ("Maßnahmen", "measures"),
    "diff.type.indikator": ("Indikator", "indicator"),
    "diff.type.indikator.plural": ("Indikatoren", "indicators"),
    # --- one change --------------------------------------------------------------------
    "diff.renamed": (
        "umbenannt: {old} → {new} (über 'frueher')",
        "renamed: {old} → {new} (through 'frueher')",
    ),
    "diff.merged": (
        "zusammengeführt aus {old} (über 'frueher')",
        "merged from {old} (through 'frueher')",
    ),
    "diff.possible_rename": (
        "vielleicht umbenannt aus {old_id} {old} – nur eine Vermutung nach dem ähnlichen "
        "Titel, nicht zugeordnet",
        "perhaps renamed from {old_id} {old} – only a guess from the similar title, not matched",
    ),
    "diff.possible_rename.massnahme": (
        "vielleicht umbenannt aus {old_id} {old} – nur eine Vermutung nach dem ähnlichen "
        "Titel, nicht zugeordnet; 'frueher: [{old_id}]' macht es verbindlich",
        "perhaps renamed from {old_id} {old} – only a guess from the similar title, not "
        "matched; 'frueher: [{old_id}]' makes it binding",
    ),
    "diff.moved.field": (
        "verschoben aus Handlungsfeld {old}",
        "moved from field {old}",
    ),
    "diff.moved.goals": ("(anderen Zielen zugeordnet)", "(assigned to other goals)"),
    "diff.date.moved": ("verschoben um {shift}", "moved by {shift}"),
    "diff.date.set": ("neu gesetzt:", "set to"),
    "diff.date.cleared": ("entfernt (war {old})", "removed (was {old})"),
    "diff.unit.months": ("Monat", "month"),
    "diff.unit.months.plural": ("Monate", "months"),
    "diff.unit.days": ("Tag", "day"),
    "diff.unit.days.plural": ("Tage", "days"),
    "diff.word_diff": ("(Wortvergleich)", "(word diff)"),
    "diff.yes": ("ja", "yes"),
    "diff.no": ("nein", "no"),
    "diff.quote": ("„{text}“", "“{text}”"),
    # --- problems ------------------------------------------------------------------------
    "diff.invalid": (
        "{label} ist nicht gültig ({errors} Fehler, siehe oben); ein Vergleich ist erst "
        "möglich, wenn `ki-concept validate` keine Fehler mehr meldet.",
        "{label} is not valid ({errors} error(s), see above); it can be compared once "
        "`ki-concept validate` reports no errors.",
    ),
    "diff.unknown_field": (
        "'{field}' ist kein vergleichbares Feld; möglich: {choices}.",
        "'{field}' is not a field that can be compared; choose from: {choices}.",
    ),
    "diff.unknown_field_suggest": (
        "'{field}' ist kein vergleichbares Feld; meinten Sie '{suggestion}'?",
        "'{field}' is not a field that can be compared; did you mean '{suggestion}'?",
    ),
    "diff.git.missing": (
        "'{spec}' verweist auf die Git-Historie, aber das Programm git ist nicht installiert.",
        "'{spec}' refers to git history, but the git program is not installed.",
    ),
    "diff.git.dubious": (
        "'{spec}': git liest das Repository in {path} nicht, weil es einem anderen Benutzer "
        "gehört („dubious ownership“). Als dessen Eigentümer ausführen oder es mit "
        "`git config --global --add safe.directory PFAD` freigeben.",
        "'{spec}': git will not read the repository in {path} because another user owns it "
        '("dubious ownership"). Run as its owner or allow it with '
        "`git config --global --add safe.directory PATH`.",
    ),
    "diff.git.no_repository": (
        "'{spec}' verweist auf die Git-Historie, aber weder {cwd} noch der Konzept-Ordner "
        "liegen in einem Git-Repository.",
        "'{spec}' refers to git history, but neither {cwd} nor the concept folder is inside a "
        "git repository.",
    ),
    "diff.git.bad_spec": (
        "'{spec}' ist keine Angabe der Form REVISION:PFAD (z. B. HEAD~1:concept/2017).",
        "'{spec}' is not of the form REVISION:PATH (e.g. HEAD~1:concept/2017).",
    ),
    "diff.git.not_found": (
        "'{spec}': in {repo} gibt es zu Revision '{rev}' keinen Ordner '{path}' ({reason}).",
        "'{spec}': there is no folder '{path}' at revision '{rev}' in {repo} ({reason}).",
    ),
    "diff.git.not_a_version": (
        "'{spec}': der Ordner '{path}' enthält zu Revision '{rev}' weder konzept.yaml noch "
        "handlungsfelder/.",
        "'{spec}': at revision '{rev}' the folder '{path}' holds neither konzept.yaml nor "
        "handlungsfelder/.",
    ),
    "diff.git.failed": (
        "git konnte '{spec}' nicht lesen: {reason}",
        "git could not read '{spec}': {reason}",
    ),
    # --- help texts -----------------------------------------------------------------------
    "help.diff": (
        "Zwei Versionen vergleichen: hinzugefügte, entfernte, umbenannte, verschobene und "
        "geänderte Handlungsfelder, Ziele, Maßnahmen und Indikatoren. Exit 0, mit --exit-code "
        "1 bei Unterschieden; 2 = Vergleich nicht möglich.",
        "compare two versions: added, removed, renamed, moved and changed fields, goals, "
        "measures and indicators. Exit 0, with --exit-code 1 when they differ; 2 = could not "
        "compare.",
    ),
    "help.diff.example": (
        "Beispiele: ki-concept diff 2013 2017 · ki-concept diff HEAD~1:concept/2017 2017 "
        "--format markdown · ki-concept diff 2013 2017 --only status --exit-code",
        "Examples: ki-concept diff 2013 2017 · ki-concept diff HEAD~1:concept/2017 2017 "
        "--format markdown · ki-concept diff 2013 2017 --only status --exit-code",
    ),
    "help.diff.old": (
        "Ältere Seite: Versionsname (2013), Versionsordner oder REVISION:PFAD aus Git.",
        "older side: version name (2013), version folder, or REVISION:PATH from git.",
    ),
    "help.diff.new": (
        "Neuere Seite: Versionsname (2017), Versionsordner oder REVISION:PFAD aus Git.",
        "newer side: version name (2017), version folder, or REVISION:PATH from git.",
    ),
    "help.diff.format": (
        "Ausgabe: text, brief, markdown oder json.",
        "output: text, brief, markdown or json.",
    ),
    "help.diff.ignore": (
        "Dieses Feld (YAML-Schlüssel) nicht vergleichen; mehrfach möglich.",
        "leave this field (YAML key) out; may be repeated.",
    ),
    "help.diff.only": (
        "Nur dieses Feld (YAML-Schlüssel) vergleichen; mehrfach möglich.",
        "compare only this field (YAML key); may be repeated.",
    ),
    "help.diff.exit_code": (
        "Exit 1, wenn es Unterschiede gibt (für CI).",
        "exit 1 when there are differences (for CI).",
    ),
}
