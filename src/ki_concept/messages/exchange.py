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
}
