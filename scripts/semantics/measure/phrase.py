"""The noun-phrase walk: the run of content words that is a phrase, read rightwards from a token (after a
figure: 'a 25% tax on imported vehicles') or leftwards from one (before a figure or verb: 'the average house price
in England and Wales rose'), with its determiner, its possessive, a date inside it and one or two prepositional
phrases. What the words of a phrase are (content, date, generic head, 'costs' as a noun) comes from
``tokens`` and the word classes; which phrase a rule wants is for ``clause``, ``money`` and ``rules``."""

from __future__ import annotations

from ..words import Token
from .tokens import (
    _MAX_BOUND,
    MAX_PHRASE,
    _bare_possessive,
    _determiner,
    _noun_after,
    _noun_before_own_verb,
    _object_words,
    _over_bound,
    _place_noun,
    _possessive_before,
    _spaced_dash,
    _unit_head,
    _verbish,
)
from .vocab import LEFT_PP, LEFT_PP_OUTER, LEFT_PP_PAIRS, MOVE_PREPS, OF_HEADS, PP_EXTEND


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


def _generic_modifier(toks: list[Token], i: int, j: int, k: int) -> bool:
    """True when token k is a generic word right after the determiners of a phrase starting at token i (they end
    at token j) or a possessive ("Russia's total oil output"), and before a content word: a modifier ('its total
    annual budget', 'the total debt'), not a verb of level ('sales total $3bn') nor a head of its own ('16% of the
    total': what the clause names)."""
    if not (toks[k].is_("generic") and (k == j > i or _possessive_before(toks, k))):
        return False
    return _noun_after(toks, k)  # 'the total issued and outstanding shares': no


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
    if after.low in MOVE_PREPS:
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
    if i > 0 and toks[i - 1].content and _verbish(toks[i - 1]) and _of_head(toks, i - 1) is None:
        return None  # but 'the number of unemployed', 'the cost of borrowing': a noun after a head's 'of'
    k = i
    while k > 0 and i - k < MAX_PHRASE:
        if (
            toks[k - 1].content
            or toks[k - 1].mention == "date"
            or _place_noun(toks, k - 1)
            or _unit_head(toks, k - 1)
            or _level_head(toks, k - 1)
            or _noun_before_own_verb(toks, k - 1)
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
        head = _of_head(toks, k)
        if head is not None:
            k = head  # 'The number of unemployed', 'the total of jobless claims': the head keeps its phrase
            break
        if k > 2 and (toks[k - 2].low, toks[k - 1].low) in LEFT_PP_PAIRS and toks[k - 3].content:
            left = _np_left(toks, k - 2, pp=False)  # 'people out of work': a preposition of two words
            if left is None:
                break
            k = left[0]
            continue
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


#: How many modifiers may stand between the determiner and a head of :func:`_of_head` ('the total annual number of').
MAX_HEAD_MODIFIERS = 2


def _of_head(toks: list[Token], k: int) -> int | None:
    """Where the phrase of a quantity head starts when 'of' and the head (``vocab/en/measure.toml`` of_heads) come
    right before token k after a determiner, over up to two modifiers: 'The number of (unemployed)', 'the annual
    total of (claims)', 'the cost of (borrowing)'. Such a head names no measure of its own, so its 'of' phrase stays
    with it, and the word after 'of' is a noun even in -ed or -ing. None for any other word before k."""
    if k < 3 or toks[k - 1].low != "of" or toks[k - 2].low not in OF_HEADS or toks[k - 2].mention:
        return None
    j = k - 2
    while j > 0 and k - 2 - j < MAX_HEAD_MODIFIERS and toks[j - 1].content:
        j -= 1
    return j - 1 if j > 0 and _determiner(toks[j - 1]) else None


#: How many items before 'and' a list joined by commas holds at most, read leftwards ('factories, mines and').
MAX_LISTED = 4


def _coordinated_name(toks: list[Token], k: int) -> int:
    """Where a name joined by 'and' to the name starting at token k starts, when a preposition of a noun comes
    before it ('house price in England and Wales', 'prices in the South East and London', 'remittances to Latin
    America and the Caribbean'): the names are one phrase, the object of that preposition; k itself otherwise
    ('Toyota and Honda shares', 'sales rose and Nationwide reported', 'prices rose in London and house sales fell').
    A list with commas before 'and' is one object too ('sales at restaurants, bars and coffee houses', 'output from
    factories, mines and utilities')."""
    if k < 3 or toks[k - 1].low != "and" or not _named(toks, k):
        return k
    left = _np_left(toks, k - 1, pp=False)
    for _ in range(MAX_LISTED):
        if left is None or left[0] < 3 or toks[left[0] - 1].text != "," or not _named(toks, left[0]):
            break
        left = _np_left(toks, left[0] - 1, pp=False)  # 'restaurants, bars and': the item before the comma
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


def _owned_generic(toks: list[Token], i: int) -> bool:
    """True when the noun phrase at token i is a possessive determiner and generic nouns only ('its value',
    'their total'): a share of it measures what the possessive stands for, the subject of its clause. The
    phrase is read only after a possessive (asked of every 'N of X')."""
    if not toks[i].is_("possessive"):
        return False
    span = _np_right(toks, i, pp=False)
    rest = toks[i + 1 : span[1]] if span is not None else []
    return bool(rest) and all(t.is_("generic") for t in rest)


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


def _apposition(toks: list[Token]) -> bool:
    """True when the tokens, set off by commas after a phrase, are a noun phrase of their own opening with a
    determiner ('the new network', "the UK's biggest retailer"): an apposition that renames the phrase before
    it, no clause (no verb, figure or clause mark among them)."""
    return bool(toks) and _determiner(toks[0]) and _object_words(toks) and not any(map(_verbish, toks))
