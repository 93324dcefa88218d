"""One version and one release date everywhere: package, pyproject, CITATION.cff, descriptor."""

import json
import re
import tomllib
from pathlib import Path

import yaml
from package_checks import citation_drift, sources_rows

from newsfigures import RELEASE_DATE, __version__
from newsfigures.package.citation import licence_of_texts

ROOT = Path(__file__).resolve().parents[1]


def test_one_version_everywhere():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    descriptor = json.loads((ROOT / "datapackage" / "datapackage.json").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == __version__
    assert str(cff["version"]) == __version__
    assert descriptor["version"] == __version__
    assert str(cff["date-released"]) == RELEASE_DATE
    assert descriptor["created"].startswith(RELEASE_DATE)


def test_citation_names_every_source_article():
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    descriptor = json.loads((ROOT / "datapackage" / "datapackage.json").read_text(encoding="utf-8"))
    assert cff["type"] == "dataset"
    cited = [(r["title"], r.get("url"), str(r["date-published"])) for r in cff["references"]]
    sources = [(s["title"], s.get("path"), s["published"]) for s in descriptor["sources"]]
    assert cited == sources
    assert all(r["type"] == "newspaper-article" and r["publisher"]["name"] for r in cff["references"])


def test_the_citation_files_are_what_the_sources_table_generates():
    """CITATION.cff, the README's citation and LICENSE's publishers: `make datapackage` rewrites them."""
    assert citation_drift(ROOT, ROOT / "datapackage") == [], "run `make datapackage` and commit the result"


def test_licences_are_stated_for_code_data_and_texts():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in text and "CC-BY-4.0" in text and "remain the property of their publishers" in text
    licences = json.loads((ROOT / "datapackage" / "datapackage.json").read_text())["licenses"]
    assert [lic["name"] for lic in licences] == ["CC-BY-4.0", "MIT", "LicenseRef-publishers"]
    assert licences[2] == licence_of_texts(sources_rows(ROOT / "datapackage"))
    for row in sources_rows(ROOT / "datapackage"):
        assert row["publisher"] in licences[2]["title"]
        assert row["publisher"] in " ".join(text.split())


def test_the_readme_citation_says_what_citation_cff_says():
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    descriptor = json.loads((ROOT / "datapackage" / "datapackage.json").read_text(encoding="utf-8"))
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## How to cite", 1)[1]
    bibtex = dict(re.findall(r"^\s*(\w+)\s*=\s*\{(.*)\},?\s*$", section, flags=re.M))
    year = str(cff["date-released"])[:4]
    author = cff["authors"][0]["name"]
    assert bibtex["title"] == cff["title"] == descriptor["title"]
    assert bibtex["version"] == str(cff["version"])
    assert bibtex["year"] == year
    assert bibtex["author"] == "{" + author + "}"
    assert f"{author} ({year}). *{cff['title']}* (version {cff['version']})" in section
