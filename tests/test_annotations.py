"""Reviewed annotations: parsing, matching a figure by quote and context, and their errors."""

import tomllib
from pathlib import Path

import pytest

from newsfigures.errors import InputError
from newsfigures.extraction.dates.values import point_bounds
from newsfigures.semantics import annotations as annotations_module
from newsfigures.semantics.annotations import match_figures, period_problem, read_annotations

GOOD = """
# semantics of the figures of a made-up article
[[figure]]
quote = "$4 billion"
context = "exports"
indicator = "exports of goods"
subject = "NO"
counterpart = "SE"
period = "2020"
status = "preliminary"

[[exclude]]
quote = "Route 66"
reason = "name"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "a.annotations.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_entries_are_read_with_their_lines(tmp_path):
    annotations, excludes = read_annotations(write(tmp_path, GOOD))
    assert [(a.line, a.quote, a.status, a.subject) for a in annotations] == [(3, "$4 billion", "preliminary", "NO")]
    assert [(x.line, x.quote, x.reason) for x in excludes] == [(12, "Route 66", "name")]


@pytest.mark.parametrize(
    ("text", "reason", "line"),
    [
        ('[[figure]]\nquote = "x"\nindicator = "y"\nstatus = "rumoured"\n', "status 'rumoured'", 4),
        ('[[figure]]\nquote = "x"\nindicator = "y"\nstatus = "reported"\ncolour = "5"\n', "unknown key 'colour'", 5),
        ('[[figure]]\nquote = "x"\nstatus = "reported"\nvalue = "5"\n', "value must be a number", 4),
        ('[[figure]]\nquote = "x"\nstatus = "reported"\nvalue = nan\n', "value must be a finite number, not nan", 4),
        ('[[figure]]\nquote = "x"\nstatus = "reported"\nvalue = -inf\n', "value must be a finite number, not -inf", 4),
        (
            '\n[[figure]]\nquote = "x"\nstatus = "reported"\nvalue = 1e309\n',
            "value must be a finite number, not inf",
            5,
        ),
        ('[[figure]]\nquote = "x"\nstatus = "reported"\nconfirmed = "yes"\n', "confirmed must be true or false", 4),
        ('[[figure]]\nquote = "x"\nstatus = "reported"\nchange = "up"\n', "change 'up' is not one of", 4),
        ('\n[[figure]]\nquote = "x"\nindicator = "y"\nstatus = "reported"\nsubject = "XQ"\n', "not an ISO 3166", 6),
        ('[[figure]]\nquote = "x"\nindicator = "y"\nstatus = "reported"\nperiod = "last year"\n', "not ISO 8601", 5),
        ('[[figure]]\nquote = "x"\nindicator = "y"\n', "needs status", 1),
        ('[[figure]]\nquote = "x"\nstatus = "reported"\nperiod = "2005-02-29"\n', "'2005-02-29' names a day", 4),
        ('[[figure]]\nquote = "x"\nstatus = "reported"\nperiod = "2004-04-31"\n', "'2004-04-31' names a day", 4),
        ('[[figure]]\nquote = "x"\nstatus = "reported"\nperiod = "2005-W53"\n', "ISO week the calendar", 4),
        (
            '[[figure]]\nquote = "x"\nstatus = "reported"\nperiod = "2005/2004"\n',
            "'2005/2004' ends before it starts",
            4,
        ),
        ('[[figure]]\nquote = "x"\nstatus = "reported"\nperiod = "2004-04/2004-Q1"\n', "ends before it starts", 4),
        # the key's own line, wherever it sits in its entry, in the second entry of a file
        (
            '[[figure]]\nquote = "w"\nstatus = "reported"\n\n[[figure]]\nquote = "x"\nqualifier = "roughly"\n'
            'status = "reported"\n',
            "qualifier 'roughly' is not one of",
            7,
        ),
        ('[[figure]]\nquote = "x"\n  "status" = "guessed"\nnote = "n"\n', "status 'guessed'", 3),
        (
            '[[figure]]\nquote = "x"\nstatus = "reported"\n[[exclude]]\nquote = "y"\nreason = "A Name"\n',
            "reason code",
            6,
        ),
        # a line inside a multi-line string is no key, nor a table header; lines end at \n only
        (
            '[[figure]]\nquote = "x"\nnote = """seen as\nstatus = "reported" in a draft"""\nstatus = "rumoured"\n',
            "status 'rumoured'",
            5,
        ),
        ("[[figure]]\nquote = 'x'\nnote = '''\n[sic] in the text\n'''\nstatus = 'rumoured'\n", "status 'rumoured'", 6),
        ('[[figure]]\nquote = "x\u2028y"\nstatus = "rumoured"\n', "status 'rumoured'", 3),
        ('[[figure]]\r\nquote = "x" # a """ here\r\n\r\nstatus = "rumoured"\r\n', "status 'rumoured'", 4),
        # a header inside a multi-line string or a comment is no table: the next entry keeps its own line
        (
            '[[figure]]\nquote = "w"\nnote = """pasted:\n[[figure]]\n"""\nstatus = "reported"\n\n'
            '[[figure]]\nquote = "x"\nstatus = "rumoured"\n',
            "status 'rumoured'",
            10,
        ),
        (
            "[[figure]]\nquote = 'w'\nnote = '''\n  [[exclude]]'''\nstatus = 'reported'\n[[exclude]]\nquote = 'y'\n"
            "reason = 'A Name'\n",
            "reason code",
            8,
        ),
        # a header may quote its name (TOML: [["figure"]] is [[figure]]): the entries after it keep their lines
        (
            '[["figure"]]\nquote = "w"\nstatus = "reported"\n[[figure]]\nquote = "x"\nstatus = "rumoured"\n',
            "status 'rumoured'",
            6,
        ),
        (
            "[[ 'exclude' ]]\nquote = 'w'\nreason = 'vague'\n\n[[exclude]]\nquote = 'y'\nreason = 'A Name'\n",
            "reason code",
            7,
        ),
    ],
)
def test_bad_entries_name_the_line(tmp_path, text, reason, line):
    with pytest.raises(InputError, match=reason) as info:
        read_annotations(write(tmp_path, text))
    assert info.value.line == line


class ScanCounted(str):
    """A text that adds up the characters its ``find`` and ``count`` calls read: the scans that once walked from
    the file's start to every entry's header (a cost in the entries times the file, 39 s for 8,000 entries)."""

    read: int

    def __new__(cls, text: str) -> "ScanCounted":
        obj = super().__new__(cls, text)
        obj.read = 0
        return obj

    def find(self, sub, start=None, end=None):  # type: ignore[override]
        start, end = start or 0, len(self) if end is None else end
        hit = str.find(self, sub, start, end)
        self.read += (hit + len(sub) if hit >= 0 else end) - start
        return hit

    def count(self, sub, start=None, end=None):  # type: ignore[override]
        start, end = start or 0, len(self) if end is None else end
        self.read += end - start
        return str.count(self, sub, start, end)


def test_entry_and_key_lines_are_found_in_one_pass_over_the_file(tmp_path, monkeypatch):
    entry = '[[figure]]\nquote = "$4 billion"\ncontext = "c"\nnote = """two\nlines"""\nstatus = "reported"\n\n'
    raw = ScanCounted(entry * 400 + '[[exclude]]\nquote = "Route 66"\nreason = "name"\n')
    monkeypatch.setattr(annotations_module, "load_toml", lambda path: (tomllib.loads(raw), raw))
    annotations, excludes = read_annotations(tmp_path / "many.annotations.toml")
    # seven lines an entry: the last header is on line 1 + 7 * 399, its note on the two lines after its context
    assert (annotations[-1].line, annotations[-1].lines) == (
        2794,
        {"quote": 2795, "context": 2796, "note": 2797, "status": 2799},
    )
    assert [x.line for x in excludes] == [2801]
    assert raw.read <= 4 * len(raw)  # a few passes over the file, not one per entry (400 of them)


def test_matching_by_quote_and_context(tmp_path):
    path = write(tmp_path, GOOD)
    annotations, _ = read_annotations(path)
    quotes = ["$4 billion", "$4 billion"]
    sentences = ["Imports were $4 billion.", "Norway's exports reached $4 billion."]
    assert list(match_figures(annotations, quotes, sentences, path)) == [1]


def test_an_annotation_must_match_exactly_one_figure(tmp_path):
    path = write(tmp_path, GOOD)
    annotations, _ = read_annotations(path)
    with pytest.raises(InputError, match="matches no figure") as info:
        match_figures(annotations, ["$5 billion"], ["exports were $5 billion"], path)
    assert info.value.line == 3
    with pytest.raises(InputError, match="matches 2 figures"):
        match_figures(annotations, ["$4 billion"] * 2, ["exports $4 billion"] * 2, path)


@pytest.mark.parametrize(
    "period",
    [
        "2004",
        "200X",
        "2004-02-29",
        "2004-W53",
        "2004-Q4",
        "2004-H1",
        "2004-24",
        "2004-24/2005-21",
        "2003-07/2004-06",
        "2004-Q1/2004-03",
    ],
)
def test_real_periods_pass(period):
    assert period_problem(period) is None


def test_point_bounds_give_first_and_last_day():
    import datetime as dt

    assert point_bounds("2004-24") == (dt.date(2004, 12, 1), dt.date(2005, 2, 28))  # winter runs into 2005
    assert point_bounds("2004-Q4") == (dt.date(2004, 10, 1), dt.date(2004, 12, 31))
    assert point_bounds("2004-02") == (dt.date(2004, 2, 1), dt.date(2004, 2, 29))
    assert point_bounds("2004-W53") == (dt.date(2004, 12, 27), dt.date(2005, 1, 2))
    assert point_bounds("199X") == (dt.date(1990, 1, 1), dt.date(1999, 12, 31))
