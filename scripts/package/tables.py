"""Tables: the rows of every resource, from sources, their extractions and their annotations.

Rows are plain dicts keyed by the columns of ``newsfigures.package.fields``; this module does no I/O other
than reading the annotation files named by the sources (through ``newsfigures.semantics.annotations``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, overload

from ..errors import InputError
from ..extraction.mentions import Exclusion
from ..extraction.merge import Extraction, extract
from ..package.fields import STATUSES, TABLES
from ..package.provenance import SentenceIndex, display_form, line_at, line_starts, mention_id
from ..semantics.annotations import CORRECTABLE, Annotation, locate_exclusions, match_figures, read_annotations
from ..semantics.counted import counts_people
from ..semantics.pipeline import Semantics, read_semantics
from ..semantics.places import find_places
from ..semantics.restatements import lead_spans, link_restatements, share_when, share_who
from ..sources import Source, lead_from_text

Row = dict[str, Any]
Tables = dict[str, list[Row]]


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


def _where(
    row: Row, source_id: str, start: int, end: int, text: str, lines: list[int], sentences: SentenceIndex | None
) -> Row:
    """``row`` with the provenance columns shared by the mention tables added (the context bounded: see
    ``provenance``; none without ``sentences``, as for exclusions): put into the row being built rather
    than made as a dict of their own and copied."""
    quote = text[start:end]
    row["source_id"] = source_id
    row["line"] = line_at(lines, start)
    row["start"] = start
    row["end"] = end
    row["quote"] = quote
    row["display"] = display_form(quote)
    if sentences is None:
        return row
    context, sentence_start, sentence_end = sentences.context(start, end)
    row["sentence"] = context
    row["sentence_start"] = sentence_start
    row["sentence_end"] = sentence_end
    return row


def mention_rows(source: Source, found: Extraction, sentences: SentenceIndex) -> tuple[list[Row], list[Row], list[Row]]:
    """Figure, date and exclusion rows of one source's extraction.

    Each row is one dict that its provenance (:func:`_where`) and semantics (:func:`_put_semantics`)
    are put into, not dicts of their own copied in: this runs for every row the extract command prints.
    """
    text, sid = source.text, source.source_id
    lines = line_starts(text)
    ids = [mention_id(sid, f.start, f.end) for f in found.figures]
    date_ids = [mention_id(sid, d.start, d.end) for d in found.dates]
    spans = sentences.spans if sentences.text is text else None  # the same split: not made twice
    figures: list[Row] = []
    for i, (f, sem) in enumerate(zip(found.figures, read_semantics(text, found, spans), strict=True)):
        row = _where({"figure_id": ids[i]}, sid, f.start, f.end, text, lines, sentences)
        row["kind"] = f.kind
        row["value"] = f.value
        row["value_to"] = f.value_to
        row["unit"] = f.unit
        row["qualifier"] = f.qualifier
        row["change"] = f.change
        row["equivalent_of"] = ids[f.equivalent_of] if f.equivalent_of is not None else None
        row["same_as"] = None
        row["noun"] = f.noun
        _put_semantics(row, text, sem, date_ids)
        if f.kind == "number" and row["measure"] and counts_people(row["measure"], f.value, f.value_to):
            row["kind"], row["unit"] = "count", "count"  # 'Unemployment rose 37,000': a count of people
        row["decided_by"] = "extractor"
        figures.append(row)
    link_restatements(figures, lead_spans(text, source.title, source.subtitle))
    share_who(figures)
    share_when(figures)
    dates = []
    date_spans = {(d.start, d.end) for d in found.dates}
    for d, date_id in zip(found.dates, date_ids, strict=True):
        row = _where({"date_id": date_id}, sid, d.start, d.end, text, lines, sentences)
        row["value"] = d.value
        row["granularity"] = d.granularity
        row["resolution"] = d.resolution
        # the date the value was counted from, when it is a row of this table (a foreign key)
        row["anchor_date_id"] = mention_id(sid, *d.anchor) if d.anchor in date_spans and d.value else None
        dates.append(row)
    exclusions = []
    for x in found.exclusions:
        row = _where({"exclusion_id": mention_id(sid, x.start, x.end)}, sid, x.start, x.end, text, lines, None)
        row["reason"] = x.reason
        exclusions.append(row)
    return figures, dates, exclusions


def text_rows(
    text: str,
    published: dt.date | None = None,
    *,
    source_id: str = "text",
    file: Path = Path("text.txt"),
    lead: tuple[str, str] | None = None,
) -> tuple[list[Row], list[Row], list[Row]]:
    """Figure, date and exclusion rows of a bare text, as the extract command prints them: no sidecar or
    annotations; the headline and standfirst (``lead``, which restatements link to the body) read from the
    text unless given. The one place a text becomes rows outside a build (the CLI, the benches, the tests)."""
    title, subtitle = lead if lead is not None else lead_from_text(text)
    source = Source(source_id, file, text, "", 0, title, subtitle, published=published)
    return mention_rows(source, extract(text, published), SentenceIndex(text))


class _Sentences(Sequence[str]):
    """The whole sentences of some spans, sliced only when asked (a long line is not copied per figure)."""

    def __init__(self, index: SentenceIndex, spans: list[tuple[int, int]]) -> None:
        self._sentences = index
        self.spans = spans

    def __len__(self) -> int:
        return len(self.spans)

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...
    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self._sentences.around(*span) for span in self.spans[i]]
        return self._sentences.around(*self.spans[i])


def _put_semantics(row: Row, text: str, sem: Semantics, date_ids: list[str]) -> None:
    """Add the what, who and when columns of a figure row, each with its evidence, to ``row``, in their order."""
    m, subject, counterpart, p = sem.measure, sem.subject, sem.counterpart, sem.period
    row["measure"] = text[m[0] : m[1]] if m else None
    row["measure_start"] = m[0] if m else None
    row["measure_end"] = m[1] if m else None
    row["subject"] = subject.code if subject else None
    row["subject_start"] = subject.start if subject else None
    row["subject_end"] = subject.end if subject else None
    row["counterpart"] = counterpart.code if counterpart else None
    row["counterpart_start"] = counterpart.start if counterpart else None
    row["counterpart_end"] = counterpart.end if counterpart else None
    row["period"] = p.value if p else None
    row["period_date_id"] = date_ids[p.date] if p and p.date is not None else None
    row["period_method"] = p.method if p else None


def apply_annotation(figure: Row, a: Annotation, text: str, dates: list[Row], path: Path) -> list[str]:
    """Apply a reviewer's annotation to a figure row; the attributes it corrects, checked to have a reason."""
    corrected = []
    read = figure["value"]  # the automatic reading, before the reviewer's correction
    for key in CORRECTABLE:
        if not a.given(key):
            continue
        new = getattr(a, key)
        old = figure[key]
        same = (new or None) == (old if old != "" else None)
        if key == "value" and old is not None:
            same = abs(new - old) <= 1e-9 * max(abs(old), 1.0)
        if same:
            continue
        corrected.append(key)
        if key == "measure":
            figure.update(_measure_evidence(text, figure, new, a, path))
        elif key in ("subject", "counterpart"):
            span = place_evidence(text, figure["start"], new) if new else None
            figure[key] = new or None
            figure[f"{key}_start"], figure[f"{key}_end"] = span or (None, None)
        elif key == "period":
            figure["period"] = new or None
            figure["period_method"] = "annotation" if new else None
            figure["period_date_id"] = _date_with_value(dates, figure, new) if new else None
        else:
            figure[key] = new
    check_value(figure, a, path, read)
    if corrected and not a.reason:
        raise InputError(
            path,
            f"annotation of {a.quote!r} corrects {', '.join(corrected)} of the automatic reading: "
            'give the reason (reason = "...")',
            line=a.line,
        )
    figure["decided_by"] = "reviewer"
    return corrected


def check_value(figure: Row, a: Annotation, path: Path, read: float | None) -> None:
    """Refuse a reviewer's value or change that the codebook's reading of the row contradicts, at the key's line:
    a fall is given by its size ('shrank by 8.6%' is 8.6 with change = decrease), so no negative value with
    change = decrease; a count counts whole things (1.5 million people is 1500000), so no 5.5 people, unless
    the text's own figure (``read``, the automatic value) is a fraction: an average ('an average of 1.3
    children' is a count of 1.3), which a reviewer may confirm or correct to another fraction."""
    value, change = figure["value"], figure["change"]
    if not (a.given("value") or a.given("change")) or value is None:
        return
    key = "value" if a.given("value") else "change"
    if change == "decrease" and value < 0:
        raise InputError(
            path,
            f"value {value:g} with change = decrease: a fall is given by its size, positive "
            f'(value = {-value:g}, change = "decrease")',
            line=a.at(key),
        )
    averaged = read is not None and read != int(read)
    if a.given("value") and figure["kind"] == "count" and value != int(value) and not averaged:
        raise InputError(
            path, f"value {value:g} of a count ({figure['quote']!r}) must be a whole number", line=a.at("value")
        )


def _measure_evidence(text: str, figure: Row, measure: str, a: Annotation, path: Path) -> Row:
    """Offsets of a reviewer's measure: its words must be in the figure's sentence, as written."""
    if not measure:
        return {"measure": None, "measure_start": None, "measure_end": None}
    base = figure["sentence_start"]
    sentence = text[base : figure["sentence_end"]]  # the whole sentence (the `sentence` cell is clipped)
    at = sentence.find(measure)
    if at < 0:
        raise InputError(
            path, f"measure {measure!r} is not words of the figure's sentence, as written", line=a.at("measure")
        )
    return {"measure": measure, "measure_start": base + at, "measure_end": base + at + len(measure)}


def place_evidence(text: str, before: int, code: str) -> tuple[int, int] | None:
    """The mention of a place code nearest the figure: in its sentence or before it, else after it."""
    spans = [(p.start, p.end) for p in find_places(text) if p.code == code]
    earlier = [sp for sp in spans if sp[0] < before]
    if earlier:
        return earlier[-1]
    return spans[0] if spans else None


def _date_with_value(dates: list[Row], figure: Row, value: str) -> str | None:
    """The date expression nearest before the figure (else after it) whose value is the reviewer's period."""
    same = [d for d in dates if d["value"] == value]
    earlier = [d for d in same if d["start"] < figure["start"]]
    pick = earlier[-1] if earlier else (same[0] if same else None)
    return pick["date_id"] if pick else None


def copy_to_equivalents(figures: list[Row]) -> None:
    """A conversion in parentheses restates its figure: it takes its reviewed what, who and when."""
    by_id = {f["figure_id"]: f for f in figures}
    for f in figures:
        original = by_id.get(f["equivalent_of"] or "")
        if original is not None and original["decided_by"] == "reviewer":
            for key in SEMANTIC_COLUMNS:
                f[key] = original[key]
            f["decided_by"] = "reviewer"


SEMANTIC_COLUMNS = (
    "measure", "measure_start", "measure_end", "subject", "subject_start", "subject_end", "counterpart",
    "counterpart_start", "counterpart_end", "period", "period_date_id", "period_method",
)  # fmt: skip


def annotation_row(figure: Row, a: Annotation, corrected: list[str]) -> Row:
    """The annotations-table row of an annotated figure."""
    return {
        "figure_id": figure["figure_id"],
        "source_id": figure["source_id"],
        "indicator": a.indicator or figure["measure"] or "",
        "subject": figure["subject"],
        "counterpart": figure["counterpart"],
        "period": figure["period"],
        "status": a.status,
        "obs_status": STATUSES[a.status],
        "note": a.note,
        "corrected": "; ".join(corrected),
        "reason": a.reason,
    }


def named_indicator(row: Row, a: Annotation, path: Path) -> Row:
    """The annotations row, when it says what its figure measures (the table requires an indicator: the
    reviewer's, else the figure's measure); else the error at the entry's line, so that the build stops
    on the reviewer's file rather than on a row of the built annotations.csv."""
    if not row["indicator"]:
        reason = (
            f'{a.quote!r} has no measure: give indicator = "..." (what the figure measures) '
            "or measure = '...' (words of its sentence)"
        )
        raise InputError(path, reason, line=a.line)
    return row


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
            _Sentences(sentences, [(f["start"], f["end"]) for f in figures]),
            source.annotations_file,
        )
        if source.annotations_file is not None
        else {}
    )
    annotation_rows = []
    for i, a in sorted(matched.items()):
        if not a.confirmed:
            continue
        assert source.annotations_file is not None
        corrected = apply_annotation(figures[i], a, source.text, dates, source.annotations_file)
        annotation_rows.append(named_indicator(annotation_row(figures[i], a, corrected), a, source.annotations_file))
    copy_to_equivalents(figures)
    unannotated = [f for f in figures if needs_review(f)]
    return SourceResult(figures, dates, exclusions, annotation_rows, unannotated)


def needs_review(figure: Row) -> bool:
    """Whether a figure row still lacks the confirmed annotation a strict build requires: every figure the
    figures table publishes, of every kind (a duration or an age too: '15 or so years', 'the largest drop for
    26 years' are claims a reader checks as an amount is), so that a strict build publishes no figure nobody
    reviewed. A conversion in parentheses takes its original's review (:func:`copy_to_equivalents`); a headline
    figure restating a body figure (``same_as``) needs its own: the link is read by value alone, and the who and
    when it shares are the body figure's automatic ones, not the reviewer's."""
    return figure["decided_by"] != "reviewer" and not figure["equivalent_of"]


def build_tables(
    sources: list[Source],
    root: Path,
    strict: bool = False,
    progress: Callable[[int, int, Source], None] | None = None,
) -> tuple[Tables, list[Row]]:
    """Rows of every table for the sources, and the figures that lack an annotation.

    In strict mode a source with such figures stops the build, naming the first few.
    """
    tables: Tables = {t.name: [] for t in TABLES}
    missing: list[Row] = []
    unconfirmed: list[tuple[Source, list[Row]]] = []
    for n, source in enumerate(sources, 1):
        if progress:
            progress(n, len(sources), source)
        result = process_source(source)
        if result.unannotated:
            unconfirmed.append((source, result.unannotated))
        tables["sources"].append(source_row(source, root))
        tables["figures"].extend(result.figures)
        tables["dates"].extend(result.dates)
        tables["exclusions"].extend(result.exclusions)
        tables["annotations"].extend(result.annotations)
        missing.extend(result.unannotated)
    if strict and unconfirmed:
        raise strict_error(unconfirmed)
    return tables, missing


def annotations_path(source: Source) -> Path:
    """The annotation file of a source, whether or not it exists yet."""
    return source.annotations_file or source.file.with_name(source.file.stem + ".annotations.toml")


def strict_error(unconfirmed: list[tuple[Source, list[Row]]]) -> InputError:
    """One error listing every figure, of every source, that no confirmed annotation covers."""
    return unconfirmed_error(
        [
            (
                annotations_path(s),
                s.file.name,
                [(f["quote"], f["line"]) for f in rows],
                "" if s.annotations_file else str(s.file),
            )
            for s, rows in unconfirmed
        ]
    )


def toml_string(value: str) -> str:
    """A TOML string for any text: a literal string when it can be one, else a basic string (what ``annotate``
    writes as an entry's quote, and what the strict build's list shows, so it can be pasted as ``quote =``)."""
    if "'" not in value and "\n" not in value and "\r" not in value:
        return f"'{value}'"
    return json.dumps(value, ensure_ascii=False)


def unconfirmed_error(entries: Sequence[tuple[Path | str, str, Sequence[tuple[str, int]], str]]) -> InputError:
    """:func:`strict_error` from (annotation file, article file name, (quote, line) of each figure,
    the article's path when its annotation file does not exist yet, else "") per article: what a
    build that keeps no Source (``newsfigures.engine``) collects. A file not written yet is named
    with the command that writes it: a new user's first strict build meets it before ``annotate``."""
    total = sum(len(rows) for _, _, rows, _ in entries)
    lines = []
    for where, name, rows, seed in entries:
        listed = ", ".join(f"{toml_string(quote)} (line {line})" for quote, line in rows)
        missing = f" (not written yet: `newsfigures annotate {seed}` writes it)" if seed else ""
        lines.append(f"{where}{missing}: {len(rows)} figure(s) of {name}: {listed}")
    return InputError(
        entries[0][0],
        f"strict mode: {total} figure(s) have no confirmed annotation "
        f"(newsfigures annotate SEED writes the entries to confirm):\n  " + "\n  ".join(lines),
    )
