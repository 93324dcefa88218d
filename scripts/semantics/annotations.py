"""Reviewed annotations: what the economic figures of an article measure, and reviewed exclusions.

``seeds/NAME.annotations.toml`` holds two kinds of entries::

    [[figure]]                      # semantics of one figure
    quote = "\\$1.5 billion"          # the figure's exact quote
    context = "trade turnover"       # words of the figure's sentence that single it out
    indicator = "bilateral trade turnover"
    subject = "KG"                   # ISO 3166-1 alpha-2 where it is a country
    counterpart = "RU"
    period = "2020"                  # ISO 8601
    status = "preliminary"           # see newsfigures.package.fields.STATUSES (SDMX OBS_STATUS where it fits)
    note = "..."

    [[exclude]]                      # a numeral that is not a claim, with the reason
    quote = "..."
    context = "..."
    reason = "name"

An entry points at a figure by quote and context and never restates a number: there is no
value key. An entry that matches no figure, or more than one, stops the build with the line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..package.fields import ISO_PATTERN, STATUSES
from ..sources import load_toml

FIGURE_KEYS = ("quote", "context", "indicator", "subject", "counterpart", "period", "status", "note")
EXCLUDE_KEYS = ("quote", "context", "reason", "note")
_ISO_RE = re.compile(ISO_PATTERN)
_REASON_RE = re.compile(r"^[a-z][a-z_]*$")


@dataclass(frozen=True)
class Annotation:
    """The reviewed semantics of one figure."""

    line: int
    quote: str
    context: str
    indicator: str
    status: str
    subject: str = ""
    counterpart: str = ""
    period: str = ""
    note: str = ""


@dataclass(frozen=True)
class ReviewedExclusion:
    """A numeral a reviewer declared not to be a claim."""

    line: int
    quote: str
    context: str
    reason: str
    note: str = ""


def table_lines(raw: str, name: str) -> list[int]:
    """Lines of the ``[[name]]`` headers of a TOML text, in order."""
    return [raw.count("\n", 0, m.start()) + 1 for m in re.finditer(rf"(?m)^[ \t]*\[\[[ \t]*{name}[ \t]*\]\]", raw)]


def country_or_name(value: str, path: Path, line: int, key: str) -> str:
    """Accept an ISO 3166-1 alpha-2 code (checked against pycountry) or a free name."""
    if re.fullmatch(r"[A-Z]{2}", value):
        import pycountry

        if pycountry.countries.get(alpha_2=value) is None:
            raise InputError(path, f"{key} {value!r} is not an ISO 3166-1 alpha-2 country code", line=line)
    return value


def _entry(raw: dict[str, Any], keys: Sequence[str], path: Path, line: int, kind: str) -> dict[str, str]:
    """Check an entry's keys and that every value is a non-empty string."""
    for key, value in raw.items():
        if key not in keys:
            raise InputError(path, f"[[{kind}]] has unknown key {key!r} (known: {', '.join(keys)})", line=line)
        if not isinstance(value, str) or not value.strip():
            raise InputError(path, f"[[{kind}]] {key} must be a non-empty string", line=line)
    if "quote" not in raw:
        raise InputError(path, f"[[{kind}]] needs a quote", line=line)
    return {k: v.strip() if k != "quote" else v for k, v in raw.items()}


def parse_annotation(raw: dict[str, Any], path: Path, line: int) -> Annotation:
    """One ``[[figure]]`` entry, checked."""
    e = _entry(raw, FIGURE_KEYS, path, line, "figure")
    for key in ("indicator", "status"):
        if key not in e:
            raise InputError(path, f"[[figure]] needs {key}", line=line)
    if e["status"] not in STATUSES:
        raise InputError(path, f"status {e['status']!r} is not one of {', '.join(STATUSES)}", line=line)
    if "period" in e and not _ISO_RE.match(e["period"]):
        raise InputError(path, f"period {e['period']!r} is not ISO 8601 (2020, 2020-Q4, 2021-02, ...)", line=line)
    for key in ("subject", "counterpart"):
        if key in e:
            country_or_name(e[key], path, line, key)
    return Annotation(line=line, context=e.get("context", ""), **{k: v for k, v in e.items() if k != "context"})


def parse_exclusion(raw: dict[str, Any], path: Path, line: int) -> ReviewedExclusion:
    """One ``[[exclude]]`` entry, checked."""
    e = _entry(raw, EXCLUDE_KEYS, path, line, "exclude")
    if not _REASON_RE.match(e.get("reason", "")):
        raise InputError(path, "[[exclude]] needs a reason code such as 'name' (lowercase, _)", line=line)
    return ReviewedExclusion(line=line, context=e.get("context", ""), **{k: v for k, v in e.items() if k != "context"})


def read_annotations(path: Path) -> tuple[list[Annotation], list[ReviewedExclusion]]:
    """Read an annotations file into its figure entries and exclusion entries."""
    data, raw = load_toml(path)
    unknown = set(data) - {"figure", "exclude"}
    if unknown:
        key = sorted(unknown)[0]
        raise InputError(path, f"unknown table {key!r} (known: [[figure]], [[exclude]])", line=_key_line(raw, key))
    figures = data.get("figure", [])
    excludes = data.get("exclude", [])
    if not isinstance(figures, list) or not isinstance(excludes, list):
        raise InputError(path, "figure and exclude must be arrays of tables: [[figure]], [[exclude]]")
    for name, entries in (("figure", figures), ("exclude", excludes)):
        if not all(isinstance(e, dict) for e in entries):
            raise InputError(
                path,
                f"{name} must be an array of tables ([[{name}]] entries), not of values",
                line=_key_line(raw, name),
            )
    f_lines, x_lines = table_lines(raw, "figure"), table_lines(raw, "exclude")
    annotations = [parse_annotation(e, path, _nth(f_lines, i)) for i, e in enumerate(figures)]
    exclusions = [parse_exclusion(e, path, _nth(x_lines, i)) for i, e in enumerate(excludes)]
    return annotations, exclusions


def _nth(lines: list[int], i: int) -> int:
    """The i-th header line, or 1 when the file uses inline tables we cannot locate."""
    return lines[i] if i < len(lines) else 1


def _key_line(raw: str, key: str) -> int | None:
    """The line where a top-level key or table is introduced."""
    m = re.search(rf"(?m)^[ \t]*\[*[ \t]*{re.escape(key)}\b", raw)
    return raw.count("\n", 0, m.start()) + 1 if m else None


def match_figures(
    annotations: Sequence[Annotation], quotes: Sequence[str], sentences: Sequence[str], path: Path
) -> dict[int, Annotation]:
    """Figure index -> its annotation; every annotation must match exactly one figure."""
    by_quote: dict[str, list[int]] = {}
    for i, q in enumerate(quotes):
        by_quote.setdefault(q, []).append(i)
    out: dict[int, Annotation] = {}
    for a in annotations:
        hits = [i for i in by_quote.get(a.quote, []) if a.context in sentences[i]]
        if not hits:
            near = (
                "; figures with that quote exist, but not in a sentence with that context"
                if a.quote in by_quote
                else ""
            )
            raise InputError(
                path,
                f"annotation matches no figure: quote {a.quote!r} with context {a.context!r}{near}",
                line=a.line,
            )
        if len(hits) > 1:
            raise InputError(
                path,
                f"annotation matches {len(hits)} figures (quote {a.quote!r}): give a context that singles one out",
                line=a.line,
            )
        if hits[0] in out:
            raise InputError(
                path,
                f"figure {a.quote!r} is annotated twice (first at line {out[hits[0]].line})",
                line=a.line,
            )
        out[hits[0]] = a
    return out


def locate_exclusions(
    excludes: Sequence[ReviewedExclusion], text: str, sentence_of: Any, path: Path
) -> list[tuple[int, int, ReviewedExclusion]]:
    """Spans of reviewed exclusions: every occurrence of the quote whose sentence has the context."""
    out: list[tuple[int, int, ReviewedExclusion]] = []
    for x in excludes:
        spans = [
            (m.start(), m.end())
            for m in re.finditer(re.escape(x.quote), text)
            if x.context in sentence_of(m.start(), m.end())
        ]
        if not spans:
            raise InputError(
                path, f"exclusion matches nothing: quote {x.quote!r} with context {x.context!r}", line=x.line
            )
        out.extend((s, e, x) for s, e in spans)
    return out
