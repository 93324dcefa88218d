"""A measure read in a hard-wrapped text: a soft line break is a space, so the measure keeps its words.

Users' archives are often wrapped at 72 columns. ``provenance.running_text`` reads a single line break as a space
when the text reads on across it (the line before ends mid-sentence and the next starts lower-case, with a digit
or a currency sign); the measure reader then reads the same words as in the unwrapped sentence, and only its
offsets move. A break ``running_text`` keeps (before a capital in an unwrapped text, after ';' or ':') stays a
line boundary: that is the line reader's choice, not the measure's, and is not exercised here."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from semantics_helpers import semantics_of

from newsfigures.extraction.merge import extract

#: Sentences of the measure families (tests/test_semantics_measure.py), with the figure quoted and its measure.
_SENTENCES = [
    ("300 agents earned 1,200 zloty.", "1,200 zloty", "agents earned"),
    ("The economy shrank by 8.6% last year.", "8.6%", "The economy"),
    ("Pharmaceutical exports have fallen to $3bn.", "$3bn", "Pharmaceutical exports"),
    ("Shares in Acme, which rose 4% on Monday, were suspended.", "4%", "Shares in Acme"),
    ("The firm reported a net profit of £45m for the year.", "£45m", "a net profit"),
    ("Farmers sold 40% of the harvest abroad.", "40%", "the harvest"),
    ("Ministers approved a 25% tax on imported cars.", "25%", "tax on imported cars"),
    ("Analysts expect a 5% rise in house prices.", "5%", "house prices"),
    ("About 800,000 military and civilian staff are affected.", "800,000", "military and civilian staff"),
    ("The bank set aside a total of $2bn in provisions.", "$2bn", "provisions"),
    (
        "The Bank of England has kept interest rates on hold at 4.75% for the past three months.",
        "4.75%",
        "interest rates",
    ),
    ("The line adds 8 miles (13 kilometres) of new track.", "8 miles", "new track"),
]

#: A space the line reader reads on across when it is broken: the next word starts lower-case, with a digit or a
#: currency sign, and the word before ends no sentence or clause (no '.', ';', ':').
_SOFT = re.compile(r"(?<![.;:!?]) (?=[a-z0-9£$€])")

#: A headline above the paragraph, as in an article: the first line joins only a lower-case line.
_HEAD = "Headline\n\n"


def _measure_words(text: str, quote: str) -> tuple[str | None, tuple[int, int] | None]:
    """The measure's words (white space read as one space) and its offsets, for the figure quoted ``quote``
    (white space read as one space too: a quote across a soft break holds the break)."""
    found = extract(text, None)
    figure = next(f for f in found.figures if " ".join(f.quote.split()) == quote)
    got = semantics_of(text, figure.quote).measure
    return (" ".join(text[got[0] : got[1]].split()) if got else None), got


@given(st.sampled_from(_SENTENCES), st.data())
@settings(max_examples=60, deadline=None)
def test_a_soft_line_break_keeps_the_measure_words(case: tuple[str, str, str], data: st.DataObject) -> None:
    """Wrapping a sentence at any of its soft word boundaries changes the measure's offsets, never its words."""
    sentence, quote, measure = case
    spaces = [m.start() for m in _SOFT.finditer(sentence)]
    breaks = data.draw(st.sets(st.sampled_from(spaces), max_size=3))
    wrapped = "".join("\n" if i in breaks else ch for i, ch in enumerate(sentence))
    text = _HEAD + wrapped
    words, span = _measure_words(text, quote)
    assert words == measure
    assert span is not None and " ".join(text[span[0] : span[1]].split()) == measure
    for f in extract(text, None).figures:  # every quote is still the text at its offsets
        assert text[f.start : f.end] == f.quote


def test_a_measure_across_a_soft_break_is_the_text_at_its_offsets() -> None:
    """'300 agents\\nearned 1,200 zloty': the earnings ('agents earned', as with a space), the break inside it."""
    text = _HEAD + "300 agents\nearned 1,200 zloty."
    words, span = _measure_words(text, "1,200 zloty")
    assert words == "agents earned"
    assert span is not None and text[span[0] : span[1]] == "agents\nearned"


def test_a_wrapped_paragraph_reads_as_one_line() -> None:
    """A paragraph filled at 72 columns gives each figure the measure it has unwrapped."""
    para = (
        "The Bank of England has kept interest rates on hold at 4.75% for the past three months, and analysts "
        "expect a 5% rise in house prices this year. The firm reported a net profit of £45m for the year, while "
        "farmers sold 40% of the harvest abroad and ministers approved a 25% tax on imported cars from abroad. "
        "The economy shrank by 8.6% last year after pharmaceutical exports had fallen to $3bn in the spring."
    )
    lines, line = [], ""
    for word in para.split():
        if line and len(line) + 1 + len(word) > 72:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    wrapped = _HEAD + "\n".join(lines) + "\n"
    for quote, measure in [
        ("4.75%", "interest rates"),
        ("5%", "house prices"),
        ("£45m", "a net profit"),
        ("40%", "the harvest"),
        ("25%", "tax on imported cars"),
        ("8.6%", "The economy"),
        ("$3bn", "pharmaceutical exports"),
    ]:
        assert _measure_words(_HEAD + para, quote)[0] == measure
        assert _measure_words(wrapped, quote)[0] == measure
