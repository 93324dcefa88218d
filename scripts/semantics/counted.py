"""Whether a bare number counts people: 'Unemployment rose 37,000', 'the jobless total fell by 20,000 to 1.2 million'.

The extractor reads a number with no counted noun after it as a unitless number; when what it measures is a
count of people or of jobs (``vocab/en/counted.tsv``), the number is a count, which the package types as one
(kind ``count``, unit ``count``) and a strict build has reviewed.
"""

from __future__ import annotations

import re
from functools import cache

from .words import vocab_rows

#: Words that end the head of a measure phrase: its prepositions ('the number of people in work').
_PREPOSITIONS = frozenset({"of", "in", "for", "at", "on", "from", "to", "by", "with", "among", "across"})
_WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")
#: The least whole number read as a count of people: below it a number under 'unemployment' is a rate or a rank
#: written without its unit ('unemployment fell to 5'), not a head count.
MIN_PEOPLE = 100


@cache
def _classes() -> dict[str, str]:
    """word -> its class in ``counted.tsv`` ('people', 'tally' or 'modifier')."""
    return {row[0].strip(): row[1].strip() for row in vocab_rows("counted.tsv")}


def counts_people(measure: str, value: float, value_to: float | None = None) -> bool:
    """True when a number of ``value`` (to ``value_to``) measuring ``measure`` is a count of people or jobs: the
    phrase's head (its last word before a preposition, a possessive's owner left out) is a word of people
    ('Unemployment', 'Payrolls', 'The firm's workforce'), or a tally ('total', 'number') that such a word or a
    modifier of them names ('The jobless total', 'the number of people claiming benefit'); and the number is
    whole and at least :data:`MIN_PEOPLE`."""
    if any(v is not None and (v != int(v) or v < MIN_PEOPLE) for v in (value, value_to)):
        return False
    words = [w for w in _WORD_RE.findall(measure.lower().replace("’", "'")) if w not in ("s",)]
    cut = next((k for k, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    if cut == 0:
        return False
    classes = _classes()
    head = classes.get(words[cut - 1])
    if head == "people":
        return True
    if head != "tally":
        return False
    before = words[: cut - 1]
    of_phrase = words[cut + 1 :] if cut < len(words) and words[cut] == "of" else []
    named = any(classes.get(w) in ("people", "modifier") for w in before)
    return named or any(classes.get(w) == "people" for w in of_phrase[:3])
