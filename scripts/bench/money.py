"""Benchmark: money amounts of hand-written newswire sentences (``make bench``).

``python -m newsfigures.bench.money [--gold FILE] [--errors FILE]`` scores the money figures of each
sentence of ``tests/gold/money/dev.txt`` (format and protocol in that folder's README) by the
NewsQuant scorer's matching (:func:`newsfigures.bench.newsquant.score_sentence`): values within a
relative 1e-5, a range only against a range, each gold at most once, greedily in gold order.
Predictions are the sentence's money: figures of kind ``money`` and rates whose numerator is a
currency (``$60 a barrel``). Value+unit compares the currency (the numerator of a rate); the last
line also compares the whole unit in the project's registry (``USD/barrel`` against ``USD/barrel``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .newsquant import Gold, Pred, Score, parse_gold_value, score_sentence, unit_comparer

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold" / "money" / "dev.txt"


@dataclass(frozen=True)
class Sentence:
    """A sentence of the set, its line number and its gold amounts (quote, gold)."""

    line: int
    text: str
    amounts: tuple[tuple[str, Gold], ...]


def parse_gold(text: str, name: str = "dev.txt") -> list[Sentence]:
    """The sentences of a gold file; a malformed line raises ValueError naming file, line and reason."""
    out: list[Sentence] = []
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if not raw.startswith("  "):
            out.append(Sentence(n, raw.strip(), ()))
            continue
        parts = [p.strip() for p in raw.split("|")]
        if len(parts) != 3 or not out:
            raise ValueError(f"{name}:{n}: an amount line is 'quote | value | unit' after its sentence")
        quote, value, unit = parts
        last = out[-1]
        if quote not in last.text:
            raise ValueError(f"{name}:{n}: quote {quote!r} is not in its sentence")
        try:
            low, high = parse_gold_value(value)
        except ValueError:
            raise ValueError(f"{name}:{n}: value {value!r} is no number or LOW-HIGH range") from None
        out[-1] = Sentence(last.line, last.text, (*last.amounts, (quote, Gold(low, high, unit, 1.0))))
    return out


def currency(unit: str) -> str:
    """The currency of a money unit: ``USD`` of ``USD``, ``USD/barrel``, ``1e6 * USD``; empty for no money."""
    head = unit.split("/")[0].strip().split("*")[-1].strip()
    return head if len(head) == 3 and head.isupper() else ""


def money_preds(text: str) -> list[Pred]:
    """The money figures of a sentence, as the figures table would hold them."""
    from .newsquant import full_extraction

    out = []
    for f in full_extraction(text).figures:
        if f.kind == "money" or (f.kind == "rate" and currency(f.unit)):
            out.append(Pred(f.value, f.value_to, f.unit))
    return out


def score(
    sentences: list[Sentence],
    extractor: Callable[[str], list[Pred]],
    errors: list[str] | None = None,
) -> tuple[Score, Score]:
    """Scores with the currency compared, and with the whole unit compared (registry)."""
    registry_same = unit_comparer()

    def same_currency(a: str, b: str) -> bool:
        return bool(currency(a)) and currency(a) == currency(b)

    by_currency, by_unit = Score(), Score()
    for s in sentences:
        golds = [g for _, g in s.amounts]
        preds = extractor(s.text)
        before = by_currency.unit_hits
        score_sentence(preds, golds, same_currency, by_currency)
        score_sentence(preds, golds, registry_same, by_unit)
        if errors is not None and (by_currency.unit_hits - before != len(golds) or len(preds) != len(golds)):
            gold = [(q, g.low, g.high, g.unit) for q, g in s.amounts]
            ours = [(p.low, p.high, p.unit) for p in preds]
            errors.append(f"line {s.line}: {s.text}\n  gold: {gold}\n  ours: {ours}\n")
    return by_currency, by_unit


def main(argv: list[str] | None = None) -> int:
    """Print the money benchmark."""
    ap = argparse.ArgumentParser(prog="python -m newsfigures.bench.money", description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=GOLD, help="gold file (default tests/gold/money/dev.txt)")
    ap.add_argument("--errors", type=Path, help="write the sentences with a miss or a false positive here")
    args = ap.parse_args(argv)
    try:
        sentences = parse_gold(args.gold.read_text(encoding="utf-8"), args.gold.name)
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    errors: list[str] = []
    cur, unit = score(sentences, money_preds, errors)
    n = sum(len(s.amounts) for s in sentences)
    print(f"\nMoney dev set ({len(sentences)} sentences, {n} gold amounts, {args.gold.name})")
    print(f"{'':24} {'P':>6} {'R':>6} {'F1':>6}   predicted")
    for name, s, hits in (
        ("value", cur, cur.value_hits),
        ("value+currency", cur, cur.unit_hits),
        ("value+unit (per unit too)", unit, unit.unit_hits),
    ):
        p, r, f = s.prf(hits)
        print(f"{name:24} {p:6.1f} {r:6.1f} {f:6.1f}   {s.predicted}")
    if args.errors:
        args.errors.write_text("\n".join(errors), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
