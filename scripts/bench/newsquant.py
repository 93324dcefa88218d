"""Benchmark: accuracy on NewsQuant and throughput on a news corpus, beside quantulum3.

``python -m newsfigures.bench [DIR ...] [--eval DIR] [--errors FILE]`` (``make bench``). It runs on
any folders of ``*.txt`` files and, when ``../shared`` is beside the repository, on its development
material: ``eval/newsquant-dev.json`` for accuracy, ``corpus/bbc-business`` for throughput.

Scoring follows the NewsQuant authors: per sentence, a predicted quantity matches a gold one when
the values are close (relative tolerance 1e-5); a gold range ("LOW-HIGH") only matches a predicted
range, both ends; each gold quantity is matched at most once (greedy, in gold order). Because we
fold sub-units into currencies (50 cents -> 0.5 USD), a value also matches gold value × the unit map's
factor. Value+unit also needs the units to agree by dimensionality and factor in the project
registry (``newsfigures.package.units``), not by spelling. quantulum3 (a benchmark-only dependency) runs in the
same process on the same texts; its units are mapped to ours where pint knows them.

Change and concept follow the CQE authors' evaluation code (github.com/satya77/CQE_Evaluation,
``evaluate_models.py`` and ``tagger.py``; Almasian et al., EMNLP 2023), checked line by line:

- labels are compared as strings, gold ``=``, ``~``, ``up``, ``down``, ``>``, ``<`` against the
  system's label (``values_match`` then ``model_change == gt_change``); ``change_label`` maps our
  qualifier and change to these labels by the annotators' conventions;
- the gold concept is split on commas and white space (``re.split`` of ``[,\\s]+``) and both sides are lower-cased in
  ``concepts_match``; partial = the two word sets intersect, complete = the intersection has as many
  words as the gold and the prediction; a gold ``-`` is the one word '-', which CQE's tagger also
  outputs when it finds no concept, so "no concept" on both sides matches, on one side does not
  (here: an empty set on both sides);
- CQE's tagger predicts the *nouns* of its concept (``referred_concepts.get_nouns()``, spaCy tokens,
  which split a possessive 's off) and the gold lists content words: ``measure_words`` keeps the
  content words of our ``measure`` (no determiners, prepositions, pronouns, conjunctions or
  auxiliaries of ``semantics/vocab/en/words.tsv``; possessive marks dropped). NewsQuant's unit of a
  count is its noun ('13000 workers'), so a count's noun is not a concept word; the concept of a
  count is then who holds the things counted (``Semantics.holder``: 'Ford, which has 13000 workers');
- two differences, both stricter here: the authors' loop counts change and concept at every
  value-matching prediction until one also matches the unit (a gold can score twice, and a
  prediction whose unit differs stays available to the next gold); here each gold and each
  prediction are matched at most once, greedily in gold order, and the authors sort both sides by
  unit name first. Precision divides by all predictions, recall by all gold quantities, as theirs.
  ``score_sentence_authors`` reproduces their loop, and the report prints our scores counted by it
  on a second line, so that the comparison with CQE's published figures is like for like.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import platform
import re
import resource
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only
    from ..extraction.mentions import Figure
    from ..extraction.merge import Extraction

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
REL_TOL = 1e-5
_RANGE_RE = re.compile(r"\s*(-?[\d.]+(?:[eE][-+]?\d+)?)\s*-\s*(-?[\d.]+(?:[eE][-+]?\d+)?)\s*")


@dataclass(frozen=True)
class Gold:
    """A gold quantity: value (or range), unit in our registry, factor to that unit."""

    low: float
    high: float | None
    unit: str
    factor: float
    change: str = "="
    concept: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Pred:
    """A predicted quantity; ``change`` a NewsQuant label, ``concept`` its words (None: not predicted)."""

    low: float
    high: float | None
    unit: str
    change: str | None = None
    concept: frozenset[str] | None = None


@dataclass
class Score:
    """Counts and the derived precision, recall and F1."""

    predicted: int = 0
    gold: int = 0
    value_hits: int = 0
    unit_hits: int = 0
    change_hits: int = 0
    concept_partial: int = 0
    concept_complete: int = 0

    def prf(self, hits: int) -> tuple[float, float, float]:
        """Precision, recall, F1 (percent) for a number of hits."""
        p = hits / self.predicted if self.predicted else 0.0
        r = hits / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return 100 * p, 100 * r, 100 * f


def parse_gold_value(text: str) -> tuple[float, float | None]:
    """'8.6' -> (8.6, None); '252.0-287.0' -> (252, 287)."""
    m = _RANGE_RE.fullmatch(text)
    if m:
        return float(m.group(1)), float(m.group(2))
    return float(text), None


def load_unit_map(path: Path) -> dict[str, tuple[str, float]]:
    """NewsQuant normalized unit -> (pint unit, factor)."""
    out = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            factor = 1.0
            if row["note"].startswith("factor"):
                factor = float(row["note"].split()[1].rstrip(";,"))
            out[row["normalized_unit"]] = (row["pint_unit"], factor)
    return out


def close(a: float, b: float) -> bool:
    """Values agree within the benchmark's relative tolerance."""
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12)


def value_match(p: Pred, g: Gold) -> bool:
    """A prediction matches a gold quantity by value (range only with range)."""
    if (p.high is None) != (g.high is None):
        return False
    ok_low = close(p.low, g.low) or close(p.low, g.low * g.factor)
    if g.high is None:
        return ok_low
    return ok_low and p.high is not None and (close(p.high, g.high) or close(p.high, g.high * g.factor))


def score_sentence(preds: list[Pred], golds: list[Gold], same_unit: Callable[[str, str], bool], score: Score) -> None:
    """Greedy matching of one sentence's predictions to its gold quantities."""
    score.predicted += len(preds)
    score.gold += len(golds)
    used: set[int] = set()
    for g in golds:
        for i, p in enumerate(preds):
            if i not in used and value_match(p, g):
                used.add(i)
                score.value_hits += 1
                if same_unit(p.unit, g.unit):
                    score.unit_hits += 1
                score.change_hits += p.change == g.change
                if p.concept is not None:
                    shared = bool(p.concept & g.concept) or not (p.concept or g.concept)
                    score.concept_partial += shared
                    score.concept_complete += p.concept == g.concept
                break


def score_sentence_authors(
    preds: list[Pred], golds: list[Gold], same_unit: Callable[[str, str], bool], score: Score
) -> None:
    """The CQE authors' own loop (``calculate_metrics`` in CQE_Evaluation), for comparison only.

    For each gold, every prediction that matches its value counts change and concept, and value while
    fewer value hits than golds were counted in the sentence; the first one that also matches the unit
    is removed and ends the search. So one gold may score change or concept twice, and a prediction
    whose unit differs stays available to the next gold (their sort of both sides by unit name, which
    only reorders ties, is left out).
    """
    score.predicted += len(preds)
    score.gold += len(golds)
    tags = list(preds)
    left = len(golds)
    for g in golds:
        for p in list(tags):
            if not value_match(p, g):
                continue
            if left > 0:
                score.value_hits += 1
                left -= 1
            score.change_hits += p.change == g.change
            if p.concept is not None:
                score.concept_partial += bool(p.concept & g.concept) or not (p.concept or g.concept)
                score.concept_complete += p.concept == g.concept
            if same_unit(p.unit, g.unit):
                score.unit_hits += 1
                tags.remove(p)
                break


def unit_comparer() -> Callable[[str, str], bool]:
    """Compare unit expressions by dimensionality and factor in the project registry (cached)."""
    from ..package.units import registry

    ureg = registry()
    cache: dict[tuple[str, str], bool] = {}

    def same(a: str, b: str) -> bool:
        if (a, b) not in cache:
            try:
                qa, qb = ureg.Quantity(1, a), ureg.Quantity(1, b)
                cache[(a, b)] = qa.dimensionality == qb.dimensionality and close(qa.to(qb.units).magnitude, 1.0)
            except Exception:
                cache[(a, b)] = False
        return cache[(a, b)]

    return same


def concept_words(text: str) -> frozenset[str]:
    """The protocol's concept words: split on commas and spaces, lower-cased ('-' is no concept)."""
    return frozenset(w for w in re.split(r"[,\s]+", text.lower()) if w and w != "-")


def change_label(qualifier: str, change: str, before: str = "", after: str = "") -> str:
    """Our qualifier and change as a NewsQuant change label, by the annotators' conventions.

    A bound or hedge comes first ('up about 15%' is '~', 'lost more than 60%' is '>'). A direction
    is 'up'/'down' when a verb states it ('rose 5%'); NewsQuant labels a direction named by a noun
    or an adjective ('a 5% rise', 'a decrease of 400,000', '34% higher') '=', and so a level reached by
    a change ('fell 4% to 28,030'), which its gold labels either way. A bound named by an adjective of
    the measured noun ('maximum sustained winds of 155mph') is '=' too: the number is the maximum
    itself, exactly; our qualifier still says it bounds the thing (a fine of at most £1,000). A range is
    '=' (or '~' under a hedge), the size of a move included; our change still says the move.
    """
    if qualifier in ("at_most", "at_least") and _BOUND_NOUN_RE.search(before):
        return "="
    if qualifier in QUALIFIER_LABELS:
        return QUALIFIER_LABELS[qualifier]
    if qualifier == "range":
        # a range under a hedge ('about 14-18 mpg') is '~'; else '=', the size of a move too ('expected to increase
        # between 5% and 6%'): NewsQuant labels 49 of the 50 ranges of its dev half '=' or '~'
        return "~" if re.search(r"(?:\babout|\baround|\bapproximately|\broughly|~)\s*\S*$", before.lower()) else "="
    if change in CHANGE_LABELS:
        right = _NEXT_WORDS_RE.match(after.lower())  # the words right after, not across a dash ('- more than')
        nxt = [w for w in right.groups() if w] if right else []
        prev = re.findall(r"[a-z]+", before.lower())
        prev = (prev[:-1] if prev[-1:] == ["between"] else prev)[-2:]  # 'an increase of between 5% and 7%'
        if (nxt and direction_noun(nxt[0])) or (len(prev) == 2 and prev[1] == "of" and direction_noun(prev[0])):
            return "="
        if len(nxt) == 2 and direction_noun(nxt[1]) and prev[-1:] in (["a"], ["an"]):
            return "="  # 'a 5% pay rise': a noun between the figure and its direction noun
        return CHANGE_LABELS[change]
    return "="


#: One or two words right after a figure, before any punctuation.
_NEXT_WORDS_RE = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?")
#: 'a maximum fine of ', 'minimum sustained winds of ': the bound is an adjective of the noun before "of".
_BOUND_NOUN_RE = re.compile(r"\b(?i:maximum|minimum|max|min)(?:\s+[A-Za-z][A-Za-z-]*){1,2}\s+of\s*$")
CHANGE_LABELS = {"increase": "up", "decrease": "down"}
QUALIFIER_LABELS = {"approximate": "~", "more_than": ">", "at_least": ">", "less_than": "<", "at_most": "<"}


@cache
def direction_words() -> frozenset[str]:
    """The nouns and adjectives of a direction that the extractor reads after a figure ('a 5% rise', '34% higher';
    vocab directions ``up_after``/``down_after``), so that the bench labels every one it reads alike; 'up' and
    'down' left out, adverbs there ('5% up on the year')."""
    from ..extraction import lexicon

    return (lexicon.words("directions", "up_after") | lexicon.words("directions", "down_after")) - {"up", "down"}


def direction_noun(word: str) -> bool:
    """True when a lower-case word, or the singular of a plural ('rises', 'losses', 'rallies'), names a direction."""
    words = direction_words()
    singulars = [word]
    if word.endswith("ies"):
        singulars.append(word[:-3] + "y")
    elif word.endswith("es"):
        singulars += [word[:-1], word[:-2]]
    elif word.endswith("s"):
        singulars.append(word[:-1])
    return any(w in words for w in singulars)


def ours(text: str) -> list[Pred]:
    """Our figures of a sentence, as the figures table would hold them, with change and measure."""
    from ..semantics.pipeline import read_semantics

    found = full_extraction(text)
    out: list[Pred] = []
    labels: list[str] = []
    for i, (f, sem) in enumerate(zip(found.figures, read_semantics(text, found), strict=True)):
        words = measure_words(text[sem.measure[0] : sem.measure[1]]) if sem.measure else frozenset()
        words -= concept_words(f.noun)  # NewsQuant's unit of a count is its noun ('13000 workers')
        if not words and sem.holder:  # then its concept is who holds the things counted ('Ford has')
            words = measure_words(text[sem.holder[0] : sem.holder[1]])
        g = found.figures[f.equivalent_of] if f.equivalent_of is not None else f  # a conversion restates its figure
        label = change_label(g.qualifier, g.change, text[max(0, g.start - 40) : g.start], text[g.end : g.end + 20])
        prev = found.figures[i - 1] if i else None
        if label in ("up", "down") and prev is not None and _RESTATED_RE.fullmatch(text, prev.end, f.start):
            label = labels[-1]  # 'an increase of 60,600 jobs or 1%': a restatement reads as its figure
        labels.append(label)
        out.append(Pred(written_value(text, f), f.value_to, f.unit, label, words))
    return as_newsquant_moves(text, found.figures, out)


def written_value(text: str, f: Figure) -> float:
    """The figure's value with the sign it is written with, as NewsQuant writes it ('Stoxx 50 -1.3%': -1.3).

    The figures table gives a fall by its size ('-1.3%' is 1.3 with change = decrease, the codebook's
    reading); NewsQuant's gold keeps the minus sign of the text.
    """
    if f.change == "decrease" and text[f.start : f.start + 1] in ("-", "\u2212"):
        return -f.value
    return f.value


#: Between the two levels of a move: "to", or when the first level was measured and "to" ("from £190,329 in
#: November to £189,733"); and before the first level, "from".
_MOVE_TO_RE = re.compile(r"\s+(?:(?:in|at|on|during)(?:\s+[\w.:'’-]+){1,4}?\s+)?to\s+")
_FROM_BEFORE_RE = re.compile(r"(?i:\bfrom)\s+\Z")


def as_newsquant_moves(text: str, figures: list[Figure], preds: list[Pred]) -> list[Pred]:
    """Our two levels of a move as NewsQuant writes them: one range per step, labelled '='.

    The figures table gives each level of ``fell from A to B`` a row of its own (each has its own period,
    and a user looks each up); NewsQuant's annotators write the move as one range 'A-B' (``forecast to slow
    from 4.8 percent to 4.7 percent``: '4.8-4.7'; ``rises from $160 to $180 to $200``: '160-180' and
    '180-200'), with the range's label '='. So here ``from A [when] to B [to C]`` with every level one plain
    figure of one unit scores as those ranges, with the first level's concept.
    """
    out: list[Pred] = []
    i = 0
    while i < len(figures):
        j = i
        if _FROM_BEFORE_RE.search(text, max(0, figures[i].start - 12), figures[i].start):
            while (
                j + 1 < len(figures)
                and figures[j].value_to is None
                and figures[j + 1].value_to is None
                and figures[j].unit == figures[j + 1].unit
                and _MOVE_TO_RE.fullmatch(text, figures[j].end, figures[j + 1].start)
            ):
                j += 1
        if j == i:
            out.append(preds[i])
            i += 1
            continue
        for k in range(i, j):
            low, high = figures[k], figures[k + 1]
            out.append(Pred(low.value, high.value, low.unit, "=", preds[i].concept))
        i = j + 1
    return out


#: Between a figure and its restatement: 'A or B', 'A, or B', 'A jobs or B'.
_RESTATED_RE = re.compile(r"(?:\s+[A-Za-z]+)?,?\s+or\s+")
#: Word classes that are no concept word: CQE's tagger reports the nouns of its concept
#: (``referred_concepts.get_nouns()``), and the gold concepts are written without function words.
FUNCTION_CLASSES = frozenset({"det", "prep", "pron", "conj", "aux", "rel"})
_POSSESSIVE_RE = re.compile(r"['’]s?$")


def measure_words(phrase: str) -> frozenset[str]:
    """Our measure as concept words: the protocol's split, less function words and possessive marks.

    A word written in capitals stays ('US dollar'); "Johnson's" is 'johnson', as spaCy, under CQE,
    splits the possessive off.
    """
    from ..semantics.words import word_classes

    classes = word_classes()
    out = set()
    for word in re.split(r"[,\s]+", phrase):
        word = _POSSESSIVE_RE.sub("", word.strip('"“”()'))
        low = word.lower()
        if (
            low
            and low != "-"
            and ((word.isupper() and len(word) > 1) or not classes.get(low, frozenset()) & FUNCTION_CLASSES)
        ):
            out.add(low)
    return frozenset(out)


QUANTULUM_UNITS = {
    "percentage": "percent", "dollar": "USD", "euro": "EUR", "pound sterling": "GBP", "yen": "JPY",
    "dimensionless": "count", "cent": "USD", "united states dollar": "USD", "australian dollar": "AUD",
}  # fmt: skip


def quantulum(text: str) -> list[Pred]:
    """quantulum3's quantities of a sentence, with units mapped to our registry where possible."""
    from quantulum3 import parser

    out = []
    for q in parser.parse(text):
        name = q.unit.name.lower()
        unit = QUANTULUM_UNITS.get(name, name.replace(" ", "_"))
        value = q.value * (0.01 if name == "cent" else 1.0)
        out.append(Pred(value, None, unit))
    return out


def semantic_misses(text: str, preds: list[Pred], golds: list[Gold]) -> list[str]:
    """One line per value match whose change or concept disagrees with the gold, for study by family:
    ``concept`` when no word is shared, ``concept-complete`` when some are but the two sets differ."""
    out, used = [], set()
    for g in golds:
        for i, p in enumerate(preds):
            if i not in used and value_match(p, g):
                used.add(i)
                if p.change is not None and p.change != g.change:
                    out.append(f"change\t{g.change}\t{p.change}\t{p.low}\t{text}")
                if p.concept is not None and not (p.concept & g.concept or not (p.concept or g.concept)):
                    out.append(f"concept\t{sorted(g.concept)}\t{sorted(p.concept)}\t{p.low}\t{text}")
                elif p.concept is not None and p.concept != g.concept:  # partial, not complete
                    out.append(f"concept-complete\t{sorted(g.concept)}\t{sorted(p.concept)}\t{p.low}\t{text}")
                break
    return out


def accuracy(
    path: Path,
    units: Path,
    extractor: Callable[[str], list[Pred]],
    errors: list[str] | None = None,
    semantic_errors: list[str] | None = None,
    authors: Score | None = None,
) -> Score:
    """Score an extractor on the NewsQuant records of a file (and, into ``authors``, by their loop)."""
    unit_map = load_unit_map(units)
    same = unit_comparer()
    score = Score()
    for record in json.loads(path.read_text(encoding="utf-8")):
        golds = []
        for q in record["quantities"]:
            low, high = parse_gold_value(q["value"])
            unit, factor = unit_map.get(q["normalized_unit"], ("count", 1.0))
            golds.append(Gold(low, high, unit, factor, q["change"], concept_words(q["referred_concepts"])))
        preds = extractor(record["text"])
        before = score.value_hits
        score_sentence(preds, golds, same, score)
        if authors is not None:
            score_sentence_authors(preds, golds, same, authors)
        if errors is not None and (score.value_hits - before != len(golds) or len(preds) != len(golds)):
            errors.append(f"{record['text']}\n  gold: {[(g.low, g.high, g.unit) for g in golds]}\n  ours: {preds}\n")
        if semantic_errors is not None:
            semantic_errors.extend(semantic_misses(record["text"], preds, golds))
    return score


def texts_of(folders: Iterable[Path]) -> list[str]:
    """Every *.txt under the folders, sorted by path."""
    return [p.read_text(encoding="utf-8") for d in folders for p in sorted(d.rglob("*.txt"))]


def unreadable_corpus(folder: Path) -> str | None:
    """Why ``folder`` gives no throughput to measure (missing, or no character of text in its *.txt), or None.

    Checked before the NewsQuant run, so that a wrong folder fails at once with its reason rather than
    minutes later with a division by zero.
    """
    if not folder.is_dir():
        return "no such folder"
    if not any(p.stat().st_size for p in folder.rglob("*.txt")):
        return "no text to measure throughput on (no *.txt file, or only empty ones)"
    return None


def throughput(texts: list[str], fn: Callable[[str], object], repeat: int) -> float:
    """Characters per second of ``fn`` over the texts (best of ``repeat`` runs)."""
    chars = sum(map(len, texts))
    best = math.inf
    for _ in range(repeat):
        t = time.perf_counter()
        for text in texts:
            fn(text)
        best = min(best, time.perf_counter() - t)
    return chars / best


def full_extraction(text: str) -> Extraction:
    """Figures and dates, as a build runs them."""
    from ..extraction.merge import extract

    return extract(text, None)


def semantics_only(texts: list[str], found: list[Extraction]) -> Callable[[str], object]:
    """The semantic stage of a text whose extraction is already done (to time that stage alone)."""
    from ..semantics.pipeline import read_semantics

    by_text = {id(t): x for t, x in zip(texts, found, strict=True)}
    return lambda text: read_semantics(text, by_text[id(text)])


def first_chars(texts: list[str], limit: int) -> tuple[list[str], int]:
    """The leading texts that hold at least ``limit`` characters (all of them for 0), and their size."""
    sample, total = [], 0
    for t in texts:
        if limit and total >= limit:
            break
        sample.append(t)
        total += len(t)
    return sample, total


def peak_memory(texts: list[str], fn: Callable[[str], object]) -> int:
    """Peak bytes allocated by Python while ``fn`` reads the texts (after one warm-up call)."""
    if texts:
        fn(texts[0])  # imports and caches are not the extraction's memory
    tracemalloc.start()
    for t in texts:
        fn(t)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


#: CQE's published scores on all of NewsQuant (Almasian et al., 2023): value+change, concept partial, complete.
CQE_PUBLISHED = (88.1, 76.1, 57.0)


def print_semantics(rows: list[tuple[str, Score]], authors: Score | None = None) -> None:
    """Value+change and value+concept (partial, complete) F1 beside CQE's published scores, and ours
    counted by the authors' own loop (more lenient: see ``score_sentence_authors``) when given."""
    print(f"\n{'':12} {'value+change F1':>15} {'value+concept partial F1':>25} {'complete F1':>12}")
    for name, s in rows + ([("  their loop", authors)] if authors is not None else []):
        if name == "quantulum3":
            print(f"{name:12} {'-':>15} {'-':>25} {'-':>12}   (gives no change label and no concept)")
            continue
        f_change = s.prf(s.change_hits)[2]
        f_partial, f_complete = s.prf(s.concept_partial)[2], s.prf(s.concept_complete)[2]
        note = "   (ours, counted by the CQE authors' evaluation loop)" if s is authors else ""
        print(f"{name:12} {f_change:15.1f} {f_partial:25.1f} {f_complete:12.1f}{note}")
    c, p, k = CQE_PUBLISHED
    print(f"{'CQE (paper)':12} {c:15.1f} {p:25.1f} {k:12.1f}   (published, all of NewsQuant, their loop)")


def main(argv: list[str] | None = None) -> int:
    """Print the benchmark report."""
    ap = argparse.ArgumentParser(prog="python -m newsfigures.bench", description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="*", type=Path, help="folders of *.txt for throughput")
    ap.add_argument("--eval", type=Path, default=SHARED / "eval", help="folder with newsquant-dev.json")
    ap.add_argument("--errors", type=Path, help="write our misses and false positives here")
    ap.add_argument(
        "--quantulum-chars",
        type=int,
        default=0,
        help="characters of the corpus quantulum3 reads for its speed (default 0: all, as we do; ~40 s)",
    )
    ap.add_argument(
        "--memory-chars", type=int, default=100_000, help="characters both extractors read under tracemalloc"
    )
    args = ap.parse_args(argv)
    for folder in args.folders:
        if (reason := unreadable_corpus(folder)) is not None:
            print(f"{ap.prog}: {folder}: {reason}", file=sys.stderr)
            return 2
    warnings.filterwarnings("ignore")
    print(f"python {platform.python_version()} on {platform.machine()} ({platform.platform()})")
    dev = args.eval / "newsquant-dev.json"
    if dev.exists():
        errors: list[str] = []
        semantic: list[str] = []
        authors = Score()
        rows = [("newsfigures", accuracy(dev, args.eval / "newsquant-units.csv", ours, errors, semantic, authors))]
        rows.append(("quantulum3", accuracy(dev, args.eval / "newsquant-units.csv", quantulum)))
        print(f"\nNewsQuant dev ({rows[0][1].gold} gold quantities)")
        print(f"{'':12} {'value P':>8} {'R':>6} {'F1':>6}   {'value+unit P':>12} {'R':>6} {'F1':>6}   predicted")
        for name, s in rows:
            p, r, f = s.prf(s.value_hits)
            pu, ru, fu = s.prf(s.unit_hits)
            print(f"{name:12} {p:8.1f} {r:6.1f} {f:6.1f}   {pu:12.1f} {ru:6.1f} {fu:6.1f}   {s.predicted}")
        (f1, fu1), (f2, fu2) = ((s.prf(s.value_hits)[2], s.prf(s.unit_hits)[2]) for _, s in rows)
        print(f"ratio ours/quantulum3: value F1 {f1 / f2:.2f}x, value+unit F1 {fu1 / fu2:.2f}x")
        print_semantics(rows, authors)
        if args.errors:
            args.errors.write_text("\n".join(errors + sorted(semantic)), encoding="utf-8")
    folders = list(args.folders) or [d for d in [SHARED / "corpus" / "bbc-business"] if d.exists()]
    if folders:
        texts = texts_of(folders)
        chars = sum(map(len, texts))
        found = [full_extraction(t) for t in texts]
        n_fig = sum(len(x.figures) for x in found)
        n_dat = sum(len(x.dates) for x in found)
        ours_cps = throughput(texts, full_extraction, 10)
        sample, total = first_chars(texts, args.quantulum_chars)
        q_cps = throughput(sample, quantulum, 1)
        mem_texts, mem_chars = first_chars(texts, args.memory_chars)
        ours_peak, q_peak = peak_memory(mem_texts, full_extraction), peak_memory(mem_texts, quantulum)
        print(f"\nThroughput on {len(texts)} files, {chars} characters ({', '.join(map(str, folders))})")
        print(f"newsfigures: {ours_cps:,.0f} chars/s (figures + dates, best of 10): {n_fig} figures, {n_dat} dates")
        sem_cps = throughput(texts, semantics_only(texts, found), 3)
        print(f"semantic stage (measure, subject, counterpart, period) alone: {sem_cps:,.0f} chars/s (best of 3)")
        print(f"quantulum3:  {q_cps:,.0f} chars/s (on {'all' if total == chars else f'the first {total}'} characters)")
        print(f"ratio: {ours_cps / q_cps:.0f}x")
        print(
            f"peak memory traced while extracting the first {mem_chars} characters: newsfigures "
            f"{ours_peak / 1e3:,.0f} kB, quantulum3 {q_peak / 1e3:,.0f} kB ({q_peak / max(ours_peak, 1):.0f}x); "
            f"max RSS of the process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
