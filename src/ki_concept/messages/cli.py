"""Texts of the command line itself: usage errors, help frame, words for values."""

from __future__ import annotations

CLI: dict[str, tuple[str, str]] = {
    # --- usage errors (exit 2) --------------------------------------------------------------
    "cli.usage.no_such_option": (
        "Die Option {option} gibt es bei '{command}' nicht.",
        "'{command}' has no option {option}.",
    ),
    "cli.usage.value_with_dash": (
        "Beginnt ein Wert mit '-', '--' davor setzen: {command} … -- -20 %",
        "If a value starts with '-', put '--' before it: {command} … -- -20 %",
    ),
    "cli.usage.no_such_option_similar": (
        "Die Option {option} gibt es bei '{command}' nicht; gemeint ist vielleicht {similar}.",
        "'{command}' has no option {option}; did you mean {similar}?",
    ),
    "cli.usage.no_such_command": (
        "Den Befehl '{name}' gibt es nicht; vorhanden: {commands}.",
        "there is no command '{name}'; available: {commands}.",
    ),
    "cli.usage.no_such_command_similar": (
        "Den Befehl '{name}' gibt es nicht; gemeint ist vielleicht '{similar}'.",
        "there is no command '{name}'; did you mean '{similar}'?",
    ),
    "cli.usage.missing_command": (
        "Es fehlt der Befehl; vorhanden: {commands}.",
        "the command is missing; available: {commands}.",
    ),
    "cli.usage.missing_argument": (
        "Es fehlt das Argument {name}.",
        "the argument {name} is missing.",
    ),
    "cli.usage.missing_option": (
        "Es fehlt die Option {name}.",
        "the option {name} is missing.",
    ),
    "cli.usage.needs_value": (
        "Die Option {option} braucht einen Wert.",
        "the option {option} needs a value.",
    ),
    "cli.usage.takes_no_value": (
        "Die Option {option} nimmt keinen Wert an.",
        "the option {option} takes no value.",
    ),
    "cli.usage.extra_arguments": (
        "Überzählige Argumente: {arguments}.",
        "unexpected extra arguments: {arguments}.",
    ),
    "cli.usage.bad_value": (
        "Ungültiger Wert für {name}: {detail}",
        "invalid value for {name}: {detail}",
    ),
    "cli.usage.other": ("{detail}", "{detail}"),
    "cli.usage.prefix": ("Aufruf: ", "Usage: "),
    "cli.usage.options": ("[OPTIONEN]", "[OPTIONS]"),
    "cli.usage.command": ("BEFEHL [ARGUMENTE]...", "COMMAND [ARGS]..."),
    "cli.usage.help_hint": ("Hilfe: {command} --help", "Help: {command} --help"),
    "cli.aborted": ("Abgebrochen.", "Aborted."),
    # --- the frame of every help -------------------------------------------------------------
    "cli.panel.arguments": ("Argumente", "Arguments"),
    "cli.panel.options": ("Optionen", "Options"),
    "cli.panel.commands": ("Befehle", "Commands"),
    # Filled in by typer with str.format: keep the one '{}'.
    "cli.help.default": ("[Standard: {}]", "[default: {}]"),
    "cli.help.envvar": ("[Umgebungsvariable: {}]", "[env var: {}]"),
    "cli.help.required": ("[erforderlich]", "[required]"),
    "cli.help.deprecated": ("(veraltet) ", "(deprecated) "),
    "cli.help.help_option": ("Diese Hilfe zeigen.", "show this help."),
    "cli.help.install_completion": (
        "Tab-Vervollständigung für die eigene Shell einrichten.",
        "install tab completion for the current shell.",
    ),
    "cli.help.show_completion": (
        "Tab-Vervollständigung für die eigene Shell zeigen, zum Kopieren oder Anpassen.",
        "show tab completion for the current shell, to copy or adapt it.",
    ),
    "cli.help.global_options": (
        "Die globalen Optionen --root, --lang und --max-bytes gehen vor oder nach dem Befehl "
        "(siehe ki-concept --help).",
        "The global options --root, --lang and --max-bytes go before or after the command "
        "(see ki-concept --help).",
    ),
    # --- words for the values of options and arguments ----------------------------------------
    "metavar.value": ("WERT", "VALUE"),
    "metavar.text": ("TEXT", "TEXT"),
    "metavar.date": ("DATUM", "DATE"),
    "metavar.folder": ("ORDNER", "FOLDER"),
    "metavar.file": ("DATEI", "FILE"),
    "metavar.size": ("GRÖSSE", "SIZE"),
    "metavar.format": ("FORMAT", "FORMAT"),
    "metavar.group": ("GRUPPE", "GROUP"),
    "metavar.char": ("ZEICHEN", "CHAR"),
    "metavar.id": ("ID", "ID"),
    "metavar.status": ("STATUS", "STATUS"),
    "metavar.version": ("VERSION", "VERSION"),
    "metavar.from": ("VON", "FROM"),
    "metavar.to": ("NACH", "TO"),
    "metavar.old": ("ALT", "OLD"),
    "metavar.new": ("NEU", "NEW"),
    "metavar.key": ("SCHLÜSSEL", "KEY"),
    "metavar.schema_target": ("handlungsfeld|konzept", "handlungsfeld|konzept"),
    "metavar.lang": ("de|en", "de|en"),
}
