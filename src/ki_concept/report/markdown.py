"""The report as Markdown: the same content as the HTML file, as text and tables.

Markdown cannot hold the SVG chart reliably (many renderers strip it), so the
chart becomes the status table with a text bar, and its description in words.
Every text from the concept is escaped: HTML special characters become
entities and Markdown's own marks get a backslash, so a title can never turn
into markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ki_concept import __version__
from ki_concept.escaping import markdown as md
from ki_concept.escaping import markdown_code as code
from ki_concept.formatting import bar, format_date, percent
from ki_concept.i18n import t
from ki_concept.progress import Group, MeasureRow, period_text, status_label
from ki_concept.report.content import (
    ChangeSection,
    FieldSection,
    ReportContent,
    SourceLink,
    adopted_text,
    basis_text,
    changed_items,
    changes_heading,
    changes_intro,
    measure_count,
    progress_text,
    scope_text,
)
from ki_concept.report.svg import describe
from ki_concept.status.render import progress_notes

_LIST_START = re.compile(r"^(\s*)([-+]|\d+[.)])(\s)")


def paragraph(text: object) -> str:
    """Like :func:`md`, and a leading list marker stays text."""
    return _LIST_START.sub(r"\1\\\2\3", md(text))


def _url(url: str) -> str:
    return url.replace("<", "%3C").replace(">", "%3E")


def _links(links: Sequence[SourceLink]) -> str:
    parts = [
        f"[{md(link.key)}](<{_url(link.url)}>)" if link.url else md(link.key) for link in links
    ]
    return ", ".join(parts) or "–"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], numeric: set[int]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |"]
    lines.append(
        "|" + "|".join("---:" if i in numeric else "---" for i in range(len(header))) + "|"
    )
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]


def _example(example: bool) -> str:
    return f" _({md(t('report.example'))})_" if example else ""


class _Document:
    def __init__(self, content: ReportContent) -> None:
        self.content = content

    def status(self, row: MeasureRow) -> str:
        text = md(status_label(self.content.version, row.status))
        if row.overdue:
            text += f" **{md(t('report.overdue_mark'))}**"
        return text

    def numbers(self, group: Group) -> list[str]:
        return [
            str(group.total),
            *[str(group.count(c.id)) for c in self.content.columns],
            percent(group.share_achieved),
            str(group.overdue),
            f"`{bar(group.share_achieved)}`",
        ]

    def title_block(self) -> list[str]:
        content = self.content
        konzept = content.version.konzept
        facts = [
            (t("report.fact.version"), konzept.version),
            (t("report.fact.adopted"), adopted_text(content.version)),
            (t("report.fact.as_of"), format_date(content.as_of)),
            (t("report.fact.scope"), scope_text(content)),
            (t("report.fact.progress"), progress_text(content)),
        ]
        lines = [f"# {md(konzept.title)}", "", f"_{md(t('report.kicker'))}_", ""]
        lines += [f"- **{md(label)}:** {md(value)}" for label, value in facts]
        return [*lines, ""]

    def overview(self) -> list[str]:
        content = self.content
        as_of = format_date(content.as_of)
        lines = [f"## {md(t('report.overview'))}", ""]
        lines += [paragraph(describe(content)), ""]
        header = [
            md(t("report.col.field")),
            md(t("report.col.measures")),
            *[md(c.title) for c in content.columns],
            md(t("report.col.share")),
            md(t("report.col.overdue")),
            md(t("status.col.progress")),
        ]
        numeric = set(range(1, len(header) - 1))
        rows = [[md(s.title), *self.numbers(s.group)] for s in content.fields]
        total = [md(t("status.total")), *self.numbers(content.status.total)]
        rows.append([cell if cell.startswith("`") else f"**{cell}**" for cell in total])
        lines += [f"_{md(t('report.summary.caption', as_of=as_of))}_", ""]
        lines += _table(header, rows, numeric)
        notes = progress_notes(content.status)
        if content.hidden_columns:
            statuses = ", ".join(c.title for c in content.hidden_columns)
            notes.append(t("report.summary.hidden_statuses", statuses=statuses))
        if content.status.goals_without_measures:
            goals = ", ".join(content.status.goals_without_measures)
            notes.append(t("status.note.goals_without", goals=goals))
        return lines + [f"_{md(n)}_  " for n in notes] + [""]

    def overdue(self) -> list[str]:
        content = self.content
        as_of = format_date(content.as_of)
        lines = [f"## {md(t('report.overdue'))}", ""]
        if not content.overdue:
            return [*lines, paragraph(t("report.overdue.none", as_of=as_of)), ""]
        lines += [paragraph(t("report.overdue.intro", as_of=as_of, count=len(content.overdue)))]
        lines.append("")
        header = [
            md(t(key))
            for key in (
                "report.col.id",
                "report.col.measure",
                "report.col.field",
                "report.col.status",
                "report.col.responsible",
                "report.col.end",
            )
        ]
        rows = [
            [
                code(v.row.id),
                md(v.row.title) + _example(v.row.example),
                md(v.row.field_title),
                self.status(v.row),
                md(v.row.responsible or "–"),
                md(format_date(v.row.end)),
            ]
            for v in content.overdue
        ]
        return lines + _table(header, rows, set())

    def field(self, section: FieldSection) -> list[str]:
        group = section.group
        lines = [f"### {md(section.title)} ({code(section.id)}){_example(section.example)}", ""]
        if section.description:
            lines += [paragraph(section.description), ""]
        summary = t(
            "report.field.summary",
            measures=group.total,
            achieved=group.achieved,
            dropped=group.dropped,
            overdue=group.overdue,
        )
        lines += [
            f"_{md(summary)}_ {md(t('report.col.sources'))}: {_links(section.sources)}",
            "",
            f"#### {md(t('report.goals'))}",
            "",
        ]
        if section.goals:
            header = [
                md(t(key))
                for key in (
                    "report.col.id",
                    "report.col.goal",
                    "report.col.level",
                    "report.col.measures",
                    "report.col.sources",
                )
            ]
            rows = [
                [
                    code(g.id),
                    md(g.title) + _example(g.example),
                    md(t("report.level." + g.level)),
                    md(measure_count(g)),
                    _links(g.sources),
                ]
                for g in section.goals
            ]
            lines += _table(header, rows, {3})
        else:
            lines += [f"_{md(t('report.goals.none'))}_", ""]
        lines += [f"#### {md(t('report.measures'))}", ""]
        if not section.measures:
            return [*lines, f"_{md(t('report.measures.none'))}_", ""]
        header = [
            md(t(key))
            for key in (
                "report.col.id",
                "report.col.measure",
                "report.col.status",
                "report.col.responsible",
                "report.col.period",
                "report.col.sources",
            )
        ]
        rows = []
        for view in section.measures:
            row = view.row
            title = md(row.title) + _example(row.example)
            if row.goals:
                title += "<br>" + md(t("report.goal_ids", ids=", ".join(row.goals)))
            responsible = md(row.responsible or "–")
            if row.partners:
                names = "; ".join(row.partners)
                responsible += "<br>" + md(t("report.partners", names=names))
            rows.append(
                [
                    code(row.id),
                    title,
                    self.status(row),
                    responsible,
                    md(period_text(row)),
                    _links(view.sources),
                ]
            )
        return lines + _table(header, rows, set())

    def changes(self, section: ChangeSection) -> list[str]:
        lines = [f"## {md(changes_heading(section))}", ""]
        if not section.changes:
            text = t("report.changes.none", old=basis_text(section), new=section.new_version)
            return [*lines, paragraph(text), ""]
        items = changed_items(section)
        intro = changes_intro(section, items)
        lines += [paragraph(intro), ""]
        header = [md(t(key)) for key in ("report.col.kind", "report.col.item", "report.col.change")]
        rows = []
        for item in items:
            element = md(item.type_label)
            if item.id:
                element += f" {code(item.id)}"
            if item.title:
                element += f" – {md(item.title)}"
            details = "<br>".join(
                (f"{code(line.key)}: " if line.key else "") + md(line.text) for line in item.lines
            )
            rows.append([md(item.kind_label), element, details])
        return lines + _table(header, rows, set())

    def sources(self) -> list[str]:
        lines = [f"## {md(t('report.sources'))}", ""]
        if not self.content.sources:
            return [*lines, paragraph(t("report.sources.none")), ""]
        lines += [f"_{md(t('report.sources.intro'))}_", ""]
        for link in self.content.sources:
            target = f"<{_url(link.url)}>" if link.url else md(t("report.source_missing"))
            lines.append(f"- **{md(link.key)}** {target}")
        return [*lines, ""]

    def render(self) -> str:
        content = self.content
        lines = self.title_block() + self.overview() + self.overdue()
        lines += [f"## {md(t('report.fields'))}", ""]
        for section in content.fields:
            lines += self.field(section)
        if content.changes is not None:
            lines += self.changes(content.changes)
        lines += self.sources()
        version = content.version
        lines += [
            "---",
            "",
            paragraph(
                t(
                    "report.footer",
                    tool=__version__,
                    version=version.konzept.version,
                    folder=version.name,
                )
            ),
        ]
        if content.has_examples:
            lines += ["", paragraph(t("report.example_note"))]
        return "\n".join(lines).rstrip() + "\n"


def render_markdown(content: ReportContent) -> str:
    """The complete Markdown document."""
    return _Document(content).render()
