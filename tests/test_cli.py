"""The command line: strict builds and the extract command (bad input and tamper detection: test_reliability.py)."""

import argparse
import csv
import hashlib
import io
import json

import pytest
from cli_helpers import FIXTURE_SEEDS, build, run, snapshot

from newsfigures.cli import main, parser
from newsfigures.errors import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_USAGE


def test_strict_build_names_unannotated_figures(project):
    (project / "seeds" / "widgets.txt").write_text("Widgets Inc\n\nSales rose 12% to $3.4bn.\n", encoding="utf-8")
    (project / "seeds" / "widgets.meta.toml").write_text('publisher = "W"\npublished = 2021-03-01\n', encoding="utf-8")
    (project / "seeds" / "gadgets.txt").write_text("Gadgets\n\nIt sold 300 gadgets.\n", encoding="utf-8")
    (project / "seeds" / "gadgets.meta.toml").write_text('publisher = "G"\npublished = 2021-03-01\n', encoding="utf-8")
    result = build(project, "--strict")
    assert result.returncode == 3
    # every missing figure of every article, at once
    assert "3 figure(s) have no confirmed annotation" in result.stderr
    assert "2 figure(s) of widgets.txt: '12%' (line 3), '$3.4bn' (line 3)" in result.stderr
    assert "1 figure(s) of gadgets.txt: '300' (line 3)" in result.stderr


def test_strict_build_names_missing_metadata_and_unannotated_figures_at_once(project):
    """One round of edits mends a new article: the strict build names what its citation lacks and every figure
    without a confirmed annotation in one error (it named the metadata alone, then the figures on the next run)."""
    (project / "seeds" / "widgets.txt").write_text("Widgets Inc\n\nSales rose 12% to $3.4bn.\n", encoding="utf-8")
    result = build(project, "--strict")
    assert result.returncode == 3
    lines = result.stderr.splitlines()
    assert lines[0].startswith("newsfigures: error: seeds/widgets.meta.toml: strict mode: a citation needs")
    assert "widgets.txt lacks publisher, published" in lines[0]
    assert lines[1].startswith("seeds/widgets.annotations.toml: strict mode: 2 figure(s)")
    assert "2 figure(s) of widgets.txt: '12%' (line 3), '$3.4bn' (line 3)" in lines[2]


def test_strict_build_lists_each_quote_as_an_annotation_writes_it(project):
    """A quote with a Markdown escape is listed as the TOML string to paste after ``quote =`` (Python's repr
    doubled the backslash: '\\\\$3.4bn', a quote that matches no figure)."""
    import re
    import tomllib

    text = "Widgets Inc\n\nSales rose to \\$3.4bn, the firm's best.\n"
    (project / "seeds" / "widgets.txt").write_text(text, encoding="utf-8")
    (project / "seeds" / "widgets.meta.toml").write_text('publisher = "W"\npublished = 2021-03-01\n', encoding="utf-8")
    result = build(project, "--strict")
    assert result.returncode == 3
    assert "1 figure(s) of widgets.txt: '\\$3.4bn' (line 3)" in result.stderr
    listed = re.search(r"widgets.txt: (.*) \(line 3\)", result.stderr)
    assert listed is not None
    assert tomllib.loads(f"quote = {listed.group(1)}")["quote"] in text


def test_strict_build_says_how_to_write_an_annotation_file_not_written_yet(project):
    (project / "seeds" / "widgets.txt").write_text("Widgets Inc\n\nSales rose 12% to $3.4bn.\n", encoding="utf-8")
    (project / "seeds" / "widgets.meta.toml").write_text('publisher = "W"\npublished = 2021-03-01\n', encoding="utf-8")
    result = build(project, "--strict")
    assert result.returncode == 3
    assert (
        "seeds/widgets.annotations.toml (not written yet: `newsfigures annotate seeds/widgets.txt` writes it): "
        "2 figure(s) of widgets.txt"
    ) in result.stderr
    # once the file exists (its entries not yet confirmed), the error names it as it is
    assert run(project, "annotate", "seeds/widgets.txt").returncode == 0
    result = build(project, "--strict")
    assert result.returncode == 3
    assert "seeds/widgets.annotations.toml: 2 figure(s) of widgets.txt: '12%' (line 3)" in result.stderr
    assert "not written yet" not in result.stderr


def test_a_build_notes_two_articles_of_the_same_text_and_keeps_both(project):
    text = "Widgets Inc\n\nTalks were held on March 3.\n"
    for name in ("alpha", "beta"):
        (project / "seeds" / f"{name}.txt").write_text(text, encoding="utf-8")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    result = build(project)
    assert result.returncode == 0, result.stderr
    note = (
        f"note: seeds/beta.txt has the same text as seeds/alpha.txt (sha256 {digest[:12]}...): both are kept as sources"
    )
    assert note in result.stderr
    assert result.stderr.count("has the same text as") == 1
    sources = (project / "datapackage" / "sources.csv").read_text(encoding="utf-8")
    assert sources.count(digest) == 2


def test_a_build_notes_a_sidecar_date_that_differs_from_the_dateline(project):
    text = "Widgets Inc\n\nMarch 1, 2021\n\nSales rose 12% on Friday.\n"
    for name, published in (("gamma", "2021-03-02"), ("delta", "2021-03-01")):  # differs | agrees
        (project / "seeds" / f"{name}.txt").write_text(text.replace("Sales", name), encoding="utf-8")
        (project / "seeds" / f"{name}.meta.toml").write_text(f"published = {published}\n", encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.stderr
    note = "note: seeds/gamma.txt: its dateline says 2021-03-01, its sidecar's published 2021-03-02: 2021-03-02 (the sidecar's) is used"
    assert note in result.stderr
    assert result.stderr.count("its dateline says") == 1  # not delta's, whose dates agree
    sources = {
        r["source_id"]: r for r in csv.DictReader(io.StringIO((project / "datapackage" / "sources.csv").read_text()))
    }
    assert sources["gamma"]["published"] == "2021-03-02"


def test_extract_prints_jsonl_rows_with_table_and_path(tmp_path, capsys):
    path = tmp_path / "note.txt"
    path.write_text("Oil fell $1.64 to $47.10 a barrel on Feb. 3.", encoding="utf-8")
    assert main(["extract", str(path), "--format", "jsonl", "--published", "2005-02-04"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    figures = [r for r in rows if r["table"] == "figures"]
    dates = [r for r in rows if r["table"] == "dates"]
    assert [(r["quote"], r["change"]) for r in figures] == [("$1.64", "decrease"), ("$47.10 a barrel", "none")]
    assert figures[1]["unit"] == "USD/oil_barrel"
    assert [(r["quote"], r["value"]) for r in dates] == [("Feb. 3", "2005-02-03")]
    assert all(r["path"] == str(path) for r in rows)


def extracted_dates(capsys, *argv: str) -> list[tuple[str, str, str]]:
    assert main(["extract", "--format", "jsonl", *argv]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    return [(r["quote"], r["value"], r["resolution"]) for r in rows if r["table"] == "dates"]


def test_extract_reads_the_publication_date_as_the_build_does(tmp_path, capsys):
    """--published, else the sidecar's published, else the text's dateline: what the build reads (extract
    read neither: a seed's 'Feb. 22' came out unanchored, or in the wrong year, where the build had it right)."""
    path = tmp_path / "memo.txt"
    path.write_text(
        "Widget talks\n\nMarch 1, 2021\n\nTalks were held on Feb. 22 and trade rose 4%.\n", encoding="utf-8"
    )
    dateline = ("March 1, 2021", "2021-03-01", "explicit")
    assert extracted_dates(capsys, str(path)) == [dateline, ("Feb. 22", "2021-02-22", "publication_date")]
    (tmp_path / "memo.meta.toml").write_text('published = "2022-03-01"\n', encoding="utf-8")
    assert extracted_dates(capsys, str(path)) == [dateline, ("Feb. 22", "2022-02-22", "publication_date")]
    got = extracted_dates(capsys, str(path), "--published", "2023-03-01")
    assert got == [dateline, ("Feb. 22", "2023-02-22", "publication_date")]


def test_extract_gives_the_rows_the_build_gives(tmp_path, capsys):
    """Without annotations (which only a build applies), extract prints the figure and date rows the build
    writes: for the suite's seeds with their sidecars, a wire story dated by its lede, a story dated by its
    sidecar alone (year-less and relative dates resolve against the same day in both), whose sidecar also
    names the rows' source id."""
    import shutil

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in FIXTURE_SEEDS.iterdir():
        if path.name.endswith((".txt", ".meta.toml")):
            shutil.copy(path, seeds / path.name)
    (seeds / "wire.txt").write_text(
        "Acme profit jumps\n\nNEW YORK, Jan. 5, 2005 (Reuters) - Acme said on Tuesday profit rose 5% in the "
        "fourth quarter, and sales on Dec. 3 were $4m. Last month output fell 2%.\n",
        encoding="utf-8",
    )
    (seeds / "memo.txt").write_text(
        "Widget talks\n\nTalks were held on Feb. 22 and trade rose 4% from last March. Five months ago prices fell 3%.\n",
        encoding="utf-8",
    )
    (seeds / "memo.meta.toml").write_text(
        'publisher = "W"\npublished = 2021-03-01\nsource_id = "widget-memo"\n', encoding="utf-8"
    )
    out = tmp_path / "pkg"
    assert main(["build", "--quiet", "--no-cache", "--seeds", str(seeds), "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["extract", "--format", "csv", *sorted(str(p) for p in seeds.glob("*.txt"))]) == 0
    printed = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    for table in ("figures", "dates"):
        with (out / f"{table}.csv").open(encoding="utf-8", newline="") as f:
            built = list(csv.DictReader(f))
        mine = [r for r in printed if r["table"] == table]  # the CSV's columns are both tables': one's are empty
        assert built and [{k: r[k] for k in built[0]} for r in mine] == built, table
        assert not any(v for r in mine for k, v in r.items() if k not in built[0] and k not in ("table", "path"))
    resolved = {r["quote"]: r["value"] for r in printed if r["table"] == "dates"}
    assert resolved["Dec. 3"] == "2004-12-03" and resolved["Feb. 22"] == "2021-02-22"  # each story's own date
    assert "widget-memo" in {r["source_id"] for r in printed}


def test_extract_names_a_bad_sidecar_and_still_prints_the_other_files(tmp_path, capsys):
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    for path in (bad, good):
        path.write_text("Widget talks\n\nTrade rose 4%.\n", encoding="utf-8")
    (tmp_path / "bad.meta.toml").write_text('publisher = "W"\npublished = "2021-02-30"\n', encoding="utf-8")
    assert main(["extract", "--format", "jsonl", str(bad), str(good)]) == EXIT_INPUT
    out, err = capsys.readouterr()
    assert (
        err
        == f"newsfigures: error: {tmp_path / 'bad.meta.toml'}:2: published '2021-02-30' is not a date of the form YYYY-MM-DD\n"
    )
    assert {json.loads(line)["path"] for line in out.splitlines()} == {str(good)}


def test_extract_refuses_a_sidecar_that_is_a_folder_as_the_build_does(tmp_path, capsys):
    # sources.read_sidecar, shared by the build and extract: a NAME.meta.toml that is no file is not passed over
    seed = tmp_path / "odd.txt"
    seed.write_text("Widget talks\n\nTrade rose 4%.\n", encoding="utf-8")
    (tmp_path / "odd.meta.toml").mkdir()
    assert main(["extract", "--format", "jsonl", str(seed)]) == EXIT_INPUT
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"newsfigures: error: {tmp_path / 'odd.meta.toml'}: the file is not a regular file")


def test_an_article_with_no_dateline_and_a_year_less_date_builds(project):
    (project / "seeds" / "memo.txt").write_text("Talks were held on March 3 and trade rose 4%.\n", encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.stderr
    # nothing in the story gives a year: the date is kept, with an empty value, and the build says why
    rows = (project / "datapackage" / "dates.csv").read_text(encoding="utf-8").splitlines()
    assert any(row.startswith("memo/") and row.endswith(",,day,unanchored,") for row in rows), rows
    assert "memo.txt: no publication date" in result.stderr


# --- the command line itself: argparse conventions --------------------------------------------

#: Every kind of command-line error, with the usage line it must show (the subcommand's own).
USAGE_ERRORS = {
    "no command": ([], "usage: newsfigures [", "the following arguments are required: COMMAND"),
    "unknown command": (["bild"], "usage: newsfigures [", "invalid choice: 'bild'"),
    "unknown top-level flag": (["--verbose", "build"], "usage: newsfigures [", "unrecognized arguments: --verbose"),
    "mistyped flag of a command": (["build", "--stict"], "usage: newsfigures build", "unrecognized arguments: --stict"),
    "option without its value": (["build", "--seeds"], "usage: newsfigures build", "expected one argument"),
    "extra argument": (["validate", "a", "b"], "usage: newsfigures validate", "unrecognized arguments: b"),
    "missing argument": (["extract"], "usage: newsfigures extract", "required: FILE"),
    "value outside the choices": (["extract", "x.txt", "--format", "xml"], "usage: newsfigures extract", "'xml'"),
    "impossible date": (
        ["extract", "x.txt", "--published", "2005-13-01"],
        "usage: newsfigures extract",
        "'2005-13-01' is not a date YYYY-MM-DD",
    ),
}


@pytest.mark.parametrize("case", USAGE_ERRORS, ids=list(USAGE_ERRORS))
def test_every_command_line_error_exits_2_with_the_commands_usage(case, capsys):
    argv, usage, message = USAGE_ERRORS[case]
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(usage), err
    assert message in err.splitlines()[-1], err


def test_a_command_line_error_exits_2_from_the_shell_too(tmp_path):
    result = run(tmp_path, "extract", "x.txt", "--published", "2005-13-01")
    assert result.returncode == EXIT_USAGE
    assert result.stdout == ""


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_extract_prints_nothing_before_an_input_error(tmp_path, capsys, fmt):
    assert main(["extract", str(tmp_path / "nosuchfile.txt"), "--format", fmt]) == EXIT_INPUT
    out, err = capsys.readouterr()
    assert out == ""
    assert "nosuchfile.txt: cannot be read" in err


def test_extract_prints_the_header_once_for_several_files(tmp_path, capsys):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Sales rose 12%.\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("table,path,") and sum(line.startswith("table,") for line in lines) == 1
    assert len(lines) == 3


def subcommand_parsers() -> dict[str, argparse.ArgumentParser]:
    top = parser()
    (action,) = (a for a in top._actions if isinstance(a, argparse._SubParsersAction))
    return {"": top, **action.choices}


@pytest.mark.parametrize("command", ["", "build", "validate", "extract"])
def test_help_is_plain_text_and_states_every_default(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"] if command else ["--help"])
    assert exit_.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith(f"usage: newsfigures {command}".rstrip())
    for raw in ("``", ":func:", ":data:", "\n.. "):
        assert raw not in text, raw
    for action in subcommand_parsers()[command]._actions:
        if action.option_strings and action.dest not in ("help", "version"):
            assert "(default: " in (action.help or ""), f"{command} {action.option_strings}: no default stated"
        elif not action.option_strings and action.nargs == "?":
            assert "(default: " in (action.help or ""), f"{command} {action.dest}: no default stated"


def test_a_draft_build_never_touches_the_published_package(project):
    before = snapshot(project / "datapackage")
    result = run(project, "build")
    assert result.returncode == 0, result.stderr
    assert "built datapackage.draft (a draft" in result.stderr
    assert snapshot(project / "datapackage") == before
    assert (project / "datapackage.draft" / "datapackage.json").exists()
    explicit = run(project, "build", "--out", "elsewhere")
    assert explicit.returncode == 0 and "built elsewhere (a draft" in explicit.stderr


def test_extract_links_a_headline_figure_to_the_body_figure_it_rounds(tmp_path, capsys):
    path = tmp_path / "deal.txt"
    path.write_text("Acme in \\$25bn deal\n\nAcme agreed to buy Widgets for \\$25.4bn on Monday.\n", encoding="utf-8")
    assert main(["extract", str(path), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    figures = [r for r in rows if r["table"] == "figures"]
    assert [(f["display"], f["quote"]) for f in figures] == [("$25bn", "\\$25bn"), ("$25.4bn", "\\$25.4bn")]
    assert (figures[0]["same_as"], figures[1]["same_as"]) == (figures[1]["figure_id"], None)


def test_a_seeds_folder_linked_from_outside_the_project_is_refused_in_one_line(tmp_path, capsys):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "note.txt").write_text("Trade rose 4% in 2004.\n", encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    (project / "seeds").symlink_to(archive)
    out = project / "datapackage.draft"
    assert main(["build", "--quiet", "--no-cache", "--seeds", str(project / "seeds"), "--out", str(out)]) == EXIT_INPUT
    err = capsys.readouterr().err.strip().splitlines()
    # one line, naming the article and where it resolves; nothing written
    assert len(err) == 1
    assert "seeds/note.txt" in err[0] and str(archive / "note.txt") in err[0] and "outside" in err[0]
    assert not out.exists()
    # the same articles inside the project build
    (project / "seeds").unlink()
    archive.rename(project / "seeds")
    assert main(["build", "--quiet", "--no-cache", "--seeds", str(project / "seeds"), "--out", str(out)]) == 0


def test_an_interrupt_a_library_wrapped_in_its_own_error_is_still_an_interrupt(tmp_path, capsys, monkeypatch):
    import signal

    from newsfigures import cli, interrupts

    def wrapped(args):
        # what SIGTERM does when it lands while a class is being made (pydantic, under frictionless)
        interrupts._pending = signal.SIGTERM
        raise RuntimeError("Error calling __set_name__") from KeyboardInterrupt()

    monkeypatch.setattr(cli, "cmd_build", wrapped)
    assert main(["build", "--quiet", "--seeds", str(tmp_path), "--out", str(tmp_path / "pkg")]) == EXIT_INTERRUPTED
    assert capsys.readouterr().err == "newsfigures: interrupted; the previous package is unchanged\n"

    def failing(args):  # the same error with no interrupt received is a bug, not an interrupt
        raise RuntimeError("Error calling __set_name__")

    monkeypatch.setattr(cli, "cmd_build", failing)
    with pytest.raises(RuntimeError):
        main(["build", "--quiet", "--seeds", str(tmp_path), "--out", str(tmp_path / "pkg")])


def test_an_interrupt_after_the_swap_says_the_new_package_is_complete(project, capsys, monkeypatch):
    """A Ctrl-C after the new package is in place (while the workers stop or the scratch cache is removed,
    or while a strict build writes the citation files) says so: 'the previous package is unchanged' was
    false there."""
    import tempfile
    from types import SimpleNamespace

    from newsfigures.engine import build as build_module
    from newsfigures.package import citation

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    out = project / "datapackage"
    (project / "seeds" / "zz.txt").write_text("Widgets\n\nIt sold 300 widgets.\n", encoding="utf-8")

    class Scratch(tempfile.TemporaryDirectory):
        def cleanup(self) -> None:  # the last step of build(), after the swap
            super().cleanup()
            interrupt()

    monkeypatch.setattr(build_module, "tempfile", SimpleNamespace(TemporaryDirectory=Scratch))
    args = ["build", "--quiet", "--no-cache", "--seeds", str(project / "seeds"), "--out", str(out)]
    assert main(args) == EXIT_INTERRUPTED
    swapped = f"newsfigures: interrupted after the new package was swapped in; {out} is complete"
    assert capsys.readouterr().err == swapped + "\n"
    assert (out / "sources.csv").read_text(encoding="utf-8").count("\nzz,") == 1
    monkeypatch.undo()
    (project / "seeds" / "zz.txt").unlink()
    monkeypatch.setattr(citation, "write_citation_files", interrupt)
    assert main([*args, "--strict"]) == EXIT_INTERRUPTED
    assert capsys.readouterr().err == (
        swapped + "; the citation files beside it may not be updated: build --strict again updates them\n"
    )
    assert "\nzz," not in (out / "sources.csv").read_text(encoding="utf-8")
