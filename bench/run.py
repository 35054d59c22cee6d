"""The performance benchmark: whole-process runs of ki-concept against a floor and a peer.

Run from the repository root::

    .venv/bin/python bench/run.py

It generates synthetic concepts into a temporary folder (``bench/generate.py``), runs every
case as a separate process several times (round-robin, so a burst of load on a shared
machine hits all cases alike), and prints one table: the median wall time of each case, its
peak memory, the ratio that the target is stated in, the target, and whether it is met.
Absolute times are noise on a shared machine; the ratios, measured in the same run, count.

Peak memory is the child's maximum resident set size as reported by ``os.wait4`` for that
one process (``ru_maxrss``), the largest over all runs of the case.

Every measured run is cold: ki-concept keeps no cache between runs (``KI_CONCEPT_CACHE`` is
set to ``off`` in case one is ever added). One warm-up run of each case before the
measurements compiles byte code (into the benchmark's own ``PYTHONPYCACHEPREFIX``) and fills
the operating system's file cache, for every case alike, and checks that each case succeeds.

Exit status: 0 when every target is met, 1 when one is missed or its case did not run
(0 with ``--no-fail``), 2 when the floor, ``validate`` or the peer could not run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import generate

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "concept"
FLOOR_IMPORTS = "import typer, rich, pydantic, ruamel.yaml"
TYPER_FLOOR = Path(__file__).resolve().parent / "typer_floor.py"
# Rows shown for context, without a target: their ratio is to the floor.
REFERENCES = {"typer_help", "typer_status"}


@dataclass
class Case:
    """One command line, run as its own process."""

    key: str
    label: str
    argv: list[str]
    expect: tuple[int, ...] = (0,)
    times: list[float] = field(default_factory=list)
    peaks_kib: list[int] = field(default_factory=list)
    skipped: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def peak_mb(self) -> float:
        return max(self.peaks_kib) / 1024


@dataclass(frozen=True)
class Target:
    """A ratio between cases and the limit it must keep."""

    case: str
    text: str
    ratio: Callable[[dict[str, Case]], float]
    limit: float
    at_least: bool = False
    unit: str = "×"

    def met(self, value: float) -> bool:
        return value >= self.limit if self.at_least else value <= self.limit


def _over(case: str, reference: str) -> Callable[[dict[str, Case]], float]:
    return lambda c: c[case].median / c[reference].median


TARGETS = (
    Target("help", "≤ 1.8 × floor", _over("help", "floor"), 1.8),
    Target("status", "≤ 2.5 × floor", _over("status", "floor"), 2.5),
    Target("validate_300", "≤ 2.5 × floor", _over("validate_300", "floor"), 2.5),
    Target("set_status", "≤ 2 × validate", _over("set_status", "validate"), 2.0),
    Target(
        "validate",
        "≥ 8 × faster than peer",
        _over("peer", "validate"),
        8.0,
        at_least=True,
    ),
    Target(
        "validate_quiet",
        "validate ≤ 1.6 × this",
        _over("validate", "validate_quiet"),
        1.6,
    ),
    Target("validate_2x", "≤ 2.2 × validate", _over("validate_2x", "validate"), 2.2),
    Target("memory", "≤ 150 MB", lambda c: c["validate"].peak_mb, 150.0, unit=" MB"),
)
# Before any measure of the generated concepts begins: nothing is overdue, no warning.
QUIET_DATE = "2013-12-31"


def tool(name: str) -> str:
    """A console script installed beside this interpreter (the project's venv)."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"bench: '{name}' not found; install with: pip install -e '.[bench]'")
    return found


def child_env(work: Path) -> dict[str, str]:
    """The user's environment without ki-concept settings, and with any cache off.

    Byte code is compiled once (in the warm-up run) into a folder of the benchmark, as an
    installed copy has it; ``PYTHONDONTWRITEBYTECODE`` would make every run compile every
    module of an editable install again, which no installed copy does.
    """
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("KI_CONCEPT_") and k != "PYTHONDONTWRITEBYTECODE"
    }
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    env["KI_CONCEPT_CACHE"] = "off"
    env["NO_COLOR"] = "1"
    return env


def run_once(argv: Sequence[str], env: dict[str, str]) -> tuple[float, int, int]:
    """Wall seconds, peak RSS in KiB and exit status of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=REPO
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss, proc.returncode


def reader_note(env: dict[str, str]) -> str:
    """Which parser feeds the YAML reader: libyaml, or ruamel's pure-Python parser."""
    code = "from ki_concept.reading.source import fast_parser_available as f; print(f())"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    if done.stdout.strip() == "True":
        return "YAML parser: libyaml (ruamel.yaml.clib)"
    return "YAML parser: ruamel's pure-Python parser (ruamel.yaml.clib is not installed)"


def check_runs(case: Case, env: dict[str, str]) -> str:
    """One warm-up run; an explanation when the case does not work."""
    done = subprocess.run(case.argv, capture_output=True, text=True, env=env, cwd=REPO)
    if done.returncode in case.expect:
        return ""
    tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
    return f"exit {done.returncode}: " + " / ".join(tail)


def prepare(work: Path, measures: int, seed: int) -> tuple[dict[str, Path], list[str]]:
    """Generate the concepts and the peer's schema; returns folders and notes."""
    size = generate.Size(measures=measures)
    base, revised = generate.generate(work / "base", size, seed, revised=True)
    (double,) = generate.generate(work / "double", generate.Size(measures=2 * measures), seed)
    (realistic,) = generate.generate(
        work / "realistic", generate.Size(measures=300, fields=8, goals=5), seed
    )
    schema = work / "handlungsfeld.schema.json"
    code = (
        "import json, sys; from ki_concept.models import Handlungsfeld; "
        "json.dump(Handlungsfeld.model_json_schema(by_alias=True), sys.stdout)"
    )
    schema.write_text(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout,
        encoding="utf-8",
    )
    folders = (("base", base), ("revised", revised), ("double", double), ("300", realistic))
    notes = [
        f"{label}: {folder} ({generate.yaml_bytes(folder) / 1e6:.2f} MB of YAML)"
        for label, folder in folders
    ]
    paths = {"base": base, "revised": revised, "double": double, "realistic": realistic}
    return {**paths, "schema": schema}, notes


def first_measure(folder: Path) -> str:
    """The id of the first measure of the version's first field file."""
    first = sorted((folder / "handlungsfelder").glob("*.yaml"))[0]
    text = first.read_text("utf-8")
    found = re.search(r"^massnahmen:.*\n(?:[ ]*#.*\n)*  - id: (\S+)", text, re.M)
    if found is None:
        raise SystemExit(f"bench: no measure in {first}")
    return found.group(1)


def cases(paths: dict[str, Path], measures: int) -> list[Case]:
    ki = tool("ki-concept")
    base, double, realistic = paths["base"], paths["double"], paths["realistic"]
    field_files = sorted(str(p) for p in (base / "handlungsfelder").glob("*.yaml"))
    n, n2 = f"{measures:,}", f"{2 * measures:,}"
    root = ["--root", str(base.parent)]
    return [
        Case("floor", f'floor: python -c "{FLOOR_IMPORTS}"', [sys.executable, "-c", FLOOR_IMPORTS]),
        Case(
            "typer_help",
            "reference: empty Typer app --help",
            [sys.executable, str(TYPER_FLOOR), "--help"],
        ),
        Case(
            "typer_status",
            "reference: empty Typer app status",
            [sys.executable, str(TYPER_FLOOR), "status"],
        ),
        Case("help", "ki-concept --help", [ki, "--help"]),
        Case(
            "status", "ki-concept status (bundled concept)", [ki, "--root", str(BUNDLED), "status"]
        ),
        Case(
            "validate_300",
            "ki-concept validate (300 measures)",
            [ki, "--root", str(realistic.parent), "validate"],
        ),
        Case(
            "validate",
            f"ki-concept validate ({n} measures, most overdue)",
            [ki, *root, "validate", base.name],
        ),
        Case(
            "validate_quiet",
            f"ki-concept validate ({n} measures, --as-of {QUIET_DATE})",
            [ki, *root, "validate", base.name, "--as-of", QUIET_DATE],
        ),
        Case(
            "set_status",
            f"ki-concept set-status --dry-run ({n} measures)",
            [
                *(ki, *root, "set-status", first_measure(base), "entfallen"),
                *("--version", base.name, "--date", "2025-01-01", "--dry-run"),
            ],
        ),
        Case(
            "peer",
            f"peer: check-jsonschema ({n} measures)",
            [tool("check-jsonschema"), "--schemafile", str(paths["schema"]), *field_files],
        ),
        Case(
            "diff",
            f"ki-concept diff ({n} ↔ {n} measures)",
            [ki, *root, "diff", base.name, paths["revised"].name],
        ),
        Case(
            "validate_2x",
            f"ki-concept validate ({n2} measures)",
            [ki, "--root", str(double.parent), "validate", double.name],
        ),
    ]


def measure(all_cases: list[Case], runs: int, env: dict[str, str]) -> None:
    live = [c for c in all_cases if not c.skipped]
    for round_ in range(runs):
        for case in live:
            seconds, peak, code = run_once(case.argv, env)
            if code not in case.expect:
                case.skipped = f"exit {code} in run {round_ + 1}"
                live.remove(case)
                continue
            case.times.append(seconds)
            case.peaks_kib.append(peak)


def table(all_cases: list[Case]) -> tuple[list[list[str]], bool]:
    """Rows of the table and whether every target is met."""
    by_key = {c.key: c for c in all_cases}
    targets = {t.case: t for t in TARGETS}
    rows = [["case", "median s", "peak MB", "ratio", "target", "met"]]
    all_met = True

    def target_cells(target: Target) -> list[str]:
        nonlocal all_met
        try:
            value = target.ratio(by_key)
        except (ValueError, statistics.StatisticsError):
            all_met = False
            return ["—", target.text, "no (not measured)"]
        met = target.met(value)
        all_met = all_met and met
        shown = f"{value:.0f}{target.unit}" if target.unit != "×" else f"{value:.2f}×"
        return [shown, target.text, "yes" if met else "NO"]

    for case in all_cases:
        if case.skipped:
            rows.append(
                [
                    case.label,
                    "—",
                    "—",
                    "—",
                    targets[case.key].text if case.key in targets else "",
                    f"not run ({case.skipped})",
                ]
            )
            all_met = all_met and case.key not in targets
            continue
        cells = [case.label, f"{case.median:.3f}", f"{case.peak_mb:.0f}"]
        if case.key in targets:
            cells += target_cells(targets[case.key])
        elif case.key in REFERENCES and by_key["floor"].times:
            cells += [f"{case.median / by_key['floor'].median:.2f}×", "(÷ floor, no target)", ""]
        else:
            cells += ["—", "", ""]
        rows.append(cells)
    memory = targets["memory"]
    rows.append([f"peak memory of {by_key['validate'].label}", "", "", *target_cells(memory)])
    return rows, all_met


def render(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    numeric = {1, 2, 3}
    lines = []
    for index, row in enumerate(rows):
        cells = [
            cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="ki-concept performance benchmark")
    parser.add_argument("--runs", type=int, default=15, help="measured runs per case (median)")
    parser.add_argument("--measures", type=int, default=6000, help="measures in the base case")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-fail", action="store_true", help="exit 0 even if a target is missed")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument("--json", type=Path, help="also write the raw timings to this file")
    args = parser.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="ki-concept-bench-"))
    try:
        paths, notes = prepare(work, args.measures, args.seed)
        all_cases = cases(paths, args.measures)
        env = child_env(work)
        print(
            f"ki-concept benchmark: {args.runs} runs per case, {os.cpu_count()} CPUs, "
            f"Python {sys.version.split()[0]}"
        )
        for note in notes:
            print("  " + note)
        print("  " + reader_note(env))
        for case in all_cases:
            case.skipped = check_runs(case, env)
        measure(all_cases, args.runs, env)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)

    rows, all_met = table(all_cases)
    print()
    print(render(rows))
    print()
    print(
        "ratio: this case ÷ the case named in its target (validate: peer ÷ validate; "
        "the quiet validate: validate ÷ quiet); peak MB: largest ru_maxrss over the runs."
    )
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    c.key: {
                        "label": c.label,
                        "times": c.times,
                        "peak_kib": c.peaks_kib,
                        "skipped": c.skipped,
                    }
                    for c in all_cases
                },
                indent=1,
            ),
            encoding="utf-8",
        )
    if any(c.skipped for c in all_cases if c.key in {"floor", "validate", "peer"}):
        return 2
    if all_met or args.no_fail:
        return 0
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
