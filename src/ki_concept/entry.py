"""Console entry point: pick the language before the CLI builds its help texts."""

from __future__ import annotations

import gc
import os
import sys
import types
from typing import NoReturn

from ki_concept.i18n import parse_language, set_language


def prescan_language(argv: list[str]) -> list[str]:
    """Honour ``--lang`` wherever it stands, so help and errors use it too.

    A valid ``--lang`` after the subcommand is taken out of the arguments, so
    ``ki-concept validate --lang en`` works like ``ki-concept --lang en validate``.
    """
    rest: list[str] = []
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--":
            rest += argv[index:]
            break
        value = None
        if arg == "--lang" and index + 1 < len(argv):
            value, step = argv[index + 1], 2
        elif arg.startswith("--lang="):
            value, step = arg.split("=", 1)[1], 1
        chosen = parse_language(value) if value is not None else None
        if chosen is None:
            rest.append(arg)
            index += 1
            continue
        set_language(chosen)
        index += step
    return rest


def tune_process() -> None:
    """Settings for one short run of the command line.

    A run builds one large, acyclic structure (the concept) and exits: the cyclic garbage
    collector would only walk it again and again (a third of the time of ``validate`` on a
    large concept); reference counting still frees memory. ki-concept uses no pydantic
    plugins, and looking for them scans every installed package's metadata on each run.
    """
    gc.disable()
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    skip_plugin_discovery()


# The values of PYDANTIC_DISABLE_PLUGINS for which pydantic looks for no plugin at all.
_NO_PLUGINS = ("__all__", "1", "true")


def _no_plugins() -> tuple[()]:
    """pydantic's ``get_plugins`` when plugins are switched off: none."""
    return ()


def skip_plugin_discovery() -> None:
    """Answer pydantic's question for plugins without importing ``importlib.metadata``.

    pydantic's plugin loader imports ``importlib.metadata`` (15 ms, as much as all of
    ki-concept's own modules) when the first model is built, only to find plugin entry
    points, which PYDANTIC_DISABLE_PLUGINS has switched off. With plugins off, a module
    whose ``get_plugins`` returns what pydantic's returns then stands in for the loader.
    tests/test_perf_paths.py checks that pydantic asks the loader for nothing else.
    """
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in _NO_PLUGINS:
        return
    if "pydantic.plugin._loader" in sys.modules:
        return
    loader = types.ModuleType("pydantic.plugin._loader", _no_plugins.__doc__)
    loader.get_plugins = _no_plugins  # type: ignore[attr-defined]
    sys.modules["pydantic.plugin._loader"] = loader


def exit_now(code: object) -> NoReturn:
    """End the process with ``code`` (as ``sys.exit`` takes it) once the output is out.

    Tearing the interpreter down frees every object of the concept and of each imported
    library one by one, about a tenth of a run; the operating system frees it all at once.
    Nothing ki-concept uses needs an exit handler; a debugger, profiler or coverage tool
    does, so with one of them attached the process ends the ordinary way.
    """
    if sys.gettrace() is not None or sys.getprofile() is not None:
        sys.exit(code)  # type: ignore[arg-type]
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:
        sys.stderr.write(f"{code}\n")
        status = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # e.g. the reading end of a pipe is gone; Python reports this as 120
        status = 120
    os._exit(status)


def main() -> None:
    tune_process()
    args = prescan_language(sys.argv[1:])
    from ki_concept.cli import app

    try:
        app(args=args, prog_name="ki-concept")
    except SystemExit as done:
        exit_now(done.code)
    exit_now(0)
