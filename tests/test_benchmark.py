"""The benchmark's scoring rules, on hand-made records (no shared material needed)."""

from pathlib import Path

import pytest

from newsfigures.bench.newsquant import Gold, Pred, Score, parse_gold_value, score_sentence, value_match


def same(a: str, b: str) -> bool:
    return a == b


def test_gold_values_and_ranges_parse():
    assert parse_gold_value("8.6") == (8.6, None)
    assert parse_gold_value("252.0-287.0") == (252.0, 287.0)
    assert parse_gold_value("1.99E-5") == (1.99e-5, None)


def test_a_range_matches_only_a_range_by_both_ends():
    gold = Gold(40.0, 50.0, "USD", 1.0)
    assert value_match(Pred(40.0, 50.0, "USD"), gold)
    assert not value_match(Pred(40.0, None, "USD"), gold)
    assert not value_match(Pred(40.0, 55.0, "USD"), gold)


def test_sub_units_match_through_the_factor():
    assert value_match(Pred(0.19, None, "USD"), Gold(19.0, None, "USD", 0.01))


def test_each_gold_is_matched_once_and_f1_follows():
    score = Score()
    golds = [Gold(5.0, None, "percent", 1.0), Gold(7.0, None, "count", 1.0)]
    preds = [Pred(5.0, None, "percent"), Pred(5.0, None, "percent"), Pred(7.0, None, "USD")]
    score_sentence(preds, golds, same, score)
    assert (score.predicted, score.gold, score.value_hits, score.unit_hits) == (3, 2, 2, 1)
    p, r, f = score.prf(score.value_hits)
    assert (p, r) == pytest.approx((200 / 3, 100.0))
    assert f == pytest.approx(2 * p * r / (p + r))


def test_change_and_concept_are_counted_on_value_matches_only():
    from newsfigures.bench.newsquant import concept_words

    score = Score()
    golds = [
        Gold(5.0, None, "percent", 1.0, "up", concept_words("retail sales")),
        Gold(7.0, None, "count", 1.0, "=", concept_words("-")),
        Gold(9.0, None, "USD", 1.0, "~", concept_words("net profit, company")),
    ]
    preds = [
        Pred(5.0, None, "percent", "up", frozenset({"sales"})),  # partial, not complete
        Pred(7.0, None, "count", "=", frozenset()),  # no concept on either side: both agree
        Pred(9.0, None, "USD", "=", frozenset({"company", "net", "profit"})),  # complete, wrong change
        Pred(4.0, None, "USD", "up", frozenset({"sales"})),  # no value match: counts for nothing
    ]
    score_sentence(preds, golds, same, score)
    assert (score.change_hits, score.concept_partial, score.concept_complete) == (2, 3, 2)


def test_concept_words_follow_the_protocol():
    from newsfigures.bench.newsquant import concept_words

    assert concept_words("GameTime Tickets") == {"gametime", "tickets"}
    assert concept_words("staggering sum, price luxury yacht") == {"staggering", "sum", "price", "luxury", "yacht"}
    assert concept_words("-") == frozenset()


@pytest.mark.parametrize(
    ("qualifier", "change", "before", "after", "label"),
    [
        ("exact", "none", "", "", "="),
        ("approximate", "increase", "rose about ", "", "~"),  # a hedge comes first
        ("more_than", "decrease", "lost more than ", "", ">"),
        ("at_most", "none", "up to ", "", "<"),
        ("exact", "increase", "sales rose ", " in May", "up"),  # a verb states the direction
        ("exact", "decrease", "exports fell ", "", "down"),
        ("exact", "increase", "a ", " rise in prices", "="),  # NewsQuant labels a direction noun '='
        ("exact", "decrease", "a decrease of ", "", "="),
        ("range", "none", "about ", "", "~"),  # a range under a hedge
        ("exact", "increase", "staff got a ", " pay rise", "="),  # a noun between figure and direction noun
        ("exact", "increase", "staff pay rose ", " in May", "up"),
        ("less_than", "none", "the sub-", "", "<"),
        # a bound named by an adjective of the noun: the number is the maximum itself
        ("at_most", "none", "the storm had maximum gusts of ", "", "="),
        ("at_least", "none", "a minimum wage of ", " an hour", "="),
        ("at_most", "none", "a fine of up to ", "", "<"),
        ("at_most", "none", "it must cost no more than ", "", "<"),
        # "a maximum of 20": no noun between, so the bound of the number itself
        ("at_most", "none", "the hall takes a maximum of ", " people", "<"),
        # a comparative right after the figure is an adjective ('='), but not across a dash
        ("exact", "increase", "sales were ", " more than last year", "="),
        ("exact", "decrease", "output is ", " below its peak", "="),
        ("exact", "increase", "seas could rise ", " - more than double", "up"),
        ("range", "increase", "an increase of between ", " and 7%", "="),
        ("range", "decrease", "sales fell by between ", " and 3%", "="),  # a range is '=', a move's too
        # every noun the extractor reads as a direction after a figure, and its plural, is a noun: '='
        ("exact", "increase", "workers won a ", " pay hike", "="),
        ("exact", "decrease", "retailers saw a ", " slip in sales", "="),
        ("exact", "increase", "there were two ", " rallies in May", "="),
        ("exact", "decrease", "the firm warned of a ", " dip in profit", "="),
        ("exact", "increase", "brokers expect a hike of ", "", "="),
        ("exact", "increase", "shares leap ", " on the news", "up"),  # a verb is still 'up'
        ("exact", "decrease", "shares slip ", " in early trade", "down"),
    ],
)
def test_change_labels_map_our_qualifier_and_change(qualifier, change, before, after, label):
    from newsfigures.bench.newsquant import change_label

    assert change_label(qualifier, change, before, after) == label


def test_measure_words_drop_function_words_as_cqe_keeps_nouns():
    from newsfigures.bench.newsquant import measure_words

    assert measure_words("the economy") == {"economy"}
    assert measure_words("Johnson’s deputies") == {"johnson", "deputies"}
    assert measure_words("the US dollar") == {"us", "dollar"}  # a word in capitals is a name
    assert measure_words("shares of the company") == {"shares", "company"}


def test_a_restatement_reads_as_its_figure():
    from newsfigures.bench.newsquant import ours

    text = "Payrolls grew by 1,200 jobs or 2.2 per cent, after an increase of 600 jobs or 1 per cent."
    assert [(p.low, p.change) for p in ours(text)] == [(1200, "up"), (2.2, "up"), (600, "="), (1, "=")]


def test_the_levels_of_a_move_score_as_newsquant_writes_them():
    """Two rows in our table, one range 'A-B' per step in NewsQuant's gold; an interval is one range in both."""
    from newsfigures.bench.newsquant import ours

    got = ours("Payrolls fell from 155,000 in 2003 to 110,000, then the fee rose from $160 to $180 to $200.")
    assert [(p.low, p.high, p.change) for p in got] == [(155000, 110000, "="), (160, 180, "="), (180, 200, "=")]
    assert [(p.low, p.high) for p in ours("Prices range from $5 to $10.")] == [(5, 10)]
    assert [(p.low, p.high) for p in ours("Sales rose 4% to $10m.")] == [(4, None), (10e6, None)]


def test_a_fall_by_its_size_scores_with_its_written_sign():
    """Our table gives '-0.8%' as 0.8 with change = decrease; NewsQuant's gold writes -0.8, labelled 'down'."""
    from newsfigures.bench.newsquant import ours

    got = ours("Markets at noon: Nikkei -0.8%, Kospi +0.4%, while the yield sank to -0.2%.")
    assert [(p.low, p.change) for p in got] == [(-0.8, "down"), (0.4, "up"), (-0.2, "=")]


def test_the_authors_loop_is_more_lenient_than_ours():
    from newsfigures.bench.newsquant import score_sentence_authors

    golds = [Gold(5.0, None, "percent", 1.0, "up"), Gold(5.0, None, "USD", 1.0, "up")]
    preds = [Pred(5.0, None, "USD", "up"), Pred(5.0, None, "percent", "up")]
    ours_, theirs = Score(), Score()
    score_sentence(preds, golds, same, ours_)
    score_sentence_authors(preds, golds, same, theirs)
    # ours: gold 1 takes prediction 1 (unit wrong), gold 2 takes prediction 2 (unit wrong)
    assert (ours_.value_hits, ours_.unit_hits, ours_.change_hits) == (2, 0, 2)
    # theirs: gold 1 counts prediction 1 (unit wrong, kept) and prediction 2 (unit right, removed);
    # gold 2 then counts prediction 1 again: three change hits for two golds
    assert (theirs.value_hits, theirs.unit_hits, theirs.change_hits) == (2, 2, 3)


def test_throughput_folder_without_text_fails_at_once_with_its_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder with no text (missing, empty, or only empty *.txt) is refused before any run, naming it."""
    from newsfigures.bench.newsquant import main

    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "a.txt").write_text("", encoding="utf-8")
    missing = tmp_path / "missing"
    for folder, reason in ((empty, "no text to measure throughput on"), (missing, "no such folder")):
        assert main([str(folder), "--eval", str(tmp_path)]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and str(folder) in err[0] and reason in err[0]


def test_semantic_misses_list_concepts_that_share_no_word_and_those_that_differ() -> None:
    from newsfigures.bench.newsquant import semantic_misses

    golds = [
        Gold(5.0, None, "percent", 1.0, "up", frozenset({"retail", "sales"})),
        Gold(7.0, None, "percent", 1.0, "=", frozenset({"exports"})),
        Gold(9.0, None, "percent", 1.0, "=", frozenset({"output"})),
    ]
    preds = [
        Pred(5.0, None, "percent", "up", frozenset({"sales"})),  # shares a word: not complete
        Pred(7.0, None, "percent", "=", frozenset({"imports"})),  # shares none
        Pred(9.0, None, "percent", "=", frozenset({"output"})),  # complete: no line
    ]
    lines = semantic_misses("Retail sales rose 5%, exports 7% and output 9%.", preds, golds)
    assert [line.split("\t")[:4] for line in lines] == [
        ["concept-complete", "['retail', 'sales']", "['sales']", "5.0"],
        ["concept", "['exports']", "['imports']", "7.0"],
    ]
