"""Benchmark: dates, periods and subjects of economic news against a hand-annotated gold.

``python -m newsfigures.bench.periods [--gold DIR] [--corpus DIR] [--errors FILE] [--articles 345,365] [--against DIR]``
(part of ``make bench``).
The gold is ``tests/gold/bbc-business/*.json`` (one file per article, guidelines in its README): every
date or period expression with its ISO 8601 value, and every economic figure with its period and subject.
The article texts are read from ``../shared/corpus/bbc-business`` (never committed); without them the
benchmark prints one line saying so and exits 0.

Each article goes through the build as a user's would (``read_source`` then ``build_tables``, no sidecar,
no annotation), and the rows of its ``dates`` and ``figures`` tables are compared with the gold:

- dates: a predicted date matches a gold one when their spans overlap (one to one, largest overlap
  first). Span-only precision/recall/F1 count those matches; exact-value scores also need the value to
  equal the gold value (or one of its ``also`` readings, e.g. ``2004-01`` for "the start of 2004"). A
  date the build records without a value (an exclusion whose reason says the date could not be
  anchored) counts as predicted with an empty value, which is right when the gold value is empty too.
- figures: a gold figure is found when a predicted figure overlaps it (the one overlapping most; two
  gold figures may share a predicted range, "from 155,000 to 110,000"). Period accuracy is
  over the found ones (the figures table's ``period`` against the gold, empty equal to empty); subject
  and measure are scored only when the figures table has those columns, else ``n/a``.

Misses are broken down by family (quarter, relative, fiscal, season, weekday, ...), and ``--errors FILE``
lists each miss with its context.

The gold README's ``round N:`` lines (the sampling rule's draws, in annotation order) and its ``blind N:``
lines (articles annotated after the extractor's rules were developed, without looking at its output) split
the articles into groups. The last ``blind`` line is the blind set; an earlier one lists articles that were
scored blind once and used for tuning since (``was blind``, part of the tuning set). After the scores over
all articles comes one line of the main scores per group (each round's tuning, was-blind and blind parts,
the tuning set, the blind set, all), so that a score that does not carry over from the tuning set to the
blind one shows. ``--articles`` scores only the named articles. ``--against DIR`` scores a second
annotator's gold files (same format) instead of the build, on the articles both annotated: inter-annotator
agreement, the ceiling an extractor can be expected to reach on the same protocol.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "tests" / "gold" / "bbc-business"
CORPUS_DIR = ROOT.parent / "shared" / "corpus" / "bbc-business"

#: Order in which a date expression's family is decided: the first that applies wins.
DATE_FAMILIES = (
    "weekday",
    "holiday",
    "fiscal",
    "quarter",
    "half",
    "season",
    "part",
    "decade",
    "relative",
    "range",
    "day",
    "month",
    "year",
    "other",
)
#: Families of a figure's gold period, by the form of its ISO value.
PERIOD_FAMILIES = ("none", "year", "quarter", "half", "month", "day", "week", "decade", "range")

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_FAMILY_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("weekday", re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b")),
    ("holiday", re.compile(r"\b(christmas|easter|new year|thanksgiving|xmas|holiday)")),
    ("fiscal", re.compile(r"\b(financial|fiscal|tax|budget)\s+year\b|\byear\s+(to|ending|ended)\b|\bfy\s*\d")),
    ("quarter", re.compile(r"\bquarter|\bq[1-4]\b|\bthree months\b")),
    ("half", re.compile(r"\bhalf\b|\bh[12]\b|\bsix months\b")),
    ("season", re.compile(r"\b(spring|summer|autumn|fall|winter)\b")),
    ("part", re.compile(r"\bmid-|\b(start|end|beginning|middle|close|turn)\s+of\b|\b(early|late)\b")),
    (
        "decade",
        re.compile(r"\b\d{3}0s\b|\b(the\s+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"),
    ),
    (
        "relative",
        re.compile(
            r"\b(this|last|next|previous|past|coming|current|earlier|later|ago|same|following|preceding|"
            r"yesterday|today|tomorrow|before|after|rest)\b"
        ),
    ),
    ("range", re.compile(r"\bbetween\b|\d{4}\s*[-–/]\s*\d{2,4}|\bfrom\b.*\bto\b")),
    ("day", re.compile(rf"\b\d{{1,2}}(st|nd|rd|th)?\s+({_MONTHS})\b|\b({_MONTHS})\.?\s+\d{{1,2}}\b")),
    ("month", re.compile(rf"\b({_MONTHS})\b")),
    ("year", re.compile(r"^\s*(the\s+year\s+)?'?\d{2,4}\s*$|\bfull[- ]year\b|^the year\b")),
)


def date_family(quote: str, value: str = "") -> str:
    """The family of a date expression (see ``DATE_FAMILIES``), from its words and, failing them, its value."""
    q = quote.lower()
    for name, rule in _FAMILY_RULES:
        if rule.search(q):
            return name
    if "/" in value:
        return "range"
    if re.fullmatch(r"\d{4}-Q[1-4]", value):
        return "quarter"
    if re.fullmatch(r"\d{4}-H[12]", value):
        return "half"
    return "other"


def period_family(value: str) -> str:
    """The family of an ISO period value (see ``PERIOD_FAMILIES``): its granularity, ``none`` when empty."""
    if not value:
        return "none"
    if "/" in value:
        return "range"
    for name, rule in (
        ("decade", r"\d{3}X"),
        ("year", r"\d{4}"),
        ("quarter", r"\d{4}-Q[1-4]"),
        ("half", r"\d{4}-H[12]"),
        ("week", r"\d{4}-W\d{2}"),
        ("month", r"\d{4}-\d{2}"),
        ("day", r"\d{4}-\d{2}-\d{2}"),
    ):
        if re.fullmatch(rule, value):
            return name
    return "range"


# --- the gold ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldDate:
    """A gold date or period expression: its span, quote and ISO value (empty when unresolvable)."""

    start: int
    end: int
    quote: str
    value: str
    also: tuple[str, ...] = ()
    note: str = ""

    @property
    def values(self) -> frozenset[str]:
        """Every value counted as right."""
        return frozenset((self.value, *self.also))


@dataclass(frozen=True)
class GoldFigure:
    """A gold economic figure: its span, quote, period (ISO or empty) and subject code (or empty)."""

    start: int
    end: int
    quote: str
    period: str
    subject: str
    measure: str = ""
    note: str = ""


@dataclass(frozen=True)
class GoldArticle:
    """The gold of one article of the corpus."""

    article: str
    sha256: str
    dates: tuple[GoldDate, ...]
    figures: tuple[GoldFigure, ...]
    file: Path = Path()
    #: The story's present year the annotator fixed (``anchor.year``: a year, or empty when the text leaves it
    #: open); None when the gold file has no anchor.
    anchor: str | None = None


def _entry(raw: dict[str, Any], fields: Sequence[str], where: str) -> dict[str, Any]:
    """The fields of one gold entry, refusing a missing key or a span that does not match its quote's length."""
    missing = [k for k in fields if k not in raw]
    if missing:
        raise ValueError(f"{where}: missing {', '.join(missing)}")
    if raw["end"] - raw["start"] != len(raw["quote"]):
        raise ValueError(f"{where}: span {raw['start']}-{raw['end']} does not fit quote {raw['quote']!r}")
    return raw


def load_gold(path: Path) -> GoldArticle:
    """Read one gold file (JSON), checking its shape."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for key in ("article", "sha256", "dates", "figures"):
        if key not in data:
            raise ValueError(f"{path}: missing key {key!r}")
    dates = tuple(
        GoldDate(e["start"], e["end"], e["quote"], e["value"], tuple(e.get("also", ())), e.get("note", ""))
        for i, e in enumerate(data["dates"])
        if _entry(e, ("start", "end", "quote", "value"), f"{path}: dates[{i}]")
    )
    figures = tuple(
        GoldFigure(e["start"], e["end"], e["quote"], e["period"], e["subject"], e.get("measure", ""), e.get("note", ""))
        for i, e in enumerate(data["figures"])
        if _entry(e, ("start", "end", "quote", "period", "subject"), f"{path}: figures[{i}]")
    )
    anchor = data.get("anchor")
    if anchor is not None and not (
        isinstance(anchor, dict) and re.fullmatch(r"(\d{4})?", str(anchor.get("year", "-")))
    ):
        raise ValueError(f"{path}: anchor must be {{'year': '' or a year, 'evidence': ...}}, not {anchor!r}")
    year = None if anchor is None else str(anchor["year"])
    return GoldArticle(data["article"], data["sha256"], dates, figures, path, year)


def load_gold_dir(folder: Path) -> list[GoldArticle]:
    """Every gold file of a folder, by article name."""
    return sorted((load_gold(p) for p in folder.glob("*.json")), key=lambda g: g.article)


# --- rounds and groups -----------------------------------------------------------------------

_ROUND_LINE = re.compile(r"^\s+(round \d+|blind(?: \d+)?):((?:\s+\d{3})+)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Rounds:
    """The gold README's sampling rounds (label -> article stems, in annotation order) and its blind sets.

    ``blind`` is the last ``blind`` line: the articles no rule has been tuned on. ``was_blind`` gathers the
    earlier ones: scored blind once, then used for tuning, so they count in the tuning set but are still
    shown apart.
    """

    rounds: tuple[tuple[str, tuple[str, ...]], ...]
    blind: frozenset[str] = frozenset()
    was_blind: frozenset[str] = frozenset()

    def part(self, stem: str) -> str:
        """Which part of its round an article is: ``tuning``, ``was blind`` or ``blind``."""
        return "blind" if stem in self.blind else "was blind" if stem in self.was_blind else "tuning"


def read_rounds(readme: Path) -> Rounds:
    """The ``round N:`` and ``blind N:`` lines of the gold README (empty Rounds when it has none or is absent)."""
    if not readme.is_file():
        return Rounds(())
    rounds: list[tuple[str, tuple[str, ...]]] = []
    blinds: list[frozenset[str]] = []
    for m in _ROUND_LINE.finditer(readme.read_text(encoding="utf-8")):
        names = tuple(m.group(2).split())
        if m.group(1).startswith("blind"):
            blinds.append(frozenset(names))
        else:
            rounds.append((m.group(1), names))
    if not blinds:
        return Rounds(tuple(rounds))
    return Rounds(tuple(rounds), blinds[-1], frozenset().union(*blinds[:-1]) - blinds[-1])


def draw_rounds(corpus: Path, seeds: Sequence[int] = (9, 10), per_third: int = 10) -> list[tuple[str, ...]]:
    """The README's sampling rule: for each seed, ``per_third`` names from each size third, interleaved.

    The files are sorted by size in bytes, then name, and cut into three thirds; each round draws from every
    third among the names no earlier round drew, sorts each draw and interleaves them (short, medium, long,
    short, ...). A third with fewer than ``per_third`` undrawn names gives all of them (the last round). The
    result lists article stems (``071``), one tuple per round.
    """
    files = sorted(corpus.glob("*.txt"), key=lambda p: (p.stat().st_size, p.name))
    n = len(files)
    thirds = [files[: n // 3], files[n // 3 : 2 * n // 3], files[2 * n // 3 :]]
    drawn: set[str] = set()
    out: list[tuple[str, ...]] = []
    for seed in seeds:
        rng = random.Random(seed)
        left = [[p.name for p in t if p.name not in drawn] for t in thirds]
        # The last round takes what is left when a third holds fewer than per_third undrawn names.
        picks = [sorted(rng.sample(names, min(per_third, len(names)))) for names in left]
        order = [name for trio in zip(*picks, strict=True) for name in trio]
        drawn.update(order)
        out.append(tuple(name.removesuffix(".txt") for name in order))
    return out


# --- what the build says --------------------------------------------------------------------


@dataclass(frozen=True)
class PredDate:
    """A date row of the build (or an unanchored date it recorded without a value)."""

    start: int
    end: int
    quote: str
    value: str


@dataclass(frozen=True)
class PredFigure:
    """A figure row of the build; ``subject``/``measure`` are None when the table has no such column."""

    start: int
    end: int
    quote: str
    period: str
    subject: str | None
    measure: str | None


@dataclass(frozen=True)
class Prediction:
    """The dates and figures the build gives one article, and the figure columns it has."""

    dates: tuple[PredDate, ...]
    figures: tuple[PredFigure, ...]
    columns: frozenset[str] = frozenset()
    #: The story's present year as the extractor fixes it (a year, or empty when it leaves it open); None when
    #: not known (a build's tables do not say it).
    present: str | None = None


def _text(value: Any) -> str:
    """A cell as text, empty for a missing one."""
    return "" if value is None else str(value)


def is_unanchored(reason: str) -> bool:
    """Whether an exclusion's reason says it is a date that could not be anchored."""
    return "date" in reason or "anchor" in reason


def prediction_from_tables(tables: dict[str, list[dict[str, Any]]]) -> Prediction:
    """The Prediction held by the rows of a build's tables (one article)."""
    dates = [PredDate(r["start"], r["end"], r["quote"], _text(r.get("value"))) for r in tables.get("dates", [])]
    dates += [
        PredDate(r["start"], r["end"], r["quote"], "")
        for r in tables.get("exclusions", [])
        if is_unanchored(_text(r.get("reason")))
    ]
    rows = tables.get("figures", [])
    columns = frozenset(k for r in rows for k in r)
    figures = tuple(
        PredFigure(
            r["start"],
            r["end"],
            r["quote"],
            _text(r.get("period")),
            _text(r.get("subject")) if "subject" in r else None,
            _text(r.get("measure")) if "measure" in r else None,
        )
        for r in rows
    )
    return Prediction(tuple(sorted(dates, key=lambda d: (d.start, d.end))), figures, columns)


def prediction_from_gold(gold: GoldArticle) -> Prediction:
    """A second annotator's gold read as a Prediction, to score agreement between two annotators."""
    dates = tuple(
        sorted((PredDate(d.start, d.end, d.quote, d.value) for d in gold.dates), key=lambda d: (d.start, d.end))
    )
    figures = tuple(PredFigure(f.start, f.end, f.quote, f.period, f.subject, f.measure) for f in gold.figures)
    return Prediction(dates, figures, frozenset({"period", "subject", "measure"}), gold.anchor)


def predict(path: Path) -> Prediction:
    """Run the build on one article as a user's would (seed without sidecar) and read its tables."""
    from ..package.tables import build_tables
    from ..sources import read_source

    source = read_source(path)
    with tempfile.TemporaryDirectory() as tmp:
        tables, _missing = build_tables([source], Path(tmp))
    present = str(source.published.year) if source.published else story_present_year(source.text)
    return dataclasses.replace(prediction_from_tables(tables), present=present)


def story_present_year(text: str) -> str:
    """The present year the dates stage fixes for a text without a publication date (story_time), or empty."""
    from ..extraction.dates import DATE_RE
    from ..extraction.dates.present import story_time

    present = story_time(text, list(DATE_RE.finditer(text))).present
    return "" if present is None else str(present.year)


# --- scoring ----------------------------------------------------------------------------------


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Number of characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def align(gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]]) -> dict[int, int]:
    """One-to-one pairs gold index -> predicted index of overlapping spans, largest overlap first."""
    pairs = sorted(
        ((overlap(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred) if overlap(g, p) > 0),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in pairs:
        if i not in matched and j not in used:
            matched[i] = j
            used.add(j)
    return matched


def attach(gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]]) -> dict[int, int]:
    """Gold index -> index of the predicted span overlapping it most (several gold may share one: a range)."""
    out: dict[int, int] = {}
    for i, g in enumerate(gold):
        best = max(range(len(pred)), key=lambda j: overlap(g, pred[j]), default=None)
        if best is not None and overlap(g, pred[best]) > 0:
            out[i] = best
    return out


def codes(cell: str) -> frozenset[str]:
    """The codes of a subject cell (one code, or several separated by ; , or spaces), upper-cased."""
    return frozenset(c.upper() for c in re.split(r"[;,\s]+", cell) if c)


def words(text: str) -> frozenset[str]:
    """Lower-case words of a measure phrase, without a few function words."""
    stop = {"the", "a", "an", "of", "in", "on", "for", "to", "and", "its", "their", "by"}
    return frozenset(w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in stop)


@dataclass(frozen=True)
class Issue:
    """One line of the errors listing."""

    article: str
    what: str  # date-missed, date-value, date-spurious, period, subject, measure, figure-missed
    family: str
    start: int
    end: int
    quote: str
    gold: str
    predicted: str


@dataclass
class Tally:
    """Counts over the whole gold."""

    gold_dates: int = 0
    pred_dates: int = 0
    span_hits: int = 0
    value_hits: int = 0
    gold_figures: int = 0
    gold_valued: int = 0
    gold_subjects: int = 0
    found: int = 0
    period_right: int = 0
    subject_scored: int = 0
    subject_right: int = 0
    measure_scored: int = 0
    measure_right: int = 0
    measure_gold: int = 0
    #: The story's present year against the gold anchor: fixed to the gold year, fixed to another year, fixed
    #: where the gold leaves it open, left open where the gold fixes it, open in both.
    anchor_right: int = 0
    anchor_wrong: int = 0
    anchor_extra: int = 0
    anchor_missed: int = 0
    anchor_open: int = 0
    has_subject: bool = False
    has_measure: bool = False
    date_family: Counter[tuple[str, str]] = field(default_factory=Counter)
    period_family: Counter[tuple[str, str]] = field(default_factory=Counter)
    issues: list[Issue] = field(default_factory=list)


def merge(tallies: Iterable[Tally]) -> Tally:
    """One tally adding up several (counts and counters summed, issues concatenated, flags or-ed)."""
    total = Tally()
    for t in tallies:
        for f in dataclasses.fields(Tally):
            mine, theirs = getattr(total, f.name), getattr(t, f.name)
            if isinstance(mine, bool):
                setattr(total, f.name, mine or theirs)
            elif isinstance(mine, Counter):
                mine.update(theirs)
            elif isinstance(mine, list):
                mine.extend(theirs)
            else:
                setattr(total, f.name, mine + theirs)
    return total


def score_article(gold: GoldArticle, pred: Prediction, tally: Tally) -> None:
    """Add one article's comparison to the tally."""
    score_dates(gold, pred, tally)
    score_figures(gold, pred, tally)
    score_anchor(gold, pred, tally)


def score_anchor(gold: GoldArticle, pred: Prediction, tally: Tally) -> None:
    """Add one article's present year to the tally: the extractor's against the gold ``anchor`` (skipped when
    either is unknown). A wrong or missing present puts every 'this year', 'last year' and year-less month of
    the story wrong, so it is scored apart."""
    if gold.anchor is None or pred.present is None:
        return
    g, p = gold.anchor, pred.present
    if g and p:
        if g == p:
            tally.anchor_right += 1
        else:
            tally.anchor_wrong += 1
    elif p:
        tally.anchor_extra += 1
    elif g:
        tally.anchor_missed += 1
    else:
        tally.anchor_open += 1
    if g != p:
        tally.issues.append(Issue(gold.article, "anchor", "anchor", 0, 0, "", g or "(open)", p or "(open)"))


def anchor_scores(tally: Tally) -> tuple[int, float, float] | None:
    """(articles scored, precision, recall) of fixing the present year: right over fixed, right over fixed by
    the gold; None when no article was scored."""
    fixed = tally.anchor_right + tally.anchor_wrong + tally.anchor_extra
    gold = tally.anchor_right + tally.anchor_wrong + tally.anchor_missed
    scored = fixed + tally.anchor_missed + tally.anchor_open
    if not scored:
        return None
    return scored, 100 * tally.anchor_right / fixed if fixed else 0.0, 100 * tally.anchor_right / gold if gold else 0.0


def score_dates(gold: GoldArticle, pred: Prediction, tally: Tally) -> None:
    """Add one article's date expressions to the tally: span matches, value matches, misses by family."""
    name = gold.article
    tally.gold_dates += len(gold.dates)
    tally.gold_valued += sum(1 for g in gold.dates if g.value)
    tally.pred_dates += len(pred.dates)
    pairs = align([(g.start, g.end) for g in gold.dates], [(p.start, p.end) for p in pred.dates])
    for i, g in enumerate(gold.dates):
        fam = date_family(g.quote, g.value)
        tally.date_family[fam, "gold"] += 1
        if i not in pairs:
            tally.issues.append(Issue(name, "date-missed", fam, g.start, g.end, g.quote, g.value, ""))
            continue
        p = pred.dates[pairs[i]]
        tally.span_hits += 1
        tally.date_family[fam, "span"] += 1
        if p.value in g.values:
            tally.value_hits += 1
            tally.date_family[fam, "value"] += 1
        else:
            got = f"{p.quote!r} = {p.value or '(none)'}"
            tally.issues.append(Issue(name, "date-value", fam, g.start, g.end, g.quote, g.value, got))
    for j in sorted(set(range(len(pred.dates))) - set(pairs.values())):
        p = pred.dates[j]
        fam = date_family(p.quote, p.value)
        tally.issues.append(Issue(name, "date-spurious", fam, p.start, p.end, p.quote, "", p.value))


def score_figures(gold: GoldArticle, pred: Prediction, tally: Tally) -> None:
    """Add one article's economic figures to the tally: found, period, subject and measure."""
    name = gold.article
    tally.has_subject = tally.has_subject or "subject" in pred.columns
    tally.has_measure = tally.has_measure or "measure" in pred.columns
    tally.gold_figures += len(gold.figures)
    tally.gold_subjects += sum(1 for g in gold.figures if g.subject)
    tally.measure_gold += sum(1 for g in gold.figures if g.measure)
    found = attach([(g.start, g.end) for g in gold.figures], [(p.start, p.end) for p in pred.figures])
    for i, g in enumerate(gold.figures):
        fam = period_family(g.period)
        tally.period_family[fam, "gold"] += 1
        if i not in found:
            tally.issues.append(Issue(name, "figure-missed", fam, g.start, g.end, g.quote, g.period, ""))
            continue
        f = pred.figures[found[i]]
        tally.found += 1
        tally.period_family[fam, "found"] += 1
        if f.period == g.period:
            tally.period_right += 1
            tally.period_family[fam, "right"] += 1
        else:
            got = f.period or "(none)"
            tally.issues.append(Issue(name, "period", fam, g.start, g.end, g.quote, g.period or "(none)", got))
        if f.subject is not None:
            tally.subject_scored += 1
            if codes(f.subject) == codes(g.subject):
                tally.subject_right += 1
            else:
                got = f.subject or "(none)"
                tally.issues.append(Issue(name, "subject", fam, g.start, g.end, g.quote, g.subject or "(none)", got))
        if f.measure is not None and g.measure:
            tally.measure_scored += 1
            if words(f.measure) & words(g.measure):
                tally.measure_right += 1
            else:
                got = f.measure or "(none)"
                tally.issues.append(Issue(name, "measure", fam, g.start, g.end, g.quote, g.measure, got))


def prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (percent)."""
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def pct(num: int, den: int) -> str:
    """'num/den = x.x%' or n/a."""
    return f"{num}/{den} = {100 * num / den:.1f}%" if den else f"{num}/0 = n/a"


def report(tally: Tally, articles: int) -> list[str]:
    """The printout of a tally."""
    out = [f"Periods and dates benchmark: {articles} hand-annotated BBC business articles (tests/gold/bbc-business)"]
    with_period = tally.gold_figures - tally.period_family["none", "gold"]
    out.append(
        f"  gold: {tally.gold_dates} date expressions ({tally.gold_valued} with an ISO value), "
        f"{tally.gold_figures} economic figures ({with_period} with a period, {tally.gold_subjects} with a subject)"
    )
    out.append(f"  date expressions: gold {tally.gold_dates}, predicted {tally.pred_dates}")
    for label, hits in (("span + exact value", tally.value_hits), ("span only (overlap)", tally.span_hits)):
        p, r, f = prf(hits, tally.pred_dates, tally.gold_dates)
        out.append(f"    {label:<22} P {p:5.1f}  R {r:5.1f}  F1 {f:5.1f}")
    out.append(
        f"  economic figures: gold {tally.gold_figures}, found {tally.found} ({pct(tally.found, tally.gold_figures)})"
    )
    out.append(f"    period accuracy (found)      {pct(tally.period_right, tally.found)}")
    with_period = tally.found - tally.period_family["none", "found"]
    right_with = tally.period_right - tally.period_family["none", "right"]
    out.append(f"      where the gold has a period {pct(right_with, with_period)}")
    out.append(
        f"      where the gold has none     "
        f"{pct(tally.period_family['none', 'right'], tally.period_family['none', 'found'])}"
    )
    out.append(
        "    subject accuracy (found)     "
        + (pct(tally.subject_right, tally.subject_scored) if tally.has_subject else "n/a (no subject column)")
    )
    out.append(
        "    measure, >=1 gold word       "
        + (pct(tally.measure_right, tally.measure_scored) if tally.has_measure else "n/a (no measure column)")
    )
    anchors = anchor_scores(tally)
    if anchors is not None:
        scored, p, r = anchors
        out.append(
            f"  present year (gold anchor), {scored} articles: fixed right {tally.anchor_right}, fixed wrong "
            f"{tally.anchor_wrong}, fixed where the gold leaves it open {tally.anchor_extra}, open where the gold "
            f"fixes it {tally.anchor_missed}, open in both {tally.anchor_open}"
        )
        out.append(f"    fixing the present           P {p:5.1f}  R {r:5.1f}")
    out.append("  dates by family: gold / span found / value right")
    for fam in DATE_FAMILIES:
        n = tally.date_family[fam, "gold"]
        if n:
            out.append(
                f"    {fam:<9} {n:4d} {tally.date_family[fam, 'span']:5d} {tally.date_family[fam, 'value']:5d}"
                f"   missed: {n - tally.date_family[fam, 'value']}"
            )
    out.append("  figure periods by gold granularity: gold / found / period right")
    for fam in PERIOD_FAMILIES:
        n = tally.period_family[fam, "gold"]
        if n:
            out.append(
                f"    {fam:<9} {n:4d} {tally.period_family[fam, 'found']:5d} {tally.period_family[fam, 'right']:5d}"
            )
    return out


def _rate(num: int, den: int) -> str:
    """A percentage with one decimal, ``n/a`` over nothing."""
    return f"{100 * num / den:.1f}" if den else "n/a"


def group_line(label: str, articles: int, tally: Tally) -> str:
    """One row of the table by group: articles, dates (gold, span F1, value F1), figures (gold, found, period,
    subject, measure with at least one gold word)."""
    span_f1 = prf(tally.span_hits, tally.pred_dates, tally.gold_dates)[2]
    value_f1 = prf(tally.value_hits, tally.pred_dates, tally.gold_dates)[2]
    subject = _rate(tally.subject_right, tally.subject_scored) if tally.has_subject else "n/a"
    measure = _rate(tally.measure_right, tally.measure_scored) if tally.has_measure else "n/a"
    anchors = anchor_scores(tally)
    anchor = "n/a" if anchors is None else f"{anchors[1]:.0f}/{anchors[2]:.0f}"
    return (
        f"    {label:<18} {articles:4d} {tally.gold_dates:6d} {span_f1:7.1f} {value_f1:7.1f}"
        f" {tally.gold_figures:6d} {_rate(tally.found, tally.gold_figures):>6} {_rate(tally.period_right, tally.found):>7}"
        f" {subject:>8} {measure:>8} {anchor:>8}"
    )


def seen_texts(golds: Iterable[GoldArticle], rounds: Rounds) -> frozenset[str]:
    """The blind articles (stems) whose text, by its SHA-256, is also the text of a gold article outside the
    blind set: a story the corpus holds twice, whose first copy the rules have been tuned on."""
    golds = list(golds)
    tuned = {g.sha256 for g in golds if g.article.removesuffix(".txt") not in rounds.blind}
    return frozenset(
        stem for g in golds if (stem := g.article.removesuffix(".txt")) in rounds.blind and g.sha256 in tuned
    )


def group_table(by_article: dict[str, Tally], rounds: Rounds, seen: frozenset[str] = frozenset()) -> list[str]:
    """The main scores of each group of articles, then of the tuning set, the blind set and all.

    The groups are each round's tuning, was-blind and blind parts (a round with a single part is named for
    the round, plus ``was blind``/``blind`` when that is the part), and ``other`` for articles outside every
    round. A set equal to a row already printed (the blind set when one round holds it) is not repeated.
    ``seen`` names the blind articles whose text the tuning set also holds (the corpus repeats some stories
    under two names): the rules have been tuned on that text, so ``blind, new texts`` scores the blind set
    without them. Empty when the scored articles make up a single group: the scores over all articles say
    everything.
    """
    stems = {name.removesuffix(".txt"): t for name, t in by_article.items()}
    rows: list[tuple[str, list[str]]] = []
    for label, drawn in rounds.rounds:
        by_part: dict[str, list[str]] = {}
        for n in drawn:
            if n in stems:
                by_part.setdefault(rounds.part(n), []).append(n)
        parts = [(part, by_part[part]) for part in ("tuning", "was blind", "blind") if part in by_part]
        if len(parts) == 1:
            part, names = parts[0]
            rows.append((label if part == "tuning" else f"{label} {part}", names))
        else:
            rows += [(f"{label} {part}", names) for part, names in parts]
    placed = {n for _, names in rows for n in names}
    if len(placed) < len(stems):
        rows.append(("other", sorted(set(stems) - placed)))
    if len(rows) < 2:
        return []
    in_rounds = {n for _, drawn in rounds.rounds for n in drawn}
    tuning = [n for n in stems if n in in_rounds and n not in rounds.blind]
    blind = [n for n in stems if n in rounds.blind]
    fresh = [n for n in blind if n not in seen]  # equal to the blind set when none was seen: not repeated
    for label, names in (
        ("tuning set", tuning),
        ("blind set", blind),
        ("blind, new texts", fresh),
        ("all", list(stems)),
    ):
        if names and all(set(names) != set(other) for _, other in rows):  # a row already printed is not repeated
            rows.append((label, names))
    out = [
        "  by group (gold README: rounds; blind = annotated after the rules were developed;"
        " was blind = scored blind once, tuned on since)",
        "    group              art.  dates  span F1 +value    figs  found%  period% subject% measure%  anchor P/R",
    ]
    out += [group_line(label, len(names), merge(stems[n] for n in names)) for label, names in rows]
    return out


def write_errors(issues: Iterable[Issue], path: Path, texts: dict[str, str]) -> None:
    """Write the misses as tab-separated lines with some context from the article."""
    lines = ["article\twhat\tfamily\tstart\tend\tquote\tgold\tpredicted\tcontext"]
    for i in issues:
        text = texts.get(i.article, "")
        context = text[max(0, i.start - 60) : i.end + 60].replace("\n", " ").replace("\t", " ")
        lines.append(
            f"{i.article}\t{i.what}\t{i.family}\t{i.start}\t{i.end}\t{i.quote}\t{i.gold}\t{i.predicted}\t{context}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(
    gold_dir: Path,
    corpus: Path,
    errors: Path | None = None,
    articles: Iterable[str] | None = None,
    against: Path | None = None,
) -> tuple[list[str], Tally]:
    """Score every gold article whose text is in ``corpus`` (only ``articles``, stems, when given).

    With ``against`` (a folder of a second annotator's gold files) the "prediction" is that annotation,
    not the build, and only the articles it annotates are scored: the scores are inter-annotator agreement.
    Returns the printout (scores over all articles, then by group) and the tally over all articles.
    """
    import hashlib

    seconds = None if against is None else {g.article: g for g in load_gold_dir(against)}
    wanted = None if articles is None else {a.removesuffix(".txt") for a in articles}
    if seconds is not None:  # only the articles the second annotation has
        annotated = {a.removesuffix(".txt") for a in seconds}
        wanted = annotated if wanted is None else wanted & annotated
    every = load_gold_dir(gold_dir)  # read once: the articles scored, and the texts the rules were tuned on
    golds = [g for g in every if wanted is None or g.article.removesuffix(".txt") in wanted]
    notes: list[str] = []
    if wanted is not None:
        unknown = sorted(wanted - {g.article.removesuffix(".txt") for g in golds})
        notes += [f"  skipped {a}: no gold file in {gold_dir}" for a in unknown]
    texts: dict[str, str] = {}
    by_article: dict[str, Tally] = {}
    for gold in golds:
        path = corpus / gold.article
        if not path.exists():
            notes.append(f"  skipped {gold.article}: not in {corpus}")
            continue
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != gold.sha256:
            notes.append(f"  skipped {gold.article}: its text differs from the annotated one (sha256)")
            continue
        try:
            pred = predict(path) if seconds is None else prediction_from_gold(seconds[gold.article])
        except InputError as exc:
            notes.append(f"  skipped {gold.article}: the build refused it ({exc})")
            continue
        texts[gold.article] = data.decode("utf-8")
        by_article[gold.article] = Tally()
        score_article(gold, pred, by_article[gold.article])
    tally = merge(by_article.values())
    rounds = read_rounds(gold_dir / "README.md")
    lines = report(tally, len(by_article)) + group_table(by_article, rounds, seen_texts(every, rounds))
    lines += notes
    if against is not None:
        lines.insert(1, f"  agreement: the predictions are a second annotation ({against}), not the build")
    if errors is not None:
        write_errors(tally.issues, errors, texts)
        lines.append(f"  {len(tally.issues)} misses written to {errors}")
    return lines, tally


def main(argv: list[str] | None = None) -> int:
    """Command line: print the scores; exit 0, also when the corpus is absent (one line says so)."""
    ap = argparse.ArgumentParser(prog="python -m newsfigures.bench.periods", description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD_DIR, help="folder of gold JSON files")
    ap.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="folder of the article texts")
    ap.add_argument("--errors", type=Path, help="write every miss (tab-separated) to this file")
    ap.add_argument(
        "--articles",
        type=lambda v: [a.strip() for a in v.split(",") if a.strip()],
        help="score only these articles, comma-separated (345,365 or 345.txt,365.txt)",
    )
    ap.add_argument(
        "--against",
        type=Path,
        help="score a second annotator's gold folder instead of the build (inter-annotator agreement)",
    )
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"Periods and dates benchmark: skipped, no corpus at {args.corpus}")
        return 0
    if not args.gold.is_dir():
        print(f"Periods and dates benchmark: no gold folder at {args.gold}", file=sys.stderr)
        return 2
    lines, _ = run(args.gold, args.corpus, args.errors, args.articles, args.against)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
