"""A firm's payment to a party that is no place ('donate $8m to victims of a Chilean ruler', 'give a $50,000 bribe
to an official in Indonesia', 'transfer 7,000 jobs out of Australia') is the paying firm's figure (README of the
BBC gold: a deal takes the buyer's country), not that of a place in the party's description; a transfer to a
country named as its recipient stays the recipient's ('Russia gave Kyrgyzstan $20m')."""

from __future__ import annotations

import pytest
from semantics_helpers import subject_of


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        ("A Swiss bank has said it will donate more than $5m to victims of Argentina's former rulers.", "$5m", "CH"),
        ("A Dutch firm agreed to give a $40,000 bribe to an official in Kenya's customs office.", "$40,000", "NL"),
        ("Japanese carmaker Mazda will donate $2m to flood victims in Thailand.", "$2m", "JP"),
        ("Japanese carmaker Mazda may transfer as many as 900 jobs out of Spain.", "900", "JP"),
    ],
)
def test_a_firms_payment_to_no_place_is_the_firms(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # a country the verb gives to is the recipient, the subject
        ("Japan gave Kenya $20m in aid last year.", "$20m", "KE"),
        ("A Swiss bank will give $5m to Argentina.", "$5m", "AR"),
        # a state as giver is no firm: the transfer rule stands
        ("Russia will donate $3m to farmers in Kyrgyzstan.", "$3m", "KG"),
        # a figure further on in the clause is not what the firm gives
        ("A Swiss bank has transferred $9m into three Texas accounts of its US unit.", "three", "US"),
    ],
)
def test_a_payment_to_a_country_keeps_the_recipient(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code
