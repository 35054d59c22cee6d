"""Texts of loading, validation and the command line: ``key → (de, en)``.

Templates use ``str.format`` fields. Keep German first; it is the default.
"""

from __future__ import annotations

CORE: dict[str, tuple[str, str]] = {
    # --- reading files -------------------------------------------------------
    "read.permission": (
        "Datei kann nicht gelesen werden: keine Leseberechtigung ({reason}). "
        "Rechte prüfen, z. B. mit `chmod u+r`.",
        "cannot read the file: permission denied ({reason}). Check its permissions, "
        "e.g. `chmod u+r`.",
    ),
    "read.loop": (
        "Datei kann nicht gelesen werden: Symlink-Schleife ({reason}). Den Link durch die "
        "Datei ersetzen.",
        "cannot read the file: symbolic link loop ({reason}). Replace the link with the file.",
    ),
    "read.missing": (
        "Datei kann nicht gelesen werden: nicht vorhanden oder defekter Symlink ({reason}). "
        "Den Link reparieren oder entfernen.",
        "cannot read the file: it does not exist or is a broken link ({reason}). Repair or "
        "remove the link.",
    ),
    "read.link_outside": (
        "Die Datei (oder ihr Ordner) ist ein symbolischer Link aus dem Konzept-Ordner heraus "
        "oder in einen .git-Ordner; solche Links werden nie verfolgt, ihr Ziel wird nicht "
        "gelesen. Die Datei selbst in den Konzept-Ordner legen.",
        "the file (or its folder) is a symbolic link out of the concept folder or into a .git "
        "folder; such links are never followed and their target is not read. Put the file "
        "itself into the concept folder.",
    ),
    "read.link_in_revision": (
        "Die Datei ist in dieser Revision ein symbolischer Link; Links aus der Git-Historie "
        "werden nie verfolgt. Die Datei selbst statt des Links committen.",
        "the file is a symbolic link in this revision; links from git history are never "
        "followed. Commit the file itself instead of the link.",
    ),
    "read.not_regular": (
        "Keine normale Datei (Ordner, Gerät oder Pipe): nur YAML-Dateien sind hier erlaubt.",
        "not a regular file (a folder, device or pipe): only YAML files belong here.",
    ),
    "read.other": (
        "Datei kann nicht gelesen werden: {reason}. Prüfen, ob sie sich im Editor öffnen lässt.",
        "cannot read the file: {reason}. Check that it opens in an editor.",
    ),
    "read.folder": (
        "Ordner kann nicht gelesen werden: {reason}. Rechte und Pfad prüfen.",
        "cannot read the folder: {reason}. Check its permissions and path.",
    ),
    "read.too_large": (
        "Datei ist {size} Bytes groß, erlaubt sind {limit}; sie wird nicht gelesen. "
        "Datei aufteilen oder die Grenze mit {env} bzw. --max-bytes anheben.",
        "the file has {size} bytes, the limit is {limit}; it is not read. Split the file or "
        "raise the limit with {env} or --max-bytes.",
    ),
    "read.utf16": (
        "Datei ist in UTF-16 gespeichert; erwartet wird UTF-8. Im Editor als UTF-8 speichern.",
        "the file is saved as UTF-16; UTF-8 is expected. Save it as UTF-8 in your editor.",
    ),
    "read.nul": (
        "NUL-Byte in der Datei: das ist keine Textdatei oder sie ist beschädigt. Den Inhalt "
        "als reinen Text (UTF-8) neu speichern.",
        "NUL byte in the file: it is not a text file or it is damaged. Save the content again "
        "as plain text (UTF-8).",
    ),
    "read.not_utf8": (
        "Datei ist nicht UTF-8-kodiert (Byte {byte}); im Editor als UTF-8 speichern "
        "(oft war sie Windows-1252/Latin-1).",
        "the file is not UTF-8 (byte {byte}); save it as UTF-8 in your editor (it was "
        "probably Windows-1252/Latin-1).",
    ),
    "read.control_char": (
        "Unzulässiges Steuerzeichen {code}: YAML erlaubt es nicht. Zeichen entfernen.",
        "forbidden control character {code}: YAML does not allow it. Remove it.",
    ),
    "read.escaped_char": (
        "Unzulässiges Zeichen {code}, als Escape-Sequenz in doppelten Anführungszeichen "
        "geschrieben: Text darf es nicht enthalten. Die Escape-Sequenz entfernen.",
        "forbidden character {code}, written as an escape sequence in double quotes: text must "
        "not contain it. Remove the escape sequence.",
    ),
    # --- YAML structure --------------------------------------------------------
    "yaml.syntax": (
        "YAML-Syntaxfehler ({problem}): Einrückung, Doppelpunkte, Anführungszeichen und "
        "Klammern an dieser Stelle und in der Zeile davor prüfen.",
        "YAML syntax error ({problem}): check indentation, colons, quotes and brackets here and "
        "on the line before.",
    ),
    "yaml.hint.tab": (
        "Tabulatorzeichen außerhalb von Anführungszeichen: hier erlaubt YAML nur Leerzeichen, "
        "zum Einrücken wie zwischen Wörtern. Tabs durch Leerzeichen ersetzen ({problem}).",
        "tab character outside quotes: YAML allows only spaces here, for indentation as well "
        "as between words. Replace tabs with spaces ({problem}).",
    ),
    "yaml.hint.mapping_values": (
        "Unerwarteter Doppelpunkt: steht ein Wert mit ': ' ohne Anführungszeichen, oder ist die "
        "Einrückung falsch? Text mit Doppelpunkt in Anführungszeichen setzen ({problem}).",
        "unexpected colon: is there a value containing ': ' without quotes, or is the "
        "indentation wrong? Quote text that contains a colon ({problem}).",
    ),
    "yaml.hint.colon": (
        "Erwarteter Doppelpunkt fehlt: jede Zeile einer Zuordnung braucht 'schlüssel: wert' "
        "({problem}).",
        "expected colon not found: every line of a mapping needs 'key: value' ({problem}).",
    ),
    "yaml.hint.indent": (
        "Einrückung passt nicht zur Zeile davor: gleichrangige Schlüssel müssen genau gleich "
        "weit eingerückt sein. Oder nach einem Text in Anführungszeichen folgt noch etwas: "
        "dann den ganzen Text in die Anführungszeichen setzen ({problem}).",
        "indentation does not match the line before: keys on the same level must be indented "
        "exactly alike. Or something follows a quoted text: then put all of the text inside "
        "the quotes ({problem}).",
    ),
    "yaml.hint.eof": (
        "Unerwartetes Dateiende: ein Anführungszeichen oder eine Klammer wurde nicht "
        "geschlossen ({problem}).",
        "unexpected end of file: a quote or bracket was not closed ({problem}).",
    ),
    "yaml.hint.tag_handle": (
        "Unbekanntes Tag-Kürzel: Werte mit '!' am Anfang in Anführungszeichen setzen ({problem}).",
        "unknown tag handle: quote values that start with '!' ({problem}).",
    ),
    "yaml.hint.flow": (
        "Liste oder Zuordnung in Klammern nicht korrekt getrennt oder geschlossen: Kommas und "
        "Klammern prüfen ({problem}).",
        "a bracketed list or mapping is not separated or closed correctly: check commas and "
        "brackets ({problem}).",
    ),
    "yaml.hint.escape": (
        "Unbekannte Escape-Sequenz in doppelten Anführungszeichen: einen Backslash als \\\\ "
        "schreiben oder den Text in einfache Anführungszeichen setzen ({problem}).",
        "unknown escape sequence in double quotes: write a backslash as \\\\ or put the text "
        "in single quotes ({problem}).",
    ),
    "yaml.hint.directive": (
        "Fehlerhafte Direktive (eine Zeile mit '%' am Dateianfang): die Zeile entfernen, "
        "Konzeptdateien brauchen keine ({problem}).",
        "broken directive (a line starting with '%' at the top of the file): remove the line, "
        "concept files need none ({problem}).",
    ),
    "yaml.hint.document": (
        "Hier kann nichts mehr folgen: nach einer Zuordnung in {{ }} oder einer Liste in [ ] "
        "steht noch Text, oder nach einer '%'-Zeile fehlt '---'. Den überzähligen Text "
        "entfernen ({problem}).",
        "nothing may follow here: text comes after a mapping in {{ }} or a list in [ ], or "
        "'---' is missing after a '%' line. Remove the extra text ({problem}).",
    ),
    "yaml.hint.block_scalar": (
        "Nach '|' oder '>' darf in derselben Zeile nur '-', '+', eine Ziffer oder ein "
        "Kommentar (' # …') stehen; den Text in die nächste, eingerückte Zeile schreiben "
        "({problem}).",
        "after '|' or '>' the same line may only hold '-', '+', a digit or a comment "
        "(' # …'); write the text on the next, indented line ({problem}).",
    ),
    "yaml.hint.anchor": (
        "Ein Wert, der mit '&' oder '*' beginnt, gilt als Anker oder Alias: den Text in "
        "Anführungszeichen setzen ({problem}).",
        "a value starting with '&' or '*' is read as an anchor or alias: put the text in "
        "quotes ({problem}).",
    ),
    "yaml.hint.sequence": (
        "Listeneintrag ('- ') an dieser Stelle nicht erlaubt: Einrückung prüfen; ein Text, "
        "der mit '- ' beginnt, gehört in Anführungszeichen ({problem}).",
        "a list entry ('- ') is not allowed here: check the indentation; quote text that "
        "starts with '- ' ({problem}).",
    ),
    "yaml.hint.reserved": (
        "Werte dürfen nicht mit '@' oder '`' beginnen: in Anführungszeichen setzen ({problem}).",
        "values cannot start with '@' or '`': put them in quotes ({problem}).",
    ),
    "yaml.duplicate_key": (
        "Schlüssel '{key}' kommt doppelt vor (zuerst in Zeile {first}); einen der beiden "
        "entfernen oder umbenennen.",
        "key '{key}' appears twice (first on line {first}); remove or rename one of them.",
    ),
    "yaml.key_not_text": (
        "Schlüssel {key} ist kein Text; Schlüssel müssen Wörter sein (z. B. 'titel'). "
        "Den Schlüssel umbenennen oder in Anführungszeichen setzen.",
        "key {key} is not text; keys must be words (e.g. 'titel'). Rename the key or put it "
        "in quotes.",
    ),
    "yaml.unknown_tag": (
        "Tag {tag} wird nicht unterstützt und nicht ausgeführt; das Tag entfernen.",
        "tag {tag} is not supported and never constructed; remove the tag.",
    ),
    "yaml.tag_mismatch": (
        "Wert '{value}' passt nicht zum Tag {tag}; Tag entfernen oder Wert korrigieren.",
        "value '{value}' does not fit tag {tag}; remove the tag or fix the value.",
    ),
    "yaml.number_too_long": (
        "Eine Zahl mit {digits} Ziffern, mehr als ki-concept liest ({limit}); ist sie ein Text, "
        "in Anführungszeichen setzen.",
        "a number of {digits} digits, more than ki-concept reads ({limit}); if it is text, put "
        "it in quotes.",
    ),
    "yaml.too_deep": (
        "Zu tief verschachtelt (mehr als {limit} Ebenen); ein Konzept braucht weniger als zehn. "
        "Klammern und Einrückung prüfen.",
        "nested too deeply (more than {limit} levels); a concept needs fewer than ten. Check "
        "the brackets and the indentation.",
    ),
    "yaml.several_documents": (
        "Mehrere YAML-Dokumente in einer Datei ('---'); jede Datei enthält genau eins. "
        "Das zweite Dokument in eine eigene Datei verschieben.",
        "several YAML documents in one file ('---'); each file holds exactly one. Move the "
        "second document to a file of its own.",
    ),
    "yaml.undefined_alias": (
        "Alias '*{alias}' verweist auf keinen vorher definierten Anker '&{alias}'. Den Wert "
        "direkt schreiben; beginnt ein Text mit '*', ihn in Anführungszeichen setzen.",
        "alias '*{alias}' refers to no anchor '&{alias}' defined before it. Write the value "
        "itself; put text that starts with '*' in quotes.",
    ),
    "yaml.alias_bomb": (
        'Aliase vervielfachen die Datei auf mehr als {limit} Knoten ("Billion Laughs"); '
        "die Datei wird nicht verarbeitet. Aliase durch die Werte ersetzen.",
        'aliases expand the file to more than {limit} nodes ("billion laughs"); the file is '
        "not processed. Replace the aliases with the values.",
    ),
    "yaml.empty": (
        "Datei ist leer; erwartet wird eine Zuordnung wie 'id: …' und 'titel: …'.",
        "the file is empty; a mapping like 'id: …' and 'titel: …' is expected.",
    ),
    "yaml.root_is_list": (
        "Datei enthält eine Liste statt einer Zuordnung (schlüssel: wert) auf oberster Ebene; "
        "die Einträge unter einen Schlüssel wie 'massnahmen:' stellen.",
        "the file holds a list instead of a mapping (key: value) at the top level; put the "
        "entries under a key such as 'massnahmen:'.",
    ),
    "yaml.root_is_scalar": (
        "Datei enthält nur einen einzelnen Wert statt einer Zuordnung (schlüssel: wert); "
        "Zeilen wie 'id: …' und 'titel: …' schreiben.",
        "the file holds a single value instead of a mapping (key: value); write lines such as "
        "'id: …' and 'titel: …'.",
    ),
    # --- schema ----------------------------------------------------------------
    # An id given in another case, and the one id it was taken for.
    "id_used": ("Id {id} verwendet (angegeben: {typed}).", "using id {id} (given: {typed})."),
    "schema.where_titled": (" („{title}“)", " (“{title}”)"),
    "schema.where_titled.ziele": (" (Ziel „{title}“)", " (goal “{title}”)"),
    "schema.where_titled.massnahmen": (" (Maßnahme „{title}“)", " (measure “{title}”)"),
    "schema.missing": (
        "Pflichtfeld '{key}' fehlt{where}; '{key}: …' ergänzen.",
        "required key '{key}' is missing{where}; add '{key}: …'.",
    ),
    "schema.unknown_key": (
        "Unbekannter Schlüssel '{key}'{where}; erlaubt sind: {allowed}.",
        "unknown key '{key}'{where}; allowed are: {allowed}.",
    ),
    "schema.unknown_key_suggest": (
        "Unbekannter Schlüssel '{key}'{where}; meinten Sie '{suggestion}'?",
        "unknown key '{key}'{where}; did you mean '{suggestion}'?",
    ),
    "schema.wrong_type": (
        "'{key}'{where} muss {expected} sein, ist aber {found}.",
        "'{key}'{where} must be {expected}, but is {found}.",
    ),
    "schema.quote_number": (
        "'{key}'{where} muss ein Text sein, ist aber {found}; YAML liest den Wert als Zahl. "
        'In Anführungszeichen setzen, damit keine Ziffern verloren gehen (z. B. "2017.10").',
        "'{key}'{where} must be text, but is {found}; YAML reads the value as a number. Put it "
        'in quotes so no digits are lost (e.g. "2017.10").',
    ),
    "schema.choice": (
        "'{key}'{where} hat den Wert '{value}'; erlaubt sind: {choices}.",
        "'{key}'{where} is '{value}'; allowed are: {choices}.",
    ),
    "schema.choice_suggest": (
        "'{key}'{where} hat den Wert '{value}'; meinten Sie '{suggestion}'? "
        "Erlaubt sind: {choices}.",
        "'{key}'{where} is '{value}'; did you mean '{suggestion}'? Allowed are: {choices}.",
    ),
    "schema.empty": (
        "'{key}'{where} darf nicht leer sein; einen Text eintragen.",
        "'{key}'{where} must not be empty; fill in a text.",
    ),
    "schema.url": (
        "'{key}'{where} muss eine Adresse mit http:// oder https:// sein, ist aber {found}.",
        "'{key}'{where} must be an address starting with http:// or https://, but is {found}.",
    ),
    "schema.no_such_day": (
        "'{key}'{where}: {found} ist kein gültiger Kalendertag; das Datum korrigieren.",
        "'{key}'{where}: {found} is not a valid calendar day; correct the date.",
    ),
    "schema.too_small": (
        "'{key}'{where} muss mindestens {limit} sein; den Wert korrigieren.",
        "'{key}'{where} must be at least {limit}; correct the value.",
    ),
    "schema.other": (
        "'{key}'{where} ist ungültig ({detail}); den Wert korrigieren.",
        "'{key}'{where} is invalid ({detail}); correct the value.",
    ),
    "type.text": ("ein Text", "text"),
    "type.bool": ("true oder false", "true or false"),
    "type.int": ("eine ganze Zahl", "a whole number"),
    "type.number": ("eine Zahl", "a number"),
    "type.list": ("eine Liste (Zeilen mit '- ')", "a list (lines starting with '- ')"),
    "type.mapping": ("eine Zuordnung (schlüssel: wert)", "a mapping (key: value)"),
    "type.date": (
        "ein Datum im Format JJJJ-MM-TT (z. B. 2017-12-14)",
        "a date as YYYY-MM-DD (e.g. 2017-12-14)",
    ),
    "value.empty": ("leer", "empty"),
    "value.bool": ("der Wahrheitswert {value}", "the boolean {value}"),
    "value.number": ("die Zahl {value}", "the number {value}"),
    "value.text": ("der Text '{value}'", "the text '{value}'"),
    "value.list": ("eine Liste", "a list"),
    "value.other": ("ein Wert vom Typ {kind}", "a value of type {kind}"),
    "value.mapping": ("eine Zuordnung", "a mapping"),
    # --- checks across a version --------------------------------------------------
    "rule.duplicate_id": (
        "Id '{id}' ist schon vergeben (zuerst in {first}); Ids müssen in der ganzen Version "
        "eindeutig sein. Eine der beiden umbenennen.",
        "id '{id}' is already used (first in {first}); ids must be unique across the whole "
        "version. Rename one of them.",
    ),
    "rule.duplicate_status": (
        "Statuswert '{id}' ist doppelt definiert; einen der beiden Einträge entfernen oder "
        "umbenennen.",
        "status value '{id}' is defined twice; remove or rename one of the entries.",
    ),
    "rule.unknown_goal": (
        "Maßnahme '{measure}' verweist auf das Ziel '{id}', das es in dieser Version nicht gibt; "
        "die Id korrigieren oder das Ziel unter 'ziele' anlegen.",
        "measure '{measure}' refers to goal '{id}', which does not exist in this version; fix "
        "the id or add the goal under 'ziele'.",
    ),
    "rule.unknown_goal_suggest": (
        "Maßnahme '{measure}' verweist auf das Ziel '{id}', das es nicht gibt; "
        "meinten Sie '{suggestion}'?",
        "measure '{measure}' refers to goal '{id}', which does not exist; "
        "did you mean '{suggestion}'?",
    ),
    "rule.unknown_source": (
        "Quelle '{key}' ist in konzept.yaml unter 'quellen' nicht definiert; dort "
        "'{key}: https://…' ergänzen.",
        "source '{key}' is not defined under 'quellen' in konzept.yaml; add "
        "'{key}: https://…' there.",
    ),
    "rule.unknown_source_suggest": (
        "Quelle '{key}' ist in konzept.yaml nicht definiert; meinten Sie '{suggestion}'?",
        "source '{key}' is not defined in konzept.yaml; did you mean '{suggestion}'?",
    ),
    "rule.unknown_priority": (
        "Schwerpunkt '{id}' ist in konzept.yaml nicht definiert (Schwerpunkte mit 'id'); "
        "vorhanden: {choices}.",
        "priority '{id}' is not defined in konzept.yaml (priorities with an 'id'); "
        "defined: {choices}.",
    ),
    "rule.goal_without_measure": (
        "Ziel '{id}' hat keine Maßnahme; eine Maßnahme mit 'ziele: [{id}]' zuordnen.",
        "goal '{id}' has no measure; point a measure to it with 'ziele: [{id}]'.",
    ),
    "rule.unknown_status": (
        "Status '{status}' ist kein bekannter Statuswert; erlaubt sind: {choices} (eigene Werte "
        "unter 'statuswerte' in konzept.yaml).",
        "status '{status}' is not a known status value; allowed are: {choices} (own values go "
        "under 'statuswerte' in konzept.yaml).",
    ),
    "rule.unknown_status_suggest": (
        "Status '{status}' ist kein bekannter Statuswert; meinten Sie '{suggestion}'? "
        "Erlaubt sind: {choices}.",
        "status '{status}' is not a known status value; did you mean '{suggestion}'? "
        "Allowed are: {choices}.",
    ),
    "rule.history_order": (
        "Verlauf nicht nach Datum geordnet: {date} steht nach {previous}; Einträge "
        "chronologisch sortieren.",
        "history is not in date order: {date} comes after {previous}; sort the entries by date.",
    ),
    "rule.history_status": (
        "Letzter Verlaufseintrag von '{id}' hat den Status '{last}', die Maßnahme aber "
        "'{status}'; beides angleichen.",
        "the last history entry of '{id}' has status '{last}', the measure '{status}'; make "
        "them agree.",
    ),
    "rule.finished_without_end": (
        "Maßnahme '{id}' ist '{status}', hat aber kein 'ende'; das Enddatum ergänzen oder "
        "'daueraufgabe: true' setzen.",
        "measure '{id}' is '{status}' but has no 'ende'; add the end date or set "
        "'daueraufgabe: true'.",
    ),
    "rule.end_before_start": (
        "Maßnahme '{id}' endet ({end}) vor ihrem Beginn ({start}); 'beginn' oder 'ende' "
        "korrigieren.",
        "measure '{id}' ends ({end}) before it starts ({start}); correct 'beginn' or 'ende'.",
    ),
    "rule.overdue": (
        "Maßnahme '{id}' ist überfällig: Ende {end}, Stand {as_of} noch '{status}'. Status "
        "aktualisieren oder 'ende' verschieben.",
        "measure '{id}' is overdue: ended {end}, still '{status}' on {as_of}. Update the status "
        "or move 'ende'.",
    ),
    "rule.period_reversed": (
        "Zeitraum endet ({end}) vor seinem Beginn ({start}); 'von' und 'bis' prüfen.",
        "the period ends ({end}) before it starts ({start}); check 'von' and 'bis'.",
    ),
    "rule.field_count": (
        "Das Konzept nennt {declared} Handlungsfelder, es gibt aber {found} Datei(en) ({names}). "
        "Quellen widersprechen sich manchmal: Angabe oder Dateien prüfen.",
        "the concept states {declared} fields, but there are {found} file(s) ({names}). Sources "
        "sometimes contradict themselves: check the statement or the files.",
    ),
    # --- versions and folders -------------------------------------------------------
    "version.no_konzept": (
        "konzept.yaml fehlt: jede Version braucht eine konzept.yaml mit 'titel' und 'version'.",
        "konzept.yaml is missing: every version needs a konzept.yaml with 'titel' and 'version'.",
    ),
    "version.no_fields_folder": (
        "Ordner 'handlungsfelder/' fehlt: je Handlungsfeld eine YAML-Datei dort ablegen.",
        "folder 'handlungsfelder/' is missing: put one YAML file per field there.",
    ),
    "version.no_fields": (
        "Keine Handlungsfeld-Dateien (*.yaml) in 'handlungsfelder/'; je Handlungsfeld eine "
        "Datei mit 'id' und 'titel' anlegen.",
        "no field files (*.yaml) in 'handlungsfelder/'; add one file per field with 'id' and "
        "'titel'.",
    ),
    "root.not_a_folder": (
        "Konzept-Ordner {path} gibt es nicht; den Pfad bei --root bzw. KI_CONCEPT_ROOT prüfen.",
        "concept folder {path} does not exist; check the path given to --root or KI_CONCEPT_ROOT.",
    ),
    "root.not_found": (
        "Kein Konzept-Ordner in {start} oder darüber gefunden. Gesucht wird ein Ordner "
        "'concept/', ein Versionsordner (mit konzept.yaml oder handlungsfelder/) oder ein "
        "Ordner, der Versionsordner enthält; sonst den Ordner mit --root PFAD oder {env} "
        "angeben.",
        "no concept folder found in {start} or above. Looked for a folder 'concept/', a "
        "version folder (with konzept.yaml or handlungsfelder/) or a folder holding version "
        "folders; otherwise name the folder with --root PATH or {env}.",
    ),
    "root.unreadable": (
        "Konzept-Ordner {path} kann nicht gelesen werden: {reason}.",
        "cannot read concept folder {path}: {reason}.",
    ),
    "version.unknown": (
        "Version '{target}' gibt es nicht in {root}; vorhanden: {available}.",
        "there is no version '{target}' in {root}; available: {available}.",
    ),
    "version.unknown_many": (
        "Version '{target}' gibt es nicht in {root}; dort sind {count} Versionen, darunter "
        "{available} … ('ki-concept validate' prüft alle).",
        "there is no version '{target}' in {root}; it holds {count} versions, among them "
        "{available} … ('ki-concept validate' checks them all).",
    ),
    "version.undecidable": (
        "Welche Version gilt, lässt sich nicht bestimmen: {path} ist nicht lesbar ({problem}). "
        "Die Datei beheben oder die Version nennen (z. B. 'status 2017').",
        "which version applies cannot be told: {path} cannot be read ({problem}). Fix the file "
        "or name the version (e.g. 'status 2017').",
    ),
    "version.none": (
        "In {root} gibt es keine Version: Der Ordner ist selbst keine (konzept.yaml oder "
        "handlungsfelder/ darin) und hat keinen solchen Unterordner; --root bzw. "
        "KI_CONCEPT_ROOT prüfen.",
        "there is no version in {root}: the folder is none itself (konzept.yaml or "
        "handlungsfelder/ in it) and has no such subfolder; check --root or KI_CONCEPT_ROOT.",
    ),
    # --- summaries -------------------------------------------------------------
    "severity.error": ("Fehler", "error"),
    "severity.warning": ("Warnung", "warning"),
    "summary.line": (
        "{errors} Fehler, {warnings} Warnung(en) in {files} Dateien ({versions}).",
        "{errors} error(s), {warnings} warning(s) in {files} files ({versions}).",
    ),
    "summary.clean": (
        "Keine Probleme in {files} Dateien ({versions}).",
        "no problems in {files} files ({versions}).",
    ),
    # --- command line ----------------------------------------------------------
    "cli.internal_error": (
        "Interner Fehler ({error}) in {where}; ki-concept {version}, Python {python}. Das ist "
        "ein Fehler in ki-concept, nicht in Ihren Dateien: bitte mit dieser Meldung und dem "
        "Befehl melden. Mit KI_CONCEPT_DEBUG=1 erscheint die ganze Ablaufverfolgung.",
        "internal error ({error}) in {where}; ki-concept {version}, Python {python}. This is a "
        "bug in ki-concept, not in your files: please report it with this message and the "
        "command. KI_CONCEPT_DEBUG=1 shows the whole traceback.",
    ),
    "cli.bad_date": (
        "'{value}' ist kein Datum; erwartet wird JJJJ-MM-TT, z. B. 2017-12-14.",
        "'{value}' is not a date; expected YYYY-MM-DD, e.g. 2017-12-14.",
    ),
    "cli.bad_size": (
        "'{value}' ist keine Größe; erwartet z. B. 4M, 512k oder 1048576.",
        "'{value}' is not a size; expected e.g. 4M, 512k or 1048576.",
    ),
    "cli.bad_choice": (
        "'{value}' ist für {option} nicht erlaubt; möglich: {choices}.",
        "'{value}' is not allowed for {option}; choose from: {choices}.",
    ),
    "cli.error_prefix": ("Fehler: ", "error: "),
    # --- help texts ---------------------------------------------------------------
    "help.app": (
        "Integrationskonzepte als YAML: prüfen, Stand der Umsetzung zeigen, Versionen "
        "vergleichen, Maßnahmen pflegen, Berichte erstellen.",
        "Integration concepts as YAML: validate, show the state of implementation, compare "
        "versions, keep measures current, write reports.",
    ),
    "help.root": (
        "Konzept-Ordner: ein Ordner mit einem Unterordner je Version oder ein einzelner "
        "Versionsordner (Standard: KI_CONCEPT_ROOT, sonst vom aktuellen Ordner aufwärts "
        "gesucht, z. B. 'concept/').",
        "concept folder: a folder with one subfolder per version, or a single version folder "
        "(default: KI_CONCEPT_ROOT, else looked for from the current folder upward, e.g. "
        "'concept/').",
    ),
    "help.lang": (
        "Sprache der Ausgabe: de oder en (auch KI_CONCEPT_LANG).",
        "output language: de or en (also KI_CONCEPT_LANG).",
    ),
    "help.max_bytes": (
        "Größte erlaubte YAML-Datei, z. B. 4M (Standard 4M; auch KI_CONCEPT_MAX_BYTES).",
        "largest YAML file accepted, e.g. 4M (default 4M; also KI_CONCEPT_MAX_BYTES).",
    ),
    "help.version": ("Programmversion zeigen.", "show the program version."),
    "help.validate": (
        "Konzept prüfen: Syntax, Schema, Verweise, Daten und Status; jedes Problem mit "
        "Datei:Zeile:Spalte. Exit 0 = keine Fehler, 1 = Fehler, 2 = Aufruf nicht möglich.",
        "check the concept: syntax, schema, references, dates and status; every problem with "
        "file:line:column. Exit 0 = no errors, 1 = errors, 2 = could not run.",
    ),
    "help.validate.example": (
        "Beispiel: ki-concept validate 2017 --format github",
        "Example: ki-concept validate 2017 --format github",
    ),
    "help.targets": (
        "Versionen (Ordnername wie 2017) oder Versionsordner; ohne Angabe alle.",
        "versions (folder name such as 2017) or version folders; all when omitted.",
    ),
    "help.validate.format": ("Ausgabe: text, json oder github.", "output: text, json or github."),
    "help.strict": (
        "Warnungen wie Fehler behandeln (Exit 1).",
        "treat warnings as errors (exit 1).",
    ),
    "help.as_of": (
        "Stichtag für 'überfällig' (JJJJ-MM-TT, Standard heute).",
        "reference date for 'overdue' (YYYY-MM-DD, default today).",
    ),
    "help.as_of_history": (
        "Stichtag (JJJJ-MM-TT, Standard heute): der Status jeder Maßnahme an diesem Tag laut "
        "ihrem 'verlauf' (ohne Verlauf ihr 'status') und was an diesem Tag überfällig ist.",
        "reference date (YYYY-MM-DD, default today): each measure's status on that day from "
        "its 'verlauf' (without one, its 'status'), and what is overdue on that day.",
    ),
}
