"""Families of changes, Duckling style: sentences whose change must be read, and look-alikes that must not.

Every sentence was written for this file. Each family is a way the news writes the size of a move:
a word between the verb and the number ("rose an annual 6%"), a currency that firms or weakens, a
fraction that sizes a change ("fell by a third"). The must-not sentences keep each rule from growing
greedy: an adjective without a verb of change, an ordinal after "by", a level after the move.
"""

import pytest

from newsfigures.extraction.figures import extract_figures


def figures_of(text: str):
    return extract_figures(text)[0]


def one(text: str, quote: str):
    """The one figure with this quote."""
    hits = [f for f in figures_of(text) if f.quote == quote]
    assert len(hits) == 1, (quote, [(f.quote, f.value, f.change) for f in figures_of(text)])
    return hits[0]


MUST_READ = {
    # an article and its adjective, or an adverb, between the verb of change and the number
    "a word between the move and its size": [
        ("Card fraud rose an annual 9% to £80m.", "9%", 9, "increase"),
        ("Exports were up a healthy 8% in March.", "8%", 8, "increase"),
        ("Car sales dropped a steep 12% in June.", "12%", 12, "decrease"),
        ("The bill climbed by an extra $40m.", "$40m", 40e6, "increase"),
        ("Output grew by a strong 1.1% in the spring.", "1.1%", 1.1, "increase"),
        ("Shares slid a further 3p to 120p.", "3p", 0.03, "decrease"),
        ("Orders fell a surprise 4.2% last month.", "4.2%", 4.2, "decrease"),
    ],
    # a currency or a price that firms, strengthens, weakens or dives
    "verbs of a currency's value": [
        ("The rand firmed 1.5% against the euro.", "1.5%", 1.5, "increase"),
        ("The peso strengthened 0.4% on Friday.", "0.4%", 0.4, "increase"),
        ("The lira weakened 2% after the vote.", "2%", 2, "decrease"),
        ("Shares in the airline dived 18% on Monday.", "18%", 18, "decrease"),
        ("The won depreciated 3% over the year.", "3%", 3, "decrease"),
    ],
    # after a verb of change and "by", an article fraction is the share that changed
    "a fraction sizing a change": [
        ("Its staff was cut by a quarter.", "a quarter", 0.25, "decrease"),
        ("Profit rose by a fifth last year.", "a fifth", 0.2, "increase"),
        ("Sales fell by a third, to 40,000 cars.", "a third", 1 / 3, "decrease"),
        ("Imports jumped by a half in 2003.", "a half", 0.5, "increase"),
    ],
}

MUST_NOT = {
    # an ordinal after "by": the next word is a noun, not the end of the phrase
    "ordinals after by": [
        ("Profit was boosted by a third quarter surge.", "a third"),
        ("Sales were helped by a third consecutive rise.", "a third"),
        ("Prices were pushed up by a fifth straight month of demand.", "a fifth"),
    ],
    # a fraction after "by" with no verb of change: a share of time or a means
    "by a fraction without a move": [
        ("The match was decided by a quarter.", "a quarter"),
    ],
}

NO_CHANGE = [
    # an adjective before the number without a verb of change reads no move
    ("The fund has a strong 20% share of the market.", "20%"),
    ("It earned a healthy $3m profit.", "$3m"),
    # the level reached after the move is no change (and no range with the move's size)
    ("The rand firmed 1.5% to 14.20 per dollar.", "14.20"),
    ("Card fraud rose an annual 9% to £80m.", "£80m"),
]


@pytest.mark.parametrize(
    "family, text, quote, value, change", [(family, *case) for family, cases in MUST_READ.items() for case in cases]
)
def test_change_family_must_read(family, text, quote, value, change):
    f = one(text, quote)
    assert text[f.start : f.end] == quote
    assert f.value == pytest.approx(value)
    assert (f.change, f.value_to) == (change, None), family


@pytest.mark.parametrize(
    "family, text, quote", [(family, *case) for family, cases in MUST_NOT.items() for case in cases]
)
def test_change_family_must_not_read(family, text, quote):
    assert quote not in [f.quote for f in figures_of(text)], family


@pytest.mark.parametrize(("text", "quote"), NO_CHANGE)
def test_no_change_without_a_verb_of_change(text, quote):
    f = one(text, quote)
    assert (f.change, f.value_to) == ("none", None)
