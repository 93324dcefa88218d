"""Tables: the rows of every resource, from sources, their extractions and their annotations.

Rows are plain dicts keyed by the columns of ``newsfigures.package.fields``; this module does no I/O other
than reading the annotation files named by the sources (through ``newsfigures.semantics.annotations``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..extraction.mentions import Exclusion
from ..extraction.merge import Extraction, extract
from ..package.fields import STATUSES, TABLES
from ..package.provenance import SentenceIndex, display_form, line_at, line_starts, mention_id
from ..semantics.annotations import Annotation, locate_exclusions, match_figures, read_annotations
from ..semantics.restatements import lead_spans, link_restatements
from ..sources import Source

Row = dict[str, Any]
Tables = dict[str, list[Row]]
#: Kinds of figure that must carry a reviewed annotation in strict mode.
ECONOMIC_KINDS = frozenset({"money", "percent", "count"})


@dataclass(frozen=True)
class SourceResult:
    """One source's rows, table by table."""

    figures: list[Row]
    dates: list[Row]
    exclusions: list[Row]
    annotations: list[Row]
    unannotated: list[Row]


def source_row(source: Source, root: Path) -> Row:
    """The sources-table row of a source; ``path`` is relative to ``root`` (the package's parent)."""
    return {
        "source_id": source.source_id,
        "path": Path(os.path.relpath(source.file.resolve(), root.resolve())).as_posix(),
        "sha256": source.sha256,
        "bytes": source.bytes,
        "characters": len(source.text),
        "title": source.title,
        "subtitle": source.subtitle,
        "authors": "; ".join(source.authors),
        "publisher": source.publisher,
        "original_publisher": source.original_publisher,
        "published": source.published,
        "url": source.url,
        "language": source.language,
        "kind": source.kind,
        "metadata_origin": source.metadata_origin,
    }


def _where(source_id: str, start: int, end: int, text: str, lines: list[int], sentences: SentenceIndex) -> Row:
    """The provenance columns shared by the mention tables."""
    return {
        "source_id": source_id,
        "line": line_at(lines, start),
        "start": start,
        "end": end,
        "quote": text[start:end],
        "display": display_form(text[start:end]),
        "sentence": sentences.around(start, end),
    }


def mention_rows(source: Source, found: Extraction, sentences: SentenceIndex) -> tuple[list[Row], list[Row], list[Row]]:
    """Figure, date and exclusion rows of one source's extraction."""
    text, sid = source.text, source.source_id
    lines = line_starts(text)
    ids = [mention_id(sid, f.start, f.end) for f in found.figures]
    figures = [
        {
            "figure_id": ids[i],
            **_where(sid, f.start, f.end, text, lines, sentences),
            "kind": f.kind,
            "value": f.value,
            "value_to": f.value_to,
            "unit": f.unit,
            "qualifier": f.qualifier,
            "change": f.change,
            "equivalent_of": ids[f.equivalent_of] if f.equivalent_of is not None else None,
            "same_as": None,
            "noun": f.noun,
            "period": None,
        }
        for i, f in enumerate(found.figures)
    ]
    link_restatements(figures, lead_spans(text, source.title, source.subtitle))
    dates = [
        {
            "date_id": mention_id(sid, d.start, d.end),
            **_where(sid, d.start, d.end, text, lines, sentences),
            "value": d.value,
            "granularity": d.granularity,
            "resolution": d.resolution,
        }
        for d in found.dates
    ]
    exclusions = []
    for x in found.exclusions:
        row = {
            "exclusion_id": mention_id(sid, x.start, x.end),
            **_where(sid, x.start, x.end, text, lines, sentences),
        }
        del row["sentence"]
        exclusions.append({**row, "reason": x.reason})
    return figures, dates, exclusions


def annotation_row(figure: Row, a: Annotation) -> Row:
    """The annotations-table row of an annotated figure."""
    return {
        "figure_id": figure["figure_id"],
        "source_id": figure["source_id"],
        "indicator": a.indicator,
        "subject": a.subject,
        "counterpart": a.counterpart,
        "period": a.period,
        "status": a.status,
        "obs_status": STATUSES[a.status],
        "note": a.note,
    }


def process_source(source: Source) -> SourceResult:
    """Extract one source and apply its reviewed annotations and exclusions."""
    sentences = SentenceIndex(source.text)
    annotations: list[Annotation] = []
    reviewed: list[Exclusion] = []
    if source.annotations_file is not None:
        annotations, excludes = read_annotations(source.annotations_file)
        reviewed = [
            Exclusion(s, e, source.text[s:e], x.reason)
            for s, e, x in locate_exclusions(excludes, source.text, sentences.around, source.annotations_file)
        ]
    found = extract(source.text, source.published, reviewed)
    figures, dates, exclusions = mention_rows(source, found, sentences)
    matched = (
        match_figures(
            annotations,
            [f["quote"] for f in figures],
            [f["sentence"] for f in figures],
            source.annotations_file,
        )
        if source.annotations_file is not None
        else {}
    )
    annotation_rows = []
    for i, a in sorted(matched.items()):
        figures[i]["period"] = a.period or None
        annotation_rows.append(annotation_row(figures[i], a))
    unannotated = [
        f
        for i, f in enumerate(figures)
        if f["kind"] in ECONOMIC_KINDS and i not in matched and not f["equivalent_of"] and not f["same_as"]
    ]
    return SourceResult(figures, dates, exclusions, annotation_rows, unannotated)


def build_tables(
    sources: list[Source],
    root: Path,
    strict: bool = False,
    progress: Callable[[int, int, Source], None] | None = None,
) -> tuple[Tables, list[Row]]:
    """Rows of every table for the sources, and the economic figures that lack an annotation.

    In strict mode a source with such figures stops the build, naming the first few.
    """
    tables: Tables = {t.name: [] for t in TABLES}
    missing: list[Row] = []
    for n, source in enumerate(sources, 1):
        if progress:
            progress(n, len(sources), source)
        result = process_source(source)
        if strict and result.unannotated:
            listed = ", ".join(f"{f['quote']!r} (line {f['line']})" for f in result.unannotated[:5])
            more = f" and {len(result.unannotated) - 5} more" if len(result.unannotated) > 5 else ""
            where = source.annotations_file or source.file.with_name(source.file.stem + ".annotations.toml")
            raise InputError(
                where,
                f"strict mode: {len(result.unannotated)} economic figure(s) of {source.file.name} have no "
                f"annotation: {listed}{more}",
            )
        tables["sources"].append(source_row(source, root))
        tables["figures"].extend(result.figures)
        tables["dates"].extend(result.dates)
        tables["exclusions"].extend(result.exclusions)
        tables["annotations"].extend(result.annotations)
        missing.extend(result.unannotated)
    return tables, missing
