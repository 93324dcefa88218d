"""Reviewed annotations: a reviewer's confirmation (or correction) of an article's figures.

``seeds/NAME.annotations.toml`` holds two kinds of entries (``newsfigures annotate`` writes the first
kind from the automatic values)::

    [[figure]]                      # one figure, confirmed or corrected
    quote = "\\$1.5 billion"         # the figure's exact quote
    context = "trade turnover"       # words of the figure's sentence that single it out
    confirmed = true                 # false: still to review (a strict build lists it); default true
    indicator = "bilateral trade turnover"   # the reviewer's wording (default: the measure)
    measure = "bilateral trade turnover"     # words of the sentence, as written
    subject = "KG"                   # ISO 3166-1 alpha-2, or a bloc code (vocab/en/blocs.tsv); "" for none
    counterpart = "RU"
    period = "2020"                  # ISO 8601; "" for none
    status = "preliminary"           # see newsfigures.package.fields.STATUSES (SDMX OBS_STATUS where it fits)
    note = "..."
    reason = "..."                   # required when an attribute differs from the automatic reading

    [[exclude]]                      # a numeral that is not a claim, with the reason
    quote = "..."
    context = "..."
    reason = "name"

A key left out confirms the automatic value; a key that differs corrects it (``value``,
``qualifier``, ``change``, ``period``, ``measure``, ``subject``, ``counterpart``) and needs a
``reason``, which the annotations table records. An entry that matches no figure, or more than
one, stops the build with the line.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..extraction.dates.values import point_bounds
from ..extraction.mentions import CHANGES, QUALIFIERS
from ..package.fields import ISO_PATTERN, STATUSES
from ..package.provenance import one_line, reads_in, running_text
from ..sources import load_toml

FIGURE_KEYS = (
    "quote", "context", "confirmed", "indicator", "measure", "subject", "counterpart", "period",
    "value", "qualifier", "change", "status", "note", "reason",
)  # fmt: skip
#: Attributes of a figure an annotation can correct (with a reason), in the order the tables list them.
CORRECTABLE = ("value", "qualifier", "change", "period", "measure", "subject", "counterpart")
#: Keys an annotation may set to "" to say the text gives no such thing (a correction, with a reason).
CLEARABLE = frozenset({"period", "measure", "subject", "counterpart"})
EXCLUDE_KEYS = ("quote", "context", "reason", "note")
_ISO_RE = re.compile(ISO_PATTERN)
_REASON_RE = re.compile(r"^[a-z][a-z_]*$")


@dataclass(frozen=True)
class Annotation:
    """The reviewed semantics of one figure."""

    line: int
    quote: str
    context: str
    status: str
    indicator: str = ""
    subject: str | None = None  # None: confirms the automatic value; "": the text gives none
    counterpart: str | None = None
    period: str | None = None
    measure: str | None = None
    value: float | None = None
    qualifier: str | None = None
    change: str | None = None
    note: str = ""
    reason: str = ""
    confirmed: bool = True
    #: The line of each key the entry gives (where an error about that key points).
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def given(self, key: str) -> bool:
        """True when the entry states the attribute (to confirm or correct it)."""
        return getattr(self, key) is not None

    def at(self, key: str) -> int:
        """The line of ``key`` in the file, or the entry's header line where it is not written out."""
        return line_of(self.lines, key, self.line)


@dataclass(frozen=True)
class ReviewedExclusion:
    """A numeral a reviewer declared not to be a claim."""

    line: int
    quote: str
    context: str
    reason: str
    note: str = ""


_KEY_RE = re.compile(r"""^[ \t]*(["']?)([A-Za-z0-9_-]+)\1[ \t]*=""")
#: What can hide a line start or a bracket from the key scan: strings (a multi-line one may hold a line
#: 'status = ...' or '[x]'), comments, the brackets of a multi-line array, and line ends.
_TOKEN_RE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"{0,2}"""'
    r"|'''.*?'{0,2}'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'[^'\n]*'"
    r"|#[^\n]*"
    r"|[\[\]\n]",
    re.S,
)


def line_starts(raw: str) -> list[int]:
    """The offset where each line of a text starts (line n at index n - 1), lines ending at '\\n' only, as
    TOML's do (a U+2028 in a quote ends none): built once per text, so that finding the line of each of its
    entries and keys is a look-up, not a count from the text's start (quadratic in the entries)."""
    starts = [0]
    pos = raw.find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = raw.find("\n", pos + 1)
    return starts


def table_lines(raw: str, name: str, starts: Sequence[int]) -> list[int]:
    """Lines of the ``[[name]]`` headers of a TOML text, in order: a line that only looks like one inside a
    multi-line string or a comment (a note quoting a pasted entry) is no header, else every later entry
    would be blamed on the line of the entry before it. The name may be quoted, as TOML allows (``[["figure"]]``).
    ``starts``: the text's :func:`line_starts`."""
    hidden = [m.span() for m in _TOKEN_RE.finditer(raw) if m.group()[0] in "\"'#"]
    hidden_starts = [s for s, _ in hidden]
    lines = []
    for m in re.finditer(rf"""(?m)^[ \t]*\[\[[ \t]*(["']?){name}\1[ \t]*\]\]""", raw):
        i = bisect.bisect_right(hidden_starts, m.start()) - 1
        if i < 0 or hidden[i][1] <= m.start():
            lines.append(bisect.bisect_right(starts, m.start()))
    return lines


def key_lines(raw: str, header: int, starts: Sequence[int]) -> dict[str, int]:
    """The line of each key of the table whose header is on line ``header`` (1-based): the lines after it,
    up to the next table header. Only a line that starts a statement counts, not one inside a multi-line
    string or array (a note may quote 'status = x'); lines end at '\\n' only, as TOML's do and as
    :func:`table_lines` counts them (a U+2028 in a quote ends none). A key met twice keeps its first line
    (TOML refuses a repeated key). ``starts``: the text's :func:`line_starts` (the scan reads the entry's lines
    only)."""
    lines: dict[str, int] = {}
    if header >= len(starts):  # the header is the text's last line: no key after it
        return lines
    pos = starts[header]
    n, depth, start = header + 1, 0, pos
    while True:
        if start >= 0:  # a statement may begin here: a key, or the next table's header
            end = raw.find("\n", start)
            text = raw[start : end if end >= 0 else len(raw)]
            if text.lstrip().startswith("["):
                return lines
            m = _KEY_RE.match(text)
            if m:
                lines.setdefault(m[2], n)
            start = -1
        token = _TOKEN_RE.search(raw, pos)
        if token is None:
            return lines
        pos, kind = token.end(), token[0]
        if kind == "[":
            depth += 1
        elif kind == "]":
            depth = max(depth - 1, 0)
        else:
            n += kind.count("\n")
            if kind == "\n" and depth == 0:
                start = pos


def country_or_name(value: str, path: Path, line: int, key: str) -> str:
    """Accept an ISO 3166-1 alpha-2 code (checked against pycountry) or a bloc code of blocs.tsv."""
    from .places import blocs, is_code

    if value and not is_code(value):
        raise InputError(
            path,
            f"{key} {value!r} is not an ISO 3166-1 alpha-2 country code, nor a bloc code "
            f"({', '.join(blocs())}; scripts/semantics/vocab/en/blocs.tsv)",
            line=line,
        )
    return value


def entry_lines(raw: str, name: str) -> list[tuple[int, dict[str, int]]]:
    """The header line and the key lines (:func:`key_lines`) of every ``[[name]]`` entry of a TOML text, in
    order: one table of line starts serves them all, so the cost grows with the text, not with the text
    times its entries."""
    starts = line_starts(raw)
    return [(header, key_lines(raw, header, starts)) for header in table_lines(raw, name, starts)]


def line_of(at: Mapping[str, int] | None, key: str, header: int) -> int:
    """The line of ``key`` in an entry (``at``: its keys' lines), or the entry's header line where the key is
    not written out or the lines are unknown: where an error about that key points."""
    return (at or {}).get(key, header)


def _entry(
    raw: dict[str, Any], keys: Sequence[str], path: Path, line: int, kind: str, at: dict[str, int] | None = None
) -> dict[str, str]:
    """Check an entry's keys and that every value is a non-empty string; an error names the key's line
    (``at``), else the header's."""
    header = line
    for key, value in raw.items():
        line = line_of(at, key, header)
        if key not in keys:
            raise InputError(path, f"[[{kind}]] has unknown key {key!r} (known: {', '.join(keys)})", line=line)
        if key == "confirmed":
            if not isinstance(value, bool):
                raise InputError(path, f"[[{kind}]] confirmed must be true or false", line=line)
        elif key == "value":
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise InputError(path, f"[[{kind}]] value must be a number", line=line)
            if not math.isfinite(value):  # TOML's nan and inf (and 1e309): no number column holds them
                raise InputError(path, f"[[{kind}]] value must be a finite number, not {value}", line=line)
        elif not isinstance(value, str) or (not value.strip() and key not in CLEARABLE):
            raise InputError(path, f"[[{kind}]] {key} must be a non-empty string", line=line)
    if "quote" not in raw:
        raise InputError(path, f"[[{kind}]] needs a quote", line=header)
    return {k: v.strip() if isinstance(v, str) and k != "quote" else v for k, v in raw.items()}


def period_problem(period: str) -> str | None:
    """Why a period that has the form of ISO 8601 names no time ('2005-02-29', '2004-W53' of a year of
    52 weeks, '2005/2004', which ends before it starts), or None: the pattern alone accepts them."""
    try:
        bounds = [point_bounds(point) for point in period.split("/")]
    except ValueError:
        return "names a day or ISO week the calendar does not have"
    if len(bounds) == 2 and bounds[1][1] < bounds[0][0]:
        return "ends before it starts"
    return None


def parse_annotation(raw: dict[str, Any], path: Path, line: int, at: dict[str, int] | None = None) -> Annotation:
    """One ``[[figure]]`` entry, checked; ``at`` gives its keys' lines, where their errors point."""
    lines = at or {}

    def of(key: str) -> int:
        return line_of(lines, key, line)

    e: dict[str, Any] = _entry(raw, FIGURE_KEYS, path, line, "figure", lines)
    if "status" not in e:
        raise InputError(path, "[[figure]] needs status", line=line)
    if e["status"] not in STATUSES:
        raise InputError(path, f"status {e['status']!r} is not one of {', '.join(STATUSES)}", line=of("status"))
    if e.get("period") and not _ISO_RE.match(e["period"]):
        raise InputError(
            path, f"period {e['period']!r} is not ISO 8601 (2020, 2020-Q4, 2021-02, ...)", line=of("period")
        )
    problem = period_problem(e["period"]) if e.get("period") else None
    if problem:
        raise InputError(path, f"period {e['period']!r} {problem}", line=of("period"))
    if "qualifier" in e and e["qualifier"] not in QUALIFIERS:
        raise InputError(
            path, f"qualifier {e['qualifier']!r} is not one of {', '.join(QUALIFIERS)}", line=of("qualifier")
        )
    if "change" in e and e["change"] not in CHANGES:
        raise InputError(path, f"change {e['change']!r} is not one of {', '.join(CHANGES)}", line=of("change"))
    for key in ("subject", "counterpart"):
        if key in e:
            country_or_name(e[key], path, of(key), key)
    if "value" in e:
        e["value"] = float(e["value"])
    fields = {k: v for k, v in e.items() if k != "context"}
    return Annotation(line=line, context=e.get("context", ""), lines=dict(lines), **fields)


def parse_exclusion(raw: dict[str, Any], path: Path, line: int, at: dict[str, int] | None = None) -> ReviewedExclusion:
    """One ``[[exclude]]`` entry, checked; ``at`` gives its keys' lines, where their errors point."""
    e = _entry(raw, EXCLUDE_KEYS, path, line, "exclude", at)
    if not _REASON_RE.match(e.get("reason", "")):
        raise InputError(
            path, "[[exclude]] needs a reason code such as 'name' (lowercase, _)", line=line_of(at, "reason", line)
        )
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
    f_lines, x_lines = entry_lines(raw, "figure"), entry_lines(raw, "exclude")
    annotations = [parse_annotation(e, path, *_nth(f_lines, i)) for i, e in enumerate(figures)]
    exclusions = [parse_exclusion(e, path, *_nth(x_lines, i)) for i, e in enumerate(excludes)]
    return annotations, exclusions


def _nth(lines: list[tuple[int, dict[str, int]]], i: int) -> tuple[int, dict[str, int]]:
    """The i-th entry's header line and key lines (:func:`entry_lines`), or line 1 and none when the file uses
    inline tables we cannot locate."""
    return lines[i] if i < len(lines) else (1, {})


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
        by_quote.setdefault(one_line(q), []).append(i)  # a quote across a wrapped line: its words
    out: dict[int, Annotation] = {}
    for a in annotations:
        hits = [i for i in by_quote.get(one_line(a.quote), []) if reads_in(a.context, sentences[i])]
        if not hits:
            near = (
                "; figures with that quote exist, but not in a sentence with that context"
                if one_line(a.quote) in by_quote
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


def _quote_pattern(quote: str, joined: bool) -> str:
    """The pattern of a reviewer's ``quote`` in a text's running reading: its words as written, a line break
    read as a space; where soft breaks were joined (``joined``) a space is any run of spaces, for a joined
    break keeps the characters around it ('2004 \\nmodel' and a CRLF's '2004\\r\\nmodel' read '2004  model')."""
    words = one_line(quote)
    return r"[ \t]+".join(re.escape(w) for w in words.split(" ")) if joined else re.escape(words)


def locate_exclusions(
    excludes: Sequence[ReviewedExclusion], text: str, sentence_of: Any, path: Path
) -> list[tuple[int, int, ReviewedExclusion]]:
    """Spans of reviewed exclusions: every occurrence of the quote whose sentence has the context."""
    out: list[tuple[int, int, ReviewedExclusion]] = []
    reading = running_text(text)  # a quote across a soft line break is found by its words (same offsets)
    for x in excludes:
        spans = [
            (m.start(), m.end())
            for m in re.finditer(_quote_pattern(x.quote, joined=reading is not text), reading)
            if reads_in(x.context, sentence_of(m.start(), m.end()))
        ]
        if not spans:
            raise InputError(
                path, f"exclusion matches nothing: quote {x.quote!r} with context {x.context!r}", line=x.line
            )
        out.extend((s, e, x) for s, e in spans)
    return out
