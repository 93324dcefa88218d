"""Review as confirmation: the skeleton of an article's annotation file, from the automatic values.

``newsfigures annotate seeds/NAME.txt`` writes one ``[[figure]]`` entry per figure that needs a review
(:func:`~newsfigures.package.tables.needs_review`: every kind, a duration or an age too) that no entry of
``seeds/NAME.annotations.toml`` covers yet, with the extractor's
measure, subject, counterpart and period filled in and ``confirmed = false``. The reviewer reads
each against the text, corrects what is wrong (with a ``reason``), sets ``confirmed = true``; a
strict build lists every entry still unconfirmed.
"""

from __future__ import annotations

from typing import Any

from ..semantics.annotations import read_annotations
from ..sources import Source
from .provenance import one_line, reads_in
from .tables import annotations_path, process_source, toml_string

HEADER = """\
# Reviewed semantics of the figures of {name}.
# Written by `newsfigures annotate` from the automatic values: check each entry against the text,
# correct what is wrong (and say why in `reason`), then set `confirmed = true`.
# An entry points at one figure by its exact quote and words of its sentence (context).
# subject/counterpart: ISO 3166-1 alpha-2 codes or bloc codes (scripts/semantics/vocab/en/blocs.tsv);
# "" says the text gives none. status: reported, preliminary, estimated, forecast, target, requested, agreed.
"""


def context_for(figure: dict[str, Any], figures: list[dict[str, Any]]) -> str:
    """Words of the figure's sentence that single it out among figures with the same quote."""
    sentence, quote = figure["sentence"], figure["quote"]
    at = sentence.find(quote)
    same = [f for f in figures if f["quote"] == quote and f is not figure]
    for width in (20, 40, 80, len(sentence)):
        context = sentence[max(0, at - width) : at] if at > 0 else sentence[:width]
        if at - width > 0 and " " in context:
            context = context[context.index(" ") :]  # whole words
        context = one_line(context.strip())  # a context across a wrapped line: its words on one line
        if context and not any(reads_in(context, f["sentence"]) for f in same):
            return context
    return one_line(sentence.strip())


#: Written under an empty measure: a confirmed entry needs an indicator (the annotations table requires
#: one, the figure's measure by default), and the build stops at an entry that has neither.
NO_MEASURE = '# no measure found: before confirming, give indicator = "..." (what the figure measures)'


def skeleton_entries(source: Source) -> tuple[str, int]:
    """The ``[[figure]]`` entries still to review for a source, and how many."""
    result = process_source_unstrict(source)
    figures, todo = result
    blocks = []
    for f in todo:
        lines = [
            "[[figure]]",
            f"quote = {toml_string(f['quote'])}",
            f"context = {toml_string(context_for(f, figures))}",
            "confirmed = false",
            f"# extracted: value {_value(f)} {f['unit']}, qualifier {f['qualifier']}, change {f['change']} "
            "(add value, qualifier or change to correct them)",
            f"measure = {toml_string(f['measure'] or '')}",
            *([] if f["measure"] else [NO_MEASURE]),
            f"subject = {toml_string(f['subject'] or '')}",
            f"counterpart = {toml_string(f['counterpart'] or '')}",
            f"period = {toml_string(f['period'] or '')}",
            'status = "reported"',
        ]
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks), len(todo)


def _value(f: dict[str, Any]) -> str:
    """A figure's value (and upper end) for a comment."""
    upper = f["value_to"]
    return f"{f['value']:g}" + ("" if upper is None else f" to {upper:g}")


def process_source_unstrict(source: Source) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every figure row of a source and those needing a review that no entry (confirmed or not) covers."""
    result = process_source(source)
    covered: set[str] = set()
    if source.annotations_file is not None:
        entries, _ = read_annotations(source.annotations_file)
        covered = {(a.quote + "\0" + a.context) for a in entries}
    todo = [
        f
        for f in result.unannotated
        if not any(key.split("\0")[0] == f["quote"] and key.split("\0")[1] in f["sentence"] for key in covered)
    ]
    return result.figures, todo


def write_skeleton(source: Source) -> tuple[str, int]:
    """Append the entries still to review to the source's annotation file (created with a header)."""
    path = annotations_path(source)
    entries, count = skeleton_entries(source)
    if count:
        existing = path.read_text(encoding="utf-8") if path.exists() else HEADER.format(name=source.file.name)
        path.write_text(existing.rstrip("\n") + "\n\n" + entries, encoding="utf-8")
    return str(path), count
