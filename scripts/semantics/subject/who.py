"""Subject and counterpart of a figure: the decision, from the places of its sentence and its context."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..places import FIRM_NAME, LIST_GAP, UNCODED, Place, comparison_base, institutions, is_country, join_codes
from ..words import vocab_rows
from .clause import CLAUSE_BREAK, figure_clause, introduced, partner_at, prev_word
from .commentators import commentator_place
from .deals import HOMELESS, deal_buyer
from .facts import PlaceFacts
from .firms import before_firm_noun, example_mention, named_as_example, owns
from .frames import figure_in_place, named_as_owner, pact_limit
from .mentions import firms_within, places_between
from .prices import unit_price, world_price
from .rates import measured_currency, priced, quoted_in, rate_of
from .regions import without_regions
from .scope import unnamed_group, world_scope
from .transfers import possessive_bidder, transfer
from .venues import conflict_at


def who(
    text: str,
    sent: tuple[int, int],
    fig: tuple[int, int],
    measure: tuple[int, int] | None,
    para: int,
    firms: list[Place] = [],  # noqa: B006 (never mutated)
    places: list[Place] | None = None,
    home: Place | None = None,
    kind: str = "",
    clause: tuple[int, int] | None = None,
    facts: PlaceFacts | None = None,
    unit: str = "",
) -> tuple[Place | None, Place | None]:
    """Subject and counterpart of a figure (:func:`_who`), where a region with no code ('Latin America's
    economy', 'sales in Europe') is no subject: a firm's figure there falls back on the firm's country
    (a firm of the sentence), any other has none; a region is never a counterpart. A firm named for a
    country ('France Telecom') stands for that country only in its own figures (:func:`owns`); in a
    figure it reports about something else, its name is a name, no place. ``home``: the country the text
    makes plain by its currency (``frames.currency_home``, or ``frames.results_currency`` for a figure whose sentence
    names no region), the subject of a figure that has none but a world price. ``kind``: the figure's kind (a price or a change of one is money or a percentage). ``clause``:
    :func:`figure_clause` of the figure, when the caller has it; ``facts``: the :class:`PlaceFacts` of ``sent``, which
    its other figures share (a fresh one when None). ``unit``: the figure's unit ('USD/oil_barrel': a price of
    oil by its unit, :func:`unit_price`)."""
    if places is None:
        places = places_between(text, sent[0], sent[1], firms)
    if facts is None:
        facts = PlaceFacts(text, sent, places, firms)
    if clause is None:
        clause = figure_clause(text, sent, fig)
    places = [
        _as_name(p) if not _stands_for_home(text, sent, fig, p) or _example_of(text, clause, p) else p for p in places
    ]
    limit = pact_limit(text, clause, fig, kind)
    if limit is not None:  # 'has also broken the 3% deficit ceiling': the stability pact's rule, the EU's
        return limit, None
    if unit_price(text, unit, measure, places):  # 'Currently above $40 a barrel': the world oil price
        return None, None
    # a commodity named after the figure is not what it prices ('invest $20bn in oil and gas projects')
    kind = kind if measure is not None and measure[1] <= fig[0] else ""
    buyer = deal_buyer(text, clause, fig, places)
    if buyer is HOMELESS:  # 'a $6.75bn buyout by telecoms giant Verizon': a buyer the text gives no home
        return None, None
    subject, counterpart = _who(text, sent, fig, measure, para, firms, places, kind, clause, facts, unit)
    if isinstance(buyer, Place):  # 'a £1.8bn takeover by Holcim': CH, the firm bought (UK-based) its counterpart
        if subject is not None and subject.code not in UNCODED and subject.code != buyer.code:
            counterpart = subject
        subject, counterpart = (
            buyer,
            (None if counterpart is not None and counterpart.code == buyer.code else counterpart),
        )
    if counterpart is None and subject is not None:
        # 'three times the size of Hong Kong's': the base of a comparison in the figure's clause is its other party
        counterpart = next(
            (
                p
                for p in places
                if p.via is None
                and p.code != subject.code
                and clause[0] <= p.start < clause[1]
                and not (fig[0] <= p.start < fig[1])
                and comparison_base(text, p.start)
            ),
            None,
        )
    if counterpart is None or counterpart.via is not None:
        # a trade's partner the subject was not chosen from ('exports to China grew 34%'), over a firm's mention
        # ('Japan's exports to China rose 5% and Chrysler ...': China, not Chrysler's home)
        partner = [
            p
            for p in facts.partners(places)
            if clause[0] <= p.start < clause[1] and (subject is None or p.code != subject.code)
        ]
        counterpart = partner[0] if partner else counterpart
    if subject is not None and subject.via is None and sent[0] <= subject.start < sent[1]:
        subject = _coordinated(text, subject, facts.countries())
        if counterpart is not None and subject.start <= counterpart.start < subject.end:
            counterpart = None
    if counterpart is not None and counterpart.code in UNCODED:
        counterpart = None
    if subject is not None and subject.code in UNCODED:
        inside = [
            p
            for p in firms_within(firms, sent[0], sent[1])
            if p.code not in UNCODED
            and not (fig[0] <= p.at[0] < fig[1])
            and _stands_for_home(text, sent, fig, p)
            and not _example_of(text, clause, p)
        ]
        if not inside:
            # no firm's mention: a country word that describes the sentence's firm ('The German carmaker is aiming
            # to boost annual sales in Asia to 150,000'), the firm's home the text gives
            inside = [p for p in places if p.code not in UNCODED and p.via is None and before_firm_noun(text, p)]
        before = [p for p in inside if p.at[1] <= fig[0]]
        subject = (before[-1] if before else inside[0]) if inside else None
        if counterpart is not None and subject is not None and counterpart.code == subject.code:
            counterpart = None
    if world_scope(text, sent, fig):
        # 'Steel prices rose by 8% globally ... and by 24% in China': about no country, unless a firm's own
        # figure, which keeps the firm's home ('Cadbury employs more than 50,000 people worldwide')
        return (subject if subject is not None and subject.via is not None else None), counterpart
    if (subject is None or (subject.via is None and not sent[0] <= subject.start < sent[1])) and unnamed_group(
        text, sent, places
    ):
        # 'almost 30 wealthy nations spend more than $300bn': about a group the text does not name, not about the
        # place of an earlier sentence nor the country of the text's currency
        return None, counterpart
    if subject is None and home is not None and not (measure is not None and world_price(text, measure, [], kind)):
        subject = home
    return subject, counterpart


def _coordinated(text: str, subject: Place, countries: tuple[list[Place], dict[int, int]]) -> Place:
    """The subject widened to the list of countries it is named in ('aid for Sri Lanka, India, Indonesia and
    Thailand', 'Albania, Bulgaria and Macedonia have approved a $1.2bn pipeline'): a figure about several
    countries together has all their codes (README of the BBC gold: 'LK;IN;ID;TH'), the list its evidence.
    Only plain country names joined by commas and 'and' make a list; 'between Russia and Kazakhstan' names
    partners (the counterpart stays apart). ``countries``: the countries named in the subject's sentence and the
    index of the first at each start (:meth:`PlaceFacts.countries`)."""
    if not is_country(subject.code) or partner_at(text, subject.start):
        return subject
    found, index = countries
    i = index.get(subject.start)
    if i is None:
        return subject
    lo = hi = i
    while lo > 0 and LIST_GAP.fullmatch(text, found[lo - 1].end, found[lo].start):
        lo -= 1
    while hi + 1 < len(found) and LIST_GAP.fullmatch(text, found[hi].end, found[hi + 1].start):
        hi += 1
    if lo == hi or partner_at(text, found[lo].start):
        return subject
    return Place(join_codes([p.code for p in found[lo : hi + 1]]), found[lo].start, found[hi].end)


def _stands_for_home(text: str, sent: tuple[int, int], fig: tuple[int, int], p: Place) -> bool:
    """False for the mention of a firm named for a country (``p.named``) in a figure that is not the
    firm's own (:func:`owns`); True for any other place."""
    return not p.named or p.code == FIRM_NAME or owns(text, sent, fig, p)


def _example_of(text: str, clause: tuple[int, int], p: Place) -> bool:
    """True for the mention of a firm named as an example of another's clients or rivals ('Nokia, whose clients
    include Deutsche Telekom, made 2bn kronor'), or the country word of its home ('rivals such as US firm Ford'),
    outside the figure's clause: its home is not the figure's."""
    if clause[0] <= p.at[0] < clause[1]:
        return False
    if p.via is None:  # 'rivals such as US firm Ford': the country word of its home
        return before_firm_noun(text, p) and named_as_example(text, p.start)
    return example_mention(text, p, p.via[0])


def _as_name(p: Place) -> Place:
    """A firm's mention as a name that stands for no place (:data:`FIRM_NAME`)."""
    return Place(FIRM_NAME, p.start, p.end, via=p.via)


def _who(
    text: str,
    sent: tuple[int, int],
    fig: tuple[int, int],
    measure: tuple[int, int] | None,
    para: int,
    firms: list[Place],
    places: list[Place],
    kind: str,
    clause: tuple[int, int],
    facts: PlaceFacts,
    unit: str,
) -> tuple[Place | None, Place | None]:
    """Subject and counterpart of a figure from the places of its sentence.

    A transfer ('Russia gave Kyrgyzstan $20m', 'allocated $5m to Kyrgyzstan', 'to receive $8m
    from Russia') makes the recipient the subject and the giver the counterpart; a giver with no other place in
    the sentence or before it is the subject ('Turkey ... loans worth $3.7m'). Otherwise the
    subject is a country named right after the figure and 'in' ('compared with 12.1% in Germany':
    :func:`figure_in_place`), else a place named in the measure ('Russian exports'), else the nearest place before
    the figure that no preposition of exchange introduces, else the nearest one, else the first
    after it; a sentence naming none inherits the latest place of its paragraph, else the headline's
    one place (its evidence is there). A firm the text gives a home (``firms``: 'Australian
    winemaker Southcorp') is a place wherever it is mentioned, and a country word inside its name is
    not one. The counterpart is
    another place of the figure's clause, introduced by 'to', 'from', 'with', 'in'... if one is.
    ``places``: :func:`places_between` of ``sent`` (:func:`who` gives them, each firm named for a
    country as it stands for this figure). ``kind``: the figure's kind (empty for a measure after the figure: :func:`who`); ``clause``: :func:`figure_clause` of the
    figure; ``facts``: the :class:`PlaceFacts` of ``sent``; ``unit``: the figure's (a percentage of a seller's own
    output stays the seller's: :func:`transfer`).
    """
    places = [p for p in places if not (fig[0] <= p.at[0] < fig[1])]
    places = without_regions(text, places, measure)
    places = facts.off_market(places)
    listed = facts.listed(places)
    if listed and len(listed) < len(places):  # 'Air China picked the London Stock Exchange for its listing': CN
        places = [p for p in places if p not in listed]
    if measure is not None and world_price(text, measure, places, kind):
        return None, None
    quotes = quoted_in(text, sent)  # 'to the US dollar': the currency a rate is quoted in is no subject
    if quotes:
        places = [p for p in places if not any(q.start <= p.at[0] < q.end for q in quotes)]
    reporters = [p for p in places if p.code in institutions() and not owns(text, sent, fig, p)]
    if reporters:  # 'the IMF said German growth would be 1.8%': who reports a figure is not what it is about
        places = [p for p in places if p not in reporters]
        if not places:
            return facts.context(para, None), None
    # 'According to its Paris lawyer, ... a 60% addition': where a commentator works is no subject
    places = [p for p in places if not commentator_place(text, p)]
    # 'The budget leaves out military operations in Iraq, for which it seeks $80bn': a war's place outside the
    # figure's clause is a cause or an aside (venues.conflict_at)
    places = [
        p for p in places if p.via is not None or clause[0] <= p.start < clause[1] or not conflict_at(text, p.start)
    ]
    # 'three times the size of Hong Kong's, with revenues of $44bn': the base of a comparison, unless the figure is
    # its own ('bigger than Japan's 3%')
    places = [p for p in places if p.via is not None or not comparison_base(text, p.start) or _owns_next(text, p, fig)]
    # 'Laura Ashley, which floated for £200m in 1995, is majority-owned by Malaysia entrepreneur ...': an owner named
    # after the figure is no subject of it (frames.named_as_owner)
    places = [p for p in places if p.at[0] < fig[1] or not named_as_owner(text, min(p.start, p.at[0]))]
    partners = facts.partners(places)
    if partners:  # 'in trade with the US', 'exports to China (and Hong Kong)': the partner is the counterpart
        places = [p for p in places if p not in partners]
        if not places:
            return facts.context(para, partners[0].code), partners[0]
    parents = facts.parents(places)
    if parents:  # 'Chrysler, the US unit of Germany's DaimlerChrysler': the parent's home is no subject of its unit's
        kept = [p for p in places if (p.start, p.end) not in parents]
        places = kept or places
    held = facts.held(places)
    if held:  # what a share of is bought or held: the counterpart, never the subject
        spans = {h.at for h in held} | {(h.start, h.end) for h in held}  # a held firm's mention and its home's words
        places = [p for p in places if p.at not in spans and (p.start, p.end) not in spans]
        if not places:
            return facts.context(para, held[0].code), held[0]
    rate, is_rate = priced(text, sent, fig)
    if rate is None and not is_rate and measure is not None and kind not in ("duration", "count"):
        # 'The dollar was buying 104.76 yen at 0950 GMT, 0.5% stronger': the currency the measure names alone
        measured = measured_currency(text, sent, measure)
        if measured is not None:
            return measured, _quoted_other(text, fig, quotes, measured.code)
    if rate is not None:  # 'the dollar had edged higher to 1.3040 euros': the priced currency's economy
        return rate, next((q for q in quotes if q.start >= fig[1] and q.code != rate.code), None)
    if is_rate or quotes:
        other = next((q for q in quotes if q.start >= fig[1]), quotes[0] if quotes else None)
        if other is not None and rate_of().fullmatch(text, fig[1], other.start):
            # the figure is the rate ('8.28 to the US dollar'): the currency it prices was named before it
            places = [p for p in places if p.at[1] <= fig[0]]
        if not places:
            return facts.context(para, other.code if other else None), other
    if not places:
        return facts.context(para, None), None
    # for a supply: who it supplies, the supplier
    recipient, giver = transfer(text, sent, fig, places, clause, unit == "percent")
    if giver is not None:
        places = [p for p in places if p.code != giver.code]
        if not places:
            # 'enable Turkey to defer payments on loans worth $3.7m': the one party a transfer names, with no place
            # before it in the text, is the figure's subject; but not a party after 'to', where an export or a share
            # of a seller's output goes (:func:`transfer`: 'Acme sells 60% of its output to the United States')
            context = facts.context(para, giver.code)
            if context is not None or prev_word(text, giver) == "to":
                return context, giver
            return giver, None
    subject = recipient or possessive_bidder(text, fig, clause, places) or figure_in_place(text, sent, fig, places)
    if subject is None:
        subject = _facility_place(text, clause, places)
    if subject is None and measure is not None:
        subject = next(
            (
                p
                for p in places
                if measure[0] <= p.at[0] < measure[1]
                and not partner_at(text, p.at[0])
                and not (p.via and measure[0] <= p.start < measure[1] and partner_at(text, p.start))
            ),
            None,
        )
    if subject is None:
        before = [p for p in places if p.at[1] <= fig[0]]
        plain = [p for p in before if not introduced(text, sent, p)]
        subject = (plain or before or places)[-1 if (plain or before) else 0]
    if giver is not None and giver.code != subject.code:
        return subject, giver
    others = [p for p in places if p.code != subject.code and clause[0] <= p.at[0] < clause[1]]
    if not others:
        return subject, next((h for h in held if h.code != subject.code), None)
    return subject, min(others, key=lambda p: (0 if introduced(text, sent, p) else 1, abs(p.at[0] - fig[0])))


#: Between a place and its own figure: a possessive and at most two words ("Japan's 3%", "Japan's own 3.1%"), or
#: a relative clause of the place and at most three words ('faster than Germany, which grew 1%').
_OWN_FIGURE = re.compile(
    r"(?:(?:['’]s)?(?:[^\S\n]+[^\W\d][\w\-]*){0,2}?"
    r"|,?[^\S\n]+(?:which|where|whose)(?:[^\S\n]+[^\W\d][\w\-]*){0,3}?)[^\S\n]+\Z"
)


def _owns_next(text: str, p: Place, fig: tuple[int, int]) -> bool:
    """True when the figure follows the place closely, a possessive and two words at most between ('bigger than
    Japan's 3%'), or in a relative clause of the place ('faster than Germany, which grew 1%'): the figure is the
    place's own."""
    return p.end <= fig[0] <= p.end + 40 and _OWN_FIGURE.match(text[p.end : fig[0]] + " ") is not None


@lru_cache(maxsize=1)
def _facility_re() -> re.Pattern[str]:
    """A noun of ``vocab/en/facilities.tsv`` ('plant', 'oil fields'), then 'in' or 'at' and, at most, 'the east
    of' (a part of the country), ending right before a place."""
    nouns = "|".join(sorted((re.escape(row[0].strip()) for row in vocab_rows("facilities.tsv")), key=len, reverse=True))
    return re.compile(
        rf"\b(?:{nouns})[^\S\n]+(?:in|at)[^\S\n]+(?:the[^\S\n]+(?:north|south|east|west)(?:-?(?:east|west))?[^\S\n]+of[^\S\n]+)?\Z",
        re.IGNORECASE,
    )


def _facility_place(text: str, clause: tuple[int, int], places: list[Place]) -> Place | None:
    """The country a plant, factory, mine or field of the figure's clause is in ('the new plant in India would
    produce 150,000 cars a year', 'allowed to operate 15 mature oil fields in the east of Venezuela'): the place
    of the activity, which the clause's figures are about rather than the firm's home (README of the BBC gold:
    the place of the activity when the text states it). A place named as itself, not a firm's mention."""
    return next(
        (
            p
            for p in places
            if p.via is None
            and clause[0] <= p.start < clause[1]
            and is_country(p.code)
            and _facility_re().search(text, max(clause[0], p.start - 50), p.start)
        ),
        None,
    )


def _quoted_other(text: str, fig: tuple[int, int], quotes: Sequence[Place], code: str) -> Place | None:
    """The currency a rate of the economy ``code`` is quoted in, as its counterpart: the first quoted currency of
    another economy in the figure or after it in its clause ('$1.20 against the euro'), else the first before it
    ('reached $1.2871 against the euro, from $1.2974')."""
    after = (
        q for q in quotes if q.start >= fig[0] and q.code != code and not CLAUSE_BREAK.search(text, fig[1], q.start)
    )
    return next(after, None) or next((q for q in quotes if q.start < fig[0] and q.code != code), None)
