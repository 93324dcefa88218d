"""Hard-wrapped paragraphs read as running text (``provenance.running_text``): a single line break inside a
paragraph is a space when the text reads on across it, and every stage that splits on a line break agrees."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfigures.extraction.dates.resolve import extract_dates
from newsfigures.extraction.figures import extract_figures
from newsfigures.package.provenance import SentenceIndex, one_line, reads_in, running_text, sentence_spans
from newsfigures.package.tables import text_rows
from newsfigures.semantics.annotations import ReviewedExclusion, locate_exclusions
from newsfigures.sources import lead_from_text

PUBLISHED = dt.date(2005, 1, 15)
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
#: Real articles as the corpus lays them out (in ../shared beside the checkout: skipped without it).
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc-business"
#: Fields that differ with the line layout only: the quote and sentence as written, and the line number.
LAYOUT = {"line", "quote", "display", "sentence"}

#: Articles of our own, one paragraph per line with blank lines between (the layout of the corpus).
OWN = [
    "Retail sales climb\n\n"
    "UK retail sales rose by 1.2% in March compared with February, the Office for National Statistics said, "
    "helped by a late Easter and warm weather that drew shoppers to garden centres.\n\n"
    "Sales volumes were 4.5% higher than a year earlier, the fastest annual rate since 2004, while prices in "
    "shops fell by 0.3%. Analysts had expected a rise of 0.5% in the month.\n\n"
    "The Bank of England kept interest rates at 4.75% last week. Mr King said inflation of 2.1% was close to "
    "target - but warned that household debt of £1.1 trillion could weigh on spending in 2006.",
    "Steel maker lifts profit\n\n"
    "Corus, the Anglo-Dutch steel maker, said pre-tax profit rose to £580m ($1.1bn) in 2004 from a loss of "
    "£329m a year earlier, as prices for steel in Europe and Asia climbed by about 40%.\n\n"
    "The firm, which employs 47,000 people, said it would pay no dividend. Its shares rose 3p to 55p in London.",
]


def built(text: str) -> list[dict[str, Any]]:
    """Figure and date rows of ``text`` as ``extract`` prints them."""
    figures, dates, _ = text_rows(text, PUBLISHED, source_id="t", file=Path("t.txt"))
    return figures + dates


def rows(text: str) -> list[dict[str, Any]]:
    """:func:`built` without the fields of the line layout (a phrase as written, such as the measure, is
    compared with its line breaks read as spaces)."""
    return [
        {k: v.replace("\n", " ") if isinstance(v, str) else v for k, v in r.items() if k not in LAYOUT}
        for r in built(text)
    ]


def rewrap(text: str, width: int) -> str:
    """``text`` with each paragraph line filled at ``width`` by turning spaces into line breaks (same length,
    same offsets); Markdown headings are left whole."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.lstrip().startswith("#"):
            out.append(line)
            continue
        chars, start, space = list(line), 0, -1
        for i, ch in enumerate(line + " "):
            if ch != " ":
                continue
            if i - start > width and space > start:
                chars[space] = "\n"
                start = space + 1
            space = i
        out.append("".join(chars))
    return "\n".join(out)


def figure(text: str, quote: str) -> dict[str, Any]:
    """The figure row quoting ``quote`` in ``text``."""
    return next(r for r in built(text) if "figure_id" in r and r["quote"] == quote)


@pytest.mark.parametrize(
    "text",
    [
        "The company said sales rose\nby 12% to $4.5bn.",  # next line starts lower-case
        "Headline\n\nRevenue reached\n$4.5bn last year.",  # a currency sign
        "Shares rose\n\nShares were sold for\n12.5p each.",  # a digit
        "Output rose\r\nby 3% in May.",  # a CRLF break, both characters a space
        "Headline\n\nShares were sold by\n12 March, it said.",  # 'by' in a sentence is no byline
    ],
)
def test_a_break_the_text_reads_on_across_is_a_space(text: str) -> None:
    read = running_text(text)
    assert len(read) == len(text)
    assert "\n" not in read.split("\n\n")[-1]  # the last paragraph is one line
    assert len(sentence_spans(text)) == text.count("\n\n") + 1


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose by 12%.\nProfits fell.",  # a sentence ends the line, the next starts with a capital
        "# Results\nsales rose by 12%",  # a Markdown heading
        "Figures for the year:\n12% growth in sales",  # a line ending in ':'
        "Headline about sales\n\nby 12% to $4.5bn.",  # a blank line
        "Main points\n- sales rose by 12%\n- profits fell by 3%",  # list items
        "Main points\n* sales rose\n2) profits fell",  # bullets and numbers
        "Retail sales climb\nUK sales rose by 1.2% in March.",  # a headline above a sentence, not wrapped
        "Retail sales\n12% up in March, said the statistics office",  # below a headline, a digit starts a line
        "By Ann and Bob for Outlet\nurl:\nhttps://x.org/a",  # a label line
        "Oil hits record\n\nBy John Smith\n12 March 2005\nOil rose.",  # a byline above a dateline, not first
        "Results\nYear  Profit\n2004  12.1\n2005\t13.0\n",  # table rows: columns parted by two spaces or a tab
    ],
)
def test_a_boundary_stays_a_boundary(text: str) -> None:
    assert running_text(text) == text


def test_two_spaces_after_a_full_stop_are_no_table_columns() -> None:
    text = "Headline\n\nSales rose 5%.  Profit was\n$2bn in 2004."
    assert running_text(text) == text.replace("was\n", "was ")


def test_a_wrapped_article_joins_lines_that_end_a_sentence_when_they_were_full() -> None:
    text = rewrap(OWN[0], 50)
    assert text != OWN[0]
    assert running_text(text) == OWN[0]


def test_short_lines_without_full_stops_are_not_a_wrapped_article() -> None:
    table = "Revenue 5m\nProfit 2m\nStaff 300\nStores 12\n"
    assert running_text(table) == table


def test_a_figure_across_a_wrapped_line_gets_its_measure() -> None:
    text = "The company said sales rose\nby 12% to $4.5bn in 2004."
    row = figure(text, "12%")
    assert row["measure"] == "sales"
    assert row["sentence"] == text[: text.index("2004.") + 5]
    assert "\n" in row["sentence"]  # the sentence as written


def test_quotes_are_sliced_from_the_text_as_written() -> None:
    text = "Profit was up\nby £3\nbn, said the firm."
    assert running_text(text) != text
    row = figure(text, "£3\nbn")
    assert row["value"] == 3e9


@settings(max_examples=12, deadline=None)
@given(article=st.sampled_from(range(len(OWN))), width=st.integers(40, 100))
def test_rewrapping_our_articles_changes_nothing(article: int, width: int) -> None:
    text = OWN[article]
    assert rows(rewrap(text, width)) == rows(text)


SEED_TEXTS = sorted(SEEDS.glob("*.txt"))


@pytest.mark.skipif(not SEED_TEXTS, reason="no seeds")
@settings(max_examples=6, deadline=None)
@given(width=st.integers(40, 100), seed=st.integers(0, 100))
def test_rewrapping_the_seeds_changes_nothing(width: int, seed: int) -> None:
    text = SEED_TEXTS[seed % len(SEED_TEXTS)].read_text(encoding="utf-8")
    assert rows(rewrap(text, width)) == rows(text)


def test_rewrapping_bbc_articles_changes_nothing() -> None:
    paths = sorted(CORPUS.glob("*.txt"))[:3]
    if not paths:
        pytest.skip("needs ../shared (the BBC corpus)")
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert rows(rewrap(text, 72)) == rows(text), path


def test_a_reviewers_context_typed_on_one_line_finds_a_wrapped_sentence() -> None:
    assert reads_in("oversaw one firm", "he oversaw\none firm bit of business")
    assert reads_in("oversaw\none firm", "he oversaw one firm bit of business")
    assert not reads_in("oversaw two firms", "he oversaw\none firm bit of business")
    assert one_line("$5.2\r\nmillion") == "$5.2 million"


@pytest.mark.parametrize("text", ["the 2004\r\nmodel", "the 2004 \nmodel", "the 2004\nmodel"])
@pytest.mark.parametrize("quote", ["2004 model", "2004\nmodel"])
def test_a_reviewed_exclusion_across_a_soft_break_is_found(text: str, quote: str) -> None:
    """A joined CRLF, or a space before the break, leaves two spaces in the running reading: still the quote."""
    text = f"Headline\n\nThe firm said it sold {text} for less.\n"
    excluded = ReviewedExclusion(line=1, quote=quote, context="sold the", reason="model year")
    (start, end, _), *_ = locate_exclusions([excluded], text, SentenceIndex(text).around, Path("a.toml"))
    assert one_line(text[start:end]).replace("  ", " ") == "2004 model"


def test_a_wrapped_standfirst_is_one_line_of_the_header() -> None:
    text = (
        "# Steel maker lifts profit\n\n**Corus said pre-tax profit rose to a record as prices\nfor steel climbed.**\n\n"
        "Corus, the Anglo-Dutch steel maker, said pre-tax profit rose to £580m.\n"
    )
    assert lead_from_text(text) == (
        "Steel maker lifts profit",
        "Corus said pre-tax profit rose to a record as prices for steel climbed.",
    )


def test_the_stage_functions_read_a_wrapped_text_as_extract_does() -> None:
    text = "Results\n\nSales in the year to March\n2005 rose by 12% and\n$4.5\nbn was spent, the firm said."
    figures, _ = extract_figures(text)
    assert [f.quote for f in figures] == ["12%", "$4.5\nbn"]
    assert [d.quote for d in extract_dates(text, PUBLISHED)] == ["year to March\n2005"]


def test_another_thread_reading_between_two_stages_changes_nothing() -> None:
    """A stage handed the text the last one read (``extract`` reads its reading again) gets that reading back,
    whatever another thread read in between: joined again from scratch, a joined paragraph can make a narrow
    text look wrapped and join one more line (here the ' - but' of OWN[0] filled at 38)."""
    import threading

    text = rewrap(OWN[0], 38)
    reading = running_text(text)
    assert running_text(reading) is reading
    other = threading.Thread(target=running_text, args=(rewrap(OWN[1], 50),))
    other.start()
    other.join()
    assert running_text(reading) is reading
