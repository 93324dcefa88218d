"""The command line: ``newsfigures build | validate | annotate | extract | explore`` (also ``python -m newsfigures``).

Exit codes: 0 success; 1 the package is invalid; 2 bad command line; 3 bad input (a seed, a
sidecar, an annotation, a missing directory); 4 the output cannot be written; 130 interrupted.
Errors are one line ``path:line: reason`` on stderr; ``--debug`` adds the traceback.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__, interrupts
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

#: Where ``build`` writes without ``--strict`` and without ``--out``: a scratch folder (gitignored), so
#: that only the strict build ever replaces the published package.
PUBLISHED_DIR = Path("datapackage")
DRAFT_DIR = Path("datapackage.draft")

DESCRIPTION = "Extract every numeric claim of news articles, with provenance, into a Frictionless data package."
EPILOG = """\
examples:
  newsfigures build --strict     build the published package datapackage/ from seeds/ (make datapackage)
  newsfigures build              a draft build into datapackage.draft/, listing what strict mode lacks
  newsfigures validate           check datapackage/ against its seeds
  newsfigures extract FILE...    print the figures and dates of text files
  newsfigures COMMAND --help     the options of a command

exit codes:
  0 success, 1 invalid package, 2 bad command line, 3 bad input (seed, sidecar, annotation,
  missing folder), 4 output not writable, 130 interrupted (Ctrl-C or SIGTERM)
"""


class CommandParser(argparse.ArgumentParser):
    """A subcommand's parser: an argument it does not know is its own error, shown with its own usage.

    (argparse hands a subcommand's unknown arguments back to the top-level parser, whose usage
    does not show the subcommand's options.)
    """

    def parse_known_args(  # type: ignore[override]
        self, args: Any = None, namespace: Any = None
    ) -> tuple[argparse.Namespace, list[str]]:
        """Parse, refusing any argument left over."""
        parsed, extras = super().parse_known_args(args, namespace)
        if extras:
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed, extras


def add_package_argument(command: argparse.ArgumentParser) -> None:
    """The optional package folder of a command that reads a package (validate, explore)."""
    command.add_argument(
        "package",
        nargs="?",
        type=Path,
        default=PUBLISHED_DIR,
        metavar="DIR",
        help=f"package folder (default: {PUBLISHED_DIR})",
    )


def engine_options(command: argparse.ArgumentParser) -> None:
    """Where the per-article and per-part work runs (``newsfigures.engine.runtime``)."""
    command.add_argument(
        "--workers", type=positive, default=None, metavar="N", help="worker processes (default: all cores)"
    )
    command.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on an existing dask.distributed cluster, e.g. tcp://10.0.0.5:8786 (default: none, local processes)",
    )


def positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: at least 1")
    return n


def iso_date(text: str) -> dt.date:
    """An argparse type: a calendar date YYYY-MM-DD (a bad one is a command-line error, exit 2)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def parser() -> argparse.ArgumentParser:
    """The argument parser of the three commands."""
    formatter = argparse.RawDescriptionHelpFormatter
    p = argparse.ArgumentParser(prog="newsfigures", description=DESCRIPTION, epilog=EPILOG, formatter_class=formatter)
    p.add_argument("--version", action="version", version=f"newsfigures {__version__}")
    p.add_argument("--debug", action="store_true", help="show the traceback of an error (default: off)")
    # --debug is also accepted after the command (``newsfigures build --debug``).
    common = CommandParser(add_help=False)
    common.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show the traceback of an error (default: off)"
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=CommandParser)

    b = sub.add_parser(
        "build",
        parents=[common],
        formatter_class=formatter,
        help="build the data package from the seed articles, validate it, swap it in",
        description=(
            "Extract the seed articles, build the package into a temporary folder, validate it completely,\n"
            "then swap it in place of the output folder (a failed build leaves the previous package as it was).\n"
            f"Only --strict writes the published package ({PUBLISHED_DIR}/) and regenerates the citation\n"
            "(CITATION.cff, and the generated blocks of README.md and LICENSE, beside the package folder);\n"
            f"without it the build is a draft and goes to {DRAFT_DIR}/ unless --out says otherwise."
        ),
    )
    b.add_argument(
        "--seeds",
        default="seeds",
        metavar="DIR",
        help="folder (or fsspec URL, e.g. s3://bucket/news/) of *.txt articles (default: seeds)",
    )
    b.add_argument(
        "--out",
        default=None,
        metavar="DIR",
        help=f"package folder, or fsspec URL to copy it to (default: {PUBLISHED_DIR} with --strict, else {DRAFT_DIR})",
    )
    b.add_argument(
        "--strict",
        action="store_true",
        help="the published package: require a reviewed annotation for every figure (of every kind, durations "
        "and ages too) and a title, publisher and publication date for every article (default: off)",
    )
    b.add_argument("--quiet", action="store_true", help="print no progress or summary on stderr (default: off)")
    engine_options(b)
    b.add_argument(
        "--cache",
        default="",
        metavar="DIR",
        help="folder (or fsspec URL) of the per-article results the next build reuses "
        "(default: $NEWSFIGURES_CACHE, else ~/.cache/newsfigures)",
    )
    b.add_argument(
        "--no-cache", action="store_true", help="extract every article, reuse and keep nothing (default: off)"
    )

    v = sub.add_parser(
        "validate",
        parents=[common],
        help="run Frictionless validation and the project's own checks",
        description="Validate a package: Frictionless validation, then every quote, offset, hash, unit, key and\n"
        "numeral against the seed texts, and the tables against a fresh extraction.",
        formatter_class=formatter,
    )
    add_package_argument(v)
    v.add_argument(
        "--full",
        action="store_true",
        help="extract every article again instead of trusting the hashes of cached extractions (default: off)",
    )
    v.add_argument("--quiet", action="store_true", help="no progress bar (default: off)")
    engine_options(v)

    a = sub.add_parser(
        "annotate",
        parents=[common],
        help="write the annotation entries a reviewer confirms, from the automatic values, into seeds/NAME.annotations.toml",
    )
    a.add_argument("seeds", nargs="+", type=Path, help="seed articles (seeds/NAME.txt)")

    e = sub.add_parser(
        "extract",
        parents=[common],
        help="print the figures and dates found in text files, writing no package",
        description="Print the figures and dates of text files, one row each, writing no package.",
        formatter_class=formatter,
    )
    e.add_argument("files", nargs="+", metavar="FILE", help="text file to read, or - for standard input")
    e.add_argument(
        "--format",
        choices=("csv", "jsonl"),
        default="csv",
        help="csv: a header row, then one row per figure or date; jsonl: one JSON object per line (default: csv)",
    )
    e.add_argument(
        "--published",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="publication date, to resolve year-less and relative dates (default: as the build reads it, the "
        "published of the file's NAME.meta.toml, else the text's dateline; without either, such a date takes "
        "the story's own years or stays unanchored)",
    )

    x = sub.add_parser(
        "explore",
        parents=[common],
        help="write a static site showing every figure in its article",
        description="Write the explorer: a static site of a package, every figure, date and exclusion in its place.",
        formatter_class=formatter,
    )
    add_package_argument(x)
    x.add_argument("--out", type=Path, metavar="SITE", help="site folder (default: explore/ beside the package)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; map errors to their exit codes."""
    args = parser().parse_args(argv)
    # `kill` (SIGTERM) cleans up like Ctrl-C, and neither is lost (see newsfigures.interrupts).
    with interrupts.caught():
        try:
            return _run(args)
        except Exception:
            if not interrupts.pending():
                raise
            # the interrupt's KeyboardInterrupt came out wrapped in a library's own error (Python's "Error
            # calling __set_name__" when the signal lands while a class is being made): still an interrupt
            return _interrupted(args, None)


def _run(args: argparse.Namespace) -> int:
    """Run the parsed command; map errors to their exit codes."""
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
        return _interrupted(args, exc)
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except OSError as exc:
        if args.command != "extract":
            raise
        # writing standard output failed (a full disk, /dev/full): the output is not written
        _silence_stdout()
        return fail(OutputError("<stdout>", f"cannot write: {exc.strerror or exc}"), args.debug, EXIT_OUTPUT)


def _interrupted(args: argparse.Namespace, exc: BaseException | None) -> int:
    """Say what an interrupt left behind (a build's package: the previous one, or the new one when the
    interrupt came after the swap) and return the exit code of an interrupted command."""
    if isinstance(exc, Interrupted) and exc.replaced:
        left = f"; {exc.left}" if exc.left else ""
        print(
            f"newsfigures: interrupted after the new package was swapped in; {exc.path} is complete{left}",
            file=sys.stderr,
        )
    elif args.command == "build":
        print("newsfigures: interrupted; the previous package is unchanged", file=sys.stderr)
    else:
        print("newsfigures: interrupted", file=sys.stderr)
    return EXIT_INTERRUPTED


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so that Python's flush at exit does not fail a second time."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    except OSError:  # pragma: no cover - no /dev/null
        pass


def fail(exc: Exception, debug: bool, code: int) -> int:
    """Print an error as one line (with the traceback under --debug) and return its exit code."""
    if debug:
        import traceback

        traceback.print_exception(exc)
    print(f"newsfigures: error: {exc}", file=sys.stderr)
    return code


def cmd_build(args: argparse.Namespace) -> int:
    """Build, validate and swap in the package (``newsfigures.engine.build``), then the citation files."""
    from .engine.build import build
    from .engine.remote import is_url, staging_folder, upload

    t0 = time.perf_counter()
    target = args.out or str(PUBLISHED_DIR if args.strict else DRAFT_DIR)
    if is_url(target):  # built and validated in a local staging folder, then copied there
        corpus = Path.cwd() if is_url(args.seeds) else Path(args.seeds).absolute().parent
        out = staging_folder(target, corpus)
    else:
        out = Path(target).absolute()
        if out.is_symlink():  # build into the folder the link names, and keep the link (never a stray one)
            out = out.resolve()
    stats = build(
        str(args.seeds),
        out,
        strict=args.strict,
        workers=args.workers,
        scheduler=args.scheduler,
        cache=None if args.no_cache else args.cache,
        quiet=args.quiet,
    )
    uploaded = not is_url(target)
    try:
        if not uploaded:
            upload(out, target)
            uploaded = True
        return report_build(args, target, out, stats, t0)
    except KeyboardInterrupt:  # the package is in place (build() says so of an interrupt before it returns)
        left = (
            f"its upload to {target} did not finish: build again to upload it"
            if not uploaded
            else "the citation files beside it may not be updated: build --strict again updates them"
            if args.strict
            else ""
        )
        raise Interrupted(out, replaced=True, left=left) from None


def report_build(args: argparse.Namespace, target: str, out: Path, stats: Any, t0: float) -> int:
    """After a build (its package in place): the summary, the citation files of a strict build, notes."""
    from .engine.build import summary
    from .package.citation import write_citation_files

    say = (lambda msg: None) if args.quiet else (lambda msg: print(msg, file=sys.stderr))
    draft = "" if args.strict else " (a draft: only `build --strict` writes the published package)"
    say(summary(f"{target}{draft}", stats, time.perf_counter() - t0))
    if not stats.workbook:
        say(
            "note: a multi-part package has no spreadsheet copy (newsfigures.xlsx): the Parquet copies are beside the CSVs"
        )
    if args.strict:
        for path in write_citation_files(out.parent, read_sources_table(out)):
            say(f"updated {os.path.relpath(path)} from the sources table")
    for file in stats.undated.first:
        say(
            f"note: {file}: no publication date: year-less dates take the story's years (story_year) "
            "or its present where the text fixes it (story_present), else none"
        )
    if stats.undated.count:
        say(
            f"note: {stats.undated.count} article(s) without a publication date: `published = YYYY-MM-DD` in NAME.meta.toml gives one"
        )
    for file, dateline, sidecar in stats.redated.first:
        say(
            f"note: {file}: its dateline says {dateline}, its sidecar's published {sidecar}: "
            f"{sidecar} (the sidecar's) is used"
        )
    if stats.redated.unnamed():
        say(f"note: {stats.redated.count} article(s) in all have a sidecar date that differs from their dateline")
    for file, first, sha256 in stats.duplicates.first:
        say(f"note: {file} has the same text as {first} (sha256 {sha256[:12]}...): both are kept as sources")
    if stats.duplicates.unnamed():
        say(f"note: {stats.duplicates.count} article(s) in all repeat the text of an earlier one")
    if stats.unannotated:
        say(f"note: {stats.unannotated} figure(s) have no reviewed annotation (build --strict requires them)")
    for name, gaps in stats.uncitable.first:
        say(f"note: {name} has no {', '.join(gaps)} (build --strict requires them for the citation)")
    if stats.uncitable.unnamed():
        say(f"note: {stats.uncitable.count} article(s) in all lack what the citation needs")
    return EXIT_OK


def read_sources_table(pkg: Path) -> list[dict[str, str]]:
    """The rows of a built package's sources table (every part), for the citation files."""
    from .engine.layout import described_parts
    from .package.validate import read_table

    desc = json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))
    resource = next(r for r in desc["resources"] if r["name"] == "sources")
    rows: list[dict[str, str]] = []
    for part in described_parts(resource):
        rows += read_table((pkg / part["path"]).read_bytes())
    return rows


def cmd_validate(args: argparse.Namespace) -> int:
    """Validate a package; print each problem."""
    from .engine.runtime import Runner, using
    from .package.validate import validate_package

    t0 = time.perf_counter()
    with using(Runner(args.workers, args.scheduler)):
        problems = validate_package(args.package, full=args.full, quiet=args.quiet)
    for p in problems:
        print(f"INVALID {p}", file=sys.stderr)
    if problems:
        print(f"newsfigures: {args.package} is not valid: {len(problems)} problem(s)", file=sys.stderr)
        return EXIT_INVALID
    how = "every article extracted again" if args.full else "rows proven by hashes of cached extractions"
    print(
        f"{args.package}: valid (frictionless and project checks; {how}; {time.perf_counter() - t0:.2f} s)",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_explore(args: argparse.Namespace) -> int:
    """Write the explorer site of a package (newsfigures.explore)."""
    from .engine.progress import counted
    from .explore import write_site

    site = write_site(args.package, args.out)
    tables = ", ".join(counted(n, name) for name, n in site.rows.items())
    articles, charts = counted(site.articles, "articles"), counted(site.charts, "charts")
    print(f"wrote {site.path}/index.html: {articles}, {tables}, {charts}", file=sys.stderr)
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
            print(f"{path}: every figure of {seed.name} already has an entry", file=sys.stderr)
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


def row_encoder() -> Callable[[Any], str]:
    """``json.dumps(row, ensure_ascii=False, default=str)`` of a flat row, made once for every row.

    ``JSONEncoder.encode`` makes a new C encoder on each call; this one is made once. Rows hold only
    text, numbers, booleans and None (``default=str`` for anything else), so the check for circular
    references is left out. Where the C encoder is missing, the encoder's own ``encode``.
    """
    make = getattr(json.encoder, "c_make_encoder", None)  # not in the typeshed stubs
    if make is None:  # pragma: no cover (CPython has it)
        return json.JSONEncoder(ensure_ascii=False, default=str).encode
    # markers, default, string encoder, indent, key and item separators, sort_keys, skipkeys, allow_nan
    chunks = make(None, str, json.encoder.encode_basestring, None, ": ", ", ", False, False, True)
    return lambda row: "".join(chunks(row, 0))


def jsonl_lines(encode: Callable[[Any], str], path: str, tables: Sequence[tuple[str, Sequence[dict[str, Any]]]]) -> str:
    """The JSON lines of the rows of each table, each row opening with its ``table`` and ``path``: what
    ``encode({"table": table, "path": path, **row})`` writes, with the two leading keys encoded once per
    table rather than copied into every row (a row never has those keys)."""
    lines = []
    for table, rows in tables:
        lead = '{"table": ' + encode(table) + ', "path": ' + encode(path)
        lines += [lead + (", " + encode(row)[1:] if row else "}") + "\n" for row in rows]
    return "".join(lines)


def cmd_extract(args: argparse.Namespace) -> int:
    """Print figures and dates of text files as CSV or JSON lines."""
    from .package.fields import DATES, FIGURES
    from .package.tables import text_rows
    from .package.write import cell
    from .sources import extract_lead

    published = args.published
    columns = ["table", "path", *dict.fromkeys(FIGURES.columns + DATES.columns)]
    if sys.stdout is None:
        raise OutputError("<stdout>", "standard output is closed")
    out: TextIO = sys.stdout
    failed = 0
    writer = csv.DictWriter(out, columns, lineterminator="\n") if args.format == "csv" else None
    encode = row_encoder()
    header_written = False
    for name in args.files:
        try:
            path, text = read_input(name)
            title, subtitle, dated, given_id = extract_lead(None if name == "-" else Path(path), text)  # as the build
        except InputError as exc:  # the other files are still read; the exit code says one was not
            print(f"newsfigures: error: {exc}", file=sys.stderr)
            failed += 1
            continue
        if writer and not header_written:  # after an input is read: nothing reaches stdout before an input error
            writer.writeheader()
            header_written = True
        file = Path(path)
        sid = file.stem if name != "-" else "stdin"
        sid = given_id or "".join(ch if ch.isalnum() or ch in "_.-" else "_" for ch in sid) or "text"
        figures, dates, _ = text_rows(text, published or dated, source_id=sid, file=file, lead=(title, subtitle))
        if writer:
            for table, rows in (("figures", figures), ("dates", dates)):
                for row in rows:
                    writer.writerow({k: cell(v) for k, v in {"table": table, "path": path, **row}.items()})
        else:  # one write per file: a write per row costs more than encoding it
            out.write(jsonl_lines(encode, path, (("figures", figures), ("dates", dates))))
    out.flush()
    return EXIT_INPUT if failed else EXIT_OK
