"""Restatements: a headline or standfirst figure that repeats a body figure links to it (same_as),
and quotes get a display form without Markdown escapes. Sentences of our own."""

from __future__ import annotations

import pytest

from newsfigures.package.provenance import display_form
from newsfigures.package.tables import text_rows
from newsfigures.semantics.restatements import lead_spans, rounding_step


def figures_of(text: str) -> list[dict]:
    figures, _, _ = text_rows(text, source_id="t")
    return figures


def links(text: str) -> list[tuple[str, str | None]]:
    """(display of each headline figure, display of the figure it is same_as)."""
    figures = figures_of(text)
    by_id = {f["figure_id"]: f for f in figures}
    return [(f["display"], by_id[f["same_as"]]["display"] if f["same_as"] else None) for f in figures if f["line"] == 1]


@pytest.mark.parametrize(
    ("headline", "body", "linked"),
    [
        ("Acme in $25bn deal", "Acme agreed a deal worth $25.4bn on Monday.", True),  # rounded down
        ("Acme in $25bn deal", "Acme agreed a deal worth $24.6bn on Monday.", True),  # rounded up
        ("Acme in £6bn deal", "Acme signed a £6bn deal on Monday.", True),  # said again exactly
        ("Prices up 8.1%", "Prices rose 8.1% in the year to March.", True),
        ("Acme cuts 2,500 jobs", "Acme will cut 2,500 jobs over two years.", True),
        ("Acme in $25bn deal", "Acme agreed a deal worth $25.6bn on Monday.", True),  # rounded down (truncated)
        ("Acme in $25bn deal", "Acme agreed a deal worth $26bn on Monday.", False),
        ("Acme in $25bn deal", "Acme agreed a deal worth $24.4bn on Monday.", False),  # would round to 24
        ("Growth at 8.1%", "The economy grew by 8.1% last year.", True),  # a level over a stated change
        ("Prices up 8%", "Prices fell 8% last year.", False),  # an increase is not a decrease
        ("Acme cuts 2,500 jobs", "Up to 2,500 jobs are to go at Acme.", True),
        ("GM pays $2bn", "GM will pay 1.55bn euros ($2bn) to Fiat.", True),  # the body's conversion
        ("Acme in $25bn deal", "Acme agreed a deal worth £25bn on Monday.", False),  # another currency
        ("Prices up 8%", "Prices rose 8.4% while wages rose 7.7%.", False),  # two candidates: ambiguous
        ("Acme in $25bn deal", "Acme agreed a deal worth $25m on Monday.", False),  # another scale
    ],
)
def test_a_headline_figure_links_to_the_body_figure_it_rounds(headline, body, linked):
    found = links(f"{headline}\n\n{body}\n")
    assert len(found) == 1
    display, target = found[0]
    assert (target is not None) == linked, found
    if linked:
        assert target in body and display in headline


def test_a_standfirst_restates_too_and_body_figures_never_link():
    text = "# Acme deal\n\n**Acme pays $2.5bn for Widgets.**\n\nAcme will pay $2.46bn, it said. It had paid $2.46bn before.\n"
    figures = figures_of(text)
    assert [f["same_as"] is not None for f in figures] == [True, False, False]
    assert figures[0]["same_as"] == figures[1]["figure_id"]  # the first of the body's equal figures


def test_lead_spans_are_the_headline_and_standfirst_lines():
    text = "\n# Big **deal**\n\n**A $5bn deal.**\n\nBy A Writer\n\nBody $5bn.\n"
    spans = lead_spans(text, "Big deal", "A $5bn deal.")
    assert [text[s:e] for s, e in spans] == ["# Big **deal**", "**A $5bn deal.**"]
    assert lead_spans(text, "Another title", "") == []


@pytest.mark.parametrize(
    ("quote", "value", "step"),
    [("$25bn", 25e9, 1e9), ("$25.4bn", 25.4e9, 1e8), ("8.1%", 8.1, 0.1), ("2,500", 2500, 1), ("five", 5, None)],
)
def test_the_rounding_step_is_one_unit_of_the_last_written_digit(quote, value, step):
    assert rounding_step(quote, value) == (pytest.approx(step) if step else None)


@pytest.mark.parametrize(
    ("quote", "display"),
    [("\\$1.5 billion", "$1.5 billion"), ("5\\%", "5%"), ("\\#1", "#1"), ("C:\\dir", "C:\\dir"), ("$3", "$3")],
)
def test_display_removes_markdown_escapes_only(quote, display):
    assert display_form(quote) == display


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the headline names no place: its figure is about what the body's figure is about
        ("Carmaker to shed 3,000 jobs\n\nThe Swedish firm Volvo said it could cut 3,000 jobs.\n", "SE"),
        # the headline names a place the body does not make the figure's subject: the body wins
        ("Tokyo investors cheer $4bn deal\n\nCanadian miner Inco agreed a $4bn deal on Monday.\n", "CA"),
    ],
)
def test_a_restated_headline_figure_takes_the_subject_of_its_body_figure(text: str, subject: str) -> None:
    figures = figures_of(text)
    head, body = figures[0], next(f for f in figures if f["figure_id"] == figures[0]["same_as"])
    assert head["subject"] == body["subject"] == subject
    assert text[head["subject_start"] : head["subject_end"]] == text[body["subject_start"] : body["subject_end"]]


def test_a_headline_figure_that_restates_nothing_keeps_its_own_subject() -> None:
    figures = figures_of("French output up 2%\n\nOutput in Spain rose 5% in May.\n")
    assert figures[0]["same_as"] is None and figures[0]["subject"] == "FR"


@pytest.mark.parametrize(
    ("text", "period", "method"),
    [
        # a headline figure without a date of its own takes the period of the body figure it restates
        (
            "Crop output up 24%\n\nThe country produced 14m tonnes of crops in 2004, 24% more than in 2003.\n",
            "2004",
            "restatement",
        ),
        # its own date wins
        ("Sales up 8% in 2003\n\nSales rose 8% in 2004.\n", "2003", "same_clause"),
        # no restated figure, or one without a period: none
        ("Crop output up 24%\n\nThe country produced 14m tonnes of crops in 2004.\n", None, None),
        ("Crop output up 24%\n\nCrop output rose 24%.\n", None, None),
    ],
)
def test_a_headline_figure_takes_the_period_of_the_figure_it_restates(text, period, method):
    figures = figures_of(text)
    headline = next(f for f in figures if f["line"] == 1)
    assert (headline["period"], headline["period_method"]) == (period, method)
    if period is not None:
        body = next(f for f in figures if f["figure_id"] == headline["same_as"]) if method == "restatement" else None
        assert body is None or headline["period_date_id"] == body["period_date_id"] is not None
