"""Texts of ``set-status``, ``add massnahme`` and ``new-version``: ``key → (de, en)``."""

from __future__ import annotations

EDIT: dict[str, tuple[str, str]] = {
    # --- what changed ----------------------------------------------------------------
    "edit.title.measure": (
        "Maßnahme {id}, Version {version} ({path}):",
        "measure {id}, version {version} ({path}):",
    ),
    "edit.title.goal": (
        "Ziel {id}, Version {version} ({path}):",
        "goal {id}, version {version} ({path}):",
    ),
    "edit.title.field": (
        "Handlungsfeld {id}, Version {version} ({path}):",
        "field {id}, version {version} ({path}):",
    ),
    "edit.title.version": (
        "Neue Version {name} aus {source} ({path}, {files} Dateien kopiert):",
        "new version {name} from {source} ({path}, {files} files copied):",
    ),
    "edit.change.status": ("status: {old} → {new}", "status: {old} → {new}"),
    "edit.change.end": (
        "ende: {date} (gesetzt, weil abgeschlossen)",
        "ende: {date} (set because finished)",
    ),
    "edit.change.history": (
        "verlauf: neuer Eintrag {date} {status}{note}",
        "verlauf: new entry {date} {status}{note}",
    ),
    "edit.change.history_between": (
        "verlauf: neuer Eintrag {date} {status}{note}, eingeordnet vor {next}; "
        "status bleibt {current}",
        "verlauf: new entry {date} {status}{note}, placed before {next}; status stays {current}",
    ),
    "edit.change.reconstructed.start": (
        "verlauf: rekonstruierter Eintrag {date} {status} (bisheriger Status, Datum aus beginn)",
        "verlauf: reconstructed entry {date} {status} (previous status, date from beginn)",
    ),
    "edit.change.reconstructed.adopted": (
        "verlauf: rekonstruierter Eintrag {date} {status} (bisheriger Status, Datum aus "
        "beschlossen der Version)",
        "verlauf: reconstructed entry {date} {status} (previous status, date from the "
        "version's beschlossen)",
    ),
    "edit.change.reconstructed.given": (
        "verlauf: rekonstruierter Eintrag {date} {status} (bisheriger Status, Datum aus "
        "--previous-date)",
        "verlauf: reconstructed entry {date} {status} (previous status, date from --previous-date)",
    ),
    "edit.change.reconstructed.unknown": (
        "verlauf: rekonstruierter Eintrag {date} {status} (bisheriger Status; seit wann, ist "
        "unbekannt, daher der Tag vor der Änderung; genauer mit --previous-date)",
        "verlauf: reconstructed entry {date} {status} (previous status; since when is "
        "unknown, hence the day before the change; more precisely with --previous-date)",
    ),
    "edit.change.not_reconstructed": (
        "verlauf: bisheriger Status '{status}' nicht übernommen, er steht nicht im Vokabular",
        "verlauf: previous status '{status}' not kept, it is not in the vocabulary",
    ),
    "edit.change.value": ("{key}: {old} → {new}", "{key}: {old} → {new}"),
    # Written into the file as the ``notiz`` of a reconstructed history entry.
    "edit.reconstructed_note.start": (
        "rekonstruiert: Status vor der ersten Erfassung (Datum aus beginn)",
        "reconstructed: status before the first record (date from beginn)",
    ),
    "edit.reconstructed_note.adopted": (
        "rekonstruiert: Status vor der ersten Erfassung (Datum: Beschluss der Version)",
        "reconstructed: status before the first record (date: adoption of the version)",
    ),
    "edit.reconstructed_note.unknown": (
        "rekonstruiert: Status vor der ersten Erfassung (seit wann, ist unbekannt; Datum: "
        "Tag vor der Änderung)",
        "reconstructed: status before the first record (since when is unknown; date: the "
        "day before the change)",
    ),
    "edit.reconstructed_note.given": (
        "rekonstruiert: Status vor der ersten Erfassung (Datum von Hand angegeben)",
        "reconstructed: status before the first record (date given by hand)",
    ),
    "edit.change.added": ("neue Maßnahme {id}: {title}", "new measure {id}: {title}"),
    "edit.change.version": ("version: {old} → {new}", "version: {old} → {new}"),
    "edit.change.adopted": ("beschlossen: {old} → {new}", "beschlossen: {old} → {new}"),
    "edit.change.adopted_cleared": (
        "beschlossen: {old} → (leer, noch nicht beschlossen)",
        "beschlossen: {old} → (empty, not adopted yet)",
    ),
    "edit.saved": ("Gespeichert: {path}", "saved: {path}"),
    "edit.unchanged": (
        "Nichts zu ändern: {path} ist schon auf diesem Stand.",
        "nothing to change: {path} is already up to date.",
    ),
    "edit.measure_exists": (
        "Nichts zu ändern: die Maßnahme „{title}“ gibt es schon ({id}).",
        "nothing to change: the measure “{title}” already exists ({id}).",
    ),
    "edit.dry_run": (
        "Probelauf (--dry-run): nichts geschrieben.",
        "dry run (--dry-run): nothing written.",
    ),
    "edit.new_warning": (
        "Hinweis nach der Änderung: {diagnostic}",
        "note after the change: {diagnostic}",
    ),
    # --- prompts -----------------------------------------------------------------------
    "edit.prompt.field": ("Handlungsfeld ({choices})", "field ({choices})"),
    "edit.prompt.title": ("Titel der Maßnahme", "title of the measure"),
    "edit.prompt.goals": (
        "Ziele, durch Komma getrennt (in {field}: {choices}; leer = keine)",
        "goals, separated by commas (in {field}: {choices}; empty = none)",
    ),
    "edit.prompt.status": ("Status ({choices}; leer = keiner)", "status ({choices}; empty = none)"),
    "edit.prompt.start": (
        "Beginn (JJJJ-MM-TT; leer = keiner)",
        "start (YYYY-MM-DD; empty = none)",
    ),
    "edit.prompt.example": (
        "Beispiel-Maßnahme? (ja/nein; leer = nein)",
        "example measure? (yes/no; empty = no)",
    ),
    "edit.empty_answer": ("Hier ist eine Angabe nötig.", "an answer is needed here."),
    # --- what the user named ------------------------------------------------------------
    "edit.did_you_mean": (" Meinten Sie {choices}?", " Did you mean {choices}?"),
    "edit.unknown_measure": (
        "Maßnahme '{id}' gibt es in Version {version} nicht.{suggestion} "
        "Vorhandene Maßnahmen: {choices}.",
        "there is no measure '{id}' in version {version}.{suggestion} "
        "Existing measures: {choices}.",
    ),
    "edit.unknown_measure_unread": (
        "Maßnahme '{id}' ist in den lesbaren Dateien von Version {version} nicht zu finden; "
        "diese Dateien konnten nicht gelesen werden und sind zuerst zu beheben: {unread}. "
        "Vorhandene Maßnahmen: {choices}.",
        "measure '{id}' is not in the readable files of version {version}; these files could "
        "not be read and need fixing first: {unread}. Existing measures: {choices}.",
    ),
    "edit.ambiguous_measure": (
        "Maßnahme '{id}' steht in mehreren Dateien ({files}); Ids müssen eindeutig sein. "
        "Erst mit 'ki-concept validate' die doppelte Id beheben.",
        "measure '{id}' appears in several files ({files}); ids must be unique. Fix the "
        "duplicate id first (see 'ki-concept validate').",
    ),
    "edit.ambiguous_goal": (
        "Ziel '{id}' steht in mehreren Dateien ({files}); Ids müssen eindeutig sein. "
        "Erst mit 'ki-concept validate' die doppelte Id beheben.",
        "goal '{id}' appears in several files ({files}); ids must be unique. Fix the "
        "duplicate id first (see 'ki-concept validate').",
    ),
    "edit.ambiguous_case": (
        "'{id}' passt ohne Rücksicht auf Groß-/Kleinschreibung zu mehreren Ids: {choices}. "
        "Die Id so angeben, wie sie in der Datei steht.",
        "'{id}' matches several ids when case is ignored: {choices}. Give the id as the "
        "file writes it.",
    ),
    "edit.goal_has_no_status": (
        "'{id}' ist ein Ziel, keine Maßnahme. Ziele haben keinen Status: ihr Fortschritt "
        "ergibt sich aus ihren Maßnahmen (ki-concept show {id}). Den Status einer Maßnahme "
        "setzt ki-concept set-status MASSNAHME STATUS.",
        "'{id}' is a goal, not a measure. Goals have no status: their progress comes from "
        "their measures (ki-concept show {id}). Set a measure's status with ki-concept "
        "set-status MEASURE STATUS.",
    ),
    "edit.field_not_measure": (
        "'{id}' ist ein Handlungsfeld, keine Maßnahme; einen Status haben nur Maßnahmen. Die "
        "Maßnahmen des Felds zeigt ki-concept show {id}.",
        "'{id}' is a field, not a measure; only measures have a status. ki-concept show {id} "
        "lists the field's measures.",
    ),
    "edit.unknown_item": (
        "Maßnahme oder Ziel '{id}' gibt es in Version {version} nicht.{suggestion} "
        "Vorhandene Maßnahmen: {measures}. Vorhandene Ziele: {goals}.",
        "there is no measure or goal '{id}' in version {version}.{suggestion} "
        "Existing measures: {measures}. Existing goals: {goals}.",
    ),
    "edit.unknown_item_unread": (
        "Maßnahme oder Ziel '{id}' ist in den lesbaren Dateien von Version {version} nicht zu "
        "finden; diese Dateien konnten nicht gelesen werden und sind zuerst zu beheben: "
        "{unread}.",
        "measure or goal '{id}' is not in the readable files of version {version}; these "
        "files could not be read and need fixing first: {unread}.",
    ),
    "edit.id_taken": (
        "Die Id '{id}' ist in Version {version} schon vergeben; eine andere angeben oder --id "
        "weglassen (dann folgt die Id dem Muster der Datei).",
        "the id '{id}' is already taken in version {version}; choose another or leave out "
        "--id (the id then follows the file's pattern).",
    ),
    "edit.previous_date_after": (
        "--previous-date {previous} liegt nach dem Datum des neuen Eintrags ({date}); der "
        "bisherige Status galt vorher. Ein Datum am oder vor dem {date} angeben.",
        "--previous-date {previous} is after the date of the new entry ({date}); the "
        "previous status held before it. Give a date on or before {date}.",
    ),
    "edit.previous_date_unused": (
        "--previous-date gilt nur für eine Maßnahme mit Status und ohne verlauf; {id} hat "
        "schon einen verlauf oder keinen Status (status: {status}). --previous-date weglassen.",
        "--previous-date only applies to a measure with a status and no verlauf; {id} already "
        "has a verlauf or no status (status: {status}). Leave out --previous-date.",
    ),
    # --- set ------------------------------------------------------------------------------
    "edit.kind.measures": ("Maßnahmen", "measures"),
    "edit.kind.goals": ("Zielen", "goals"),
    "edit.set.field": (
        "'{id}' ist ein Handlungsfeld; set ändert Angaben von Maßnahmen und Zielen. Angaben "
        "des Handlungsfelds bitte in {path} von Hand ändern.",
        "'{id}' is a field; set changes values of measures and goals. Please edit the field's "
        "values in {path} by hand.",
    ),
    "edit.set.key_path": (
        "'{key}' ist ein verschachtelter Pfad; set ändert nur Schlüssel direkt an der "
        "Maßnahme oder am Ziel: {choices}.",
        "'{key}' is a nested path; set only changes keys directly on the measure or goal: "
        "{choices}.",
    ),
    "edit.set.key_id": (
        "Die Id von {id} ändert set nicht, weil andere Stellen auf sie verweisen. Umbenennen "
        "bitte von Hand und die alte Id unter frueher eintragen.",
        "set does not change the id of {id}, as other places refer to it. Rename it by hand "
        "and record the old id under frueher.",
    ),
    "edit.set.key_status": (
        "status setzt set-status, damit der verlauf vollständig bleibt: ki-concept set-status "
        "{id} STATUS [--date JJJJ-MM-TT] [--note TEXT].",
        "status is set by set-status, which keeps the verlauf complete: ki-concept set-status "
        "{id} STATUS [--date YYYY-MM-DD] [--note TEXT].",
    ),
    "edit.set.key_history": (
        "verlauf führt set-status, Eintrag für Eintrag: ki-concept set-status {id} STATUS "
        "[--date JJJJ-MM-TT] [--note TEXT].",
        "verlauf is kept by set-status, one entry at a time: ki-concept set-status {id} "
        "STATUS [--date YYYY-MM-DD] [--note TEXT].",
    ),
    "edit.set.key_nested": (
        "'{key}' ist eine Liste von Einträgen mit eigenen Schlüsseln und lässt sich mit set "
        "nicht setzen; bitte in der Datei bearbeiten.",
        "'{key}' is a list of entries with keys of their own and cannot be set with set; "
        "please edit it in the file.",
    ),
    "edit.set.unknown_key": (
        "Schlüssel '{key}' gibt es bei {what} nicht.{suggestion} Setzbar sind: {choices}.",
        "there is no key '{key}' for {what}.{suggestion} Keys that can be set: {choices}.",
    ),
    "edit.set.add_and_remove": (
        "--add und --remove schließen sich aus; einen Aufruf je Änderung.",
        "--add and --remove exclude each other; one call per change.",
    ),
    "edit.set.no_items": (
        "{option} braucht mindestens einen WERT für {key}.",
        "{option} needs at least one VALUE for {key}.",
    ),
    "edit.set.not_a_list_key": (
        "{option} gilt nur für Listen; '{key}' ist ein einzelner Wert: "
        "ki-concept set ID {key} WERT.",
        "{option} only applies to lists; '{key}' is a single value: ki-concept set ID {key} VALUE.",
    ),
    "edit.set.one_value": (
        "'{key}' nimmt genau einen Wert, angegeben: {count}. Text mit Leerzeichen in "
        'Anführungszeichen setzen: ki-concept set {id} {key} "…".',
        "'{key}' takes exactly one value, given: {count}. Put text with spaces in quotes: "
        'ki-concept set {id} {key} "…".',
    ),
    "edit.set.not_in_list": (
        "{missing} steht nicht in {key}; vorhanden: {choices}.",
        "{missing} is not in {key}; present: {choices}.",
    ),
    "edit.set.bad_bool": (
        "'{value}' ist kein Wahrheitswert für {key}; erwartet: ja, nein, true oder false.",
        "'{value}' is not a yes/no value for {key}; expected: ja, nein, true or false.",
    ),
    "edit.set.bad_int": (
        "'{value}' ist keine ganze Zahl für {key}; erwartet z. B. 1.",
        "'{value}' is not a whole number for {key}; expected e.g. 1.",
    ),
    "edit.set.bad_choice_suggest": (
        "'{value}' ist für {key} nicht erlaubt; meinten Sie '{suggestion}'? Erlaubt sind: "
        "{choices}.",
        "'{value}' is not allowed for {key}; did you mean '{suggestion}'? Allowed are: {choices}.",
    ),
    "edit.set.bad_choice": (
        "'{value}' ist für {key} nicht erlaubt. Erlaubt sind: {choices}.",
        "'{value}' is not allowed for {key}. Allowed are: {choices}.",
    ),
    "edit.unknown_field": (
        "Handlungsfeld '{id}' gibt es in Version {version} nicht.{suggestion} "
        "Vorhandene Handlungsfelder: {choices}.",
        "there is no field '{id}' in version {version}.{suggestion} Existing fields: {choices}.",
    ),
    "edit.unknown_goal": (
        "Ziel '{id}' gibt es in Version {version} nicht.{suggestion} Vorhandene Ziele: {choices}.",
        "there is no goal '{id}' in version {version}.{suggestion} Existing goals: {choices}.",
    ),
    "edit.unknown_status": (
        "Status '{status}' ist nicht im Vokabular.{suggestion} Erlaubt sind: {choices}.",
        "status '{status}' is not in the vocabulary.{suggestion} Allowed are: {choices}.",
    ),
    "edit.missing_option": (
        "{option} fehlt. Ohne Terminal kann nicht nachgefragt werden: {option} WERT angeben.",
        "{option} is missing. Without a terminal there is no way to ask: pass {option} VALUE.",
    ),
    "edit.forbidden_char": (
        "{option} enthält das Steuerzeichen {code}; Konzeptdateien dürfen es nicht enthalten. "
        "Text ohne dieses Zeichen angeben.",
        "{option} contains the control character {code}, which concept files may not hold. "
        "Pass the text without it.",
    ),
    "edit.missing_field": (
        "--handlungsfeld fehlt. Ohne Terminal kann nicht nachgefragt werden: "
        "--handlungsfeld ID angeben; vorhanden: {choices}.",
        "--handlungsfeld is missing. Without a terminal there is no way to ask: pass "
        "--handlungsfeld ID; available: {choices}.",
    ),
    "edit.read_only": (
        "{path} ist schreibgeschützt (Rechte {mode}); die Datei bleibt unverändert. Wer sie "
        "ändern darf, gibt sie frei, z. B. mit `chmod u+w`.",
        "{path} is read-only (mode {mode}); the file is unchanged. Whoever may change it can "
        "allow it, e.g. with `chmod u+w`.",
    ),
    "edit.foreign_owner": (
        "{path} gehört einem anderen Benutzer; sie zu ersetzen würde den Eigentümer ändern. "
        "Die Datei bleibt unverändert; als ihr Eigentümer ausführen.",
        "{path} belongs to another user; replacing it would change its owner. The file is "
        "unchanged; run this as its owner.",
    ),
    "edit.bad_version_name": (
        "'{name}' taugt nicht als Versionsname: ein einfacher Ordnername aus höchstens 64 "
        "Buchstaben, Ziffern, '-', '_' und '.', beginnend mit Buchstabe oder Ziffer, z. B. "
        "2018 oder 2024-entwurf.",
        "'{name}' cannot be a version name: use a plain folder name of at most 64 letters, "
        "digits, '-', '_' and '.', starting with a letter or digit, e.g. 2018 or 2024-draft.",
    ),
    "edit.root_is_version": (
        "Der Konzept-Ordner {root} ist selbst eine Version; eine neue Version entsteht neben "
        "ihr in einem Ordner für Versionen: den Ordner darüber mit --root angeben.",
        "the concept folder {root} is a version itself; a new version goes beside it in a "
        "folder of versions: name the folder above with --root.",
    ),
    "edit.version_exists": (
        "Version {name} gibt es schon ({path}); sie wird nicht überschrieben.",
        "version {name} already exists ({path}); it is not overwritten.",
    ),
    # --- refusals (exit 1, nothing written) --------------------------------------------------
    "edit.invalid": (
        "Nicht gespeichert: nach der Änderung hätte {path} diese neuen Fehler "
        "(Zeilen beziehen sich auf die geänderte Fassung):",
        "not saved: after the change {path} would have these new errors (lines refer to the "
        "changed text):",
    ),
    "edit.changed_on_disk": (
        "Nicht gespeichert: {path} wurde während des Vorgangs von anderer Seite geändert. "
        "Befehl erneut ausführen.",
        "not saved: {path} was changed by someone else meanwhile. Run the command again.",
    ),
    "edit.lock_timeout": (
        "Nicht gespeichert: {path} wird seit {seconds} s von einem anderen Vorgang bearbeitet. "
        "Später erneut versuchen (Wartezeit mit {env} einstellbar).",
        "not saved: {path} has been busy with another run for {seconds} s. Try again later "
        "(set the wait with {env}).",
    ),
    "edit.lock_timeout_file": (
        "Nicht gespeichert: {path} ist seit {seconds} s gesperrt ({marker}). Läuft kein anderer "
        "Vorgang mehr, die Sperrdatei löschen (Wartezeit mit {env} einstellbar).",
        "not saved: {path} has been locked for {seconds} s ({marker}). If no other run is "
        "active, delete the lock file (set the wait with {env}).",
    ),
    "edit.read_failed": (
        "Nicht gespeichert: {path} kann nicht gelesen werden: {reason}.",
        "not saved: cannot read {path}: {reason}.",
    ),
    "edit.write_failed": (
        "Nicht gespeichert: {path} kann nicht geschrieben werden ({reason}); die Datei ist "
        "unverändert.",
        "not saved: cannot write {path} ({reason}); the file is unchanged.",
    ),
    "edit.copy_failed": (
        "Nicht angelegt: {path} kann nicht kopiert werden: {reason}.",
        "not created: cannot copy {path}: {reason}.",
    ),
    "edit.too_large": (
        "Nicht bearbeitet: {path} ist {size} Bytes groß, erlaubt sind {limit}.",
        "not edited: {path} has {size} bytes, the limit is {limit}.",
    ),
    "edit.cannot_parse": (
        "Nicht bearbeitet: {path} ist kein lesbares YAML; erst diese Fehler beheben:",
        "not edited: {path} is not readable YAML; fix these errors first:",
    ),
    "edit.konzept_invalid": (
        "Nicht bearbeitet: {path} ist fehlerhaft, das Statusvokabular ist daher unklar; "
        "erst diese Fehler beheben:",
        "not edited: {path} has errors, so the status vocabulary is unclear; fix these "
        "errors first:",
    ),
    "edit.measure_gone": (
        "Nicht gespeichert: Maßnahme '{id}' steht nicht mehr in {path}.",
        "not saved: measure '{id}' is no longer in {path}.",
    ),
    "edit.item_gone": (
        "Nicht gespeichert: '{id}' steht nicht mehr in {path}.",
        "not saved: '{id}' is no longer in {path}.",
    ),
    "edit.not_editable": (
        "Nicht bearbeitet: '{id}' in {path} ist keine Zuordnung (schlüssel: wert) und kann "
        "nicht automatisch geändert werden.",
        "not edited: '{id}' in {path} is not a mapping (key: value) and cannot be changed "
        "automatically.",
    ),
    "edit.not_a_list": (
        "Nicht bearbeitet: '{key}' ist keine Liste; erst korrigieren.",
        "not edited: '{key}' is not a list; correct it first.",
    ),
    "edit.not_a_value": (
        "Nicht bearbeitet: '{value}' ist kein einfacher Wert und kann nicht ersetzt werden.",
        "not edited: '{value}' is not a plain value and cannot be replaced.",
    ),
    "edit.shared_value": (
        "Nicht bearbeitet: der Wert ist mit &{anchor} markiert und wird an anderer Stelle mit "
        "*{anchor} wiederverwendet; eine Änderung träfe beide Stellen. Bitte von Hand ändern.",
        "not edited: the value is marked &{anchor} and reused elsewhere as *{anchor}; a change "
        "would hit both places. Please edit it by hand.",
    ),
    "edit.self_check": (
        "Nicht gespeichert: die Änderung von {path} hätte mehr verändert als beabsichtigt. "
        "Das ist ein Fehler in ki-concept; bitte mit der Datei melden.",
        "not saved: the edit of {path} would have changed more than intended. This is a bug "
        "in ki-concept; please report it with the file.",
    ),
    # --- help texts ----------------------------------------------------------------------
    "help.edit.set_status": (
        "Status einer Maßnahme setzen und im Verlauf festhalten; bei abgeschlossenem Status "
        "wird ein fehlendes 'ende' gesetzt. Exit 0 = gespeichert oder nichts zu tun, "
        "1 = abgelehnt, 2 = falsche Angabe.",
        "set a measure's status and record it in its history; a finished status sets a "
        "missing 'ende'. Exit 0 = saved or nothing to do, 1 = refused, 2 = bad input.",
    ),
    "help.edit.set_status.example": (
        'Beispiel: ki-concept set-status BILDUNG-M4 laufend --note "Träger gefunden"',
        'Example: ki-concept set-status BILDUNG-M4 laufend --note "provider found"',
    ),
    "help.edit.previous_date": (
        "Nur für eine Maßnahme noch ohne Verlauf: Datum, seit dem ihr bisheriger Status galt "
        "(JJJJ-MM-TT); Standard: beginn, sonst beschlossen der Version, sonst der Tag vor "
        "dem neuen Eintrag.",
        "only for a measure without history yet: the date since when its previous status "
        "held (YYYY-MM-DD); default: beginn, else the version's beschlossen, else the day "
        "before the new entry.",
    ),
    "help.edit.set": (
        "Eine Angabe einer Maßnahme oder eines Ziels setzen (ende, verantwortlich, partner, "
        "beschreibung …). Listen nehmen mehrere WERTE (ersetzen die Liste) oder einzelne mit "
        "--add/--remove; Daten JJJJ-MM-TT, Wahrheitswerte ja/nein. Exit 0 = gespeichert oder "
        "nichts zu tun, 1 = abgelehnt, 2 = falsche Angabe.",
        "set a value of a measure or a goal (ende, verantwortlich, partner, beschreibung …). "
        "Lists take several VALUES (replacing the list) or single ones with --add/--remove; "
        "dates YYYY-MM-DD, yes/no as ja/nein. Exit 0 = saved or nothing to do, 1 = refused, "
        "2 = bad input.",
    ),
    "help.edit.set.example": (
        "Beispiel: ki-concept set BILDUNG-M4 ende 2019-12-31 · "
        'ki-concept set BILDUNG-M4 partner --add "Jugendamt"',
        "Example: ki-concept set BILDUNG-M4 ende 2019-12-31 · "
        'ki-concept set BILDUNG-M4 partner --add "Jugendamt"',
    ),
    "help.edit.item_id": (
        "Id der Maßnahme oder des Ziels, z. B. BILDUNG-M4.",
        "id of the measure or goal, e.g. BILDUNG-M4.",
    ),
    "help.edit.key": (
        "YAML-Schlüssel, z. B. ende, verantwortlich, partner, beschreibung.",
        "YAML key, e.g. ende, verantwortlich, partner, beschreibung.",
    ),
    "help.edit.values": (
        "Der neue Wert; bei Listen (ziele, partner, zielgruppen …) einer oder mehrere.",
        "the new value; for lists (ziele, partner, zielgruppen …) one or more.",
    ),
    "help.edit.add_items": (
        "Die WERTE an die Liste anhängen; vorhandene bleiben.",
        "append the VALUES to the list; the items there stay.",
    ),
    "help.edit.remove_items": (
        "Die WERTE aus der Liste entfernen.",
        "remove the VALUES from the list.",
    ),
    "help.edit.measure_id": (
        "Id der Maßnahme, z. B. BILDUNG-M4.",
        "id of the measure, e.g. BILDUNG-M4.",
    ),
    "help.edit.status": (
        "Neuer Status aus dem Vokabular der Version; die Standardwörter sind idee, geplant, "
        "laufend, ruhend, umgesetzt, verstetigt und entfallen ('statuswerte' in konzept.yaml "
        "kann andere festlegen).",
        "new status from the version's vocabulary; the default words are idee, geplant, "
        "laufend, ruhend, umgesetzt, verstetigt and entfallen ('statuswerte' in konzept.yaml "
        "may define others).",
    ),
    "help.edit.note": ("Notiz für den Verlaufseintrag.", "note for the history entry."),
    "help.edit.date": (
        "Datum des Verlaufseintrags (JJJJ-MM-TT, Standard heute).",
        "date of the history entry (YYYY-MM-DD, default today).",
    ),
    "help.edit.version": (
        "Version, die bearbeitet wird (Standard: die zuletzt beschlossene; ein Entwurf nur, "
        "wenn man ihn nennt).",
        "version to edit (default: the one adopted last; a draft only when named).",
    ),
    "help.edit.dry_run": (
        "Nur zeigen, was sich ändern würde (unified diff); nichts schreiben.",
        "only show what would change (unified diff); write nothing.",
    ),
    "help.edit.add": ("Etwas Neues zum Konzept hinzufügen.", "add something new to the concept."),
    "help.edit.add_measure": (
        "Neue Maßnahme am Ende eines Handlungsfelds anfügen; die Id folgt dem Muster der "
        "Datei (BILDUNG-M4 → BILDUNG-M5). Fehlen --handlungsfeld oder --titel, wird am "
        "Terminal nachgefragt, dann auch nach Zielen, Status, Beginn und Beispiel.",
        "append a new measure to a field; its id follows the file's pattern "
        "(BILDUNG-M4 → BILDUNG-M5). Without --handlungsfeld or --titel a terminal is asked, "
        "then also for goals, status, start and example.",
    ),
    "help.edit.add_measure.example": (
        'Beispiel: ki-concept add massnahme --handlungsfeld BILDUNG --titel "Lesepaten" '
        "--ziel BILDUNG-Z1 --status geplant",
        'Example: ki-concept add massnahme --handlungsfeld BILDUNG --titel "Reading mentors" '
        "--ziel BILDUNG-Z1 --status geplant",
    ),
    "help.edit.field": ("Id des Handlungsfelds, z. B. BILDUNG.", "id of the field, e.g. BILDUNG."),
    "help.edit.title": ("Titel der Maßnahme.", "title of the measure."),
    "help.edit.goal": ("Id eines Ziels (mehrfach möglich).", "id of a goal (may be repeated)."),
    "help.edit.responsible": ("Verantwortliche Stelle.", "who is responsible."),
    "help.edit.new_status": (
        "Status der neuen Maßnahme, z. B. idee oder geplant (Wörter wie bei set-status).",
        "status of the new measure, e.g. idee or geplant (words as for set-status).",
    ),
    "help.edit.start": ("Beginn (JJJJ-MM-TT).", "start (YYYY-MM-DD)."),
    "help.edit.end": ("Ende (JJJJ-MM-TT).", "end (YYYY-MM-DD)."),
    "help.edit.id": (
        "Id der neuen Maßnahme (Standard: die nächste nach dem Muster der Datei).",
        "id of the new measure (default: the next one in the file's pattern).",
    ),
    "help.edit.description": ("Beschreibung.", "description."),
    "help.edit.partner": (
        "Kooperationspartner (mehrfach möglich).",
        "a partner (may be repeated).",
    ),
    "help.edit.target_group": ("Zielgruppe (mehrfach möglich).", "target group (may be repeated)."),
    "help.edit.ongoing": ("Daueraufgabe ohne Enddatum.", "ongoing task without an end date."),
    "help.edit.former": (
        "Frühere Id der Maßnahme (mehrfach möglich).",
        "former id of the measure (may be repeated).",
    ),
    "help.edit.priority": (
        "Id eines Schwerpunkts aus konzept.yaml (mehrfach möglich).",
        "id of a focus topic from konzept.yaml (may be repeated).",
    ),
    "help.edit.source": (
        "Kurzschlüssel einer Quelle (mehrfach möglich).",
        "key of a source (may be repeated).",
    ),
    "help.edit.example": (
        "Beispielinhalt (beispiel: true) oder nicht; ohne Angabe wird beim Nachfragen am "
        "Terminal gefragt.",
        "example content (beispiel: true) or not; without it a terminal that is asked gets "
        "this question too.",
    ),
    "help.edit.resources": (
        "Ressourcen: Personal, Budget, Sachmittel.",
        "resources: staff, budget, material.",
    ),
    "help.edit.new_version": (
        "Versionsordner Byte für Byte kopieren als Beginn einer Fortschreibung; in der Kopie "
        "wird 'version' gesetzt und 'beschlossen' geleert (oder gesetzt).",
        "copy a version folder byte for byte as the start of a revision; in the copy "
        "'version' is set and 'beschlossen' cleared (or set).",
    ),
    "help.edit.new_version.example": (
        "Beispiel: ki-concept new-version 2017 2024",
        "Example: ki-concept new-version 2017 2024",
    ),
    "help.edit.from_version": ("Bestehende Version, z. B. 2017.", "existing version, e.g. 2017."),
    "help.edit.to_version": (
        "Name der neuen Version, z. B. 2024.",
        "name of the new version, e.g. 2024.",
    ),
    "help.edit.adopted": (
        "Beschlussdatum der neuen Version (JJJJ-MM-TT).",
        "adoption date of the new version (YYYY-MM-DD).",
    ),
}
