"""Texts of ``report``, ``export`` and ``schema``: ``key → (de, en)``."""

from __future__ import annotations

REPORT: dict[str, tuple[str, str]] = {
    # --- report: title block ------------------------------------------------------
    "report.kicker": ("Bericht zum Stand der Umsetzung", "Report on the state of implementation"),
    "report.page_title": (
        "Stand der Umsetzung – {title} – Version {version}",
        "State of implementation – {title} – version {version}",
    ),
    "report.fact.version": ("Version", "Version"),
    "report.fact.adopted": ("Beschlossen", "Adopted"),
    "report.fact.adopted_by": ("{date} ({body})", "{date} ({body})"),
    "report.fact.not_adopted": ("noch nicht beschlossen", "not adopted yet"),
    "report.fact.as_of": ("Stichtag", "Reference date"),
    "report.fact.scope": ("Umfang", "Scope"),
    "report.fact.scope_value": (
        "{measures} Maßnahmen und {goals} Ziele in {fields} Handlungsfeldern",
        "{measures} measures and {goals} goals in {fields} fields of action",
    ),
    "report.fact.progress": ("Fortschritt", "Progress"),
    "report.fact.progress_value": (
        "{share} ({achieved} von {counted} Maßnahmen mit bekanntem Status erreicht; "
        "{dropped} entfallen, nicht mitgezählt)",
        "{share} ({achieved} of {counted} measures with a known status achieved; "
        "{dropped} dropped, not counted)",
    ),
    "report.toc": ("Inhalt", "Contents"),
    # --- report: sections --------------------------------------------------------------
    "report.overview": ("Überblick: Maßnahmen nach Status", "Overview: measures by status"),
    "report.chart.title": (
        "Maßnahmen je Handlungsfeld nach Status",
        "Measures per field of action by status",
    ),
    "report.chart.desc_intro": (
        "Gestapelte Balken, ein Balken je Handlungsfeld; die Länge ist die Zahl der Maßnahmen.",
        "Stacked bars, one bar per field of action; the length is the number of measures.",
    ),
    "report.chart.field": (
        "{title}: {total} Maßnahmen ({parts})",
        "{title}: {total} measures ({parts})",
    ),
    "report.chart.part": ("{count} {status}", "{count} {status}"),
    "report.chart.none": ("keine", "none"),
    "report.chart.caption": (
        "Abbildung: Maßnahmen je Handlungsfeld nach Status zum Stichtag {as_of}. "
        "Die Tabelle darunter enthält dieselben Zahlen.",
        "Figure: measures per field of action by status on {as_of}. "
        "The table below holds the same numbers.",
    ),
    "report.summary.caption": (
        "Maßnahmen je Handlungsfeld und Status zum Stichtag {as_of}",
        "Measures per field of action and status on {as_of}",
    ),
    "report.summary.hidden_statuses": (
        "Ohne Spalte, weil keine Maßnahme diesen Status hat: {statuses}.",
        "No column, because no measure has this status: {statuses}.",
    ),
    "report.scroll_hint": (
        "Die Tabelle ist breiter als der Bildschirm: zur Seite wischen, um alle Spalten zu sehen.",
        "The table is wider than the screen: swipe sideways to see every column.",
    ),
    "report.overdue": ("Überfällige Maßnahmen", "Overdue measures"),
    "report.overdue.intro": (
        "Maßnahmen, deren Ende vor dem Stichtag {as_of} liegt und die weder erreicht noch "
        "entfallen sind: {count}.",
        "Measures whose end lies before the reference date {as_of} and that are neither "
        "achieved nor dropped: {count}.",
    ),
    "report.overdue.none": (
        "Keine Maßnahme ist zum Stichtag {as_of} überfällig.",
        "No measure is overdue on {as_of}.",
    ),
    "report.overdue.caption": ("Überfällige Maßnahmen", "Overdue measures"),
    "report.fields": ("Ziele und Maßnahmen je Handlungsfeld", "Goals and measures per field"),
    "report.field.summary": (
        "{measures} Maßnahmen, davon {achieved} erreicht, {dropped} entfallen, {overdue} "
        "überfällig.",
        "{measures} measures: {achieved} achieved, {dropped} dropped, {overdue} overdue.",
    ),
    "report.goals": ("Ziele", "Goals"),
    "report.goals.caption": ("Ziele im Handlungsfeld {title}", "Goals in {title}"),
    "report.goals.none": ("Keine Ziele erfasst.", "No goals recorded."),
    "report.measures": ("Maßnahmen", "Measures"),
    "report.measures.caption": ("Maßnahmen im Handlungsfeld {title}", "Measures in {title}"),
    "report.measures.none": ("Keine Maßnahmen erfasst.", "No measures recorded."),
    "report.changes": ("Änderungen seit {version}", "Changes since {version}"),
    "report.changes.revision": (
        "Änderungen seit {revision} (Version {version})",
        "Changes since {revision} (version {version})",
    ),
    "report.changes.basis": ("Version {version}", "version {version}"),
    "report.changes.basis.revision": (
        "Version {version} im Git-Stand {revision} (Commit {commit}, Ordner {path})",
        "version {version} at git revision {revision} (commit {commit}, folder {path})",
    ),
    "report.changes.basis.tree": (
        "Version {version} im Git-Stand {revision} (Ordner {path})",
        "version {version} at git revision {revision} (folder {path})",
    ),
    "report.changes.intro": (
        "Vergleich der Version {new} mit {old}: Änderungen an {items} "
        "({summary}). Listen zeigen nur, was hinzukam (+) oder wegfiel (−); "
        "lange Texte sind gekürzt, ki-concept diff zeigt sie vollständig.",
        "Version {new} compared with {old}: changes to {items} "
        "({summary}). Lists show only what was added (+) or dropped (−); long texts are cut, "
        "ki-concept diff shows them in full.",
    ),
    "report.changes.none": (
        "Keine Änderungen zwischen {old} und Version {new}.",
        "No changes between {old} and version {new}.",
    ),
    "report.changes.caption": (
        "Änderungen von {old} zu Version {new}",
        "Changes from {old} to version {new}",
    ),
    "report.sources": ("Quellen", "Sources"),
    "report.sources.intro": (
        "Die Kurzschlüssel in den Tabellen verweisen auf diese Adressen.",
        "The short keys in the tables refer to these addresses.",
    ),
    "report.sources.none": ("Keine Quellen angegeben.", "No sources given."),
    "report.source_missing": ("(keine Adresse)", "(no address)"),
    "report.example": ("Beispiel", "Example"),
    "report.example_note": (
        "„Beispiel“ kennzeichnet veranschaulichende Inhalte, die keine belegten Fakten sind "
        "(beispiel: true in den Dateien).",
        "“Example” marks illustrative content that is not a documented fact "
        "(beispiel: true in the files).",
    ),
    "report.footer": (
        "Erstellt mit ki-concept {tool} aus den Dateien der Version {version} ({folder}).",
        "Produced by ki-concept {tool} from the files of version {version} ({folder}).",
    ),
    "report.overdue_mark": ("überfällig", "overdue"),
    "report.ongoing": ("Daueraufgabe", "ongoing task"),
    "report.period": ("{start} – {end}", "{start} – {end}"),
    "report.partners": ("Partner: {names}", "Partners: {names}"),
    "report.goal_ids": ("Ziele: {ids}", "Goals: {ids}"),
    "report.measure_count": (
        "{total} ({achieved} erreicht)",
        "{total} ({achieved} achieved)",
    ),
    "report.measure_count_dropped": (
        "{total} ({achieved} erreicht, {dropped} entfallen)",
        "{total} ({achieved} achieved, {dropped} dropped)",
    ),
    "report.written": (
        "Bericht geschrieben: {path} ({measures} Maßnahmen, {fields} Handlungsfelder).",
        "report written: {path} ({measures} measures, {fields} fields of action).",
    ),
    "report.since.unknown": (
        "--since {since}: das ist weder eine Version in {root} (vorhanden: {available}) noch "
        "eine Git-Revision ({reason}). Möglich sind ein Versionsname wie 2013, ein "
        "Versionsordner, eine Revision wie HEAD~3 oder ein Tag (dann derselbe Ordner in jenem "
        "Stand) und REVISION:PFAD wie HEAD~1:concept/2013.",
        "--since {since}: that is neither a version in {root} (available: {available}) nor a "
        "git revision ({reason}). Give a version name such as 2013, a version folder, a "
        "revision such as HEAD~3 or a tag (then the same folder at that revision), or "
        "REVISION:PATH such as HEAD~1:concept/2013.",
    ),
    "report.since.no_repository": (
        "weder das aktuelle Verzeichnis noch der Konzept-Ordner liegt in einem Git-Repository",
        "neither the working directory nor the concept folder is inside a git repository",
    ),
    "report.since.no_revision": (
        "git kennt in {repo} keinen Commit, Tag oder Branch dieses Namens",
        "git knows no commit, tag or branch of that name in {repo}",
    ),
    "report.since.outside": (
        "--since {since}: der Versionsordner {folder} liegt nicht im Git-Repository {repo}; "
        "mit REVISION:PFAD den Ordner im Repository angeben.",
        "--since {since}: the version folder {folder} is not inside the git repository {repo}; "
        "name the folder in the repository with REVISION:PATH.",
    ),
    "report.since.no_folder": (
        "--since {since}: im Git-Stand {since} gibt es den Ordner {path} in {repo} noch nicht. "
        "Die Version jenes Stands mit REVISION:PFAD nennen, z. B. --since {since}:ORDNER.",
        "--since {since}: at revision {since} there is no folder {path} in {repo} yet. Name "
        "that revision's version with REVISION:PATH, e.g. --since {since}:FOLDER.",
    ),
    "report.same_version": (
        "--since {version} vergleicht die Version mit sich selbst; bitte eine ältere Version "
        "angeben.",
        "--since {version} compares the version with itself; please name an older version.",
    ),
    # --- report: column headings ----------------------------------------------------
    "report.col.field": ("Handlungsfeld", "Field of action"),
    "report.col.measures": ("Maßnahmen", "Measures"),
    "report.col.share": ("erreicht %", "achieved %"),
    "report.col.overdue": ("überfällig", "overdue"),
    "report.col.id": ("Id", "Id"),
    "report.col.goal": ("Ziel", "Goal"),
    "report.col.level": ("Ebene", "Level"),
    "report.col.measure": ("Maßnahme", "Measure"),
    "report.col.status": ("Status", "Status"),
    "report.col.responsible": ("Verantwortlich", "Responsible"),
    "report.col.period": ("Zeitraum", "Period"),
    "report.col.end": ("Ende", "End"),
    "report.col.sources": ("Quellen", "Sources"),
    "report.col.kind": ("Art", "Kind"),
    "report.col.item": ("Element", "Item"),
    "report.col.change": ("Änderung", "Change"),
    "report.change.possible_rename": (
        "vielleicht umbenannt aus {old_id} („{title}“)",
        "possibly renamed from {old_id} (“{title}”)",
    ),
    "report.history.entry": (
        "Am {date} auf „{status}“ gesetzt.",
        "On {date} set to “{status}”.",
    ),
    "report.history.entry_note": (
        "Am {date} auf „{status}“ gesetzt: {note}",
        "On {date} set to “{status}”: {note}",
    ),
    "report.period.from": ("ab {start}", "from {start}"),
    "report.period.until": ("bis {end}", "until {end}"),
    "report.level.leitziel": ("Leitziel", "guiding goal"),
    "report.level.mittlerziel": ("Mittlerziel", "intermediate goal"),
    "report.level.handlungsziel": ("Handlungsziel", "action goal"),
    "report.level.detailziel": ("Detailziel", "detailed goal"),
    "report.kind.added": ("neu", "added"),
    "report.kind.removed": ("entfallen", "removed"),
    "report.kind.renamed": ("umbenannt", "renamed"),
    "report.kind.moved": ("verschoben", "moved"),
    "report.kind.changed": ("geändert", "changed"),
    "report.kind.changed_values": ("geänderte Angaben", "changed values"),
    "report.kind.changed_value": ("geänderte Angabe", "changed value"),
    "report.items.one": ("einem Element", "one item"),
    "report.items.many": ("{count} Elementen", "{count} items"),
    "report.kind.possible_rename": ("vielleicht umbenannt", "possibly renamed"),
    "report.type.konzept": ("Konzept", "Concept"),
    "report.type.handlungsfeld": ("Handlungsfeld", "Field of action"),
    "report.type.ziel": ("Ziel", "Goal"),
    "report.type.massnahme": ("Maßnahme", "Measure"),
    "report.type.indikator": ("Indikator", "Indicator"),
    # --- export ---------------------------------------------------------------------
    "export.col.field": ("Handlungsfeld", "Field of action"),
    "export.col.field_title": ("Handlungsfeld (Titel)", "Field of action (title)"),
    "export.col.goals": ("Ziele", "Goals"),
    "export.col.id": ("Id", "Id"),
    "export.col.title": ("Titel", "Title"),
    "export.col.status": ("Status", "Status"),
    "export.col.description": ("Beschreibung", "Description"),
    "export.col.step_date": ("Verlauf: letztes Datum", "History: last date"),
    "export.col.step_status": ("Verlauf: Status", "History: status"),
    "export.col.step_note": ("Verlauf: Notiz", "History: note"),
    "export.col.ongoing": ("Daueraufgabe", "Ongoing task"),
    "export.col.resources": ("Ressourcen", "Resources"),
    "export.col.achieved": ("Summe erreicht", "total achieved"),
    "export.col.dropped": ("Summe entfallen", "total dropped"),
    "export.col.responsible": ("Verantwortlich", "Responsible"),
    "export.col.partners": ("Partner", "Partners"),
    "export.col.target_groups": ("Zielgruppen", "Target groups"),
    "export.col.start": ("Beginn", "Start"),
    "export.col.end": ("Ende", "End"),
    "export.col.overdue": ("Überfällig", "Overdue"),
    "export.col.sources": ("Quellen", "Sources"),
    "export.col.example": ("Beispiel", "Example"),
    "export.col.measures": ("Maßnahmen", "Measures"),
    "export.col.key": ("Schlüssel", "Key"),
    "export.col.url": ("Adresse", "Address"),
    "export.yes": ("ja", "yes"),
    "export.no": ("nein", "no"),
    "export.sheet.all": ("Alle Maßnahmen", "All measures"),
    "export.sheet.summary": ("Übersicht", "Summary"),
    "export.sheet.sources": ("Quellen", "Sources"),
    "export.sheet.about": ("Angaben", "About"),
    "export.col.about_key": ("Angabe", "Item"),
    "export.col.about_value": ("Wert", "Value"),
    "export.about.concept": ("Konzept", "Concept"),
    "export.about.version": ("Version", "Version"),
    "export.about.folder": ("Versionsordner", "Version folder"),
    "export.about.adopted": ("Beschlossen", "Adopted"),
    "export.about.as_of": (
        "Stichtag (Status und „überfällig“)",
        "Reference date (status, overdue)",
    ),
    "export.about.tool": ("Erstellt mit", "Made with"),
    "export.about.subject": ("Stand der Maßnahmen zum {as_of}", "State of the measures on {as_of}"),
    "export.total": ("Gesamt", "Total"),
    "export.written": (
        "Export geschrieben: {path} ({measures} Maßnahmen).",
        "export written: {path} ({measures} measures).",
    ),
    "export.needs_file": (
        "Für --format xlsx bitte mit -o eine Datei angeben, z. B. -o massnahmen.xlsx.",
        "--format xlsx needs a file: add -o, e.g. -o measures.xlsx.",
    ),
    # --- output files -----------------------------------------------------------------
    "output.suffix_mismatch": (
        "-o {path}: die Endung '{suffix}' passt nicht zu --format {format}; für dieses Format "
        "endet der Dateiname auf {expected}.",
        "-o {path}: the suffix '{suffix}' does not match --format {format}; for this format "
        "the file name ends in {expected}.",
    ),
    "output.unknown_suffix": (
        "-o {path}: an der Endung '{suffix}' ist kein Format zu erkennen; möglich sind "
        "{expected} (oder --format angeben).",
        "-o {path}: the suffix '{suffix}' names no format; possible are {expected} (or give "
        "--format).",
    ),
    "output.write_failed": (
        "Die Datei {path} lässt sich nicht schreiben: {reason}. Eine vorhandene Datei dieses "
        "Namens ist unverändert.",
        "cannot write {path}: {reason}. An existing file of that name is unchanged.",
    ),
    "output.not_a_file": (
        "{path} ist keine gewöhnliche Datei (ein Ordner, Gerät oder eine Pipe); dorthin wird "
        "nicht geschrieben. Einen Dateinamen angeben oder '-o -' für die Standardausgabe.",
        "{path} is not a regular file (a folder, device or pipe); nothing is written there. "
        "Give a file name, or '-o -' for standard output.",
    ),
    "output.is_link": (
        "{path} ist ein symbolischer Link (auf {target}); durch Links wird nicht geschrieben. "
        "Den Pfad der Datei selbst angeben.",
        "{path} is a symbolic link (to {target}); nothing is written through links. Give the "
        "path of the file itself.",
    ),
    # --- schema -------------------------------------------------------------------------
    "schema.written": ("Schema geschrieben: {path}.", "schema written: {path}."),
    "schema.handlungsfeld.title": ("Handlungsfeld", "Field of action"),
    "schema.handlungsfeld.description": (
        "Eine Datei handlungsfelder/*.yaml eines Integrationskonzepts: ein Handlungsfeld mit "
        "seinen Zielen und Maßnahmen (geprüft von ki-concept validate).",
        "One handlungsfelder/*.yaml file of an integration concept: a field of action with its "
        "goals and measures (checked by ki-concept validate).",
    ),
    "schema.konzept.title": ("Integrationskonzept (konzept.yaml)", "Integration concept"),
    "schema.konzept.description": (
        "Die Datei konzept.yaml einer Version: Titel, Beschluss, Zielgruppen, Schwerpunkte, "
        "Quellen und Statuswerte (geprüft von ki-concept validate).",
        "The konzept.yaml file of a version: title, adoption, target groups, priorities, "
        "sources and status values (checked by ki-concept validate).",
    ),
    # --- help texts ---------------------------------------------------------------------
    "help.report": (
        "Bericht zum Stand der Umsetzung als eigenständige HTML-Datei (druckbar, offline) oder "
        "Markdown: Diagramm, überfällige Maßnahmen, Ziele und Maßnahmen je Handlungsfeld, "
        "Quellen; mit --since die Änderungen gegenüber einer älteren Version.",
        "report on the state of implementation as one standalone HTML file (printable, "
        "offline) or Markdown: chart, overdue measures, goals and measures per field, sources; "
        "with --since the changes against an older version.",
    ),
    "help.report.example": (
        "Beispiel: ki-concept report 2017 --since 2013 --as-of 2018-12-31 -o bericht.html · "
        "ki-concept --lang en report --format markdown -o report.md",
        "Example: ki-concept report 2017 --since 2013 --as-of 2018-12-31 -o report.html · "
        "ki-concept --lang en report --format markdown -o report.md",
    ),
    "help.report.format": (
        "Ausgabe: html oder markdown (Standard: nach der Endung von -o, sonst html).",
        "output: html or markdown (default: from the suffix of -o, else html).",
    ),
    "help.report.since": (
        "Ältere Version, deren Änderungen der Bericht zeigt: Versionsname (2013), "
        "Versionsordner, Git-Revision derselben Version (kreistag-2024, HEAD~3) oder "
        "REVISION:PFAD (HEAD~1:concept/2013).",
        "older version whose changes the report shows: version name (2013), version folder, "
        "git revision of the same version (kreistag-2024, HEAD~3) or REVISION:PATH "
        "(HEAD~1:concept/2013).",
    ),
    "help.output": (
        "Ausgabedatei; ohne Angabe auf die Standardausgabe.",
        "output file; standard output when omitted.",
    ),
    "help.export": (
        "Alle Maßnahmen als Tabelle für Excel: CSV (UTF-8 mit BOM) oder XLSX mit einem Blatt "
        "für alle, je einem je Handlungsfeld und einer Übersicht. Mit --for je Gruppe eine "
        "Arbeitsmappe, in die die Verantwortlichen den Stand eintragen.",
        "all measures as a table for Excel: CSV (UTF-8 with BOM) or XLSX with one sheet for "
        "all, one per field of action and a summary. With --for one workbook per group, for "
        "those responsible to fill in the state.",
    ),
    "help.export.example": (
        "Beispiel: ki-concept export 2017 --format xlsx -o massnahmen.xlsx · "
        "ki-concept export --format csv -o massnahmen.csv · "
        "ki-concept export --for verantwortlich -o rueckmeldung/",
        "Example: ki-concept export 2017 --format xlsx -o measures.xlsx · "
        "ki-concept export --format csv -o measures.csv · "
        "ki-concept export --for verantwortlich -o feedback/",
    ),
    "help.export.format": (
        "Ausgabe: csv oder xlsx (Standard: nach der Endung von -o, sonst xlsx).",
        "output: csv or xlsx (default: from the suffix of -o, else xlsx).",
    ),
    "help.schema": (
        "JSON Schema einer Handlungsfeld-Datei oder von konzept.yaml, für Editoren, die beim "
        "Tippen prüfen und ergänzen (z. B. VS Code mit der YAML-Erweiterung).",
        "JSON Schema of a Handlungsfeld file or of konzept.yaml, for editors that check and "
        "complete while you type (e.g. VS Code with the YAML extension).",
    ),
    "help.schema.example": (
        "Beispiel: ki-concept schema -o schema/handlungsfeld.schema.json · "
        "ki-concept schema --target konzept -o schema/konzept.schema.json",
        "Example: ki-concept schema -o schema/handlungsfeld.schema.json · "
        "ki-concept schema --target konzept -o schema/konzept.schema.json",
    ),
    "help.schema.target": (
        "Wofür: handlungsfeld (Standard) oder konzept.",
        "for what: handlungsfeld (default) or konzept.",
    ),
}

# Titles and descriptions in the JSON Schema: editors show them while people type.
# ``schema.def.<Model>`` names a part of the file, ``schema.key.<key>`` a YAML key;
# ``schema.key.<Model>.<key>`` is used where a key means something else in that model.
SCHEMA_TEXTS: dict[str, tuple[str, str]] = {
    "schema.def.Konzept": ("Integrationskonzept", "Integration concept"),
    "schema.def.Priority": ("Schwerpunkt", "Priority"),
    "schema.def.Period": ("Zeitraum", "Period"),
    "schema.def.StatusValue": ("Statuswert", "Status value"),
    "schema.def.Handlungsfeld": ("Handlungsfeld", "Field of action"),
    "schema.def.Goal": ("Ziel", "Goal"),
    "schema.def.Measure": ("Maßnahme", "Measure"),
    "schema.def.Indicator": ("Indikator", "Indicator"),
    "schema.def.Measurement": ("Messwert (Jahr und Wert)", "Measurement (year and value)"),
    "schema.def.HistoryEntry": ("Schritt im Verlauf", "Step in the history"),
    "schema.key.id": (
        "Eindeutige Kennung, z. B. ARBEIT, ARBEIT-Z1 oder ARBEIT-M1; andere Einträge verweisen "
        "darauf.",
        "Unique id such as ARBEIT, ARBEIT-Z1 or ARBEIT-M1; other entries refer to it.",
    ),
    "schema.key.titel": ("Titel bzw. Wortlaut.", "Title or wording."),
    "schema.key.beschreibung": ("Erläuterung in ganzen Sätzen.", "Explanation in full sentences."),
    "schema.key.quellen": (
        "Kurzschlüssel von Quellen aus 'quellen' in konzept.yaml, z. B. [H1, H5].",
        "Short keys of sources listed under 'quellen' in konzept.yaml, e.g. [H1, H5].",
    ),
    "schema.key.beispiel": (
        "true, wenn der Eintrag ein veranschaulichendes Beispiel und kein belegter Fakt ist.",
        "true when the entry is an illustrative example, not a documented fact.",
    ),
    "schema.key.ziele": ("Die Ziele des Handlungsfelds.", "The goals of the field of action."),
    "schema.key.Measure.ziele": (
        "Ids der Ziele, denen die Maßnahme dient.",
        "Ids of the goals the measure serves.",
    ),
    "schema.key.massnahmen": (
        "Die Maßnahmen des Handlungsfelds.",
        "The measures of the field of action.",
    ),
    "schema.key.ebene": (
        "Zielebene: leitziel, mittlerziel, handlungsziel oder detailziel.",
        "Goal level: leitziel, mittlerziel, handlungsziel or detailziel.",
    ),
    "schema.key.rangfolge": (
        "Rang (Priorität) als ganze Zahl; 1 ist der höchste.",
        "Rank (priority) as a whole number; 1 is the highest.",
    ),
    "schema.key.indikatoren": (
        "Messgrößen, an denen sich die Zielerreichung ablesen lässt.",
        "Indicators that show whether the goal is reached.",
    ),
    "schema.key.status": (
        "Stand der Umsetzung: ein Statuswert (Standard: idee, geplant, laufend, ruhend, "
        "umgesetzt, verstetigt, entfallen; oder die 'statuswerte' aus konzept.yaml).",
        "State of implementation: a status value (default: idee, geplant, laufend, ruhend, "
        "umgesetzt, verstetigt, entfallen; or the 'statuswerte' of konzept.yaml).",
    ),
    "schema.key.HistoryEntry.status": (
        "Der Status ab diesem Datum.",
        "The status from this date on.",
    ),
    "schema.key.verantwortlich": ("Verantwortliche Stelle.", "Responsible body."),
    "schema.key.partner": ("Kooperationspartner.", "Partners."),
    "schema.key.zielgruppen": ("Zielgruppen.", "Target groups."),
    "schema.key.beginn": ("Beginn (JJJJ-MM-TT).", "Start (YYYY-MM-DD)."),
    "schema.key.ende": (
        "Ende (JJJJ-MM-TT); danach gilt eine Maßnahme mit offenem Status als überfällig.",
        "End (YYYY-MM-DD); after it, a measure with an open status counts as overdue.",
    ),
    "schema.key.daueraufgabe": (
        "true für eine Daueraufgabe ohne geplantes Ende.",
        "true for an ongoing task without a planned end.",
    ),
    "schema.key.frueher": (
        "Frühere Ids dieser Maßnahme (nach Umbenennung oder Zusammenlegung).",
        "Former ids of this measure (after a rename or a merge).",
    ),
    "schema.key.schwerpunkte": (
        "Ids (oder Titel) der Schwerpunkte aus konzept.yaml, zu denen die Maßnahme gehört.",
        "Ids (or titles) of the priorities in konzept.yaml the measure belongs to.",
    ),
    "schema.key.Konzept.schwerpunkte": (
        "Schwerpunktthemen mit ihrem Zeitraum.",
        "Priority topics with their period.",
    ),
    "schema.key.ressourcen": ("Ressourcen bzw. Budget.", "Resources or budget."),
    "schema.key.verlauf": (
        "Statusänderungen mit Datum; daraus ergibt sich der Status zu jedem Stichtag.",
        "Status changes with their dates; they give the status on any reference date.",
    ),
    "schema.key.datum": ("Datum (JJJJ-MM-TT).", "Date (YYYY-MM-DD)."),
    "schema.key.notiz": ("Anmerkung.", "Note."),
    "schema.key.name": ("Name des Indikators.", "Name of the indicator."),
    "schema.key.einheit": ("Einheit, z. B. Personen.", "Unit, e.g. persons."),
    "schema.key.ausgangswert": ("Ausgangswert: Jahr und Wert.", "Baseline: year and value."),
    "schema.key.zielwert": ("Zielwert: Jahr und Wert.", "Target: year and value."),
    "schema.key.istwerte": ("Gemessene Werte je Jahr.", "Measured values per year."),
    "schema.key.jahr": ("Jahr, z. B. 2017.", "Year, e.g. 2017."),
    "schema.key.wert": ("Wert (Zahl).", "Value (a number)."),
    "schema.key.version": (
        'Versionsbezeichnung, z. B. "2017".',
        'Version name, e.g. "2017".',
    ),
    "schema.key.beschlossen": (
        "Datum des Beschlusses (JJJJ-MM-TT); die zuletzt beschlossene Version ist Standard.",
        "Date of adoption (YYYY-MM-DD); the version adopted last is the default.",
    ),
    "schema.key.gremium": ("Beschließendes Gremium, z. B. der Kreistag.", "Adopting body."),
    "schema.key.grundlage": (
        "Rechtliche oder fachliche Grundlage und Entstehung.",
        "Legal or professional basis and how the concept came about.",
    ),
    "schema.key.Konzept.quellen": (
        "Quellenverzeichnis: Kurzschlüssel → Adresse (http:// oder https://).",
        "List of sources: short key → address (http:// or https://).",
    ),
    "schema.key.quellen_konzept": (
        "Kurzschlüssel der Quellen zum Konzept als Ganzem.",
        "Short keys of the sources about the concept as a whole.",
    ),
    "schema.key.statuswerte": (
        "Eigene Statuswerte statt der Standardliste, in der Reihenfolge der Berichte.",
        "Own status values instead of the default list, in the order reports use.",
    ),
    "schema.key.handlungsfelder_anzahl": (
        "Erklärte Zahl der Handlungsfelder; ki-concept meldet, wenn die Dateien abweichen.",
        "Declared number of fields of action; ki-concept reports when the files differ.",
    ),
    "schema.key.zeitraum": (
        "Zeitraum mit 'von' und 'bis' (JJJJ-MM-TT).",
        "Period with 'von' and 'bis' (YYYY-MM-DD).",
    ),
    "schema.key.von": ("Beginn des Zeitraums (JJJJ-MM-TT).", "Start of the period."),
    "schema.key.bis": ("Ende des Zeitraums (JJJJ-MM-TT).", "End of the period."),
    "schema.key.StatusValue.id": (
        "Der Statuswert, wie er bei 'status' einer Maßnahme steht.",
        "The status value as written in a measure's 'status'.",
    ),
    "schema.key.StatusValue.titel": ("Bezeichnung in Berichten.", "Name in reports."),
    "schema.key.abgeschlossen": (
        "true, wenn Maßnahmen mit diesem Status abgeschlossen sind und als erreicht zählen.",
        "true when measures with this status are closed and count as achieved.",
    ),
    "schema.key.entfallen": (
        "true, wenn Maßnahmen mit diesem Status ohne Ergebnis abgeschlossen sind: Sie zählen "
        "für sich und nicht zum Fortschritt.",
        "true when measures with this status were closed without their result: they are "
        "counted apart and not in the progress.",
    ),
    "schema.key.ueberfaellig": (
        "false, wenn eine Maßnahme mit diesem (offenen) Status nach ihrem Ende nicht als "
        "überfällig gilt, z. B. 'ruhend'.",
        "false when a measure with this (open) status does not count as overdue after its "
        "end, e.g. 'ruhend'.",
    ),
    "schema.key.kurz": (
        "Kurzform für schmale Tabellen, höchstens 5 Zeichen, z. B. 'Regel'.",
        "Short form for narrow tables, at most 5 characters, e.g. 'Regel'.",
    ),
    "schema.key.Priority.id": (
        "Kennung, auf die Maßnahmen unter 'schwerpunkte' verweisen.",
        "Id that measures refer to under 'schwerpunkte'.",
    ),
}
REPORT.update(SCHEMA_TEXTS)
