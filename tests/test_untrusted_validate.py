"""Untrusted input (issue 14): ``validate`` and ``load`` on a package from anyone.

Each hostile package must give exit 1 (invalid package) or 3 (unreadable input), one line per
problem and no traceback, within seconds, printing nothing from outside the package, and without
any network connection.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import environment

from newsfigures.cli import main
from newsfigures.package import validate as validate_module
from newsfigures.package.load import load_table
from newsfigures.package.safe_io import Folder, UnsafeRead, plain_parts, remote_references
from newsfigures.package.validate import validate_package
from newsfigures.package.write import resource_hash

SECRET = "SECRET-LINE-outside-the-package"


@pytest.fixture
def validate(project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """``newsfigures validate datapackage`` in-process with every network connection refused: (code, stderr)."""
    monkeypatch.chdir(project)
    connections: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> None:
        connections.append(args)
        raise OSError("network disabled by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)

    def invoke() -> tuple[int, str]:
        capsys.readouterr()
        code = main(["validate", "datapackage"])
        err = capsys.readouterr().err
        assert connections == []
        return code, err

    return invoke


def one_line_each(err: str) -> None:
    """Every line of stderr is a problem or the summary: no traceback, nothing else."""
    assert "Traceback" not in err
    for line in err.splitlines():
        assert line.startswith(("INVALID ", "newsfigures: ")), line


def descriptor(project: Path) -> dict[str, Any]:
    return json.loads((project / "datapackage" / "datapackage.json").read_text(encoding="utf-8"))


def write_descriptor(project: Path, desc: Any) -> None:
    (project / "datapackage" / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")


def resource(desc: dict[str, Any], name: str) -> dict[str, Any]:
    return next(r for r in desc["resources"] if r["name"] == name)


# --- files that are not the package's --------------------------------------------------------------


def test_a_resource_linked_to_a_file_outside_is_not_read(
    project: Path, validate, tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("elsewhere") / "outside.csv"
    outside.write_text(f"{SECRET}\n{SECRET},{SECRET}\n", encoding="utf-8")
    figures = project / "datapackage" / "figures.csv"
    figures.unlink()
    figures.symlink_to(outside)
    code, err = validate()
    assert code == 1 and SECRET not in err
    assert "figures.csv: is a symbolic link: only regular files inside the package are read" in err
    one_line_each(err)


@pytest.mark.parametrize("target", ["/dev/zero", "fifo"])
def test_devices_and_fifos_are_not_read(project: Path, target: str) -> None:
    figures = project / "datapackage" / "figures.csv"
    figures.unlink()
    if target == "fifo":
        os.mkfifo(figures)
    else:
        figures.symlink_to(target)
    # a subprocess, so that a read of /dev/zero or a blocked FIFO ends with the timeout, not the suite
    done = subprocess.run(
        [sys.executable, "-m", "newsfigures", "validate", "datapackage"],
        cwd=project,
        capture_output=True,
        text=True,
        env=environment(),
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "figures.csv: is " in done.stderr
    one_line_each(done.stderr)


def test_resource_paths_outside_the_folder_are_refused(project: Path, validate) -> None:
    desc = descriptor(project)
    resource(desc, "figures")["path"] = "/dev/zero"
    resource(desc, "dates")["path"] = "../seeds/" + next(p.name for p in (project / "seeds").glob("*.txt"))
    write_descriptor(project, desc)
    code, err = validate()
    assert code == 1
    assert "INVALID /dev/zero: '/dev/zero' is not a relative path inside the folder" in err
    assert "is not a plain relative path inside the folder" in err
    one_line_each(err)


def rewrite_sources(project: Path, change) -> None:
    """Edit sources.csv and record its new bytes and hash in the descriptor (a consistent forgery)."""
    pkg = project / "datapackage"
    data = change((pkg / "sources.csv").read_bytes().decode("utf-8")).encode("utf-8")
    (pkg / "sources.csv").write_bytes(data)
    desc = descriptor(project)
    resource(desc, "sources").update(bytes=len(data), hash=resource_hash(data))
    write_descriptor(project, desc)


@pytest.mark.parametrize("kind", ["absolute", "device link", "outside link", "fifo"])
def test_seeds_must_be_regular_files_inside_the_project(
    project: Path, validate, tmp_path_factory: pytest.TempPathFactory, kind: str
) -> None:
    seed = next((project / "seeds").glob("*.txt"))
    name = f"seeds/{seed.name}"
    if kind == "absolute":
        rewrite_sources(project, lambda t: t.replace(name, "/dev/zero"))
    else:
        seed.unlink()
        if kind == "device link":
            seed.symlink_to("/dev/zero")
        elif kind == "outside link":
            outside = tmp_path_factory.mktemp("elsewhere") / "outside.txt"
            outside.write_text(SECRET, encoding="utf-8")
            seed.symlink_to(outside)
        else:
            os.mkfifo(seed)
    code, err = validate()
    assert code == 1 and SECRET not in err
    assert any(
        reason in err
        for reason in (
            "is not a relative path",
            "is not a regular file",
            "lies outside the package's parent folder",
        )
    )
    one_line_each(err)


# --- no network -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        {"path": "https://example.invalid/figures.csv"},
        {"schema": "https://example.invalid/schema.json"},
        {"dialect": "http://example.invalid/dialect.json"},
        {"schema": "schema.json"},
        {"scheme": "https"},
        {"$schema": "https://example.invalid/profile.json"},
    ],
)
def test_remote_references_are_refused_before_frictionless(project: Path, validate, change: dict[str, str]) -> None:
    desc = descriptor(project)
    resource(desc, "figures").update(change)
    write_descriptor(project, desc)
    code, err = validate()  # the fixture fails the test on any attempt to connect
    assert code == 1 and "Frictionless was not run" in err
    one_line_each(err)


def test_a_custom_package_profile_is_refused(project: Path, validate) -> None:
    desc = descriptor(project)
    desc["$schema"] = "https://example.invalid/profile.json"
    write_descriptor(project, desc)
    code, err = validate()
    assert code == 1 and "is not a standard profile (custom profiles are not fetched)" in err
    one_line_each(err)


def test_remote_references_lists_each_kind() -> None:
    desc = {
        "$schema": "https://evil.invalid/p.json",
        "resources": [
            {"name": "a", "path": "http://evil.invalid/a.csv"},
            {"name": "b", "path": "b.csv", "schema": "s.json", "dialect": "d.json", "scheme": "s3"},
            {"name": "c", "path": "c.csv", "schema": {}, "dialect": {}},
        ],
    }
    found = remote_references(desc)
    assert len(found) == 5 and not any("'c'" in line for line in found)


def test_plain_parts() -> None:
    assert plain_parts("figures.csv") == ["figures.csv"]
    assert plain_parts("data/figures.csv") == ["data", "figures.csv"]
    for bad in ("", "/etc/passwd", "../x", "a/../b", "a//b", "file:x", "C:\\x", "./a", 3, None):
        with pytest.raises(UnsafeRead):
            plain_parts(bad)


# --- malformed descriptors, schemas and rows ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("[]", 3),
        ("[" * 100_000 + "]" * 100_000, 3),
        ('{"resources": {"figures": {}}}', 1),
        ('{"resources": [1, "x", null]}', 1),
        ("\xff", 3),
        ("{", 3),
    ],
)
def test_malformed_descriptors(project: Path, validate, text: str, code: int) -> None:
    (project / "datapackage" / "datapackage.json").write_text(text, encoding="utf-8", errors="surrogateescape")
    got, err = validate()
    assert got == code
    one_line_each(err)
    assert len(err.splitlines()) <= 12


def test_a_resource_without_a_path_and_a_schema_of_the_wrong_type(project: Path, validate) -> None:
    desc = descriptor(project)
    del resource(desc, "figures")["path"]
    resource(desc, "dates")["schema"] = [1, 2]
    write_descriptor(project, desc)
    code, err = validate()
    assert code == 1 and "resource 'figures' has no path" in err
    one_line_each(err)


def forge(project: Path, name: str, change) -> None:
    """Edit one CSV and record its bytes and hash (so that only the content check can object)."""
    pkg = project / "datapackage"
    data = change((pkg / f"{name}.csv").read_bytes().decode("utf-8")).encode("utf-8")
    (pkg / f"{name}.csv").write_bytes(data)
    desc = descriptor(project)
    resource(desc, name).update(bytes=len(data), hash=resource_hash(data))
    write_descriptor(project, desc)


def test_a_short_row(project: Path, validate) -> None:
    forge(project, "figures", lambda t: t.replace("\r\n", "\r\nshort,row\r\n", 1))
    code, err = validate()
    assert code == 1 and "figures.csv: cannot parse as UTF-8 CSV: row 2 has 2 fields" in err
    one_line_each(err)


def test_a_non_integer_start(project: Path, validate) -> None:
    def change(text: str) -> str:
        lines = text.split("\r\n")
        cells = lines[1].split(",")
        cells[4] = "x7"  # figure_id, source_id, line, start: the start
        lines[1] = ",".join(cells)
        return "\r\n".join(lines)

    forge(project, "figures", change)
    code, err = validate()
    assert code == 1 and "start and end must be integers" in err
    one_line_each(err)


# --- one snapshot while a build swaps the folder ----------------------------------------------------


def test_validate_reads_one_snapshot_while_the_folder_is_swapped(
    project: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pkg = project / "datapackage"
    other = tmp_path / "other"
    shutil.copytree(pkg, other)
    # another build's package: same seeds, but its CSVs differ from the descriptor read first
    (other / "figures.csv").write_bytes((other / "figures.csv").read_bytes().replace(b"count", b"money", 1))
    real = validate_module.check_files
    swapped: list[bool] = []

    def check_files_then_swap(folder: Folder, desc: dict[str, Any]) -> Any:
        tables_payloads_problems = real(folder, desc)
        # halfway through, the path now names the other package; the opened folder is unchanged
        os.rename(pkg, tmp_path / "aside")
        os.rename(other, pkg)
        swapped.append(True)
        return tables_payloads_problems

    monkeypatch.setattr(validate_module, "check_files", check_files_then_swap)
    assert validate_package(pkg) == []
    assert swapped == [True]


def test_load_reads_safely(project: Path, tmp_path: Path) -> None:
    pkg = project / "datapackage"
    assert len(load_table("figures", pkg)) > 0
    (pkg / "figures.csv").unlink()
    (pkg / "figures.csv").symlink_to("/dev/zero")
    with pytest.raises(ValueError, match="symbolic link"):
        load_table("figures", pkg)
    desc = descriptor(project)
    resource(desc, "dates")["path"] = "https://example.invalid/dates.csv"
    write_descriptor(project, desc)
    with pytest.raises(ValueError, match="not a relative path"):
        load_table("dates", pkg)
