"""Untrusted input (issue 14): bounded output, linear reading, numbers that are read whole, any article builds.

No timing here (speed is measured by ``python -m newsfigures.bench.adversarial``): what is checked
is what makes time and size linear (a bounded context per row, one exclusion per run of numerals,
patterns that do not rescan) and what the numbers read as, against the text.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsfigures.cli import main
from newsfigures.extraction.merge import extract
from newsfigures.extraction.numbers import DENSE_MIN, RUN_MIN, Numeral, Skipped, scan
from newsfigures.package.provenance import CONTEXT_CHARS, SentenceIndex, clip_context
from newsfigures.package.tables import text_rows
from newsfigures.package.validate import uncovered, validate_package
from newsfigures.package.write import TABLES, csv_bytes
from newsfigures.sources import metadata_from_text


def rows_of(text: str) -> tuple[list[dict], list[dict], list[dict]]:
    """Figure, date and exclusion rows of a text, as a build makes them."""
    return text_rows(text, source_id="t", file=Path("t.txt"))


def csv_size(text: str) -> int:
    """Bytes of the figures, dates and exclusions CSVs of a text."""
    tables = dict(zip(("figures", "dates", "exclusions"), rows_of(text), strict=True))
    return sum(len(csv_bytes(t.columns, tables[t.name])) for t in TABLES if t.name in tables)


# --- 1. bounded output ----------------------------------------------------------------------


@given(
    st.text(alphabet="ab .\n", min_size=1, max_size=400),
    st.integers(min_value=0, max_value=399),
    st.integers(min_value=1, max_value=30),
)
def test_context_is_bounded_and_is_the_text_around_the_quote(text: str, at: int, length: int) -> None:
    start = min(at, len(text) - 1)
    end = min(len(text), start + length)
    index = SentenceIndex(text)
    context, s, e = index.context(start, end)
    assert s <= start <= end <= e
    assert len(context) <= (end - start) + 2 * CONTEXT_CHARS
    assert any(
        text[a : a + len(context)] == context and end <= a + len(context) <= min(e, end + CONTEXT_CHARS)
        for a in range(max(s, start - CONTEXT_CHARS), start + 1)
    )
    assert context == clip_context(text, start, end, s, e)


def test_a_short_sentence_is_kept_whole_and_a_long_one_is_cut_at_spaces() -> None:
    text = "Sales rose 12% to $3.4bn in 2020. " + "Profits fell by 5% " + "after a long winter " * 20 + "ended."
    figures, _, _ = rows_of(text)
    first = next(f for f in figures if f["quote"] == "12%")
    assert first["sentence"] == "Sales rose 12% to $3.4bn in 2020."
    second = next(f for f in figures if f["quote"] == "5%")
    assert text[second["sentence_start"] : second["sentence_end"]].startswith("Profits fell by 5%")
    assert text[second["sentence_end"] - 6 : second["sentence_end"]] == "ended."
    assert second["sentence"].startswith("Profits fell by 5% after")
    assert len(second["sentence"]) <= len("5%") + 2 * CONTEXT_CHARS
    assert (
        not second["sentence"].endswith(" ") and text[text.index(second["sentence"]) + len(second["sentence"])] == " "
    )


def test_output_grows_linearly_with_a_long_line_of_figures() -> None:
    # letters between the numerals and fewer than DENSE_MIN in DENSE_WIDTH characters, so that each is a
    # figure of its own (no numeral_run)
    small, large = ("Headline\n" + "1 apple and some other words, " * n + "\n" for n in (400, 1600))
    assert len(rows_of(small)[0]) == 400
    assert csv_size(large) / csv_size(small) < 4.2  # four times the text, four times the rows; not sixteen


def test_a_megabyte_line_of_ones_is_one_exclusion_and_builds(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "ones.txt").write_text("Ones\n\n" + "1 " * 500_000 + "\n", encoding="utf-8")
    out = tmp_path / "pkg"
    assert main(["build", "--quiet", "--seeds", str(seeds), "--out", str(out)]) == 0
    assert sum(p.stat().st_size for p in out.iterdir()) < 100_000_000
    text = (out / "exclusions.csv").read_text(encoding="utf-8")
    assert "numeral_run" in text and len(text.splitlines()) == 2
    assert validate_package(out, use_frictionless=False) == []


@given(st.sampled_from(["1 ", "1-", "½ ", "5% ", "$1.5 billion ", "2020 ", "one two three ", "1 000 "]))
@settings(max_examples=8, deadline=None)
def test_a_run_of_numerals_without_words_is_one_exclusion(unit: str) -> None:
    text = "Noise\n\n" + unit * (RUN_MIN * 3) + "\n"
    figures, dates, exclusions = rows_of(text)
    assert figures == [] and dates == []
    assert [x["reason"] for x in exclusions] == ["numeral_run"]
    x = exclusions[0]
    assert x["quote"] == text[x["start"] : x["end"]]
    assert uncovered(text, [(x["start"], x["end"])]) == []  # every numeral of the run lies inside it


def test_a_short_list_of_numerals_is_still_read_one_by_one() -> None:
    text = "Results: " + " ".join(str(n) for n in range(10, 10 + min(RUN_MIN, DENSE_MIN) - 1)) + " points."
    assert not any(isinstance(t, Skipped) for t in scan(text))
    longer = "Results: " + " ".join(str(n) for n in range(10, 10 + min(RUN_MIN, DENSE_MIN))) + " points."
    assert [t.reason for t in scan(longer) if isinstance(t, Skipped)] == ["numeral_run"]


# --- 2. the header of a seed is read in linear time (the patterns cannot rescan) ------------------


def test_header_of_blank_lines_and_brackets_is_read() -> None:
    meta = metadata_from_text("Title here" + "\n" * 20_000 + "By Jane Doe\n\nBody 1.\n")
    assert meta["title"] == "Title here"
    meta = metadata_from_text("[" * 20_000 + "\nBody.\n")
    assert meta["title"].startswith("[[[")
    meta = metadata_from_text(
        "# [The title](https://x.org/a) \n\nBy  Ann   and Bob   for Outlet\nurl:\n<https://x.org/a>\n"
    )
    assert (meta["title"], meta["authors"], meta["original_publisher"], meta["url"]) == (
        "The title",
        ("Ann", "Bob"),
        "Outlet",
        "https://x.org/a",
    )


# --- 4. number words and grouping -----------------------------------------------------------------

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    """English words of 0 < n < 10**9, with 'and' after a hundred (British style)."""
    parts = []
    for scale, name in ((10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            parts.append(f"{words(n // scale)} {name}")
            n %= scale
    if n >= 100:
        parts.append(f"{ONES[n // 100]} hundred" + (" and" if n % 100 else ""))
        n %= 100
    if n >= 20:
        parts.append(TENS[n // 10 - 2] + (f"-{ONES[n % 10]}" if n % 10 else ""))
    elif n >= 10:
        parts.append(TEENS[n - 10])
    elif n:
        parts.append(ONES[n])
    return " ".join(parts)


def values(text: str) -> list[Decimal]:
    return [t.value for t in scan(text) if isinstance(t, Numeral)]


@given(st.integers(min_value=1, max_value=999_999_999))
def test_number_words_read_as_their_value(n: int) -> None:
    assert values(f"about {words(n)} people") == [Decimal(n)]


@given(st.integers(min_value=1, max_value=998_999_999), st.data())
def test_between_words_and_words_is_a_range(low: int, data: st.DataObject) -> None:
    high = data.draw(st.integers(min_value=low + 1, max_value=999_999_999))
    assume(low > 1)  # "between one and ..." : a lone "one" is the figures reader's to judge (a pronoun)
    # "between five and ten million" is 5 to 10 million: a bare lower end shares the upper end's scale
    assume(not (high % 1000 == 0 and low % 1000))
    text = f"The plant employs between {words(low)} and {words(high)} people."
    figures = extract(text).figures
    assert [(f.value, f.value_to) for f in figures] == [(low, high)]


def test_the_issues_phrases() -> None:
    def figure(text: str) -> tuple[float, float | None, str]:
        (f,) = extract(text).figures
        return f.value, f.value_to, f.unit

    assert figure("It hired between two hundred and three hundred people.") == (200, 300, "count")
    assert figure("It raised between one million and two million dollars.") == (1e6, 2e6, "USD")
    # the range's "and" is the one after which the rest reads as one number, not the last one
    assert figure("It hired between twenty-five thousand and one hundred and one thousand people.")[:2] == (
        25_000,
        101_000,
    )
    assert figure("It hired between one hundred and five thousand and two hundred thousand people.")[:2] == (
        105_000,
        200_000,
    )
    # words that read as one number after "between" split at the "and" that gives low to high
    assert figure("It hired between three hundred and one thousand and one people.")[:2] == (300, 1_001)
    assert figure("It hired between one hundred and fifty people.")[:2] == (150, None)
    assert figure("It paid 1 000 000 rubles.") == (1e6, None, "RUB")
    assert figure("Rates rose 2½ percent.") == (2.5, None, "percent")
    assert figure("It was a one point three per cent volume sales fall.") == (1.3, None, "percent")
    assert figure("Output was two point five million tonnes.")[0] == 2.5e6


@given(
    st.integers(min_value=1_000, max_value=999_999_999_999),
    st.sampled_from([" ", "\u00a0", "\u2009", "\u202f"]),
    st.sampled_from(["rubles", "people", "tonnes"]),
)
def test_space_grouped_thousands_are_one_number(n: int, space: str, noun: str) -> None:
    if space == " " and n < 1_000_000:
        n *= 1000  # an ordinary space groups only two groups or more (``March 3 100 people`` is not 3100)
    written = f"{n:,}".replace(",", space)
    assert values(f"It paid {written} {noun}.") == [Decimal(n)]


def test_an_ordinary_space_with_one_group_and_bad_groups_stay_apart() -> None:
    assert values("On March 3 100 people came.") == [3, 100]
    assert values("In 1234 567 890 came.") == [1234, 567, 890]


@given(st.integers(min_value=0, max_value=99), st.sampled_from(["½", "¼", "¾"]))
def test_a_vulgar_fraction_after_digits_joins_them(n: int, fraction: str) -> None:
    part = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}[fraction]
    assert values(f"Rates rose {n}{fraction} percent.") == [n + part]


@given(st.integers(min_value=0, max_value=99), st.lists(st.integers(0, 9), min_size=1, max_size=3))
def test_point_words_are_decimals(whole: int, digits: list[int]) -> None:
    text = f"It fell {words(whole) if whole else 'zero'} point {' '.join(ONES[d] for d in digits)} per cent."
    assert values(text) == [Decimal(f"{whole}.{''.join(map(str, digits))}")]


# --- 5. any article builds ------------------------------------------------------------------------


def test_what_cannot_be_read_is_an_exclusion_with_a_reason(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "odd.txt").write_text(
        "Odd\n\nThe mass is 5 × 10^999 kg, and 5 x 10^-999 g.\n"
        "It cost a thousand million billion trillion thousand million dollars.\n",
        encoding="utf-8",
    )
    out = tmp_path / "pkg"
    assert main(["build", "--quiet", "--seeds", str(seeds), "--out", str(out)]) == 0
    exclusions = (out / "exclusions.csv").read_text(encoding="utf-8")
    assert "5 × 10^999,out_of_range" in exclusions and "5 x 10^-999,out_of_range" in exclusions


def test_the_adversarial_benchmark_prints_every_input(tmp_path: Path, capsys) -> None:
    from newsfigures.bench.adversarial import adversarial_texts, main

    main(["--size", "3000", "--prose", str(tmp_path)])  # no corpus there: the built-in paragraph
    lines = capsys.readouterr().out.splitlines()
    names = list(adversarial_texts("x", 10))
    assert lines[0].split()[:2] == ["input", "MB"] and lines[1].startswith("prose (1 articles)")
    assert [line[:34].rstrip() for line in lines[2:-1]] == names
    assert lines[-1].startswith("worst: ")
