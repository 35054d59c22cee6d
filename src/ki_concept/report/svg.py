"""The report's chart: measures per status for each Handlungsfeld as inline SVG.

One stacked horizontal bar per field, its label above it, so long field
titles never collide with the bars. Bars share one scale, so their lengths
compare. The chart carries its own text alternative (``<title>``, ``<desc>``,
``aria-labelledby``); the table next to it in the report holds the same numbers.
"""

from __future__ import annotations

from html import escape

from ki_concept.i18n import t
from ki_concept.progress import UNKNOWN
from ki_concept.report.content import ReportContent, StatusColumn

# Okabe–Ito colours, then Paul Tol's: distinguishable with common colour-vision deficiencies.
PALETTE = (
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#0072B2",
    "#F0E442",
    "#D55E00",
    "#882255",
    "#44AA99",
    "#999933",
    "#332288",
    "#117733",
    "#AA4499",
)
UNKNOWN_COLOR = "#BBBBBB"

WIDTH = 760
FONT = 13
LABEL_HEIGHT = 18
BAR_HEIGHT = 22
ROW_GAP = 12
TOTAL_SPACE = 44
LEGEND_SWATCH = 12
LEGEND_ROW = 20
# A rough average glyph width for the legend layout; SVG has no text measuring.
CHAR_WIDTH = 7.2
MIN_LABELLED_SEGMENT = 20


def color(column: StatusColumn) -> str:
    """The fill colour of a status; 'unknown' is always grey."""
    if column.id == UNKNOWN:
        return UNKNOWN_COLOR
    return PALETTE[column.index % len(PALETTE)]


def _luminance(hex_color: str) -> float:
    def channel(part: str) -> float:
        value = int(part, 16) / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(hex_color[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def text_color(fill: str) -> str:
    """Black or white, whichever contrasts more with ``fill`` (WCAG formula)."""
    lum = _luminance(fill)
    return "#000000" if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else "#FFFFFF"


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def describe(content: ReportContent) -> str:
    """The chart in words: one sentence per field, for ``<desc>`` and screen readers."""
    sentences = [t("report.chart.desc_intro")]
    for section in content.fields:
        parts = [
            t("report.chart.part", count=section.group.count(c.id), status=c.title)
            for c in content.columns
            if section.group.count(c.id)
        ]
        sentences.append(
            t(
                "report.chart.field",
                title=section.title,
                total=section.group.total,
                parts=", ".join(parts) or t("report.chart.none"),
            )
            + "."
        )
    return " ".join(sentences)


def _legend(columns: list[StatusColumn]) -> tuple[list[str], int]:
    parts: list[str] = []
    x, y = 0.0, 0
    for column in columns:
        width = LEGEND_SWATCH + 6 + len(column.title) * CHAR_WIDTH + 18
        if x and x + width > WIDTH:
            x, y = 0.0, y + LEGEND_ROW
        parts.append(
            f'<rect x="{x:.1f}" y="{y + 2}" width="{LEGEND_SWATCH}" height="{LEGEND_SWATCH}" '
            f'fill="{color(column)}" stroke="#333333" stroke-width="0.5"/>'
            f'<text x="{x + LEGEND_SWATCH + 6:.1f}" y="{y + 12}" font-size="{FONT - 1}">'
            f"{escape(column.title)}</text>"
        )
        x += width
    return parts, y + LEGEND_ROW + 8


def render_chart(content: ReportContent, *, element_id: str = "chart") -> str:
    """The complete ``<svg>`` element."""
    columns = content.columns
    legend, top = _legend(columns)
    largest = max([s.group.total for s in content.fields] + [1])
    scale = (WIDTH - TOTAL_SPACE) / largest
    rows: list[str] = []
    y = top
    for section in content.fields:
        group = section.group
        label = f"{section.title} ({section.id})"
        rows.append(
            f'<g class="bar" data-field="{_attr(section.id)}">'
            f'<text x="0" y="{y + FONT}" font-size="{FONT}" font-weight="600">'
            f"{escape(label)}</text>"
        )
        bar_y = y + LABEL_HEIGHT + 2
        x = 0.0
        for column in columns:
            count = group.count(column.id)
            if not count:
                continue
            width = count * scale
            fill = color(column)
            rows.append(
                f'<rect x="{x:.1f}" y="{bar_y}" width="{width:.1f}" height="{BAR_HEIGHT}" '
                f'fill="{fill}" stroke="#FFFFFF" stroke-width="1" '
                f'data-field="{_attr(section.id)}" data-status="{_attr(column.id)}" '
                f'data-count="{count}"><title>{escape(column.title)}: {count}</title></rect>'
            )
            if width >= MIN_LABELLED_SEGMENT:
                rows.append(
                    f'<text x="{x + width / 2:.1f}" y="{bar_y + BAR_HEIGHT / 2 + 4.5:.1f}" '
                    f'font-size="{FONT - 1}" text-anchor="middle" fill="{text_color(fill)}">'
                    f"{count}</text>"
                )
            x += width
        total_text = str(group.total) if group.total else t("report.chart.none")
        rows.append(
            f'<text x="{x + 6:.1f}" y="{bar_y + BAR_HEIGHT / 2 + 4.5:.1f}" font-size="{FONT}" '
            f'data-field="{_attr(section.id)}" data-count="measures">{escape(total_text)}</text>'
            "</g>"
        )
        y = bar_y + BAR_HEIGHT + ROW_GAP
    height = y
    title_id = f"{element_id}-title"
    desc_id = f"{element_id}-desc"
    return (
        f'<svg id="{_attr(element_id)}" class="chart" '
        f'role="img" aria-labelledby="{title_id} {desc_id}" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" preserveAspectRatio="xMinYMin meet" '
        'font-family="DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif">'
        f'<title id="{title_id}">{escape(t("report.chart.title"))}</title>'
        f'<desc id="{desc_id}">{escape(describe(content))}</desc>'
        f'<g class="legend" aria-hidden="true">{"".join(legend)}</g>'
        f"{''.join(rows)}"
        "</svg>"
    )
