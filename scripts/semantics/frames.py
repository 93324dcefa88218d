"""Frames that decide a figure's subject over the places of its sentence: the EU's budget rule (a deficit
limit of the stability pact is the EU's) and a national market (a firm's sales in the market its paragraph
or story states are that market's). The words are data: ``vocab/en/frames.tsv``."""

from __future__ import annotations

import re
from functools import cache

from .places import Place, find_places
from .words import vocab_rows

_S = r"[^\S\n]+"


@cache
def _words() -> dict[str, tuple[str, ...]]:
    """class -> its phrases, from ``vocab/en/frames.tsv``."""
    out: dict[str, list[str]] = {}
    for row in vocab_rows("frames.tsv"):
        out.setdefault(row[1].strip(), []).append(row[0].strip())
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _any(cls: str) -> str:
    """A regex group of the phrases of one class, each space any run of blanks."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", _S) for w in _words()[cls]) + ")"


@cache
def _pact_re() -> re.Pattern[str]:
    return re.compile(r"\b" + _any("pact") + r"\b", re.IGNORECASE)


@cache
def _limit_after() -> re.Pattern[str]:
    """After a percentage: '[budget] [deficit] limit' ('the 3% deficit limit', 'the current 3% limit')."""
    return re.compile(r"(?:" + _S + r"(?:budget" + _S + r")?deficit)?" + _S + _any("limit") + r"\b", re.IGNORECASE)


@cache
def _limit_before() -> re.Pattern[str]:
    """Before a percentage, in its clause: a verb of limiting, then a deficit and 'to' ('EU rules limit the size
    of a eurozone country's deficit to 3%')."""
    return re.compile(r"\b" + _any("limits") + r"\b[^.;:\n]{0,80}?\bdeficits?" + _S + r"to" + _S + r"\Z", re.IGNORECASE)


def pact_limit(text: str, clause: tuple[int, int], fig: tuple[int, int], kind: str) -> Place | None:
    """The EU, as the subject of a percentage that is the stability pact's deficit limit, in a text that names
    the pact and the EU (its evidence: the EU's mention nearest before the figure, else the first after it);
    None for any other figure. The rule is the EU's whatever country its sentence names: 'Greece ... has also
    broken the 3% deficit ceiling' is not Greece's figure (README of the BBC gold)."""
    if kind != "percent" or _pact_re().search(text) is None:
        return None
    after = _limit_after().match(text, fig[1], clause[1]) is not None
    if not after and _limit_before().search(text, clause[0], fig[0]) is None:
        return None
    eu = [p for p in find_places(text) if p.code == "EU"]
    if not eu:
        return None
    before = [p for p in eu if p.end <= fig[0]]
    return before[-1] if before else eu[0]
