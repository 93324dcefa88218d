"""Where news is told or an event held is not what a figure is about (family found in the subject misses of the
tuning set: a survey released at 'the World Economic Forum, which meets in Davos, Switzerland' took Switzerland for
its figures, and so did a WHO update given 'on the first day of the World Economic Forum in the Swiss resort of
Davos'; a minister who 'told the French media in Paris' of a 16% tariff rise in Argentina took France; a forecast
'he told France's LCI Television' took France).

Must: a place after a gathering's word ('forum', 'summit', 'meeting', 'meets') and 'in' or 'at', or right before a
news medium ('newspaper', 'news agency', 'Television'), is neither the subject of its sentence's figures nor the
context of a later sentence. Must not: the place of the activity in the same sentence, a place a meeting is about
('a meeting of G7 finance ministers in London' names the G7 after the venue's comma), a medium's word used as a
product ('Korean TV sales'), a country word inside a medium's name, a verb with an object before 'in' ('meeting
demand in China').
"""

from __future__ import annotations

import pytest
from semantics_helpers import semantics_of

from newsfigures.semantics.places import find_places
from newsfigures.semantics.subject.venues import setting_at


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # must: the forum's venue is no subject of the survey it publishes
        (
            "Firms ignore Aids\n\nThe forum, which meets in Geneva, Switzerland, next week, said 64% of the firms "
            "it polled had no plan.",
            "64%",
        ),
        (
            "Aids drugs\n\nOn the first day of the annual summit in the Swiss town of Davos, the agency said "
            "600,000 people were on drugs.",
            "600,000",
        ),
        # must: nor the context of the next sentence
        (
            "Aids drugs\n\nThe report came at a conference in Bangkok, Thailand.\n\nIt said 600,000 people were "
            "on drugs.",
            "600,000",
        ),
        # must: a medium's country is no subject of what it was told
        (
            "Plane costs\n\nThe project may cost 10% more, the chief executive told Germany's ZDF Television.",
            "10%",
        ),
        ("Plane costs\n\nThe project may cost 10% more, Russian news agencies reported.", "10%"),
    ],
)
def test_a_venue_or_a_medium_is_no_subject(text: str, quote: str) -> None:
    assert semantics_of(text, quote).subject is None


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # must: the activity's place, with the medium's country dropped
        (
            "Water\n\nArgentina has frozen water tariffs. Its minister told the French media in Paris that the "
            "government would allow a 16% rise.",
            "16%",
            "AR",
        ),
        # must not: the place of the activity stays in a forum's sentence
        (
            "Growth\n\nAt the forum in Davos, the minister said India's economy would grow 7%.",
            "7%",
            "IN",
        ),
        # must not: after a venue's comma, the words are the clause's own ('in London, G7 ministers')
        (
            "Debt\n\nAt a meeting in London, G7 finance ministers agreed to write off 100% of the debts.",
            "100%",
            "G7",
        ),
        # must not: a medium's word used for a product
        ("TV sets\n\nKorean TV sales rose 12% last year.", "12%", "KR"),
    ],
)
def test_the_figure_s_own_place_stays(text: str, quote: str, code: str) -> None:
    got = semantics_of(text, quote).subject
    assert got is not None and got.code == code


def _flags(text: str) -> list[tuple[str, bool]]:
    return [(text[p.start : p.end], setting_at(text, p.start, p.end)) for p in find_places(text)]


def test_a_country_word_inside_a_medium_s_name_is_the_name_s() -> None:
    assert _flags("He told the Bisnis Indonesia newspaper that aid rose.") == [("Indonesia", False)]


def test_a_verb_with_its_object_names_no_venue() -> None:
    assert _flags("Firms are meeting demand in China.") == [("China", False)]


def test_a_medium_is_read_before_a_verb_of_report() -> None:
    assert _flags("Chinese state press reported the cut.") == [("Chinese", True)]
    assert _flags("Finnish paper makers cut jobs.") == [("Finnish", False)]


def test_a_medium_before_in_is_a_venue_only_when_told_the_news() -> None:
    # must: the medium told the news is an audience, 'in' its venue; must not: a medium alone before 'in' is a market
    assert _flags("He told the French media in Japan that aid rose.") == [("French", True), ("Japan", True)]
    assert _flags("Spending on television in the US rose 5%.") == [("US", False)]
    assert _flags("Newspapers in the UK lost readers.") == [("UK", False)]


def test_a_medium_and_its_conjunct_are_read_as_one() -> None:
    # must: a medium coordinated with another before a verb of report; must not: a product's word coordinated with
    # another before a noun of its business
    assert _flags("Russian TV and radio reported the cut.") == [("Russian", True)]
    assert _flags("Korean TV and phone sales rose 12%.") == [("Korean", False)]
