"""Rendering one field, goal or measure for ``ki-concept show``."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ki_concept import terminal
from ki_concept.diagnostics import display_path
from ki_concept.escaping import visible
from ki_concept.formatting import format_date, format_number, percent
from ki_concept.i18n import t
from ki_concept.models import Goal, Handlungsfeld, Indicator, Measure
from ki_concept.progress import Group, MeasureRow, measure_row, natural_key, status_label
from ki_concept.reading.loader import ConceptVersion
from ki_concept.show.lookup import Found


def _sources(version: ConceptVersion, keys: list[str]) -> list[str]:
    return [f"{key}  {version.konzept.sources.get(key, '?')}" for key in keys]


@dataclass(frozen=True)
class Shown:
    """One item to show, and the dates its measures' status is read for."""

    version: ConceptVersion
    found: Found
    as_of: dt.date
    today: dt.date

    def row(self, measure: Measure) -> MeasureRow:
        field_file = self.found.field_file
        for candidate, _, other in self.version.measures():
            if other is measure:
                field_file = candidate
                break
        return measure_row(self.version, field_file, measure, self.as_of, self.today)


def _status_text(shown: Shown, measure: Measure) -> str:
    row = shown.row(measure)
    text = status_label(shown.version, row.status)
    if row.overdue:
        text += "  " + t("show.overdue")
    return text


def _measure_lines(shown: Shown, measure: Measure) -> list[tuple[str, str]]:
    version, found = shown.version, shown.found
    goals = {goal.id: goal.title for _, _, goal in version.goals()}
    rows = [
        (t("show.field"), f"{found.field_file.model.id}  {found.field_file.model.title}"),
        (t("show.status"), _status_text(shown, measure)),
        (t("show.responsible"), measure.responsible or "–"),
        (t("show.partners"), ", ".join(measure.partners) or "–"),
        (t("show.target_groups"), ", ".join(measure.target_groups) or "–"),
        (t("show.start"), format_date(measure.start)),
        (t("show.end"), format_date(measure.end)),
    ]
    if measure.ongoing:
        rows.append((t("show.ongoing"), t("yes")))
    rows += [(t("show.goals"), f"{g}  {goals.get(g, '?')}") for g in measure.goals]
    if measure.priorities:
        rows.append((t("show.priorities"), ", ".join(measure.priorities)))
    if measure.former_ids:
        rows.append((t("show.former"), ", ".join(measure.former_ids)))
    if measure.resources:
        rows.append((t("show.resources"), measure.resources))
    return rows


def _goal_lines(shown: Shown, goal: Goal) -> list[tuple[str, str]]:
    version, found = shown.version, shown.found
    rows = [
        (t("show.field"), f"{found.field_file.model.id}  {found.field_file.model.title}"),
        (t("show.level"), t("report.level." + goal.level)),
    ]
    serving = [m for _, _, m in version.measures() if goal.id in m.goals]
    if not serving:
        rows.append((t("show.measures"), t("show.no_measures")))
        return rows
    group = Group(goal.id, goal.title, [shown.row(m) for m in serving])
    rows.append(
        (
            t("show.progress"),
            t(
                "show.progress_value",
                share=percent(group.share_achieved),
                achieved=group.achieved,
                counted=group.counted,
                dropped=group.dropped,
            ),
        )
    )
    rows += [
        (t("show.measures"), f"{m.id}  {_status_text(shown, m)}  {m.title}")
        for m in sorted(serving, key=lambda m: natural_key(m.id))
    ]
    return rows


def _field_lines(shown: Shown, model: Handlungsfeld) -> list[tuple[str, str]]:
    rows = [
        (t("show.goals"), f"{g.id}  [{t('report.level.' + g.level)}]  {g.title}")
        for g in model.goals
    ]
    rows += [
        (t("show.measures"), f"{m.id}  {_status_text(shown, m)}  {m.title}") for m in model.measures
    ]
    return rows


def _indicator_lines(indicators: list[Indicator]) -> list[str]:
    lines = []
    for ind in indicators:
        unit = f" ({ind.unit})" if ind.unit else ""
        parts = []
        if ind.baseline:
            value = format_number(ind.baseline.value)
            parts.append(t("show.baseline", year=ind.baseline.year, value=value))
        if ind.target:
            parts.append(
                t("show.target", year=ind.target.year, value=format_number(ind.target.value))
            )
        parts += [f"{m.year}: {format_number(m.value)}" for m in ind.actuals]
        lines.append(f"{ind.name}{unit}: " + "; ".join(parts))
    return lines


def render_text(shown: Shown, *, color: bool = False, width: int = 80) -> str:
    from rich.console import Console
    from rich.markup import escape as rich_escape

    def escape(text: str) -> str:
        """Markup-safe, and with controls from the files made visible."""
        return rich_escape(visible(text))

    console = Console(
        file=io.StringIO(),
        width=width,
        no_color=not color,
        highlight=False,
        color_system="auto" if color else None,
        force_terminal=color,
        emoji=False,
    )
    version, found = shown.version, shown.found
    item = found.item
    kind = t(f"show.kind.{found.kind}")
    console.print(f"[bold]{escape(kind)} {escape(item.id)} · {escape(item.title)}[/bold]")
    line = found.position[0]
    console.print(
        escape(
            t(
                "show.defined_in",
                place=f"{display_path(found.field_file.file)}:{line}",
                version=version.name,
            )
        )
    )
    if item.example:
        console.print(escape(t("show.example")))
    if isinstance(item, Measure):
        rows = _measure_lines(shown, item)
    elif isinstance(item, Goal):
        rows = _goal_lines(shown, item)
    else:
        rows = _field_lines(shown, item)
    from rich.table import Table

    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    previous = None
    for label, value in rows:
        grid.add_row(escape(label) if label != previous else "", escape(value))
        previous = label
    console.print(grid)
    if item.description:
        console.print(f"\n[bold]{escape(t('show.description'))}[/bold]")
        console.print(escape(item.description.strip()), overflow="fold")
    indicators = getattr(item, "indicators", [])
    if indicators:
        console.print(f"\n[bold]{escape(t('show.indicators'))}[/bold]")
        for text in _indicator_lines(indicators):
            console.print("  " + escape(text), overflow="fold")
    if item.sources:
        console.print(f"\n[bold]{escape(t('show.sources'))}[/bold]")
        for text in _sources(version, item.sources):
            console.print("  " + escape(text), soft_wrap=True)  # keep addresses clickable
    if isinstance(item, Measure) and item.history:
        console.print(f"\n[bold]{escape(t('show.history'))}[/bold]")
        for entry in item.history:
            status = version.vocabulary.title(entry.status)
            note = f"  {entry.note}" if entry.note else ""
            console.print(
                f"  {format_date(entry.date)}  ● {escape(status)}{escape(note)}", overflow="fold"
            )
    out: str = console.file.getvalue()  # type: ignore[attr-defined]
    # rich pads each grid line to the full width; the padding helps nobody.
    return "".join(line.rstrip() + "\n" for line in out.splitlines())


def render_json(shown: Shown) -> str:
    version, found = shown.version, shown.found
    item = found.item
    data: dict[str, Any] = {
        "kind": found.kind,
        "id": item.id,
        "version": version.name,
        "file": display_path(found.field_file.file),
        "line": found.position[0],
        "field": found.field_file.model.id,
        "item": item.model_dump(mode="json", by_alias=True, exclude_none=True),
        "sources": {key: version.konzept.sources.get(key) for key in item.sources},
    }
    if isinstance(item, Measure):
        data["status_on_as_of"] = shown.row(item).status
    import json  # only for this format: text runs do without it

    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _text(shown: Shown) -> str:
    return render_text(shown, color=terminal.use_color(), width=terminal.width())


# ``--format`` choices: a new format is one entry here.
RENDERERS: dict[str, Callable[[Shown], str]] = {
    "text": _text,
    "json": render_json,
}
