"""Words of a sentence with their offsets and the word classes the semantic stage reads them by.

The classes (determiner, preposition, change verb, ...) are data: ``vocab/en/words.tsv``, loaded
once. A word is *content* when it is in no class: the rules read a run of content words as a
noun phrase, which is all the syntax the semantic stage needs and keeps it free of a tagger.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import Any, NamedTuple

from ..extraction.lexicon import toml_file
from ..extraction.patterns import phrase_alternation, word_trie

VOCAB = Path(__file__).with_name("vocab") / "en"


def vocab_table(name: str) -> dict[str, Any]:
    """The table of a TOML vocabulary file of ``VOCAB`` (``measure.toml``, ``period.toml``, ``deal_prices.toml``,
    ``budget.toml``), parsed once per process and shared by the modules that read it."""
    return toml_file(VOCAB / name)


def vocab_rows(name: str) -> list[list[str]]:
    """Rows of a vocabulary file of ``VOCAB`` (tab-separated cells), comments and blank lines left out."""
    lines = (VOCAB / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@cache
def word_list(name: str, cls: str | None = None) -> frozenset[str]:
    """The words of a word-list file of ``VOCAB`` (the first cell of each row, lower case: ``speech.tsv``,
    ``sale.tsv``, ``value.tsv``), read once for every rule that asks whether a word is one of them; with ``cls``,
    only those of the rows whose second cell is that class ('' for a row with none: ``deals.tsv``'s 'hold', 'bid'
    and its nouns)."""
    return frozenset(
        row[0].strip().lower() for row in vocab_rows(name) if cls is None or (row[1].strip() if row[1:] else "") == cls
    )


@cache
def phrase_classes(name: str) -> dict[str, tuple[str, ...]]:
    """class -> its phrases, longest first, from a vocabulary file of ``VOCAB`` whose rows are a phrase and its
    class (``frames.tsv``): read once, for every module that reads a class of it."""
    out: dict[str, list[str]] = {}
    for row in vocab_rows(name):
        out.setdefault(row[1].strip(), []).append(row[0].strip())
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def phrase_group(name: str, cls: str) -> str:
    """A regex group of the phrases of one class of :func:`phrase_classes`, longest first (so the longest phrase
    wins), each space any run of blanks but a newline."""
    return "(?:" + phrase_alternation(phrase_classes(name)[cls], r"[^\S\n]+") + ")"


#: Classes that mark a word's role in a clause without making it a function word ('loan' gives and is a noun).
ROLE_CLASSES = frozenset(
    {"give", "receive", "supply", "export", "base", "noun", "generic", "span", "exchange", "measured", "earn"}
)
#: A word (inner apostrophes, dots and hyphens kept; a company suffix keeps its dot: 'Acme Inc.') or a mark.
#: Written for speed: runs of word characters as single repeats between the inner marks, and the
#: suffix's look-behinds tried only at a dot (the tokens are those of a letter-by-letter loop).
_WORD_RE = re.compile(
    r"[^\W_][\w&]*(?:['’.\-][^\W_][\w&]*)*(?:\.(?:(?<=\bInc\.)|(?<=\bCorp\.)|(?<=\bLtd\.)|(?<=\bCo\.)))?|\S",
    re.UNICODE,
)
_SPACE_RE = re.compile(r"\s")


def bounded_trie(words: Iterable[str], not_before: str) -> str:
    """A regex of any of the literal ``words`` (a prefix tree) where no character of the class
    ``not_before`` (e.g. ``[\\w.]``) comes before it: ``(?<!not_before)(?:w1|w2|...)``, written with
    each first character's branch opening with that character and the look-behind after it, so that
    the pattern opens with a set of characters, searched for as one, rather than with a look-behind
    tried at every character of the text."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    branches = [
        re.escape(first) + "(?<!" + not_before + re.escape(first) + ")(?:" + word_trie(rest) + ")"
        for first, rest in sorted(rests.items())
    ]
    return "(?:" + "|".join(branches) + ")"


@cache
def word_classes() -> dict[str, frozenset[str]]:
    """word (lower case) -> its classes, from ``vocab/en/words.tsv``."""
    out: dict[str, set[str]] = {}
    for word, cls, *_ in vocab_rows("words.tsv"):
        out.setdefault(word.strip().lower(), set()).add(cls.strip())
    return {w: frozenset(c) for w, c in out.items()}


class Token(NamedTuple):
    """A word or punctuation mark of a sentence; ``mention`` is 'figure', 'date' or ''.

    A named tuple rather than a frozen dataclass: as immutable, and made about five times faster
    (a frozen dataclass sets each field through ``object.__setattr__``), which counts at one token
    per word of every sentence that holds a figure.
    """

    start: int
    end: int
    text: str
    mention: str = ""
    low: str = ""  # the word in lower case
    classes: frozenset[str] = frozenset()  # the word's classes (empty for a content word)

    @classmethod
    def word(cls, start: int, end: int, text: str, mention: str = "") -> Token:
        """A token with its lower-case form and classes looked up once; a word in capitals ('US', 'IT')
        is a name, in no class."""
        low = text.lower()
        name = len(text) > 1 and text.isupper() and text.isalpha()
        classes = word_classes().get(low, frozenset()) if not (mention or name) else frozenset()
        return cls(start, end, text, mention, low, classes)

    def is_(self, cls: str) -> bool:
        """True when the word has the class ``cls``."""
        return cls in self.classes

    def is_any(self, *classes: str) -> bool:
        """True when the word has one of the ``classes``."""
        return not self.classes.isdisjoint(classes)

    @property
    def is_word(self) -> bool:
        """A word, not a punctuation mark."""
        return self.text[0].isalnum()

    @property
    def content(self) -> bool:
        """A word in no class, outside any mention: part of a noun phrase."""
        # is_word inlined: asked of most tokens a phrase rule reads
        return self.text[0].isalnum() and self.classes <= ROLE_CLASSES and not self.mention and not self.adverb

    @property
    def adverb(self) -> bool:
        """A lower-case -ly word ('sharply', 'nearly'), which never heads a noun phrase; not one the
        vocabulary calls a noun ('quarterly sales', 'a family firm')."""
        low = self.text
        return low.islower() and len(low) > 4 and low.endswith("ly") and low != "supply" and "noun" not in self.classes


def tokens(text: str, start: int, end: int, mentions: Sequence[tuple[int, int, str]]) -> list[Token]:
    """Tokens of ``text[start:end]``; a mention (figure or date) span is one token of its kind."""
    out: list[Token] = []
    spans = sorted((s, e, k) for s, e, k in mentions if s < end and e > start)
    pos = start
    for s, e, k in spans:
        if s < pos:
            continue
        out += _words(text, pos, s)
        quote = text[s:e]  # a mention is in no word class (Token.word's answer), so made directly
        out.append(_make_token(Token, (s, e, quote, k, quote.lower(), _NO_CLASS)) if k else Token.word(s, e, quote))
        pos = e
    out += _words(text, pos, end)
    return out


def mention_spans(toks: Sequence[Token], mentions: Sequence[tuple[int, int, str]], kind: str) -> list[tuple[int, int]]:
    """The spans of the ``mentions`` of ``kind`` that are tokens of ``toks`` (:func:`tokens` of those
    mentions: one that overlaps an earlier mention is not), in order: each looked up by bisection among
    the tokens, not by a pass over every token of the sentence."""
    out: list[tuple[int, int]] = []
    for s, e, _ in sorted(m for m in mentions if m[2] == kind):
        i = bisect_left(toks, s, key=token_start)
        found = i < len(toks) and toks[i].start == s and toks[i].end == e and toks[i].mention == kind
        if found and (not out or out[-1] != (s, e)):  # a mention given twice is one token
            out.append((s, e))
    return out


#: A token's start: the key to binary-search a sentence's tokens by offset (they are in text order).
token_start = attrgetter("start")


#: A token built from its fields without the named tuple's keyword-handling ``__new__`` (a Python
#: frame per token): the same tuple of type Token, about a fifth cheaper at one token per word.
_make_token = tuple.__new__
_NO_CLASS: frozenset[str] = frozenset()


#: A token with the white space before it, each a group: ``findall`` gives (space, token) pairs, from which
#: the offsets follow, so that no match object is made per token.
_SPACED_WORD_RE = re.compile(r"(\s*)(" + _WORD_RE.pattern + ")", re.UNICODE)


def _words(text: str, start: int, end: int, words_only: bool = False) -> list[Token]:
    """The word and punctuation tokens of ``text[start:end]`` (no mention among them): Token.word inlined.

    The tokens are those of ``_WORD_RE.finditer``: it skips only white space (a token is any other
    character), which :data:`_SPACED_WORD_RE` takes before each token and counts.
    ``words_only``: the words alone, punctuation marks left out before any token is made.
    """
    get = word_classes().get
    out = []
    pos = start
    for space, word in _SPACED_WORD_RE.findall(text, start, end):
        s = pos + len(space)
        pos = s + len(word)
        if words_only and not word[0].isalnum():
            continue
        low = word.lower()
        cls = get(low, _NO_CLASS)
        if cls and len(word) > 1 and word.isupper() and word.isalpha():
            cls = _NO_CLASS  # a word in capitals is a name
        out.append(_make_token(Token, (s, pos, word, "", low, cls)))
    return out


def last_words(text: str, start: int, end: int, n: int) -> list[Token]:
    """The last ``n`` words (not punctuation) of ``tokens(text, start, end, [])``, in bounded time.

    Tokens never hold white space, so the tokens after a white space are the same whether the
    scan starts there or at ``start``: only a window before ``end`` that begins at a white space
    and holds ``n`` words is read (doubled until it does), not the whole of a long sentence.
    """
    return last_words_reach(text, start, end, n)[0]


def last_words_reach(text: str, start: int, end: int, n: int) -> tuple[list[Token], int]:
    """:func:`last_words`, and how far back they reach: every ``start`` before the second value gives the
    same words (the window that held them began after it), so a caller may reuse them for any such start;
    the second value is ``start`` itself when the words reach back to it."""
    width = 64
    while True:
        cut = reach = max(start, end - width)
        if cut > start:
            space = _SPACE_RE.search(text, cut, end)
            cut = space.start() if space else -1  # none in the window: widen it
        if cut >= 0:
            words = _words(text, cut, end, words_only=True)
            if len(words) >= n or cut == start:
                return (words[-n:] if n else []), reach
        width *= 2
