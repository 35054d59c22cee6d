"""A Typer application that does nothing: the cost of the command-line framework alone.

It has the options of ``ki-concept`` and of its ``status`` command, and the same process
settings (``ki_concept.entry``), but reads no file and prints one word. The
benchmark runs it as ``typer_floor.py status`` and ``typer_floor.py --help`` beside the
real commands, so the table shows how much of a run the framework takes before
ki-concept does anything. No target applies to these rows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ki_concept.entry import tune_process

app = typer.Typer(
    name="typer-floor",
    help="Eine Anwendung ohne Arbeit.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


@app.callback()
def root_options(
    root: Annotated[Path | None, typer.Option("--root", help="Ordner.")] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Sprache.")] = None,
    max_bytes: Annotated[str | None, typer.Option("--max-bytes", help="Größe.")] = None,
    version: Annotated[bool, typer.Option("--version", help="Version.")] = False,
) -> None:
    """Options of every command."""


@app.command("status", help="Stand der Umsetzung.")
def status_command(
    version: Annotated[str | None, typer.Argument(help="Version.")] = None,
    by: Annotated[str, typer.Option("--by", help="Gruppierung.")] = "handlungsfeld",
    status: Annotated[list[str] | None, typer.Option("--status", help="Status.")] = None,
    field_id: Annotated[str | None, typer.Option("--handlungsfeld", help="Feld.")] = None,
    responsible: Annotated[str | None, typer.Option("--verantwortlich", help="Wer.")] = None,
    overdue: Annotated[bool, typer.Option("--overdue", help="Überfällig.")] = False,
    examples: Annotated[bool, typer.Option("--beispiele/--keine-beispiele")] = True,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Stichtag.")] = None,
    listing: Annotated[bool, typer.Option("--list", help="Liste.")] = False,
    output_format: Annotated[str, typer.Option("--format", "-f", help="Format.")] = "table",
    separator: Annotated[str, typer.Option("--separator", help="Trenner.")] = ";",
) -> None:
    typer.echo("ok")


@app.command("validate", help="Prüfen.")
def validate_command(
    targets: Annotated[list[str] | None, typer.Argument(help="Versionen.")] = None,
) -> None:
    typer.echo("ok")


if __name__ == "__main__":
    tune_process()
    app(prog_name="typer-floor")
