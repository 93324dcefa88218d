"""The TOML vocabularies are parsed by one loader, once per file (newsfigures.extraction.lexicon.toml_file):
every module that reads a file holds the same table, not a copy it parsed itself."""

from __future__ import annotations

import pytest

from newsfigures.extraction import lexicon
from newsfigures.extraction.dates import vocabulary as date_vocabulary
from newsfigures.semantics import budget
from newsfigures.semantics.measure import vocab as measure_vocab
from newsfigures.semantics.period import vocab as period_vocab
from newsfigures.semantics.subject import deals
from newsfigures.semantics.words import VOCAB, vocab_table


@pytest.mark.parametrize(
    ("table", "name"),
    [
        (measure_vocab._W, "measure.toml"),
        (period_vocab._W, "period.toml"),
        (deals._W, "deal_prices.toml"),
        (budget._W, "budget.toml"),
    ],
)
def test_semantic_modules_share_the_loaded_table(table: dict, name: str) -> None:
    assert table is vocab_table(name)
    assert table is lexicon.toml_file(VOCAB / name)


def test_date_words_are_parsed_once_for_the_date_and_period_rules() -> None:
    assert date_vocabulary.load_vocabulary() is lexicon.load("dates")
    assert period_vocab._DATES_VOCAB is date_vocabulary._V


def test_a_table_holds_the_file_lists() -> None:
    # measure.toml's prepositions whose phrase continues a noun phrase ('a 25% tax on imported vehicles')
    assert "on" in vocab_table("measure.toml")["pp_extend"]
    assert lexicon.load("dates")["months"]["January"] == 1
