"""'Over the period', 'in the period' (family 'the story's period named by the bare noun'): sentences written for
the rule, none from the gold articles. After a preposition or a verb that ends or begins a period, 'the period' is
the story's last period finer than a year (as 'the same period' is: not a year the story forecasts), and has no value
after a date the text leaves without one; 'the period ended 31 December', 'the period of growth', 'the period to
March' and 'the period 1990-2003' are not it."""

import pytest

from newsfigures.extraction.dates import extract_dates


def _dates(text: str) -> dict[str, tuple[str, str]]:
    return {d.quote: (d.value, d.granularity) for d in extract_dates(text, None)}


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        (
            "Operating profit fell to 785m euros in the fourth quarter of 2004. The firm hopes to recover by 2006. "
            "Its profits over the period compared badly with 2003's.",
            "2004-Q4",
            "quarter",
        ),
        ("Sales rose 4% between July and September 2004, and exports in the period grew 2%.", "2004-Q3", "quarter"),
        ("Output rose 0.2% in the three months to September. Exports during the period fell 1%.", "", "interval"),
    ],
)
def test_the_bare_period_is_the_story_s_last_period(text: str, value: str, granularity: str) -> None:
    found = _dates(text)
    assert found.get("period") == (value, granularity), found


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 4% in 2004. Profit for the period ended 31 December was $2m.",
        "Sales rose 4% in 2004. The firm went through the period of growth unscathed.",
        "Sales rose 4% in 2004. Jobs fell 3% over the period 1990-2003.",
        "Sales rose 4% in 2004. The trial period was long.",
        "Sales rose 4% in 2004. It bid for the periodicals unit.",
    ],
)
def test_other_periods_are_not_the_story_s(text: str) -> None:
    assert "period" not in _dates(text)
