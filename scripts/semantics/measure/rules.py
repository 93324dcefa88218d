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
   what it pays for, the verb with the verbs leading to it and its payer, what the payer pays (:func:`_with_payer`:
   'Illva will pay 481m yuan' -> 'Illva will pay', 'it had aimed to save £220m' -> 'aimed to save');
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
   costs'); money right after another verb of its use, after 'to', a modal or an auxiliary, is that verb's, read
   with its actor ('Turkey is to borrow $10bn' -> 'Turkey is to borrow'), not the actor alone;
8. ``N in X`` ('$800m in sales'), unless X is a date; a verb of change after a pronoun no rule resolved, or
   of level in the passive, is the measure ('It was bought for $9.4bn', 'when it fell 3%');
9. else the nearest noun phrase before the figure in its clause (over a list of figures), else the
   sentence's first phrase; else, for money or a percentage, the participle it is the subject of ('The
   remaining 12% will be retained by the city').

A phrase that is only another figure with its determiner ('a 52% rise in profits to £198m' read 'a 52%') names no
measure: the figure measures what that one does ('profits'). A phrase that only points back at an earlier figure
('For Thailand, that figure is much lower at 0.1%': :func:`points_back`) takes, in the semantic pipeline, the measure
of the last figure of its kind before it, in its paragraph or the one before.

The result is a span ``[start, end)`` of the text, checked like a quote by the validation.

This module holds the order of the rules; the readers they call (noun phrases, subjects, money, other figures,
counts) are the sibling modules of the package (see ``newsfigures.semantics.measure``).
"""

from __future__ import annotations

from ..words import Token
from .clause import _changed_from_to, _clause_subject, _move_word, _session, _subject_of
from .counts import _counted
from .figures import (
    _RATIO_RE,
    _compared,
    _compared_figure,
    _dashed,
    _figure_phrase,
    _fraction_of,
    _from_figure,
    _level_after_move,
    _level_after_size,
    _listed_figure,
    _moved_to_figure,
)
from .money import (
    _after_in,
    _bare_in,
    _earning_verb,
    _money_in,
    _money_verb,
    _object_figure,
    _paid_for,
    _paying_verb,
    _purpose_after,
    _relative_after,
    _sold_for,
    _taken_from,
    _valued_at,
    _with_payer,
)
from .phrase import _direction_head, _np_left, _np_right, _owned_generic
from .tokens import (
    _APOSTROPHES,
    _CONTENT,
    _MAX_BOUND,
    CLAUSE_STOP,
    MAX_PHRASE,
    MODIFIER_KINDS,
    PHRASE_STOP,
    _agrees_as_singular_verb,
    _agrees_as_verb,
    _count_word,
    _determiner,
    _empty_head,
    _named_verb,
    _object_words,
    _over_bound,
    _over_conversions,
    _participle_modifier,
    _particle_modifier,
    _proper,
    _skip_left,
    _verb_before_amount,
    _verb_like,
    _verbish,
)
from .vocab import (
    ANAPHOR_DETERMINERS,
    ANAPHOR_HEADS,
    ARTICLES,
    BOUND_PREPS,
    CHANGE_PREPS,
    CLAUSE_OPENERS,
    HELD_AGAIN,
    HELD_STATES,
    HELD_VERBS,
    MOVE_ENDS,
    OPENING_PREPS,
    PASSIVE_BE,
    TO_FIGURE,
    speech_verbs,
    time_words,
)


def find_measure(toks: list[Token], fig: int, kind: str, noun: str) -> tuple[int, int] | None:
    """Token range of what the figure at token ``fig`` measures, or None. A phrase that is only another
    figure with its determiner ('a 52% rise in profits to £198m' gave 'a 52%', 'less than the 4.3% rise',
    "$220m of the $550m it lost") names no measure: the figure measures what that figure does."""
    toks = _count_as_determiner(toks, fig)
    got = _measure(toks, fig, kind, noun)
    possessive_end = _time_possessive(toks, got) if got is not None else None
    if possessive_end is not None:
        got = _after_time_possessive(toks, possessive_end, fig)
    other = _figure_phrase(toks, got, fig)
    if other is None:
        return got
    theirs = _measure(toks, other, kind, "")
    return got if theirs is None or _figure_phrase(toks, theirs, other) is not None else theirs


def _count_as_determiner(toks: list[Token], fig: int) -> list[Token]:
    """The tokens with a count left unread right before the figure read as a determiner ('three quarter-point
    rate rises', 'two 50bp cuts': the number of moves, each of the figure's size), as 'several' is: it opens the
    phrase the figure modifies and is no phrase the figure measures. The list itself when there is none."""
    if fig == 0 or not _count_word(toks[fig - 1]):
        return toks
    out = list(toks)
    out[fig - 1] = toks[fig - 1]._replace(classes=_DETERMINER)
    return out


_DETERMINER = frozenset({"det"})


def points_back(phrase: str) -> bool:
    """Whether a measure phrase only points back at an earlier figure: 'figure', 'that figure', 'the figure'
    ("For Thailand, that figure is much lower at 0.1%"; "December's figure", whose time's possessive the rules
    leave out). It names nothing itself: the caller gives the figure the measure of the figure it points at."""
    words = phrase.lower().split()
    return 1 <= len(words) <= 2 and words[-1] in ANAPHOR_HEADS and (len(words) == 1 or words[0] in ANAPHOR_DETERMINERS)


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
    if len(words) == 1 and words[0].low.endswith(("'s", "’s")) and words[0].low[:-2] in time_words():
        return e  # "March's", "the quarter's": one token
    marks = [k for k in range(i, e) if toks[k].text in _APOSTROPHES]
    if len(marks) != 1 or e - marks[0] > 2 or (e - marks[0] == 2 and toks[e - 1].low != "s"):
        return None
    owner = [t for t in toks[i : marks[0]] if not t.is_("det")]
    return e if owner and all(t.mention == "date" or t.is_("time") for t in owner) else None


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
    if nxt + 1 < len(toks) and toks[nxt].is_("change") and toks[nxt + 1].low in CHANGE_PREPS:
        got = _np_right(toks, nxt + 2)
        if got is not None and not toks[nxt + 2].mention:
            return got
        if got is not None and toks[nxt + 2].mention == "date" and any(t.content for t in toks[got[0] : got[1]]):
            return got  # a date opening the phrase names it with its noun: 'a 22% fall in first quarter profits''
    # 3. the figure modifies the phrase after it ('a 25% tax'), when no phrase of its own precedes it
    determined = any(t.is_("det") for t in toks[before:fig]) or (prev is not None and prev.is_("det"))
    opened = (
        determined
        or (prev is not None and prev.low in OPENING_PREPS)
        or toks[fig].text.split()[0].lower() in ARTICLES  # 'a million dollar house'
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
    # 6c. a level kept in a state before 'at': what is kept, not its keeper nor the state ('has kept interest rates
    # on hold at 4.75%', 'remained steady at £1.5bn')
    held = _held_level(toks, before, fig)
    if held is not None:
        return held
    # 6d. a phrase right before the figure ('CAC -1.7%', 'base price: $59,995'), not a verb
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
            # 'Illva will pay 481.42m yuan', 'agreed to pay a total of $14.5m': the payment, not the payer alone
            return _with_payer(toks, paid[0], k)
    earned = _earning_verb(toks, k) if kind in {"money", "rate"} else None  # a word's class: cheap, asked first
    if earned is not None and _object_figure(toks, k, fig, nxt):
        after = after_in()
        if after is not None and _bare_in(toks, after):
            return after  # 'earned $5m in fees last year': what the money is (not 'in the US', 'for shareholders')
        return earned  # 'GM earned $3.7bn', 'is earning about $1.8m an hour': the earnings, not the earner
    got = _subject_of(toks, before)
    if got is None and kind == "money" and _money_verb(toks, k) and _object_figure(toks, k, fig, nxt):
        # 'plans to invest $10bn', 'Turkey is to borrow $10bn': the verb names the money's use, its subject whose
        return _with_payer(toks, k - 1, k)
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


def _held_level(toks: list[Token], before: int, fig: int) -> tuple[int, int] | None:
    """What a level kept in a state before 'at' and the figure at token ``fig`` measures ('at' read as a hedge or
    not; the words before the figure start at token ``before``; the states are ``held_states``: 'on hold',
    'unchanged', 'steady'): the words between a verb of keeping (``held_verbs``) and the state, what is kept, not
    who keeps it ('The Bank has kept interest rates on hold at 4.75%', 'to keep borrowing costs steady at 3%'); else
    the phrase the state follows, or the subject of the verb before the state ('the surplus remained steady at
    £1.5bn', not the state word). None when no state comes before 'at', or no phrase is found."""
    j = before if before < fig and toks[before].low == "at" else before - 1
    if j < 2 or toks[j].low != "at":
        return None
    if toks[j - 1].low in HELD_AGAIN:
        j -= 1  # 'left interest rates on hold again at 4.75%'
    s = next(
        (j - len(st) for st in HELD_STATES if j > len(st) and [t.low for t in toks[j - len(st) : j]] == list(st)),
        None,
    )
    if s is None:
        return None
    verb = next((v for v in range(s - 1, max(s - 1 - MAX_PHRASE, 0), -1) if toks[v].low in HELD_VERBS), None)
    kept = toks[verb + 1 : s] if verb is not None else []
    if verb is not None and kept and _object_words([t for t in kept if not t.is_("levelnoun")]):  # 'costs': a noun
        return verb + 1, s  # 'to keep borrowing costs steady': the object, whatever its head could also be
    if toks[s - 1].content and not _verb_like(toks, s - 1):
        return _np_left(toks, s)
    return _subject_of(toks, s)


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


SHARE_KINDS = frozenset({"percent", "fraction"})


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


def _pronoun_verb(toks: list[Token], before: int) -> tuple[int, int] | None:
    """The verb of change or level right before a figure's words (token ``before``, over one preposition of a
    move: 'bought for', 'fell to'), when the subject of its chain is a pronoun whose antecedent no rule found:
    'It was bought for $9.4bn' -> 'bought', 'when it fell 3.0%' -> 'fell', 'They added 6.4%' -> 'added'.
    The verb is the only word of the clause that names what the figure is; a verb of level only in the
    passive (its active subject is what it measures: 'It costs $9', 'it was trading at 105 yen'); None for any
    other word."""
    v = before - 1
    if v > 0 and toks[v].low in TO_FIGURE:
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


def _verb_of_owner(toks: list[Token], fig: int, nxt: int) -> bool:
    """True when the word after an 'X of N' figure is X's verb: 'reserves of $119bn beat its debt'; not
    after a determiner ('hopes of a 0.2% expansion': the figure modifies the noun after it)."""
    return fig > 1 and toks[fig - 1].low == "of" and _agrees_as_verb(toks[fig - 2], toks[nxt])
