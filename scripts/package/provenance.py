"""Provenance: where in a text a mention stands: its sentence, its line and its stable id.

Sentences are found by rule, in linear time: a line break ends a sentence (news text keeps a
paragraph, heading or byline per line) unless it is a soft break of a hard-wrapped paragraph
(:func:`running_text`: the text reads on across it, or the article is filled to a width), and within a line a ``.``, ``!`` or ``?`` (with closing
quotes or brackets) followed by space and a capital, digit or opening quote ends one, unless the
word before the period is a known abbreviation (``Feb.``, ``Mr.``, ``U.S.``) or an initial.

A row's context (the ``sentence`` column) is that sentence clipped to at most :data:`CONTEXT_CHARS`
characters before and after the quote, cut at white space, so that every row costs a bounded number of
characters whatever the text (a megabyte-long line of numerals gives one row per numeral, not one copy
of the line per numeral); the full sentence's offsets (``sentence_start``, ``sentence_end``) are kept
beside it, so nothing is lost.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right

#: Most characters of context kept on each side of a quote (documented in the codebook, fields.py).
CONTEXT_CHARS = 40

#: A sentence boundary: a line break, or closing marks and spaces after ``.!?`` before an opening mark,
#: a capital or a digit (``\n|(?<=[.!?])["'”’)\]*]*[ \t]+(?=["'“‘(\[*]*[A-Z0-9])``). Written to begin
#: with the class of its first character, so that the scan skips other characters at C speed.
_BOUNDARY = re.compile(
    r"[\n\"'”’)\]* \t](?:(?<=\n)|(?<=[.!?].)(?:(?<=[ \t])[ \t]*|(?<=[\"'”’)\]*])[\"'”’)\]*]*[ \t]+)"
    r"(?=[\"'“‘(\[*]*[A-Z0-9]))"
)
#: The whole word before a period; a letter right after a digit is a unit ('£250m.', '50p.'), no initial.
_WORD_BEFORE = re.compile(r"(?<![0-9A-Za-z])([A-Za-z][A-Za-z.]*)\.[\"'”’)\]*]*[ \t]+$")
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "corp",
        "ltd",
        "co",
        "vs",
        "no",
        "gen",
        "gov",
        "sen",
        "rep",
        "prof",
        "jr",
        "sr",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "approx",
        "est",
        "fig",
        "dept",
        "mt",
        "ft",
        "ave",
    ]
)


def is_abbreviation(text: str, boundary_start: int) -> bool:
    """True when the period before the white space ending at ``boundary_start`` closes an abbreviation or an initial."""
    m = _WORD_BEFORE.search(text, max(0, boundary_start - 16), boundary_start)
    if not m:
        return False
    word = m.group(1)
    return len(word) == 1 or word.lower() in ABBREVIATIONS or ("." in word and len(word) <= 5)


#: The narrowest width read as a wrapped article (narrower single-broken lines are a table or a list).
WRAP_MIN = 40
#: A line that is structure, not prose: a Markdown heading, a bulleted or numbered list item, a table row,
#: a label (``url:``, ``Contact:``).
_STRUCTURAL = re.compile(r"[ \t]*(?:#|[*•+|>]|\d{1,2}[.)][ \t]|[a-z][.)][ \t]|[A-Za-z][\w -]{0,24}:[ \t\r]*\Z)")
#: A dash at the start of a line: a list item, unless the line before was full (a wrapped ' - ' aside).
_DASH = re.compile(r"[ \t]*[-–—]")
#: A line that starts as the middle of a sentence reads on: a lower-case word, a digit or a currency sign.
_READS_ON = re.compile(r"[ \t]*(?:[a-z]|[0-9$£€¥%(]|[\"'“‘][a-z0-9])")
#: A byline ('By Ann Smith', 'By Ann Smith and Bob Jones, Reuters'): it ends its line, though a dateline's
#: digit reads on below it as below a headline ('By John Smith' above '12 March 2005' is two lines).
_BYLINE = re.compile(r"[ \t]*By(?: +(?:[A-Z][\w.'’-]*,?|and|of|for|in|de|van|von)){1,8}[ \t\r]*\Z")
#: Columns set apart by a tab or two spaces (not after a sentence's end): a table row, no wrapped prose.
_COLUMNS = re.compile(r"[^\s.!?:;\"'”’)\]](?:\t|  )[ \t]*\S")
#: Closing marks of a line that ends a sentence or introduces what follows (``.``, ``!``, ``?``, ``:``).
_ENDS = re.compile(r"[.!?:;][\"'”’)\]*]*[ \t\r]*\Z")


def running_text(text: str) -> str:
    """``text`` with each soft line break (a hard-wrapped paragraph's) read as a space, of the same length.

    Plain-text newswire, e-mail and many archives wrap paragraphs at a fixed width: there a single line
    break is not the sentence boundary it is in news text written one paragraph per line. A single break
    (not a blank line) is soft when the text reads on across it: the line before does not end a sentence
    (``.!?:;``) and the next starts lower-case, with a digit or a currency sign; or the article is wrapped
    (most single breaks follow a line that ends mid-sentence, see :func:`_wrap_width`) and the line before
    was full (its next word would not have fitted). A heading, list item, byline, table row (columns parted
    by a tab or two spaces: unless full in a wrapped article) or line ending in ``:`` stays a
    boundary, as does a blank line. Offsets are kept (``\n`` and a ``\r`` before it become spaces), so a
    mention's quote is still sliced from ``text``. Every stage that splits on a line break reads this text
    (:func:`sentence_spans`, the extractor, the semantic stage): they agree on what a line is."""
    if "\n" not in text:
        return text
    last_in, last_out = getattr(_LAST, "pair", ("", ""))
    if text is last_in or text is last_out or (len(text) == len(last_in) and text in (last_in, last_out)):
        return last_out  # asked again by the next stage, or for the text it gave: once per article
    read = _running(text)
    _LAST.pair = (text, read)
    return read


#: The last text :func:`running_text` read in this thread and what it gave (``pair``): every stage asks for
#: the same article in turn, and a text it gave is its own reading (its joined lines are not measured again
#: as if wrapped, which could join more: a joined paragraph can make a narrow text look wrapped). Per
#: thread, so that a worker thread reading another article between two stages does not change what the
#: second stage reads.
_LAST = threading.local()


def _running(text: str) -> str:
    """:func:`running_text` of a text with a line break, not memoised."""
    lines = text.split("\n")
    pairs = [i for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]
    if not pairs:
        return text
    width = _wrap_width(lines, pairs)
    chars: list[str] = []
    at = 0
    offsets = []
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    first = next(i for i, line in enumerate(lines) if line.strip())
    for i in pairs:
        before, after = lines[i], lines[i + 1]
        if not _soft(before, after, width, i == first):
            continue
        if not chars:
            chars = list(text)
        cut = offsets[i + 1] - 1
        chars[cut] = " "
        if before.endswith("\r"):
            chars[cut - 1] = " "
    return "".join(chars) if chars else text


#: A line break with the spaces around it, read as one space when a reviewer's context is looked for.
_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*")


def one_line(words: str) -> str:
    """``words`` with each line break (and the spaces around it) read as one space: how a reviewer's quote
    or context is compared with a hard-wrapped text."""
    return _BREAK.sub(" ", words) if "\n" in words else words


def reads_in(context: str, sentence: str) -> bool:
    """True when a reviewer's ``context`` is words of ``sentence``, a line break on either side read as a
    space: a context copied from a hard-wrapped text, or typed on one line, finds its sentence either way."""
    if context in sentence:
        return True
    return ("\n" in sentence or "\n" in context) and one_line(context) in one_line(sentence)


def _wrap_width(lines: list[str], pairs: list[int]) -> int:
    """The width an article is wrapped at (its longest line followed by another), or 0 when it is not
    wrapped: fewer than three single breaks (two when a blank line parts them: two wrapped paragraphs, not a
    headline above a standfirst), fewer than half of them after a line ending mid-sentence, a
    width under :data:`WRAP_MIN` (a table or list of short lines), or lines of uneven width (fewer than
    three in four at least 60% of the widest: a list of headlines, not a paragraph filled line by line)."""
    if len(pairs) < 3 and not (len(pairs) == 2 and any(not lines[i].strip() for i in range(pairs[0] + 1, pairs[1]))):
        return 0
    lengths = [len(lines[i].rstrip()) for i in pairs]
    width = max(lengths)
    if width < WRAP_MIN or 2 * sum(1 for i in pairs if not _ENDS.search(lines[i])) < len(pairs):
        return 0
    if 4 * sum(1 for n in lengths if 5 * n >= 3 * width) < 3 * len(lengths):
        return 0
    return width


def _soft(before: str, after: str, width: int, headline: bool = False) -> bool:
    """True when the break between two non-blank lines is a space of a wrapped paragraph (see
    :func:`running_text`); ``width`` is the article's wrap width (0: not wrapped), ``headline`` says
    ``before`` is the text's first line (joined to a lower-case line, or to fill a wrapped article's line)."""
    if before.lstrip().startswith("#") or _STRUCTURAL.match(after):
        return False
    reads_on = _READS_ON.match(after) and not _DASH.match(after) and not _BYLINE.match(before)
    reads_on = reads_on and not _COLUMNS.search(before) and not _COLUMNS.search(after)
    # below a headline a digit or currency sign starts a dateline or the story: only a lower-case word reads on
    if reads_on and not _ENDS.search(before) and (not headline or after.lstrip()[:1].islower()):
        return True
    # in a wrapped article, a full line (its next word would not have fitted) breaks for want of room,
    # whatever it ends with (a ':' stays a boundary only before a line that does not read on)
    if not width or (before.rstrip().endswith(":") and not _READS_ON.match(after)):
        return False
    word = after.lstrip().split(" ", 1)[0]
    return len(before.rstrip()) + 1 + len(word) > width


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans ``[start, end)`` of the sentences of a text, stripped of surrounding white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    text = running_text(text)
    for m in _BOUNDARY.finditer(text):
        if m.group() != "\n" and text[m.start() - 1 : m.start()] == "." and is_abbreviation(text, m.end()):
            continue
        cut = m.start() if m.group() == "\n" else m.start() + len(m.group().rstrip(" \t"))
        _append_stripped(text, start, cut, spans)
        start = m.end()
    _append_stripped(text, start, len(text), spans)
    return spans


def _append_stripped(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append ``[start, end)`` minus surrounding white space, when anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


class SentenceIndex:
    """Finds the sentence around an offset by binary search over precomputed spans."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = sentence_spans(text)
        self._starts = [s for s, _ in self.spans]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets of the sentence holding ``[start, end)``; a mention across a boundary gets both sentences.

        Written with comparisons rather than ``min``/``max`` calls: asked once for every row of a table.
        """
        if not self.spans:
            return start, end
        i = bisect_right(self._starts, start) - 1
        if i < 0:
            i = 0
        first = self.spans[i][0]
        last = self.spans[i][1]
        if end - 1 > start and i + 1 < len(self._starts) and self._starts[i + 1] <= end - 1:
            j = bisect_right(self._starts, end - 1) - 1  # the mention crosses into a later sentence
            last = self.spans[j][1]
        return (first if first < start else start), (last if last > end else end)

    def around(self, start: int, end: int) -> str:
        """The whole sentence holding ``[start, end)`` (unbounded: for matching, not for rows)."""
        s, e = self.span(start, end)
        return self.text[s:e]

    def context(self, start: int, end: int) -> tuple[str, int, int]:
        """The bounded context of ``[start, end)`` (see :func:`clip_context`) and its sentence's offsets."""
        s, e = self.span(start, end)
        return clip_context(self.text, start, end, s, e), s, e


def clip_context(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> str:
    """The sentence ``[sentence_start, sentence_end)`` clipped around the quote ``[start, end)``.

    At most :data:`CONTEXT_CHARS` characters are kept before ``start`` and after ``end``; where the
    sentence goes on beyond them the cut moves inward to a space, so that no word is cut in half (when
    the window holds a space). Costs O(CONTEXT_CHARS), whatever the sentence's length.
    """
    left = start - CONTEXT_CHARS
    if left > sentence_start:
        cut = text.find(" ", left, start)
        if cut >= 0:
            left = cut + 1
    else:
        left = sentence_start
    right = end + CONTEXT_CHARS
    if right < sentence_end:
        cut = text.rfind(" ", end, right)
        if cut >= 0:
            right = cut
    else:
        right = sentence_end
    return text[left:right]


def line_starts(text: str) -> list[int]:
    """Offsets at which each line of the text starts."""
    return [0] + [m.end() for m in re.finditer("\n", text)]


def line_at(starts: list[int], offset: int) -> int:
    """1-based line of an offset, given :func:`line_starts`."""
    return bisect_right(starts, offset)


def mention_id(source_id: str, start: int, end: int) -> str:
    """Identifier of a mention, stable across rebuilds of the same text: ``SOURCE/START-END``."""
    return f"{source_id}/{start}-{end}"


#: A Markdown backslash escape: a backslash before ASCII punctuation (CommonMark 2.4).
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def display_form(quote: str) -> str:
    """A quote as a reader should see it: Markdown backslash escapes removed (``\\$1.5 billion`` -> ``$1.5 billion``).

    The ``quote`` column stays the exact characters of the text, so that ``text[start:end] == quote``;
    this is the form to show, search by eye or print in a chart.
    """
    return _MARKDOWN_ESCAPE.sub(r"\1", quote) if "\\" in quote else quote  # most quotes have no backslash
