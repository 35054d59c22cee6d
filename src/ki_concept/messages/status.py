"""Texts of ``status`` and ``show``: ``key → (de, en)``."""

from __future__ import annotations

STATUS: dict[str, tuple[str, str]] = {
    "status.header": (
        "Version {version} · {adopted} · Stichtag {as_of}",
        "Version {version} · {adopted} · as of {as_of}",
    ),
    "status.adopted": ("beschlossen am {date}", "adopted {date}"),
    "status.not_adopted": ("noch nicht beschlossen", "not adopted yet"),
    "status.unknown": ("unbekannt", "unknown"),
    "status.unknown.short": ("unb.", "unk."),
    "status.not_started": ("nicht begonnen", "not started"),
    "status.not_started.short": ("n.b.", "n.st."),
    "status.total": ("Gesamt", "Total"),
    "status.no_measure": ("keine Maßnahme", "no measure"),
    "status.group.handlungsfeld": ("Handlungsfeld", "Field of action"),
    "status.group.verantwortlich": ("Verantwortlich", "Responsible"),
    "status.group.zielgruppe": ("Zielgruppe", "Target group"),
    "status.group.ziel": ("Ziel", "Goal"),
    "status.group.schwerpunkt": ("Schwerpunkt", "Priority"),
    "status.without.handlungsfeld": ("(ohne Handlungsfeld)", "(no field)"),
    "status.without.verantwortlich": ("(ohne Angabe)", "(not stated)"),
    "status.without.zielgruppe": ("(ohne Zielgruppe)", "(no target group)"),
    "status.without.ziel": ("(keinem Ziel zugeordnet)", "(no goal)"),
    "status.without.schwerpunkt": ("(keinem Schwerpunkt zugeordnet)", "(no priority)"),
    "status.col.measures": ("Anz.", "No."),
    "status.col.share": ("%", "%"),
    "status.col.share_long": ("erreicht %", "achieved %"),
    "status.col.achieved": ("Summe erreicht", "total achieved"),
    "status.col.dropped": ("Summe entfallen", "total dropped"),
    "status.col.overdue": ("überf.", "late"),
    "status.col.overdue_long": ("überfällig", "overdue"),
    "status.col.progress": ("Fortschritt", "Progress"),
    "status.note.derived": (
        "Anteil erreicht (%): erreichte Maßnahmen ({achieved}) unter denen mit bekanntem "
        "Status, ohne die entfallenen ({dropped}); aus den Maßnahmen abgeleitet.",
        "Share achieved (%): measures achieved ({achieved}) among those with a known "
        "status, leaving out those dropped ({dropped}); derived from the measures.",
    ),
    "status.note.overdue": (
        "Überfällig: Ende vor dem Stichtag und Status {words}.",
        "Overdue: end before the reference date and status {words}.",
    ),
    "status.note.never_overdue": (
        "Nie überfällig (statuswerte: ueberfaellig: false): {words}.",
        "Never overdue (statuswerte: ueberfaellig: false): {words}.",
    ),
    "status.note.without_history.one": (
        "1 Maßnahme ohne Verlauf bis zum {as_of}: Status an diesem Tag unbekannt.",
        "1 measure has no history back to {as_of}: its status on that day is unknown.",
    ),
    "status.note.without_history": (
        "{count} Maßnahmen ohne Verlauf bis zum {as_of}: Status an diesem Tag unbekannt.",
        "{count} measures have no history back to {as_of}: their status on that day is unknown.",
    ),
    "status.note.not_started.one": (
        "1 Maßnahme vor ihrem Beginn: nicht begonnen.",
        "1 measure before its start: not started.",
    ),
    "status.note.not_started": (
        "{count} Maßnahmen vor ihrem Beginn: nicht begonnen.",
        "{count} measures before their start: not started.",
    ),
    "status.note.hidden": (
        "{count} Beispiel-Maßnahmen ausgeblendet (--beispiele zeigt sie).",
        "{count} example measures hidden (--beispiele shows them).",
    ),
    "status.note.goals_without": (
        "Ziele ohne Maßnahme: {goals}.",
        "goals without a measure: {goals}.",
    ),
    "status.legend": ("Spalten: {items}.", "Columns: {items}."),
    "status.unknown_field": (
        "Handlungsfeld '{id}' gibt es nicht; meinten Sie: {choices}?",
        "there is no field '{id}'; did you mean: {choices}?",
    ),
    "list.col.id": ("Id", "Id"),
    "list.col.title": ("Titel", "Title"),
    "list.col.title_details": (
        "Titel / Verantwortlich · Beginn – Ende",
        "Title / responsible · start – end",
    ),
    "list.col.status": ("Status", "Status"),
    "list.col.responsible": ("Verantwortlich", "Responsible"),
    "list.col.start": ("Beginn", "Start"),
    "list.col.end": ("Ende", "End"),
    "list.col.overdue": ("überfällig", "overdue"),
    "list.col.field": ("Handlungsfeld", "Field"),
    "list.col.field_short": ("Feld", "Field"),
    "list.mark.overdue": ("! = überfällig", "! = overdue"),
    "list.mark.ongoing": ("∞ = Daueraufgabe", "∞ = ongoing task"),
    "list.mark.example": ("B = Beispiel", "B = example"),
    "list.count": ("{count} Maßnahmen.", "{count} measures."),
    "yes": ("ja", "yes"),
    # --- help texts -----------------------------------------------------------------
    "help.status": (
        "Stand der Umsetzung je Handlungsfeld (oder Verantwortlichen, Zielgruppe, Ziel, "
        "Schwerpunkt): Anzahl je Status, Anteil abgeschlossen, überfällige Maßnahmen.",
        "state of implementation per field (or responsible body, target group, goal, "
        "priority): counts per status, share finished, overdue measures.",
    ),
    "help.status.example": (
        "Beispiele: ki-concept status · ki-concept status 2017 --by verantwortlich · "
        "ki-concept status --overdue --list · ki-concept status --format csv > stand.csv",
        "Examples: ki-concept status · ki-concept status 2017 --by verantwortlich · "
        "ki-concept status --overdue --list · ki-concept status --format csv > state.csv",
    ),
    "help.version_arg": (
        "Version (Ordnername wie 2017 oder Pfad); Standard: die zuletzt beschlossene.",
        "version (folder name such as 2017, or a path); default: the one adopted last.",
    ),
    "help.by": (
        "Gruppieren nach handlungsfeld, verantwortlich, zielgruppe, ziel oder schwerpunkt.",
        "group by handlungsfeld, verantwortlich, zielgruppe, ziel or schwerpunkt.",
    ),
    "help.status_filter": (
        "Nur Maßnahmen mit diesem Status am Stichtag (mehrfach möglich; 'unbekannt' für "
        "ohne Status, 'nicht_begonnen' für vor dem Beginn).",
        "only measures with this status on the reference date (repeatable; 'unbekannt' for "
        "none, 'nicht_begonnen' for before their start).",
    ),
    "help.field_filter": ("Nur dieses Handlungsfeld (Id).", "only this field (id)."),
    "help.responsible_filter": (
        "Nur Maßnahmen, deren Verantwortliche diesen Text enthalten.",
        "only measures whose responsible body contains this text.",
    ),
    "help.overdue": ("Nur überfällige Maßnahmen.", "only overdue measures."),
    "help.examples": (
        "Beispiel-Maßnahmen (beispiel: true) zeigen oder ausblenden.",
        "show or hide example measures (beispiel: true).",
    ),
    "help.list": ("Die Maßnahmen selbst auflisten.", "list the measures themselves."),
    "help.status.format": (
        "Ausgabe: table, json, csv oder markdown.",
        "output: table, json, csv or markdown.",
    ),
    "help.separator": (
        "Trennzeichen für CSV (Standard ';' für deutsches Excel).",
        "CSV separator (default ';' for German Excel).",
    ),
    # --- show -----------------------------------------------------------------------
    "show.kind.handlungsfeld": ("Handlungsfeld", "Field of action"),
    "show.kind.ziel": ("Ziel", "Goal"),
    "show.kind.massnahme": ("Maßnahme", "Measure"),
    "show.defined_in": (
        "definiert in {place} (Version {version})",
        "defined in {place} (version {version})",
    ),
    "show.example": (
        "Beispiel: illustrativer Inhalt, kein belegter Fakt.",
        "example: illustrative content, not a documented fact.",
    ),
    "show.field": ("Handlungsfeld", "Field"),
    "show.status": ("Status", "Status"),
    "show.overdue": ("(überfällig)", "(overdue)"),
    "show.responsible": ("Verantwortlich", "Responsible"),
    "show.partners": ("Partner", "Partners"),
    "show.target_groups": ("Zielgruppen", "Target groups"),
    "show.start": ("Beginn", "Start"),
    "show.end": ("Ende", "End"),
    "show.ongoing": ("Daueraufgabe", "Ongoing task"),
    "show.goals": ("Ziele", "Goals"),
    "show.priorities": ("Schwerpunkte", "Priorities"),
    "show.former": ("Früher", "Formerly"),
    "show.resources": ("Ressourcen", "Resources"),
    "show.level": ("Ebene", "Level"),
    "show.measures": ("Maßnahmen", "Measures"),
    "show.no_measures": (
        "keine – dieses Ziel hat keine Maßnahme",
        "none – this goal has no measure",
    ),
    "show.progress": ("Fortschritt", "Progress"),
    "show.progress_value": (
        "{share} ({achieved} von {counted} Maßnahmen mit bekanntem Status erreicht, "
        "{dropped} entfallen; aus den Maßnahmen abgeleitet)",
        "{share} ({achieved} of {counted} measures with a known status achieved, {dropped} "
        "dropped; derived from the measures)",
    ),
    "show.description": ("Beschreibung", "Description"),
    "show.indicators": ("Indikatoren", "Indicators"),
    "show.baseline": ("Ausgangswert {year}: {value}", "baseline {year}: {value}"),
    "show.target": ("Zielwert {year}: {value}", "target {year}: {value}"),
    "show.sources": ("Quellen", "Sources"),
    "show.history": ("Verlauf", "History"),
    "show.found_by_title": (
        "{id} gefunden über den Titel („{words}“).",
        "{id} found by its title (“{words}”).",
    ),
    "show.title_matches": (
        "Keine Id '{words}'; {count} Titel enthalten es: {items}. "
        "'ki-concept show ID' zeigt eines davon.",
        "no id '{words}'; {count} titles contain it: {items}. "
        "'ki-concept show ID' shows one of them.",
    ),
    "show.title_match": ("{id} ({kind} „{title}“)", "{id} ({kind} “{title}”)"),
    "show.unknown_id": (
        "Id '{id}' gibt es in Version {version} nicht.",
        "there is no id '{id}' in version {version}.",
    ),
    "show.unknown_id_suggest": (
        "Id '{id}' gibt es in Version {version} nicht; meinten Sie: {choices}?",
        "there is no id '{id}' in version {version}; did you mean: {choices}?",
    ),
    "help.show": (
        "Alles zu einem Handlungsfeld, Ziel oder einer Maßnahme: Felder, Ziele/Maßnahmen, "
        "Quellen mit Adresse, Verlauf und wo es definiert ist.",
        "everything about one field, goal or measure: its fields, goals or measures, sources "
        "with their addresses, history, and where it is defined.",
    ),
    "help.show.example": (
        "Beispiel: ki-concept show ENGAGEMENT-M3 · ki-concept show BILDUNG 2013",
        "Example: ki-concept show ENGAGEMENT-M3 · ki-concept show BILDUNG 2013",
    ),
    "help.item_id": (
        "Id des Handlungsfelds, Ziels oder der Maßnahme.",
        "id of the field, goal or measure.",
    ),
    "help.show.format": ("Ausgabe: text oder json.", "output: text or json."),
}
