"""Texts of the feedback workbooks (``export --for``): ``key → (de, en)``."""

from __future__ import annotations

EXCHANGE: dict[str, tuple[str, str]] = {
    # --- sheets and columns (ki_concept.exchange.layout) --------------------------------
    "exchange.sheet.measures": ("Maßnahmen", "Measures"),
    "exchange.sheet.instructions": ("Anleitung", "Instructions"),
    "exchange.col.id": ("Id", "Id"),
    "exchange.col.field": ("Handlungsfeld", "Field of action"),
    "exchange.col.title": ("Titel", "Title"),
    "exchange.col.goals": ("Ziele", "Goals"),
    "exchange.col.start": ("Beginn", "Start"),
    "exchange.col.end": ("Ende", "End"),
    "exchange.col.status": ("Status", "Status"),
    "exchange.col.step_date": ("Verlauf: letztes Datum", "History: last date"),
    "exchange.col.step_note": ("Verlauf: Notiz", "History: note"),
    "exchange.col.new_status": ("Neuer Status", "New status"),
    "exchange.col.change_date": ("Datum der Änderung", "Date of change"),
    "exchange.col.note": ("Notiz", "Note"),
    "exchange.col.new_end": ("Neues Ende", "New end"),
    "exchange.col.comment": ("Kommentar", "Comment"),
    # --- groups -------------------------------------------------------------------------
    "exchange.no_value": ("ohne Angabe", "not specified"),
    "exchange.unnamed": ("ohne Namen", "unnamed"),
    "exchange.kind.handlungsfeld": ("Handlungsfeld", "Field of action"),
    "exchange.kind.verantwortlich": ("Verantwortlich", "Responsible"),
    "exchange.kind.zielgruppe": ("Zielgruppe", "Target group"),
    "exchange.kind.ziel": ("Ziel", "Goal"),
    "exchange.kind.schwerpunkt": ("Schwerpunkt", "Priority"),
    "exchange.kind.partner": ("Partner", "Partner"),
    "exchange.kind.handlungsfeld.one": ("Handlungsfeld", "field of action"),
    "exchange.kind.handlungsfeld.many": ("Handlungsfelder", "fields of action"),
    "exchange.kind.verantwortlich.one": ("Verantwortliche", "responsible body"),
    "exchange.kind.verantwortlich.many": ("Verantwortliche", "responsible bodies"),
    "exchange.kind.zielgruppe.one": ("Zielgruppe", "target group"),
    "exchange.kind.zielgruppe.many": ("Zielgruppen", "target groups"),
    "exchange.kind.ziel.one": ("Ziel", "goal"),
    "exchange.kind.ziel.many": ("Ziele", "goals"),
    "exchange.kind.schwerpunkt.one": ("Schwerpunkt", "priority"),
    "exchange.kind.schwerpunkt.many": ("Schwerpunkte", "priorities"),
    "exchange.kind.partner.one": ("Partner", "partner"),
    "exchange.kind.partner.many": ("Partner", "partners"),
    # --- drop-down and date checks in the workbook --------------------------------------
    "exchange.validation.status.title": ("Neuer Status", "New status"),
    "exchange.validation.status.prompt": (
        "Nur wenn sich der Status geändert hat: den neuen aus der Liste wählen.",
        "Only if the status has changed: choose the new one from the list.",
    ),
    "exchange.validation.status.error": (
        "Bitte einen Status aus der Liste wählen (siehe Blatt Anleitung).",
        "Please choose a status from the list (see the sheet Instructions).",
    ),
    "exchange.validation.date.title": ("Datum", "Date"),
    "exchange.validation.date.prompt": (
        "Ein Datum, z. B. 31.12.2025.",
        "A date, e.g. 2025-12-31.",
    ),
    "exchange.validation.date.error": (
        "Bitte ein Datum zwischen 1990 und 2099 eingeben, z. B. 31.12.2025.",
        "Please enter a date between 1990 and 2099, e.g. 2025-12-31.",
    ),
    # --- the instructions sheet ---------------------------------------------------------
    "exchange.guide.title": (
        "Rückmeldung zum Stand der Umsetzung",
        "Feedback on the state of implementation",
    ),
    "exchange.guide.concept": ("Konzept", "Concept"),
    "exchange.guide.version": ("Version", "Version"),
    "exchange.guide.version_value": ("{version} (Ordner {folder})", "{version} (folder {folder})"),
    "exchange.guide.for": ("Für", "For"),
    "exchange.guide.as_of": ("Stand der Angaben", "Data as of"),
    "exchange.guide.exported": ("Erstellt am", "Created on"),
    "exchange.guide.how": ("So füllen Sie die Tabelle aus", "How to fill in the table"),
    "exchange.guide.step.rows": (
        "Im Blatt „{sheet}“ steht je Zeile eine Maßnahme mit ihrem Status am {as_of} und dem "
        "letzten Eintrag ihres Verlaufs. Diese Spalten sind geschützt.",
        "The sheet '{sheet}' has one measure per row, with its status on {as_of} and the last "
        "entry of its history. These columns are protected.",
    ),
    "exchange.guide.step.fill": (
        "Ausfüllen können Sie die gelb hinterlegten Spalten. Was sich nicht geändert hat, "
        "bleibt leer.",
        "You can fill in the columns shaded yellow. Leave empty what has not changed.",
    ),
    "exchange.guide.step.status": (
        "{new_status}: der Status, den die Maßnahme jetzt hat, aus der Liste (Bedeutung "
        "unten). {change_date}: der Tag, seit dem er gilt. {note}: kurz, was geschehen ist; "
        "die Notiz kommt in den Verlauf der Maßnahme.",
        "{new_status}: the status the measure has now, from the list (meanings below). "
        "{change_date}: the day since when it holds. {note}: briefly, what happened; the "
        "note goes into the measure's history.",
    ),
    "exchange.guide.step.end": (
        "{new_end}: nur wenn sich das geplante Ende verschiebt. Wer einen abgeschlossenen "
        "Status wählt (erreicht oder entfallen), gibt bitte das Ende an, falls es fehlt.",
        "{new_end}: only if the planned end moves. If you choose a closed status (achieved "
        "or dropped), please give the end if there is none.",
    ),
    "exchange.guide.step.comment": (
        "{comment}: Hinweise und Rückfragen; sie werden gelesen, aber nicht in das Konzept "
        "übernommen.",
        "{comment}: remarks and questions; they are read but not taken into the concept.",
    ),
    "exchange.guide.step.keep": (
        "Bitte keine Zeilen oder Spalten einfügen oder löschen, die Id nicht ändern und die "
        "Blätter nicht umbenennen: die Datei wird maschinell wieder eingelesen. Der "
        "Blattschutz hat kein Kennwort; er soll nur versehentliches Überschreiben verhindern.",
        "Please do not insert or delete rows or columns, change the Id or rename the sheets: "
        "the file is read back by a program. The sheet protection has no password; it only "
        "guards against overwriting by accident.",
    ),
    "exchange.guide.step.return": (
        "Senden Sie die ausgefüllte Datei an das Kommunale Integrationszentrum zurück.",
        "Send the completed file back to the Kommunales Integrationszentrum (municipal "
        "integration centre).",
    ),
    "exchange.guide.statuses": ("Statuswerte", "Status words"),
    "exchange.guide.col.id": ("Status", "Status"),
    "exchange.guide.col.title": ("Bezeichnung", "Name"),
    "exchange.guide.col.kind": ("Bedeutung", "Meaning"),
    "exchange.guide.kind.open": (
        "offen: die Maßnahme ist noch nicht abgeschlossen",
        "open: the measure is not finished yet",
    ),
    "exchange.guide.kind.achieved": (
        "erreicht: abgeschlossen, zählt als Fortschritt",
        "achieved: finished, counts as progress",
    ),
    "exchange.guide.kind.dropped": (
        "entfallen: abgeschlossen ohne Ergebnis, zählt nicht als Fortschritt",
        "dropped: closed without the result, does not count as progress",
    ),
    # --- export --for on the command line -----------------------------------------------
    "exchange.measures.one": ("1 Maßnahme", "1 measure"),
    "exchange.measures.many": ("{count} Maßnahmen", "{count} measures"),
    "exchange.books.one": ("1 Arbeitsmappe", "1 workbook"),
    "exchange.books.many": ("{count} Arbeitsmappen", "{count} workbooks"),
    "export.for.written": ("{path} ({measures})", "{path} ({measures})"),
    "export.for.summary": (
        "{books} für {groups} {kind}, {measures}.",
        "{books} for {groups} {kind}, {measures}.",
    ),
    "export.for.summary_missing": (
        "{books} für {groups} {kind} und „{missing}“, {measures}.",
        "{books} for {groups} {kind} and '{missing}', {measures}.",
    ),
    "export.for.needs_folder": (
        "--for braucht mit -o einen Ordner für die Arbeitsmappen, z. B. -o rueckmeldung/.",
        "--for needs a folder for the workbooks: add -o, e.g. -o feedback/.",
    ),
    "export.for.not_a_folder": (
        "-o {path} ist eine Datei; mit --for ist -o ein Ordner (fehlt er, wird er angelegt). "
        "Einen Ordner angeben, z. B. -o rueckmeldung/.",
        "-o {path} is a file; with --for, -o is a folder (created if missing). Give a folder, "
        "e.g. -o feedback/.",
    ),
    "export.for.looks_like_file": (
        "-o {path} sieht nach einem Dateinamen aus; mit --for ist -o ein Ordner, in den je "
        "Gruppe eine Arbeitsmappe kommt, z. B. -o rueckmeldung/.",
        "-o {path} looks like a file name; with --for, -o is a folder that gets one workbook "
        "per group, e.g. -o feedback/.",
    ),
    "export.for.only_xlsx": (
        "Mit --for entstehen XLSX-Arbeitsmappen; --format {format} geht damit nicht.",
        "--for writes XLSX workbooks; --format {format} does not go with it.",
    ),
    "export.for.exists": (
        "In {folder} gibt es schon {names}; nichts geschrieben. Vorhandene Arbeitsmappen "
        "(vielleicht schon ausgefüllte Rückmeldungen) ersetzt export nur mit --force; sonst "
        "einen anderen Ordner angeben.",
        "{folder} already has {names}; nothing written. export replaces existing workbooks "
        "(maybe feedback already filled in) only with --force; otherwise give another folder.",
    ),
    "export.for.summary_only_missing": (
        "{books} für „{missing}“, {measures}.",
        "{books} for '{missing}', {measures}.",
    ),
    "export.for.name": ("„{name}“", "'{name}'"),
    "export.for.more": ("{names} und {count} weitere", "{names} and {count} more"),
    "export.for.cannot_create": (
        "Der Ordner {path} lässt sich nicht anlegen: {reason}.",
        "cannot create the folder {path}: {reason}.",
    ),
    "help.export.for": (
        "Je Gruppe eine Arbeitsmappe zum Ausfüllen des Stands (XLSX) in den Ordner -o: "
        "handlungsfeld, verantwortlich, zielgruppe, ziel, schwerpunkt oder partner.",
        "one workbook per group for filling in the state (XLSX) into the folder -o: "
        "handlungsfeld, verantwortlich, zielgruppe, ziel, schwerpunkt or partner.",
    ),
    "help.export.force": (
        "Mit --for: vorhandene Arbeitsmappen gleichen Namens im Ordner ersetzen.",
        "with --for: replace existing workbooks of the same name in the folder.",
    ),
    "help.export.output": (
        "Ausgabedatei, mit --for ein Ordner; ohne Angabe auf die Standardausgabe (nur CSV).",
        "output file, with --for a folder; standard output when omitted (CSV only).",
    ),
    # --- reading a workbook back (ki_concept.exchange.layout.read_meta) -----------------
    "exchange.meta.no_sheet": (
        "{source}: das verborgene Blatt {sheet} fehlt; das ist keine Arbeitsmappe von "
        "ki-concept export --for.",
        "{source}: the hidden sheet {sheet} is missing; this is not a workbook made by "
        "ki-concept export --for.",
    ),
    "exchange.meta.not_ours": (
        "{source}: das Blatt {sheet} gehört nicht zu einer Arbeitsmappe von ki-concept "
        "export --for.",
        "{source}: the sheet {sheet} does not belong to a workbook made by ki-concept "
        "export --for.",
    ),
    "exchange.meta.newer": (
        "{source}: die Arbeitsmappe hat das Format {found}, diese Version von ki-concept "
        "kennt nur bis {known}; ki-concept aktualisieren.",
        "{source}: the workbook has format {found}, this version of ki-concept knows up to "
        "{known}; update ki-concept.",
    ),
    "exchange.meta.missing_key": (
        "{source}: im verborgenen Blatt fehlt der Eintrag {key}; die Arbeitsmappe wurde "
        "verändert. Eine neue mit ki-concept export --for erzeugen.",
        "{source}: the hidden sheet lacks the entry {key}; the workbook was changed. Make a "
        "new one with ki-concept export --for.",
    ),
    "exchange.meta.bad_value": (
        "{source}: im verborgenen Blatt ist {key} = '{value}' nicht lesbar; die Arbeitsmappe "
        "wurde verändert. Eine neue mit ki-concept export --for erzeugen.",
        "{source}: in the hidden sheet, {key} = '{value}' cannot be read; the workbook was "
        "changed. Make a new one with ki-concept export --for.",
    ),
    # --- import (ki_concept.exchange.reading and .command) --------------------------------
    "exchange.import.at_cell": (
        "{source}, Blatt {sheet}, Zelle {cell}: {message}",
        "{source}, sheet {sheet}, cell {cell}: {message}",
    ),
    "exchange.import.at_sheet": (
        "{source}, Blatt {sheet}: {message}",
        "{source}, sheet {sheet}: {message}",
    ),
    "exchange.import.problems": (
        "Nichts übernommen: die Rückmeldungen haben {count} Problem(e). Die Zellen "
        "korrigieren und noch einmal einlesen:",
        "nothing taken over: the replies have {count} problem(s). Correct the cells and import "
        "again:",
    ),
    "exchange.import.missing_file": (
        "{source}: die Datei gibt es nicht.",
        "{source}: no such file.",
    ),
    "exchange.import.unreadable": (
        "{source}: die Datei ist keine XLSX-Arbeitsmappe. Eine Mappe von export --for angeben; "
        "eine als .xls, .ods oder .csv gespeicherte wieder als .xlsx speichern.",
        "{source}: the file is not an XLSX workbook. Give a workbook made by export --for; "
        "one saved as .xls, .ods or .csv, save as .xlsx again.",
    ),
    "exchange.import.cannot_read": (
        "{source}: die Datei lässt sich nicht lesen: {reason}.",
        "{source}: cannot read the file: {reason}.",
    ),
    "exchange.import.is_folder": (
        "{source} ist ein Ordner; die Arbeitsmappen darin angeben, z. B. {source}/*.xlsx.",
        "{source} is a folder; give the workbooks in it, e.g. {source}/*.xlsx.",
    ),
    "exchange.import.other_concept": (
        "{source}: die Arbeitsmappe gehört zum Konzept „{found}“, nicht zu „{concept}“.",
        "{source}: the workbook belongs to the concept '{found}', not to '{concept}'.",
    ),
    "exchange.import.other_version": (
        "{source}: die Arbeitsmappe gehört zur Version {found} (Ordner {found_folder}), "
        "eingelesen wird in Version {version} (Ordner {folder}). Mit --version "
        "{found_folder} einlesen oder die Arbeitsmappe neu exportieren.",
        "{source}: the workbook belongs to version {found} (folder {found_folder}), the "
        "import goes into version {version} (folder {folder}). Import with --version "
        "{found_folder} or export the workbook again.",
    ),
    "exchange.import.no_sheet": (
        "{source}: das Blatt {sheet} fehlt (umbenannt?); die Mappe hat: {sheets}. Dem Blatt "
        "seinen Namen zurückgeben.",
        "{source}: the sheet {sheet} is missing (renamed?); the workbook has: {sheets}. Give "
        "the sheet its name back.",
    ),
    "exchange.import.no_column": (
        "die Spalte „{column}“ fehlt in Zeile 1 (umbenannt oder gelöscht?); der Spalte ihre "
        "Überschrift zurückgeben.",
        "the column '{column}' is missing from row 1 (renamed or deleted?); give the column "
        "its header back.",
    ),
    "exchange.import.formula": (
        "eine Formel ohne gespeicherten Wert; Formeln werden nicht berechnet. Den Wert selbst "
        "eintragen oder die Mappe in der Tabellenkalkulation speichern.",
        "a formula without a stored value; formulas are not evaluated. Enter the value itself "
        "or save the workbook in the spreadsheet program.",
    ),
    "exchange.import.unknown_status": (
        "„{status}“ ist kein Status dieser Version.{suggestion} Möglich sind: {choices}.",
        "'{status}' is not a status of this version.{suggestion} Possible are: {choices}.",
    ),
    "exchange.import.ambiguous_status": (
        "„{status}“ passt zu mehreren Status ({choices}); die Id eintragen.",
        "'{status}' matches several statuses ({choices}); enter the id.",
    ),
    "exchange.import.bad_date": (
        "„{value}“ ist kein Datum; z. B. 14.12.2025 oder 2025-12-14 eintragen.",
        "'{value}' is not a date; enter e.g. 2025-12-14 or 14.12.2025.",
    ),
    "exchange.import.needs_status": (
        "{column} ohne {status_column}: den Status eintragen (auch wenn er gleich bleibt) "
        "oder die Zelle leeren.",
        "{column} without {status_column}: enter the status (even if it stays the same) or "
        "empty the cell.",
    ),
    "exchange.import.no_id": (
        "die Zeile hat Einträge, aber keine Id; die Id wieder eintragen.",
        "the row has entries but no id; put the id back.",
    ),
    "exchange.import.not_in_book": (
        "die Maßnahme {id} war nicht in dieser Arbeitsmappe; die Id nicht ändern.",
        "the measure {id} was not in this workbook; do not change the id.",
    ),
    "exchange.import.unknown_measure": (
        "die Maßnahme {id} gibt es in Version {version} nicht mehr.",
        "the measure {id} no longer exists in version {version}.",
    ),
    "exchange.import.duplicate": (
        "die Maßnahme {id} steht schon in Zeile {row}; nur eine Zeile je Maßnahme ausfüllen.",
        "the measure {id} is already in row {row}; fill in one row per measure.",
    ),
    "exchange.import.forbidden_char": (
        "die Notiz enthält das Steuerzeichen {code}; Konzeptdateien dürfen es nicht enthalten.",
        "the note contains the control character {code}, which concept files may not hold.",
    ),
    "exchange.import.conflicts": (
        "Nichts übernommen: {count} Konflikt(e). Geänderte Maßnahmen prüfen und mit --force "
        "übernehmen; widersprüchliche Rückmeldungen in einer der Mappen korrigieren:",
        "nothing taken over: {count} conflict(s). Check the changed measures and take them "
        "with --force; correct contradicting replies in one of the workbooks:",
    ),
    "exchange.import.changed_since": (
        "{id}: seit dem Export geändert (jetzt: {now}); Rückmeldung {where}: {asked}.",
        "{id}: changed since the export (now: {now}); reply {where}: {asked}.",
    ),
    "exchange.import.disagree": (
        "{id}: die Rückmeldungen widersprechen sich: {answers}.",
        "{id}: the replies contradict each other: {answers}.",
    ),
    "exchange.import.where.one": (
        "{source}, Blatt {sheet}, Zelle {cells}",
        "{source}, sheet {sheet}, cell {cells}",
    ),
    "exchange.import.where.many": (
        "{source}, Blatt {sheet}, Zellen {cells}",
        "{source}, sheet {sheet}, cells {cells}",
    ),
    "exchange.import.values_now": (
        "status {status}, ende {end}, letzter verlauf {step}",
        "status {status}, ende {end}, last verlauf {step}",
    ),
    "exchange.import.asked_status": (
        "status {status}, Datum {date}{note}",
        "status {status}, date {date}{note}",
    ),
    "exchange.import.asked_end": ("ende {end}", "ende {end}"),
    "exchange.import.today": ("heute", "today"),
    "exchange.import.title": (
        "Maßnahme {id} ({path}) aus {where}:",
        "measure {id} ({path}) from {where}:",
    ),
    "exchange.import.forced": (
        "trotz Änderung seit dem Export übernommen (--force); vorher: {now}",
        "taken despite a change since the export (--force); before: {now}",
    ),
    "exchange.import.nothing": (
        "Nichts zu ändern: die Rückmeldungen enthalten keine neuen Werte.",
        "nothing to change: the replies hold no new values.",
    ),
    "exchange.import.answered": (
        "Geantwortet ({count}): {names}",
        "answered ({count}): {names}",
    ),
    "exchange.import.silent": (
        "Ohne Eintrag ({count}): {names}",
        "nothing filled in ({count}): {names}",
    ),
    "exchange.full.new_row": (
        "eine Zeile ohne Id: für eine neue Maßnahme {field} (die Id des Handlungsfelds) und "
        "{title} eintragen, sonst die Zeile löschen.",
        "a row without an id: for a new measure fill in {field} (the id of the field of "
        "action) and {title}, or else delete the row.",
    ),
    "exchange.full.unknown_field": (
        "das Handlungsfeld „{field}“ gibt es nicht; möglich sind: {choices}.",
        "there is no field of action '{field}'; possible are: {choices}.",
    ),
    "exchange.full.unknown_goal": (
        "das Ziel {goals} gibt es in dieser Version nicht; Ziel-Ids durch Komma getrennt "
        "eintragen.",
        "the goal {goals} does not exist in this version; enter goal ids separated by commas.",
    ),
    "exchange.import.title_new": (
        "Neue Maßnahme {id} „{title}“ ({path}) aus {where}:",
        "new measure {id} '{title}' ({path}) from {where}:",
    ),
    "exchange.full.cannot_clear": (
        "die Zelle ist leer, die YAML-Datei hat einen Wert; ein Import löscht keine Werte. "
        "Den Wert zurück eintragen und ihn in der YAML-Datei entfernen.",
        "the cell is empty but the YAML file has a value; an import removes no values. Put "
        "the value back and remove it in the YAML file.",
    ),
    "exchange.full.step_needs_status": (
        "{column} geändert, {status_column} aber nicht: ein Verlaufseintrag entsteht nur mit "
        "einem neuen Status. Den Status ändern oder die Zelle zurücksetzen.",
        "{column} changed but not {status_column}: a history entry comes only with a new "
        "status. Change the status or put the cell back.",
    ),
    "exchange.full.other_day": (
        "{source}: exportiert am {exported} mit Stichtag {as_of}; Status und Verlauf zeigen "
        "darin einen anderen Tag als heute und lassen sich nicht zurück einlesen. Ohne "
        "--as-of neu exportieren.",
        "{source}: exported on {exported} for {as_of}; its status and history show another "
        "day than that and cannot be imported. Export again without --as-of.",
    ),
    "exchange.csv.at": ("{source}, {where}: {message}", "{source}, {where}: {message}"),
    "exchange.csv.cell": ("Zeile {row}, Spalte {column}", "row {row}, column {column}"),
    "exchange.csv.not_text": (
        "{source}: die Datei ist keine Textdatei in UTF-8 oder Windows-1252; eine CSV-Datei von "
        "ki-concept export --format csv angeben.",
        "{source}: the file is no text in UTF-8 or Windows-1252; give a CSV file made by "
        "ki-concept export --format csv.",
    ),
    "exchange.csv.broken": (
        "{source}: die CSV-Datei lässt sich nicht lesen: {reason}.",
        "{source}: cannot read the CSV file: {reason}.",
    ),
    "exchange.csv.reply_as_csv": (
        "{source}: eine Mappe von export --for, als CSV gespeichert; ohne ihr verborgenes "
        "Blatt lässt sie sich nicht einlesen. Wieder als .xlsx speichern oder die "
        "ursprüngliche Mappe nehmen.",
        "{source}: a workbook of export --for saved as CSV; without its hidden sheet it "
        "cannot be imported. Save it as .xlsx again or take the original workbook.",
    ),
    "exchange.csv.no_id_column": (
        "{source}, Zeile 1: die Spalte „{column}“ fehlt; nur eine CSV-Datei von ki-concept "
        "export --format csv lässt sich einlesen (die Kopfzeile nicht ändern).",
        "{source}, row 1: the column '{column}' is missing; only a CSV file of ki-concept "
        "export --format csv can be imported (do not change its header line).",
    ),
    "exchange.import.csv_note": (
        "{source}: eine CSV-Datei hat kein verborgenes Blatt, Konflikte mit Änderungen seit "
        "dem Export werden nicht erkannt; als Änderung gilt jede Zelle, die von der YAML "
        "abweicht.",
        "{source}: a CSV file has no hidden sheet, so conflicts with changes since the export "
        "cannot be detected; every cell that differs from the YAML is a change.",
    ),
    "exchange.import.where.csv": ("{source}, {cells}", "{source}, {cells}"),
    "exchange.full.bad_bool": (
        "„{value}“ ist weder {yes} noch {no}.",
        "'{value}' is neither {yes} nor {no}.",
    ),
    "exchange.full.forbidden_char": (
        "der Text enthält das Steuerzeichen {code}; Konzeptdateien dürfen es nicht enthalten.",
        "the text contains the control character {code}, which concept files may not hold.",
    ),
    "help.import": (
        "Ausgefüllte Arbeitsmappen von export --for einlesen: neuer Status, Verlauf und Ende "
        "in die YAML-Dateien; ebenso geänderte Zellen des ganzen Exports (export -o "
        "massnahmen.xlsx). Alles oder nichts: bei einem Problem oder Konflikt wird nichts "
        "geschrieben.",
        "read workbooks of export --for that were filled in: new status, history and end into "
        "the YAML files; likewise changed cells of the full export (export -o "
        "massnahmen.xlsx). All or nothing: on any problem or conflict nothing is written.",
    ),
    "help.import.files": (
        "Die ausgefüllten Arbeitsmappen (XLSX) oder der ganze Export als CSV.",
        "the filled-in workbooks (XLSX), or the full export as CSV.",
    ),
    "help.import.force": (
        "Auch Maßnahmen übernehmen, die seit dem Export in der YAML geändert wurden.",
        "also take measures that were changed in the YAML since the export.",
    ),
    "help.import.example": (
        "Beispiel: ki-concept import rueckmeldung/*.xlsx --dry-run",
        "Example: ki-concept import feedback/*.xlsx --dry-run",
    ),
}
