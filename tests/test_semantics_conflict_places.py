"""A place named as where a war, unrest or an exile is ('the wars in Iraq and Afghanistan', 'the uprising against
Israeli occupation', 'self-imposed exile in Israel') is a cause or an aside of the story, not what its figures are
about (family found in the subject misses of the tuning set, in four rounds: the US budget's deficit took
Afghanistan from 'The wars in Iraq and Afghanistan wiped out the surplus' one sentence back, and the cost of
'military operations in Iraq and Afghanistan' took both; Palestinian unemployment 'before the uprising against
Israeli occupation' took Israel; the oil output of a Russian firm took Israel from its former owner's 'exile in
Israel').

Must: such a place is no subject of a figure of its sentence outside its clause, no context a later sentence
inherits and no country 'the nation' refers back to; the second of two joined places ('in Iraq and Afghanistan')
too. Must not: a figure of the conflict's own clause ('More than 10,000 people have died in the war in Iraq', where a
casualty count is the war's place's), a place of the activity in the same sentence
('Iraq's oil exports rose 10% despite the insurgency'), a place after 'in' with no word of conflict ('defence
spending in the US'), a place a conflict's word follows ('after the war'), a market's rivalry ('a price war in
Germany').
"""

from __future__ import annotations

import pytest
from semantics_helpers import subject_of

from newsfigures.semantics.places import find_places
from newsfigures.semantics.subject.venues import conflict_at


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # must: the war's places are no context of the next sentence; the headline's country is
        (
            "The US budget\n\nThe wars in Iraq and Afghanistan wiped out the surplus. The shortfall will rise to "
            "$400bn next year.",
            "$400bn",
            "US",
        ),
        (
            "Jobs vote\n\nFrance's job losses, as well as the war in Syria, dominated the campaign. Some 200,000 "
            "jobs were lost in two years.",
            "200,000",
            "FR",
        ),
        # must: nor the country 'the nation' refers back to
        (
            "The US budget\n\nThe wars in Iraq and Afghanistan wiped out the surplus. The plan cuts the nation's "
            "health budget by $45bn.",
            "$45bn",
            "US",
        ),
        # must: 'the nation' passes over a venue too ('the forum in Switzerland') for the country before it
        (
            "Brazil growth\n\nBrazil's finance minister spoke at the forum in Switzerland. The nation's economy grew "
            "5% last year.",
            "5%",
            "BR",
        ),
        # must not: with no other country before it, 'the nation' refers to the conflict's
        (
            "Oil prices\n\nOil rose on fears of unrest in Nigeria. The nation pumps 2.5 million barrels a day.",
            "2.5 million barrels a day",
            "NG",
        ),
        # must: an exile's place is no context either
        (
            "Russian oil sale\n\nThe Russian firm was sold in December, its former owner said from self-imposed "
            "exile in Britain. The unit pumps 900,000 barrels a day.",
            "900,000 barrels a day",
            "RU",
        ),
        # must: nor the subject of a figure of its own sentence
        (
            "Palestinian jobs\n\nUnemployment stood at 30%, compared with 12% before the uprising against "
            "Israeli occupation.",
            "30%",
            "PS",
        ),
        (
            "The US budget\n\nThe budget leaves out the cost of military operations in Iraq and Afghanistan, for "
            "which the administration will seek $70bn.",
            "$70bn",
            "US",
        ),
        # must not: a figure of the conflict's own clause keeps its place
        ("Oil prices\n\nMore than 10,000 people have died in the war in Iraq.", "10,000", "IQ"),
        ("Oil prices\n\nUnemployment stood at 30%, against 12% before the uprising in Syria.", "12%", "SY"),
        # must not: a market's rivalry ('a price war') is where the activity is
        ("Tesco\n\nSales in the UK rose 5%. A price war in Germany hit margins. Profits fell 3%.", "3%", "DE"),
        # must not: the place of the activity stays beside a conflict's words
        ("Oil\n\nIraq's oil exports rose 10% despite the insurgency.", "10%", "IQ"),
        ("Oil\n\nOil output in Iraq rose 20% after the war.", "20%", "IQ"),
        ("Defence\n\nDefence spending in the US rose 5% last year.", "5%", "US"),
    ],
)
def test_a_conflict_place_is_no_subject(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The wars in Iraq and Afghanistan wiped out the surplus.", "Iraq", True),
        ("The wars in Iraq and Afghanistan wiped out the surplus.", "Afghanistan", True),
        ("before the uprising against Israeli occupation", "Israeli", True),
        ("costs of the invasion of Iraq", "Iraq", True),
        ("Oil output in Iraq rose after the war.", "Iraq", False),
        ("Defence spending in the US rose.", "US", False),
        ("A price war in the UK cut margins.", "UK", False),
        ("the bidding war in Italy", "Italy", False),
        ("The war hurt trade, and Iraq's exports fell.", "Iraq", False),
    ],
)
def test_conflict_at(text: str, name: str, expected: bool) -> None:
    place = next(p for p in find_places(text) if text[p.start : p.end] == name)
    assert conflict_at(text, place.start) is expected
