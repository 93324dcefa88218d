"""The build engine (issue 13): incremental builds, the proof by hashes, multi-part packages, Dask.

Corpora here are copies of the seeds under other names (with their sidecars and annotations), so
that every article is real text with reviewed annotations; the layout's thresholds are lowered so
that a dozen articles make a multi-part package.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from cli_helpers import FIXTURE_SEEDS

from newsfigures.cli import main
from newsfigures.engine import build as build_module
from newsfigures.engine import layout
from newsfigures.engine.build import build
from newsfigures.package import tables as tables_module
from newsfigures.package.validate import validate_package


def corpus(folder: Path, copies: int) -> Path:
    """``copies`` copies of every article of the suite's own corpus (text, sidecar, annotations; the
    tests count its rows, so not the user's seeds/), named ``c00_<seed>``..."""
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(copies):
        for seed in sorted(FIXTURE_SEEDS.iterdir()):
            shutil.copyfile(seed, folder / f"c{k:02d}_{seed.name}")
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    """Name -> bytes of every file of a package."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own per-article cache (a build reuses what any earlier build of the same files cached)."""
    monkeypatch.setenv("NEWSFIGURES_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Shards of a few articles: a corpus of more than 3 articles is cut into parts."""
    monkeypatch.setattr(layout, "SMALL", 3)
    monkeypatch.setattr(layout, "MIN_ARTICLES", 2)
    monkeypatch.setattr(layout, "TARGET", 2)
    monkeypatch.setattr(layout, "MAX_ARTICLES", 4)


@pytest.fixture
def extractions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files of the articles extracted (in this process) from now on."""
    seen: list[str] = []
    real = tables_module.process_source

    def counted(source):  # type: ignore[no-untyped-def]
        seen.append(source.file.name)
        return real(source)

    monkeypatch.setattr(tables_module, "process_source", counted)
    return seen


def test_a_build_extracts_each_article_once_and_a_rebuild_none(tmp_path, extractions):
    seeds = corpus(tmp_path / "seeds", 2)
    out = tmp_path / "datapackage"
    stats = build(str(seeds), out, workers=1, quiet=True)
    assert sorted(extractions) == sorted(p.name for p in seeds.glob("*.txt"))  # validation extracted nothing
    assert stats.cached == 0 and stats.articles == 4
    first = snapshot(out)
    extractions.clear()
    stats = build(str(seeds), out, workers=1, quiet=True)
    assert extractions == [] and stats.cached == 4
    assert snapshot(out) == first


def test_a_changed_article_or_annotation_is_extracted_again_alone(tmp_path, extractions):
    seeds = corpus(tmp_path / "seeds", 2)
    out = tmp_path / "datapackage"
    build(str(seeds), out, workers=1, quiet=True)
    notes = next(seeds.glob("c01_*.annotations.toml"))
    notes.write_text(notes.read_text(encoding="utf-8").replace('note = "', 'note = "Checked. ', 1), encoding="utf-8")
    article = next(seeds.glob("c00_*.txt"))
    article.write_bytes(article.read_bytes() + b"\nAnother paragraph without numerals.\n")
    extractions.clear()
    stats = build(str(seeds), out, workers=1, quiet=True)
    assert sorted(extractions) == sorted([article.name, notes.name.replace(".annotations.toml", ".txt")])
    assert stats.cached == 2
    assert "Checked. " in (out / "annotations.csv").read_text(encoding="utf-8")


def test_a_new_extractor_version_extracts_everything_again(tmp_path, extractions, monkeypatch):
    seeds = corpus(tmp_path / "seeds", 1)
    out = tmp_path / "datapackage"
    build(str(seeds), out, workers=1, quiet=True)
    from newsfigures.engine import articles, check

    for module in (build_module, articles, check):
        monkeypatch.setattr(module, "extractor_version", lambda: "another version")
    extractions.clear()
    stats = build(str(seeds), out, workers=1, quiet=True)
    assert stats.cached == 0 and len(extractions) == 2


def test_validate_proves_rows_by_hashes_and_full_extracts_again(tmp_path, extractions):
    seeds = corpus(tmp_path / "seeds", 1)
    out = tmp_path / "datapackage"
    build(str(seeds), out, workers=1, quiet=True)
    extractions.clear()
    assert validate_package(out) == []
    assert extractions == []
    assert validate_package(out, full=True) == []
    assert len(extractions) == 2


def test_a_forged_cache_fools_only_the_validation_that_trusts_it(tmp_path):
    """Rows edited in the package *and* in the cache (hashes made to agree) pass the hash proof;
    ``validate --full`` extracts again and names the row."""
    seeds = corpus(tmp_path / "seeds", 1)
    out = tmp_path / "datapackage"
    build(str(seeds), out, workers=1, quiet=True)
    figures = (out / "figures.csv").read_bytes().decode("utf-8")
    line = next(row for row in figures.split("\r\n") if ",USD," in row)
    forged = figures.replace(line, line.replace(",USD,", ",EUR,"))
    from newsfigures.engine.cache import blob_digest
    from newsfigures.package.write import resource_hash

    for entry_file in (tmp_path / "cache" / "articles").rglob("*.json"):
        entry = json.loads(entry_file.read_text(encoding="utf-8"))
        if line in entry["blobs"]["figures"]:
            entry["blobs"]["figures"] = entry["blobs"]["figures"].replace(line, line.replace(",USD,", ",EUR,"))
            entry["digests"]["figures"] = blob_digest(entry["blobs"]["figures"])
            entry_file.write_text(json.dumps(entry), encoding="utf-8")
    data = forged.encode("utf-8")
    (out / "figures.csv").write_bytes(data)
    desc = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    resource = next(r for r in desc["resources"] if r["name"] == "figures")
    resource["bytes"], resource["hash"] = len(data), resource_hash(data)
    copy = resource["parquet"][0]
    parquet = layout.parquet_bytes("figures", data)
    (out / copy["path"]).write_bytes(parquet)
    copy["bytes"], copy["hash"] = len(parquet), resource_hash(parquet)
    (out / "datapackage.json").write_text(json.dumps(desc, indent=2), encoding="utf-8")
    from newsfigures.package.spreadsheet import xlsx_bytes

    tables = {r["name"]: (out / r["path"]).read_bytes() for r in desc["resources"]}
    (out / "newsfigures.xlsx").write_bytes(xlsx_bytes(tables))
    assert validate_package(out, use_frictionless=False) == []
    problems = validate_package(out, use_frictionless=False, full=True)
    assert any("unit is 'EUR'; the seed gives 'USD'" in str(p) for p in problems), problems


def test_a_large_corpus_is_a_multi_part_package_that_frictionless_accepts(tmp_path, small_parts):
    import duckdb
    import frictionless
    import pandas as pd

    seeds = corpus(tmp_path / "seeds", 6)
    out = tmp_path / "datapackage"
    stats = build(str(seeds), out, workers=1, quiet=True)
    desc = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    figures = next(r for r in desc["resources"] if r["name"] == "figures")
    assert isinstance(figures["path"], list) and len(figures["path"]) == stats.shards > 1
    assert all(len(r["path"]) == stats.shards for r in desc["resources"])
    # The descriptor does not list the articles: the sources table does.
    assert len(desc["sources"]) == 1 and "12 articles" in desc["sources"][0]["title"]
    assert frictionless.validate(str(out / "datapackage.json")).valid
    # Every part holds whole articles, and the Parquet copies hold the same rows as the CSV parts.
    rows = pd.concat([pd.read_csv(out / p, keep_default_na=False, dtype=str) for p in figures["path"]])
    assert len(rows) == stats.rows["figures"]
    parquet = duckdb.sql(f"select count(*) from '{out}/figures-*.parquet'").fetchall()
    assert parquet == [(stats.rows["figures"],)]
    by_part = [set(pd.read_csv(out / p, dtype=str)["source_id"]) for p in figures["path"]]
    assert all(not (a & b) for i, a in enumerate(by_part) for b in by_part[i + 1 :])
    # The loader reads the parts as one table, each part checked against its hash.
    from newsfigures.package.load import load_table

    assert len(load_table("figures", out)) == stats.rows["figures"]
    # The codebook names the parts and their row count, and its typed DuckDB reading reads every part.
    codebook = (out / "README.md").read_text(encoding="utf-8")
    assert f"{stats.rows['figures']} rows" in codebook
    said = re.search(r"DuckDB: `(select \* from read_csv\('figures-\*\.csv'.*?\))` \(or the Parquet copies, ", codebook)
    assert said is not None
    typed = duckdb.sql(said.group(1).replace("'figures-*.csv'", f"'{out}/figures-*.csv'"))
    assert len(typed.fetchall()) == stats.rows["figures"]
    assert str(typed.types[typed.columns.index("line")]) == "BIGINT"
    assert validate_package(out) == []


def test_a_row_edited_in_a_part_is_named_by_the_part(tmp_path, small_parts, capsys, monkeypatch):
    seeds = corpus(tmp_path / "seeds", 6)
    out = tmp_path / "datapackage"
    build(str(seeds), out, workers=1, quiet=True)
    desc = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    part = next(r for r in desc["resources"] if r["name"] == "figures")["path"][1]
    text = (out / part).read_text(encoding="utf-8")
    (out / part).write_text(text.replace(",USD,", ",EUR,", 1), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["validate", "--quiet", "datapackage"]) == 1
    err = capsys.readouterr().err
    assert f"{part}: bytes or sha256 differ from the descriptor" in err
    assert f"INVALID {part} row " in err and "unit is 'EUR'; the seed gives 'USD'" in err


def test_adding_one_article_changes_one_part(tmp_path, small_parts, monkeypatch):
    """Parts end where an article's id says (not after a count): one new article changes one part."""
    monkeypatch.setattr(layout, "MIN_ARTICLES", 1)
    monkeypatch.setattr(layout, "MAX_ARTICLES", 100)
    seeds = corpus(tmp_path / "seeds", 6)
    out = tmp_path / "datapackage"
    build(str(seeds), out, workers=1, quiet=True)
    before = {p.read_bytes() for p in out.glob("figures-*.csv")}
    source = next(seeds.glob("c03_*.txt"))
    shutil.copyfile(source, seeds / source.name.replace("c03_", "c03a_"))
    stats = build(str(seeds), out, workers=1, quiet=True)
    assert stats.cached == 12
    after = {p.read_bytes() for p in out.glob("figures-*.csv")}
    assert len(before) > 2
    assert len(before - after) <= 1  # the part that took the article (none if it is a part of its own)...
    assert 1 <= len(after - before) <= 2  # ...now holds it (or is two parts, if the article ends one)


def test_a_rebuild_links_the_unchanged_parts_and_writes_the_others(tmp_path, small_parts, monkeypatch):
    """A rebuild gives the old package's files of the same bytes a name in the new one (no rewrite,
    no deletion of their data), but never a file the user linked elsewhere or one that was edited."""
    monkeypatch.setattr(layout, "MIN_ARTICLES", 1)
    monkeypatch.setattr(layout, "MAX_ARTICLES", 100)
    seeds = corpus(tmp_path / "seeds", 6)
    out = tmp_path / "datapackage"
    build(str(seeds), out, workers=1, quiet=True)
    inodes = {p.name: p.stat().st_ino for p in out.iterdir()}
    parts = sorted(p.name for p in out.glob("*-0*.*"))
    assert len(parts) > 10
    kept_elsewhere, edited = "sources-00001.csv", "figures-00001.csv"  # the first part: before the new article
    (tmp_path / "mine.csv").hardlink_to(out / kept_elsewhere)  # the user's own second name
    original = (out / edited).read_bytes()
    (out / edited).write_bytes(original + b"edited by hand\r\n")
    source = next(seeds.glob("c03_*.txt"))
    shutil.copyfile(source, seeds / source.name.replace("c03_", "c03a_"))
    build(str(seeds), out, workers=1, quiet=True)
    fresh = tmp_path / "fresh"
    build(str(seeds), fresh, workers=1, cache=None, quiet=True)
    assert snapshot(out) == snapshot(fresh)  # the same bytes as a build from scratch
    linked = {p.name for p in out.iterdir() if inodes.get(p.name) == p.stat().st_ino}
    assert linked and linked < set(parts)  # some parts changed with the new article, most did not
    assert kept_elsewhere not in linked and (tmp_path / "mine.csv").stat().st_nlink == 1
    assert edited not in linked and (out / edited).read_bytes() == original
    assert all(p.stat().st_nlink == 1 for p in out.iterdir())  # the old package's names are gone
    assert validate_package(out) == []


def test_a_build_on_a_dask_cluster_is_byte_identical(tmp_path, small_parts, monkeypatch):
    """Processes, two workers: the same bytes as the build in this process."""
    from dask.distributed import Client, LocalCluster, get_task_stream

    seeds = corpus(tmp_path / "seeds", 4)
    alone = tmp_path / "one"
    build(str(seeds), alone, workers=1, cache=None, quiet=True)
    monkeypatch.setattr(build_module, "BATCH", 2)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client, get_task_stream(client) as tasks:
            together = tmp_path / "two"
            build(str(seeds), together, scheduler=cluster.scheduler_address, cache=None, quiet=True)
        assert {t["worker"] for t in tasks.data}  # the work went to the cluster's workers
    assert snapshot(together) == snapshot(alone)


def test_workers_are_a_command_line_option(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus(tmp_path / "seeds", 1)
    assert main(["build", "--workers", "1", "--seeds", "seeds", "--out", "datapackage"]) == 0
    err = capsys.readouterr().err
    assert "articles/s" in err and "0 from the cache" in err
    assert main(["build", "--workers", "1", "--seeds", "seeds", "--out", "datapackage"]) == 0
    assert "2 from the cache" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["build", "--workers", "0"])
    assert exit_info.value.code == 2


def test_a_corpus_and_a_package_on_fsspec_paths(tmp_path, monkeypatch):
    """A corpus on another file system (fsspec's in-memory one here; S3 or GCS alike) is mirrored beside
    the package (validate reads local files only); a remote --out is built and validated in a local
    staging folder, then copied there."""
    import fsspec

    fs = fsspec.filesystem("memory")
    for seed in FIXTURE_SEEDS.iterdir():
        fs.pipe_file(f"/nf-test-corpus/{seed.name}", seed.read_bytes())
    local = tmp_path / "local"
    shutil.copytree(FIXTURE_SEEDS, local / "seeds")
    build(str(local / "seeds"), local / "datapackage", workers=1, strict=True, quiet=True)
    out = tmp_path / "datapackage"
    try:
        stats = build("memory://nf-test-corpus", out, workers=1, strict=True, quiet=True)
        assert stats.articles == 2
        for name in ("figures.csv", "dates.csv", "exclusions.csv", "annotations.csv"):
            assert (out / name).read_bytes() == (local / "datapackage" / name).read_bytes()
        assert ",nf-test-corpus/" in (out / "sources.csv").read_text(encoding="utf-8")
        assert validate_package(out, full=True) == []
        assert build("memory://nf-test-corpus", out, workers=1, quiet=True).cached == 2
        monkeypatch.chdir(tmp_path)
        assert main(["build", "--quiet", "--seeds", "memory://nf-test-corpus", "--out", "memory://nf-out/pkg"]) == 0
        assert fs.cat_file("/nf-out/pkg/figures.csv") == (out / "figures.csv").read_bytes()
        assert validate_package(tmp_path / ".pkg.staging") == []
    finally:
        for folder in ("/nf-test-corpus", "/nf-out"):
            if fs.exists(folder):
                fs.rm(folder, recursive=True)


def test_a_strict_build_lists_every_article_lacking_annotations(tmp_path, capsys, monkeypatch):
    seeds = corpus(tmp_path / "seeds", 2)
    for notes in seeds.glob("c0*_*.annotations.toml"):
        notes.unlink()
    monkeypatch.chdir(tmp_path)
    assert main(["build", "--strict", "--quiet", "--out", "pkg"]) == 3
    err = capsys.readouterr().err
    assert all(f"figure(s) of {p.name}" in err for p in seeds.glob("*.txt")), err
    assert not (tmp_path / "pkg").exists()


def test_a_multi_part_package_has_no_workbook_and_says_where_to_go(tmp_path, small_parts, monkeypatch, capsys):
    corpus(tmp_path / "seeds", 3)
    monkeypatch.chdir(tmp_path)
    assert main(["build", "--seeds", "seeds", "--workers", "1", "--out", "pkg"]) == 0
    out = tmp_path / "pkg"
    assert "no spreadsheet copy" in capsys.readouterr().err
    assert len(list(out.glob("figures-*.csv"))) > 1 and not (out / "newsfigures.xlsx").exists()
    description = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))["description"]
    assert "multi-part package has no spreadsheet copy" in description and "Parquet" in description
    codebook = (out / "README.md").read_text(encoding="utf-8")
    assert "has no `newsfigures.xlsx`" in codebook and "typed as Text" in codebook
    assert validate_package(out) == []
    (out / "newsfigures.xlsx").write_bytes(b"PK")  # a stray workbook is not the build's
    assert [p.where for p in validate_package(out)] == ["newsfigures.xlsx"]


def test_a_one_part_package_requires_its_workbook(tmp_path):
    seeds = corpus(tmp_path / "seeds", 3)
    out = tmp_path / "datapackage"
    assert build(str(seeds), out, workers=1, quiet=True).workbook
    assert "no spreadsheet copy" not in (out / "datapackage.json").read_text(encoding="utf-8")
    assert validate_package(out) == []
    (out / "newsfigures.xlsx").unlink()
    assert [p.where for p in validate_package(out)] == ["newsfigures.xlsx"]


def test_unchanged_files_are_not_read_again_and_a_racy_rewrite_is(tmp_path, extractions, monkeypatch):
    """Like git's index: a rebuild recognizes unchanged files by size, time, inode (no read), but a
    file rewritten to the same size within the timestamp granularity is still hashed."""
    from newsfigures.engine import articles

    seeds = corpus(tmp_path / "seeds", 1)
    out = tmp_path / "datapackage"
    article = next(seeds.glob("c00_000_*.txt"))
    original = article.read_bytes()
    build(str(seeds), out, workers=1, quiet=True)
    # Rewritten at once with the same size: recent, so hashed again, and extracted again.
    article.write_bytes(original.replace(b"The ", b"Th\xc3\xa9", 1))
    assert len(article.read_bytes()) == len(original)
    extractions.clear()
    build(str(seeds), out, workers=1, quiet=True)
    assert extractions == [article.name]
    # Files older than the racy window are not read to know they are unchanged.
    monkeypatch.setattr(articles, "RACY_NS", 0)
    build(str(seeds), out, workers=1, quiet=True)  # records the signatures
    reads: list[str] = []
    real = articles.read_optional
    monkeypatch.setattr(articles, "read_optional", lambda path: reads.append(path) or real(path))
    extractions.clear()
    assert build(str(seeds), out, workers=1, quiet=True).cached == 2
    assert extractions == [] and not [r for r in reads if r.endswith(".txt")]


def test_an_unchanged_batch_is_one_cache_read_and_a_changed_one_is_not_trusted(tmp_path, extractions, monkeypatch):
    """A batch whose files all keep the stat signatures recorded with it is read from one record, not
    two files per article; a changed article misses its batch's record (and only that batch's)."""
    from newsfigures.engine import articles
    from newsfigures.engine.cache import ArticleCache

    monkeypatch.setattr(build_module, "BATCH", 2)
    monkeypatch.setattr(articles, "RACY_NS", 0)
    seeds = corpus(tmp_path / "seeds", 4)
    out = tmp_path / "datapackage"
    build(str(seeds), out, workers=1, quiet=True)
    first = snapshot(out)
    kinds: list[str] = []
    real_get = ArticleCache.get

    def get(self, key, kind="articles"):  # type: ignore[no-untyped-def]
        kinds.append(kind)
        return real_get(self, key, kind)

    monkeypatch.setattr(ArticleCache, "get", get)
    extractions.clear()
    assert build(str(seeds), out, workers=1, quiet=True).cached == 8
    batches = len(list(build_module.batches(sorted(str(p) for p in seeds.glob("*.txt")), 2)))
    reading = kinds[: kinds.index("parquet")]  # then the validation proves the one-part package's rows by hashes
    assert reading == ["batches"] * batches and "stat" not in kinds
    assert extractions == [] and snapshot(out) == first
    # One article changed: its batch is run article by article, the others come from their records.
    article = next(seeds.glob("c02_000_*.txt"))
    article.write_bytes(article.read_bytes().replace(b"The ", b"A ", 1))
    kinds.clear()
    build(str(seeds), out, workers=1, quiet=True)
    assert extractions == [article.name]
    reading = kinds[: kinds.index("parquet")]
    assert reading.count("batches") == batches and 1 <= reading.count("articles") <= 4


def test_a_build_on_two_local_workers_is_byte_identical(tmp_path, small_parts, monkeypatch):
    """--workers 2 on one machine: one worker process and this process share the batches (and the
    parts' Parquet copies and checks); the same bytes as one worker."""
    seeds = corpus(tmp_path / "seeds", 4)
    monkeypatch.setattr(build_module, "BATCH", 2)
    alone, together = tmp_path / "one", tmp_path / "two"
    build(str(seeds), alone, workers=1, cache=None, quiet=True)
    from newsfigures.engine import check, runtime

    looked: list[str] = []
    real = check.input_digests
    monkeypatch.setattr(check, "input_digests", lambda path, *a: looked.append(path) or real(path, *a))
    # The cluster is up as soon as asked for: the batches after the first go to the worker process.
    monkeypatch.setattr(runtime.Runner, "prepare", lambda self: self.client())
    build(str(seeds), together, workers=2, cache=None, quiet=True)
    assert snapshot(together) == snapshot(alone)
    # The articles extracted by the worker process too: their inputs as read there came back with
    # their results, and this process's validation takes them instead of reading every input again.
    assert looked == []


def test_unit_verdicts_are_kept_by_extractor_version_and_full_ignores_them(tmp_path, small_parts, monkeypatch, cache):
    """A part checked again takes the unit verdicts an earlier check recorded (pint's registry is not
    loaded); a verdict forged in the cache is believed only by the validation that trusts the cache."""
    from newsfigures.engine import check
    from newsfigures.package import units

    seeds = corpus(tmp_path / "seeds", 2)
    out = tmp_path / "datapackage"
    build(str(seeds), out, workers=1, quiet=True)
    version = check.extractor_version()
    store = check.ArticleCache(str(cache))
    known = check.known_units(store, version)
    assert ("money", "USD") in known and known[("money", "USD")] == ""
    for record in (cache / "checks").rglob("*.json"):  # forget which parts passed; keep the verdicts
        if record.stem != check.units_key(version):
            record.unlink()

    def no_registry():  # type: ignore[no-untyped-def]
        raise AssertionError("pint's registry was loaded although every unit had a verdict")

    real_registry = units.registry
    monkeypatch.setattr(units, "registry", no_registry)
    assert validate_package(out, use_frictionless=False) == []
    check.keep_units(store, version, {**known, ("money", "USD"): "forged: USD is no currency"})
    for record in (cache / "checks").rglob("*.json"):
        if record.stem != check.units_key(version):
            record.unlink()
    problems = validate_package(out, use_frictionless=False)
    assert any("forged: USD is no currency" in str(p) for p in problems), problems
    monkeypatch.setattr(units, "registry", real_registry)
    assert not any("forged" in str(p) for p in validate_package(out, use_frictionless=False, full=True))


def _count_call(marks: str, name: str) -> str:
    """A side job for the runner's test: leaves one file per run (whatever the process)."""
    import uuid

    Path(marks, f"{name}-{uuid.uuid4().hex}").write_text(name, encoding="utf-8")
    return name


def _square(x: int) -> int:
    return x * x


@pytest.mark.parametrize("workers", [1, 2])
def test_side_jobs_run_once_each_wherever_there_is_room(tmp_path, workers):
    """Side jobs (the checks of parts written during extraction) are given out by the runner's map
    to the cluster or run here, each exactly once, and the map's results keep their order."""
    from newsfigures.engine.runtime import Runner, using

    marks = tmp_path / "marks"
    marks.mkdir()
    with using(Runner(workers)) as runner:
        jobs = []
        out = []
        for k, value in enumerate(runner.map(_square, range(40), count=40)):
            out.append(value)
            if k % 5 == 0:
                jobs.append(runner.later(_count_call, str(marks), f"job{k}"))
        late = runner.later(_count_call, str(marks), "late")  # after the map: run here when asked
        assert out == [x * x for x in range(40)]
        assert [j.result() for j in jobs] == [f"job{k}" for k in range(0, 40, 5)]
        assert late.result() == "late" and late.result() == "late"
    runs = sorted(p.read_text(encoding="utf-8") for p in marks.iterdir())
    assert runs == sorted([f"job{k}" for k in range(0, 40, 5)] + ["late"])


def test_a_weighted_map_that_takes_items_back_keeps_their_order(tmp_path):
    """Items weighed (a batch by its articles), side jobs run here only behind a deep queue, and the
    items still queued at the end taken back and run here: every result once, in order, and every
    side job run exactly once (settled at the end)."""
    from newsfigures.engine.runtime import Runner, using

    marks = tmp_path / "marks"
    marks.mkdir()
    items = [list(range(k % 7 + 1)) for k in range(30)]
    with using(Runner(2)) as runner:
        out = []
        jobs = []
        for k, value in enumerate(runner.map(len, items, count=30, weight=len, depth=8, reserve=8, retake=True)):
            out.append(value)
            if k % 4 == 0:
                jobs.append(runner.later(_count_call, str(marks), f"job{k}"))
        runner.settle()
        assert out == [len(i) for i in items]
        assert [j.result() for j in jobs] == [f"job{k}" for k in range(0, 30, 4)]
    runs = sorted(p.read_text(encoding="utf-8") for p in marks.iterdir())
    assert runs == sorted(f"job{k}" for k in range(0, 30, 4))


def test_the_builds_validation_takes_the_inputs_as_the_build_read_them(tmp_path, small_parts, monkeypatch):
    """Inside a build, the validation proves the rows against the inputs as the build read them (no
    second stat of every file); ``validate`` on its own looks at every file again, and finds one
    changed since."""
    from newsfigures.engine import check

    seeds = corpus(tmp_path / "seeds", 2)
    out = tmp_path / "datapackage"
    looked: list[str] = []
    real = check.input_digests

    def counted(path, index, real_path=None):  # type: ignore[no-untyped-def]
        looked.append(path)
        return real(path, index, real_path)

    monkeypatch.setattr(check, "input_digests", counted)
    build(str(seeds), out, workers=1, cache=None, quiet=True)
    assert looked == []
    assert validate_package(out, use_frictionless=False) == []
    assert {Path(p).name for p in looked} == {p.name for p in seeds.glob("*.txt")}
    article = sorted(seeds.glob("*.txt"))[-1]
    article.write_bytes(article.read_bytes() + b"\nOne more line.\n")
    problems = validate_package(out, use_frictionless=False)
    assert any("changed since the build" in str(p) for p in problems), problems


def test_a_cache_entry_that_cannot_be_written_leaves_no_temporary_file(tmp_path, monkeypatch):
    """A full disk (ENOSPC) while storing an entry costs only speed, and leaves nothing behind: the
    temporary file written before the rename is removed (a build on a full disk left one per article)."""
    import errno
    import os

    from newsfigures.engine import cache as cache_module

    store = cache_module.ArticleCache(str(tmp_path / "cache"))
    replace = os.replace

    def full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cache_module.os, "replace", full)
    store.put("ab" * 32, {"blobs": {}, "digests": {}})
    assert [p.name for p in (tmp_path / "cache").rglob("*") if p.is_file()] == []
    monkeypatch.setattr(cache_module.os, "replace", replace)
    store.put("ab" * 32, {"blobs": {}, "digests": {}})
    assert store.get("ab" * 32) is not None


def test_the_summary_of_a_one_article_build_says_1_article(tmp_path, capsys, monkeypatch):
    """One article (one source row) is counted in the singular: '1 article', '1 source', not '1 articles'."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    for seed in FIXTURE_SEEDS.glob("000_*"):
        shutil.copyfile(seed, tmp_path / "seeds" / seed.name)
    assert main(["build", "--workers", "1", "--seeds", "seeds", "--out", "datapackage"]) == 0
    err = capsys.readouterr().err
    assert "1 sources" not in err and "1 source," in err, err
    assert " s; 1 article, 0 from the cache" in err, err
    from newsfigures.engine.progress import counted  # the explorer's line counts with it too

    assert [counted(n, "charts") for n in (0, 1, 2)] == ["0 charts", "1 chart", "2 charts"]


def test_a_mirror_that_cannot_write_a_file_leaves_no_temporary_file(tmp_path, monkeypatch):
    """Mirroring a remote corpus on a full disk fails with the output error, and leaves no hidden
    temporary file beside the mirrored ones (it left '.NAME.tmp-PID'); the next mirror completes a
    failed one (it refused the folder for lack of the mark written last)."""
    import errno

    import fsspec

    from newsfigures.engine.remote import mirror
    from newsfigures.errors import OutputError
    from newsfigures.package import atomic

    fs = fsspec.filesystem("memory")
    for seed in FIXTURE_SEEDS.iterdir():
        fs.pipe_file(f"/nf-test-mirror/{seed.name}", seed.read_bytes())

    real = atomic.os.replace

    def full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    def fails_at(n):
        """os.replace that works n - 1 times, then finds the disk full."""
        calls: list[object] = []

        def replace_or_fail(src, dst):
            calls.append(dst)
            if len(calls) >= n:
                full(src, dst)
            real(src, dst)

        return replace_or_fail

    target = tmp_path / "mirror"
    try:
        monkeypatch.setattr(atomic.os, "replace", full)
        with pytest.raises(OutputError, match="No space left on device"):
            mirror("memory://nf-test-mirror", target)
        assert sorted(p.name for p in target.iterdir()) == []
        monkeypatch.setattr(atomic.os, "replace", fails_at(3))  # the mark and one article, then full
        with pytest.raises(OutputError, match="No space left on device"):
            mirror("memory://nf-test-mirror", target)
        assert len(list(target.iterdir())) == 2 and not any(p.name.endswith(".tmp") for p in target.iterdir())
        monkeypatch.undo()
        mirror("memory://nf-test-mirror", target)  # the next build's mirror completes the failed one
        mirrored = sorted(p.name for p in target.iterdir() if not p.name.startswith("."))
        assert mirrored == sorted(p.name for p in FIXTURE_SEEDS.iterdir())
    finally:
        fs.rm("/nf-test-mirror", recursive=True)
