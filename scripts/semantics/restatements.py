"""Restatements: a headline or standfirst figure that repeats a body figure, often rounded.

"J&J agrees $25bn Guidant deal" over "... agreed to buy Guidant for $25.4bn" is one claim made twice.
The headline figure gets ``same_as`` = the body figure's id, so that distinct claims are the rows
without ``same_as``, and each claim's restatements are one ``groupby(same_as.fillna(figure_id))``.

A figure restates another when both have the same kind and unit, neither is a range, their change
agrees (the same, or one of them states none: "growth at 8.1%" over "grew by 8.1%"), and the
headline's value is the body's rounded to the last digit the headline writes, to the nearest or
down (newsrooms do both): $25bn stands for a body value in [24.5bn, 26bn), 8.1% for [8.05, 8.2).
When the body holds such figures of different values, the restatement is ambiguous and nothing
is linked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from ..package.provenance import running_text
from ..sources import HEADER_LINES, strip_markup

#: The first written numeral of a quote, with its decimals ("25.4" in "$25.4bn", "1,200" in "1,200 jobs").
_NUMERAL = re.compile(r"\d[\d,]*(?:\.(\d+))?")
#: Relative tolerance of float comparisons (values are products of a numeral and a scale).
_EPSILON = 1e-9


def lead_spans(text: str, title: str, subtitle: str) -> list[tuple[int, int]]:
    """Offsets ``[start, end)`` of the headline line and the standfirst line among the header lines."""
    wanted = {t for t in (title, subtitle) if t}
    spans: list[tuple[int, int]] = []
    pos, seen = 0, 0
    # a hard-wrapped headline is one line; only '\n' ends one (as in sources.header_lines), not a form feed or U+2028
    for line in running_text(text).split("\n"):
        body = line.rstrip("\r")
        if body.strip():
            seen += 1
            if strip_markup(body) in wanted:
                wanted.discard(strip_markup(body))
                spans.append((pos, pos + len(body)))
        pos += len(line) + 1
        if not wanted or seen >= HEADER_LINES:
            break
    return spans


def rounding_step(quote: str, value: float) -> float | None:
    """The value of one unit of the last digit the quote writes ("$25bn" -> 1e9, "8.1%" -> 0.1)."""
    m = _NUMERAL.search(quote)
    if not m:
        return None  # a number word ("five jobs"): restated only by the same value
    written = float(m.group(0).replace(",", ""))
    if written == 0:
        return None
    return abs(value / written) * 10 ** -len(m.group(1) or "")


def restates(lead: Mapping[str, Any], body: Mapping[str, Any]) -> bool:
    """True when the ``lead`` figure row is the ``body`` figure row said again, possibly rounded."""
    if any(str(lead[k]) != str(body[k]) for k in ("kind", "unit")):
        return False
    if lead["change"] != body["change"] and "none" not in (lead["change"], body["change"]):
        return False
    if lead.get("value_to") not in (None, "") or body.get("value_to") not in (None, ""):
        return False
    value, other = float(lead["value"]), float(body["value"])
    step = rounding_step(str(lead["quote"]), value) or 0.0
    slack = _EPSILON * max(abs(value), abs(other), 1.0)
    excess = abs(other) - abs(value)  # how far the body's value goes beyond the headline's
    return -step / 2 - slack <= excess <= (step - slack if step else slack)


def link_restatements(figures: Sequence[dict[str, Any]], lead: Sequence[tuple[int, int]]) -> None:
    """Set ``same_as`` of each lead figure that restates exactly one body value (first such body figure).

    A body conversion in parentheses counts ("1.55bn euros ($2bn)" under a "$2bn" headline).
    """
    in_lead = [any(s <= f["start"] and f["end"] <= e for s, e in lead) for f in figures]
    body = [f for f, is_lead in zip(figures, in_lead, strict=True) if not is_lead]
    for f, is_lead in zip(figures, in_lead, strict=True):
        if not is_lead or f.get("equivalent_of"):
            continue
        matches = [b for b in body if restates(f, b)]
        if len({float(b["value"]) for b in matches}) == 1:
            f["same_as"] = matches[0]["figure_id"]


def restated(figures: Sequence[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Each figure with ``same_as`` (a headline figure) and the body figure it restates."""
    by_id = {f["figure_id"]: f for f in figures}
    for f in figures:
        body = by_id.get(f.get("same_as") or "")
        if body is not None:
            yield f, body


#: The columns of who a figure is about, with their evidence: a restatement shares its body figure's.
WHO_COLUMNS = ("subject", "subject_start", "subject_end", "counterpart", "counterpart_start", "counterpart_end")


def share_who(figures: Sequence[dict[str, Any]]) -> None:
    """Give each headline figure with ``same_as`` the subject and counterpart of its body figure (and their
    evidence): the headline's figure is about what its body says ("Steel firm 'to cut' 45,000 jobs" over
    "The Dutch firm ... could cut 45,000 jobs" is Dutch), not about a headline that names no place."""
    for f, body in restated(figures):
        f.update({k: body[k] for k in WHO_COLUMNS})


def share_when(figures: Sequence[dict[str, Any]]) -> None:
    """Give each headline figure with ``same_as`` and no period of its own the period of its body figure
    (method ``restatement``, linked to the body figure's date): "Crop production up 24%" over "produced
    14.27 million tonnes of crops in 2004, 24% higher than in 2003" is 2004. A headline's own date wins."""
    for f, body in restated(figures):
        if not f.get("period") and body.get("period"):
            f.update(period=body["period"], period_date_id=body["period_date_id"], period_method="restatement")
