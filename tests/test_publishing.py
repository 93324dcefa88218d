"""Publishing: a citation file cffconvert accepts, reproducible bytes, files that match the descriptor,
a codebook rendered from the descriptor, and README snippets that run.
"""

import csv
import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsfigures.cli import main
from newsfigures.package.codebook import render_codebook

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "datapackage"
#: Installed by the Makefile in an environment of its own (it pins jsonschema<4), linked into the venv's bin.
CFFCONVERT = Path(sys.executable).parent / "cffconvert"


def descriptor(package: Path = PACKAGE) -> dict:
    return json.loads((package / "datapackage.json").read_text(encoding="utf-8"))


def cffconvert_validate(path: Path) -> subprocess.CompletedProcess[str]:
    if not CFFCONVERT.exists():
        pytest.fail(f"{CFFCONVERT} is missing: `make test` installs it (see the Makefile)")
    return subprocess.run(
        [str(CFFCONVERT), "--validate", "--infile", str(path)], capture_output=True, text=True, check=False
    )


def test_cffconvert_accepts_citation_cff():
    result = cffconvert_validate(ROOT / "CITATION.cff")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "valid" in result.stdout


def test_cffconvert_rejects_a_broken_copy(tmp_path):
    """The control: the validator does fail on a CITATION.cff that breaks the schema."""
    broken = tmp_path / "CITATION.cff"
    text = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    broken.write_text(text.replace("type: dataset", "type: newspaper"), encoding="utf-8")
    assert cffconvert_validate(broken).returncode != 0


def build(project: Path) -> Path:
    """A strict build of a copy of seeds/ in ``project``, as `make datapackage` does."""
    shutil.copytree(ROOT / "seeds", project / "seeds")
    out = project / "datapackage"
    assert main(["build", "--strict", "--quiet", "--seeds", str(project / "seeds"), "--out", str(out)]) == 0
    return out


def test_two_builds_in_two_folders_are_byte_identical(tmp_path):
    first, second = build(tmp_path / "one"), build(tmp_path / "two")
    files = sorted(p.name for p in first.iterdir())
    assert files == sorted(p.name for p in second.iterdir())
    assert {"datapackage.json", "README.md"} < set(files)
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_every_resource_carries_the_hash_and_bytes_of_its_file():
    package = PACKAGE
    desc = descriptor(package)
    listed = set()
    for resource in desc["resources"]:
        data = (package / resource["path"]).read_bytes()
        assert resource["bytes"] == len(data), resource["name"]
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest(), resource["name"]
        listed.add(resource["path"])
        for copy in resource["parquet"]:
            data = (package / copy["path"]).read_bytes()
            assert copy["bytes"] == len(data) and copy["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
            listed.add(copy["path"])
    # Nothing in the folder that the descriptor does not describe, besides itself, the codebook and the
    # spreadsheet copy of the tables (which validate checks against the CSVs).
    assert {p.name for p in package.iterdir()} == listed | {"datapackage.json", "README.md", "newsfigures.xlsx"}


def test_the_codebook_is_rendered_from_the_committed_descriptor():
    """datapackage/README.md is what render_codebook makes of datapackage.json and the row counts."""
    desc = descriptor()
    counts = {}
    for resource in desc["resources"]:
        with open(PACKAGE / resource["path"], encoding="utf-8", newline="") as f:
            counts[resource["name"]] = sum(1 for _ in csv.DictReader(f))
    assert (PACKAGE / "README.md").read_text(encoding="utf-8") == render_codebook(desc, counts)


def readme_snippets(*sections: str) -> list[str]:
    """The ```python blocks of the README's sections with these headings."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    out = []
    for heading in sections:
        match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", text, flags=re.M | re.S)
        assert match, f"README has no section '## {heading}'"
        out += re.findall(r"^```python\n(.*?)^```", match.group(1), flags=re.M | re.S)
    return out


SNIPPETS = readme_snippets("Loading", "Units")


def test_the_readme_shows_the_loaders():
    joined = "\n".join(SNIPPETS)
    for needle in ("load_table(", "Package(", "duckdb.sql(", "figures_as_quantities("):
        assert needle in joined, needle


@pytest.mark.parametrize("code", SNIPPETS, ids=[f"snippet{i}" for i in range(len(SNIPPETS))])
def test_readme_snippets_run(code, built_project):
    """Run where datapackage/ holds the suite's own articles (tests/fixtures/seeds): the snippets name
    units those articles have (percent, USD, RUB), which the user's seeds/ need not have."""
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=built_project, capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, f"{code}\n{result.stderr}"


def test_the_folders_a_killed_build_leaves_are_gitignored():
    """A build killed outright leaves its folders beside the package (``write.tmp_prefix``, ``aside_prefix``), and a
    build to a URL keeps its staging folder: `git status` must not offer them for a commit of seeds/ and datapackage/."""
    from newsfigures.cli import DRAFT_DIR, PUBLISHED_DIR
    from newsfigures.engine.remote import staging_folder
    from newsfigures.package.write import aside_prefix, tmp_prefix

    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    left = [
        f"{prefix(folder)}x1y2z3/figures.csv"
        for folder in (PUBLISHED_DIR, DRAFT_DIR)
        for prefix in (tmp_prefix, aside_prefix)
    ]
    left.append(f"{staging_folder('s3://bucket/archive/datapackage', ROOT).relative_to(ROOT)}/figures.csv")
    kept = ["datapackage/figures.csv", "seeds/a.tmp-1/x.txt"]
    out = subprocess.run([git, "check-ignore", "--no-index", *left, *kept], cwd=ROOT, capture_output=True, text=True)
    assert out.stdout.split() == left
