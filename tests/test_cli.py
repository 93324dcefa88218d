"""The command line: bad input stops the build with file, line and reason, and the package survives."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of seeds/ and a fresh build of it."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    assert main(["build", "--quiet", "--seeds", str(tmp_path / "seeds"), "--out", str(tmp_path / "datapackage")]) == 0
    return tmp_path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def build(project: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scripts", "build", "--seeds", "seeds", "--out", "datapackage", *extra],
        cwd=project,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        check=False,
    )


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("zz.txt", b"", "seeds/zz.txt:1: the file is empty"),
        ("zz.txt", b"Headline\n\nPrices rose \xff 5%.\n", "seeds/zz.txt:3: not valid UTF-8"),
        ("zz.txt", b"Headline\n\x00\x01binary", "seeds/zz.txt:2: binary file"),
        (
            "000_f0ab434a77e5f680.meta.toml",
            b'published = "2021-02-30"\n',
            "000_f0ab434a77e5f680.meta.toml:1: published",
        ),
        (
            "002_687eafe585000c5b.annotations.toml",
            b'[[figure]]\nquote = "$999 trillion"\nindicator = "x"\nstatus = "reported"\n',
            "002_687eafe585000c5b.annotations.toml:1: annotation matches no figure",
        ),
    ],
)
def test_bad_input_stops_the_build_and_keeps_the_package(project, name, data, message):
    before = snapshot(project / "datapackage")
    (project / "seeds" / name).write_bytes(data)
    result = build(project)
    assert result.returncode == 3
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(project / "datapackage") == before
    assert not list(project.glob(".datapackage.tmp-*"))


def test_strict_build_names_unannotated_figures(project):
    (project / "seeds" / "widgets.txt").write_text("Widgets Inc\n\nSales rose 12% to $3.4bn.\n", encoding="utf-8")
    result = build(project, "--strict")
    assert result.returncode == 3
    assert "widgets.txt have no annotation: '12%' (line 3), '$3.4bn' (line 3)" in result.stderr


def test_validate_names_a_hand_edited_row(project):
    figures = project / "datapackage" / "figures.csv"
    text = figures.read_text(encoding="utf-8")
    figures.write_text(text.replace(",1500000000,", ",1600000000,"), encoding="utf-8")
    assert main(["validate", str(project / "datapackage")]) == 1


def test_validate_catches_an_edit_even_with_updated_hashes(project, capsys):
    import hashlib

    pkg = project / "datapackage"
    data = (pkg / "figures.csv").read_bytes().replace(b",1500000000,", b",1600000000,")
    (pkg / "figures.csv").write_bytes(data)
    desc = json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))
    for r in desc["resources"]:
        if r["name"] == "figures":
            r["bytes"], r["hash"] = len(data), "sha256:" + hashlib.sha256(data).hexdigest()
    (pkg / "datapackage.json").write_text(json.dumps(desc, indent=2), encoding="utf-8")
    assert main(["validate", str(pkg)]) == 1
    assert "value is '1600000000'; the seed gives '1500000000'" in capsys.readouterr().err


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


def test_missing_seed_folder_is_a_clear_error(tmp_path, capsys):
    assert main(["build", "--seeds", str(tmp_path / "nope"), "--out", str(tmp_path / "out")]) == 3
    assert "the seed directory does not exist" in capsys.readouterr().err
