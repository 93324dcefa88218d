"""Fixtures shared by the command-line tests: a project folder with seeds and a built package."""

import os
import shutil
from pathlib import Path

import pytest
from cli_helpers import FIXTURE_SEEDS
from hypothesis import settings

from newsfigures.cli import main

ROOT = Path(__file__).resolve().parents[1]

# No deadlines: a property test checks values, never time (the first example of a run pays for compiling
# the patterns, and a loaded machine is slow). In CI the examples are derandomized, so that a red run
# always means a change, not a new draw; a local run keeps exploring.
settings.register_profile("project", deadline=None, derandomize=bool(os.environ.get("CI")))
settings.load_profile("project")


@pytest.fixture(scope="session", autouse=True)
def article_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The builds' per-article cache (newsfigures.engine.cache) in a folder of this test session, not the user's."""
    import os

    folder = tmp_path_factory.mktemp("cache")
    os.environ["NEWSFIGURES_CACHE"] = str(folder)
    return folder


@pytest.fixture(scope="session")
def built_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the suite's own articles (tests/fixtures/seeds, not the user's seeds/) and a fresh build
    of them, made once; tests get copies (``project``)."""
    folder = tmp_path_factory.mktemp("built")
    shutil.copytree(FIXTURE_SEEDS, folder / "seeds")
    assert main(["build", "--quiet", "--seeds", str(folder / "seeds"), "--out", str(folder / "datapackage")]) == 0
    return folder


@pytest.fixture
def project(built_project: Path, tmp_path: Path) -> Path:
    """A project folder of this test's own: ``seeds/`` and the ``datapackage/`` built from them."""
    for name in ("seeds", "datapackage"):
        shutil.copytree(built_project / name, tmp_path / name)
    return tmp_path


@pytest.fixture(scope="session")
def extra_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """seeds/ plus articles of our own (tests/extra_articles.py), strict-built, with README.md and LICENSE."""
    from extra_articles import project_with_extra_articles

    folder = project_with_extra_articles(tmp_path_factory.mktemp("extra"))
    for name in ("README.md", "LICENSE", "CITATION.cff"):
        shutil.copy(ROOT / name, folder / name)
    seeds, out = str(folder / "seeds"), str(folder / "datapackage")
    assert main(["build", "--strict", "--quiet", "--seeds", seeds, "--out", out]) == 0
    return folder
