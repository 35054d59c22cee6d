"""How the command line reads a call and talks about it, in the user's language.

``cli.py`` declares the commands; the classes here are the command classes typer builds
them with (``cls=``). They add what typer does not offer:

- The global options ``--root``, ``--lang`` and ``--max-bytes`` work after the command
  name as well as before it. A command takes them out of its arguments before parsing,
  knowing which of its own options take a value, so ``--note --root`` stays a note.
  Given twice, the later one wins (``ki-concept --root A status --root B`` reads B).
- Usage errors (an unknown option, a missing argument, an option without its value, extra
  arguments, an unknown command) are rendered by :meth:`Group.main` from the exception's
  attributes, as German or English text with the usage line and where to find help.
- Help is laid out here (``render_help``), in two columns that stay readable at 80
  columns: every word of it in the user's language, and words instead of type names for
  values (a flag shows none, other values ``WERT`` unless the option names its own).

Typer exports no classes for click's usage errors; they are told apart by class name
(``NoSuchOption``, ``MissingParameter``, …), as typer itself does for ``NoArgsIsHelpError``.
"""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import typer
from typer.core import TyperCommand, TyperGroup

from ki_concept.errors import UserError
from ki_concept.i18n import parse_language, set_language, t

GLOBAL_OPTIONS = ("--root", "--lang", "--max-bytes")


class CallError(UserError):
    """A wrong call found while reading the arguments: shown with the usage line."""

    def __init__(self, ctx: Any, message_key: str, /, **params: object) -> None:
        super().__init__(message_key, **params)
        self.ctx = ctx


@dataclass
class GlobalOptions:
    """The options of every command, wherever they were given; the later one wins."""

    root: Path | None = None
    max_bytes: str | None = None

    def take(self, name: str, value: str) -> None:
        """Take ``--root``, ``--lang`` or ``--max-bytes`` with its value; UserError if bad."""
        if name == "--root":
            self.root = Path(value)
        elif name == "--lang":
            chosen = parse_language(value)
            if chosen is None:
                raise UserError("cli.bad_choice", value=value, option="--lang", choices="de, en")
            set_language(chosen)
        elif name == "--max-bytes":
            from ki_concept.reading.source import parse_size

            try:
                parse_size(value)
            except ValueError:
                raise UserError("cli.bad_size", value=value) from None
            self.max_bytes = value


@dataclass
class _Split:
    """A command's arguments with the global options it does not declare taken out."""

    taken: list[tuple[str, str | None]] = field(default_factory=list)
    rest: list[str] = field(default_factory=list)
    has_command: bool = False


def _split(args: Sequence[str], params: Sequence[Any], *, group: bool) -> _Split:
    """Take out the global options ``params`` do not declare, up to ``--``.

    A group stops at its subcommand's name: the subcommand takes out what follows. A valid
    ``--lang`` switches the language at once, so that a usage error found while parsing
    is already in that language.
    """
    own: set[str] = set()
    with_value: set[str] = set()
    for param in params:
        names = [*param.opts, *param.secondary_opts]
        own.update(names)
        is_option = param.param_type_name == "option"
        if is_option and not getattr(param, "is_flag", False) and not getattr(param, "count", 0):
            with_value.update(names)
    wanted = {name for name in GLOBAL_OPTIONS if name not in own}
    split = _Split()
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--":
            split.rest.extend(args[index:])
            split.has_command = split.has_command or index + 1 < len(args)
            break
        name, equals, inline = arg.partition("=")
        value = inline if equals else (args[index + 1] if index + 1 < len(args) else None)
        if name == "--lang" and value is not None and (chosen := parse_language(value)):
            set_language(chosen)
        if name in wanted:
            split.taken.append((name, value))
            index += 1 if equals or value is None else 2
            continue
        split.rest.append(arg)
        index += 1
        if arg in with_value and index < len(args):
            split.rest.append(args[index])  # the value of one of its own options
            index += 1
        elif group and (arg == "-" or not arg.startswith("-")):
            split.rest.extend(args[index:])
            split.has_command = True
            break
    return split


@contextmanager
def _in_context(ctx: Any) -> Iterator[None]:
    """Give a usage error raised without its context this one, for the usage line."""
    try:
        yield
    except Exception as exc:
        if getattr(exc, "ctx", ctx) is None:
            exc.ctx = ctx  # type: ignore[attr-defined]
        raise


def _take_global_options(ctx: Any, taken: list[tuple[str, str | None]]) -> None:
    if not taken or ctx.resilient_parsing:
        return
    root = ctx.find_root()
    if not isinstance(root.obj, GlobalOptions):
        root.obj = GlobalOptions()
    for name, value in taken:
        if value is None:
            raise CallError(ctx, "cli.usage.needs_value", option=name)
        root.obj.take(name, value)


# --- help ------------------------------------------------------------------------------------

_COMPLETION_OPTIONS = ("install_completion", "show_completion")


def _help_text(param: Any, help_option: Any) -> str:
    if param is help_option:
        return t("cli.help.help_option")
    if param.name in _COMPLETION_OPTIONS:
        return t(f"cli.help.{param.name}")
    return " ".join((param.help or "").split())


def _default_text(param: Any) -> str:
    """``[Standard: …]`` for an option whose default is worth saying, else nothing."""
    shown = param.show_default
    if isinstance(shown, str):
        return t("cli.help.default").format(shown)
    default = param.default
    if not shown or default is None or default is False or default in ((), []):
        return ""
    if getattr(param, "is_flag", False):
        if not param.secondary_opts:
            return ""
        switch = param.opts[0] if default else param.secondary_opts[0]
        return t("cli.help.default").format(switch.lstrip("-"))
    return t("cli.help.default").format(default)


def _argument_name(param: Any) -> str:
    return str(param.metavar or (param.name or "").upper())


def _names(param: Any) -> str:
    """The option's names and the word for its value: ``--format, -f FORMAT``."""
    if param.param_type_name == "argument":
        return _argument_name(param) + ("..." if param.nargs != 1 else "")
    names = sorted(param.opts, key=lambda name: not name.startswith("--"))
    text = ", ".join(names)
    if not getattr(param, "is_flag", False):
        text += " " + (param.metavar or t("metavar.value"))
    if param.secondary_opts:  # the other switch of a pair, on its own line
        text += "\n" + ", ".join(param.secondary_opts)
    return text


def _panel(title: str, rows: list[tuple[str, str]]) -> Any:
    from rich.panel import Panel
    from rich.table import Table

    table = Table(box=None, show_header=False, expand=True, padding=(0, 1), pad_edge=False)
    table.add_column(no_wrap=True, style="bold")
    table.add_column(ratio=1)
    for name, text in rows:
        table.add_row(name, text)
    return Panel(table, title=title, title_align="left", border_style="dim")


def render_help(command: Any, ctx: Any, commands: list[tuple[str, str]]) -> str:
    """The help of ``command`` as text for the terminal, laid out for its width.

    Two columns: the names with the word for the value, which never wrap, and the help.
    Values show words (``DATUM``, ``WERT``), never type names; a flag shows none.
    """
    from rich.padding import Padding

    from ki_concept.terminal import text_console, use_color, width

    console = text_console(width(), use_color())
    console.print(Padding(command.get_usage(ctx), 1))
    for paragraph in inspect.cleandoc(command.help or "").split("\n\n"):
        if paragraph.strip():
            console.print(Padding(" ".join(paragraph.split()), (0, 1, 1, 1)))
    help_option = command.get_help_option(ctx)
    arguments: list[tuple[str, str]] = []
    options: list[tuple[str, str]] = []
    for param in command.get_params(ctx):
        if getattr(param, "hidden", False):
            continue
        marks = [_help_text(param, help_option)]
        if param.param_type_name == "argument":
            if param.required:
                marks.append(t("cli.help.required"))
            arguments.append((_names(param), " ".join(m for m in marks if m)))
        else:
            marks.append(_default_text(param))
            options.append((_names(param), " ".join(m for m in marks if m)))
    for title, rows in (
        (t("cli.panel.arguments"), arguments),
        (t("cli.panel.options"), options),
        (t("cli.panel.commands"), commands),
    ):
        if rows:
            console.print(_panel(title, rows))
    for paragraph in inspect.cleandoc(command.epilog or "").split("\n\n"):
        if paragraph.strip():
            console.print(Padding(" ".join(paragraph.split()), (1, 1, 0, 1)))
    out = console.file.getvalue()  # type: ignore[attr-defined]
    return "".join(line.rstrip() + "\n" for line in out.splitlines())


def _usage_pieces(command: Any, ctx: Any) -> list[str]:
    """``[OPTIONEN]`` and the arguments: ``ID`` when required, ``[VERSION]`` when not."""
    pieces = [t("cli.usage.options")]
    for param in command.get_params(ctx):
        if param.param_type_name == "argument":
            name = _argument_name(param)
            piece = name if param.required else f"[{name}]"
            pieces.append(piece + ("..." if param.nargs != 1 else ""))
    return pieces


def _write_usage(ctx: Any, formatter: Any, pieces: list[str]) -> None:
    formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=t("cli.usage.prefix"))


class Command(TyperCommand):
    """A command: global options anywhere, help and usage errors in the user's language."""

    # Extra arguments are reported by parse_args below, in the user's language.
    allow_extra_args = True

    def __init__(self, *args: Any, epilog: str | None = None, **kwargs: Any) -> None:
        note = t("cli.help.global_options")
        super().__init__(*args, epilog=f"{epilog}\n\n{note}" if epilog else note, **kwargs)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        split = _split(args, self.get_params(ctx), group=False)
        _take_global_options(ctx, split.taken)
        with _in_context(ctx):
            rest = super().parse_args(ctx, split.rest)
        if rest and not ctx.resilient_parsing:
            raise CallError(ctx, "cli.usage.extra_arguments", arguments=" ".join(rest))
        return rest

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return _usage_pieces(self, ctx)

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        _write_usage(ctx, formatter, self.collect_usage_pieces(ctx))

    def format_help(self, ctx: Any, formatter: Any) -> None:
        formatter.write(render_help(self, ctx, []))


class Group(TyperGroup):
    """A group of commands, as :class:`Command`; its ``main`` renders every usage error."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        split = _split(args, self.get_params(ctx), group=True)
        _take_global_options(ctx, split.taken)
        with _in_context(ctx):
            rest = super().parse_args(ctx, split.rest)
        if args and not split.has_command and not ctx.resilient_parsing:
            raise CallError(ctx, "cli.usage.missing_command", commands=self._names(ctx))
        return rest

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = args[0] if args else ""
        known = name.startswith("-") or self.get_command(ctx, name) is not None
        if not known and not ctx.resilient_parsing:
            from ki_concept.matching import close_matches

            similar = close_matches(name, self.list_commands(ctx))
            if similar:
                raise CallError(
                    ctx, "cli.usage.no_such_command_similar", name=name, similar=similar[0]
                )
            raise CallError(ctx, "cli.usage.no_such_command", name=name, commands=self._names(ctx))
        return super().resolve_command(ctx, args)

    def _names(self, ctx: Any) -> str:
        return ", ".join(self.list_commands(ctx))

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [*_usage_pieces(self, ctx), t("cli.usage.command")]

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        _write_usage(ctx, formatter, self.collect_usage_pieces(ctx))

    def format_help(self, ctx: Any, formatter: Any) -> None:
        commands = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                first = inspect.cleandoc(command.help or "").split("\n\n")[0]
                commands.append((name, " ".join(first.split())))
        formatter.write(render_help(self, ctx, commands))

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        """Run, and end the process as click's standalone mode does, with our messages."""
        settings = {"windows_expand_args": windows_expand_args, **extra}
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **settings)
        try:
            result = super().main(args, prog_name, complete_var, False, **settings)
        except typer.Abort:
            _stop(t("cli.aborted"), 1)
        except CallError as exc:
            _stop(_with_usage(exc.message, exc.ctx), exc.exit_code)
        except UserError as exc:
            _stop(t("cli.error_prefix") + exc.message, exc.exit_code)
        except Exception as exc:
            kinds = {kind.__name__ for kind in type(exc).__mro__}
            if "UsageError" not in kinds:
                raise
            exit_code = getattr(exc, "exit_code", 2)
            if "NoArgsIsHelpError" in kinds:  # no arguments at all: the message is the help
                _stop(getattr(exc, "message", ""), exit_code)
            ctx = getattr(exc, "ctx", None)
            _stop(_with_usage(describe_usage_error(exc, kinds), ctx), exit_code)
        sys.exit(result if isinstance(result, int) else 0)


def _stop(text: str, code: int) -> NoReturn:
    if text:
        sys.stderr.write(text.rstrip("\n") + "\n")
    sys.exit(code)


def _with_usage(message: str, ctx: Any) -> str:
    lines = [t("cli.error_prefix") + message]
    if ctx is not None:
        lines.append(ctx.get_usage())
        lines.append(t("cli.usage.help_hint", command=ctx.command_path))
    return "\n".join(lines)


def _param_name(param: Any) -> str:
    if param.param_type_name == "argument":
        return _argument_name(param)
    return " / ".join(param.opts)


def _say(message_key: str, **params: object) -> str:
    """A message with its values shown safely, as for every UserError."""
    return UserError(message_key, **params).message


def describe_usage_error(exc: Any, kinds: set[str]) -> str:
    """The message for one of click's usage errors, from its attributes."""
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else "ki-concept"
    param = getattr(exc, "param", None)
    if "NoSuchOption" in kinds:
        similar = sorted(getattr(exc, "possibilities", None) or [])
        if similar:
            return _say(
                "cli.usage.no_such_option_similar",
                option=exc.option_name,
                command=command,
                similar=", ".join(similar),
            )
        message = _say("cli.usage.no_such_option", option=exc.option_name, command=command)
        if re.fullmatch(r"-[^-]\S*|-\d.*", exc.option_name or ""):
            # '-20 %' as a value: click reads it as short options.
            message += " " + _say("cli.usage.value_with_dash", command=command)
        return message
    if "MissingParameter" in kinds and param is not None:
        kind = "argument" if param.param_type_name == "argument" else "option"
        return _say(f"cli.usage.missing_{kind}", name=_param_name(param))
    if "BadOptionUsage" in kinds:
        option = exc.option_name
        owner = ctx.command.get_params(ctx) if ctx is not None else []
        flag = any(option in p.opts and getattr(p, "is_flag", False) for p in owner)
        return _say("cli.usage.takes_no_value" if flag else "cli.usage.needs_value", option=option)
    if "BadParameter" in kinds:
        hint = getattr(exc, "param_hint", None)
        if isinstance(hint, (list, tuple)):
            hint = " / ".join(hint)
        name = hint or (_param_name(param) if param is not None else "?")
        return _say("cli.usage.bad_value", name=name, detail=exc.message)
    # Any other usage error keeps the library's own words.
    return _say("cli.usage.other", detail=getattr(exc, "message", str(exc)))
