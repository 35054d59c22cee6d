"""Texts of ``init``: help, errors, the table's columns, the template and the skeleton files.

``key → (de, en)``. The skeleton files are templates for ``str.format``: literal braces of
YAML are written ``{{`` and ``}}``.
"""

from __future__ import annotations

_SKELETON_KONZEPT_DE = """\
# Integrationskonzept – Gerüst, angelegt mit `ki-concept init`.
# Jeder Schlüssel ist erklärt; alle Einzelheiten stehen in docs/format.md.
# Die Beispielinhalte in handlungsfelder/ sind mit `beispiel: true` markiert und zu ersetzen.
# Prüfen mit: ki-concept validate

# Titel des Konzepts (Pflicht).
titel: {title}
# Bezeichnung dieser Fassung (Pflicht), meist das Jahr; in Anführungszeichen.
version: {version}
# Tag des Beschlusses als JJJJ-MM-TT, z. B. 2025-03-20; leer, solange das Konzept ein
# Entwurf ist.
beschlossen:
# Das beschließende Gremium, z. B. Kreistag des Musterkreises.
gremium:
# Rechtsgrundlage und Entstehung (Konferenzen, Beteiligung).
grundlage:
# Kurze Beschreibung des Konzepts. Lange Texte über mehrere Zeilen nach `>-`, eingerückt.
beschreibung:
# Zielgruppen des ganzen Konzepts, je Zeile eine.
zielgruppen:
  - Menschen mit Einwanderungsgeschichte
  - Geflüchtete
# Schwerpunktthemen. Maßnahmen verweisen mit `schwerpunkte: [BILDUNG]` auf die `id`, z. B.:
#   schwerpunkte:
#     - id: BILDUNG
#       titel: Integration durch Bildung
#       zeitraum: {{von: 2025-01-01, bis: 2026-12-31}}
#       beschreibung: Sprachförderung und Bildungsberatung.
schwerpunkte: []
# Quellenverzeichnis: je Quelle ein Kurzschlüssel und ihre Adresse (http:// oder https://,
# ohne Leerzeichen), z. B.:
#   quellen:
#     Q1: https://www.example.org/integrationskonzept.pdf
# Jede andere `quellen`-Angabe (hier und in handlungsfelder/) nennt diese Kurzschlüssel.
quellen: {{}}
# Belege für die Angaben in dieser Datei, z. B. [Q1].
quellen_konzept: []
# Status-Vokabular: ohne diesen Schlüssel gelten idee, geplant, laufend, ruhend (offen),
# umgesetzt, verstetigt (erreicht) und entfallen. Ein eigenes Vokabular ersetzt diese Werte
# ganz, z. B.:
#   statuswerte:
#     - id: begonnen
#       titel: begonnen
#     - id: regelbetrieb
#       titel: Regelbetrieb
#       abgeschlossen: true    # abgeschlossen, zählt als erreicht
#       kurz: Regel            # Kurzform für schmale Tabellen, 1–5 Zeichen
#     - id: gestrichen
#       titel: gestrichen
#       entfallen: true        # abgeschlossen ohne Ergebnis, zählt nicht zum Fortschritt
#     - id: zurueckgestellt
#       titel: zurückgestellt
#       ueberfaellig: false    # nach dem Ende nicht überfällig
# Die Zahl der Handlungsfelder, die das Konzeptdokument nennt; weicht die Zahl der Dateien in
# handlungsfelder/ davon ab, warnt `validate`.
handlungsfelder_anzahl: 1
"""

_SKELETON_KONZEPT_EN = """\
# Integration concept – skeleton, created with `ki-concept init`.
# Every key is explained; all details are in docs/format.md. The keys stay German.
# The example content in handlungsfelder/ is marked `beispiel: true` and is to be replaced.
# Check with: ki-concept validate

# Title of the concept (required).
titel: {title}
# Name of this edition (required), usually the year; in quotes.
version: {version}
# Day of adoption as YYYY-MM-DD, e.g. 2025-03-20; empty while the concept is a draft.
beschlossen:
# The body that adopts it, e.g. the district council.
gremium:
# Legal basis and how the concept came about (conferences, participation).
grundlage:
# Short description of the concept. Long texts over several lines after `>-`, indented.
beschreibung:
# Target groups of the whole concept, one per line.
zielgruppen:
  - People with a migration background
  - Refugees
# Focus topics. Measures refer to the `id` with `schwerpunkte: [EDUCATION]`, e.g.:
#   schwerpunkte:
#     - id: EDUCATION
#       titel: Integration through education
#       zeitraum: {{von: 2025-01-01, bis: 2026-12-31}}
#       beschreibung: Language support and education counselling.
schwerpunkte: []
# List of sources: one short key per source and its address (http:// or https://, no
# spaces), e.g.:
#   quellen:
#     Q1: https://www.example.org/integration-concept.pdf
# Every other `quellen` entry (here and in handlungsfelder/) names these keys.
quellen: {{}}
# Sources for what this file says, e.g. [Q1].
quellen_konzept: []
# Status vocabulary: without this key the values are idee, geplant, laufend, ruhend (open),
# umgesetzt, verstetigt (achieved) and entfallen (dropped). An own vocabulary replaces them
# entirely, e.g.:
#   statuswerte:
#     - id: begonnen
#       titel: begonnen
#     - id: regelbetrieb
#       titel: Regelbetrieb
#       abgeschlossen: true    # finished, counts as achieved
#       kurz: Regel            # short form for narrow tables, 1–5 characters
#     - id: gestrichen
#       titel: gestrichen
#       entfallen: true        # finished without result, not counted as progress
#     - id: zurueckgestellt
#       titel: zurückgestellt
#       ueberfaellig: false    # never overdue after its end
# The number of fields of action the concept document names; if the number of files in
# handlungsfelder/ differs, `validate` warns.
handlungsfelder_anzahl: 1
"""

_SKELETON_FIELD_DE = """\
# Ein Handlungsfeld – Beispiel aus `ki-concept init`. Je Handlungsfeld eine Datei in
# handlungsfelder/; der Dateiname ist frei, gelesen wird jede Datei mit der Endung .yaml.
# Alles mit `beispiel: true` ist Beispielinhalt: ersetzen und die Zeile `beispiel: true`
# löschen.

# Kennung des Handlungsfelds (Pflicht): kurz, in Großbuchstaben, ohne Leerzeichen.
id: BILDUNG
# Name des Handlungsfelds (Pflicht).
titel: Bildung und Erziehung
# Worum es in diesem Feld geht.
beschreibung: Sprachförderung und Bildungsberatung von der Kita bis zum Berufskolleg.
# Belege: Kurzschlüssel aus `quellen` in ../konzept.yaml, z. B. [Q1].
quellen: []
# true = Beispielinhalt, den der Kreis ersetzt.
beispiel: true

# Die Ziele des Handlungsfelds.
ziele:
  # Kennung (Pflicht), meist die Feld-Id, -Z und eine Nummer. Maßnahmen verweisen mit
  # `ziele:` darauf.
  - id: BILDUNG-Z1
    # Das Ziel in einem Satz (Pflicht).
    titel: Kinder und Jugendliche mit Einwanderungsgeschichte haben gleiche Bildungschancen.
    # Zielebene (Pflicht): leitziel, mittlerziel, handlungsziel oder detailziel.
    ebene: leitziel
    # Erläuterung des Ziels.
    beschreibung:
    # Priorität als ganze Zahl, z. B. 1; leer = ohne Rangfolge.
    rangfolge:
    # Woran die Zielerreichung gemessen wird, z. B.:
    #   indikatoren:
    #     - name: Plätze in Sprachfördergruppen
    #       einheit: Plätze
    #       ausgangswert: {{jahr: 2024, wert: 120}}
    #       zielwert: {{jahr: 2026, wert: 200}}
    #       istwerte:
    #         - {{jahr: 2025, wert: 150}}
    indikatoren: []
    # Belege, z. B. [Q1].
    quellen: []
    beispiel: true

# Die Maßnahmen des Handlungsfelds.
massnahmen:
  # Kennung (Pflicht), meist die Feld-Id, -M und eine Nummer.
  - id: BILDUNG-M1
    # Name der Maßnahme (Pflicht).
    titel: Sprachfördergruppen in Kitas
    # Was getan wird.
    beschreibung: Zusätzliche Gruppen mit geschulten Fachkräften.
    # Die Ziele, denen die Maßnahme dient (Ids, auch aus anderen Handlungsfeldern).
    ziele: [BILDUNG-Z1]
    # Stand der Umsetzung: ein Wert des Status-Vokabulars (siehe konzept.yaml).
    status: geplant
    # Verantwortliche Stelle.
    verantwortlich: Kommunales Integrationszentrum
    # Kooperationspartner, je Zeile einer.
    partner:
      - Jugendamt
      - Kita-Träger
    # Zielgruppen der Maßnahme, je Zeile eine.
    zielgruppen:
      - Kinder von 3 bis 6 Jahren
    # Beginn und (geplantes) Ende als JJJJ-MM-TT. Liegt das Ende vor dem Stichtag und ist die
    # Maßnahme nicht abgeschlossen, warnt `validate` (überfällig).
    beginn:
    ende:
    # true = Daueraufgabe ohne Enddatum.
    daueraufgabe: false
    # Ids, die diese Maßnahme in früheren Versionen hatte (Umbenennung, Zusammenlegung).
    frueher: []
    # Schwerpunkte aus konzept.yaml (ihre `id`), zu denen die Maßnahme gehört.
    schwerpunkte: []
    # Belege, z. B. [Q1].
    quellen: []
    beispiel: true
    # Personal, Budget, Sachmittel.
    ressourcen:
    # Woran der Erfolg gemessen wird, wie bei den Zielen.
    indikatoren: []
    # Die Geschichte des Status, der älteste Eintrag zuerst; der letzte hat denselben Status
    # wie `status`. `ki-concept set-status` ergänzt ihn bei jeder Änderung.
    verlauf:
      - datum: {today}
        status: geplant
        notiz: In das Konzept aufgenommen (Beispiel)
"""

_SKELETON_FIELD_EN = """\
# A field of action – example from `ki-concept init`. One file per field of action in
# handlungsfelder/; the file name is free, every file ending in .yaml is read.
# Everything marked `beispiel: true` is example content: replace it and delete the line
# `beispiel: true`. The keys stay German.

# Id of the field of action (required): short, in capitals, without spaces.
id: EDUCATION
# Name of the field of action (required).
titel: Education and upbringing
# What this field is about.
beschreibung: Language support and education counselling from day care to vocational college.
# Sources: keys from `quellen` in ../konzept.yaml, e.g. [Q1].
quellen: []
# true = example content, to be replaced.
beispiel: true

# The goals of the field.
ziele:
  # Id (required), usually the field's id, -Z and a number. Measures refer to it with
  # `ziele:`.
  - id: EDUCATION-Z1
    # The goal in one sentence (required).
    titel: Children and young people with a migration background have equal chances in education.
    # Goal level (required): leitziel, mittlerziel, handlungsziel or detailziel.
    ebene: leitziel
    # Explanation of the goal.
    beschreibung:
    # Priority as a whole number, e.g. 1; empty = no ranking.
    rangfolge:
    # How reaching the goal is measured, e.g.:
    #   indikatoren:
    #     - name: Places in language support groups
    #       einheit: places
    #       ausgangswert: {{jahr: 2024, wert: 120}}
    #       zielwert: {{jahr: 2026, wert: 200}}
    #       istwerte:
    #         - {{jahr: 2025, wert: 150}}
    indikatoren: []
    # Sources, e.g. [Q1].
    quellen: []
    beispiel: true

# The measures of the field.
massnahmen:
  # Id (required), usually the field's id, -M and a number.
  - id: EDUCATION-M1
    # Name of the measure (required).
    titel: Language support groups in day care centres
    # What is done.
    beschreibung: Additional groups with trained staff.
    # The goals the measure serves (ids, also from other fields).
    ziele: [EDUCATION-Z1]
    # State of implementation: a value of the status vocabulary (see konzept.yaml).
    status: geplant
    # Who is responsible.
    verantwortlich: Municipal integration centre
    # Partners, one per line.
    partner:
      - Youth welfare office
      - Day care providers
    # Target groups of the measure, one per line.
    zielgruppen:
      - Children aged 3 to 6
    # Start and (planned) end as YYYY-MM-DD. If the end is before the reference day and the
    # measure is not finished, `validate` warns (overdue).
    beginn:
    ende:
    # true = an ongoing task without an end date.
    daueraufgabe: false
    # Ids this measure had in earlier versions (renamed, merged).
    frueher: []
    # Focus topics from konzept.yaml (their `id`) the measure belongs to.
    schwerpunkte: []
    # Sources, e.g. [Q1].
    quellen: []
    beispiel: true
    # Staff, budget, material.
    ressourcen:
    # How success is measured, as for goals.
    indikatoren: []
    # The history of the status, oldest entry first; the last has the same status as
    # `status`. `ki-concept set-status` adds one with every change.
    verlauf:
      - datum: {today}
        status: geplant
        notiz: Taken into the concept (example)
"""

_HELP_INTRO_DE = """\
Eine Zeile je Handlungsfeld, Ziel und Maßnahme; die Spalte Ebene sagt, was die Zeile ist. \
Eine Zeile mit der Ebene Konzept (höchstens eine) gibt Titel, Beschreibung, Zielgruppen und \
Quellen des ganzen Konzepts.
Ziele und Maßnahmen stehen unter ihrem Handlungsfeld; dann bleibt Handlungsfeld-Id leer. \
Steht eine Zeile anderswo, trägt Handlungsfeld-Id die Id ihres Felds.
Ids dürfen leer bleiben: ein Handlungsfeld bekommt das erste Wort seines Titels \
(„Bildung und Erziehung“ → BILDUNG), Ziele und Maßnahmen die nächste Nummer im Muster \
BILDUNG-Z1, BILDUNG-M1. In Ziel-Ids nennt eine Maßnahme die Ids ihrer Ziele, mit Komma \
getrennt; auch die vergebenen (die Meldung nennt sie, wenn eine fehlt).
Datum als TT.MM.JJJJ (01.02.2024), JJJJ-MM-TT oder als Datumszelle. Mehrere Partner oder \
Zielgruppen durch Semikolon oder Zeilenumbruch (Alt+Eingabe) trennen, mehrere Quellen \
(Adressen mit https://) durch Leerzeichen.
Die Beispielzeilen (Beispiel: ja) zeigen jede Spalte: überschreiben oder löschen. \
Leere Zeilen sind erlaubt; die Kopfzeile bleibt stehen.
Fertig? Tabelle speichern und einlesen: ki-concept init ORDNER --from DATEI. \
Jedes Problem wird mit Blatt und Zelle genannt, und es entsteht nichts, bis alle behoben sind.\
"""

_HELP_INTRO_EN = """\
One row per field of action, goal and measure; the column Level says which the row is. \
One row with the level Concept (at most one) gives the title, description, target groups \
and sources of the whole concept.
Goals and measures stand below their field of action; then Field id stays empty. A row \
elsewhere names the id of its field in Field id.
Ids may stay empty: a field gets the first word of its title ("Education and upbringing" \
→ EDUCATION), goals and measures the next number in the pattern EDUCATION-Z1, EDUCATION-M1. \
In Goal ids a measure names the ids of its goals, separated by commas; generated ones too \
(the message names them when one is missing).
Dates as DD.MM.YYYY (01.02.2024), YYYY-MM-DD or as a date cell. Separate several partners or \
target groups by semicolons or line breaks (Alt+Enter), several sources (addresses with \
https://) by spaces.
The example rows (Example: yes) show every column: overwrite or delete them. Empty rows are \
fine; the header row stays.
Done? Save the table and read it in: ki-concept init FOLDER --from FILE. Every problem is \
named with sheet and cell, and nothing is created until all are fixed.\
"""

INIT: dict[str, tuple[str, str]] = {
    # --- help ------------------------------------------------------------------------------
    "help.init": (
        "Neues Konzept anlegen: ein kommentiertes Gerüst im ORDNER, oder aus einer Tabelle "
        "(--from, Excel oder CSV); --template schreibt die Tabellenvorlage dafür.",
        "create a new concept: a commented skeleton in FOLDER, or from a table (--from, "
        "Excel or CSV); --template writes the template table for it.",
    ),
    "help.init.example": (
        "Beispiel: ki-concept init konzept · ki-concept init --template -o vorlage.xlsx · "
        "ki-concept init konzept --from vorlage.xlsx",
        "Example: ki-concept init concept · ki-concept init --template -o template.xlsx · "
        "ki-concept init concept --from template.xlsx",
    ),
    "help.init.folder": (
        "Ordner für das neue Konzept; fehlt oder ist leer.",
        "folder for the new concept; missing or empty.",
    ),
    "help.init.version": (
        "Name der Version (des Ordners darin), z. B. 2025.",
        "name of the version (the folder inside), e.g. 2025.",
    ),
    "help.init.version_default": ("das laufende Jahr", "the current year"),
    "help.init.title": (
        "Titel des Konzepts; mit --from statt des Titels der Konzept-Zeile.",
        "title of the concept; with --from instead of the title in the Concept row.",
    ),
    "help.init.from": (
        "Tabelle (.xlsx oder .csv) mit Handlungsfeldern, Zielen und Maßnahmen.",
        "table (.xlsx or .csv) with fields of action, goals and measures.",
    ),
    "help.init.template": (
        "Die Tabellenvorlage schreiben (mit -o).",
        "write the template table (with -o).",
    ),
    "help.init.output": (
        "Datei der Vorlage: .xlsx oder .csv.",
        "file of the template: .xlsx or .csv.",
    ),
    "init.metavar.table": ("TABELLE", "TABLE"),
    # --- a wrong call (exit 2) ---------------------------------------------------------------
    "init.template_alone": (
        "--template schreibt nur die Vorlage; {options} passt nicht dazu. Erst die Vorlage "
        "schreiben, ausfüllen, dann mit ki-concept init ORDNER --from DATEI einlesen.",
        "--template only writes the template; {options} does not go with it. Write the "
        "template, fill it in, then read it with ki-concept init FOLDER --from FILE.",
    ),
    "init.template_needs_file": (
        "--template braucht eine Datei: -o vorlage.xlsx (oder -o vorlage.csv).",
        "--template needs a file: -o template.xlsx (or -o template.csv).",
    ),
    "init.template_suffix": (
        "-o {path}: die Vorlage ist eine Excel- oder CSV-Datei; der Dateiname endet auf "
        "{expected}.",
        "-o {path}: the template is an Excel or CSV file; the file name ends in {expected}.",
    ),
    "init.template_exists": (
        "{path} gibt es schon; die Vorlage überschreibt keine Datei (vielleicht ist sie schon "
        "ausgefüllt). Einen anderen Namen angeben oder die Datei erst löschen.",
        "{path} already exists; the template overwrites no file (it may be filled in "
        "already). Give another name or delete the file first.",
    ),
    "init.output_needs_template": (
        "-o gehört zu --template (die Vorlage); ein neues Konzept entsteht im ORDNER: "
        "ki-concept init ORDNER.",
        "-o goes with --template (the template); a new concept is created in FOLDER: "
        "ki-concept init FOLDER.",
    ),
    "init.needs_folder": (
        "Es fehlt der ORDNER für das neue Konzept, z. B. ki-concept init konzept; oder "
        "--template -o vorlage.xlsx für die Tabellenvorlage.",
        "the FOLDER for the new concept is missing, e.g. ki-concept init concept; or "
        "--template -o template.xlsx for the template table.",
    ),
    "init.folder_link": (
        "{path} ist ein symbolischer Link; das neue Konzept entsteht nur in einem echten "
        "Ordner. Den Pfad des Ordners selbst angeben.",
        "{path} is a symbolic link; the new concept is only created in a real folder. Give "
        "the path of the folder itself.",
    ),
    "init.not_a_folder": (
        "{path} ist eine Datei, kein Ordner; nichts wurde geschrieben. Einen neuen "
        "Ordnernamen angeben.",
        "{path} is a file, not a folder; nothing was written. Give a new folder name.",
    ),
    "init.folder_not_empty": (
        "{path} enthält schon Dateien ({entries}); init schreibt nur in einen neuen oder "
        "leeren Ordner, nichts wurde geschrieben. Eine weitere Version eines bestehenden "
        "Konzepts entsteht mit ki-concept new-version.",
        "{path} already holds files ({entries}); init only writes into a new or empty "
        "folder, nothing was written. Another version of an existing concept is made with "
        "ki-concept new-version.",
    ),
    "init.inside_concept": (
        "{path} läge in einem Konzept-Ordner ({parent}, mit {versions}); eine neue Version "
        "dort entsteht mit ki-concept new-version, ein neues Konzept in einem eigenen Ordner "
        "daneben.",
        "{path} would be inside a concept folder ({parent}, with {versions}); a new version "
        "there is made with ki-concept new-version, a new concept in a folder of its own "
        "beside it.",
    ),
    "init.no_parent": (
        "Den Ordner {parent} für {path} gibt es nicht; erst anlegen (mkdir -p) oder einen "
        "anderen Ort angeben.",
        "the folder {parent} for {path} does not exist; create it first (mkdir -p) or give "
        "another place.",
    ),
    "init.title_empty": (
        "--titel ist leer; den Titel des Konzepts angeben.",
        "--titel is empty; give the title of the concept.",
    ),
    "init.title_control": (
        "--titel enthält das Steuerzeichen {char}; es ist in einem Konzept nicht erlaubt.",
        "--titel contains the control character {char}; it is not allowed in a concept.",
    ),
    "init.title_long": (
        "--titel ist {length} Zeichen lang; erlaubt sind höchstens {limit}.",
        "--titel is {length} characters long; at most {limit} are allowed.",
    ),
    "init.from.suffix": (
        "--from {path}: an der Endung '{suffix}' ist keine Tabelle zu erkennen; möglich sind "
        ".xlsx und .csv.",
        "--from {path}: the suffix '{suffix}' names no table; possible are .xlsx and .csv.",
    ),
    "init.from.old_format": (
        "--from {path}: '{suffix}' wird nicht gelesen; die Tabelle in Excel oder LibreOffice "
        "als .xlsx (Excel-Arbeitsmappe) oder .csv speichern.",
        "--from {path}: '{suffix}' is not read; save the table in Excel or LibreOffice as "
        ".xlsx (Excel workbook) or .csv.",
    ),
    "init.from.missing": (
        "--from {path}: die Datei gibt es nicht.",
        "--from {path}: the file does not exist.",
    ),
    "init.from.not_file": (
        "--from {path}: keine gewöhnliche Datei (ein Ordner, Gerät oder eine Pipe).",
        "--from {path}: not a regular file (a folder, device or pipe).",
    ),
    "init.from.too_large": (
        "--from {path}: {size} Bytes, erlaubt sind {limit}; eine Konzepttabelle ist weit kleiner.",
        "--from {path}: {size} bytes, the limit is {limit}; a concept table is far smaller.",
    ),
    "init.from.not_xlsx": (
        "--from {path} lässt sich nicht als Excel-Arbeitsmappe lesen ({reason}); in Excel "
        "oder LibreOffice öffnen und als .xlsx speichern.",
        "--from {path} cannot be read as an Excel workbook ({reason}); open it in Excel or "
        "LibreOffice and save it as .xlsx.",
    ),
    "init.from.unreadable": (
        "--from {path} lässt sich nicht lesen: {reason}.",
        "--from {path} cannot be read: {reason}.",
    ),
    "init.from.utf16": (
        "--from {path} ist als UTF-16 („Unicode-Text“) gespeichert; in Excel als "
        "„CSV UTF-8 (durch Trennzeichen getrennt)“ speichern.",
        '--from {path} is saved as UTF-16 ("Unicode text"); save it in Excel as '
        '"CSV UTF-8 (comma delimited)".',
    ),
    "init.from.encoding": (
        "--from {path} ist weder UTF-8 noch Windows-1252; in Excel als „CSV UTF-8 (durch "
        "Trennzeichen getrennt)“ speichern.",
        '--from {path} is neither UTF-8 nor Windows-1252; save it in Excel as "CSV UTF-8 '
        '(comma delimited)".',
    ),
    "init.from.bad_csv": (
        "--from {path}, Zeile {line}: kein lesbares CSV ({reason}); oft ein "
        "Anführungszeichen ohne Gegenstück.",
        "--from {path}, line {line}: not readable CSV ({reason}); often a quote without its "
        "partner.",
    ),
    # --- nothing created (exit 1) ----------------------------------------------------------
    "init.table.invalid": (
        "Nicht angelegt: Probleme in {path} ({count}); nichts wurde geschrieben.",
        "not created: problems in {path} ({count}); nothing was written.",
    ),
    "init.invalid": (
        "Nicht angelegt: {path} hätte diese Fehler; nichts wurde geschrieben.",
        "not created: {path} would have these errors; nothing was written.",
    ),
    "init.write_failed": (
        "Nicht angelegt: {path} kann nicht geschrieben werden ({reason}); nichts wurde "
        "geschrieben.",
        "not created: cannot write {path} ({reason}); nothing was written.",
    ),
    # --- where in the table --------------------------------------------------------------
    "init.where.sheet": ("Blatt {sheet}", "sheet {sheet}"),
    "init.where.cell": ("Zelle {cell}", "cell {cell}"),
    "init.more": (" und {count} weitere", " and {count} more"),
    # --- problems of the table as a whole ------------------------------------------------
    "init.table.no_sheet": (
        "kein Blatt mit einer Kopfzeile wie in der Vorlage (Ebene, Id, Titel …) in den ersten "
        "{rows} Zeilen; Blätter: {sheets}. Vorlage: ki-concept init --template -o "
        "vorlage.xlsx",
        "no sheet with a header row as in the template (Level, Id, Title …) in its first "
        "{rows} rows; sheets: {sheets}. Template: ki-concept init --template -o "
        "template.xlsx",
    ),
    "init.table.no_header": (
        "keine Kopfzeile wie in der Vorlage (Ebene, Id, Titel …) in den ersten {rows} Zeilen. "
        "Vorlage: ki-concept init --template -o vorlage.csv",
        "no header row as in the template (Level, Id, Title …) in the first {rows} rows. "
        "Template: ki-concept init --template -o template.csv",
    ),
    "init.table.too_many_rows": (
        "mehr als {limit} Zeilen; gelesen werden höchstens so viele.",
        "more than {limit} rows; at most that many are read.",
    ),
    "init.table.no_fields": (
        "keine Zeile mit der Ebene Handlungsfeld; ein Konzept braucht mindestens ein "
        "Handlungsfeld.",
        "no row with the level field of action; a concept needs at least one.",
    ),
    # --- the header row --------------------------------------------------------------------
    "init.header.unknown": (
        "'{value}' ist keine Spalte der Vorlage; möglich sind {columns}.",
        "'{value}' is no column of the template; possible are {columns}.",
    ),
    "init.header.unknown_near": (
        "'{value}' ist keine Spalte der Vorlage; gemeint ist vielleicht '{near}'.",
        "'{value}' is no column of the template; did you mean '{near}'?",
    ),
    "init.header.twice": (
        "die Spalte '{value}' steht schon in Zelle {first}; jede Spalte nur einmal.",
        "the column '{value}' is already in cell {first}; each column only once.",
    ),
    "init.header.missing": (
        "es fehlen die Spalten {columns} in der Kopfzeile.",
        "the header row lacks the columns {columns}.",
    ),
    "init.header.none": (
        "Inhalt in einer Spalte ohne Überschrift ({header} ist leer oder unbekannt); "
        "Überschrift eintragen oder den Inhalt löschen.",
        "content in a column without a header ({header} is empty or unknown); add the "
        "header or delete the content.",
    ),
    # --- problems of one cell ----------------------------------------------------------------
    "init.cell.formula": (
        "eine Formel ohne gespeicherten Wert ({formula}); Formeln werden nicht berechnet. Die "
        "Datei in Excel oder LibreOffice öffnen und speichern, dann steht der Wert darin, "
        "oder den Wert statt der Formel eintragen.",
        "a formula without a stored value ({formula}); formulas are not calculated. Open "
        "the file in Excel or LibreOffice and save it, then the value is stored, or type the "
        "value instead of the formula.",
    ),
    "init.cell.excel_error": (
        "der Excel-Fehler {value}; den Fehler in der Tabelle beheben.",
        "the Excel error {value}; fix it in the table.",
    ),
    "init.cell.boolean": (
        "ein Wahrheitswert (WAHR/FALSCH), hier gehört Text hin.",
        "a truth value (TRUE/FALSE); text belongs here.",
    ),
    "init.cell.control": (
        "enthält das Steuerzeichen {char}; es ist in einem Konzept nicht erlaubt. Den Text "
        "neu eintippen.",
        "contains the control character {char}; it is not allowed in a concept. Type the "
        "text anew.",
    ),
    "init.cell.too_long": (
        "{length} Zeichen; erlaubt sind höchstens {limit}.",
        "{length} characters; at most {limit} are allowed.",
    ),
    "init.cell.bad_id": (
        "'{value}' taugt nicht als Id: Buchstaben, Ziffern, '-', '_' und '.', beginnend mit "
        "Buchstabe oder Ziffer, höchstens 64 Zeichen, z. B. BILDUNG-M1.",
        "'{value}' cannot be an id: letters, digits, '-', '_' and '.', starting with a "
        "letter or digit, at most 64 characters, e.g. EDUCATION-M1.",
    ),
    "init.cell.bad_url": (
        "'{value}' ist keine Adresse; eine Quelle beginnt mit http:// oder https://, mehrere "
        "durch Leerzeichen trennen.",
        "'{value}' is no address; a source starts with http:// or https://, separate "
        "several by spaces.",
    ),
    "init.cell.date_with_time": (
        "'{value}' hat eine Uhrzeit; erwartet ist nur ein Datum.",
        "'{value}' has a time of day; only a date is expected.",
    ),
    "init.cell.number_not_date": (
        "die Zahl {value}, kein Datum; die Zelle als Datum formatieren oder TT.MM.JJJJ schreiben.",
        "the number {value}, not a date; format the cell as a date or write DD.MM.YYYY.",
    ),
    "init.cell.bad_date": (
        "'{value}' ist kein Datum; erwartet TT.MM.JJJJ (z. B. 01.02.2024) oder JJJJ-MM-TT.",
        "'{value}' is not a date; expected DD.MM.YYYY (e.g. 01.02.2024) or YYYY-MM-DD.",
    ),
    "init.cell.no_such_day": (
        "'{value}': diesen Tag gibt es nicht.",
        "'{value}': there is no such day.",
    ),
    "init.cell.bad_flag": (
        "'{value}' ist weder ja noch nein; erlaubt: ja, nein (leer = nein).",
        "'{value}' is neither yes nor no; allowed: yes, no (empty = no).",
    ),
    "init.cell.bad_goal_level": (
        "'{value}' ist keine Zielebene; erlaubt: {choices}.",
        "'{value}' is no goal level; allowed: {choices}.",
    ),
    "init.cell.goal_level_missing": (
        "jedes Ziel braucht eine Zielebene: {choices}.",
        "every goal needs a goal level: {choices}.",
    ),
    "init.cell.bad_status": (
        "'{value}' ist kein Statuswert; erlaubt: {choices}.",
        "'{value}' is no status value; allowed: {choices}.",
    ),
    "init.cell.level_missing": (
        "die Zeile hat Inhalt, aber keine Ebene; Handlungsfeld, Ziel oder Maßnahme eintragen "
        "(oder die Zeile löschen).",
        "the row has content but no level; enter field of action, goal or measure (or delete "
        "the row).",
    ),
    "init.cell.bad_level": (
        "'{value}' ist keine Ebene; erlaubt: {choices} (und einmal Konzept).",
        "'{value}' is no level; allowed: {choices} (and once Concept).",
    ),
    "init.cell.not_for_level": (
        "gilt nicht für eine Zeile der Ebene {level}, nur für {levels}; leer lassen.",
        "does not apply to a row of the level {level}, only to {levels}; leave it empty.",
    ),
    "init.cell.title_missing": (
        "der Titel fehlt; jede Zeile braucht einen.",
        "the title is missing; every row needs one.",
    ),
    "init.cell.end_before_start": (
        "das Ende {end} liegt vor dem Beginn {start}.",
        "the end {end} is before the start {start}.",
    ),
    "init.cell.end_missing": (
        "leer, aber der Status '{status}' ist abgeschlossen; das Ende eintragen oder "
        "Daueraufgabe: ja.",
        "empty, but the status '{status}' is finished; enter the end or Ongoing: yes.",
    ),
    "init.cell.second_konzept": (
        "eine zweite Zeile der Ebene Konzept (die erste steht in Zeile {first}); nur eine ist "
        "erlaubt.",
        "a second row of the level Concept (the first is in row {first}); only one is allowed.",
    ),
    "init.cell.duplicate_id": (
        "die Id '{value}' steht schon in Zelle {first}; jede Id nur einmal, auch in anderer "
        "Groß- und Kleinschreibung.",
        "the id '{value}' is already in cell {first}; each id only once, also in other case.",
    ),
    "init.cell.unknown_field": (
        "ein Handlungsfeld '{value}' gibt es in der Tabelle nicht; vorhanden: {choices}.",
        "there is no field of action '{value}' in the table; available: {choices}.",
    ),
    "init.cell.no_field": (
        "die Zeile gehört zu keinem Handlungsfeld: die Handlungsfeld-Id eintragen oder eine "
        "Zeile der Ebene Handlungsfeld darüber einfügen.",
        "the row belongs to no field of action: enter the field id or put a row of the level "
        "field of action above it.",
    ),
    "init.cell.unknown_goal": (
        "ein Ziel '{value}' gibt es in der Tabelle nicht; vorhanden (mit den vergebenen "
        "Ids): {choices}.",
        "there is no goal '{value}' in the table; available (with the generated ids): {choices}.",
    ),
    # --- done --------------------------------------------------------------------------------
    "init.created": (
        "Neues Konzept angelegt: {path} ({summary}).",
        "new concept created: {path} ({summary}).",
    ),
    "init.summary.skeleton": (
        "Gerüst mit einem Handlungsfeld, einem Ziel und einer Maßnahme als Beispiel",
        "skeleton with one field of action, one goal and one measure as examples",
    ),
    "init.summary.table": (
        "aus {source}: {fields} Handlungsfelder, {goals} Ziele, {measures} Maßnahmen; "
        "{generated} Ids vergeben",
        "from {source}: {fields} fields of action, {goals} goals, {measures} measures; "
        "{generated} ids generated",
    ),
    "init.next": (
        "Prüfen: ki-concept --root {root} validate",
        "check: ki-concept --root {root} validate",
    ),
    "init.warnings": (
        "Keine Fehler; validate meldet {count} Warnungen: ki-concept --root {root} validate",
        "no errors; validate reports {count} warnings: ki-concept --root {root} validate",
    ),
    "init.template_written.xlsx": (
        "Vorlage geschrieben: {path} (Blatt Konzept zum Ausfüllen, Blatt Erläuterung). "
        "Danach: ki-concept init ORDNER --from {path}",
        "template written: {path} (sheet Concept to fill in, sheet Explanation). Then: "
        "ki-concept init FOLDER --from {path}",
    ),
    "init.template_written.csv": (
        "Vorlage geschrieben: {path} (UTF-8, Trennzeichen ;, mit Beispielzeilen). Danach: "
        "ki-concept init ORDNER --from {path}",
        "template written: {path} (UTF-8, separator ;, with example rows). Then: "
        "ki-concept init FOLDER --from {path}",
    ),
    "init.default_title": ("Integrationskonzept", "Integration concept"),
    "init.comment.konzept": (
        "Integrationskonzept, angelegt mit `ki-concept init` aus {source}.",
        "Integration concept, created with `ki-concept init` from {source}.",
    ),
    "init.comment.field": (
        "Handlungsfeld „{title}“, angelegt mit `ki-concept init` aus {source}.",
        "Field of action “{title}”, created with `ki-concept init` from {source}.",
    ),
    # --- the skeleton ----------------------------------------------------------------------
    "init.skeleton.konzept": (_SKELETON_KONZEPT_DE, _SKELETON_KONZEPT_EN),
    "init.skeleton.field": (_SKELETON_FIELD_DE, _SKELETON_FIELD_EN),
    "init.skeleton.field_file": ("bildung.yaml", "education.yaml"),
    # --- the table: levels, words, columns -------------------------------------------------
    "init.level.konzept": ("Konzept", "Concept"),
    "init.level.field": ("Handlungsfeld", "Field of action"),
    "init.level.goal": ("Ziel", "Goal"),
    "init.level.measure": ("Maßnahme", "Measure"),
    "init.word.yes": ("ja", "yes"),
    "init.word.no": ("nein", "no"),
    "init.col.level": ("Ebene", "Level"),
    "init.col.level.help": (
        "Was die Zeile ist: Handlungsfeld, Ziel oder Maßnahme; einmal Konzept für Angaben zum "
        "ganzen Konzept. Pflicht.",
        "What the row is: field of action, goal or measure; once Concept for the concept as a "
        "whole. Required.",
    ),
    "init.col.level.example": ("Maßnahme", "Measure"),
    "init.col.id": ("Id", "Id"),
    "init.col.id.help": (
        "Kennung, ohne Leerzeichen. Leer: wird vergeben (BILDUNG, BILDUNG-Z1, BILDUNG-M1).",
        "Identifier, without spaces. Empty: generated (EDUCATION, EDUCATION-Z1, EDUCATION-M1).",
    ),
    "init.col.id.example": ("BILDUNG-M1", "EDUCATION-M1"),
    "init.col.title": ("Titel", "Title"),
    "init.col.title.help": (
        "Name des Handlungsfelds oder der Maßnahme, das Ziel in einem Satz. Pflicht.",
        "Name of the field or measure, the goal in one sentence. Required.",
    ),
    "init.col.title.example": ("Sprachfördergruppen in Kitas", "Language support groups"),
    "init.col.field": ("Handlungsfeld-Id", "Field id"),
    "init.col.field.help": (
        "Id des Handlungsfelds. Leer: das Handlungsfeld in der nächsten Zeile darüber.",
        "Id of the field of action. Empty: the field in the nearest row above.",
    ),
    "init.col.field.example": ("BILDUNG", "EDUCATION"),
    "init.col.goal_level": ("Zielebene", "Goal level"),
    "init.col.goal_level.help": (
        "leitziel, mittlerziel, handlungsziel oder detailziel. Pflicht für Ziele.",
        "leitziel, mittlerziel, handlungsziel or detailziel. Required for goals.",
    ),
    "init.col.goal_level.example": ("handlungsziel", "handlungsziel"),
    "init.col.status": ("Status", "Status"),
    "init.col.status.help": (
        "Stand der Umsetzung: idee, geplant, laufend, ruhend, umgesetzt, verstetigt oder "
        "entfallen. Abgeschlossen (umgesetzt, verstetigt, entfallen) braucht ein Ende.",
        "State of implementation: idee, geplant, laufend, ruhend, umgesetzt, verstetigt or "
        "entfallen. Finished (umgesetzt, verstetigt, entfallen) needs an end.",
    ),
    "init.col.status.example": ("laufend", "laufend"),
    "init.col.goals": ("Ziel-Ids", "Goal ids"),
    "init.col.goals.help": (
        "Ids der Ziele, denen die Maßnahme dient, mit Komma getrennt.",
        "Ids of the goals the measure serves, separated by commas.",
    ),
    "init.col.goals.example": ("BILDUNG-Z1, BILDUNG-Z2", "EDUCATION-Z1, EDUCATION-Z2"),
    "init.col.responsible": ("Verantwortlich", "Responsible"),
    "init.col.responsible.help": ("Verantwortliche Stelle.", "Who is responsible."),
    "init.col.responsible.example": ("Kommunales Integrationszentrum", "Integration centre"),
    "init.col.partners": ("Partner", "Partners"),
    "init.col.partners.help": (
        "Kooperationspartner, durch Semikolon oder Zeilenumbruch getrennt.",
        "Partners, separated by semicolons or line breaks.",
    ),
    "init.col.partners.example": ("Jugendamt; Kita-Träger", "Youth office; day care providers"),
    "init.col.target_groups": ("Zielgruppen", "Target groups"),
    "init.col.target_groups.help": (
        "Zielgruppen, durch Semikolon oder Zeilenumbruch getrennt.",
        "Target groups, separated by semicolons or line breaks.",
    ),
    "init.col.target_groups.example": ("Kinder von 3 bis 6 Jahren", "Children aged 3 to 6"),
    "init.col.start": ("Beginn", "Start"),
    "init.col.start.help": (
        "Beginn: TT.MM.JJJJ, JJJJ-MM-TT oder Datumszelle.",
        "Start: DD.MM.YYYY, YYYY-MM-DD or a date cell.",
    ),
    "init.col.start.example": ("01.02.2024", "01.02.2024"),
    "init.col.end": ("Ende", "End"),
    "init.col.end.help": (
        "(Geplantes) Ende, nicht vor dem Beginn.",
        "(Planned) end, not before the start.",
    ),
    "init.col.end.example": ("31.12.2025", "31.12.2025"),
    "init.col.ongoing": ("Daueraufgabe", "Ongoing"),
    "init.col.ongoing.help": (
        "ja = Daueraufgabe ohne Enddatum; leer = nein.",
        "yes = ongoing task without an end date; empty = no.",
    ),
    "init.col.ongoing.example": ("nein", "no"),
    "init.col.description": ("Beschreibung", "Description"),
    "init.col.description.help": (
        "Erläuterung; Zeilenumbrüche bleiben erhalten.",
        "Explanation; line breaks are kept.",
    ),
    "init.col.description.example": ("Zusätzliche Gruppen mit Fachkräften", "More groups"),
    "init.col.resources": ("Ressourcen", "Resources"),
    "init.col.resources.help": ("Personal, Budget, Sachmittel.", "Staff, budget, material."),
    "init.col.resources.example": ("2 Fachkräfte, 40.000 € pro Jahr", "2 staff, €40,000 a year"),
    "init.col.sources": ("Quellen", "Sources"),
    "init.col.sources.help": (
        "Belege als Adressen (https://…), durch Leerzeichen getrennt; sie kommen ins "
        "Quellenverzeichnis (Q1, Q2 …).",
        "Evidence as addresses (https://…), separated by spaces; they go into the list of "
        "sources (Q1, Q2 …).",
    ),
    "init.col.sources.example": (
        "https://www.example.org/konzept.pdf",
        "https://example.org/c.pdf",
    ),
    "init.col.example": ("Beispiel", "Example"),
    "init.col.example.help": (
        "ja = Beispielinhalt, der noch zu ersetzen ist; leer = nein.",
        "yes = example content still to be replaced; empty = no.",
    ),
    "init.col.example.example": ("nein", "no"),
    # --- the template workbook ---------------------------------------------------------------
    "init.template.title": (
        "Vorlage für ein Integrationskonzept",
        "Template for an integration concept",
    ),
    "init.template.applies": ("Gilt für: {levels}.", "Applies to: {levels}."),
    "init.template.pick": (
        "Erwartet wird einer dieser Werte: {choices}.",
        "One of these values is expected: {choices}.",
    ),
    "init.sheet.table": ("Konzept", "Concept"),
    "init.sheet.help": ("Erläuterung", "Explanation"),
    "init.help.title": ("So füllen Sie die Tabelle aus", "How to fill in the table"),
    "init.help.intro": (_HELP_INTRO_DE, _HELP_INTRO_EN),
    "init.help.col.column": ("Spalte", "Column"),
    "init.help.col.applies": ("Gilt für", "Applies to"),
    "init.help.col.meaning": ("Bedeutung", "Meaning"),
    "init.help.col.example": ("Beispiel", "Example"),
    "init.help.col.status": ("Status", "Status"),
    "init.help.col.kind": ("Art", "Kind"),
    "init.help.col.goal_level": ("Zielebene", "Goal level"),
    "init.help.kind.open": ("offen", "open"),
    "init.help.kind.achieved": ("erreicht", "achieved"),
    "init.help.kind.dropped": ("entfallen", "dropped"),
    "init.help.status.idee": ("Eine Idee, noch nicht beschlossen.", "An idea, not yet decided."),
    "init.help.status.geplant": ("Beschlossen, noch nicht begonnen.", "Decided, not yet started."),
    "init.help.status.laufend": ("In Umsetzung.", "Being carried out."),
    "init.help.status.ruhend": (
        "Unterbrochen, nicht aufgegeben.",
        "Paused, not given up.",
    ),
    "init.help.status.umgesetzt": ("Abgeschlossen, erreicht.", "Finished and achieved."),
    "init.help.status.verstetigt": (
        "Abgeschlossen und in den Regelbetrieb übernommen.",
        "Finished and made permanent.",
    ),
    "init.help.status.entfallen": (
        "Ohne Ergebnis beendet (gestrichen, abgebrochen); zählt nicht zum Fortschritt.",
        "Ended without result (cancelled); not counted as progress.",
    ),
    "init.help.goal_level.leitziel": (
        "Das übergeordnete Ziel eines Handlungsfelds.",
        "The overall goal of a field of action.",
    ),
    "init.help.goal_level.mittlerziel": (
        "Ein Teilziel auf dem Weg zum Leitziel.",
        "An intermediate goal on the way to the overall goal.",
    ),
    "init.help.goal_level.handlungsziel": (
        "Ein konkretes Ziel, das Maßnahmen erreichen sollen.",
        "A concrete goal that measures are to reach.",
    ),
    "init.help.goal_level.detailziel": (
        "Ein messbares Einzelziel.",
        "A measurable single goal.",
    ),
    # --- the example rows of the template ------------------------------------------------------
    "init.example.konzept_title": (
        "Integrationskonzept des Musterkreises (Beispiel)",
        "Integration concept of the sample district (example)",
    ),
    "init.example.konzept_groups": (
        "Menschen mit Einwanderungsgeschichte; Geflüchtete",
        "People with a migration background; refugees",
    ),
    "init.example.konzept_description": (
        "Ziele und Maßnahmen für die Integration im Kreis (Beispiel).",
        "Goals and measures for integration in the district (example).",
    ),
    "init.example.field1_id": ("BILDUNG", "EDUCATION"),
    "init.example.field1_title": ("Bildung und Erziehung", "Education and upbringing"),
    "init.example.field1_description": (
        "Sprachförderung und Bildungsberatung von der Kita bis zum Berufskolleg.",
        "Language support and education counselling from day care to vocational college.",
    ),
    "init.example.goal1_title": (
        "Kinder mit Einwanderungsgeschichte haben gleiche Bildungschancen.",
        "Children with a migration background have equal chances in education.",
    ),
    "init.example.goal2_title": (
        "Mehr Plätze in Sprachfördergruppen in Kitas.",
        "More places in language support groups in day care.",
    ),
    "init.example.measure1_title": (
        "Sprachfördergruppen in Kitas",
        "Language support groups in day care",
    ),
    "init.example.measure1_description": (
        "Zusätzliche Gruppen mit geschulten Fachkräften.",
        "Additional groups with trained staff.",
    ),
    "init.example.measure1_partners": (
        "Jugendamt; Kita-Träger",
        "Youth welfare office; day care providers",
    ),
    "init.example.measure1_groups": ("Kinder von 3 bis 6 Jahren", "Children aged 3 to 6"),
    "init.example.measure1_resources": (
        "2 Fachkräfte, 40.000 € pro Jahr",
        "2 staff, €40,000 a year",
    ),
    "init.example.responsible": ("Kommunales Integrationszentrum", "Municipal integration centre"),
    "init.example.measure2_title": (
        "Elterncafés an Grundschulen",
        "Parents' cafés at primary schools",
    ),
    "init.example.field2_id": ("ARBEIT", "WORK"),
    "init.example.field2_title": ("Arbeit und Wirtschaft", "Work and economy"),
    "init.example.goal3_title": (
        "Geflüchtete finden den Weg in Ausbildung und Arbeit.",
        "Refugees find their way into training and work.",
    ),
    "init.example.measure3_title": (
        "Informationsabende zur Anerkennung ausländischer Abschlüsse",
        "Information evenings on recognising foreign qualifications",
    ),
    "init.example.measure3_partners": (
        "Agentur für Arbeit; Jobcenter",
        "Employment agency; job centre",
    ),
}
