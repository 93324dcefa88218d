"""Subjects and objects: the phrase the verb before a figure says something about. The subject of a verb
chain ('sales have risen 5%'), over insertions between dashes, appositions, relative clauses and participle clauses;
the object of a verb of change when the figure sizes it ('cut its holding from 75% to 60%'); the subject of a
move's verb before 'to'/'from' and a count; the phrase that opens a clause ('Morro Bay is the home port for about
60 fishermen'). Read by rule 7 and its fallbacks in ``rules`` and by the holder in ``counts``."""

from __future__ import annotations

from ..words import Token
from .phrase import _apposition, _level_head, _np_left, _np_right
from .tokens import (
    _CLASSES,
    CLAUSE_STOP,
    DASHES,
    VERB_CHAIN,
    _determiner,
    _noun_before_own_verb,
    _skip_left,
    _spaced_dash,
    _verb_like,
    _verbish,
)
from .vocab import CHANGE_OR_LEVEL, MOVE_ENDS, MOVE_PREPS, SESSIONS, TO_FIGURE, UP_DOWN


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


def _determined_head(toks: list[Token], head: int) -> tuple[int, int] | None:
    """The phrase a word of level or change that is also a noun at token ``head`` heads after a determiner, over up
    to three words of the phrase ('the total', 'the annual total'), when 'up' or 'down' follows it: the noun that a
    verb before moves ('taking the annual total up 35.4%', 'pushing the total down 4%'), not a verb the phrase ends
    before ('The shares closed down': 'closed' is no noun). None for any other word."""
    t = toks[head] if 0 < head < len(toks) - 1 else None
    if t is None or t.content or not t.is_any("level", "change") or not t.is_any("generic", "noun", "levelnoun"):
        return None  # a word the vocabulary also lists as a noun: 'total', not 'closed' ('The shares closed down')
    if toks[head + 1].low not in UP_DOWN:
        return None
    j = head
    while j > 0 and head - j < 3 and toks[j - 1].content:
        j -= 1  # the words of the phrase before its head: 'the annual total'
    return (j - 1, head + 1) if j > 0 and _determiner(toks[j - 1]) else None


def _clause_subject(toks: list[Token], i: int, verbs_only: bool = False) -> tuple[int, int] | None:
    """The subject of the nearest known verb before token i in the sentence ('X rose 64 points to N');
    ``verbs_only`` passes over words that may be nouns ('an overall cut')."""
    if all(map(CHANGE_OR_LEVEL.isdisjoint, map(_CLASSES, toks[1:i]))):
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
            t.mention or t.low in TO_FIGURE or t.is_any("hedge", "det", "unitnoun") for t in toks[got[1] : i]
        ):
            return got
    return None


def _session(toks: list[Token], k: int) -> bool:
    """True when 'ended the day' (a level verb, a determiner, a session) ends just before token k."""
    return k > 2 and toks[k - 1].low in SESSIONS and toks[k - 2].is_("det") and toks[k - 3].is_("level")


def _subject_of(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The noun phrase before a verb chain ending at token i ('sales have risen', 'shares, up')."""
    k = _skip_left(toks, i, VERB_CHAIN)
    if k + 1 < i and (_level_head(toks, k) or _noun_before_own_verb(toks, k)):
        k += 1  # 'borrowing costs rose 5%', 'the jobless total had reached': a noun, the subject's head
    elif k + 1 == i < len(toks) and toks[i].low in MOVE_PREPS and _level_head(toks, k):
        return _np_left(toks, i)  # 'taking borrowing costs to 1.75%': no verb of its own, the phrase moved
    elif k < i and (moved := _determined_head(toks, k)) is not None:
        return moved  # 'taking the annual total up 35.4%': the phrase moved up, no verb of its own
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
