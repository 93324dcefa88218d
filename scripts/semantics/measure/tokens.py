"""What one word, or a short run of words, is in its place in a sentence: the tests every measure rule asks.

A determiner, a participle ('trending', 'compiled'), a lower-case word before a figure that is its verb, a name, a
bare possessive, a plural subject; the hedges and multi-word bounds before a figure ('in excess of') and the
conversions in parentheses after it, which the rules step over; and the grammar constants (word classes that stop a
phrase, clause marks) the other modules share. No phrase is read here: these are the building blocks of
``phrase`` and ``clause``."""

from __future__ import annotations

from operator import attrgetter

from ...extraction.lexicon import regular_plural
from ..words import Token
from .vocab import CARDINAL_WORDS, OBJECT_PREPS, UP_DOWN, VERB_PARTICLES, bound_phrases_ending

#: A token's content flag and its word classes, read over a run of tokens at once (``map``).
_CONTENT = attrgetter("content")
_CLASSES = attrgetter("classes")

#: How many tokens a noun phrase holds at most, read rightwards or leftwards.
MAX_PHRASE = 8

#: Word classes that cannot open a phrase ('a 4% pay rise' may, 'a 4% or more rise' not).
PHRASE_STOP = frozenset({"det", "prep", "conj", "pron", "aux", "rel", "hedge", "change"})

#: Marks that end a clause or phrase, read leftwards or rightwards from a figure.
CLAUSE_STOP = frozenset({",", ";", ":", "(", ")", "—", "–", '"', "“", "”"})

#: Marks between the conversions in parentheses after a figure ('(1.53bn euros; £1.05bn)', '($9.37bn: £4.8bn)').
CONVERSION_MARKS = frozenset({";", ",", ":"})


def _determiner(t: Token) -> bool:
    """A determiner that is no pronoun ('the', 'its', 'each'): it opens the noun phrase after it, so a phrase's
    left edge takes it in. A word the vocabulary lists as both (none does now) stands for a phrase of its own."""
    return t.is_("det") and not t.is_("pron")


def _count_word(t: Token) -> bool:
    """A cardinal number in words that is no figure ('three'): one left unread before a figure counts the things
    the figure sizes ('three quarter-point rate rises', 'two 50bp cuts') and determines their phrase as 'several'
    does, rather than being what the figure measures. Not digits, which may end a name ('Stoxx 50 -1.3%')."""
    return not t.mention and t.low in CARDINAL_WORDS


def _spaced_dash(toks: list[Token], k: int) -> bool:
    """True when token k is a dash (:data:`DASHES`) with a space before it ('Yugansk - nowhere near'): it sets off
    an aside or a second clause, where a dash inside a word ('Coca-Cola', 'near-400,000') joins it."""
    return toks[k].text in DASHES and k > 0 and toks[k - 1].end < toks[k].start


def _possessive_before(toks: list[Token], k: int) -> bool:
    """True when token k comes right after a name or noun in the possessive ("Russia's total oil output", "the
    group's total revenue"), which determines the phrase as a determiner does."""
    return k > 0 and toks[k - 1].content and toks[k - 1].low.endswith(("'s", "’s"))


def _place_noun(toks: list[Token], i: int) -> bool:
    """True when token i is an adverb of place right after a determiner or a date, where it is a noun
    or a modifier ('a home', 'in January worldwide sales', 'its overseas units'), not an adverb that
    ends a phrase ('sales abroad rose', 'brought home')."""
    return toks[i].is_("place") and i > 0 and (toks[i - 1].is_("det") or toks[i - 1].mention == "date")


def _unit_head(toks: list[Token], i: int) -> bool:
    """True when token i is a unit noun after a content word, the head of a noun phrase ('unemployment levels
    edged up', 'poverty levels'), not a figure's unit ('23 points', 'four times'), which a figure comes before."""
    return toks[i].is_("unitnoun") and i > 0 and toks[i - 1].content


#: How many tokens the hedges and bounds between a verb and its figure span at most ('in the neighbourhood of').
_MAX_BOUND = 6


def _skip_left(toks: list[Token], i: int, cls: tuple[str, ...]) -> int:
    """Index just after the run of tokens before ``i`` that all have one of the classes."""
    while i > 0 and (toks[i - 1].is_any(*cls) or toks[i - 1].adverb) and not toks[i - 1].mention:
        if _place_noun(toks, i - 1):
            break  # 'the price of a home fell': a noun, the end of the subject
        i -= 1
    return i


_APOSTROPHES = frozenset({"'", "’"})


def _over_bound(toks: list[Token], fig: int) -> int:
    """Where the words before the figure at token ``fig`` start, over the hedges before it and a bound
    written as a phrase ('staff earning in excess of $234,000' -> after 'earning', 'raise at least $5m'
    -> after 'raise', 'spend no less than $3m', whose 'less than' are hedges themselves)."""
    before = _skip_left(toks, fig, ("hedge",))
    for end in range(fig, before - 1, -1):  # a phrase ends at the figure or among the hedges before it
        last = toks[end - 1].low if end > 0 else ""
        for phrase in bound_phrases_ending().get(last, ()):
            s = end - len(phrase)
            if 0 <= s < before and all(t.low == w for t, w in zip(toks[s:end], phrase, strict=True)):
                return _skip_left(toks, s, ("hedge",))
    return before


def _agrees_as_verb(before: Token, t: Token) -> bool:
    """After a lower-case plural noun, a lower-case word without -s that no vocabulary calls a noun
    agrees as its verb: 'the robots measure', 'more passengers meant'; not 'sales growth'."""
    low = t.text
    return _plural_subject(before) and low.islower() and not low.endswith("s") and not t.is_any("noun", "generic")


#: Words of a bought or sold object besides content words: 'Travelers Life & Annuity', "Yukos' unit".
_OBJECT_MARKS = frozenset({"&", "'", "’", "-"})


def _object_words(toks: list[Token]) -> bool:
    """True when the tokens are a noun phrase of content words (a determiner, a date, 'of' or 'in'
    inside: 'rival May Department Stores'): no verb, clause mark or figure among them, and at least
    one content word."""
    return any(t.content for t in toks) and all(
        t.content or t.text in _OBJECT_MARKS or t.mention == "date" or t.is_("det") or t.low in OBJECT_PREPS
        for t in toks
    )


def _over_conversions(toks: list[Token], i: int) -> int:
    """Token i, or the token after the parentheses that open there when they hold only figures, one or
    several separated by ';', ',' or ':' (the conversions of the figure before them: '(13 kilometers)',
    '(1.53bn euros; £1.05bn)', '($9.37bn: £4.8bn)'); what comes after is what the figure modifies or its phrase."""
    if i + 2 >= len(toks) or toks[i].text != "(" or toks[i + 1].mention != "figure":
        return i
    j = i + 2
    while j + 1 < len(toks) and toks[j].text in CONVERSION_MARKS and toks[j + 1].mention == "figure":
        j += 2
    return j + 1 if j < len(toks) and toks[j].text == ")" else i


def _hedge_before(toks: list[Token], i: int, word: str) -> int:
    """The token of ``word`` (a hedge: 'from', 'to') among the hedges right before token i ('to about 5%'), or -1."""
    k = i - 1
    while k >= 0 and toks[k].is_("hedge") and not toks[k].mention:
        if toks[k].low == word:
            return k
        k -= 1
    return -1


#: Dashes that set off an insertion when spaced ('revenues - £160m - will').
DASHES = frozenset({"-", "—", "–"})


def _empty_head(toks: list[Token], i: int) -> bool:
    """True when token i is a generic head that is no change ('mark', 'figure', 'level'): after a
    figure it names nothing counted ('the 25,000 mark'), unlike 'a 5% rise' or '25 gains'."""
    return i < len(toks) and toks[i].is_("generic") and not toks[i].is_("change")


#: Word classes of a verb chain before a figure, passed over leftwards to its subject ("sales have risen by").
VERB_CHAIN = ("aux", "level", "change", "hedge", "particle")

MODIFIER_KINDS = frozenset({"money", "percent", "quantity", "rate", "count"})


def _verb_like(toks: list[Token], i: int) -> bool:
    """A lower-case word right before a figure, which in news prose is a verb ('employs 600', 'withdraw 2%')."""
    t = toks[i]
    if not (t.content and t.text.islower()):
        return False
    if t.is_("verb") or _verbish(t):
        return True
    before = toks[i - 1] if i > 0 else None
    if before is not None and _agrees_as_verb(before, t):
        return True  # after a plural noun, a word without -s agrees as its verb: 'the robots measure 15cm'
    # after a modal, 'to', a pronoun, a relative or at a clause start: a verb ('might withdraw 4%')
    if before is not None and before.is_("adjective"):
        return False  # 'additional investments', 'another 5%': a noun
    if before is not None and before.is_("conj") and i > 1:
        left = toks[i - 2]
        if left.content and regular_plural(left.low) and regular_plural(t.low):
            return False  # 'sales and profits 2.2bn', 'fats and oils between 6% and 7%': plural nouns joined
    return before is None or not before.is_word or before.adverb or before.is_any("aux", "pron", "rel", "hedge", "conj")


def _noun_before_own_verb(toks: list[Token], k: int) -> bool:
    """True when token k, a word of level that is no auxiliary, participle or adverb ('total', 'costs', 'pay',
    'spend'), comes right before a finite verb of its own: an auxiliary or a verb of change or level in -ed or
    no -ing ('the jobless total had reached', 'its costs rose', 'the marketing spend climbed'), or a verb of level
    before 'up' or 'down' ('the total went up', 'its costs came down', 'the bill shot up'). Two finite verbs do
    not follow each other, so the first is a noun, the head of the subject; not 'came close to', 'has put up rates',
    'costs rising' (a base form, a particle or a participle after it: no verb of its own), nor a pronoun's verb
    ('the debt they receive fall')."""
    if k + 1 >= len(toks):
        return False
    t, nxt = toks[k], toks[k + 1]
    if not t.is_("level") or t.is_any("aux", "modal", "change") or t.low in UP_DOWN or _verbish(t) or t.adverb:
        return False
    if nxt.low in UP_DOWN or not nxt.text.islower() or (k > 0 and toks[k - 1].is_("pron")):
        return False  # 'has put up rates', 'the debt they receive fall': a verb and its particle, a pronoun's verb
    if nxt.is_("aux") or (nxt.is_("change") and not nxt.low.endswith("ing")):
        return True
    if nxt.is_("level") and not _verbish(nxt) and k + 2 < len(toks) and toks[k + 2].low in UP_DOWN:
        return True  # 'the total went up 2%', 'its costs came down': a verb of its own with its particle
    return nxt.is_("level") and _verbish(nxt) and nxt.low.endswith("ed")


def _participle_modifier(toks: list[Token], i: int) -> bool:
    """True when token i, right after 'of', is a verb of change in lower case that is no -ing form before a content
    word: a participle modifying that noun ('absorbed over £1.5bn of lost sales', '$3m of lost revenue', '40% of
    increased demand'), not a verb ('of growing' is a gerund's phrase of its own)."""
    t = toks[i]
    if not (t.is_("change") and t.text.islower()) or t.low.endswith("ing"):
        return False
    return _noun_after(toks, i)


def _particle_modifier(toks: list[Token], i: int) -> bool:
    """True when token i is a particle in lower case that is no preposition ('back', 'out'; not 'in': '$280m in
    Mini production') right before a content word that is no participle: after a figure with its determiner it
    modifies that noun ('a $27bn back tax bill', 'the £2m back taxes'), as after a verb it ends one ('paid $5bn
    back to'); the caller asks for the determiner (not 'knock $5m off costs': what the amount is taken from)."""
    if i >= len(toks):
        return False
    t = toks[i]
    if not t.is_("particle") or t.is_("prep") or not t.text.islower():
        return False
    return _noun_after(toks, i)


def _noun_after(toks: list[Token], i: int) -> bool:
    """True when the token after token i is a content word that is no participle: the noun a modifier at token i
    modifies ('the total debt', 'of lost sales', 'a $27bn back tax bill'), not a verb it would open a clause with."""
    return i + 1 < len(toks) and toks[i + 1].content and not _verbish(toks[i + 1])


def _verb_before_amount(toks: list[Token], i: int) -> bool:
    """True when token i, right before an amount of money or a percentage, is a verb or participle, so that the
    amount opens the noun phrase after it as a determiner would ('Nasdaq planning $100m share sale', "Deccan seals
    $1.8bn deal", 'a proposed £1bn investment in Rover', 'allow 100% foreign ownership'), as headlines write it."""
    return _verb_like(toks, i) or _named_verb(toks, i)


def _plural_subject(t: Token) -> bool:
    """A lower-case plural noun ('robots', 'companies'), not 'business', 'bonus', 'this' or 'gas'."""
    return regular_plural(t.text, longer_than=3) and t.content and t.text.islower()


def _verbish(t: Token) -> bool:
    """A lower-case participle ('trending', 'compiled'), which does not head a noun phrase."""
    low = t.text
    if not low.islower() or t.is_("noun"):
        return False
    participle = len(low) > 4 and low.endswith("ed") and (not low.endswith("eed") or len(low) > 5)
    return (len(low) > 5 and low.endswith("ing")) or participle  # 'agreed', not 'speed' or 'greed'


def _bare_possessive(toks: list[Token], i: int) -> bool:
    """True when token i is an apostrophe written right after a content word in -s, its possessive
    ("Novartis' shares", "Yukos' assets"), which the tokenizer splits off."""
    if i < 1 or toks[i].text not in _APOSTROPHES:
        return False
    name = toks[i - 1]
    return name.content and name.low.endswith("s") and name.end == toks[i].start


def _proper(toks: list[Token], span: tuple[int, int]) -> bool:
    """True when every word of the token range is capitalised: a name ('Asia', 'South Korea')."""
    words = [t for t in toks[span[0] : span[1]] if t.is_word and not t.is_("det")]  # 'the US' is a name
    return bool(words) and all(t.text[0].isupper() for t in words)


def _named_verb(toks: list[Token], i: int) -> bool:
    """A lower-case -s word right after a name, before a figure: a verb ('Libya takes $1bn', 'Yukos pumps
    1m barrels'), not a plural after a possessive ("Sina's shares") nor a possessive ending a name ("the FTSE
    100's 0.3% decline", "the S&P 500's 0.5% gain": lower case to str.islower, for it has no letter but the s),
    which names what the figure measures."""
    t, name = toks[i], toks[i - 1] if i > 0 else None
    if name is None or not (name.content and name.text[0].isupper()) or name.low.endswith(("'s", "’s")):
        return False
    if i + 1 < len(toks) and toks[i + 1].low in UP_DOWN:
        return False  # 'sent Reynolds shares up 4.5%': a plural and the adverb of its move, no verb
    if t.low.endswith(("'s", "’s")) or not t.text[0].isalpha():
        return False
    return t.text.islower() and t.low.endswith("s") and not t.low.endswith("ss")


def _agrees_as_singular_verb(toks: list[Token], i: int) -> bool:
    """A lower-case -s word after a singular noun or a name and before what only a verb takes, a verb in
    -ing or 'out'/'off': a verb itself ('Forrest Gump keeps running for 3 years', 'the material shoots
    out at 800 mph'); not a plural noun before a phrase ('new loans in December', 'oil prices back
    above $50', 'organisations to offer'), after a possessive ("the firm's shares") or one the
    vocabulary calls a noun ('earnings')."""
    t, before = toks[i], toks[i - 1] if i > 0 else None
    if before is None or not before.content or before.low.endswith(("'s", "’s", "s")) or t.is_("noun"):
        return False
    if not _plural_subject(t) or i + 2 >= len(toks):
        return False
    nxt = toks[i + 1]
    return (nxt.content and _verbish(nxt) and nxt.low.endswith("ing")) or nxt.low in VERB_PARTICLES
