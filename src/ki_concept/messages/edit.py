"""Texts of ``set-status``, ``add massnahme`` and ``new-version``: ``key → (de, en)``."""

from __future__ import annotations

EDIT: dict[str, tuple[str, str]] = {
    # --- what changed ----------------------------------------------------------------
    "edit.title.measure": (
        "Maßnahme {id}, Version {version} ({path}):",
        "measure {id}, version {version} ({path}):",
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
        "Version, die bearbeitet wird (Standard: die neueste).",
        "version to edit (default: the newest).",
    ),
    "help.edit.dry_run": (
        "Nur zeigen, was sich ändern würde (unified diff); nichts schreiben.",
        "only show what would change (unified diff); write nothing.",
    ),
    "help.edit.add": ("Etwas Neues zum Konzept hinzufügen.", "add something new to the concept."),
    "help.edit.add_measure": (
        "Neue Maßnahme am Ende eines Handlungsfelds anfügen; die Id folgt dem Muster der "
        "Datei (BILDUNG-M4 → BILDUNG-M5). Fehlende Pflichtangaben werden am Terminal erfragt.",
        "append a new measure to a field; its id follows the file's pattern "
        "(BILDUNG-M4 → BILDUNG-M5). Missing required options are asked for on a terminal.",
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
