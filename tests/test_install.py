"""The project installs as the package ``newsfigures``, never as a top-level ``scripts`` module."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _declared_packages() -> list[str]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]


def test_every_code_folder_is_declared_under_its_import_name():
    """A new folder of scripts/ that pyproject.toml forgets would be missing from every installed copy."""
    folders = sorted(
        ".".join(("newsfigures", *p.parent.relative_to(ROOT / "scripts").parts))
        for p in (ROOT / "scripts").rglob("__init__.py")
    )
    assert sorted(_declared_packages()) == folders


@pytest.mark.skipif(
    subprocess.run([sys.executable, "-m", "pip", "--version"], capture_output=True).returncode != 0,
    reason="pip is not available in this environment",
)
def test_the_wheel_holds_newsfigures_and_no_scripts_module(tmp_path):
    """``pip install .`` gives ``newsfigures`` (with ``__main__``) and installs nothing named ``scripts``."""
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
    )
    # no page of setuptools warnings on a user's first install: the data folders (vocab/en) are data, not
    # packages "absent from the `packages` configuration"
    assert "absent from the `packages` configuration" not in built.stderr
    (wheel,) = tmp_path.glob("newsfigures-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/")[0] for n in names if not n.split("/")[0].endswith((".dist-info", ".data"))}
    assert top == {"newsfigures"}
    assert "newsfigures/__main__.py" in names
    for package in _declared_packages():
        assert package.replace(".", "/") + "/__init__.py" in names
    # every vocabulary file (word lists and patterns as data, of any stage and format) is read at run time:
    # each ships with the code, or an installed package fails at import
    scripts = ROOT / "scripts"
    vocab = [p for p in scripts.rglob("*") if p.is_file() and "vocab" in p.relative_to(scripts).parts[:-1]]
    assert any(p.suffix == ".toml" for p in vocab) and any(p.suffix == ".tsv" for p in vocab)
    missing = [p for p in vocab if "newsfigures/" + p.relative_to(scripts).as_posix() not in names]
    assert missing == []


def test_the_readme_installs_newsfigures_only_from_a_clone_or_a_git_url():
    """The project is on no package index: `pip install newsfigures...` from one cannot work."""
    import re

    commands = re.findall(r"pip install ([^`\n#]+)", (ROOT / "README.md").read_text(encoding="utf-8"))
    assert commands
    for command in commands:
        target = command.strip().strip("'\"")
        if "newsfigures" in target or target.startswith((".", "git+")):
            assert target.startswith((".", "git+")) or "@ git+" in target, command
