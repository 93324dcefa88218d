"""What a figure measures: the phrase of its sentence the number quantifies, as written.

Rules read the words around the figure (``newsfigures.semantics.words``), first match wins:

0. a figure in parentheses after a phrase measures it ('RHP John Gant (0.5 WAR)'), and so does one between
   spaced dashes ('surcharge revenues - £160m - will'); a figure right after 'compared with', 'instead of', 'up from', ', or', 'than the' measures what the figure before the comparison does
   ('a pre-tax profit of £75m compared with £125m'), and a level after 'up/down N at' ('sales up 21% at
   8.6bn euros'), and a figure listed after another, each with the name of where it is ('GDP growth of 1.5% in
   Germany and 2.2% in France'); conversions in parentheses after a figure, one or
   several ('(1.53bn euros; £1.05bn)'), are passed over;
1. an age the noun it modifies ('an 18-year-old winger'); a count keeps its counted noun, the one
   the extractor found, with an ``of`` phrase ('five new seasons of Sesame Street', '19 fouls') and a
   modifier joined to it by 'and' ('900,000 military and civilian staff'),
   but not a generic head after a determiner ('rise above the 25,000 mark': rule 3, the subject),
   nor a count a verb of change moves to or from ('sales fell to 1.25 million vehicles': 'sales');
2. a direction noun after the figure names the measure in its ``in`` phrase ('a 5% rise in sales');
3. the figure modifies the noun phrase after it ('a 25% tax on imported vehicles'), after a
   determiner or a possessive ("Deutsche Boerse's £1.3bn offer"; over a particle: 'a $27bn back tax bill'), unless that
   phrase is only a direction ('could see a 5% rebound': the subject); a percentage so modifies a
   measured noun with no determiner ('after seeing 9% growth');
4. ``N of X`` ('two-thirds of the shares', '$1bn of debt'; 'of lost sales': a participle modifies X), also with
   'of' left out after a fraction
   ('half the plants', not a level moved to: 'rise to more than half the output'), and a ratio of counts right before its
   counted phrase without ``of`` ('one in six cars sold', 'seven out of 10 regions'); but a share
   'of its value' measures what 'its' stands for, the subject ('The Dow lost 5% of its value');
5. ``X of N`` ('a net profit of $3m', 'a maximum fine of £1,000'; 'a total of $2bn in provisions');
6. money paid, spent or raised (right after the verb, or the subject of its passive) measures what it
   pays for, the phrase of the verb's preposition after it, not the payer ('Foster's spent A$584m on a
   stake', 'plans to raise $100m from the sale', '80bn rupees will be spent on rural roads';
   ``vocab/en/spend.tsv``); after a transfer verb, ``in X`` or ``for X`` ('gave Bishkek $20m in budget
   support'); a purpose after the money, 'to' and a verb, is what the verb acts on ('paying £328m to buy
   fellow UK firm Tibbett & Britten', 'more than $4m to fund state compliance checks');
   money 'in' a bare noun phrase measures it ('which has $200bn in foreign reserves'); a relative clause with
   a pronoun subject right after money says what it is ('the $550m it lost on trading in oil futures');
   money 'for' after the object of a verb of buying or selling is its price ('bought the unit for
   $9.4bn'; ``vocab/en/sale.tsv``), money 'at' after the object of a verb of valuation is the object's value,
   the verb and its object ('the offer values the club at £800m'; ``vocab/en/value.tsv``); with no phrase of
   what it pays for, the verb ('Illva will pay 481m yuan');
   a label before a colon or a phrase right before the figure ('Total cost: $72,370', 'CAC -1.7%');
7. ``X rose/fell/was/stood at/totalled N`` and ``X, up N``: the subject before the verb
   ('the economy shrank by 8.6%', 'Nintendo plunged 4.28 percent'), also of a verb further back
   in the sentence ('the S&P 500 rose 64 points to 4,577'), or its object when the verb acts on
   one ('China raised rates by 0.27 points to 5.8%'); a participle with 'at' after a comma follows the
   phrase before it ('the world's fourth biggest bank, valued at $180bn'); a participle of change in -ing
   after a comma takes the subject of the clause before ('Brent crude rose in London trading, adding $1.89');
   'costs' after a noun and before a verb of its own heads the subject ('borrowing costs rose', ``levelnoun``);
   a date phrase between the subject and its verb is passed over ('sales in the fourth quarter rose 9%'), and so
   is an insertion between spaced dashes ('consumer spending - which drives two thirds of the economy - grew 0.2%')
   or an apposition between commas ("Turkcell's stake in Irancell, the new network, should be cut");
   an amount a verb takes off something (``remove``) measures what it is taken from ('slash $5bn from its
   costs'); money right after another verb of its use, after 'to', a modal or an auxiliary, is that verb's
   ('Turkey is to borrow $10bn'), not its actor's;
8. ``N in X`` ('$800m in sales'), unless X is a date; a verb of change after a pronoun no rule resolved, or
   of level in the passive, is the measure ('It was bought for $9.4bn', 'when it fell 3%');
9. else the nearest noun phrase before the figure in its clause (over a list of figures), else the
   sentence's first phrase; else, for money or a percentage, the participle it is the subject of ('The
   remaining 12% will be retained by the city').

A phrase that is only another figure with its determiner ('a 52% rise in profits to £198m' read 'a 52%') names no
measure: the figure measures what that one does ('profits').

The result is a span ``[start, end)`` of the text, checked like a quote by the validation.
"""

from __future__ import annotations

import re
from functools import cache
from operator import attrgetter

from ...extraction.lexicon import load, regular_plural
from ...extraction.lexicon import words as vocab_words
from ..words import Token, vocab_rows, word_classes, word_list

_CONTENT = attrgetter("content")
_CLASSES = attrgetter("classes")
_CHANGE_OR_LEVEL = frozenset({"change", "level"})

MAX_PHRASE = 8
#: A fraction written as a ratio of counts ('one in six', 'seven out of 10'): the noun after it is counted.
_RATIO_RE = re.compile(r"\s(?:in|out\s+of)\s", re.IGNORECASE)
PP_EXTEND = frozenset({"of", "on", "in", "for"})
#: Prepositions that join a phrase to the one before it, read leftwards ('exports to Kazakhstan rose',
#: 'spending on health rose', 'growth across the region slowed', 'earnings per share would be').
LEFT_PP = frozenset({"of", "for", "in", "to", "from", "on", "across", "per", "at"})
#: Prepositions of a second phrase read leftwards ('the average price of a house in the UK').
LEFT_PP_OUTER = frozenset({"of", "for"})
#: Word classes that cannot open a phrase ('a 4% pay rise' may, 'a 4% or more rise' not).
PHRASE_STOP = frozenset({"det", "prep", "conj", "pron", "aux", "rel", "hedge", "change"})
#: Spans a market report closes ('ended the day up 0.7%'): the object of 'ended', not the subject.
SESSIONS = frozenset({"day", "session", "week", "month", "year", "quarter"})
#: Forms of 'be' before a participle of the passive ('was bought for $9.4bn').
PASSIVE_BE = frozenset({"was", "were", "been", "be", "is", "are"})
#: The prepositions of a move's ends ("fell from 5% to 3%").
MOVE_ENDS = frozenset({"to", "from"})
#: Prepositions that bound a figure from one side ('prices above $50', 'capitalisations below $700m').
BOUND_PREPS = frozenset({"above", "below", "under", "beyond"})
#: The adverbs of a move that are no verb ("shares, up 5%", "sales up 21% at 8.6bn euros").
UP_DOWN = frozenset({"up", "down"})
CLAUSE_STOP = frozenset({",", ";", ":", "(", ")", "—", "–", '"', "“", "”"})
#: Marks between the conversions in parentheses after a figure ('(1.53bn euros; £1.05bn)', '($9.37bn: £4.8bn)').
CONVERSION_MARKS = frozenset({";", ",", ":"})


def _determiner(t: Token) -> bool:
    """A determiner that is no pronoun ('the', 'its', 'each'): it opens the noun phrase after it, so a phrase's
    left edge takes it in. A word the vocabulary lists as both (none does now) stands for a phrase of its own."""
    return t.is_("det") and not t.is_("pron")


def _np_right(
    toks: list[Token], i: int, pp: bool = True, through_mentions: bool = False, pp_words: frozenset[str] | None = None
) -> tuple[int, int] | None:
    """Token range [i, j) of the noun phrase starting at token i (leading determiners included)."""
    j = i
    while j < len(toks) and toks[j].is_("det") and not toks[j].content:
        j += 1
    k = j
    while (
        k < len(toks)
        and k - i < MAX_PHRASE
        and (
            _np_word(toks[k], through_mentions and (k > j or j > i))
            or _place_noun(toks, k)
            or _generic_modifier(toks, i, j, k)
            or (k > j and _level_head(toks, k))
        )
    ):
        if _verbish(toks[k]) and not (k + 1 < len(toks) and toks[k + 1].content):
            break  # a participle ends the phrase unless it modifies a noun ('imported cars')
        if k > j and _spaced_dash(toks, k):
            break  # 'for Yugansk - nowhere near the $27bn': an aside opens, the phrase has ended
        k += 1
    while k > j + 1 and (toks[k - 1].mention == "date" or not toks[k - 1].is_word):
        k -= 1  # a date ending the phrase is its period ('a 5% rebound next year'); no dash at its end
    if k == j:
        return None
    if pp and k + 1 < len(toks) and toks[k].low in (pp_words or PP_EXTEND) and not toks[k + 1].mention:
        more = _np_right(toks, k + 1, pp=False, through_mentions=through_mentions)
        if more is not None and more[1] - i <= MAX_PHRASE + 2:
            k = more[1]
    return i, k


def _spaced_dash(toks: list[Token], k: int) -> bool:
    """True when token k is a dash (:data:`DASHES`) with a space before it ('Yugansk - nowhere near'): it sets off
    an aside or a second clause, where a dash inside a word ('Coca-Cola', 'near-400,000') joins it."""
    return toks[k].text in DASHES and k > 0 and toks[k - 1].end < toks[k].start


def _generic_modifier(toks: list[Token], i: int, j: int, k: int) -> bool:
    """True when token k is a generic word right after the determiners of a phrase starting at token i (they end
    at token j) or a possessive ("Russia's total oil output"), and before a content word: a modifier ('its total
    annual budget', 'the total debt'), not a verb of level ('sales total $3bn') nor a head of its own ('16% of the
    total': what the clause names)."""
    if not (toks[k].is_("generic") and (k == j > i or _possessive_before(toks, k))):
        return False
    return _noun_after(toks, k)  # 'the total issued and outstanding shares': no


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


#: The prepositions of a move ('rose by 5% to $3bn from $2bn'), which no verb of level takes before its figure.
_MOVE_PREPS = MOVE_ENDS | {"by"}
#: How many tokens the hedges and bounds between a verb and its figure span at most ('in the neighbourhood of').
_MAX_BOUND = 6


def _level_head(toks: list[Token], i: int) -> bool:
    """True when token i is a verb of level that is also a noun (``levelnoun``: 'costs', 'account') after a content
    word that is no participle and before no object of the verb: the head of a noun phrase ('borrowing costs rose
    5%', 'expect borrowing costs to stay at 2%', 'rebuilding costs for the province were', 'staff costs at the
    bank', 'the current account deficit'), not the verb of its subject ('the plan costs $5bn', 'each ticket costs
    about $9', 'costs at least $5bn', 'costs the firm $5m', 'costs a total of $5bn'). The verb's object is a determiner right after it or a
    figure over hedges and bounds (:func:`_over_bound`); a hedge before a determiner is a preposition ('at the')."""
    t = toks[i]
    if not t.is_("levelnoun") or i < 1 or i + 1 >= len(toks) or not toks[i - 1].content or _verbish(toks[i - 1]):
        return False
    after = toks[i + 1]
    if after.low in _MOVE_PREPS:
        return True  # 'to reduce wage costs by $500m', 'costs to stay at 2%': the verb takes no such preposition
    if after.is_("det") and not after.mention:
        return False  # 'costs the firm $5m', 'costs a total of $5bn'
    fig = next((j for j in range(i + 1, min(i + 1 + _MAX_BOUND, len(toks))) if toks[j].mention == "figure"), None)
    return fig is None or _over_bound(toks, fig) != i + 1  # 'costs rose', 'costs at the bank', 'costs in May'


def _np_word(t: Token, through_mentions: bool) -> bool:
    """A token that continues a noun phrase: a content word, a possessive, or a date inside it."""
    if t.content:
        return True
    if t.mention == "date" or (through_mentions and t.mention == "figure"):
        return True
    return t.text in {"&", "-"}


def _np_left(toks: list[Token], i: int, pp: bool = True) -> tuple[int, int] | None:
    """Token range [j, i) of the noun phrase ending just before token i."""
    if i > 0 and toks[i - 1].content and _verbish(toks[i - 1]):
        return None
    k = i
    while k > 0 and i - k < MAX_PHRASE:
        if (
            toks[k - 1].content
            or toks[k - 1].mention == "date"
            or _place_noun(toks, k - 1)
            or _unit_head(toks, k - 1)
            or _level_head(toks, k - 1)
        ):
            k -= 1
        elif toks[k - 1].text == ")" and k > i - MAX_PHRASE:
            o = next((j for j in range(k - 2, max(k - 6, -1), -1) if toks[j].text == "("), None)
            if o is None or o == 0 or not toks[o - 1].content:
                break
            k = o  # a parenthesis inside the phrase: 'West Texas Intermediate (WTI)'
        elif _bare_possessive(toks, k - 1) and k - 1 < i - 1:
            k -= 2  # "Novartis' shares": the apostrophe of a name in -s, and the name
        else:
            break
    d = k
    while d < i and toks[d].mention == "date":
        d += 1
    if k < d == i:
        return _phrase_before_date(toks, k)  # 'sales in 2004 rose', 'sales in the fourth quarter rose'
    if not (k < d < i and k > 0 and _determiner(toks[k - 1]) and toks[d].content):
        k = d  # a date opening the phrase is its period, not its measure ('In 2020 exports')
    # but after a determiner a date names what follows it: 'the September crude contract', 'its 2018 level'
    if k == i and k > 1 and toks[k - 1].mention == "figure" and toks[k - 2].is_("det"):
        k -= 1  # a figure inside the phrase: 'a 70 year-old'
    if k < i and toks[k].low == "s" and k > 0 and toks[k - 1].text in "'’":
        k += 1  # "November's nine-year low": the date took the name, its 's stays out
    if k < i - 1 and _verbish(toks[k]) and k > 0 and toks[k - 1].is_any("pron", "aux"):
        k += 1  # 'he believed rates would remain', 'is forecasting economic growth': a verb, not the phrase
    if k < i - 1 and toks[k].text.islower() and k > 0 and toks[k - 1].is_("modal"):
        k += 1  # 'the province would impose curtailments of': the verb after a modal is not in the phrase
    if k == i:
        return None
    clause = toks[k].text[0].isupper() or (k > 1 and (toks[k - 2].is_("verb") or _verbish(toks[k - 2])))
    if k > 0 and _determiner(toks[k - 1]) and not (toks[k - 1].low == "that" and clause):
        k -= 1  # but 'said that Illva will pay': 'that' opens a clause
    if pp:
        k = _coordinated_name(toks, k)  # 'The average house price in England and Wales'
    for hop in range(2 if pp else 0):  # two phrases at most: 'life expectancy for men in Glasgow'
        joined = k > 1 and (toks[k - 2].content or _level_head(toks, k - 2) or (hop == 0 and _verbish(toks[k - 2])))
        if not (joined and toks[k - 1].low in (LEFT_PP if hop == 0 else LEFT_PP_OUTER)):
            break
        left = _np_left(toks, k - 1, pp=False)
        participle = hop == 0 and k > 2 and _verbish(toks[k - 2]) and toks[k - 3].content
        if left is None and participle and (toks[k - 1].low != "to" or toks[k].text[0].isupper()):
            # a participle after its noun: 'attendants based in London', 'drugs supplied to Africa'
            # (not an infinitive: 'the scheme aimed to boost production')
            left = _np_left(toks, k - 2, pp=False)
        if left is None or (hop > 0 and any(map(_verbish, toks[left[0] : left[1]]))):
            break  # a second phrase only as a noun's: not 'released showing year-on-year sales of'
        k = left[0]
    return k, i


def _coordinated_name(toks: list[Token], k: int) -> int:
    """Where a name joined by 'and' to the name starting at token k starts, when a preposition of a noun comes
    before it ('house price in England and Wales', 'prices in the South East and London', 'remittances to Latin
    America and the Caribbean'): the names are one phrase, the object of that preposition; k itself otherwise
    ('Toyota and Honda shares', 'sales rose and Nationwide reported', 'prices rose in London and house sales fell')."""
    if k < 3 or toks[k - 1].low != "and" or not _named(toks, k):
        return k
    left = _np_left(toks, k - 1, pp=False)
    if left is None or left[0] < 2 or toks[left[0] - 1].low not in LEFT_PP or not _named(toks, left[0]):
        return k
    head = left[0] - 2  # the word the preposition follows: a noun's, not a verb's ('prices rose in London and')
    return left[0] if toks[head].content or _level_head(toks, head) else k


def _named(toks: list[Token], k: int) -> bool:
    """True when the phrase at token k opens with a noun, after a determiner or not ('Wales', 'the Caribbean')."""
    if k < len(toks) and _determiner(toks[k]):
        k += 1
    return k < len(toks) and toks[k].content


def _phrase_before_date(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The noun phrase before a date phrase that starts at token k and is all a verb has before it: 'sales
    in 2004 rose', "China's economy in 2022 grew", 'sales in the fourth quarter rose' -> the phrase before
    the preposition ('sales'); the date is the figure's period, the phrase its measure. None when no
    preposition of a noun and no content word come before the date ('In 2004 sales rose': the date opens
    the clause; 'announced in 2004': a participle's date), and for the phrase of a figure's preposition
    ('rose to 43.3 per US dollar on Thursday, up from': the figure's unit)."""
    p = k - 1 if k > 0 and _determiner(toks[k - 1]) else k  # 'in the fourth quarter'
    if not (p > 1 and toks[p - 1].low in PP_EXTEND and toks[p - 2].content):
        return None
    got = _np_left(toks, p - 1)
    if got is not None and got[0] > 1 and toks[got[0] - 1].is_("prep") and toks[got[0] - 2].mention == "figure":
        return None  # '43.305 per US dollar on Thursday': a figure's unit or place, no subject
    return got


def _skip_left(toks: list[Token], i: int, cls: tuple[str, ...]) -> int:
    """Index just after the run of tokens before ``i`` that all have one of the classes."""
    while i > 0 and (toks[i - 1].is_any(*cls) or toks[i - 1].adverb) and not toks[i - 1].mention:
        if _place_noun(toks, i - 1):
            break  # 'the price of a home fell': a noun, the end of the subject
        i -= 1
    return i


def find_measure(toks: list[Token], fig: int, kind: str, noun: str) -> tuple[int, int] | None:
    """Token range of what the figure at token ``fig`` measures, or None. A phrase that is only another
    figure with its determiner ('a 52% rise in profits to £198m' gave 'a 52%', 'less than the 4.3% rise',
    "$220m of the $550m it lost") names no measure: the figure measures what that figure does."""
    got = _measure(toks, fig, kind, noun)
    possessive_end = _time_possessive(toks, got) if got is not None else None
    if possessive_end is not None:
        got = _after_time_possessive(toks, possessive_end, fig)
    other = _figure_phrase(toks, got, fig)
    if other is None:
        return got
    theirs = _measure(toks, other, kind, "")
    return got if theirs is None or _figure_phrase(toks, theirs, other) is not None else theirs


_APOSTROPHES = frozenset({"'", "’"})


def _time_possessive(toks: list[Token], span: tuple[int, int]) -> int | None:
    """The end of a time in the possessive that a phrase is all of ("last year's", "2004's", "March's", "the
    quarter's"), its 's included; None for any other phrase. A time before a figure or a noun is when, not what:
    it determines the phrase as 'the' does ("Last year's 3% rise", "took 2004's total to"), where a name's
    possessive is the owner ("Russia's 3% growth")."""
    i, e = span
    if toks[i].low == "s" and i > 0 and toks[i - 1].text in _APOSTROPHES:
        i -= 1  # the bare 's of "Last year's": back to its apostrophe
    if toks[i].text in _APOSTROPHES and i > 0:
        i -= 1  # and to the time it follows
    if e < len(toks) and toks[e].text in _APOSTROPHES and toks[e - 1].end == toks[e].start:
        e += 1  # the time alone: on to its apostrophe
    if e < len(toks) and toks[e].low == "s" and toks[e - 1].text in _APOSTROPHES:
        e += 1
    words = [t for t in toks[i:e] if not t.is_("det")]
    if len(words) == 1 and words[0].low.endswith(("'s", "’s")) and words[0].low[:-2] in _time_words():
        return e  # "March's", "the quarter's": one token
    marks = [k for k in range(i, e) if toks[k].text in _APOSTROPHES]
    if len(marks) != 1 or e - marks[0] > 2 or (e - marks[0] == 2 and toks[e - 1].low != "s"):
        return None
    owner = [t for t in toks[i : marks[0]] if not t.is_("det")]
    return e if owner and all(t.mention == "date" or t.is_("time") for t in owner) else None


@cache
def _time_words() -> frozenset[str]:
    """The words of time (class ``time``: months, days, 'year', 'quarter'), whose possessive is a date's."""
    return frozenset(w for w, classes in word_classes().items() if "time" in classes)


def _after_time_possessive(toks: list[Token], e: int, fig: int) -> tuple[int, int] | None:
    """What a figure measures when the rules read only a time's possessive, which ends at token ``e``
    (:func:`_time_possessive`): the noun phrase after it, past the figure when the figure comes next ("Last year's
    3% rise" -> 'rise', "took 2004's total to 2.2 million" -> 'total'), as if the possessive were not there; None
    when there is none."""
    start = _over_conversions(toks, fig + 1) if e <= fig <= e + _MAX_BOUND and _over_bound(toks, fig) == e else e
    if start >= len(toks) or not toks[start].is_word or toks[start].mention:
        return None
    if toks[start].classes & (PHRASE_STOP - {"change"}):
        return None  # 'last year's 3% or more': no noun after it
    return _np_right(toks, start) or (start, start + 1)  # 'rise', 'total': a head no phrase rule takes


#: The end of an age's quote ('60 year-old', '60 years old'), a word of its own: not 'tenfold'.
_AGE_END = re.compile(r"\bold$")


def _figure_phrase(toks: list[Token], span: tuple[int, int] | None, fig: int) -> int | None:
    """The first token of the figure a phrase is all of, with its determiners ('a 5.5%', 'the £1.4bn'), when
    that figure is not the one at ``fig`` and no age ('a 60 year-old' names a person); else None."""
    if span is None:
        return None
    words = toks[span[0] : span[1]]
    kinds = [t.mention for t in words]  # a list's own search: most phrases hold no figure
    if "figure" not in kinds:
        return None
    first = span[0] + kinds.index("figure")
    if first == fig or not all(t.mention == "figure" or _determiner(t) for t in words):
        return None
    if any(t.mention == "figure" and _AGE_END.search(t.low) for t in words):
        return None  # an age names whom it ages, a phrase of its own: 'A 60 year-old might withdraw 2.72%'
    return first


def _measure(toks: list[Token], fig: int, kind: str, noun: str) -> tuple[int, int] | None:
    """Token range of what the figure at token ``fig`` measures, or None (:func:`find_measure`'s rules)."""
    # over conversions in parentheses: '8 miles (13 kilometers) of new tunnels', 'a $2bn (1.5bn euros; £1bn) deal'
    nxt = _over_conversions(toks, fig + 1)
    before = _over_bound(toks, fig)
    prev = toks[before - 1] if before > 0 else None
    # 0. 'X (N)': a figure in parentheses after a phrase ('RHP John Gant (0.5 WAR)')
    if prev is not None and prev.text == "(" and before > 1 and toks[before - 2].content:
        got = _np_left(toks, before - 1)
        if got is not None:
            return got
    # 0. 'X - N -': a figure between spaced dashes right after a phrase ('surcharge revenues - £160m - will')
    if prev is not None and _dashed(toks, before, fig, nxt):
        got = _np_left(toks, before - 1)
        if got is not None:
            return got
    # 0. 'N1 ..., compared with N2', 'up from N2', 'from N1 to N2': the figure a comparison sets against an
    # earlier one measures what that one does ('a pre-tax profit of £75m compared with £125m a year earlier')
    earlier = _from_figure(toks, fig)
    if earlier is None:
        earlier = _moved_to_figure(toks, fig)
    if earlier is None:
        # the comparison may be among the hedges before the figure: 'growth of 7.1% in 2005-6, up from 6.7%'
        compared = (_compared_figure(toks, j) for j in range(before, fig + 1))
        earlier = next((j for j in compared if j is not None), None)  # token 0 is a figure too
    if earlier is None:
        earlier = _level_after_move(toks, fig)
    if earlier is None:
        earlier = _level_after_size(toks, fig)
    modifies = nxt < len(toks) and (toks[nxt].content or toks[nxt].is_("change"))  # 'with a 0.3% slide in X'
    if earlier is not None and not modifies:
        got = find_measure(toks, earlier, kind, "")
        if got is not None:
            return got
    # 0. 'N1 in A and N2 in B': a figure listed after another, each with the name of where it is, measures what
    # the first does ('GDP growth of 1.5% in Germany and 2.2% in France'), not the name (where, not what)
    listed = _listed_figure(toks, before, nxt)
    if listed is not None:
        got = find_measure(toks, listed, kind, "")
        if got is not None and not _proper(toks, got):
            return got
    # 0a. 'N more X', 'N fewer X': the figure sizes a difference in X ('30 million fewer workers')
    got = _compared(toks, before, nxt)
    if got is not None:
        return got
    # 0b. a share that is the subject of its clause measures its predicate ('Of these, 83% were happy')
    got = _share_predicate(toks, before, nxt, kind)
    if got is not None:
        return got
    # 1a. an age names whom it ages: 'an 18-year-old winger', 'a 300,000 year-old skull'
    if kind == "age" and nxt < len(toks) and toks[nxt].content:
        got = _np_right(toks, nxt, pp=False)
        follower = toks[got[1]] if got is not None and got[1] < len(toks) else None
        if got is not None and not (follower is not None and (follower.is_("rel") or follower.is_("pron"))):
            return got  # but 'the 65-year-old worries that ...': a verb
    # 1a. a count a verb of change moves from or to measures what changed: 'sales fell to 1.25 million
    # vehicles', 'its workforce trimmed from 155,000 to 110,000 staff' (its noun is the unit)
    move = _move_word(toks, fig)
    if kind in {"count", "number"} and move > 0:
        got = _changed_from_to(toks, move)
        if got is not None:
            return got
    # 1. a count keeps its counted noun
    if nxt + 1 < len(toks) and toks[nxt].text == "-" and toks[fig].end == toks[nxt].start:
        nxt += 1  # 'the 12-nation eurozone'
    # after a determiner, a generic head that is no change names nothing counted: 'rise above the 25,000 mark',
    # 'twice the 169,000 figure' (rule 3 reads the subject); not 'one level below'
    empty = prev is not None and prev.is_("det") and _empty_head(toks, nxt)
    if noun and kind == "count" and not (nxt < len(toks) and toks[nxt].is_("unitnoun")) and not empty:
        got = _counted(toks, nxt, noun)
        if got is not None:
            return got
        # a noun named before the figure ('jobless claims jumped to 367,000 last week') is read below
        counted = nxt < len(toks) and toks[nxt].content
        got = _np_right(toks, nxt, through_mentions=True, pp_words=frozenset({"of"})) if counted else None
        if got is not None:
            return got
    # 2. 'a 5% rise in sales'
    if nxt + 1 < len(toks) and toks[nxt].is_("change") and toks[nxt + 1].low in {"in", "of"}:
        got = _np_right(toks, nxt + 2)
        if got is not None and not toks[nxt + 2].mention:
            return got
        if got is not None and toks[nxt + 2].mention == "date" and any(t.content for t in toks[got[0] : got[1]]):
            return got  # a date opening the phrase names it with its noun: 'a 22% fall in first quarter profits''
    # 3. the figure modifies the phrase after it ('a 25% tax'), when no phrase of its own precedes it
    determined = any(t.is_("det") for t in toks[before:fig]) or (prev is not None and prev.is_("det"))
    opened = (
        determined
        or (prev is not None and prev.low in {"of", "with", "for", "from", "in"})
        or toks[fig].text.split()[0].lower() in {"a", "an"}  # 'a million dollar house'
        or before == 0  # a headline's figure opens its phrase: '$1m payoff for former Shell boss'
        or (prev is not None and prev.content and before > 1 and toks[before - 2].is_("det"))  # 'his entire 60% stake'
        or (
            prev is not None and prev.is_("generic") and before > 1 and _determiner(toks[before - 2])
        )  # 'a record $5m profit'
        or (
            before == fig and prev is not None and prev.mention == "figure" and kind != "count"
        )  # 'eight million 250ml bottles'
        or (nxt < len(toks) and toks[nxt].is_("measured") and kind == "percent")  # 'after seeing 9% growth'
        or (prev is not None and prev.content and prev.low.endswith(("'s", "’s")))  # "Deutsche Boerse's £1.3bn offer"
        or (kind in {"money", "percent"} and before == fig and before > 1 and _verb_before_amount(toks, before - 1))
    )
    if determined and kind in MODIFIER_KINDS and _particle_modifier(toks, nxt):
        got = _np_right(toks, nxt + 1)
        if got is not None:
            return nxt, got[1]  # 'a $27bn back tax bill': the particle modifies the noun after it
    if (
        nxt + 1 < len(toks)
        and opened
        and kind in MODIFIER_KINDS
        and toks[nxt].is_word
        and not toks[nxt].mention
        and not toks[nxt].classes & PHRASE_STOP
        and toks[nxt + 1].is_("generic")
        and toks[nxt + 1].is_("change")
    ):
        return nxt, nxt + 2  # 'a 4% pay rise', 'a 2% output cut': a noun that is also a verb, then its change
    if (
        nxt < len(toks)
        and toks[nxt].content
        and kind in MODIFIER_KINDS
        and opened
        and not _verb_of_owner(toks, fig, nxt)
    ):
        got = _np_right(toks, nxt)  # but 'reserves of $119bn beat its debt': the verb of 'reserves'
        if got is not None and (not toks[got[1] - 1].is_("generic") or toks[got[1] - 1].is_("measured")):
            return got  # 'a 25% tax', 'with 7.9% growth expected'
        if got is not None and any(t.content and not t.is_("generic") for t in toks[got[0] : got[1] - 1]):
            return got  # 'a 5% pay rise', 'a 1.3% volume sales fall': the phrase names what changed
        if got is not None:  # 'global trade could see a 5% rebound': the subject, else the phrase
            return _subject_of(toks, before) or _clause_subject(toks, before) or got
    # 4. 'N of X', and a fraction right before a determiner, 'of' left out ('half the plants')
    of = nxt + 1 if nxt + 1 < len(toks) and toks[nxt].low == "of" else _fraction_of(toks, fig, nxt, kind, before)
    if (
        of is None
        and kind == "money"
        and nxt + 2 < len(toks)
        and toks[nxt].low == "worth"
        and toks[nxt + 1].low == "of"
    ):
        of = nxt + 2  # '$20bn worth of goods', '22.5bn yuan ($2.7bn) worth of shares': what the money buys
    if of is not None:
        got = _np_right(toks, of, through_mentions=True)
        if got is None and toks[of].mention == "figure":
            got = _np_right(toks, of + 1)  # '50ml of 30% sulfuric acid': what the figure after 'of' modifies
        if got is None and _participle_modifier(toks, of):
            more = _np_right(toks, of + 1, through_mentions=True)
            got = (of, more[1]) if more is not None else None  # '£1.5bn of lost sales': 'lost' modifies 'sales'
        if got is not None and _owned_generic(toks, of):
            # 'The Dow lost 5% of its value', 'shares ... have lost 50% of their value': what 'its' stands for
            return _subject_of(toks, before) or _clause_subject(toks, before) or got
        if got is not None:
            return got
    # 4b. a ratio of counts before its counted phrase without 'of': 'one in six cars', 'three out of four girls'
    if kind == "fraction" and nxt < len(toks) and toks[nxt].content and _RATIO_RE.search(toks[fig].text):
        got = _np_right(toks, nxt, through_mentions=True)
        if got is not None:
            return got
    # 5. money paid or spent: what it pays for ('spent A$584m on a stake', '$2bn will be spent on roads');
    # else money for what is bought or sold: 'bought the production unit for $9.4bn' -> the unit; a relative
    # clause after money says what it is, but not after 'X of' ('a loss of $5m it blamed on': rule 5 reads X)
    if kind == "money":
        got = (
            (_relative_after(toks, nxt) if prev is None or prev.low != "of" else None)
            or _paid_for(toks, before, nxt)
            or _sold_for(toks, before)
            or _valued_at(toks, before, fig)
            or _purpose_after(toks, before, nxt)
        )
        if got is not None:
            return got
    # 5a. 'X for N' of a duration ('a grounding for more than three months', 'a ban for ten years')
    if kind == "duration" and prev is not None and prev.low == "for" and before > 2 and toks[before - 2].content:
        got = _np_left(toks, before - 1, pp=False) or (before - 3, before - 1)  # a noun in -ing: 'a grounding'
        if _determiner(toks[got[0]]):
            return got
    read: list[tuple[int, int] | None] = []

    def after_in() -> tuple[int, int] | None:
        """:func:`_after_in` after the figure, which rules 5 to 8 may each ask for (up to five times): read once."""
        if not read:
            read.append(_after_in(toks, nxt))
        return read[0]

    # 5. 'X of N'
    if prev is not None and prev.low == "of" and before > 1 and toks[before - 2].is_("generic"):
        after = after_in()  # 'a total of $2bn in provisions'
        if after is not None and not _proper(toks, after):
            return after
    if prev is not None and prev.low == "of":
        got = _np_left(toks, before - 1, pp=False) or _direction_head(toks, before - 1)
        if got is not None:
            if toks[got[1] - 1].is_("generic") and not toks[got[1] - 1].is_("measured"):
                after = after_in()
                if after is not None and not _proper(toks, after):
                    return after  # but 'sales growth of 10% in Asia': a name after 'in' is where, not what
                outer = _np_left(toks, got[0]) if got[0] > 1 and toks[got[0] - 1].low == "of" else None
                named = toks[got[1] - 1].is_("change") and any(
                    t.content and not t.is_("generic") for t in toks[got[0] : got[1] - 1]
                )
                if outer is None and named:
                    return got  # 'a price rise of 40%', 'annual price rises of up to 70%': the phrase names it
                if outer is None and toks[got[1] - 1].is_("change"):
                    # 'car sales fell 2.8%, following a fall of 0.6%': the subject of the verb before
                    return _subject_of(toks, got[0]) or _clause_subject(toks, got[0], verbs_only=True) or got
                if outer is None:
                    return _subject_of(toks, got[0]) or got
            return got
    # 6. after a transfer verb, 'in X' or 'for X' ('gave Bishkek $20m in budget support', 'received $8m in aid')
    if any(t.is_any("give", "receive") for t in toks[max(0, before - 8) : before]):
        after = after_in()
        if after is not None:
            return after
    # 6a. money 'in' a bare phrase: what the money is ('which has $200bn in foreign reserves')
    held = _money_in(toks, after_in()) if kind == "money" else None
    if held is not None:
        return held
    # 6b. a noun right before 'above'/'below' the figure: what is above or below it ('firms with market
    # capitalisations below $700m', 'has pushed US crude oil prices above $50 a barrel'), not after a verb ('rose above')
    if prev is not None and prev.low in BOUND_PREPS and before > 1 and toks[before - 2].content:
        got = _np_left(toks, before - 1) if not _verb_like(toks, before - 2) else None
        if got is not None and not (got[0] > 0 and toks[got[0] - 1].low in MOVE_ENDS):
            return got  # but 'soared to fresh highs above $53': a level moved to, the subject's
    # 6c. a phrase right before the figure ('CAC -1.7%', 'base price: $59,995'), not a verb
    k = before - 1 if prev is not None and prev.text == ":" else before
    if k < before and k > 0 and toks[k - 1].is_word:
        j = k
        while j > 0 and toks[j - 1].is_word and not toks[j - 1].mention and k - j < MAX_PHRASE:
            j -= 1
        return j, k  # a label before a colon: 'Total cost: $72,370'
    if (
        k > 0
        and toks[k - 1].content
        and not _verb_like(toks, k - 1)
        and not _session(toks, k)
        and not _named_verb(toks, k - 1)
    ):
        got = _np_left(toks, k)
        if got is not None:
            return got
    # 7. the subject of the clause's verb ('sales rose 5%', 'the S&P 500 rose 64 points to 4,577')
    if kind in MODIFIER_KINDS:
        taken = _taken_from(toks, k, nxt)
        if taken is not None:
            return taken  # 'aims to slash $5bn from its costs' -> 'its costs'
    if kind == "money" and _object_figure(toks, k, fig, nxt):
        paid = _paying_verb(toks, k)
        if paid is not None:
            return paid  # 'Illva will pay 481.42m yuan', 'agreed to pay a total of $14.5m': not the payer
    earned = _earning_verb(toks, k) if kind in {"money", "rate"} else None  # a word's class: cheap, asked first
    if earned is not None and _object_figure(toks, k, fig, nxt):
        after = after_in()
        if after is not None and _bare_in(toks, after):
            return after  # 'earned $5m in fees last year': what the money is (not 'in the US', 'for shareholders')
        return earned  # 'GM earned $3.7bn', 'is earning about $1.8m an hour': the earnings, not the earner
    got = _subject_of(toks, before)
    if got is None and kind == "money" and _money_verb(toks, k) and _object_figure(toks, k, fig, nxt):
        return k - 1, k  # 'plans to invest $10bn', 'Turkey is to borrow $10bn': the verb names the money's use
    if got is None and k > 0 and _verb_like(toks, k - 1):
        after = after_in() if kind == "money" else None
        if after is not None and toks[after[0]].text.islower():
            return after  # 'Libya has withdrawn $1bn in assets': what the money is, not who moved it
        got = _np_left(toks, _skip_left(toks, k - 1, ("aux",)))
    if got is None:
        got = _clause_subject(toks, before)
    if got is not None:
        return got
    # 8. 'N in X'
    after = after_in()
    if after is not None:
        return after
    # 8a. a verb of change or level whose subject is a pronoun: the verb ('It was bought for $9.4bn', 'it fell 3%')
    got = _pronoun_verb(toks, before)
    if got is not None:
        return got
    # 9. the nearest phrase before the figure in its clause, else the sentence's first phrase; else, for money
    # or a percentage, the participle it is the subject of ('The remaining 12% will be retained by the city')
    got = _nearest_phrase(toks, before, fig)
    if got is None and kind in {"money", "percent"}:
        return _figure_predicate(toks, nxt)
    return got


def _nearest_phrase(toks: list[Token], before: int, fig: int) -> tuple[int, int] | None:
    """Rule 9: the nearest noun phrase before the figure at token ``fig`` (its words from token ``before``) in
    its clause, over function words, verbs and a list of figures, else the sentence's first phrase; None after
    a pronoun's verb ('he didnt want to wait three hours')."""
    content = list(map(_CONTENT, toks[:fig]))  # one pass: a dense text has a hundred tokens here
    k = before if True in content[:before] else 0  # none: the walk back would end on no content word
    while k > 0 and (
        toks[k - 1].text not in CLAUSE_STOP or (toks[k - 1].text == "," and k > 1 and toks[k - 2].mention == "figure")
    ):
        verb = (k == before and _named_verb(toks, k - 1)) or (k < before and _agrees_as_singular_verb(toks, k - 1))
        if toks[k - 1].content and not _verb_like(toks, k - 1) and not verb:
            break
        k -= 1  # over function words, verbs and a list of figures ('3 years, 2 months and 16 hours')
    if k > 0 and toks[k - 1].content:
        got = _np_left(toks, k)
        if got is not None and got[0] > 0 and toks[got[0] - 1].is_("pron") and toks[got[0]].text.islower():
            return None  # 'he didnt want to wait three hours': a verb after a pronoun is no measure
        return got
    first = content.index(True) if True in content else None
    if first is None or (first > 0 and toks[first - 1].is_any("pron", "aux")):
        return None  # 'she didnt want to wait two hours': a verb after a pronoun is no measure
    return _np_right(toks, first, pp=False)


@cache
def bound_phrases() -> tuple[tuple[str, ...], ...]:
    """The extractor's multi-word hedges before a figure ('in excess of', 'at least', 'close to', 'as
    much as'), as lower-case word tuples, longest first; from ``extraction/vocab/en/hedges.toml``. Read
    as words of the sentence, their nouns ('excess', 'region') would be taken for what the figure
    measures and their last word ('least') would hide the verb before them ('raise at least $5m from');
    those holding a verb of change or level ('fell short of', 'capped at') are left to the verb rules."""
    classes = word_classes()
    phrases = {tuple(k.lower().split()) for k in load("hedges")["before"]}
    kept = (p for p in phrases if len(p) > 1 and not any(classes.get(w, frozenset()) & _CHANGE_OR_LEVEL for w in p))
    return tuple(sorted(kept, key=len, reverse=True))


@cache
def _bound_phrases_ending() -> dict[str, tuple[tuple[str, ...], ...]]:
    """:func:`bound_phrases` by their last word, longest first: a figure's left edge tries only the phrases
    that can end at the word before it, not every phrase at every position (run once per figure)."""
    ending: dict[str, list[tuple[str, ...]]] = {}
    for phrase in bound_phrases():
        ending.setdefault(phrase[-1], []).append(phrase)
    return {last: tuple(phrases) for last, phrases in ending.items()}


def _over_bound(toks: list[Token], fig: int) -> int:
    """Where the words before the figure at token ``fig`` start, over the hedges before it and a bound
    written as a phrase ('staff earning in excess of $234,000' -> after 'earning', 'raise at least $5m'
    -> after 'raise', 'spend no less than $3m', whose 'less than' are hedges themselves)."""
    before = _skip_left(toks, fig, ("hedge",))
    for end in range(fig, before - 1, -1):  # a phrase ends at the figure or among the hedges before it
        last = toks[end - 1].low if end > 0 else ""
        for phrase in _bound_phrases_ending().get(last, ()):
            s = end - len(phrase)
            if 0 <= s < before and all(t.low == w for t, w in zip(toks[s:end], phrase, strict=True)):
                return _skip_left(toks, s, ("hedge",))
    return before


def _compared(toks: list[Token], before: int, nxt: int) -> tuple[int, int] | None:
    """The noun phrase a figure before 'more', 'fewer' or 'less' sizes a difference in, with that word:
    '30 million fewer workers' -> 'fewer workers', 'sold 2.1% more cars' -> 'more cars', '20 more
    additional plants' -> 'more additional plants', '15% more passengers meant' -> 'more passengers';
    None before 'than' or without a noun ('5% more than', 'invest 7.7% more in', 'grew 2% more
    slowly'), and after a form of 'be', where an adjective compares the subject ('crude is still 30%
    more expensive')."""
    if nxt + 1 >= len(toks) or not toks[nxt].is_("comparative") or toks[nxt].mention:
        return None
    k = before
    while k > 0 and toks[k - 1].is_("aux") and not toks[k - 1].is_("level"):
        k -= 1  # 'is still', 'is now'
    if k > 0 and toks[k - 1].is_("aux") and toks[k - 1].is_("level"):
        return None  # a form of 'be': 'is 30% more expensive'
    j = nxt + 1
    while j < len(toks) and toks[j].is_("adjective") and not toks[j].mention:
        j += 1  # 'more additional production facilities'
    if j >= len(toks) or not toks[j].content or _verbish(toks[j]):
        return None
    got = _np_right(toks, j)
    if got is None:
        return None
    end = next((k for k in range(j + 1, got[1]) if _agrees_as_verb(toks[k - 1], toks[k])), got[1])
    return nxt, end


def _agrees_as_verb(before: Token, t: Token) -> bool:
    """After a lower-case plural noun, a lower-case word without -s that no vocabulary calls a noun
    agrees as its verb: 'the robots measure', 'more passengers meant'; not 'sales growth'."""
    low = t.text
    return _plural_subject(before) and low.islower() and not low.endswith("s") and not t.is_any("noun", "generic")


def speech_verbs() -> frozenset[str]:
    """Verbs that report what people said or felt ('said', 'reported', 'felt'), lower case, from
    ``vocab/en/speech.tsv``: after a share of respondents the predicate they introduce is measured."""
    return word_list("speech.tsv")


SHARE_KINDS = frozenset({"percent", "fraction"})
#: Words that open a clause before a share that is its subject ('..., while 41% were optimistic').
CLAUSE_OPENERS = frozenset({",", ";", ":", "—", "–", "(", "and", "while", "but", "though", "whereas"})


def _share_predicate(toks: list[Token], before: int, nxt: int, kind: str) -> tuple[int, int] | None:
    """What a share that is the subject of its clause measures: its predicate, over a verb of saying and
    the pronoun and auxiliaries after it: 'Of these, 83% were happy with the experience' -> 'happy with
    the experience', 'only 34% said they had received new cards' -> 'received new cards', 'and 27% saw
    them fall' -> 'saw them fall'. None unless the share opens its clause (after a comma, a conjunction
    or at the start, over 'only', 'another', 'nearly') and a verb follows it ('5% of ...', '30% stake')."""
    if kind not in SHARE_KINDS or nxt >= len(toks) or (before > 0 and toks[before - 1].low not in CLAUSE_OPENERS):
        return None
    verb = toks[nxt]
    if not verb.text.islower() or verb.mention or verb.is_("hedge"):
        return None  # '5% more', '3% or so'
    if not (verb.is_any("aux", "verb", "level") or verb.low in speech_verbs()):
        return None
    j = nxt
    while (
        j < len(toks)
        and (toks[j].is_any("aux", "pron") or toks[j].low in speech_verbs() or toks[j].low == "that")
        and not toks[j].mention
    ):
        j += 1  # 'said that they had': to what was said
    e = j
    while e < len(toks) and e - j < MAX_PHRASE + 2 and not toks[e].mention and toks[e].low not in CLAUSE_OPENERS:
        if toks[e].text in {".", "!", "?"} or toks[e].text in CLAUSE_STOP or toks[e].is_("conj"):
            break
        e += 1
    while e > j and (not toks[e - 1].is_word or toks[e - 1].is_any("det", "prep", "aux", "pron", "rel", "conj")):
        e -= 1
    return (j, e) if e > j else None


@cache
def spend_verbs() -> dict[str, tuple[str, ...]]:
    """Verb of paying, spending or raising (lower case) -> the prepositions, in the order tried, whose
    phrase after the money names what it pays for; from ``vocab/en/spend.tsv``."""
    return {row[0].strip().lower(): tuple(row[1].split()) for row in vocab_rows("spend.tsv")}


def _paid_for(toks: list[Token], before: int, nxt: int) -> tuple[int, int] | None:
    """What money paid or spent pays for: the phrase of the verb's preposition after the figure (over
    a conversion in parentheses), the verb right before the money or, in the passive, after it:
    'spent A$584m on buying a stake' -> 'a stake', 'paid out $400m to cover damage' -> 'damage', 'pay
    $1m to the former chief' -> 'the former chief', '80bn rupees will be spent on rural roads' -> 'rural
    roads'; None when no such verb or no such phrase is there (a date is a period: 'earmarked $96bn
    for the first half')."""
    i = nxt
    if i < len(toks) and toks[i].text == "(":
        close = next((j for j in range(i + 1, min(i + 8, len(toks))) if toks[j].text == ")"), None)
        if close is None or not all(t.mention or t.text in CONVERSION_MARKS for t in toks[i + 1 : close]):
            return None  # not a conversion: '(£281m; $400m)' is one
        i = close + 1
    v = before - 1
    if v > 0 and toks[v].is_("particle"):
        v -= 1  # 'has paid out about 300m euros'
    preps = spend_verbs().get(toks[v].low) if v >= 0 and toks[v].text.islower() else None
    if preps is None:  # the passive: 'is earmarked for', 'will be spent on', 'to be spent on'
        j = i
        while j < len(toks) and j - i < 4 and (toks[j].is_("aux") or toks[j].low == "to"):
            j += 1
        preps = spend_verbs().get(toks[j].low) if j > i and j < len(toks) and toks[j - 1].is_("aux") else None
        if preps is None:
            return None
        i = j + 1
    if i + 1 >= len(toks) or toks[i].low not in preps or toks[i + 1].mention:
        return None
    p = i + 1
    if toks[i].low == "to" and _purpose_verb(toks[p]):
        p += 1  # a purpose: 'to cover damage', 'to buy the unit': what the verb acts on ('to victims': a noun)
    elif toks[i].low == "on" and _verbish(toks[p]):
        p += 1  # 'spent A$584m on buying a stake'
        if p < len(toks) and toks[p].is_("particle"):
            p += 1  # 'to spend 578m euros on buying out minority shareholders'
    if p >= len(toks) or toks[p].mention == "date":
        return None
    got = _np_right(toks, p, through_mentions=True)
    if got is None or any(t.mention == "date" for t in toks[got[0] : got[1]]):
        return None
    return got


#: Classes of words that are no verb of a purpose after 'to' ('pay $1m to the chief', 'to around 5%').
_NO_PURPOSE = frozenset({"det", "prep", "conj", "pron", "aux", "rel", "hedge", "modal", "time", "adjective"})


def _purpose_verb(t: Token) -> bool:
    """True when the word after 'to' after money paid is the verb of a purpose ('to cover damage', 'to buy the
    unit', 'to settle a lawsuit'): a lower-case word outside any mention, in no class of a function word (a verb
    the vocabulary lists for its change or level, 'buy', 'boost', is one), and no plural noun, which is whom it
    pays ('to victims of the flood', 'to shareholders')."""
    return (
        t.is_word
        and t.text.islower()
        and not t.mention
        and t.classes.isdisjoint(_NO_PURPOSE)
        and not (regular_plural(t.text, longer_than=3))
    )


def _purpose_after(toks: list[Token], before: int, nxt: int) -> tuple[int, int] | None:
    """What money is for when a purpose follows it, 'to' and a verb with its object (over conversions in
    parentheses, token ``nxt``): that object ('have each put up $480m to stabilise the firm' -> 'the firm', 'fines
    and more than $4m to fund state compliance checks' -> 'state compliance checks'). Not after a verb of change
    or level or a preposition of a move, whose subject the money sizes ('rose $2 to close at', 'by $5bn to boost
    profits'), nor after 'X of' ('a total of $14.5m to settle': rule 5 reads X)."""
    if nxt + 2 >= len(toks) or toks[nxt].low != "to" or not _purpose_verb(toks[nxt + 1]):
        return None
    prev = toks[before - 1] if before > 0 else None
    if prev is not None and (prev.content or prev.is_any("change", "level", "prep")) and prev.low not in {"up", "out"}:
        return None  # nor after a recipient: 'China lent Russia $6bn to help': the transfer (rule 6)
    o = nxt + 3 if toks[nxt + 2].is_("particle") and nxt + 3 < len(toks) else nxt + 2  # 'to pay back gains'
    if toks[o].mention or not (toks[o].content or _determiner(toks[o])):
        return None
    return _np_right(toks, o)


def sale_verbs() -> frozenset[str]:
    """Verbs of buying and selling (lower case), from ``vocab/en/sale.tsv``: money 'for' after their
    object is the price of that object."""
    return word_list("sale.tsv")


#: Words of a bought or sold object besides content words: 'Travelers Life & Annuity', "Yukos' unit".
_OBJECT_MARKS = frozenset({"&", "'", "’", "-"})


def _sold_for(toks: list[Token], before: int) -> tuple[int, int] | None:
    """What money after 'for' (token ``before - 1``) is the price of: the object of a verb of buying or
    selling right before it, with its own phrases ('bought the production unit for $9.4bn' -> 'the
    production unit', 'buy 15% of Yukos' former unit for $2bn' -> "15% of Yukos' former unit", 'buy
    Alfa-Eco's stake in Sun Interbrew, Russia's second-largest brewer, for ...' -> "Alfa-Eco's stake in
    Sun Interbrew"), over a recipient or a seller ('sold its arm to Metlife for $11.5bn'); None when
    no such verb is there or a verb or clause comes between ('bought shares, which rose, for ...')."""
    k = before - 1
    if k < 2 or toks[k].low != "for":
        return None
    v = _verb_before(toks, k, sale_verbs(), MAX_PHRASE + 7)
    if v is None:
        return None  # none, or a noun: 'the purchase of shares for'
    s = v + 2 if v + 1 < k and toks[v + 1].is_("particle") else v + 1  # 'buy out', 'sell off'
    first = s + 1 if s + 1 < k and toks[s].mention == "figure" else s  # 'sold 2 million shares', 'buy 15% of'
    if first < k and toks[first].low == "of":
        first += 1
    stop = next((j for j in range(first, k) if toks[j].low in {"to", "from"} or toks[j].text == ","), k)
    if not _object_words(toks[first:stop]):
        return None
    if stop < k and toks[stop].text == ",":
        if toks[k - 1].text != "," or not _object_words(toks[stop + 1 : k - 1]):
            return None  # an apposition only: "Sun Interbrew, Russia's second-largest brewer, for"
    elif stop < k and not _object_words(toks[stop + 1 : k]):
        return None  # a recipient or seller: 'to Metlife', 'from the state'
    return s, stop


def _verb_before(toks: list[Token], k: int, verbs: frozenset[str], reach: int) -> int | None:
    """The nearest token before token k, at most ``reach`` tokens back, whose word is one of ``verbs`` (lower
    case), when it is written in lower case (a verb, not a name) and comes after no determiner or adjective (a
    noun: 'the purchase of shares', 'its market value'); else None. The verb of :func:`_sold_for` and
    :func:`_valued_at`."""
    v = next((j for j in range(k - 1, max(k - reach - 1, -1), -1) if toks[j].low in verbs), None)
    if v is None or not toks[v].text.islower() or (v > 0 and toks[v - 1].is_any("det", "adjective")):
        return None
    return v


def value_verbs() -> frozenset[str]:
    """Verbs of valuation (lower case), from ``vocab/en/value.tsv``: money 'at' after their object is the
    object's value."""
    return word_list("value.tsv")


def _valued_at(toks: list[Token], before: int, fig: int) -> tuple[int, int] | None:
    """The verb of valuation and its object that money after 'at' (among the hedges from token ``before - 1``
    to the figure at ``fig``: 'at' is a hedge itself, 'at about') is the value of:
    'the offer values the club at £800m' -> 'values the club', 'valuing the company at $35bn' -> 'valuing
    the company' (the object alone reads as the thing, not its value; the subject is who values it). None
    without an object ('is valued at £2.6bn': the subject), for the noun ('its value standing at $3bn': a
    determiner before it, 'value standing at': a participle after it, 'house values in London at': a
    preposition after it) and when a verb or clause mark comes between."""
    k = next((j for j in range(max(before - 1, 0), fig) if toks[j].low == "at"), 0)
    if k < 2 or any(not t.is_("hedge") for t in toks[k + 1 : fig]):
        return None
    v = _verb_before(toks, k, value_verbs(), MAX_PHRASE + 1)
    if v is None or v + 1 >= k:
        return None  # none, no object, or a noun: 'its market value standing at'
    if _verbish(toks[v + 1]) or not _object_words(toks[v + 1 : k]):
        return None  # 'value standing at': a noun and its participle
    if toks[v + 1].is_("prep"):
        return None  # an object opens with no preposition: 'house values in London at £300,000' is a noun
    return v, k


#: Words that end a relative clause after money ('it supposedly held in an offshore account did not exist').
_RELATIVE_END = frozenset({"aux", "modal", "rel", "conj"})


def _relative_after(toks: list[Token], nxt: int) -> tuple[int, int] | None:
    """The relative clause with a pronoun subject right after money (from token ``nxt``, 'which' or 'that'
    left out or not), which says what the money is: 'the 4bn euros it supposedly held in an offshore
    account did not exist' -> 'it supposedly held in an offshore account', 'the $550m it lost on trading
    in oil futures'. The clause runs from its subject to a clause mark, an auxiliary or a conjunction after
    its verb (at most ``MAX_PHRASE`` words); None when no pronoun and a verb of its own come there (not an
    auxiliary or modal: '$100bn it is not proving easy', 'of $984m which it must pay off', where the phrase
    before is read), or the verb is one of saying ('$5m it says': what was said, not the money)."""
    j = nxt + 1 if nxt < len(toks) and toks[nxt].low in {"which", "that"} else nxt
    if j >= len(toks) or not toks[j].is_("pron") or toks[j].low in {"which", "that"}:
        return None
    v = j + 1
    while v < len(toks) and toks[v].adverb and v - j < 3:
        v += 1  # 'it supposedly held'
    if v >= len(toks) or not toks[v].text.islower() or toks[v].low in speech_verbs():
        return None
    if toks[v].mention or toks[v].classes & {"det", "prep", "conj", "rel", "pron", "aux", "modal", "adv"}:
        return None  # a clause of its own ('$100bn it is not proving easy', '$984m which it must pay off')
    end = v + 1
    while (
        end < len(toks)
        and end - j < MAX_PHRASE
        and toks[end].text not in CLAUSE_STOP
        and toks[end].text != "."
        and not toks[end].classes & _RELATIVE_END
    ):
        end += 1
    return j, end


def _object_words(toks: list[Token]) -> bool:
    """True when the tokens are a noun phrase of content words (a determiner, a date, 'of' or 'in'
    inside: 'rival May Department Stores'): no verb, clause mark or figure among them, and at least
    one content word."""
    return any(t.content for t in toks) and all(
        t.content or t.text in _OBJECT_MARKS or t.mention == "date" or t.is_("det") or t.low in {"of", "in"}
        for t in toks
    )


def _counted(toks: list[Token], i: int, noun: str) -> tuple[int, int] | None:
    """The counted noun the extractor found, right after the figure, with an ``of`` phrase: '19 fouls'
    (not '19 fouls proves'), 'five new seasons of Sesame Street'; None when the words differ."""
    words = noun.lower().split()
    j = i + len(words)
    if j > len(toks) or [t.low for t in toks[i:j]] != words or not all(t.content for t in toks[i:j]):
        return None  # not the noun after the figure ('between 7,000 and 8,000 annually', '5.1 million across')
    after = toks[j] if j < len(toks) else None
    if (
        after is not None
        and after.content
        and not _verbish(after)
        and (not regular_plural(words[-1]) or after.text[0].isupper() or regular_plural(after.low))
    ):
        return None  # the phrase goes on: 'a 12 page document', 'two ratings agencies', 'Three Gorges Dam'
    j = _coordinated_modifiers(toks, j)
    # else it ends at the noun: '11 members bound by', '5 slots available', '104,000 workers axed'
    if j + 1 < len(toks) and toks[j].low == "of" and not toks[j + 1].mention:
        more = _np_right(toks, j + 1, pp=False, through_mentions=True)
        if more is not None:
            j = more[1]
    return i, j


def _plural_head(word: str) -> bool:
    """True when a lower-case word is a plural noun, regular ('countries') or one of the irregular plurals that
    head a counted phrase ('staff', 'people'; ``extraction/vocab/en/context.toml``): it ends its own phrase."""
    return regular_plural(word, longer_than=3) or word in irregular_plurals()


@cache
def irregular_plurals() -> frozenset[str]:
    """Irregular plurals that head a counted noun phrase ('people', 'staff', 'children'), lower case."""
    return vocab_words("context", "plurals")


def _coordinated_modifiers(toks: list[Token], j: int) -> int:
    """Where a counted word ending at token ``j`` ends when it is a modifier joined by 'and' or 'or' to another
    that modifies the same noun: after that noun ('900,000 military and civilian staff' -> the whole phrase,
    '15 deep and surface mines', '2,000 business and political leaders'); else ``j``. Not a plural, which heads
    its own phrase ('24 countries and five continents', 'cases and revenues'), regular or not ('2,000 staff and
    senior managers', '10,000 people and local firms'), nor a verb or a function word after 'and' ('10,000 people
    and caused damage', '400,000 jobs and will focus', 'customers and its')."""
    if j + 2 >= len(toks) or toks[j].low not in {"and", "or"} or _plural_head(toks[j - 1].low):
        return j
    k = j + 1
    while k < len(toks) and k - j <= 3 and toks[k].content and toks[k].text.islower() and not _verbish(toks[k]):
        k += 1
    return k if k - j > 2 else j  # a modifier and a noun after 'and': 'civilian staff'


@cache
def compared_pairs() -> frozenset[tuple[str, str]]:
    """Word pairs that set the figure after them against one before them ('compared with', 'up from'), from
    ``vocab/en/compared.tsv``."""
    return frozenset((row[0].strip().lower(), row[1].strip().lower()) for row in vocab_rows("compared.tsv"))


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


def _from_figure(toks: list[Token], fig: int) -> int | None:
    """The token of the figure a move 'from N to' the figure at token ``fig`` starts from, or None: the
    level moved to measures what the level moved from does ('raised the limit for foreign investment from
    49% to 74%': both the limit), which the words right before it ('from 49% to') do not name."""
    if fig >= 3 and toks[fig - 1].low == "to" and toks[fig - 2].mention == "figure" and toks[fig - 3].low == "from":
        return fig - 2
    return None


def _moved_to_figure(toks: list[Token], fig: int) -> int | None:
    """The token of the figure a move 'to N1 from' the figure at token ``fig`` ends at, over a conversion in
    parentheses and hedges, or None: the level moved from measures what the level moved to does ('slow a decline
    in underlying revenues to 5.4% from 10.2%', 'losses halved to $200m (£104m) from $500m': both 'losses'),
    which the words right before it ('to 5.4% from') do not name."""
    k = _hedge_before(toks, fig, "from")
    j = k - 1
    if k < 0 or j < 1:
        return None
    if toks[j].text == ")":
        o = next((m for m in range(j - 1, max(j - 8, -1), -1) if toks[m].text == "("), None)
        if o is None or not all(t.mention or t.text in CONVERSION_MARKS for t in toks[o + 1 : j]):
            return None
        j = o - 1
    return j if j > 0 and toks[j].mention == "figure" and _hedge_before(toks, j, "to") >= 0 else None


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


def _dashed(toks: list[Token], before: int, fig: int, nxt: int) -> bool:
    """True when the figure at token ``fig`` (its words from token ``before``, the token after it ``nxt``) stands
    between two spaced dashes right after a content word, an insertion that restates the phrase before it ("BA's
    estimated annual surcharge revenues - £160m - will", 'a similar sum - around 30bn baht - on'): within six
    tokens after the figure, over a date or a unit, the second dash comes before any other clause mark. Not a
    figure with a phrase of its own ('shares - a third of the firm -') or a clause ('- as well as by 30% -')."""
    if before < 2 or not _spaced_dash(toks, before - 1) or not toks[before - 2].content:
        return False  # no dash, or a hyphen
    if (nxt < len(toks) and toks[nxt].low == "of") or any(t.low in {"by", "as"} for t in toks[before:fig]):
        return False
    for t in toks[nxt : nxt + 6]:
        if t.text in DASHES:
            return True
        if t.text in CLAUSE_STOP or t.is_any("rel", "conj"):
            return False
    return False


def _level_after_move(toks: list[Token], fig: int) -> int | None:
    """The token of the figure a move 'up/down N at' ends at the figure at token ``fig``, or None: the level
    measures what the move does ('comes on sales up 21% at 8.6bn euros', 'with sales down 3.1% at 1.06
    million', 'shares were up 2.4% at $20.15'), which the words before it do not name."""
    if fig >= 3 and toks[fig - 1].low == "at" and toks[fig - 2].mention == "figure":
        move = toks[fig - 3].low
        if move in UP_DOWN or (move == "by" and fig >= 4 and toks[fig - 4].low in UP_DOWN):
            return fig - 2
    return None


def _level_after_size(toks: list[Token], fig: int) -> int | None:
    """The token of the figure right before 'to' (over hedges) that sizes the move ending at the figure at token
    ``fig``, or None: the level measures what the move does ('lifted interest rates 0.25% to 5.5%',
    'raised interest rates 0.25 points to 2.5%': over the unit of points), the object of the verb, not its subject.
    Only after a noun, the verb's object ('rose 12p to 240p': rule 7 reads the subject; 'has been raised 7.8% to
    830bn rupees': a passive, whose subject that figure's verb does not name; 'from 5% to': its own rule)."""
    k = _hedge_before(toks, fig, "to") - 1
    if k > 0 and toks[k].is_("unitnoun") and toks[k].text.islower():
        k -= 1
    if k < 1 or toks[k].mention != "figure":
        return None
    obj = toks[k - 1]
    return k if obj.content and not obj.is_any("change", "level", "verb") and not _verbish(obj) else None


#: Prepositions of where a listed figure is ('2.2% in France', '5.6% at the Environmental Protection Agency').
_WHERE = frozenset({"in", "at"})
#: Marks between the items of a list of figures ('1.5% in Germany, 2.2% in France; 3% in Spain and ...').
_LIST_MARKS = frozenset({",", ";", "and"})


def _listed_figure(toks: list[Token], before: int, nxt: int) -> int | None:
    """The token of the figure a list item 'N2 in B' follows (its words from token ``before``, the token after
    it ``nxt``), when both are written with the name of where they are: 'GDP growth of 1.5% in Germany next year
    and 2.2% in France' -> '1.5%', 'cuts of 9.6% at Agriculture and 5.6% at the EPA' -> '9.6%', 'the average
    house price was £192,713 in England; £139,544 in Wales' -> '£192,713'. None unless a name (capitalised
    words, a date after them) follows 'in' or 'at' after both figures and only list marks come between
    ('$5bn in cash and $3bn in shares': what the money is, not where)."""
    if nxt + 1 >= len(toks) or toks[nxt].low not in _WHERE or before < 5 or toks[before - 1].low not in _LIST_MARKS:
        return None
    here = _np_right(toks, nxt + 1, pp=False)
    if here is None or not _proper(toks, here):
        return None
    j = before - 1
    while j > 0 and toks[j].low in _LIST_MARKS:
        j -= 1  # ', and'
    k = j
    while k > 0 and j - k < MAX_PHRASE and (toks[k].content or toks[k].mention == "date" or _determiner(toks[k])):
        k -= 1
    e = j + 1
    while e > k + 1 and toks[e - 1].mention == "date":
        e -= 1  # '1.5% in Germany next year and': the name before the date
    if e == k + 1 or k < 1 or toks[k].low not in _WHERE or toks[k - 1].mention != "figure":
        return None  # k < 1: an 'In' opening the sentence has no figure before it (toks[-1] is the sentence's end)
    if not _proper(toks, (k + 1, e)):
        return None
    return k - 1


def _compared_figure(toks: list[Token], before: int) -> int | None:
    """The token of the figure a comparison right before token ``before`` sets this one against: the
    nearest figure before the comparison in its sentence, over a conversion in parentheses ('a profit of
    £75m ($141m) compared with £125m' -> '£75m', 'made $3.6bn, up from $2.9bn' -> '$3.6bn'); None
    when no comparison is there, when a clause mark or more than 12 words come between, and when that
    figure counts a noun after it, which the measure of the figure alone would miss ('460 cars have been
    stolen this year compared with 63')."""
    if before < 3 or (toks[before - 2].low, toks[before - 1].low) not in compared_pairs():
        return None
    k = before - 2
    if k > 0 and toks[k - 1].text == ",":
        k -= 1
    j = k - 1
    while j >= 0 and k - j <= 12:
        t = toks[j]
        if t.text == ")":
            o = next((m for m in range(j - 1, max(j - 8, -1), -1) if toks[m].text == "("), None)
            if o is None:
                return None
            j = o - 1
            continue
        if t.mention == "figure":  # but not a count of its own noun: 'about 460 Kia and Hyundai vehicles'
            return None if j + 1 < len(toks) and toks[j + 1].content else j
        if t.text in {";", ":", ".", "(", "—", "–"} or t.is_("rel"):
            return None
        j -= 1
    return None


def _fraction_of(toks: list[Token], fig: int, nxt: int, kind: str, before: int) -> int | None:
    """Token ``nxt`` when the fraction at token ``fig`` takes the phrase a determiner opens there as an 'of'
    phrase left out ('half the IMF support could come from', 'sold half its finance arm'), else None; not a
    level a move goes to or from, over the hedges before the figure ('debt will grow to more than half the
    nation's output': the debt)."""
    if kind != "fraction" or nxt != fig + 1 or nxt + 1 >= len(toks) or not _determiner(toks[nxt]):
        return None
    if any(t.low in MOVE_ENDS for t in toks[max(0, before - 1) : fig]):
        return None
    return nxt if toks[nxt + 1].content else None


def _owned_generic(toks: list[Token], i: int) -> bool:
    """True when the noun phrase at token i is a possessive determiner and generic nouns only ('its value',
    'their total'): a share of it measures what the possessive stands for, the subject of its clause. The
    phrase is read only after a possessive (asked of every 'N of X')."""
    if not toks[i].is_("possessive"):
        return False
    span = _np_right(toks, i, pp=False)
    rest = toks[i + 1 : span[1]] if span is not None else []
    return bool(rest) and all(t.is_("generic") for t in rest)


def _changed_from_to(toks: list[Token], i: int) -> tuple[int, int] | None:
    """What a verb of change moves a count from or to, 'to'/'from' at token i: the verb's subject (or its
    object when it acts on one) when the verb comes right before, over other counts, their nouns and
    their 'from'/'to' only: 'sales also fell to 1.25 million vehicles from 1.27 million' -> 'sales',
    'its workforce trimmed from 155,000 to 110,000 staff' -> 'its workforce'; None without such a verb
    ('exports to 50 countries', 'sold cars to 50 countries': no verb of change)."""
    k = _over_figures_left(toks, i - 1)
    while k > 0 and toks[k].content and i - k < 4:
        k -= 1  # the noun of a count before: 'to 1.25 million vehicles from'
    k = _over_figures_left(toks, k)
    verb = toks[k]
    if not (verb.is_("change") and verb.text.islower() and not verb.is_("det")) or verb.low in UP_DOWN:
        return None
    return _verb_object(toks, k, i) or _subject_of(toks, k + 1)


def _move_word(toks: list[Token], fig: int) -> int:
    """The token of the 'to' or 'from' of a move before the figure at token ``fig``, over the hedges between
    ('raise output to more than 200,000 cars', 'fell to about 1.2 million'), or 0 when there is none."""
    j = fig - 1
    while j > 0 and toks[j].is_("hedge") and toks[j].low not in MOVE_ENDS and not toks[j].mention:
        j -= 1
    return j if j > 0 and toks[j].low in MOVE_ENDS else 0


def _over_figures_left(toks: list[Token], k: int) -> int:
    """The nearest token at or before token k that is no figure, hedge, 'from' or 'to' (token 0 at the latest):
    leftwards over the figures of a move and their words ('fell to 1.25 million', 'from 155,000 to')."""
    while k > 0 and (toks[k].mention == "figure" or toks[k].low in MOVE_ENDS or toks[k].is_("hedge")):
        k -= 1
    return k


def _empty_head(toks: list[Token], i: int) -> bool:
    """True when token i is a generic head that is no change ('mark', 'figure', 'level'): after a
    figure it names nothing counted ('the 25,000 mark'), unlike 'a 5% rise' or '25 gains'."""
    return i < len(toks) and toks[i].is_("generic") and not toks[i].is_("change")


def _direction_head(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The phrase a direction noun heads, ending before token i: 'an overall cut (of 800,000 barrels)',
    'a decrease (of 400,000)', 'the major gain (of 2.13%)'; None when token i-1 is no direction noun."""
    if i < 1 or not (toks[i - 1].is_("change") and toks[i - 1].is_("generic")):
        return None
    k = i - 1
    while k > 0 and toks[k - 1].content and i - k < 4:
        k -= 1
    if k > 0 and _determiner(toks[k - 1]):
        k -= 1
    return k, i


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


def _money_verb(toks: list[Token], k: int) -> bool:
    """True when token k-1 is a verb whose object is the money right after it (token k, over hedges) and
    whose subject is who pays, borrows or earns it ('Wal-Mart agreed to pay $14.5m', 'Turkey is to
    borrow $10bn', 'the firm hoped to pay $100m now'): a lower-case word that is no verb of change or
    level (their subject is the measure: 'sales rose $2bn'), after 'to', a modal, an auxiliary or a
    pronoun ('which it owes $15m'). Not a participle after a noun ('a deal totalling $375m': the deal),
    a verb after a relative ('debt, which includes $23bn', 'which have exceeded $22bn'), nor a word after a move's 'to'
    ('shrink to little more than $200bn')."""
    if k < 3:
        return False
    verb, before = toks[k - 1], toks[k - 2]
    if not (verb.content and verb.text.islower()) or verb.is_any("change", "level"):
        return False
    if before.low == "to":  # not a move's 'to' ('double to'); 'is to borrow' is no move
        return not toks[k - 3].is_any("change", "level") or toks[k - 3].is_("aux")
    if not before.is_any("modal", "aux", "pron"):
        return False
    s = _skip_left(toks, k - 1, ("aux", "modal"))
    return not (s > 0 and toks[s - 1].is_("rel"))  # 'oil revenues, which have exceeded $22bn': the revenues


def _taken_from(toks: list[Token], k: int, nxt: int) -> tuple[int, int] | None:
    """What an amount right after a verb that takes it off something (``remove`` in ``vocab/en/words.tsv``; the
    figure's words start at token k, ``nxt`` is the token after it) is taken from: the phrase of 'from' or 'off'
    after the figure ('slash $5bn from its costs' -> 'its costs', 'knock 125m euros off its operating profits'
    -> 'its operating profits'); None for a date or figure there ('cut 5% from last year', 'from $3bn')."""
    if k < 1 or not toks[k - 1].is_("remove") or not toks[k - 1].text.islower():
        return None
    if nxt + 1 >= len(toks) or toks[nxt].low not in {"from", "off"} or toks[nxt + 1].mention:
        return None
    got = _np_right(toks, nxt + 1)
    if got is None and nxt + 2 < len(toks) and _determiner(toks[nxt + 1]) and toks[nxt + 2].is_("level"):
        got = nxt + 1, nxt + 3  # 'from its costs': a noun the vocabulary also lists as a verb of level
    if got is None or any(t.mention for t in toks[got[0] : got[1]]):
        return None
    return got


def _paying_verb(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The verb of paying, spending or raising (``vocab/en/spend.tsv``) whose object is the money at token k
    (its words), over 'a total of' ('agreed to pay a total of $14.5m'), when :func:`_paid_for` found no phrase
    of what it pays for: the money is the payment, not its payer ('Illva will pay 481.42m yuan, once ...',
    'it hoped to pay $100m now'). None for a participle after a noun ('the $2bn paid')."""
    v = k - 1
    if v > 2 and toks[v].low == "of" and toks[v - 1].is_("generic") and toks[v - 2].is_("det"):
        v -= 3  # 'pay a total of $14.5m'
    if v < 1 or not toks[v].text.islower() or toks[v].low not in spend_verbs():
        return None
    return (v, v + 1) if toks[v - 1].low == "to" or toks[v - 1].is_any("modal", "aux", "pron") else None


def _earning_verb(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The verb of earning (``earn`` in ``vocab/en/words.tsv``) right before the money at token k (its words, over
    hedges and bounds), in lower case, with its subject when a noun phrase that is no object of a preposition comes
    right before it (over auxiliaries): the money is what the earner earned ('Yahoo earned $187m' -> 'Yahoo earned', 'Most farmers earn
    less than $2 a day', 'The company is earning about $1.8m'), the verb alone after a pronoun ('it earned $10m')
    or any other word; None when no such verb is there."""
    v = k - 1
    if v < 1 or not toks[v].is_("earn") or not toks[v].text.islower():
        return None
    s = _skip_left(toks, v, ("aux", "modal"))
    subject = _np_left(toks, s) if s > 0 and toks[s - 1].content else None
    if subject is None or (subject[0] > 0 and toks[subject[0] - 1].is_("prep")):
        return v, v + 1  # no subject, or the object of a preposition: 'for staff earning $5,000'
    return subject[0], v + 1


def _object_figure(toks: list[Token], k: int, fig: int, nxt: int) -> bool:
    """True when the figure at token ``fig`` (its words from token k, the token after it and its conversions
    ``nxt``) is the object of the word before token k: no preposition of a move between ('almost double to
    $3bn', 'starting at £1') and no verb after it, whose subject it would be ('found 12.1 trillion pesos was
    going to the rich')."""
    if any(t.low in _TO_FIGURE for t in toks[k:fig]):
        return False
    return not (nxt < len(toks) and toks[nxt].is_any("aux", "level", "change", "modal"))


def _pronoun_verb(toks: list[Token], before: int) -> tuple[int, int] | None:
    """The verb of change or level right before a figure's words (token ``before``, over one preposition of a
    move: 'bought for', 'fell to'), when the subject of its chain is a pronoun whose antecedent no rule found:
    'It was bought for $9.4bn' -> 'bought', 'when it fell 3.0%' -> 'fell', 'They added 6.4%' -> 'added'.
    The verb is the only word of the clause that names what the figure is; a verb of level only in the
    passive (its active subject is what it measures: 'It costs $9', 'it was trading at 105 yen'); None for any
    other word."""
    v = before - 1
    if v > 0 and toks[v].low in _TO_FIGURE:
        v -= 1
    if v < 1 or not (toks[v].is_any("change", "level") and toks[v].text.islower()) or toks[v].is_any("det", "aux"):
        return None
    if not toks[v].is_("change") and (toks[v - 1].low not in PASSIVE_BE or toks[v].low.endswith("ing")):
        return None  # 'it can hit 500 degrees', 'It costs $9', 'I make $12.50': a level's subject is its measure
    s = _skip_left(toks, v, ("aux",))
    return (v, v + 1) if s > 0 and toks[s - 1].is_("pron") else None


def _figure_predicate(toks: list[Token], nxt: int) -> tuple[int, int] | None:
    """The verb a figure is the subject of, when nothing else names it: the participle after an auxiliary
    right after the figure (token ``nxt``, over its conversions): 'The remaining 12% will be retained by the
    city' -> 'retained', '12.1 trillion pesos was going to the richest' -> 'going', 'The remaining $36m will
    be paid by insurers' -> 'paid'. None without an auxiliary first ('$5m more'), or for a word that is no
    participle nor verb of change ('12% will be enough', 'under close scrutiny'). Money and percentages only:
    a bare count as a subject stands for the people or firms it counts ('The three have refused')."""
    j = nxt
    while j < len(toks) and j - nxt < 3 and toks[j].is_any("aux", "modal") and not toks[j].is_("change"):
        j += 1
    if j == nxt or j >= len(toks) or not toks[j].text.islower():
        return None
    verb = toks[j]
    passive = verb.is_("level") and toks[j - 1].low in PASSIVE_BE and not verb.low.endswith("ing")  # 'be paid'
    return (j, j + 1) if _verbish(verb) or verb.is_("change") or passive else None


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


def _clause_subject(toks: list[Token], i: int, verbs_only: bool = False) -> tuple[int, int] | None:
    """The subject of the nearest known verb before token i in the sentence ('X rose 64 points to N');
    ``verbs_only`` passes over words that may be nouns ('an overall cut')."""
    if all(map(_CHANGE_OR_LEVEL.isdisjoint, map(_CLASSES, toks[1:i]))):
        return None  # no verb of change or level before: the walk below finds none (at C speed)
    for k in range(i - 1, 0, -1):
        t = toks[k]
        if t.text in {";"}:
            return None
        if verbs_only and t.is_("generic"):
            continue
        if t.low in UP_DOWN and t.is_("change"):
            moved = _np_left(toks, k)
            if moved is not None and moved[0] > 0 and toks[moved[0] - 1].is_("verb"):
                return moved  # 'sent Fiat shares down 1.2%': the object of the verb, which 'down' moves
            continue
        if (t.is_("change") or t.is_("level")) and not t.is_("det"):
            got = _verb_object(toks, k, i) or _subject_of(toks, k + 1)
            if got is not None:
                return got
    return None


#: What may stand between a changed object and its figure: 'cut its holding from 75% to 60%', 'lowered
#: its guidance for the first quarter to $84bn', 'cut GM's stake in half to 10%'.
_TO_FIGURE = frozenset({"from", "to", "by", "in", "for", "at"})


def _verb_object(toks: list[Token], k: int, i: int) -> tuple[int, int] | None:
    """The object of a verb of change at token k when the figure at token i sizes it: 'the firm cut
    its holding from 75% to 60%' -> 'its holding', 'Apple lowered its revenue guidance to $84bn' ->
    'its revenue guidance'. A verb of change followed by a noun phrase acts on it ('rose 5%' has
    none); only prepositions of a change, hedges, dates and figures may come between the phrase and
    the figure. None for a noun ('a cut in rates') and for a phrase ending in a date or figure."""
    verb = toks[k]
    if not verb.is_("change") or not verb.text.islower() or k + 1 >= i:
        return None
    if k > 0 and toks[k - 1].is_any("det", "adjective"):
        return None
    for pp in (True, False):  # with its own phrase, else without: 'its stake in the bank'
        got = _np_right(toks, k + 1, pp=pp)
        if got is None or got[1] > i or toks[got[0]].is_("pron") or toks[got[1] - 1].mention:
            continue
        if got[1] < len(toks) and toks[got[1]].mention == "figure":
            continue  # a phrase of the figure itself: 'rose an annual 6%', 'grew a lacklustre 2.9%'
        if any(t.content for t in toks[got[0] : got[1]]) and all(
            t.mention or t.low in _TO_FIGURE or t.is_any("hedge", "det", "unitnoun") for t in toks[got[1] : i]
        ):
            return got
    return None


def _after_in(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The phrase of 'in X' or 'for X' after the figure ('$8m ($5m) in aid', '$5m to the ministry for
    its operations'), unless X is a date or a figure."""
    if i + 2 < len(toks) and toks[i].text == "(" and toks[i + 1].mention == "figure" and toks[i + 2].text == ")":
        i += 3  # a conversion in parentheses
    if i + 1 < len(toks) and toks[i].low == "to" and not toks[i + 1].mention:
        recipient = _np_right(toks, i + 1, pp=False)
        if recipient is not None and recipient[1] < len(toks) and toks[recipient[1]].low == "for":
            i = recipient[1]
    if i + 1 < len(toks) and toks[i].low in {"in", "for"} and not toks[i + 1].mention:
        got = _np_right(toks, i + 1, pp=False, through_mentions=True)
        if got is not None and not any(t.mention == "date" for t in toks[got[0] : got[1]]):
            return got
    return None


#: Words of a market session a price is quoted in ('at 115.5 pence in morning trade'): no measure.
TRADING = frozenset({"trade", "trading", "deals", "dealings"})


def _money_in(toks: list[Token], after: tuple[int, int] | None) -> tuple[int, int] | None:
    """What an amount of money is, written as a bare noun phrase after 'in' (``after``: :func:`_after_in` of the
    token after the figure, over a conversion in parentheses): '$200bn in foreign reserves', '$27bn in unpaid
    taxes', '$1bn in one-off charges'; None for a phrase with a determiner, a name or a date ('in a sale', 'in
    the red', 'in New York', 'in late Thursday trading') and for a market session ('in morning trade')."""
    if after is None or not _bare_in(toks, after):
        return None
    if after[1] < len(toks) and toks[after[1]].mention == "date":
        return None
    return after


def _bare_in(toks: list[Token], after: tuple[int, int]) -> bool:
    """True when ``after`` (:func:`_after_in`) is a bare noun phrase after 'in': a lower-case noun first, no
    determiner, name or market session ('in foreign reserves', 'in fees'; not 'in the US', 'in New York', 'in
    morning trade', nor 'for shareholders')."""
    if toks[after[0] - 1].low != "in":
        return False
    first, last = toks[after[0]], toks[after[1] - 1]
    return first.content and first.text.islower() and last.low not in TRADING


def _bare_possessive(toks: list[Token], i: int) -> bool:
    """True when token i is an apostrophe written right after a content word in -s, its possessive
    ("Novartis' shares", "Yukos' assets"), which the tokenizer splits off."""
    if i < 1 or toks[i].text not in _APOSTROPHES:
        return False
    name = toks[i - 1]
    return name.content and name.low.endswith("s") and name.end == toks[i].start


def _verb_of_owner(toks: list[Token], fig: int, nxt: int) -> bool:
    """True when the word after an 'X of N' figure is X's verb: 'reserves of $119bn beat its debt'; not
    after a determiner ('hopes of a 0.2% expansion': the figure modifies the noun after it)."""
    return fig > 1 and toks[fig - 1].low == "of" and _agrees_as_verb(toks[fig - 2], toks[nxt])


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
    return (nxt.content and _verbish(nxt) and nxt.low.endswith("ing")) or nxt.low in {"out", "off"}


def _session(toks: list[Token], k: int) -> bool:
    """True when 'ended the day' (a level verb, a determiner, a session) ends just before token k."""
    return k > 2 and toks[k - 1].low in SESSIONS and toks[k - 2].is_("det") and toks[k - 3].is_("level")


def _subject_of(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The noun phrase before a verb chain ending at token i ('sales have risen', 'shares, up')."""
    k = _skip_left(toks, i, VERB_CHAIN)
    if k + 1 < i and _level_head(toks, k):
        k += 1  # 'borrowing costs rose 5%': a noun, the subject's head, when a verb of its own follows it
    elif k + 1 == i < len(toks) and toks[i].low in _MOVE_PREPS and _level_head(toks, k):
        return _np_left(toks, i)  # 'taking borrowing costs to 1.75%': no verb of its own, the phrase moved
    if k == i or not any(t.is_any("change", "level") for t in toks[k:i]):
        return None
    if k + 1 < i and toks[k].is_("change") and toks[k + 1].is_("aux") and toks[k + 1].is_("level"):
        return _noun_before_verb(toks, k)
    having = toks[k].low == "having"
    if having or _participle_clause(toks, k, i):
        # 'the deficit hit its highest level in years having increased by $43bn', 'Brent crude rose in London
        # trading, adding $1.89': the subject of a participle clause is the subject of the verb before it,
        # not that verb's object (nor a noun of change: 'recorded its largest gain, surging 3.5%')
        opening = None if having else _clause_opening(toks, k - 1)
        got = opening or _clause_subject(toks, k, verbs_only=not having)
        if got is not None:
            return got
    if k > 0 and toks[k - 1].low == "to":
        k = _skip_left(toks, k - 1, ("aux", "level", "change"))
        if k + 1 < i and _level_head(toks, k):
            k += 1  # 'expect borrowing costs to stay at 2%'
        if k > 1 and _verbish(toks[k - 1]) and toks[k - 2].is_("aux"):
            k = _skip_left(toks, k - 1, ("aux",))  # 'the index is poised to drop 0.2%'
    if _session(toks, k):
        k = _skip_left(toks, k - 3, ("aux", "level"))  # 'the index ended the day up 0.7%'
    if k > 0 and toks[k - 1].text == "," and toks[k].low in UP_DOWN:
        k -= 1
    elif _participle_after_comma(toks, k):
        k -= 1  # "the world's fourth biggest bank, valued at $180bn": the phrase the participle follows
    elif k > 1 and toks[k - 1].text == ",":
        o = next((j for j in range(k - 2, max(k - 14, 0), -1) if toks[j].text == ","), None)
        if o is not None and toks[o + 1].is_("rel"):
            k = o  # 'core prices, which exclude food, surged by 0.8%': the phrase before the clause
        elif o is not None and o > 0 and toks[o - 1].content and _apposition(toks[o + 1 : k - 1]):
            k = o  # "Turkcell's stake in Irancell, the new network, should be cut": the phrase before the apposition
    else:
        k = _before_dashes(toks, k)  # 'sales outside Europe - its core market - rose 16.5%'
    return _np_left(toks, _before_relative(toks, k))


#: How many tokens an insertion between spaced dashes may hold ('- the main target of government efforts to
#: impose curbs on credit and investments -' holds 14).
MAX_INSERTION = 20


def _before_dashes(toks: list[Token], k: int) -> int:
    """Where the phrase before an insertion between spaced dashes that ends right before token k starts reading
    leftwards: the opening dash, when a content word comes before it ('Growth in industrial output - the main
    target of government efforts - was 11.5%', 'consumer spending - which drives two thirds of the US economy -
    grew 0.2%': the subject is the phrase before the insertion, not a noun inside it); k itself when no spaced
    dash ends there, or when no opening dash comes within ``MAX_INSERTION`` tokens before a clause mark."""
    if k < 4 or not _spaced_dash(toks, k - 1):
        return k  # no dash, or a hyphen
    for j in range(k - 2, max(k - 2 - MAX_INSERTION, 0), -1):
        t = toks[j]
        if t.text in DASHES:
            spaced = t.start > toks[j - 1].end and toks[j + 1].start > t.end
            return j if spaced and toks[j - 1].content else k
        if t.text in CLAUSE_STOP or t.text in {".", "!", "?"}:
            return k
    return k


def _apposition(toks: list[Token]) -> bool:
    """True when the tokens, set off by commas after a phrase, are a noun phrase of their own opening with a
    determiner ('the new network', "the UK's biggest retailer"): an apposition that renames the phrase before
    it, no clause (no verb, figure or clause mark among them)."""
    return bool(toks) and _determiner(toks[0]) and _object_words(toks) and not any(map(_verbish, toks))


def _participle_clause(toks: list[Token], k: int, i: int) -> bool:
    """True when token k is a verb of change or level in -ing right after a comma and its figure is token i
    (over hedges), opening a participle clause whose subject is the subject of the clause before the comma
    ('Brent crude also rose in London trading, adding $1.89', 'the stock tumbled in Paris, shedding 15%');
    not a figure of the verb's object ('hitting an annual rate of 1.6%': the rate)."""
    t = toks[k]
    if not (k > 1 and toks[k - 1].text == "," and i < len(toks) and toks[i].mention == "figure"):
        return False
    return _verbish(t) and t.low.endswith("ing") and t.is_any("change", "level")


def _participle_after_comma(toks: list[Token], k: int) -> bool:
    """True when token k is a participle in -ed with 'at' after it, right after a comma that closes
    no insertion: it follows the phrase before the comma ("the world's fourth biggest bank, valued at
    $180bn", 'three projects, valued at $500m'); not a finite verb after an apposition or a relative
    clause ('Shares in Acme, the only listed club, closed at 205p', 'X, which owns Y, dropped')."""
    t = toks[k]
    if not (k > 1 and toks[k - 1].text == "," and k + 1 < len(toks) and toks[k + 1].low == "at"):
        return False
    if not (_verbish(t) and t.low.endswith("ed")):
        return False
    return not any(u.text in CLAUSE_STOP or u.is_("rel") for u in toks[max(0, k - 16) : k - 1])


def _noun_before_verb(toks: list[Token], k: int) -> tuple[int, int]:
    """The phrase a direction word at token k heads when a form of 'be' or 'have' follows it: a verb
    of change is never followed by one, so the word is a noun ('the September crude contract was up
    19 cents', 'the pay rise was 3%', 'the increase has been 2%'), with its modifiers and determiner."""
    head = _np_left(toks, k)
    if head is not None:
        return head[0], k + 1  # with a phrase it follows: 'the pace of price increases is'
    det = k > 0 and _determiner(toks[k - 1])
    return (k - 1 if det else k), k + 1


def _before_relative(toks: list[Token], k: int) -> int:
    """Where the phrase a relative pronoun before token k refers to ends: 'Ford, which has' -> after
    'Ford' (over the comma and a parenthesis before 'which'); k itself when no 'which'/'that' is before."""
    if k > 0 and toks[k - 1].is_("rel"):
        k -= 1
        while k > 0 and toks[k - 1].text in {",", ")"}:
            k -= 1
            if toks[k].text == ")":
                while k > 0 and toks[k - 1].text != "(":
                    k -= 1
                k = max(k - 1, 0)
    return k


def find_holder(toks: list[Token], fig: int) -> tuple[int, int] | None:
    """Token range of who holds, employs or counts the things a count counts, or None.

    A count's measure is its counted noun ('13,000 workers'); what the count is about is the subject
    of the verb that states it: 'Ford, which has 13,000 workers', 'Dell is eliminating about 6,650
    roles', 'the start-up employs around 600 people', 'the launches will offer a combined 435 homes'.
    The verb is the word right before the figure (over its determiner and adjectives), lower case,
    with the auxiliaries and adverbs before it; a relative pronoun leads to the phrase it follows.
    """
    k = _skip_left(toks, fig, ("hedge",))
    j = k
    while j > 0 and k - j < 2 and toks[j - 1].content and not toks[j - 1].is_("give"):
        j -= 1  # 'a record 32 goals', 'a combined 435 homes'
    if j < k and j > 0 and toks[j - 1].is_("det"):
        k = j - 1
    if k > 1 and toks[k - 1].low == "of":
        # 'a survey of seven countries', 'a study of 135 firms', 'an increase of 600 jobs'
        return _np_left(toks, k - 1, pp=False) or _direction_head(toks, k - 1)
    m = k - 1 if k > 1 and toks[k - 1].low in {"by", "with"} else k  # 'grew by 600 jobs', 'begin with 1,100 homes'
    verb = toks[m - 1] if m > 0 else None
    if verb is not None and (verb.is_any("level", "change", "give", "verb") or _verbish(verb)):
        m -= 1
    elif m == k and verb is not None and verb.content and verb.text.islower():
        m -= 1  # in news prose a lower-case word before a count is its verb ('employs', 'netted')
    else:
        return _clause_opening(toks, k)
    m = _skip_left(toks, m, ("aux",))
    if m > 1 and toks[m - 1].low == "to":
        m = _skip_left(toks, m - 1, ("aux", "level"))  # 'was to have 400 stations', 'is set to offer'
        if m > 0 and _verb_like(toks, m - 1):
            return None  # 'they would need to add ten users'
    m = _before_relative(toks, m)
    if m > 1 and toks[m - 1].low in {"it", "they"} and toks[m - 2].is_("verb"):
        m = _skip_left(toks, m - 2, ("aux",))  # 'the company said it has 1,000 customers': the speaker
    got = _np_left(toks, m)
    if got is None or any(t.is_("pron") for t in toks[got[0] : got[1]]):
        return None
    return got


def _clause_opening(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The phrase that opens the clause of token i, when it is a name or a noun phrase followed by its
    verb: 'Morro Bay is the home port for about 60 fishermen', 'florida came in second with 1,385,710
    strikes' (after 'while'), 'Christian Washington rushed for 138 yards and 2 TDs'."""
    k = i
    while k > 0 and toks[k - 1].text not in CLAUSE_STOP and not (toks[k - 1].is_("conj") and k - 1 > 0):
        k -= 1
    got = _np_right(toks, k, pp=False)
    if got is None or got[1] >= i or toks[got[0]].is_("pron"):
        return None
    after = toks[got[1]]
    if not (after.is_any("aux", "level", "change", "verb", "give") or _verbish(after) or _verb_like(toks, got[1])):
        return None
    return got
