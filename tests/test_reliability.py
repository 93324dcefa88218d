"""Reliability (issue 5): bad input gets a clear error, and nothing published is ever lost or corrupted.

- Every kind of bad input stops the build with one line ``file:line: reason``, the documented exit
  code (3 bad input, 4 output not writable) and no traceback unless ``--debug``; ``datapackage/`` is
  byte for byte what it was, and no temporary folder is left behind.
- A build killed (SIGKILL) or interrupted (SIGINT, SIGTERM) while it writes, validates or swaps
  the package leaves a complete, valid package (the previous one; after the swap, the new one),
  and nothing that stops the next build.
- ``newsfigures validate`` names the row of a value, a quote or an offset changed after the build,
  and the source whose seed file changed.
- The same seeds give the same bytes whatever the locale, time zone, hash seed and listing order.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import FIXTURE_SEEDS, HOOKED, environment, run, snapshot, strays

from newsfigures.cli import main
from newsfigures.errors import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OUTPUT
from newsfigures.package.validate import validate_package

SEED = "000_f0ab434a77e5f680"
#: A small article of our own that builds (its dateline resolves every date).
WIDGETS = (
    b"Widgets Inc\n\nMarch 1, 2021\n\nSales rose 12% to $3.4bn in 2020.\nCosts rose 12% as well, the company said.\n"
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"


@pytest.fixture
def newsfigures(project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """``newsfigures ARGS`` in the project folder, in-process: returns (exit code, stderr)."""
    monkeypatch.chdir(project)

    def invoke(*args: str) -> tuple[int, str]:
        capsys.readouterr()
        code = main(list(args))
        return code, capsys.readouterr().err

    return invoke


# --- bad input --------------------------------------------------------------------------------


@dataclass
class Bad:
    """A bad input: files to write into the project, the build's arguments, what it must say."""

    files: dict[str, bytes]
    message: str
    code: int = EXIT_INPUT
    seeds: str = "seeds"
    out: str = "datapackage"
    skip: str = ""
    keep: list[str] = field(default_factory=list)  # folders that must also be left as they were
    link: str = ""  # a symbolic link to a missing gone.txt


BAD_INPUT: dict[str, Bad] = {
    "empty file": Bad({"seeds/zz.txt": b""}, "seeds/zz.txt:1: the file is empty: an article needs text"),
    "whitespace only": Bad({"seeds/zz.txt": b"  \n\t\r\n\xc2\xa0\n"}, "seeds/zz.txt:1: the file holds only whitespace"),
    "binary file": Bad({"seeds/zz.txt": PNG}, "seeds/zz.txt:3: binary file: NUL byte at byte 8"),
    "invalid UTF-8": Bad(
        {"seeds/zz.txt": b"Headline\n\nPrices rose \xff 5%.\n"},
        "seeds/zz.txt:3: not valid UTF-8: byte 0xff at column 13",
    ),
    "Latin-1 text": Bad(
        {"seeds/zz.txt": "Café prices\n\nThey rose 5%.\n".encode("latin-1")},
        "seeds/zz.txt:1: not valid UTF-8: byte 0xe9 at column 4",
    ),
    "lone CR line ends": Bad(
        {"seeds/zz.txt": b"Headline\r\rPrices rose 5%.\r\rOriginal url: <https://example.com/a>\r"},
        "seeds/zz.txt:1: lines end in a lone CR (classic Mac OS); an article's lines end in LF or CRLF: convert it",
    ),
    "UTF-16 text with a byte order mark": Bad(
        {"seeds/zz.txt": "Café prices\n\nThey rose 5%.\n".encode("utf-16")},
        "seeds/zz.txt:1: UTF-16 text (byte order mark FF FE); an article must be UTF-8: convert it",
    ),
    "UTF-16 text without a byte order mark": Bad(
        {"seeds/zz.txt": "Café prices\n\nThey rose 5%.\n".encode("utf-16-be")},
        "seeds/zz.txt:1: UTF-16 text (big-endian, no byte order mark); an article must be UTF-8: convert it, "
        "e.g. iconv -f UTF-16BE -t UTF-8",
    ),
    "UTF-32 text with a byte order mark": Bad(
        {"seeds/zz.txt": "Prices\n\nThey rose 5%.\n".encode("utf-32")},
        "seeds/zz.txt:1: UTF-32 text (byte order mark FF FE 00 00); an article must be UTF-8: convert it",
    ),
    "a file name with a space": Bad(
        {"seeds/my article.txt": WIDGETS},
        "seeds/my article.txt: the file name gives the source id 'my article', which must match "
        "^[A-Za-z0-9][A-Za-z0-9_.-]*$: rename the file, or give source_id in my article.meta.toml",
    ),
    "authors as one string, not a list": Bad(
        {"seeds/zz.txt": WIDGETS, "seeds/zz.meta.toml": b'kind = "news"\nauthors = "Jane Roe and John Poe"\n'},
        'seeds/zz.meta.toml:2: authors must be a list of names, one string each: authors = ["Jane Roe and John Poe"]',
    ),
    "seed directory missing": Bad({}, "nope: the seed directory does not exist", seeds="nope"),
    "seed directory without .txt": Bad(
        {"empty/notes.md": b"# notes\n"}, "empty: the seed directory holds no .txt article", seeds="empty"
    ),
    "seed path is a file": Bad(
        {"seeds/notes.md": b"# notes\n"}, "seeds/notes.md: the seed path is not a directory", seeds="seeds/notes.md"
    ),
    "seed that is a broken link": Bad({}, "seeds/zz.txt: a broken symbolic link (to gone.txt)", link="seeds/zz.txt"),
    "two seeds claim one source id": Bad(
        {"seeds/zz.txt": WIDGETS, "seeds/zz.meta.toml": f'# reviewed\nsource_id = "{SEED}"\n'.encode()},
        f"seeds/zz.meta.toml:2: source id '{SEED}' is already claimed by {SEED}.txt",
    ),
    "source ids differing in case only": Bad(
        {"seeds/zz.txt": WIDGETS, "seeds/ZZ.txt": WIDGETS},
        "seeds/zz.txt: source id 'zz' is already claimed by ZZ.txt (ids are case-insensitive)",
    ),
    "sidecar: malformed date": Bad(
        {"seeds/zz.txt": WIDGETS, "seeds/zz.meta.toml": b'kind = "news"\npublished = "2021-02-30"\n'},
        "seeds/zz.meta.toml:2: published '2021-02-30' is not a date of the form YYYY-MM-DD",
    ),
    "sidecar: malformed URL": Bad(
        {"seeds/zz.txt": WIDGETS, "seeds/zz.meta.toml": b'kind = "news"\n\nurl = "htps//example.org/a"\n'},
        "seeds/zz.meta.toml:3: url 'htps//example.org/a' is not an http(s) URL",
    ),
    "sidecar: unknown key": Bad(
        {"seeds/zz.txt": WIDGETS, "seeds/zz.meta.toml": b'title = "Widgets"\npubished = "2021-03-01"\n'},
        "seeds/zz.meta.toml:2: unknown key 'pubished' (known keys: source_id, title,",
    ),
    "sidecar: not TOML": Bad(
        {"seeds/zz.txt": WIDGETS, "seeds/zz.meta.toml": b'kind = "news"\ntitle = "Widgets\n'},
        "seeds/zz.meta.toml:2: not valid TOML",
    ),
    "sidecar without its article": Bad(
        {"seeds/zz.meta.toml": b'kind = "news"\n'},
        "seeds/zz.meta.toml: no article of this name: the matching .txt file is missing",
    ),
    "annotation matches no figure": Bad(
        {
            "seeds/zz.txt": WIDGETS,
            "seeds/zz.annotations.toml": b'[[figure]]\nquote = "$9bn"\nindicator = "sales"\nstatus = "reported"\n',
        },
        "seeds/zz.annotations.toml:1: annotation matches no figure: quote '$9bn' with context ''",
    ),
    "annotation matches two figures": Bad(
        {
            "seeds/zz.txt": WIDGETS,
            "seeds/zz.annotations.toml": b'# reviewed\n\n[[figure]]\nquote = "12%"\ncontext = "rose"\n'
            b'indicator = "growth"\nstatus = "reported"\n',
        },
        "seeds/zz.annotations.toml:3: annotation matches 2 figures (quote '12%'): give a context that singles one out",
    ),
    "a reviewer's negative value on a fall": Bad(
        {
            "seeds/zz.txt": b"Widgets Inc\n\nMarch 1, 2021\n\nSales fell 12% in 2020, the company said.\n",
            "seeds/zz.annotations.toml": b'[[figure]]\nquote = "12%"\nstatus = "reported"\nvalue = -12.0\n'
            b'reason = "sign"\n',
        },
        "seeds/zz.annotations.toml:4: value -12 with change = decrease: a fall is given by its size, positive "
        '(value = 12, change = "decrease")',
    ),
    "a reviewer's fall given with a negative value": Bad(
        {
            "seeds/zz.txt": WIDGETS,
            "seeds/zz.annotations.toml": b'[[figure]]\nquote = "12%"\ncontext = "Sales"\nstatus = "reported"\n'
            b'change = "decrease"\nvalue = -12\nreason = "misread"\n',
        },
        "seeds/zz.annotations.toml:6: value -12 with change = decrease",
    ),
    "a reviewer's count of half a thing": Bad(
        {
            "seeds/zz.txt": b"Widgets Inc\n\nMarch 1, 2021\n\nThe firm cut 300 jobs in 2020, the company said.\n",
            "seeds/zz.annotations.toml": b'[[figure]]\nquote = "300"\n\nvalue = 5.5\nstatus = "reported"\n'
            b'reason = "typo"\n',
        },
        "seeds/zz.annotations.toml:4: value 5.5 of a count ('300') must be a whole number",
    ),
    "a reviewer's measure that is not words of the sentence": Bad(
        {
            "seeds/zz.txt": WIDGETS,
            "seeds/zz.annotations.toml": b'[[figure]]\nquote = "12%"\ncontext = "Sales"\nstatus = "reported"\n'
            b'measure = "Sales of widgets"\nreason = "the text says so"\n',
        },
        "seeds/zz.annotations.toml:5: measure 'Sales of widgets' is not words of the figure's sentence, as written",
    ),
    "exclusion matches nothing": Bad(
        {"seeds/zz.txt": WIDGETS, "seeds/zz.annotations.toml": b'[[exclude]]\nquote = "Route 66"\nreason = "name"\n'},
        "seeds/zz.annotations.toml:1: exclusion matches nothing: quote 'Route 66'",
    ),
    "output under a regular file": Bad(
        {"notes.txt": b"not a folder\n"},
        "/notes.txt/datapackage: cannot write here: ",
        code=EXIT_OUTPUT,
        out="notes.txt/datapackage",
    ),
    "output is a regular file": Bad(
        {"notes.txt": b"not a folder\n"}, "/notes.txt: exists and is not a directory", code=EXIT_OUTPUT, out="notes.txt"
    ),
    "output is a folder of other work": Bad(
        {"work/thesis.md": b"# mine\n"},
        "/work: exists, is not empty and holds no datapackage.json: refusing to replace it",
        code=EXIT_OUTPUT,
        out="work",
        keep=["work"],
    ),
    "output on a read-only file system": Bad(
        {},
        "/proc/newsfigures-test: cannot write here:",
        code=EXIT_OUTPUT,
        out="/proc/newsfigures-test",
        skip="" if Path("/proc/self").exists() else "no /proc",
    ),
}


@pytest.mark.parametrize("case", BAD_INPUT.values(), ids=BAD_INPUT.keys())
def test_bad_input_is_one_clear_line_and_the_package_is_unchanged(project, newsfigures, case: Bad):
    if case.skip:
        pytest.skip(case.skip)
    for name, data in case.files.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_bytes(data)
    if case.link:
        (project / case.link).symlink_to("gone.txt")
    before = snapshot(project / "datapackage")
    kept = {k: snapshot(project / k) for k in case.keep}
    code, err = newsfigures("build", "--quiet", "--seeds", case.seeds, "--out", case.out)
    assert code == case.code, err
    assert case.message in err
    assert err.startswith("newsfigures: error: ")
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    assert snapshot(project / "datapackage") == before
    assert {k: snapshot(project / k) for k in case.keep} == kept
    assert strays(project) == []


@pytest.mark.parametrize("value", ["1.3", "1.35"], ids=["confirmed", "corrected"])
def test_a_count_the_text_gives_as_a_fraction_takes_a_fraction(project, newsfigures, value):
    """An average is a count the text writes with a fraction ('an average of 1.3 children' is read as a
    count of 1.3): a reviewer may confirm it, or correct it to another fraction, where 5.5 jobs is refused."""
    (project / "seeds/zz.txt").write_bytes(
        b"Widgets Inc\n\nMarch 1, 2021\n\nWomen there had an average of 1.3 children in 2020, the agency said.\n"
    )
    (project / "seeds/zz.annotations.toml").write_bytes(
        f'[[figure]]\nquote = "1.3"\nvalue = {value}\nstatus = "reported"\nreason = "misread"\n'.encode()
    )
    code, err = newsfigures("build", "--quiet", "--seeds", "seeds", "--out", "datapackage")
    assert code == 0, err
    rows = (project / "datapackage" / "figures.csv").read_text(encoding="utf-8")
    assert f",{value}," in rows


def test_the_output_error_says_which_part_of_the_path_is_a_file(project, newsfigures):
    (project / "notes.txt").write_text("not a folder\n", encoding="utf-8")
    code, err = newsfigures("build", "--out", "notes.txt/sub/datapackage")
    assert code == EXIT_OUTPUT
    assert f"cannot write here: {project / 'notes.txt'} is not a directory" in err


def test_the_real_command_prints_no_traceback_and_debug_adds_one(project):
    (project / "seeds" / "zz.txt").write_bytes(b"")
    plain = run(project, "build", "--seeds", "seeds", "--out", "datapackage")
    assert plain.returncode == EXIT_INPUT
    assert plain.stderr == "newsfigures: error: seeds/zz.txt:1: the file is empty: an article needs text\n"
    for args in (["--debug", "build"], ["build", "--debug"]):
        debug = run(project, *args, "--seeds", "seeds", "--out", "datapackage")
        assert debug.returncode == EXIT_INPUT
        assert debug.stderr.startswith("Traceback (most recent call last):")
        assert "newsfigures.errors.InputError: seeds/zz.txt:1: the file is empty" in debug.stderr
        assert debug.stderr.endswith("newsfigures: error: seeds/zz.txt:1: the file is empty: an article needs text\n")


def test_a_50_mb_article_is_refused_at_once(project, newsfigures):
    article = (project / "seeds" / f"{SEED}.txt").read_bytes()
    with open(project / "seeds" / "huge.txt", "wb") as f:
        for _ in range(50_000_000 // len(article) + 1):
            f.write(article)
        f.truncate(50_000_000)
    before = snapshot(project / "datapackage")
    t0 = time.perf_counter()
    code, err = newsfigures("build", "--seeds", "seeds", "--out", "datapackage")
    assert time.perf_counter() - t0 < 10
    assert code == EXIT_INPUT
    assert "seeds/huge.txt: the file is 50.0 MB; articles over 10 MB are refused" in err
    assert snapshot(project / "datapackage") == before
    # The same limit holds for standard input, which is read no further than the limit.
    piped = subprocess.run(
        [sys.executable, "-m", "newsfigures", "extract", "-"],
        input=b"x" * 11_000_000,
        capture_output=True,
        env=environment(),
        timeout=60,
        check=False,
    )
    assert piped.returncode == EXIT_INPUT
    assert (
        piped.stderr.decode() == "newsfigures: error: <stdin>: more than 10 MB: articles over that size are refused\n"
    )


def test_a_line_of_a_million_digits_and_commas_builds_in_bounded_time(project, newsfigures):
    line = ",".join(["1234567890"] * 100_000)  # a million digits
    (project / "seeds" / "digits.txt").write_text(f"Digits\n\n{line}\n", encoding="utf-8")
    t0 = time.perf_counter()
    code, err = newsfigures("build", "--quiet", "--seeds", "seeds", "--out", "datapackage")
    assert time.perf_counter() - t0 < 60
    assert code == 0, err
    with open(project / "datapackage" / "exclusions.csv", encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["source_id"] == "digits"]
    assert [(r["quote"], r["line"]) for r in rows] == [(line, "3")]


def test_bom_and_crlf_build_with_exact_offsets(project, newsfigures):
    seeds = project / "seeds"
    (seeds / "crlf.txt").write_bytes(b"\xef\xbb\xbf" + (seeds / f"{SEED}.txt").read_bytes().replace(b"\n", b"\r\n"))
    for suffix in (".meta.toml", ".annotations.toml"):
        shutil.copy(seeds / f"{SEED}{suffix}", seeds / f"crlf{suffix}")
    code, err = newsfigures("build", "--strict", "--quiet", "--seeds", "seeds", "--out", "datapackage")
    assert code == 0, err
    pkg = project / "datapackage"
    assert validate_package(pkg) == []
    text = (seeds / "crlf.txt").read_bytes().decode("utf-8")[1:]
    assert "\r\n" in text
    lf_text = (seeds / f"{SEED}.txt").read_text(encoding="utf-8")
    for table in ("figures", "dates", "exclusions"):
        crlf = [r for r in table_rows(pkg, table) if r["source_id"] == "crlf"]
        lf = [r for r in table_rows(pkg, table) if r["source_id"] == SEED]
        assert crlf, table
        for row in crlf:
            start, end = int(row["start"]), int(row["end"])
            assert text[start:end] == row["quote"]
            assert row["line"] == str(text.count("\n", 0, start) + 1)
            assert "\r" not in row.get("sentence", "")
        # The same claims as the LF original, on the same lines, with offsets shifted by the CRs.
        ignore = {"figure_id", "date_id", "exclusion_id", "source_id", "start", "end", "equivalent_of"}
        ignore |= {f"{k}_{e}" for k in ("measure", "subject", "counterpart") for e in ("start", "end")}
        ignore |= {"period_date_id", "anchor_date_id"}  # ids hold offsets
        ignore |= {"sentence_start", "sentence_end"}
        assert [{k: v for k, v in r.items() if k not in ignore} for r in crlf] == [
            {k: v for k, v in r.items() if k not in ignore} for r in lf
        ]
        for a, b in zip(crlf, lf, strict=True):
            assert int(a["start"]) == int(b["start"]) + lf_text.count("\n", 0, int(b["start"]))
    annotated = [r for r in table_rows(pkg, "annotations") if r["figure_id"].startswith("crlf/")]
    assert len(annotated) == len([r for r in table_rows(pkg, "annotations") if r["figure_id"].startswith(SEED)])


def test_a_failed_write_is_an_output_error_and_leaves_the_package(project, newsfigures, monkeypatch):
    (project / "seeds" / "zz.txt").write_bytes(WIDGETS)
    before = snapshot(project / "datapackage")
    written: list[str] = []
    real = Path.write_bytes

    def disk_full(self: Path, data: bytes) -> int:
        if ".tmp-" in self.parent.name:
            written.append(self.name)
            if len(written) == 3:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", disk_full)
    code, err = newsfigures("build", "--quiet", "--seeds", "seeds", "--out", "datapackage")
    assert code == EXIT_OUTPUT
    assert "datapackage: cannot write the package: No space left on device" in err
    assert snapshot(project / "datapackage") == before
    assert strays(project) == []


def test_a_package_that_fails_validation_is_not_swapped_in(project, newsfigures, monkeypatch):
    from newsfigures.package import validate as validate_module
    from newsfigures.package.validate import Problem

    (project / "seeds" / "zz.txt").write_bytes(WIDGETS)
    before = snapshot(project / "datapackage")
    monkeypatch.setattr(validate_module, "validate_package", lambda pkg: [Problem("figures.csv row 2", "made up")])
    code, err = newsfigures("build", "--quiet", "--seeds", "seeds", "--out", "datapackage")
    assert code == EXIT_INPUT
    assert "the built package does not validate; nothing was replaced:\n  figures.csv row 2: made up" in err
    assert snapshot(project / "datapackage") == before
    assert strays(project) == []


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_an_interrupt_swallowed_during_validation_still_stops_the_build(project, newsfigures, monkeypatch, sig, ctrl_c):
    """A signal whose KeyboardInterrupt lands where Python only reports it ("Exception ignored in",
    as in a library callback during Frictionless' checks) still stops the build before its swap."""
    from newsfigures.package import validate as validate_module

    (project / "seeds" / "zz.txt").write_bytes(WIDGETS)
    before = snapshot(project / "datapackage")
    real_validate = validate_module.validate_package
    swallowed: list[str] = []

    class Finalized:
        def __del__(self) -> None:  # an exception raised here is only reported, never propagated
            signal.raise_signal(sig)
            swallowed.append("the handler ran inside __del__")  # not reached: the handler raised

    def validate_package(pkg: Path) -> list[object]:
        Finalized()  # collected at once: the signal is handled inside its __del__
        return real_validate(pkg)

    monkeypatch.setattr(validate_module, "validate_package", validate_package)
    code, err = newsfigures("build", "--quiet", "--seeds", "seeds", "--out", "datapackage")
    assert swallowed == []
    assert code == EXIT_INTERRUPTED
    assert err == "newsfigures: interrupted; the previous package is unchanged\n"
    assert snapshot(project / "datapackage") == before
    assert strays(project) == []
    # The next command starts with no interrupt pending, and the handlers are back.
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    monkeypatch.setattr(validate_module, "validate_package", real_validate)
    assert newsfigures("build", "--quiet", "--seeds", "seeds", "--out", "datapackage")[0] == 0


# --- interrupted builds -----------------------------------------------------------------------

#: Interruptions, in pairs run side by side in two copies of the project (two cores):
#: (signal, point where the hooked build holds, marker to wait for, seconds from the marker to the signal).
#: The build holds at or after its marker, so the signal always lands before the swap, however slow
#: the machine. The first of a pair is timed from its marker; by the time the second is handled, it
#: is held at its marker.
INTERRUPTIONS = [
    (  # inside the validation (frictionless, our checks) | half of the first file written
        (signal.SIGKILL, "validated", "validating", 0.05),
        (signal.SIGKILL, "write-sources.csv", "write-sources.csv", 0.0),
    ),
    ((signal.SIGINT, "validated", "validating", 0.05), (signal.SIGINT, "write-sources.csv", "write-sources.csv", 0.0)),
    (
        (signal.SIGKILL, "validated", "validating", 0.3),
        (signal.SIGKILL, "write-datapackage.json", "write-datapackage.json", 0.0),
    ),
    (  # ... | half of the last file written
        (signal.SIGINT, "validated", "validating", 0.3),
        (signal.SIGTERM, "write-README.md", "write-README.md", 0.0),
    ),
    (  # ... | validated, about to be swapped in
        (signal.SIGTERM, "validated", "validating", 0.15),
        (signal.SIGKILL, "validated", "validated", 0.0),
    ),
    ((signal.SIGKILL, "write-figures.csv", "write-figures.csv", 0.0), (signal.SIGINT, "validated", "validated", 0.0)),
]
WAIT = 90.0  # seconds: bounded waits, generous for a loaded machine
#: Exit statuses of an interrupted build: 130, or death by SIGINT, which a shell also shows as 130.
#: CPython exits by SIGINT once a KeyboardInterrupt has left code run by exec() or eval() of a
#: string (a dataclass or namedtuple being made, say), even if the program caught it further up.
INTERRUPTED = (EXIT_INTERRUPTED, -signal.SIGINT)


def start_hooked(project: Path, marks: Path, hold: str) -> subprocess.Popen[str]:
    """A build of the project that leaves markers in ``marks`` and holds at ``hold``."""
    for marker in marks.iterdir():
        marker.unlink()
    return subprocess.Popen(
        [sys.executable, str(HOOKED), "build", "--quiet", "--seeds", "seeds", "--out", "datapackage"],
        cwd=project,
        env=environment(NF_MARKS=str(marks), NF_HOLD=hold),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=default_sigint,
    )


def default_sigint() -> None:
    """Give the child SIGINT's default action. A shell without job control starts a background command
    (``pytest ... &``) with SIGINT ignored, and the child inherits that: Python then installs no Ctrl-C
    handler, the build ignores the test's SIGINT and sits out its 120 s hold ("the build did not end
    after the signal", whatever the load)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def wait_until(ready: Callable[[], bool], process: subprocess.Popen[str], what: str) -> None:
    """Poll until ``ready()``; fail (and stop the process) if it ends first or takes too long."""
    deadline = time.monotonic() + WAIT
    while not ready():
        if process.poll() is not None:
            pytest.fail(f"the build ended ({process.returncode}) before {what}: {process.stderr.read()}")  # type: ignore[union-attr]
        if time.monotonic() > deadline:
            process.kill()
            process.wait()
            pytest.fail(f"no {what} within {WAIT} s")
        time.sleep(0.005)


def finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    """Wait (bounded) for a signalled build to end."""
    try:
        _, err = process.communicate(timeout=WAIT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail("the build did not end after the signal")
    return process.returncode, err


def test_interrupted_builds_lose_nothing(project, tmp_path_factory):
    """Kill or interrupt builds while they write and validate: the previous package survives intact."""
    (project / "seeds" / "zz.txt").write_bytes(WIDGETS)  # the new package would differ
    twin = tmp_path_factory.mktemp("twin")
    for name in ("seeds", "datapackage"):
        shutil.copytree(project / name, twin / name)
    projects = [project, twin]
    marks = [tmp_path_factory.mktemp("marks"), tmp_path_factory.mktemp("marks")]
    before = snapshot(project / "datapackage")
    # Valid now; below, byte-identical to this after every interruption (the seeds it names are unchanged).
    assert validate_package(project / "datapackage") == []
    for pair in INTERRUPTIONS:
        started = [(p, m, what, start_hooked(p, m, what[1])) for p, m, what in zip(projects, marks, pair, strict=True)]
        try:
            for folder, marked, (sig, _, marker, delay), process in started:
                what = f"{sig.name} at {marker} + {delay} s"
                wait_until((marked / marker).exists, process, marker)
                time.sleep(delay)
                process.send_signal(sig)
                code, err = finish(process)
                if sig == signal.SIGKILL:
                    assert code == -signal.SIGKILL, what
                    # Its folder stays until the next build sweeps it (the one before was swept).
                    assert len([s for s in strays(folder) if ".tmp-" in s]) == 1, (what, strays(folder))
                else:
                    assert code in INTERRUPTED, (what, err)
                    assert err == "newsfigures: interrupted; the previous package is unchanged\n", what
                    assert strays(folder) == [], what
                assert snapshot(folder / "datapackage") == before, what
        finally:
            for *_, process in started:
                if process.poll() is None:
                    process.kill()
                    process.communicate()
    # The next build sweeps what the killed ones left and succeeds.
    for folder in projects:
        assert main(["build", "--quiet", "--seeds", str(folder / "seeds"), "--out", str(folder / "datapackage")]) == 0
        assert strays(folder) == []
        assert snapshot(folder / "datapackage") != before
        assert any(r["source_id"] == "zz" for r in table_rows(folder / "datapackage", "sources"))


def test_a_build_killed_after_the_swap_leaves_the_new_package(project, tmp_path_factory):
    pkg = project / "datapackage"
    before = snapshot(pkg)
    (project / "seeds" / "zz.txt").write_bytes(WIDGETS)
    marks = tmp_path_factory.mktemp("marks")
    process = start_hooked(project, marks, "swapped")
    wait_until((marks / "swapped").exists, process, "the swap")
    process.send_signal(signal.SIGKILL)
    assert finish(process)[0] == -signal.SIGKILL
    swapped = snapshot(pkg)
    assert swapped != before
    assert validate_package(pkg) == []
    assert len(strays(project)) == 1  # the previous package, set aside, not yet removed
    assert main(["build", "--quiet", "--seeds", str(project / "seeds"), "--out", str(pkg)]) == 0
    assert strays(project) == []
    assert snapshot(pkg) == swapped


def test_builds_killed_at_random_moments_leave_a_whole_package(tmp_path):
    """Unhooked ``python -m newsfigures build`` of 20 articles, signalled at delays after its folder appears."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(10):
        for path in FIXTURE_SEEDS.glob("0*"):
            shutil.copy(path, seeds / f"c{n:02}_{path.name}")
    assert main(["build", "--quiet", "--seeds", str(seeds), "--out", str(tmp_path / "datapackage")]) == 0
    pkg = tmp_path / "datapackage"
    before = snapshot(pkg)
    (seeds / "zz.txt").write_bytes(WIDGETS)
    seen = []
    for sig, delay in [(signal.SIGKILL, 0.0), (signal.SIGINT, 0.0), (signal.SIGKILL, 0.2), (signal.SIGINT, 0.4)]:
        left = strays(tmp_path)  # a killed build's folder, which this build sweeps
        process = subprocess.Popen(
            [sys.executable, "-m", "newsfigures", "build", "--quiet", "--seeds", "seeds", "--out", "datapackage"],
            cwd=tmp_path,
            env=environment(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            preexec_fn=default_sigint,
        )
        wait_until(
            lambda left=left: any(".tmp-" in s for s in set(strays(tmp_path)) - set(left)), process, "its folder"
        )
        time.sleep(delay)
        process.send_signal(sig)
        code, err = finish(process)
        # Killed, interrupted, or (on a loaded machine) done before the signal came.
        assert code in (-signal.SIGKILL, *INTERRUPTED, 0), err
        seen.append(snapshot(pkg))
        if code != -signal.SIGKILL:
            assert strays(tmp_path) == []
    assert main(["build", "--quiet", "--seeds", str(seeds), "--out", str(pkg)]) == 0
    after = snapshot(pkg)
    assert after != before
    assert all(s in (before, after) for s in seen)  # the previous package or, past the swap, the new one
    assert strays(tmp_path) == []
    assert validate_package(pkg) == []


def test_an_interrupt_right_after_the_build_folder_is_made_leaves_no_folder(project, monkeypatch, ctrl_c):
    """A Ctrl-C that lands between making the build's folder and locking it (a wider window on a loaded
    machine: seen as a stray folder after a SIGINT in test_builds_killed_at_random_moments...) is acted on
    once the folder is in the build's hands, which removes it."""
    from newsfigures.errors import Interrupted
    from newsfigures.package import write as write_module

    pkg = project / "datapackage"
    before = snapshot(pkg)
    real_mkdtemp = write_module.tempfile.mkdtemp

    def mkdtemp(*args: str, **kwargs: str) -> str:
        folder = real_mkdtemp(*args, **kwargs)
        # Python's handler runs at the next instruction (os.kill to itself would end a Windows process)
        signal.raise_signal(signal.SIGINT)
        return folder

    monkeypatch.setattr(write_module.tempfile, "mkdtemp", mkdtemp)
    with pytest.raises(KeyboardInterrupt) as raised:
        write_module.write_package({"x.csv": b"x\r\n"}, pkg, lambda tmp: None)
    assert isinstance(raised.value, Interrupted)  # told as a build interrupted, the package unchanged
    assert strays(project) == []
    assert snapshot(pkg) == before


def test_a_swap_killed_between_two_renames_is_undone(project, monkeypatch):
    """Where the atomic exchange is missing, the package set aside by a killed swap is put back."""
    from newsfigures.package import write as write_module

    pkg = project / "datapackage"
    before = snapshot(pkg)
    pkg.rename(project / ".datapackage.old-99999")  # what a swap killed between its renames leaves

    def fail(tmp: Path) -> None:
        raise RuntimeError("stop before the swap")

    with pytest.raises(RuntimeError):
        write_module.write_package({"x.csv": b"x\r\n"}, pkg, fail)
    assert snapshot(pkg) == before
    assert strays(project) == []
    # And the two-rename swap itself, where exchange is unsupported, replaces the package.
    monkeypatch.setattr(write_module, "exchange", lambda a, b: False)
    write_module.write_package({"datapackage.json": b"{}\n"}, pkg, lambda tmp: None)
    assert snapshot(pkg) == {"datapackage.json": b"{}\n"}
    assert strays(project) == []


@pytest.fixture
def ctrl_c() -> Iterator[None]:
    """Python's own SIGINT handler, even where the tests run with SIGINT ignored (a background job)."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


@pytest.mark.usefixtures("ctrl_c")
def test_a_ctrl_c_during_the_swap_waits_until_it_is_done(project, newsfigures, monkeypatch):
    from newsfigures.package import write as write_module

    (project / "seeds" / "zz.txt").write_bytes(WIDGETS)
    real = write_module.exchange

    def interrupted_exchange(a: Path, b: Path) -> bool:
        signal.raise_signal(signal.SIGINT)  # Ctrl-C as the folders are exchanged
        return real(a, b)

    monkeypatch.setattr(write_module, "exchange", interrupted_exchange)
    code, err = newsfigures("build", "--quiet", "--seeds", "seeds", "--out", "datapackage")
    assert code == EXIT_INTERRUPTED
    assert (
        err == f"newsfigures: interrupted after the new package was swapped in; {project / 'datapackage'} is complete\n"
    )
    assert any(r["source_id"] == "zz" for r in table_rows(project / "datapackage", "sources"))
    assert strays(project) == []
    assert validate_package(project / "datapackage") == []


@pytest.mark.usefixtures("ctrl_c")
def test_a_ctrl_c_between_the_two_renames_loses_nothing(project, newsfigures, monkeypatch):
    """Where exchange is missing, a Ctrl-C after the package was set aside waits for the second rename."""
    from newsfigures.package import write as write_module

    (project / "seeds" / "zz.txt").write_bytes(WIDGETS)
    monkeypatch.setattr(write_module, "exchange", lambda a, b: False)
    real = os.rename
    renames: list[str] = []

    def rename(src: str | Path, dst: str | Path) -> None:
        real(src, dst)
        renames.append(Path(dst).name)
        if len(renames) == 1:
            signal.raise_signal(signal.SIGINT)  # the package is set aside, not yet replaced

    monkeypatch.setattr(write_module.os, "rename", rename)
    code, err = newsfigures("build", "--quiet", "--seeds", "seeds", "--out", "datapackage")
    assert renames[0].startswith(".datapackage.old-") and renames[1] == "datapackage"
    assert code == EXIT_INTERRUPTED
    assert "interrupted after the new package was swapped in" in err
    assert any(r["source_id"] == "zz" for r in table_rows(project / "datapackage", "sources"))
    assert strays(project) == []


# --- tamper detection -------------------------------------------------------------------------


def table_rows(pkg: Path, table: str) -> list[dict[str, str]]:
    with open(pkg / f"{table}.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def tamper(pkg: Path, table: str, change: Callable[[list[dict[str, str]]], None], rehash: bool = True) -> None:
    """Change a table's rows, rewrite the CSV, and (by default) update its bytes and hash in the descriptor."""
    rows = table_rows(pkg, table)
    columns = list(rows[0])
    change(rows)
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    data = buffer.getvalue().encode("utf-8")
    (pkg / f"{table}.csv").write_bytes(data)
    if rehash:
        desc = json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))
        for resource in desc["resources"]:
            if resource["name"] == table:
                resource["bytes"], resource["hash"] = len(data), "sha256:" + hashlib.sha256(data).hexdigest()
        (pkg / "datapackage.json").write_text(json.dumps(desc, indent=2, ensure_ascii=False), encoding="utf-8")


def bump_digit(text: str) -> str:
    """The text with its first digit changed."""
    i = next(i for i, ch in enumerate(text) if ch.isdigit())
    return text[:i] + str((int(text[i]) + 1) % 10) + text[i + 1 :]


TAMPERING: dict[str, tuple[str, Callable[[dict[str, str]], None], str, bool]] = {
    # name: (table, change of the row, what the message says, update the descriptor's hashes)
    "a value, hashes updated": ("figures", lambda r: r.update(value=bump_digit(r["value"])), "value is '", True),
    "a value, hashes left": ("figures", lambda r: r.update(value=bump_digit(r["value"])), "value is '", False),
    "a unit": ("figures", lambda r: r.update(unit="EUR"), "unit is 'EUR'; the seed gives 'USD'", True),
    "a unit of another dimension": (
        "figures",
        lambda r: r.update(unit="pound"),
        "unit 'pound' of a money figure is not one currency (dimensionality [mass])",
        True,
    ),
    "a duration in pint's logarithmic decade": (
        "figures",
        lambda r: r.update(kind="duration", unit="decade"),
        "unit 'decade' is logarithmic, not a unit of a duration",
        True,
    ),
    "a quote": ("figures", lambda r: r.update(quote=bump_digit(r["quote"])), "is not the text at [", True),
    "an offset": ("figures", lambda r: r.update(start=str(int(r["start"]) + 1)), "is not the text at [", True),
    "a line": ("figures", lambda r: r.update(line=str(int(r["line"]) + 1)), "is not the line of offset", True),
    "a date": ("dates", lambda r: r.update(value=bump_digit(r["value"])), "value is '", True),
    "an exclusion reason": (
        "exclusions",
        lambda r: r.update(reason="name_of_a_thing"),
        "reason is 'name_of_a_thing'",
        True,
    ),
    "an annotation": ("annotations", lambda r: r.update(subject="DE"), "subject is 'DE'", True),
}


@pytest.mark.parametrize("name", TAMPERING)
def test_validate_names_the_row_changed_after_the_build(project, newsfigures, name):
    table, change, message, rehash = TAMPERING[name]
    pkg = project / "datapackage"
    rows = table_rows(pkg, table)
    key = next(iter(rows[0]))
    target = next(i for i, r in enumerate(rows) if (table != "figures" or r["unit"] == "USD"))
    ident = rows[target][key]
    tamper(pkg, table, lambda rows: change(rows[target]), rehash=rehash)
    code, err = newsfigures("validate", "datapackage")
    assert code == 1
    named = [line for line in err.splitlines() if f"{table}.csv row {target + 2} ({ident})" in line]
    assert any(message in line for line in named), err
    if not rehash:
        assert f"{table}.csv: bytes or sha256 differ from the descriptor" in err


def test_validate_names_a_deleted_row(project, newsfigures):
    pkg = project / "datapackage"
    ident = table_rows(pkg, "figures")[0]["figure_id"]
    tamper(pkg, "figures", lambda rows: rows.pop(0))
    code, err = newsfigures("validate", "datapackage")
    assert code == 1
    assert f"figures.csv: row {ident} of a fresh extraction is missing" in err


@pytest.mark.parametrize("how", ["edited", "deleted"])
def test_validate_names_the_source_whose_seed_changed(project, newsfigures, how):
    seed = project / "seeds" / f"{SEED}.txt"
    if how == "edited":
        seed.write_text(bump_digit(seed.read_text(encoding="utf-8")), encoding="utf-8")
    else:
        seed.unlink()
    row = next(n for n, r in enumerate(table_rows(project / "datapackage", "sources"), 2) if r["source_id"] == SEED)
    code, err = newsfigures("validate", "datapackage")
    assert code == 1
    reason = "changed since the build: its sha256 differs" if how == "edited" else "cannot be read"
    assert f"INVALID sources.csv row {row} ({SEED}): seed seeds/{SEED}.txt {reason}" in err


# --- determinism ------------------------------------------------------------------------------

#: Builds in subprocesses, compared with the in-process build of the ``built_project`` fixture.
VARIANTS = {
    "C locale, Kiritimati (UTC+14)": {"LC_ALL": "C", "TZ": "Pacific/Kiritimati", "PYTHONHASHSEED": "1"},
    "Turkish locale, Adak (UTC-10)": {"LC_ALL": "tr_TR.UTF-8", "TZ": "America/Adak", "PYTHONHASHSEED": "2"},
    "shuffled listings, seeds copied in reverse": {
        "NF_SHUFFLE": "7",
        "LC_ALL": "C.UTF-8",
        "TZ": "Asia/Kathmandu",
        "PYTHONHASHSEED": "3",
    },
}


def test_the_same_seeds_give_the_same_bytes_everywhere(built_project, tmp_path):
    processes = {}
    for n, (name, env) in enumerate(VARIANTS.items()):
        folder = tmp_path / f"v{n}"
        (folder / "seeds").mkdir(parents=True)
        files = sorted(FIXTURE_SEEDS.iterdir(), reverse="NF_SHUFFLE" in env)
        for path in files:  # creation order differs between the variants
            shutil.copy(path, folder / "seeds" / path.name)
        command = [str(HOOKED)] if "NF_SHUFFLE" in env else ["-m", "newsfigures"]
        processes[name] = (
            folder,
            subprocess.Popen(
                [sys.executable, *command, "build", "--quiet", "--seeds", "seeds", "--out", "datapackage"],
                cwd=folder,
                env=environment(**env),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            ),
        )
    reference = snapshot(built_project / "datapackage")
    for name, (folder, process) in processes.items():
        _, err = process.communicate(timeout=WAIT)
        assert process.returncode == 0, (name, err)
        files = snapshot(folder / "datapackage")
        assert files.keys() == reference.keys(), name
        for file in files:
            assert files[file] == reference[file], (name, file)


class Terminated(Exception):
    """Raised by the test's SIGTERM handler."""


def test_a_sigterm_after_an_ignored_sigint_in_a_deferred_block_is_acted_on():
    """A build started in the background ignores SIGINT; a SIGINT and then a SIGTERM that land while
    signals are deferred (the swap, making the build folder) end it by the SIGTERM, which the ignored
    SIGINT noted first must not hide."""
    from newsfigures.package.write import signals_deferred

    def terminate(signum: int, frame: object) -> None:
        raise Terminated

    previous = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, terminate)
    try:
        with pytest.raises(Terminated), signals_deferred():
            signal.raise_signal(signal.SIGINT)
            signal.raise_signal(signal.SIGTERM)
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN  # both handlers put back
        assert signal.getsignal(signal.SIGTERM) is terminate
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


@pytest.mark.usefixtures("ctrl_c")
def test_a_signal_while_deferral_is_set_up_leaves_no_handler_noting(monkeypatch):
    """A SIGTERM that lands after SIGINT's handler was swapped for the noting one and before SIGTERM's
    unwinds (KeyboardInterrupt) with SIGINT's handler put back: else every later Ctrl-C is only noted."""
    from newsfigures.package import write as write_module

    real = signal.signal

    def late_sigterm(signum: int, handler: Any) -> Any:
        if signum == signal.SIGTERM:
            raise KeyboardInterrupt  # the CLI's SIGTERM handler, run between the two installs
        return real(signum, handler)

    monkeypatch.setattr(write_module.signal, "signal", late_sigterm)
    with pytest.raises(KeyboardInterrupt), write_module.signals_deferred():
        pass
    monkeypatch.undo()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
