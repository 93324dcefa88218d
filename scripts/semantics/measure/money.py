"""What an amount of money is for, read from the words after and before it: what it pays for after a verb
of paying or spending ('spent A$584m on a stake', ``spend.tsv``), the purpose after it ('$4m to fund checks'),
what it buys or sells ('bought the unit for $9.4bn', ``sale.tsv``), what it values ('values the club at £800m',
``value.tsv``), what it is taken from ('slash $5bn from its costs'), a relative clause or a bare 'in' phrase that
says what it is ('$200bn in foreign reserves'), and the verbs of paying and earning that name it when nothing else
does. Rules 5 to 8 of ``rules`` ask these in turn."""

from __future__ import annotations

from ...extraction.lexicon import regular_plural
from ..words import Token
from .phrase import _np_left, _np_right
from .tokens import (
    CLAUSE_STOP,
    CONVERSION_MARKS,
    MAX_PHRASE,
    _determiner,
    _object_words,
    _skip_left,
    _verbish,
)
from .vocab import (
    AFTER_PREPS,
    LEAD_VERBS,
    PARTY_PREPS,
    PAYING_PARTICLES,
    RELATIVES,
    TAKEN_PREPS,
    TO_FIGURE,
    TRADING,
    sale_verbs,
    speech_verbs,
    spend_verbs,
    value_verbs,
)


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
    if (
        prev is not None
        and (prev.content or prev.is_any("change", "level", "prep"))
        and prev.low not in PAYING_PARTICLES
    ):
        return None  # nor after a recipient: 'China lent Russia $6bn to help': the transfer (rule 6)
    o = nxt + 3 if toks[nxt + 2].is_("particle") and nxt + 3 < len(toks) else nxt + 2  # 'to pay back gains'
    if toks[o].mention or not (toks[o].content or _determiner(toks[o])):
        return None
    return _np_right(toks, o)


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
    stop = next((j for j in range(first, k) if toks[j].low in PARTY_PREPS or toks[j].text == ","), k)
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
    j = nxt + 1 if nxt < len(toks) and toks[nxt].low in RELATIVES else nxt
    if j >= len(toks) or not toks[j].is_("pron") or toks[j].low in RELATIVES:
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
    if nxt + 1 >= len(toks) or toks[nxt].low not in TAKEN_PREPS or toks[nxt + 1].mention:
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
    'it hoped to pay $100m now'; the caller reads it with its payer: :func:`_with_payer`). None for a participle
    after a noun ('the $2bn paid')."""
    v = k - 1
    if v > 2 and toks[v].low == "of" and toks[v - 1].is_("generic") and toks[v - 2].is_("det"):
        v -= 3  # 'pay a total of $14.5m'
    if v < 1 or not toks[v].text.islower() or toks[v].low not in spend_verbs():
        return None
    return (v, v + 1) if toks[v - 1].low == "to" or toks[v - 1].is_any("modal", "aux", "pron") else None


def _earning_verb(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The verb of earning (``earn`` in ``vocab/en/words.tsv``) right before the money at token k (its words, over
    hedges and bounds), in lower case, with its subject when a noun phrase that is no object of a preposition comes
    right before it (over auxiliaries and verbs leading to it: :func:`_with_payer`): the money is what the earner
    earned ('Yahoo earned $187m' -> 'Yahoo earned', 'Most farmers earn less than $2 a day', 'The company is earning
    about $1.8m'), the verb alone after a pronoun ('it earned $10m') or any other word; None when no such verb is
    there."""
    v = k - 1
    if v < 1 or not toks[v].is_("earn") or not toks[v].text.islower():
        return None
    return _with_payer(toks, v, v + 1)  # the verb alone after a preposition's object: 'for staff earning $5,000'


def _object_figure(toks: list[Token], k: int, fig: int, nxt: int) -> bool:
    """True when the figure at token ``fig`` (its words from token k, the token after it and its conversions
    ``nxt``) is the object of the word before token k: no preposition of a move between ('almost double to
    $3bn', 'starting at £1') and no verb after it, whose subject it would be ('found 12.1 trillion pesos was
    going to the rich')."""
    if any(t.low in TO_FIGURE for t in toks[k:fig]):
        return False
    return not (nxt < len(toks) and toks[nxt].is_any("aux", "level", "change", "modal"))


def _after_in(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The phrase of 'in X' or 'for X' after the figure ('$8m ($5m) in aid', '$5m to the ministry for
    its operations'), unless X is a date or a figure."""
    if i + 2 < len(toks) and toks[i].text == "(" and toks[i + 1].mention == "figure" and toks[i + 2].text == ")":
        i += 3  # a conversion in parentheses
    if i + 1 < len(toks) and toks[i].low == "to" and not toks[i + 1].mention:
        recipient = _np_right(toks, i + 1, pp=False)
        if recipient is not None and recipient[1] < len(toks) and toks[recipient[1]].low == "for":
            i = recipient[1]
    if i + 1 < len(toks) and toks[i].low in AFTER_PREPS and not toks[i + 1].mention:
        got = _np_right(toks, i + 1, pp=False, through_mentions=True)
        if got is not None and not any(t.mention == "date" for t in toks[got[0] : got[1]]):
            return got
    return None


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


def _with_payer(toks: list[Token], v: int, end: int) -> tuple[int, int]:
    """The verb of the money's use at token ``v`` read with the words that lead to it and its subject, up to token
    ``end`` (the figure's words; 'a total of' stays in): what who pays, spends, saves or invests, not the bare verb
    ('The firm agreed to invest 242m pesos' -> 'The firm agreed to invest', 'Fiat is to get 1bn euros' -> 'Fiat is to
    get', 'Ten directors have agreed to pay a total of $54m' -> 'Ten directors have agreed to pay a total of'). The
    chain runs back over auxiliaries, modals, adverbs and verbs that lead to it through 'to' (``lead_verbs``: 'aims
    to save', 'is planning to invest'); the subject is the noun phrase right before the chain, not after a
    preposition (whose object it is); after a pronoun, a relative or anything else the chain alone from its first verb
    ('it had aimed to save' -> 'aimed to save', 'it would spend' -> 'spend'), and the verb alone after a noun's 'to'
    ('a deal with the IMF to borrow')."""
    j = v
    while True:
        j = _skip_left(toks, j, ("aux", "modal"))
        if j > 1 and toks[j - 1].low == "to" and toks[j - 2].text.islower():
            lead = toks[j - 2]
            if lead.low in LEAD_VERBS or (lead.is_("aux") and not lead.mention):
                j -= 2  # 'agreed to', 'is to'
                continue
        break
    subject = _np_left(toks, j) if j > 0 and toks[j - 1].content else None
    s = subject[0] if subject is not None else 0
    if s > 1 and toks[s - 1].low == "of" and toks[s - 2].mention == "figure":
        s -= 2  # '10 of the former directors will pay': a count of the phrase
    if subject is not None and not (s > 0 and toks[s - 1].is_("prep")):
        return s, end
    while j < v and (toks[j].is_any("aux", "modal") or toks[j].adverb):
        j += 1  # no subject: the chain from its first verb ('it had aimed to save' -> 'aimed to save')
    return j, end
