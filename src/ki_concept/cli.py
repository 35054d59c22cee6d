"""The command line: options, wiring and exit codes only.

Each command imports what it needs inside its body, so ``--help`` stays as
fast as importing typer itself.
"""

import datetime as dt
import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer

from ki_concept import __version__
from ki_concept.command_line import Command, GlobalOptions, Group
from ki_concept.errors import ConceptInvalid, UserError
from ki_concept.i18n import t

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    name="ki-concept",
    help=t("help.app"),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    cls=Group,
)


def fail(message: str, code: int = 2) -> NoReturn:
    sys.stderr.write(message.rstrip("\n") + "\n")
    raise typer.Exit(code)


# Exit status of a bug in ki-concept, so that scripts can tell it from a wrong call (2).
EXIT_INTERNAL = 3


def crash_report(exc: BaseException) -> str:
    """A short report of an internal error: what, where in ki-concept, and with which versions."""
    import platform
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "ki_concept" in f.filename.replace("\\", "/")]
    chosen = ours or list(frames)
    where = "?"
    if chosen:
        last = chosen[-1]
        name = last.filename.replace("\\", "/").rpartition("ki_concept/")[2] or last.filename
        where = f"{name}:{last.lineno} ({last.name})"
    return t(
        "cli.internal_error",
        error=f"{type(exc).__name__}: {exc}",
        where=where,
        version=__version__,
        python=platform.python_version(),
    )


def handle_errors(command: F) -> F:
    """The one error handler: a user's mistake becomes its message and exit status (1 or 2);
    anything else is a bug in ki-concept, shown as a short crash report with exit 3."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except UserError as exc:
            fail(t("cli.error_prefix") + exc.message, exc.exit_code)
        except ConceptInvalid as exc:
            fail(exc.report, exc.exit_code)
        except Exception as exc:
            if os.environ.get("KI_CONCEPT_DEBUG"):
                raise
            fail(crash_report(exc), EXIT_INTERNAL)

    return wrapper  # type: ignore[return-value]


def parse_date(value: str | None) -> dt.date | None:
    """An optional date option: ``JJJJ-MM-TT`` and nothing else."""
    from ki_concept.formatting import parse_day

    return None if value is None else parse_day(value)


def check_choice(value: str, choices: tuple[str, ...], option: str) -> str:
    if value not in choices:
        raise UserError("cli.bad_choice", value=value, option=option, choices=", ".join(choices))
    return value


# Options several commands share, defined once.
VersionArg = Annotated[
    str | None,
    typer.Argument(help=t("help.version_arg"), metavar=t("metavar.version"), show_default=False),
]
AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", help=t("help.as_of"), metavar=t("metavar.date"), show_default=False),
]
# Where the status on the day matters: status, show, report, export.
AsOfHistoryOption = Annotated[
    str | None,
    typer.Option(
        "--as-of", help=t("help.as_of_history"), metavar=t("metavar.date"), show_default=False
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output", "-o", help=t("help.output"), metavar=t("metavar.file"), show_default=False
    ),
]
SeparatorOption = Annotated[
    str, typer.Option("--separator", help=t("help.separator"), metavar=t("metavar.char"))
]
EditVersionOption = Annotated[
    str | None,
    typer.Option(
        "--version", help=t("help.edit.version"), metavar=t("metavar.version"), show_default=False
    ),
]
DryRunOption = Annotated[bool, typer.Option("--dry-run", help=t("help.edit.dry_run"))]
# Words for the values in the help (typer would show type names such as <str>).
TEXT = t("metavar.text")
DATE = t("metavar.date")
ID = t("metavar.id")
FORMAT = t("metavar.format")


def check_separator(separator: str) -> str:
    """A CSV separator is one character that cannot break a CSV line or its quoting."""
    if len(separator) != 1 or separator in '"\r\n' or separator.isalnum():
        raise UserError(
            "cli.bad_choice", value=separator, option="--separator", choices="; , \\t |"
        )
    return separator


def file_limits(max_bytes: str | None) -> Any:
    """File limits: ``--max-bytes``, else ``KI_CONCEPT_MAX_BYTES``, else the defaults."""
    from ki_concept.reading.source import ENV_MAX_BYTES, Limits, parse_size

    if max_bytes is not None:
        try:
            return Limits(max_bytes=parse_size(max_bytes))
        except ValueError:
            raise UserError("cli.bad_size", value=max_bytes) from None
    raw = os.environ.get(ENV_MAX_BYTES)
    if not raw:
        return Limits()
    try:
        return Limits(max_bytes=parse_size(raw))
    except ValueError:
        raise UserError("cli.bad_size", value=f"{ENV_MAX_BYTES}={raw}") from None


def current_run(ctx: typer.Context) -> Any:
    """The :class:`ki_concept.run.Run` the global options made for this command."""
    from ki_concept.run import Run

    options: GlobalOptions = ctx.find_root().obj
    return Run(root_option=options.root, limits=file_limits(options.max_bytes))


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"ki-concept {__version__}")
        raise typer.Exit()


@app.callback()
def root_options(
    ctx: typer.Context,
    root: Annotated[
        Path | None,
        typer.Option(
            "--root", help=t("help.root"), metavar=t("metavar.folder"), show_default=False
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help=t("help.lang"), metavar=t("metavar.lang"), show_default=False),
    ] = None,
    max_bytes: Annotated[
        str | None,
        typer.Option(
            "--max-bytes", help=t("help.max_bytes"), metavar=t("metavar.size"), show_default=False
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version_callback, is_eager=True, help=t("help.version")
        ),
    ] = False,
) -> None:
    # Given after the command as well, they are taken there and win (command_line.py).
    options = GlobalOptions(root=root)
    for name, value in (("--lang", lang), ("--max-bytes", max_bytes)):
        if value is not None:
            options.take(name, value)
    ctx.obj = options


@app.command("validate", help=t("help.validate"), epilog=t("help.validate.example"), cls=Command)
@handle_errors
def validate_command(
    ctx: typer.Context,
    targets: Annotated[
        list[str] | None,
        typer.Argument(help=t("help.targets"), metavar=t("metavar.version"), show_default=False),
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help=t("help.validate.format"), metavar=FORMAT)
    ] = "text",
    strict: Annotated[bool, typer.Option("--strict", help=t("help.strict"))] = False,
    as_of: AsOfOption = None,
) -> None:
    from ki_concept.validate.command import run_validate
    from ki_concept.validate.render import REPORTERS

    check_choice(output_format, tuple(REPORTERS), "--format")
    code = run_validate(
        current_run(ctx),
        targets=targets or [],
        output_format=output_format,
        strict=strict,
        as_of=parse_date(as_of) or dt.date.today(),
    )
    raise typer.Exit(code)


@app.command("status", help=t("help.status"), epilog=t("help.status.example"), cls=Command)
@handle_errors
def status_command(
    ctx: typer.Context,
    version: VersionArg = None,
    by: Annotated[
        str, typer.Option("--by", help=t("help.by"), metavar=t("metavar.group"))
    ] = "handlungsfeld",
    status: Annotated[
        list[str] | None,
        typer.Option(
            "--status",
            help=t("help.status_filter"),
            metavar=t("metavar.status"),
            show_default=False,
        ),
    ] = None,
    field_id: Annotated[
        str | None,
        typer.Option(
            "--handlungsfeld", help=t("help.field_filter"), metavar=ID, show_default=False
        ),
    ] = None,
    responsible: Annotated[
        str | None,
        typer.Option(
            "--verantwortlich",
            help=t("help.responsible_filter"),
            metavar=TEXT,
            show_default=False,
        ),
    ] = None,
    overdue: Annotated[bool, typer.Option("--overdue", help=t("help.overdue"))] = False,
    examples: Annotated[
        bool, typer.Option("--beispiele/--keine-beispiele", help=t("help.examples"))
    ] = True,
    as_of: AsOfHistoryOption = None,
    listing: Annotated[bool, typer.Option("--list", help=t("help.list"))] = False,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help=t("help.status.format"), metavar=FORMAT)
    ] = "table",
    separator: SeparatorOption = ";",
) -> None:
    from ki_concept.progress import GROUPINGS
    from ki_concept.status.command import run_status
    from ki_concept.status.render import RENDERERS

    check_choice(by, GROUPINGS, "--by")
    check_choice(output_format, tuple(RENDERERS), "--format")
    check_separator(separator)
    code = run_status(
        current_run(ctx),
        version_name=version,
        grouping=by,
        statuses=status or [],
        field_id=field_id,
        responsible=responsible,
        overdue_only=overdue,
        examples=examples,
        as_of=parse_date(as_of) or dt.date.today(),
        listing=listing,
        output_format=output_format,
        separator=separator,
    )
    raise typer.Exit(code)


@app.command("show", help=t("help.show"), epilog=t("help.show.example"), cls=Command)
@handle_errors
def show_command(
    ctx: typer.Context,
    item_id: Annotated[str, typer.Argument(help=t("help.item_id"), metavar=ID, show_default=False)],
    version: VersionArg = None,
    as_of: AsOfHistoryOption = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help=t("help.show.format"), metavar=FORMAT)
    ] = "text",
) -> None:
    from ki_concept.show.command import run_show
    from ki_concept.show.render import RENDERERS as SHOW_RENDERERS

    check_choice(output_format, tuple(SHOW_RENDERERS), "--format")
    code = run_show(
        current_run(ctx),
        item_id=item_id,
        version_name=version,
        as_of=parse_date(as_of) or dt.date.today(),
        output_format=output_format,
    )
    raise typer.Exit(code)


@app.command("diff", help=t("help.diff"), epilog=t("help.diff.example"), cls=Command)
@handle_errors
def diff_command(
    ctx: typer.Context,
    old: Annotated[
        str, typer.Argument(help=t("help.diff.old"), metavar=t("metavar.old"), show_default=False)
    ],
    new: Annotated[
        str, typer.Argument(help=t("help.diff.new"), metavar=t("metavar.new"), show_default=False)
    ],
    output_format: Annotated[
        str, typer.Option("--format", "-f", help=t("help.diff.format"), metavar=FORMAT)
    ] = "text",
    ignore: Annotated[
        list[str] | None,
        typer.Option(
            "--ignore", help=t("help.diff.ignore"), metavar=t("metavar.key"), show_default=False
        ),
    ] = None,
    only: Annotated[
        list[str] | None,
        typer.Option(
            "--only", help=t("help.diff.only"), metavar=t("metavar.key"), show_default=False
        ),
    ] = None,
    exit_code: Annotated[bool, typer.Option("--exit-code", help=t("help.diff.exit_code"))] = False,
) -> None:
    from ki_concept.diff.command import run_diff
    from ki_concept.diff.render import RENDERERS as DIFF_RENDERERS

    check_choice(output_format, tuple(DIFF_RENDERERS), "--format")
    code = run_diff(
        current_run(ctx),
        old=old,
        new=new,
        output_format=output_format,
        only=only or [],
        ignore=ignore or [],
        exit_code=exit_code,
    )
    raise typer.Exit(code)


@app.command(
    "set-status",
    help=t("help.edit.set_status"),
    epilog=t("help.edit.set_status.example"),
    cls=Command,
)
@handle_errors
def set_status_command(
    ctx: typer.Context,
    measure_id: Annotated[str, typer.Argument(help=t("help.edit.measure_id"), metavar=ID)],
    status: Annotated[str, typer.Argument(help=t("help.edit.status"), metavar=t("metavar.status"))],
    note: Annotated[
        str | None,
        typer.Option("--note", help=t("help.edit.note"), metavar=TEXT, show_default=False),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option("--date", help=t("help.edit.date"), metavar=DATE, show_default=False),
    ] = None,
    previous_date: Annotated[
        str | None,
        typer.Option("--previous-date", help=t("help.edit.previous_date"), show_default=False),
    ] = None,
    version: EditVersionOption = None,
    dry_run: DryRunOption = False,
) -> None:
    from ki_concept.edit.command import run_set_status

    code = run_set_status(
        current_run(ctx),
        measure_id=measure_id,
        status=status,
        note=note,
        date=parse_date(date),
        previous_date=parse_date(previous_date),
        version=version,
        dry_run=dry_run,
    )
    raise typer.Exit(code)


@app.command("set", help=t("help.edit.set"), epilog=t("help.edit.set.example"), cls=Command)
@handle_errors
def set_command(
    ctx: typer.Context,
    item_id: Annotated[str, typer.Argument(metavar="ID", help=t("help.edit.item_id"))],
    key: Annotated[str, typer.Argument(metavar=t("metavar.key"), help=t("help.edit.key"))],
    values: Annotated[
        list[str] | None,
        typer.Argument(metavar=t("metavar.value"), help=t("help.edit.values"), show_default=False),
    ] = None,
    add: Annotated[bool, typer.Option("--add", help=t("help.edit.add_items"))] = False,
    remove: Annotated[bool, typer.Option("--remove", help=t("help.edit.remove_items"))] = False,
    version: EditVersionOption = None,
    dry_run: DryRunOption = False,
) -> None:
    from ki_concept.edit.command import run_set_value

    if add and remove:
        raise UserError("edit.set.add_and_remove")
    code = run_set_value(
        current_run(ctx),
        item_id=item_id,
        key=key,
        values=values or [],
        mode="add" if add else "remove" if remove else "replace",
        version=version,
        dry_run=dry_run,
    )
    raise typer.Exit(code)


add_app = typer.Typer(name="add", help=t("help.edit.add"), no_args_is_help=True, cls=Group)
app.add_typer(add_app)


@add_app.command(
    "massnahme",
    help=t("help.edit.add_measure"),
    epilog=t("help.edit.add_measure.example"),
    cls=Command,
)
@handle_errors
def add_measure_command(
    ctx: typer.Context,
    field: Annotated[
        str | None,
        typer.Option("--handlungsfeld", help=t("help.edit.field"), metavar=ID, show_default=False),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option("--titel", help=t("help.edit.title"), metavar=TEXT, show_default=False),
    ] = None,
    goals: Annotated[
        list[str] | None,
        typer.Option("--ziel", help=t("help.edit.goal"), metavar=ID, show_default=False),
    ] = None,
    responsible: Annotated[
        str | None,
        typer.Option(
            "--verantwortlich", help=t("help.edit.responsible"), metavar=TEXT, show_default=False
        ),
    ] = None,
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            help=t("help.edit.new_status"),
            metavar=t("metavar.status"),
            show_default=False,
        ),
    ] = None,
    start: Annotated[
        str | None,
        typer.Option("--beginn", help=t("help.edit.start"), metavar=DATE, show_default=False),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option("--ende", help=t("help.edit.end"), metavar=DATE, show_default=False),
    ] = None,
    measure_id: Annotated[
        str | None, typer.Option("--id", help=t("help.edit.id"), show_default=False)
    ] = None,
    description: Annotated[
        str | None,
        typer.Option("--beschreibung", help=t("help.edit.description"), show_default=False),
    ] = None,
    partners: Annotated[
        list[str] | None,
        typer.Option("--partner", help=t("help.edit.partner"), show_default=False),
    ] = None,
    target_groups: Annotated[
        list[str] | None,
        typer.Option("--zielgruppe", help=t("help.edit.target_group"), show_default=False),
    ] = None,
    ongoing: Annotated[bool, typer.Option("--daueraufgabe", help=t("help.edit.ongoing"))] = False,
    former_ids: Annotated[
        list[str] | None,
        typer.Option("--frueher", help=t("help.edit.former"), show_default=False),
    ] = None,
    priorities: Annotated[
        list[str] | None,
        typer.Option("--schwerpunkt", help=t("help.edit.priority"), show_default=False),
    ] = None,
    sources: Annotated[
        list[str] | None,
        typer.Option("--quelle", help=t("help.edit.source"), show_default=False),
    ] = None,
    example: Annotated[
        bool | None,
        typer.Option("--beispiel/--kein-beispiel", help=t("help.edit.example"), show_default=False),
    ] = None,
    resources: Annotated[
        str | None,
        typer.Option("--ressourcen", help=t("help.edit.resources"), show_default=False),
    ] = None,
    version: EditVersionOption = None,
    dry_run: DryRunOption = False,
) -> None:
    from ki_concept.edit.command import run_add_measure

    # Ask for missing required options only when a person is at a terminal.
    ask = (
        (lambda prompt: str(typer.prompt(prompt, default="", show_default=False)))
        if sys.stdin.isatty()
        else None
    )
    code = run_add_measure(
        current_run(ctx),
        field=field,
        title=title,
        goals=goals or [],
        status=status,
        start=parse_date(start),
        example=example,
        measure_id=measure_id,
        responsible=responsible,
        end=parse_date(end),
        description=description,
        partners=partners or [],
        target_groups=target_groups or [],
        ongoing=ongoing,
        former_ids=former_ids or [],
        priorities=priorities or [],
        sources=sources or [],
        resources=resources,
        version=version,
        dry_run=dry_run,
        ask=ask,
    )
    raise typer.Exit(code)


@app.command(
    "new-version",
    help=t("help.edit.new_version"),
    epilog=t("help.edit.new_version.example"),
    cls=Command,
)
@handle_errors
def new_version_command(
    ctx: typer.Context,
    source: Annotated[
        str, typer.Argument(metavar=t("metavar.from"), help=t("help.edit.from_version"))
    ],
    target: Annotated[str, typer.Argument(metavar=t("metavar.to"), help=t("help.edit.to_version"))],
    adopted: Annotated[
        str | None,
        typer.Option(
            "--beschlossen", help=t("help.edit.adopted"), metavar=DATE, show_default=False
        ),
    ] = None,
    dry_run: DryRunOption = False,
) -> None:
    from ki_concept.edit.command import run_new_version

    code = run_new_version(
        current_run(ctx), source=source, target=target, adopted=parse_date(adopted), dry_run=dry_run
    )
    raise typer.Exit(code)


@app.command("init", help=t("help.init"), epilog=t("help.init.example"), cls=Command)
@handle_errors
def init_command(
    ctx: typer.Context,
    folder: Annotated[
        Path | None,
        typer.Argument(help=t("help.init.folder"), metavar=t("metavar.folder"), show_default=False),
    ] = None,
    version: Annotated[
        str | None,
        typer.Option(
            "--version",
            help=t("help.init.version"),
            metavar=t("metavar.version"),
            show_default=t("help.init.version_default"),
        ),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option(
            "--titel",
            help=t("help.init.title"),
            metavar=TEXT,
            show_default=t("init.default_title"),
        ),
    ] = None,
    source: Annotated[
        Path | None,
        typer.Option(
            "--from", help=t("help.init.from"), metavar=t("init.metavar.table"), show_default=False
        ),
    ] = None,
    template: Annotated[bool, typer.Option("--template", help=t("help.init.template"))] = False,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help=t("help.init.output"),
            metavar=t("metavar.file"),
            show_default=False,
        ),
    ] = None,
) -> None:
    from ki_concept.init.command import run_init

    code = run_init(
        current_run(ctx),
        folder=folder,
        version=version,
        title=title,
        source=source,
        template=template,
        output=output,
    )
    raise typer.Exit(code)


@app.command("report", help=t("help.report"), epilog=t("help.report.example"), cls=Command)
@handle_errors
def report_command(
    ctx: typer.Context,
    version: VersionArg = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since", help=t("help.report.since"), metavar=t("metavar.version"), show_default=False
        ),
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", help=t("help.report.format"), metavar=FORMAT, show_default=False
        ),
    ] = None,
    output: OutputOption = None,
    as_of: AsOfHistoryOption = None,
) -> None:
    from ki_concept.report.command import DEFAULT_FORMAT, RENDERERS, SUFFIXES, run_report
    from ki_concept.writing import format_for

    chosen = format_for(output_format, output, SUFFIXES, DEFAULT_FORMAT)
    check_choice(chosen, tuple(RENDERERS), "--format")
    code = run_report(
        current_run(ctx),
        version_name=version,
        since=since,
        output_format=chosen,
        output=output,
        as_of=parse_date(as_of) or dt.date.today(),
    )
    raise typer.Exit(code)


@app.command("export", help=t("help.export"), epilog=t("help.export.example"), cls=Command)
@handle_errors
def export_command(
    ctx: typer.Context,
    version: VersionArg = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", help=t("help.export.format"), metavar=FORMAT, show_default=False
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help=t("help.export.output"),
            metavar=t("metavar.file"),
            show_default=False,
        ),
    ] = None,
    separator: SeparatorOption = ";",
    as_of: AsOfHistoryOption = None,
    for_group: Annotated[
        str | None,
        typer.Option(
            "--for", help=t("help.export.for"), metavar=t("metavar.group"), show_default=False
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=t("help.export.force"))] = False,
) -> None:
    from ki_concept.export.command import DEFAULT_FORMAT, RENDERERS, SUFFIXES, run_export
    from ki_concept.writing import format_for, to_stdout

    if for_group is not None:
        from ki_concept.exchange.layout import GROUP_KINDS
        from ki_concept.export.command import run_export_for

        check_choice(for_group, GROUP_KINDS, "--for")
        if output_format not in (None, "xlsx"):
            raise UserError("export.for.only_xlsx", format=output_format)
        if to_stdout(output):
            raise UserError("export.for.needs_folder")
        assert output is not None
        raise typer.Exit(
            run_export_for(
                current_run(ctx),
                version_name=version,
                kind=for_group,
                folder=output,
                force=force,
                as_of=parse_date(as_of) or dt.date.today(),
            )
        )
    chosen = format_for(output_format, output, SUFFIXES, DEFAULT_FORMAT)
    check_choice(chosen, tuple(RENDERERS), "--format")
    check_separator(separator)
    code = run_export(
        current_run(ctx),
        version_name=version,
        output_format=chosen,
        output=output,
        separator=separator,
        as_of=parse_date(as_of) or dt.date.today(),
    )
    raise typer.Exit(code)


@app.command("import", help=t("help.import"), epilog=t("help.import.example"), cls=Command)
@handle_errors
def import_command(
    ctx: typer.Context,
    files: Annotated[
        list[Path],
        typer.Argument(help=t("help.import.files"), metavar=t("metavar.file"), show_default=False),
    ],
    version: EditVersionOption = None,
    dry_run: DryRunOption = False,
    force: Annotated[bool, typer.Option("--force", help=t("help.import.force"))] = False,
) -> None:
    from ki_concept.exchange.command import run_import

    code = run_import(current_run(ctx), files=files, version=version, dry_run=dry_run, force=force)
    raise typer.Exit(code)


@app.command("schema", help=t("help.schema"), epilog=t("help.schema.example"), cls=Command)
@handle_errors
def schema_command(
    ctx: typer.Context,
    target: Annotated[
        str,
        typer.Option("--target", help=t("help.schema.target"), metavar=t("metavar.schema_target")),
    ] = "handlungsfeld",
    output: OutputOption = None,
) -> None:
    from ki_concept.schema.build import TARGETS
    from ki_concept.schema.command import run_schema

    check_choice(target, TARGETS, "--target")
    raise typer.Exit(run_schema(target=target, output=output))
