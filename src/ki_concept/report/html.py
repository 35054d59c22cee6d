"""The report as one standalone HTML file.

Everything is inline: the style sheet, the chart (SVG), no script, no font,
no image, nothing fetched from anywhere; a Content-Security-Policy says so to
the browser as well. The page prints on A4. Every text from the concept
passes through :func:`html.escape`. Numbers carry ``data-*`` attributes
(``data-field``, ``data-status``, ``data-count``) so that tests and other
tools can read them back from the rendered page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from ki_concept import __version__
from ki_concept.formatting import format_date, percent
from ki_concept.i18n import language, t
from ki_concept.progress import UNKNOWN, Group, MeasureRow, period_text, status_label
from ki_concept.report.content import (
    ChangeSection,
    FieldSection,
    MeasureView,
    ReportContent,
    SourceLink,
    StatusColumn,
    adopted_text,
    basis_text,
    changed_items,
    changes_heading,
    changes_intro,
    measure_count,
    progress_text,
    scope_text,
    status_columns,
)
from ki_concept.report.svg import color, render_chart, text_color
from ki_concept.status.render import progress_notes

CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

STYLE = """
:root { --ink: #1b1b1b; --muted: #555; --line: #c8c8c8; --head: #eef1f4; --accent: #0b4f8a;
  --late: #a4000f; }
* { box-sizing: border-box; }
html { color: var(--ink); background: #fff; }
body { font-family: "DejaVu Sans", "Liberation Sans", "Segoe UI", Roboto, Arial, Helvetica,
  sans-serif; font-size: 15px; line-height: 1.45; max-width: 72rem; margin: 0 auto;
  padding: 1.5rem 2rem 3rem; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 0.2rem 0 0.8rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 0.6rem; padding-bottom: 0.2rem;
  border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.1rem; margin: 1.8rem 0 0.4rem; }
h4 { font-size: 0.95rem; margin: 1rem 0 0.3rem; }
p { margin: 0.3rem 0 0.6rem; max-width: 60rem; }
a { color: var(--accent); }
.kicker { text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.8rem;
  color: var(--muted); margin: 0; }
.title-block { border-bottom: 3px solid var(--accent); padding-bottom: 0.8rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1.2rem;
  margin: 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
nav.toc ol { margin: 0.2rem 0; padding-left: 1.4rem; columns: 2; }
nav.toc h2 { font-size: 1rem; border: 0; margin: 1.2rem 0 0.2rem; }
figure { margin: 0.8rem 0; }
figcaption { font-size: 0.85rem; color: var(--muted); }
svg.chart { display: block; width: 100%; max-width: 760px; height: auto; }
table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 0.8rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 0.2rem 0; }
th, td { border: 1px solid var(--line); padding: 0.25rem 0.4rem; vertical-align: top;
  text-align: left; }
thead th { background: var(--head); }
tbody tr:nth-child(even) { background: rgba(0, 0, 0, 0.02); }
tfoot th, tfoot td { font-weight: 700; background: var(--head); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th.num { white-space: normal; hyphens: auto; }
/* A table wider than the page scrolls inside its own box, never the page. Shadows at the
   edges show there is more; they are covered where the content ends (no script needed). */
.wide { overflow-x: auto; margin: 0.4rem 0 0.8rem;
  background: linear-gradient(to right, #fff 30%, rgba(255, 255, 255, 0)) left / 2.5rem 100%,
    linear-gradient(to left, #fff 30%, rgba(255, 255, 255, 0)) right / 2.5rem 100%,
    radial-gradient(farthest-side at 0 50%, rgba(0, 0, 0, 0.3), transparent) left / 0.9rem 100%,
    radial-gradient(farthest-side at 100% 50%, rgba(0, 0, 0, 0.3), transparent) right / 0.9rem 100%;
  background-repeat: no-repeat; background-attachment: local, local, scroll, scroll; }
.wide > table { margin: 0; }
.scroll-hint { display: none; font-size: 0.85rem; color: var(--muted); margin: 0.6rem 0 0; }
/* Separate borders: a sticky cell keeps its own (collapsed ones let scrolled cells peek). */
table.summary { border-collapse: separate; border-spacing: 0; }
table.summary th, table.summary td { padding: 0.25rem 0.3rem; border-width: 0 1px 1px 0; }
table.summary tr > :first-child { border-left-width: 1px; }
table.summary thead th { border-top-width: 1px; font-size: 0.8rem; }
table.summary caption { position: sticky; left: 0; max-width: calc(100vw - 2rem); }
table.summary thead .status { white-space: normal; }
table.summary thead .swatch { display: block; margin: 0 0 0.2rem auto; }
table.summary tbody th, table.summary tfoot th, table.summary thead th:first-child {
  position: sticky; left: 0; z-index: 1; background: #fff; }
table.summary tbody tr:nth-child(even) th { background: #fafafa; }
table.summary tfoot th, table.summary thead th:first-child { background: var(--head); }
.id { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.85em;
  white-space: nowrap; color: var(--muted); font-weight: 400; }
th.id { color: var(--ink); }
.small { display: block; font-size: 0.85em; color: var(--muted); }
.badge { display: inline-block; font-size: 0.72rem; font-weight: 600; padding: 0 0.35rem;
  border: 1px solid #8a6d00; border-radius: 0.6rem; color: #5c4800; background: #fff5cc;
  vertical-align: middle; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em;
  border: 1px solid #333; vertical-align: -0.05em; }
.overdue { color: var(--late); font-weight: 700; }
.note { font-size: 0.85rem; color: var(--muted); }
.sources li { overflow-wrap: anywhere; }
.sources .key { display: inline-block; min-width: 3rem; font-weight: 600; }
.status { white-space: nowrap; }
ul.plain { list-style: none; margin: 0; padding: 0; }
table.changes { table-layout: fixed; }
table.changes th:nth-child(1) { width: 8rem; } table.changes th:nth-child(2) { width: 30%; }
table.changes td, table.changes th { overflow-wrap: anywhere; }
table.changes tbody th { font-weight: 400; }
table.changes .id { white-space: normal; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }
footer { margin-top: 2.5rem; border-top: 1px solid var(--line); padding-top: 0.5rem;
  font-size: 0.8rem; color: var(--muted); }
/* Narrow screens (phones, tablets upright): every table but the overview becomes one block
   per row, each value beside the name of its column. */
@media screen and (max-width: 60rem) {
  body { padding: 1rem 0.9rem 2rem; }
  nav.toc ol { columns: 1; }
  table.summary tbody th, table.summary tfoot th { font-size: 0.85rem; }
  table.stack, table.stack > tbody, table.stack > tbody > tr { display: block; width: auto; }
  table.stack > tbody > tr > * { display: flow-root; width: auto; }
  table.stack > thead { position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip: rect(0 0 0 0); }
  table.stack > tbody > tr { border: 1px solid var(--line); margin: 0 0 0.6rem;
    padding: 0.35rem 0.6rem; }
  table.stack > tbody > tr > * { border: 0; padding: 0.1rem 0; overflow-wrap: anywhere; }
  table.stack > tbody > tr > th { font-weight: 700; }
  table.stack > tbody > tr > td[data-label] { padding-left: 8rem; }
  table.stack > tbody > tr > td[data-label]::before { content: attr(data-label); float: left;
    width: 7.6rem; margin-left: -8rem; font-size: 0.8rem; line-height: 1.7; font-weight: 600;
    color: var(--muted); }
  table.stack > tbody > tr > td:empty { display: none; }
  table.stack .num { text-align: left; white-space: normal; }
  table.changes > tbody > tr > td:last-child { padding-left: 0; }
  table.changes > tbody > tr > td:last-child::before { float: none; display: block;
    width: auto; margin: 0; }
}
@page { size: A4; margin: 16mm 14mm 18mm;
  @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 9.5pt; max-width: none; padding: 0; }
  h2 { margin-top: 1.2rem; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr, figure, .facts, #ueberfaellig { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  nav.toc { display: none; }
  .wide { overflow: visible; background: none; }
  .scroll-hint { display: none !important; }
  table.summary tbody th, table.summary tfoot th, table.summary thead th:first-child {
    position: static; }
  /* On A4 the overview's columns stand upright: the numbers need little width. */
  table.summary thead th.num { writing-mode: vertical-rl; writing-mode: sideways-lr;
    white-space: nowrap; text-align: left; vertical-align: bottom; padding: 0.3rem 0.15rem; }
  table.summary thead .status { white-space: nowrap; }
  table.summary thead .swatch { display: inline-block; margin: 0 0 0.3em; }
  th, td { padding: 0.2rem 0.25rem; }
  .id { white-space: normal; }
  a { color: inherit; text-decoration: none; }
  tbody tr:nth-child(even) { background: none; }
  table { font-size: 8pt; }
  tfoot { display: table-row-group; }
}
"""


def esc(text: object) -> str:
    """Escape for element content and quoted attribute values alike."""
    return escape(str(text), quote=True)


def _status_classes(columns: Iterable[StatusColumn]) -> str:
    rules = []
    for column in columns:
        fill = color(column)
        rules.append(f".st-{column.index} {{ background: {fill}; color: {text_color(fill)}; }}")
    return "\n".join(rules)


# The overview's table cannot wrap its numbers; how wide it gets is estimated from its
# longest words (em per character at its font sizes) to show the scroll hint on screens
# narrower than that. Shadows at the box's edges show the overflow whatever the estimate.
HEAD_EM_PER_CHAR = 0.8 * 0.7
BODY_EM_PER_CHAR = 0.9 * 0.62
CELL_PADDING_REM = 0.7
PAGE_PADDING_REM = 5.0


def _longest_word(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


def summary_width_rem(headers: Sequence[str], row_titles: Sequence[str]) -> float:
    """About how wide (in rem) the overview's table is at the least: its longest words."""
    first = max(
        _longest_word(headers[0]) * HEAD_EM_PER_CHAR,
        max((_longest_word(title) for title in row_titles), default=0) * BODY_EM_PER_CHAR,
    )
    rest = sum(max(_longest_word(h), 4) * HEAD_EM_PER_CHAR for h in headers[1:])
    return first + rest + CELL_PADDING_REM * len(headers)


def _links(links: Sequence[SourceLink]) -> str:
    parts = []
    for link in links:
        if link.url:
            parts.append(f'<a href="{esc(link.url)}">{esc(link.key)}</a>')
        else:
            parts.append(f'<span title="{esc(t("report.source_missing"))}">{esc(link.key)}</span>')
    return ", ".join(parts) or "–"


def _td(label_key: str, content: str, cls: str = "") -> str:
    """A cell that names its column, for the stacked layout on narrow screens."""
    klass = f' class="{cls}"' if cls else ""
    return f'<td{klass} data-label="{esc(t(label_key))}">{content}</td>'


def _badge(example: bool) -> str:
    return f' <span class="badge">{esc(t("report.example"))}</span>' if example else ""


class _Page:
    """Builds the page; holds what several parts need (status columns by id)."""

    def __init__(self, content: ReportContent) -> None:
        self.content = content
        self.by_status = {c.id: c for c in status_columns(content.version)}

    # --- pieces ----------------------------------------------------------------

    def status_cell(self, row: MeasureRow) -> str:
        column = self.by_status.get(row.status or UNKNOWN, self.by_status[UNKNOWN])
        title = status_label(self.content.version, row.status)
        text = (
            f'<span class="status"><span class="swatch st-{column.index}" aria-hidden="true">'
            f"</span>{esc(title)}</span>"
        )
        if row.overdue:
            text += f' <strong class="overdue">{esc(t("report.overdue_mark"))}</strong>'
        return text

    def number_cells(self, group: Group, scope: str) -> str:
        cells = [f'<td class="num" {scope} data-count="measures">{group.total}</td>']
        for column in self.content.columns:
            count = group.count(column.id)
            cells.append(
                f'<td class="num" {scope} data-status="{esc(column.id)}">{count or "·"}</td>'
            )
        share = group.share_achieved
        share_attr = "" if share is None else f"{round(share, 4)}"
        cells.append(
            f'<td class="num" {scope} data-count="achieved" data-achieved="{group.achieved}" '
            f'data-dropped="{group.dropped}" data-share="{share_attr}">{esc(percent(share))}</td>'
        )
        late = " overdue" if group.overdue else ""
        cells.append(
            f'<td class="num{late}" {scope} data-count="overdue">{group.overdue or "·"}</td>'
        )
        return "".join(cells)

    # --- sections ---------------------------------------------------------------

    def title_block(self) -> str:
        konzept = self.content.version.konzept
        adopted = adopted_text(self.content.version)
        scope = scope_text(self.content)
        progress = progress_text(self.content)
        adopted_html = esc(adopted)
        if konzept.adopted:
            adopted_html = f'<time datetime="{konzept.adopted.isoformat()}">{adopted_html}</time>'
        as_of = self.content.as_of
        facts = [
            (t("report.fact.version"), esc(konzept.version)),
            (t("report.fact.adopted"), adopted_html),
            (
                t("report.fact.as_of"),
                f'<time datetime="{as_of.isoformat()}" data-as-of="{as_of.isoformat()}">'
                f"{esc(format_date(as_of))}</time>",
            ),
            (t("report.fact.scope"), esc(scope)),
            (t("report.fact.progress"), esc(progress)),
        ]
        rows = "".join(f"<dt>{esc(label)}</dt><dd>{value}</dd>" for label, value in facts)
        return (
            '<header class="title-block">'
            f'<p class="kicker">{esc(t("report.kicker"))}</p>'
            f"<h1>{esc(konzept.title)}</h1>"
            f'<dl class="facts">{rows}</dl>'
            "</header>"
        )

    def toc(self) -> str:
        entries = [
            ("ueberblick", t("report.overview")),
            ("ueberfaellig", t("report.overdue")),
            ("handlungsfelder", t("report.fields")),
        ]
        if self.content.changes is not None:
            entries.append(("aenderungen", changes_heading(self.content.changes)))
        entries.append(("quellen", t("report.sources")))
        items = "".join(f'<li><a href="#{key}">{esc(label)}</a></li>' for key, label in entries)
        return (
            f'<nav class="toc" aria-labelledby="toc-h"><h2 id="toc-h">{esc(t("report.toc"))}'
            f"</h2><ol>{items}</ol></nav>"
        )

    def overview(self) -> str:
        content = self.content
        as_of = format_date(content.as_of)
        head = [
            f'<th scope="col">{esc(t("report.col.field"))}</th>',
            f'<th scope="col" class="num">{esc(t("report.col.measures"))}</th>',
        ]
        for column in content.columns:
            head.append(
                f'<th scope="col" class="num"><span class="status"><span '
                f'class="swatch st-{column.index}" aria-hidden="true"></span>'
                f"{esc(column.title)}</span></th>"
            )
        head.append(f'<th scope="col" class="num">{esc(t("report.col.share"))}</th>')
        head.append(f'<th scope="col" class="num">{esc(t("report.col.overdue"))}</th>')
        body = []
        for number, section in enumerate(content.fields, 1):
            scope = f'data-field="{esc(section.id)}"'
            body.append(
                f'<tr {scope}><th scope="row">'
                f'<a href="#hf-{number}">{esc(section.title)}</a></th>'
                f"{self.number_cells(section.group, scope)}</tr>"
            )
        total_cells = self.number_cells(content.status.total, 'data-total=""')
        footer = (
            f'<tr data-total=""><th scope="row">{esc(t("status.total"))}</th>{total_cells}</tr>'
        )

        notes = progress_notes(content.status)
        if content.hidden_columns:
            notes.append(
                t(
                    "report.summary.hidden_statuses",
                    statuses=", ".join(c.title for c in content.hidden_columns),
                )
            )
        if content.status.goals_without_measures:
            notes.append(
                t(
                    "status.note.goals_without",
                    goals=", ".join(content.status.goals_without_measures),
                )
            )
        return (
            '<section id="ueberblick" aria-labelledby="ueberblick-h">'
            f'<h2 id="ueberblick-h">{esc(t("report.overview"))}</h2>'
            "<figure>"
            f"{render_chart(content)}"
            f"<figcaption>{esc(t('report.chart.caption', as_of=as_of))}</figcaption>"
            "</figure>"
            f'<p class="scroll-hint" id="ueberblick-hint">{esc(t("report.scroll_hint"))}</p>'
            '<div class="wide"><table class="summary">'
            f"<caption>{esc(t('report.summary.caption', as_of=as_of))}</caption>"
            f"<thead><tr>{''.join(head)}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody>"
            f"<tfoot>{footer}</tfoot>"
            "</table></div>"
            + "".join(f'<p class="note">{esc(n)}</p>' for n in notes)
            + "</section>"
        )

    def overdue(self) -> str:
        content = self.content
        as_of = format_date(content.as_of)
        count = len(content.overdue)
        parts = [
            f'<section id="ueberfaellig" aria-labelledby="ueberfaellig-h" '
            f'data-overdue-count="{count}">'
            f'<h2 id="ueberfaellig-h">{esc(t("report.overdue"))}</h2>'
        ]
        if not content.overdue:
            parts.append(f"<p>{esc(t('report.overdue.none', as_of=as_of))}</p></section>")
            return "".join(parts)
        parts.append(f"<p>{esc(t('report.overdue.intro', as_of=as_of, count=count))}</p>")
        head = "".join(
            f'<th scope="col">{esc(t(key))}</th>'
            for key in (
                "report.col.id",
                "report.col.measure",
                "report.col.field",
                "report.col.status",
                "report.col.responsible",
                "report.col.end",
            )
        )
        rows = []
        for view in content.overdue:
            row = view.row
            rows.append(
                f'<tr data-measure="{esc(row.id)}"><th scope="row" class="id">{esc(row.id)}</th>'
                + _td("report.col.measure", esc(row.title) + _badge(row.example))
                + _td("report.col.field", esc(row.field_title))
                + _td("report.col.status", self.status_cell(row))
                + _td("report.col.responsible", esc(row.responsible or "–"))
                + _td("report.col.end", esc(format_date(row.end)), "num")
                + "</tr>"
            )
        parts.append(
            '<div class="wide"><table class="overdue-list stack">'
            f'<caption class="visually-hidden">{esc(t("report.overdue.caption"))}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
            "</section>"
        )
        return "".join(parts)

    def field(self, number: int, section: FieldSection) -> str:
        group = section.group
        anchor = f"hf-{number}"
        parts = [
            f'<section class="field" id="{anchor}" aria-labelledby="{anchor}-h" '
            f'data-field="{esc(section.id)}">'
            f'<h3 id="{anchor}-h">{esc(section.title)} <span class="id">{esc(section.id)}</span>'
            f"{_badge(section.example)}</h3>"
        ]
        if section.description:
            parts.append(f"<p>{esc(section.description)}</p>")
        summary = t(
            "report.field.summary",
            measures=group.total,
            achieved=group.achieved,
            dropped=group.dropped,
            overdue=group.overdue,
        )
        parts.append(
            f'<p class="note">{esc(summary)} {esc(t("report.col.sources"))}: '
            f"{_links(section.sources)}</p>"
        )
        parts.append(f"<h4>{esc(t('report.goals'))}</h4>")
        if section.goals:
            head = "".join(
                f'<th scope="col"{cls}>{esc(t(key))}</th>'
                for key, cls in (
                    ("report.col.id", ""),
                    ("report.col.goal", ""),
                    ("report.col.level", ""),
                    ("report.col.measures", ' class="num"'),
                    ("report.col.sources", ""),
                )
            )
            rows = []
            for goal in section.goals:
                measures = measure_count(goal)
                rows.append(
                    f'<tr data-goal="{esc(goal.id)}"><th scope="row" class="id">{esc(goal.id)}'
                    "</th>"
                    + _td("report.col.goal", esc(goal.title) + _badge(goal.example))
                    + _td("report.col.level", esc(t("report.level." + goal.level)))
                    + _td("report.col.measures", esc(measures), "num")
                    + _td("report.col.sources", _links(goal.sources))
                    + "</tr>"
                )
            parts.append(
                '<div class="wide"><table class="goals stack">'
                f'<caption class="visually-hidden">'
                f"{esc(t('report.goals.caption', title=section.title))}</caption>"
                f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
            )
        else:
            parts.append(f'<p class="note">{esc(t("report.goals.none"))}</p>')
        parts.append(f"<h4>{esc(t('report.measures'))}</h4>")
        if section.measures:
            parts.append(self.measure_table(section))
        else:
            parts.append(f'<p class="note">{esc(t("report.measures.none"))}</p>')
        parts.append("</section>")
        return "".join(parts)

    def measure_table(self, section: FieldSection) -> str:
        head = "".join(
            f'<th scope="col">{esc(t(key))}</th>'
            for key in (
                "report.col.id",
                "report.col.measure",
                "report.col.status",
                "report.col.responsible",
                "report.col.period",
                "report.col.sources",
            )
        )
        rows = [self.measure_row(view) for view in section.measures]
        return (
            '<div class="wide"><table class="measures stack">'
            f'<caption class="visually-hidden">'
            f"{esc(t('report.measures.caption', title=section.title))}</caption>"
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
        )

    def measure_row(self, view: MeasureView) -> str:
        row = view.row
        title = esc(row.title) + _badge(row.example)
        if row.goals:
            title += f'<span class="small">{esc(t("report.goal_ids", ids=", ".join(row.goals)))}'
            title += "</span>"
        responsible = esc(row.responsible or "–")
        if row.partners:
            names = "; ".join(row.partners)
            responsible += f'<span class="small">{esc(t("report.partners", names=names))}</span>'
        status_attr = esc(row.status or UNKNOWN)
        return (
            f'<tr data-measure="{esc(row.id)}" data-status="{status_attr}">'
            f'<th scope="row" class="id">{esc(row.id)}</th>'
            + _td("report.col.measure", title)
            + _td("report.col.status", self.status_cell(row))
            + _td("report.col.responsible", responsible)
            + _td("report.col.period", esc(period_text(row)))
            + _td("report.col.sources", _links(view.sources))
            + "</tr>"
        )

    def fields(self) -> str:
        return (
            '<section id="handlungsfelder" aria-labelledby="handlungsfelder-h">'
            f'<h2 id="handlungsfelder-h">{esc(t("report.fields"))}</h2>'
            + "".join(self.field(n, s) for n, s in enumerate(self.content.fields, 1))
            + "</section>"
        )

    def changes(self, section: ChangeSection) -> str:
        heading = changes_heading(section)
        basis = basis_text(section)
        since = f' data-since-version="{esc(section.old_version)}"'
        if section.revision is not None:
            since += f' data-since-revision="{esc(section.revision)}"'
        if section.commit is not None:
            since += f' data-since-commit="{esc(section.commit)}"'
        parts = [
            f'<section id="aenderungen" aria-labelledby="aenderungen-h" '
            f'data-change-count="{len(section.changes)}"{since}>'
            f'<h2 id="aenderungen-h">{esc(heading)}</h2>'
        ]
        if not section.changes:
            parts.append(
                "<p>"
                + esc(t("report.changes.none", old=basis, new=section.new_version))
                + "</p></section>"
            )
            return "".join(parts)
        items = changed_items(section)
        intro = changes_intro(section, items)
        parts.append(f"<p>{esc(intro)}</p>")
        head = "".join(
            f'<th scope="col">{esc(t(key))}</th>'
            for key in ("report.col.kind", "report.col.item", "report.col.change")
        )
        rows = []
        for item in items:
            element = esc(item.type_label)
            if item.id:
                element += f' <span class="id">{esc(item.id)}</span>'
            if item.title:
                element += f'<span class="small">{esc(item.title)}</span>'
            lines = "".join(
                "<li>"
                + (f'<span class="id">{esc(line.key)}</span>: ' if line.key else "")
                + f"{esc(line.text)}</li>"
                for line in item.lines
            )
            details = f'<ul class="plain">{lines}</ul>' if lines else ""
            kinds = esc(" ".join(item.kinds))
            rows.append(
                f'<tr data-kind="{kinds}">'
                + _td("report.col.kind", esc(item.kind_label))
                + f'<th scope="row">{element}</th>'
                + _td("report.col.change", details)
                + "</tr>"
            )
        caption = t("report.changes.caption", old=basis, new=section.new_version)
        parts.append(
            '<div class="wide"><table class="changes stack">'
            f'<caption class="visually-hidden">{esc(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
            "</section>"
        )
        return "".join(parts)

    def sources(self) -> str:
        parts = [
            '<section id="quellen" aria-labelledby="quellen-h">'
            f'<h2 id="quellen-h">{esc(t("report.sources"))}</h2>'
        ]
        if not self.content.sources:
            parts.append(f"<p>{esc(t('report.sources.none'))}</p></section>")
            return "".join(parts)
        parts.append(f'<p class="note">{esc(t("report.sources.intro"))}</p><ul class="sources">')
        for link in self.content.sources:
            target = (
                f'<a href="{esc(link.url)}">{esc(link.url)}</a>'
                if link.url
                else esc(t("report.source_missing"))
            )
            parts.append(f'<li><span class="key">{esc(link.key)}</span> {target}</li>')
        parts.append("</ul></section>")
        return "".join(parts)

    def footer(self) -> str:
        version = self.content.version
        lines = [
            t(
                "report.footer",
                tool=__version__,
                version=version.konzept.version,
                folder=version.name,
            )
        ]
        if self.content.has_examples:
            lines.append(t("report.example_note"))
        return "<footer>" + "".join(f"<p>{esc(line)}</p>" for line in lines) + "</footer>"

    def scroll_hint_rule(self) -> str:
        """Shows the overview's scroll hint where its table is likely wider than the screen."""
        headers = [
            t("report.col.field"),
            t("report.col.measures"),
            *(c.title for c in self.content.columns),
            t("report.col.share"),
            t("report.col.overdue"),
        ]
        titles = [section.title for section in self.content.fields] + [t("status.total")]
        needed = summary_width_rem(headers, titles) + PAGE_PADDING_REM
        rule = "{ .scroll-hint { display: block; } }"
        return f"\n@media screen and (max-width: {needed:.1f}rem) {rule}"

    def render(self) -> str:
        content = self.content
        konzept = content.version.konzept
        title = t("report.page_title", title=konzept.title, version=konzept.version)
        all_columns = list(self.by_status.values())
        style = STYLE + _status_classes(all_columns) + self.scroll_hint_rule()
        body = [
            self.title_block(),
            self.toc(),
            "<main>",
            self.overview(),
            self.overdue(),
            self.fields(),
        ]
        if content.changes is not None:
            body.append(self.changes(content.changes))
        body += [self.sources(), "</main>", self.footer()]
        return (
            "<!DOCTYPE html>\n"
            f'<html lang="{language()}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="ki-concept {esc(__version__)}">\n'
            f"<title>{esc(title)}</title>\n<style>{style}</style>\n</head>\n<body>\n"
            + "\n".join(body)
            + "\n</body>\n</html>\n"
        )


def render_html(content: ReportContent) -> str:
    """The complete HTML document."""
    return _Page(content).render()
