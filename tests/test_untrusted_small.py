"""Untrusted input (issue 14), the smaller cases: --out links, ids, annotation types, extract's errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import environment

from newsfigures.cli import main
from newsfigures.errors import EXIT_INPUT, EXIT_OK, EXIT_OUTPUT
from newsfigures.package.validate import validate_package

ARTICLE = "Widgets Inc\n\nMarch 1, 2021\n\nSales rose 12% to $3.4bn in 2020.\n"


def seeds_with(tmp_path: Path, **files: str) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in files.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return seeds


def test_out_that_is_a_symlink_builds_into_its_folder_and_keeps_the_link(tmp_path: Path) -> None:
    seeds = seeds_with(tmp_path, **{"w.txt": ARTICLE})
    real = tmp_path / "real"
    link = tmp_path / "pkg"
    link.symlink_to(real)
    assert main(["build", "--quiet", "--seeds", str(seeds), "--out", str(link)]) == EXIT_OK
    assert link.is_symlink() and (real / "datapackage.json").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pkg", "real", "seeds"]  # nothing stray
    assert main(["build", "--quiet", "--seeds", str(seeds), "--out", str(link)]) == EXIT_OK  # and again
    assert link.is_symlink() and validate_package(link) == []


def test_a_file_name_ending_in_a_newline_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = seeds_with(tmp_path, **{"w\n.txt": ARTICLE})
    assert main(["build", "--quiet", "--seeds", str(seeds), "--out", str(tmp_path / "pkg")]) == EXIT_INPUT
    assert "the file name gives the source id 'w\\n'" in capsys.readouterr().err


def test_validate_refuses_an_id_ending_in_a_newline(tmp_path: Path) -> None:
    from newsfigures.package.validate import check_patterns

    problems = check_patterns({"sources": [{"source_id": "w\n"}], "figures": [{"source_id": "w"}]})
    assert [p.where for p in problems] == ["sources.csv row 2 (w)"]  # one line, the newline folded


@pytest.mark.parametrize(
    "toml",
    ["figure = [1, 2]\n", "exclude = ['x']\n", "figure = " + "[" * 100_000 + "]" * 100_000 + "\n"],
)
def test_annotation_files_of_the_wrong_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str], toml: str) -> None:
    seeds = seeds_with(tmp_path, **{"w.txt": ARTICLE, "w.annotations.toml": toml})
    assert main(["build", "--quiet", "--seeds", str(seeds), "--out", str(tmp_path / "pkg")]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "w.annotations.toml" in err and "Traceback" not in err


def run(*args: str, stdin: int | None = None, stdout: int | None = subprocess.PIPE, cwd: Path) -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "newsfigures", *args],
        cwd=cwd,
        stdin=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=environment(),
        timeout=120,
        check=False,
    )
    out = done.stdout.decode() if done.stdout else ""
    return done.returncode, out, done.stderr.decode()


def test_extract_carries_on_past_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("12%", "13%"), encoding="utf-8")
    code, out, err = run("extract", "a.txt", "/dev/zero", "missing.txt", "b.txt", "--format", "jsonl", cwd=tmp_path)
    assert code == EXIT_INPUT
    quotes = [(r["path"], r["quote"]) for r in map(json.loads, out.splitlines())]
    assert ("a.txt", "12%") in quotes and ("b.txt", "13%") in quotes
    lines = err.splitlines()
    assert len(lines) == 2 and lines[0].startswith("newsfigures: error: /dev/zero: the file is not a regular file")
    assert lines[1].startswith("newsfigures: error: missing.txt: cannot")


def test_extract_output_errors_exit_4(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    if Path("/dev/full").exists():
        with open("/dev/full", "wb") as full:
            code, _, err = run("extract", "a.txt", stdout=full.fileno(), cwd=tmp_path)
        assert code == EXIT_OUTPUT and err.splitlines() == [
            "newsfigures: error: <stdout>: cannot write: No space left on device"
        ]
    done = subprocess.run(
        [sys.executable, "-m", "newsfigures", "extract", "a.txt"],
        cwd=tmp_path,
        env=environment(),
        capture_output=False,
        stdout=None,
        stderr=subprocess.PIPE,
        timeout=120,
        check=False,
        preexec_fn=lambda: __import__("os").close(1),
    )
    assert done.returncode == EXIT_OUTPUT
    assert done.stderr.decode().splitlines() == ["newsfigures: error: <stdout>: standard output is closed"]


def test_extract_from_a_closed_stdin(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsfigures", "extract", "-"],
        cwd=tmp_path,
        env=environment(),
        capture_output=True,
        timeout=120,
        check=False,
        preexec_fn=lambda: __import__("os").close(0),
    )
    assert done.returncode == EXIT_INPUT
    assert done.stderr.decode().splitlines() == ["newsfigures: error: <stdin>: standard input is closed"]
