"""Reading sources: metadata from the article text, the sidecar, and refusals of bad input."""

import datetime as dt
from pathlib import Path

import pytest

from newsfigures.errors import InputError
from newsfigures.sources import (
    decode_seed,
    find_url,
    metadata_from_text,
    parse_dateline,
    read_source,
    read_sources,
    split_byline,
)

ARTICLE = """

# Harbour Tolls Rise Again

**Shipping lines grumble, but pay.**

By [Jane Roe and John Poe for Coastal Wire](#)

June 03, 2019

The port raised its tolls by 4% on Monday.

Original url:

<https://example.org/news/2019/06/03/harbour-tolls-a123>
"""


def test_metadata_is_read_from_headline_byline_dateline_and_url():
    meta = metadata_from_text(ARTICLE)
    assert meta["title"] == "Harbour Tolls Rise Again"
    assert meta["subtitle"] == "Shipping lines grumble, but pay."
    assert meta["authors"] == ("Jane Roe", "John Poe")
    assert meta["original_publisher"] == "Coastal Wire"
    assert meta["published"] == dt.date(2019, 6, 3)
    assert meta["url"] == "https://example.org/news/2019/06/03/harbour-tolls-a123"
    assert meta["publisher"] == "example.org"
    assert meta["kind"] == "news"


def test_plain_text_article_takes_its_first_line_as_headline():
    meta = metadata_from_text("Oil slips below $40\n\nCrude fell on Tuesday.\n")
    assert meta["title"] == "Oil slips below $40"
    assert meta["published"] is None and meta["url"] == ""


def test_opinion_pieces_are_recognised_by_their_disclaimer():
    text = "# A view\n\nWe think so.\n\n*The views expressed in opinion pieces are the author's.*\n"
    assert metadata_from_text(text)["kind"] == "opinion"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("March 01, 2021", dt.date(2021, 3, 1)),
        ("1 March 2021", dt.date(2021, 3, 1)),
        ("2021-03-01", dt.date(2021, 3, 1)),
        # as outlets print them: a weekday, a time of day, a label, a timestamp
        ("Wednesday, Jan. 5, 2005", dt.date(2005, 1, 5)),
        ("Wed 5 Jan 2005 09:00 GMT", dt.date(2005, 1, 5)),
        ("Jan 5, 2005 10:32 AM ET", dt.date(2005, 1, 5)),
        ("Published: 5 January 2005", dt.date(2005, 1, 5)),
        ("2005-01-05T10:32:00Z", dt.date(2005, 1, 5)),
        ("2005-01-05T10:32:00.000Z", dt.date(2005, 1, 5)),  # a web page's timestamp, with its milliseconds
        ("2005-01-05T23:30:00-08:00", dt.date(2005, 1, 5)),  # the date as printed: the offset is not applied
        # a wire story's lede opening with its dateline
        ("NEW YORK, Jan. 5, 2005 (Reuters) - Acme Motors said on Wednesday", dt.date(2005, 1, 5)),
        ("SAN JOSE, Calif., Jan. 5, 2005 (AP) -- Chip sales rose", dt.date(2005, 1, 5)),
    ],
)
def test_datelines(line, expected):
    assert parse_dateline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Talks began on March 1, 2021 in Moscow",
        "Updated Jan. 5, 2005",  # an update is not the publication
        "LONDON, Jan 5 (Reuters) - Acme said",  # no year: the dateline cannot date the story
        "In LONDON, Jan. 5, 2005 - talks",
        "March 1, 2021 at 10.30 in Moscow",
        "March 1, 2021 at 10.30 in",  # a time zone is in capitals: 'in' is a word of a sentence
        "Sales fell on Wednesday, Jan. 5, 2005, the firm said",
    ],
)
def test_a_sentence_with_a_date_is_not_a_dateline(line):
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    "text",
    [
        "Acme profit jumps\n\nNEW YORK, Jan. 5, 2005 (Reuters) - Acme said profit rose 5% in 2004.\n",
        "# Acme profit jumps\n\n**Sales beat forecasts**\n\nBy Jo Smith\n\nNEW YORK, Jan. 5, 2005 (Reuters) - Acme said\n",
        "NEW YORK, Jan. 5, 2005 (Reuters) - Acme said profit rose 5% in 2004.\n",  # no headline: the lede first
    ],
)
def test_a_wire_story_is_dated_by_its_lede(text):
    assert metadata_from_text(text)["published"] == dt.date(2005, 1, 5)


def test_a_wire_dateline_further_down_does_not_date_the_story():
    """Only the lede's dateline is the story's: a later paragraph opening with one quotes a release."""
    text = (
        "Acme profit jumps\n\nAcme said profit rose 5% in 2004.\n\n"
        "LONDON, 3 March 2005 - the firm's release said sales rose.\n"
    )
    assert metadata_from_text(text)["published"] is None


def test_byline_without_outlet():
    assert split_byline("Paul Bartlett") == (("Paul Bartlett",), "")


def test_url_on_the_same_line():
    assert find_url("text\nOriginal url: <https://a.example.com/x-1>\n") == "https://a.example.com/x-1"


def test_bom_is_dropped_and_crlf_kept():
    assert decode_seed("\ufeffA 5% rise\r\n".encode(), "x.txt") == "A 5% rise\r\n"
    assert decode_seed(b"A 5% rise\rin May\nok", "x.txt") == "A 5% rise\rin May\nok"  # a stray CR in LF text stays
    assert decode_seed(b"A 5% rise\r\nin\rMay\r\n", "x.txt") == "A 5% rise\r\nin\rMay\r\n"  # and in CRLF text
    assert decode_seed(b"A 5% rise\nin May\r", "x.txt") == "A 5% rise\nin May\r"  # a CR ending the last line only


@pytest.mark.parametrize(
    ("data", "reason", "line"),
    [
        (b"", "empty", 1),
        (b"  \n\t\n", "only whitespace", 1),
        (b"abc\n\x00\x01", "binary", 2),
        (b"ok\nok\nbad \xff here", "not valid UTF-8", 3),
        (b"Headline\r\rPrices rose 5%.\r", "lines end in a lone CR", 1),
        # CR line ends with a final LF (an editor's): still one line to every stage
        (b"Headline\r\rPrices rose 5%.\r\rOriginal url: <https://example.com/a>\r\n", "lines end in a lone CR", 1),
        (b"Headline\n\nPrices\rrose\rby\r5%.\r", "lines end in a lone CR", 3),
    ],
)
def test_bad_bytes_are_refused_with_the_line(data, reason, line):
    with pytest.raises(InputError, match=reason) as info:
        decode_seed(data, "seeds/x.txt")
    assert info.value.line == line
    assert str(info.value).startswith(f"seeds/x.txt:{line}: ")


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_sidecar_overrides_and_completes(tmp_path):
    seed = write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "a.meta.toml", 'publisher = "Coastal Wire Daily"\npublished = 2019-06-04\nkind = "analysis"\n')
    source = read_source(seed)
    assert source.publisher == "Coastal Wire Daily"
    assert source.published == dt.date(2019, 6, 4)
    assert source.kind == "analysis"
    assert source.title == "Harbour Tolls Rise Again"
    assert source.metadata_origin == "text_and_sidecar"


@pytest.mark.parametrize(
    ("sidecar", "reason", "line"),
    [
        ('kind = "news"\npublished = "2021-02-30"\n', "not a date", 2),
        ('url = "not a url"\n', "not an http", 1),
        ('title = "x"\n\nfavourite_colour = "blue"\n', "unknown key 'favourite_colour'", 3),
        ('title = "x"\npublished = 2021-13-01\n', "not valid TOML", 2),
    ],
)
def test_bad_sidecars_name_file_line_and_reason(tmp_path, sidecar, reason, line):
    seed = write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "a.meta.toml", sidecar)
    with pytest.raises(InputError, match=reason) as info:
        read_source(seed)
    assert info.value.line == line
    assert Path(info.value.path).name == "a.meta.toml"


def test_seed_folder_problems(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_sources(tmp_path / "missing")
    with pytest.raises(InputError, match=r"holds no \.txt"):
        read_sources(tmp_path)


def test_duplicate_ids_and_orphan_sidecars_are_refused(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "b.txt", ARTICLE)
    write(tmp_path, "b.meta.toml", 'source_id = "a"\n')
    with pytest.raises(InputError, match=r"already claimed by a\.txt"):
        read_sources(tmp_path)
    (tmp_path / "b.meta.toml").unlink()
    write(tmp_path, "c.annotations.toml", "")
    with pytest.raises(InputError, match=r"matching \.txt file is missing"):
        read_sources(tmp_path)


def test_sources_are_sorted_by_name_and_hashed(tmp_path):
    for name in ("b.txt", "a.txt", "c.txt"):
        write(tmp_path, name, ARTICLE)
    sources = read_sources(tmp_path)
    assert [s.source_id for s in sources] == ["a", "b", "c"]
    assert len({s.sha256 for s in sources}) == 1 and len(sources[0].sha256) == 64


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-16-le", "utf-32"])
def test_the_iconv_command_a_wide_seed_is_told_to_run_converts_it(encoding: str) -> None:
    """The refusal of a UTF-16/UTF-32 seed names the command that converts it, and that command gives the
    text back (a bare 'iconv -f UTF-16' turned big-endian text without a byte order mark into CJK)."""
    import re
    import shutil
    import subprocess

    from newsfigures.sources import decode_seed

    if shutil.which("iconv") is None:
        pytest.skip("no iconv")
    text = "Café prices\n\nThey rose 5% in the year to May.\n"
    with pytest.raises(InputError) as info:
        decode_seed(text.encode(encoding), "zz.txt")
    command = re.search(r"iconv -f (\S+) -t UTF-8$", str(info.value))
    assert command, info.value
    out = subprocess.run(["iconv", "-f", command[1], "-t", "UTF-8"], input=text.encode(encoding), capture_output=True)
    assert out.stdout.decode("utf-8") == text


def test_a_dateline_reads_the_months_and_weekdays_of_the_dates_vocabulary():
    """One list of month and weekday names (the dates vocabulary): each month name or abbreviation dates a header line,
    after each weekday or its abbreviation; a word of neither does not."""
    from newsfigures.extraction.dates.vocabulary import MONTH_WORDS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
    from newsfigures.sources import parse_dateline

    for name, number in MONTH_WORDS.items():
        assert parse_dateline(f"{name.title()} 5, 2005") == dt.date(2005, number, 5), name
    for day in (*WEEKDAYS, *WEEKDAY_ABBREVIATIONS):
        assert parse_dateline(f"{day.title()}., Jan. 5, 2005 10:32 AM ET") == dt.date(2005, 1, 5), day
    assert parse_dateline("Weds., Jan. 5, 2005") is None
    assert parse_dateline("Janu 5, 2005") is None
