"""The command line: ``newsfigures build | validate | annotate | extract | explore`` (also ``python -m newsfigures``).

Exit codes: 0 success; 1 the package is invalid; 2 bad command line; 3 bad input (a seed, a
sidecar, an annotation, a missing directory); 4 the output cannot be written; 130 interrupted.
Errors are one line ``path:line: reason`` on stderr; ``--debug`` adds the traceback.
"""

from __future__ import annotations

import argparse
import csv
import json
import signal
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .errors import (
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_OUTPUT,
    InputError,
    Interrupted,
    OutputError,
)

PROGRESS_EVERY = 25  # sources between two progress lines on stderr


def parser() -> argparse.ArgumentParser:
    """The argument parser of the three commands."""
    p = argparse.ArgumentParser(prog="newsfigures", description=__doc__.split("\n")[0])
    p.add_argument("--version", action="version", version=f"newsfigures {__version__}")
    p.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    # --debug is also accepted after the command (``newsfigures build --debug``).
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks of errors")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser(
        "build", parents=[common], help="build the data package from the seed articles, validate it, swap it in"
    )
    b.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of *.txt articles (default: seeds)")
    b.add_argument("--out", type=Path, default=Path("datapackage"), help="package folder (default: datapackage)")
    b.add_argument(
        "--strict",
        action="store_true",
        help="require a reviewed annotation for every money, percent and count figure (the published package)",
    )
    b.add_argument("--quiet", action="store_true", help="no progress or summary on stderr")

    v = sub.add_parser("validate", parents=[common], help="run Frictionless validation and the project's own checks")
    v.add_argument("package", nargs="?", type=Path, default=Path("datapackage"), help="package folder")

    a = sub.add_parser(
        "annotate",
        parents=[common],
        help="write the annotation entries a reviewer confirms, from the automatic values, into seeds/NAME.annotations.toml",
    )
    a.add_argument("seeds", nargs="+", type=Path, help="seed articles (seeds/NAME.txt)")

    e = sub.add_parser(
        "extract", parents=[common], help="print the figures and dates found in text files, writing no package"
    )
    e.add_argument("files", nargs="+", help="text files, or - for standard input")
    e.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    e.add_argument("--published", help="publication date YYYY-MM-DD to resolve year-less and relative dates")

    x = sub.add_parser("explore", parents=[common], help="write a static site showing every figure in its article")
    x.add_argument("package", nargs="?", type=Path, default=Path("datapackage"), help="package folder")
    x.add_argument("--out", type=Path, help="site folder (default: explore/ beside the package)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; map errors to their exit codes."""
    args = parser().parse_args(argv)
    # `kill` (SIGTERM) cleans up like Ctrl-C; only the main thread may set a handler.
    previous = (
        signal.signal(signal.SIGTERM, _terminate) if threading.current_thread() is threading.main_thread() else None
    )
    try:
        if args.command == "build":
            return cmd_build(args)
        if args.command == "validate":
            return cmd_validate(args)
        if args.command == "explore":
            return cmd_explore(args)
        if args.command == "annotate":
            return cmd_annotate(args)
        return cmd_extract(args)
    except InputError as exc:
        return fail(exc, args.debug, EXIT_INPUT)
    except OutputError as exc:
        return fail(exc, args.debug, EXIT_OUTPUT)
    except KeyboardInterrupt as exc:
        if isinstance(exc, Interrupted) and exc.replaced:
            print(
                f"newsfigures: interrupted after the new package was swapped in; {exc.path} is complete",
                file=sys.stderr,
            )
        elif args.command == "build":
            print("newsfigures: interrupted; the previous package is unchanged", file=sys.stderr)
        else:
            print("newsfigures: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except OSError as exc:
        if args.command != "extract":
            raise
        # writing standard output failed (a full disk, /dev/full): the output is not written
        _silence_stdout()
        return fail(OutputError("<stdout>", f"cannot write: {exc.strerror or exc}"), args.debug, EXIT_OUTPUT)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so that Python's flush at exit does not fail a second time."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    except OSError:  # pragma: no cover - no /dev/null
        pass


def _terminate(signum: int, frame: Any) -> None:
    """SIGTERM handler: unwind like Ctrl-C, so that a build removes its temporary folder."""
    raise KeyboardInterrupt


def fail(exc: Exception, debug: bool, code: int) -> int:
    """Print an error as one line (with the traceback under --debug) and return its exit code."""
    if debug:
        import traceback

        traceback.print_exception(exc)
    print(f"newsfigures: error: {exc}", file=sys.stderr)
    return code


def cmd_build(args: argparse.Namespace) -> int:
    """Build, validate and swap in the package."""
    from .package.tables import build_tables
    from .package.validate import validate_package
    from .package.write import render, write_package
    from .sources import read_sources

    t0 = time.perf_counter()
    say = (lambda msg: None) if args.quiet else (lambda msg: print(msg, file=sys.stderr))
    sources = read_sources(args.seeds)
    out = args.out.absolute()
    if out.is_symlink():  # build into the folder the link names, and keep the link (never a stray one)
        out = out.resolve()

    def progress(n: int, total: int, source: Any) -> None:
        if total > PROGRESS_EVERY and (n % PROGRESS_EVERY == 0 or n == total):
            say(f"[{n}/{total}] {source.file.name}")

    tables, missing = build_tables(sources, out.parent, strict=args.strict, progress=progress)

    def check(tmp: Path) -> None:
        problems = validate_package(tmp)
        if problems:
            listing = "\n  ".join(str(p) for p in problems[:20])
            raise InputError(args.seeds, f"the built package does not validate; nothing was replaced:\n  {listing}")

    write_package(render(tables), out, check)
    counts = ", ".join(f"{len(rows)} {name}" for name, rows in tables.items())
    say(f"built {args.out}: {counts} ({time.perf_counter() - t0:.2f} s)")
    undated = [source for source in sources if source.published is None]
    for source in undated:
        say(f"note: {source.file}: no publication date: year-less dates take the story's years (story_year) or none")
    if undated:
        say(
            f"note: {len(undated)} article(s) without a publication date: `published = YYYY-MM-DD` in NAME.meta.toml gives one"
        )
    if missing:
        say(f"note: {len(missing)} economic figure(s) have no reviewed annotation (build --strict requires them)")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    """Validate a package; print each problem."""
    from .package.validate import validate_package

    problems = validate_package(args.package)
    for p in problems:
        print(f"INVALID {p}", file=sys.stderr)
    if problems:
        print(f"newsfigures: {args.package} is not valid: {len(problems)} problem(s)", file=sys.stderr)
        return EXIT_INVALID
    print(f"{args.package}: valid (frictionless and project checks)", file=sys.stderr)
    return EXIT_OK


def cmd_explore(args: argparse.Namespace) -> int:
    """Write the explorer site of a package (newsfigures.explore)."""
    from .explore import write_site

    site = write_site(args.package, args.out)
    tables = ", ".join(f"{n} {name}" for name, n in site.rows.items())
    print(f"wrote {site.path}/index.html: {site.articles} articles, {tables}, {site.charts} charts", file=sys.stderr)
    return 0


def cmd_annotate(args: argparse.Namespace) -> int:
    """Append the entries to confirm of each seed to its annotation file."""
    from .package.review import write_skeleton
    from .sources import read_source

    for seed in args.seeds:
        path, count = write_skeleton(read_source(seed))
        if count:
            print(
                f"{path}: {count} figure(s) to confirm (set confirmed = true, or correct with a reason)",
                file=sys.stderr,
            )
        else:
            print(f"{path}: every economic figure of {seed.name} already has an entry", file=sys.stderr)
    return EXIT_OK


def read_input(name: str) -> tuple[str, str]:
    """Text of a file (or stdin for '-'), decoded like a seed."""
    from .sources import MAX_BYTES, decode_seed, read_bytes

    if name == "-":
        if sys.stdin is None:
            raise InputError("<stdin>", "standard input is closed")
        try:
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        except OSError as exc:
            raise InputError("<stdin>", f"cannot read standard input: {exc.strerror or exc}") from None
        if len(data) > MAX_BYTES:
            raise InputError("<stdin>", f"more than {MAX_BYTES / 1e6:.0f} MB: articles over that size are refused")
        return "<stdin>", decode_seed(data, "<stdin>")
    path = Path(name)
    return name, decode_seed(read_bytes(path), path)


def cmd_extract(args: argparse.Namespace) -> int:
    """Print figures and dates of text files as CSV or JSON lines."""
    import datetime as dt

    from .extraction.merge import extract
    from .package.fields import DATES, FIGURES
    from .package.provenance import SentenceIndex
    from .package.tables import mention_rows
    from .package.write import cell
    from .sources import Source

    published = None
    if args.published:
        try:
            published = dt.date.fromisoformat(args.published)
        except ValueError:
            raise InputError("--published", f"{args.published!r} is not a date YYYY-MM-DD") from None
    columns = ["table", "path", *dict.fromkeys(FIGURES.columns + DATES.columns)]
    if sys.stdout is None:
        raise OutputError("<stdout>", "standard output is closed")
    out: TextIO = sys.stdout
    failed = 0
    writer = csv.DictWriter(out, columns, lineterminator="\n") if args.format == "csv" else None
    if writer:
        writer.writeheader()
    for name in args.files:
        try:
            path, text = read_input(name)
        except InputError as exc:  # the other files are still read; the exit code says one was not
            print(f"newsfigures: error: {exc}", file=sys.stderr)
            failed += 1
            continue
        sid = Path(path).stem if name != "-" else "stdin"
        sid = "".join(ch if ch.isalnum() or ch in "_.-" else "_" for ch in sid) or "text"
        source = Source(source_id=sid, file=Path(path), text=text, sha256="", bytes=0, title="", published=published)
        figures, dates, _ = mention_rows(source, extract(text, published), SentenceIndex(text))
        for table, rows in (("figures", figures), ("dates", dates)):
            for row in rows:
                record = {"table": table, "path": path, **row}
                if writer:
                    writer.writerow({k: cell(v) for k, v in record.items()})
                else:
                    out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    out.flush()
    return EXIT_INPUT if failed else EXIT_OK
