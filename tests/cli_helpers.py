"""Helpers of the command-line tests (tests/test_cli.py, tests/test_reliability.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newsfigures.cli import main

ROOT = Path(__file__).resolve().parents[1]
HOOKED = Path(__file__).with_name("hooked_build.py")
#: The suite's own articles (tests/fixtures/README.md): the machinery's tests count their rows, so they
#: read these, not seeds/, which may hold any valid set of articles.
FIXTURE_SEEDS = Path(__file__).with_name("fixtures") / "seeds"


def build_article(tmp_path: Path, name: str, text: str) -> Path:
    """Build (in-process, quiet) a package of one seed article ``name`` holding ``text``; its folder."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / name).write_text(text, encoding="utf-8")
    out = tmp_path / "pkg"
    assert main(["build", "--quiet", "--seeds", str(seeds), "--out", str(out)]) == 0
    return out


def snapshot(folder: Path) -> dict[str, bytes]:
    """Name -> bytes of every file of a folder."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def strays(project: Path, name: str = "datapackage") -> list[str]:
    """Temporary or set-aside folders a build left beside the package."""
    return sorted(p.name for p in project.glob(f".{name}.*"))


def environment(**extra: str) -> dict[str, str]:
    """A minimal environment for running the command line from the repository."""
    return {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", **extra}


def run(
    project: Path, *args: str, hooked: bool = False, timeout: float = 120, **env: str
) -> subprocess.CompletedProcess[str]:
    """``python -m newsfigures ARGS`` (or the hooked driver) in a project folder."""
    command = [sys.executable, str(HOOKED)] if hooked else [sys.executable, "-m", "newsfigures"]
    return subprocess.run(
        [*command, *args],
        cwd=project,
        capture_output=True,
        text=True,
        env=environment(**env),
        timeout=timeout,
        check=False,
    )


def build(project: Path, *extra: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``newsfigures build --seeds seeds --out datapackage EXTRA`` in a project folder."""
    return run(project, "build", "--seeds", "seeds", "--out", "datapackage", *extra, **env)
