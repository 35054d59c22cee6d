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
from ki_concept.progress import UNKNOWN, Group, MeasureRow
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
    finished_text,
    period_text,
    scope_text,
    status_columns,
)
from ki_concept.report.svg import color, render_chart, text_color

CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

STYLE = """
:root { --ink: #1b1b1b; --muted: #555; --line: #c8c8c8; --head: #eef1f4; --accent: #0b4f8a;
  --late: #a4000f; }
* { box-sizing: border-box; }
html { color: var(--ink); background: #fff; }
body { font-family: "DejaVu Sans", "Liberation Sans", "Segoe UI", Roboto, Arial, Helvetica,
  sans-serif; font-size: 15px; line-height: 1.45; max-width: 64rem; margin: 0 auto;
  padding: 1.5rem 2rem 3rem; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 0.2rem 0 0.8rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 0.6rem; padding-bottom: 0.2rem;
  border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.1rem; margin: 1.8rem 0 0.4rem; }
h4 { font-size: 0.95rem; margin: 1rem 0 0.3rem; }
p { margin: 0.3rem 0 0.6rem; }
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
tbody tr:nth-child(even) { background: #fafafa; }
tfoot th, tfoot td { font-weight: 700; background: var(--head); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th.num { white-space: normal; hyphens: auto; }
.wide { overflow-x: auto; }
table.summary thead th { font-size: 0.85rem; }
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
  .wide { overflow: visible; }
  a { color: inherit; text-decoration: none; }
  tbody tr:nth-child(even) { background: none; }
  table { font-size: 8.5pt; }
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


def _links(links: Sequence[SourceLink]) -> str:
    parts = []
    for link in links:
        if link.url:
            parts.append(f'<a href="{esc(link.url)}">{esc(link.key)}</a>')
        else:
            parts.append(f'<span title="{esc(t("report.source_missing"))}">{esc(link.key)}</span>')
    return ", ".join(parts) or "–"


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
        title = (
            column.title
            if row.status is None
            else self.content.version.vocabulary.title(row.status)
        )
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
        share = group.share_finished
        share_attr = "" if share is None else f"{round(share, 4)}"
        cells.append(
            f'<td class="num" {scope} data-count="finished" data-finished="{group.finished}" '
            f'data-share="{share_attr}">{esc(percent(share))}</td>'
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
        finished = finished_text(self.content)
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
            (t("report.fact.finished"), esc(finished)),
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
        head.append(f'<th scope="col" class="num">{esc(t("report.col.finished"))}</th>')
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

        notes = [t("status.note.derived")]
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
                f"<td>{esc(row.title)}{_badge(row.example)}</td>"
                f"<td>{esc(row.field_title)}</td>"
                f"<td>{self.status_cell(row)}</td>"
                f"<td>{esc(row.responsible or '–')}</td>"
                f'<td class="num">{esc(format_date(row.end))}</td></tr>'
            )
        parts.append(
            '<table class="overdue-list">'
            f'<caption class="visually-hidden">{esc(t("report.overdue.caption"))}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
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
            finished=group.finished,
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
                measures = t("report.measure_count", total=goal.measures, finished=goal.finished)
                rows.append(
                    f'<tr data-goal="{esc(goal.id)}"><th scope="row" class="id">{esc(goal.id)}'
                    f"</th><td>{esc(goal.title)}{_badge(goal.example)}</td>"
                    f"<td>{esc(t('report.level.' + goal.level))}</td>"
                    f'<td class="num">{esc(measures)}</td>'
                    f"<td>{_links(goal.sources)}</td></tr>"
                )
            parts.append(
                '<table class="goals">'
                f'<caption class="visually-hidden">'
                f"{esc(t('report.goals.caption', title=section.title))}</caption>"
                f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
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
            '<table class="measures">'
            f'<caption class="visually-hidden">'
            f"{esc(t('report.measures.caption', title=section.title))}</caption>"
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
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
            f"<td>{title}</td><td>{self.status_cell(row)}</td>"
            f"<td>{responsible}</td><td>{esc(period_text(row))}</td>"
            f"<td>{_links(view.sources)}</td></tr>"
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
                f'<tr data-kind="{kinds}"><td>{esc(item.kind_label)}</td>'
                f'<th scope="row">{element}</th><td>{details}</td></tr>'
            )
        caption = t("report.changes.caption", old=basis, new=section.new_version)
        parts.append(
            '<table class="changes">'
            f'<caption class="visually-hidden">{esc(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
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

    def render(self) -> str:
        content = self.content
        konzept = content.version.konzept
        title = t("report.page_title", title=konzept.title, version=konzept.version)
        all_columns = list(self.by_status.values())
        style = STYLE + _status_classes(all_columns)
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
