"""A firm named as an example of another party's clients or rivals ('thanks to clients like Deutsche Telekom')
is not the story's firm: its home, or the national word of its name, is no subject of the story's figures
(README of the BBC gold: a country word inside a company's name is not by itself the subject of a figure about
something else). And a firm the text gives no home whose results it states in the currency of one country only
takes that country (round 10's ruling: Ericsson's profits in kronor -> SE)."""

from __future__ import annotations

import pytest
from semantics_helpers import subject_evidence

from newsfigures.semantics.subject.firms import named_as_example


@pytest.mark.parametrize(
    ("text", "quote", "code", "evidence"),
    [
        # a later sentence does not inherit the example's national word; the firm's currency places it
        (
            "Telecoms firm Nokia posted a rise in profits thanks to clients like Deutsche Telekom.\n\n"
            "Operating profit was 9.5bn kronor in the quarter, and the company said sales rose 9%.",
            "9.5bn kronor",
            "SE",
            "kronor",
        ),
        (  # 'the company' stands for no firm named as an example
            "Telecoms firm Nokia posted a rise in profits thanks to clients like Deutsche Telekom.\n\n"
            "Operating profit was 9.5bn kronor in the quarter, and the company said sales rose 9%.",
            "9%",
            "SE",
            "kronor",
        ),
        (  # in dollars: no currency places the firm, and the example's home is none of its figures
            "Telecoms firm Nokia posted a rise in profits thanks to clients like Deutsche Telekom.\n\n"
            "Operating profit was $2bn in the quarter.",
            "$2bn",
            None,
            "",
        ),
        # in its own sentence, outside the figure's clause
        ("Nokia, whose customers include Deutsche Telekom, made 2bn kronor in 2004.", "2bn kronor", "SE", "kronor"),
        # the country word of an example's home ('rivals such as US firm Ford')
        (
            "Toyota, which competes with rivals such as US firm Ford, made a profit of 2bn yen in 2004.",
            "2bn yen",
            "JP",
            "yen",
        ),
        # the home stated after an example's noun ('rivals such as US firm Ford') is no place a later paragraph
        # inherits
        (
            "Toyota profits rise\n\nToyota sold more cars than rivals such as US firm Ford.\n\n"
            "The company made 9bn yen in 2004.",
            "9bn yen",
            "JP",
            "yen",
        ),
        # the noun capitalised at a sentence's start ('Clients like Deutsche Telekom')
        (
            "Nokia profits rise\n\nTelecoms firm Nokia posted a rise in profits. Clients like Deutsche Telekom"
            " upgraded.\n\nOperating profit was 9.5bn kronor in the quarter.",
            "9.5bn kronor",
            "SE",
            "kronor",
        ),
    ],
)
def test_a_firm_named_as_an_example_is_not_the_story_firm(
    text: str, quote: str, code: str | None, evidence: str
) -> None:
    assert subject_evidence(text, quote) == (code, evidence)


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # a firm named for a country that is the story's firm keeps its home for its own figures
        ("Deutsche Telekom said its profits rose 5% in 2004. The company's sales rose 3%.", "3%", "DE"),
        # a brand of the firm's own after 'including' is no example of others
        ("British firm Cadbury sells brands including Dairy Milk. Sales rose 6% in 2004.", "6%", "GB"),
        # the example's own figure, in its clause, is the example's
        ("Rivals such as US firm Ford made a profit of $2bn in 2004.", "$2bn", "US"),
        ("Toyota profits rise\n\nIts US rivals Ford and GM made a profit of $2bn in 2004.", "$2bn", "US"),
        # amounts in dollars place no firm; rupees are the currency of several countries
        ("Telecoms firm Nokia made a profit of $2bn in 2004.", "$2bn", None),
        ("Drugs firm Ranbaxy made a profit of 2bn rupees in 2004.", "2bn rupees", None),
        # amounts in two currencies of one country each: neither decides
        ("Nokia made 2bn kronor in 2004, and its rival made 3bn yen.", "2bn kronor", None),
        # a figure of a region in a story in one currency has no subject
        ("Sales rose to 5bn rand in 2004. Growth was below the African average of 4%.", "4%", None),
    ],
)
def test_no_example_and_no_single_currency_leaves_the_subject(text: str, quote: str, code: str | None) -> None:
    assert subject_evidence(text, quote)[0] == code


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("thanks to clients like Deutsche Telekom", "Deutsche", True),
        ("whose customers include Vodafone, Orange and Deutsche Telekom", "Deutsche", True),
        ("competing with its rivals BMW and Mercedes", "Mercedes", True),
        ("Clients like Deutsche Telekom upgraded", "Deutsche", True),
        ("its brands - including Cadbury", "Cadbury", False),
        ("a deal that Deutsche Telekom signed", "Deutsche", False),
    ],
)
def test_named_as_example(text: str, name: str, expected: bool) -> None:
    assert named_as_example(text, text.index(name)) is expected
