"""A date in a clause about something else than the figure: a relative clause, a participle aside, an aside between
dashes."""

from __future__ import annotations

import re

from ...extraction.dates import words_re
from ...extraction.mentions import DateMention
from ...extraction.patterns import word_trie
from ..per_text import per_text
from .clauses import _LEAD, SENTENCE_REACH
from .vocab import _DATES_VOCAB, _PAST, _W, PARTICIPLES, _phrase_alternatives

#: What closes a clause about something else: a comma, semicolon, colon, bracket or dash.
_ASIDE_STOP = re.compile(r"[,;:()]|[ \t\u00a0][-–—](?=[ \t\u00a0])|[–—]")
#: A word opening a clause about something else (:data:`OTHER_CLAUSE_OPENERS`), as a whole word.
_OTHER_OPENER = re.compile(rf"(?<![A-Za-z'’])(?:{_phrase_alternatives(_W['other_clause_openers'])})(?![A-Za-z])", re.I)
#: A clause with no relative pronoun ('the company he co-founded'): a determiner, one or two words, a subject
#: pronoun, then (group ``verb``) the next word, which must be a verb in the past (:data:`_PAST`).
_CONTACT = re.compile(
    rf"(?<![A-Za-z])(?:{_phrase_alternatives(_W['contact_clause_determiners'])})(?:[ \t\u00a0]+[A-Za-z-]+){{1,2}}?"
    rf"[ \t\u00a0]+(?P<pronoun>{_phrase_alternatives(_W['contact_clause_pronouns'])})[ \t\u00a0]+"
    r"(?:[a-z]+ly[ \t\u00a0]+)?(?P<verb>[A-Za-z]+(?:-[A-Za-z]+)?)(?![A-Za-z])",
    re.IGNORECASE,
)
#: The words of a participle aside after its comma or dash (', signed in 2000,'): group ``verb`` its participle.
_PARTICIPLE_ASIDE = re.compile(r"[ \t\u00a0]+(?:[a-z]+ly[ \t\u00a0]+)?(?P<verb>[a-z]+(?:-[a-z]+)?)(?![A-Za-z])")
_AGENT = words_re(_W["aside_agent"])
AGENT_PARTICIPLES = frozenset(_W["aside_agent_participles"])
#: Between such a participle and its date, an agent: 'by', up to AGENT_WORDS words, then 'in', 'on' or 'during'.
_AGENT_TIME = re.compile(
    rf"[ \t\u00a0]+by(?:[ \t\u00a0]+[A-Za-z'’.&-]+){{1,{int(_W['AGENT_WORDS'])}}}?[ \t\u00a0]+(?:in|on|during)"
    r"[ \t\u00a0]+(?:the[ \t\u00a0]+)?",
    re.IGNORECASE,
)
#: Between an aside's participle and its date, the participle's own time: at most two words, then 'in', 'on'
#: or 'during' ('signed in 2000', 'set up in Alabama in 1984'); not 'scheduled for delivery from December 2004'.
_ASIDE_TIME = re.compile(
    r"(?:[ \t\u00a0]+[A-Za-z-]+){0,2}?[ \t\u00a0]+(?:in|on|during)[ \t\u00a0]+(?:the[ \t\u00a0]+)?", re.I
)


def other_clause(text: str, fig: tuple[int, int], d: DateMention, sentence: tuple[int, int]) -> bool:
    """Whether the date ``d`` lies in a clause about something else than the figure, and so dates that clause's
    own verb: a relative clause ('a $2.7bn fraud at the company he co-founded in 1984', 'an $11bn fraud that
    saw the firm collapse in July 2002'), a perfect participle ('fined 11m euros for having violated the rules
    five years ago'), or an aside set off by commas ('Tate & Lyle, which joined the index in 1935, operates
    41 factories', 'the contract, signed in 2000, is no longer valid'), when the figure is outside it.

    The clause runs from its opening word to the next clause mark (:data:`_ASIDE_STOP`); a figure inside it
    keeps the date ('profits, which rose 5% in 2004'). A figure after the clause is outside it only when the
    clause is an aside (opened after a comma or dash, or at the sentence's start, and closed by one before the
    figure): 'that in 2004, sales rose 5%' is not. A clause opening right after a date ('the year that ended
    in March') describes that date, and is the figure's if the date is."""
    opener = _date_clause(text, d.start, sentence[0])
    if opener is None:
        return False
    if opener <= fig[0] < d.start:
        return False  # the figure is in the clause ('which rose 5% in 2004')
    if fig[1] <= opener:
        return True  # the clause comes after the figure ('a fraud that saw the firm collapse in July 2002')
    if fig[0] < d.end:
        return False
    # the figure comes after the date: outside a clause that has its own verb before the date and ends at the date,
    # where the main clause's verb follows ('states which joined the EU last year will see 4.6% growth')
    if _MAIN_VERB_AFTER.match(text, d.end, fig[0]) and _PAST.search(text, opener, d.start):
        return True
    # outside an aside closed before it
    stop = _ASIDE_STOP.search(text, d.end, fig[0])
    before = text[max(sentence[0], opener - 3) : opener]
    return stop is not None and (opener - 3 <= sentence[0] or bool(re.search(r"[,–—-][ \t\u00a0]*\Z", before)))


#: Right after a date, a finite verb that opens the main clause's predicate (:data:`_W` main_verb_after_clause).
_MAIN_VERB_AFTER = re.compile(
    rf"[ \t\u00a0]+(?:{_phrase_alternatives(_W['main_verb_after_clause'])})(?![A-Za-z'’])", re.IGNORECASE
)


@per_text
def _date_clause(text: str, date_start: int, sentence_start: int) -> int | None:
    """Where the clause about something else that holds the date at ``date_start`` opens (:func:`_clause_opener`,
    from the last clause mark before the date), or None; read once per date and sentence start, however many
    figures ask (a run-on sentence asks it of dozens of dates for every figure)."""
    lo = sentence_start
    for m in _ASIDE_STOP.finditer(text, max(lo, date_start - SENTENCE_REACH), date_start):
        lo = m.end()
    lead = _LEAD.match(text, sentence_start, date_start)
    return _clause_opener(text, lo, date_start, (lead.end() if lead else sentence_start,))


def _clause_opener(text: str, lo: int, at: int, starts: tuple[int, ...] = ()) -> int | None:
    """Where the innermost clause about something else opens in ``text[lo:at]`` (no clause mark in it), or None:
    the last word of :data:`OTHER_CLAUSE_OPENERS` or subject pronoun of a clause with no relative pronoun
    (:data:`_CONTACT`), not right after a date or a figure's number ('the year it ended in March'), or a participle aside right at ``lo``
    (after a comma or dash) with no agent ('by') that dates its participle ('signed in 2000'), or one of a claim's
    filing with an agent ('- filed by the Clinton administration in 1999 -': ``aside_agent_participles``). A word at one of
    ``starts`` (the sentence's first word) is a demonstrative, no opener ('That took 2004's total to 2.2m')."""
    found = [
        m.start()
        for m in _OTHER_OPENER.finditer(text, lo, at)
        if not _AFTER_DATE_OR_NUMBER.search(text, max(0, m.start() - 40), m.start())
        and m.start() not in starts  # a sentence's first word: 'That took 2004's total to 2.2m'
    ]
    found += [
        m.start("pronoun")
        for m in _CONTACT.finditer(text, max(0, lo - 40), at)
        if m.start("pronoun") >= lo
        and _PAST.fullmatch(m["verb"].rsplit("-", 1)[-1]) is not None
        and not _AFTER_DATE_OR_NUMBER.search(text, max(0, m.start("pronoun") - 40), m.start("pronoun"))
    ]
    aside = _PARTICIPLE_ASIDE.match(text, lo, at)  # its verb group is lower case: no .lower() needed
    if aside is not None and text[lo - 1 : lo] in (",", "-", "–", "—"):
        filing = aside["verb"] in AGENT_PARTICIPLES
        if (_is_participle(aside["verb"]) or filing) and (
            (_AGENT.search(text, aside.end(), at) is None and _ASIDE_TIME.fullmatch(text, aside.end(), at) is not None)
            or (filing and _AGENT_TIME.fullmatch(text, aside.end(), at) is not None)
        ):
            found.append(aside.start("verb"))
    return max(found, default=None)


def _is_participle(word: str) -> bool:
    """Whether ``word`` is a past participle: a word in -ed or an irregular participle (:data:`PARTICIPLES`)."""
    low = word.lower()
    return (len(low) > 4 and low.endswith("ed")) or low in PARTICIPLES


#: Right before a clause's opening word, a date ('the year that ended') or a number ('5% that'), perhaps a comma.
#: The words come from the dates vocab: its period nouns and month names.
_AFTER_DATE_OR_NUMBER = re.compile(
    r"(?:[0-9]|(?<![A-Za-z])(?:"
    + word_trie([*_DATES_VOCAB["period_nouns"]["words"], *(m.lower() for m in _DATES_VOCAB["months"])])
    + r"))[ \t\u00a0]*,?[ \t\u00a0]*\Z",
    re.IGNORECASE,
)


#: A participle clause opening an aside about an earlier event ('having bought Amey in 2003').
_ASIDE = re.compile(r"\s*having\s+[a-z]+", re.IGNORECASE)


def _in_aside(text: str, lo: int, hi: int) -> bool:
    """Whether the last comma or semicolon of ``text[lo:hi]`` (between a figure and a date after it) opens an
    aside about an earlier event (:data:`_ASIDE`): 'increase productivity by 3bn euros, having negotiated
    500m euros in savings last year' dates the savings, not the increase."""
    comma = max(text.rfind(",", lo, hi), text.rfind(";", lo, hi))
    return comma >= 0 and _ASIDE.match(text, comma + 1, hi) is not None
