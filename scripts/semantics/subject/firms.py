"""Home countries the text gives companies, and every mention of such a firm, for who a figure is about.

A figure about a firm (its sales, its job cuts, its bid) is about the firm's country when the text says
where the firm is from: a demonym or country before a firm noun and the name ('Australian winemaker
Southcorp', 'US aircraft firm Boeing', 'Italy's Illva Saronno'), an apposition ('Ford, the US car
company'), or a definite description of the story's firm ('The Netherlands-based company', 'the
Italian dairy firm'). No outside knowledge of companies is used. The firm nouns are data
(``vocab/en/firms.tsv``). Each later mention of the firm (its name, or 'the firm', 'the company')
stands for its country, with the home's words as evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ...extraction.lexicon import regular_plural
from ...extraction.patterns import word_trie
from ..per_text import per_text
from ..places import (
    FIRM_NAME,
    LIST_GAP,
    UNCODED,
    Place,
    blocs,
    cities,
    city_pattern,
    find_places,
    is_country,
    join_codes,
    name_tail,
    names,
    text_places,
)
from ..words import phrase_group, vocab_rows, word_classes, word_list

#: A capitalised name of one to three words ('Southcorp', 'Mittal Steel', 'General Electric').
_NAME = r"[A-Z][\w&'.\-]*[\w&](?:[^\S\n]+[A-Z][\w&.\-]*[\w&])?(?:[^\S\n]+[A-Z][\w&.\-]*[\w&])?"
#: Up to three lower-case modifiers between a country word and a firm noun ('oil', 'second-largest').
_MODS = r"((?:[^\S\n]+[a-z][\w\-]*){0,3}?)"
#: Word classes (``vocab/en/words.tsv``) a modifier of a firm noun never has: it is not a phrase of its own.
_NOT_MODS = frozenset({"det", "prep", "conj", "pron", "aux", "verb", "rel", "particle", "exchange", "level"})
_S = r"[^\S\n]+"
_LETTERS = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True, slots=True)
class Firm:
    """A company the text gives a home: the words of its name and the place that says where it is from."""

    name: str
    home: Place


@cache
def _vocab() -> dict[str, list[str]]:
    """Words of ``vocab/en/firms.tsv`` by class: 'firm' (firm nouns), 'notname' (capitalised non-names),
    'report' (verbs of a report), 'refer' (words of a report that make its figure the firm's own), 'source'
    (nouns of a report whose source a word of 'source_by' names: 'estimates from'), 'by' (words before a name
    that make it a report's source: 'according to'), 'peer' (words before 'other' that make firms peers of the
    one named: 'and other US insurers'), 'agent' (verbs after a name that make it its sentence's agent: 'Ford said'),
    'copula' and 'based_be' (verbs between a firm and its description or 'based in'), 'based' ('based',
    'headquartered'), 'outside' (nouns of a firm's business before 'outside' and its home), 'segment' (nouns of a
    part of a firm's business a country word before them locates: 'US mobile earnings')."""
    classes = (
        "firm",
        "notname",
        "report",
        "refer",
        "source",
        "source_by",
        "by",
        "peer",
        "agent",
        "copula",
        "based_be",
        "based",
        "outside",
        "segment",
    )
    out: dict[str, list[str]] = {cls: [] for cls in classes}
    for word, cls, *_ in vocab_rows("firms.tsv"):
        out[cls.strip()].append(word.strip())
    return out


@cache
def firm_nouns() -> str:
    """A regex alternative of the firm nouns of ``vocab/en/firms.tsv`` (plus any '...maker')."""
    return r"(?:[a-z]*maker|" + word_trie(_vocab()["firm"]) + r")s?"  # a prefix tree: the longest noun first


@cache
def _noun_re() -> re.Pattern[str]:
    return re.compile(firm_nouns())


def is_firm_noun(word: str) -> bool:
    """True for a firm noun of ``vocab/en/firms.tsv`` (or a '...maker'), in the singular or plural ('bank', 'brewers')."""
    return _noun_re().fullmatch(word) is not None


def _is_name(words: str) -> bool:
    """True for a capitalised name that is not a sentence opener, a title or a country word."""
    first = words.split()[0]
    return first not in _vocab()["notname"] and not find_places(words)


def modifiers_only(mods: str) -> bool:
    """True when the words between a country word and a firm noun are modifiers ('oil', 'car'), not a clause; two
    joined by 'and' are one ('Swiss food and drink giant Nestle', 'Russian oil and gas company Yukos')."""
    words = mods.split()
    return not any(
        (word_classes().get(w, frozenset()) & _NOT_MODS and not (w == "and" and 0 < i < len(words) - 1))
        or is_firm_noun(w)
        for i, w in enumerate(words)
    )


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The patterns read around a country word (compiled once)."""
    nouns, name = firm_nouns(), "(" + _NAME + ")"
    return {
        "before_name": re.compile(_MODS + _S + nouns + _S + name),
        "based": re.compile(r"-based" + _MODS + r"(?:" + _S + nouns + r")?" + _S + name),
        "possessive": re.compile(r"['’]s" + _S + name),
        "described": re.compile(r"(?:-based|['’]s)?" + _MODS + _S + nouns + r"\b"),
        "apposition": re.compile(name + r"(?:,|[^\S\n]+[-–—])[^\S\n]+((?:the|a|an)[^\S\n]+)?$"),
        "definite": re.compile(r"\b[Tt]he[^\S\n]+$"),
        # 'Chrysler, the US unit of Germany's DaimlerChrysler': a unit the text places itself (README of the BBC
        # gold: a unit the text places keeps its own), its parent named after 'of'; the unit nouns of frames.tsv
        "unit_of": re.compile(_MODS + _S + phrase_group("frames.tsv", "unit") + _S + r"of\b"),
        # 'and other US insurance firms', 'cheaper than other Indian airlines', a sentence's 'Other US carriers':
        # the firm is of that country too (not after a verb: 'bought stakes in three other German firms')
        "other": re.compile(
            r"(?:(?:^|[.!?\n][\"'’]?[^\S\n]*)Other|\b(?:"
            + "|".join(map(re.escape, _vocab()["peer"]))
            + r")[^\S\n]+(?:[a-z]+[^\S\n]+)?other)[^\S\n]+$"
        ),
        # '<Name> is the largest US company', 'the firm was the seventh biggest public US company'
        "copula": re.compile(
            r"(?:(?<![\w.])("
            + _NAME
            + r")|\b[Tt]he[^\S\n]+(?:firm|company|group))[^\S\n]+"
            + phrase_group("firms.tsv", "copula")
            + r"[^\S\n]+(?:the|a|an)[^\S\n]+(?:[\w\-]+[^\S\n]+){0,4}$"
        ),
        # 'Nike, which is based in Beaverton, Oregon', 'as the firm is based in Russia': where the firm is,
        # said after it (a place, or a town and its state, right after 'based in' or 'headquartered in')
        "based_in": re.compile(
            r"(?:(?<![\w.])("
            + _NAME
            + r")|\b[Tt]he[^\S\n]+(?:[a-z][\w\-]*[^\S\n]+){0,2}?"
            + nouns
            + r")(?:,[^\S\n]+(?:which|that))?[^\S\n]+(?:"
            + phrase_group("firms.tsv", "based_be")
            + r"[^\S\n]+)?"
            + _based_in()
            + r"\Z"
        ),
        # 'generates more than 80% of its sales outside the UK': the firm's home, implied plainly
        "outside": re.compile(
            r"\b(?:its|their)[^\S\n]+(?:[a-z\-]+[^\S\n]+)?"
            + phrase_group("firms.tsv", "outside")
            + r"[^\S\n]+outside[^\S\n]+(?:the[^\S\n]+)?$"
        ),
        # the two below scan the whole text: the first letter comes first and what may not precede it
        # is looked behind after it ('\bThe', '(?<![\w.])Name'), so that the scan skips to the letters
        "anaphor": re.compile(
            r"[Tt](?<!\w[Tt])he\s+(?:[a-z][\w\-]*\s+){0,2}?" + nouns.removesuffix("s?") + r"\b(?!\s+[A-Z])"
        ),
        "agent": re.compile(
            r"([A-Z](?<![\w.'’][A-Z])[\w&\-]*[\w&])(?=(?:['’]s?\s|\s+" + phrase_group("firms.tsv", "agent") + r"\b))"
        ),
    }


class _Text:
    """A text with the mentions of each name looked up once (each lookup is a scan of the text)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._mentions: dict[str, list[tuple[int, int]]] = {}
        self._agent: str | bool | None = False

    def mentions(self, name: str) -> list[tuple[int, int]]:
        """Where a firm is named: its full name or its first word ('Mittal' for 'Mittal Steel')."""
        first = name.split()[0]
        if first not in self._mentions:
            self._mentions[first] = _whole_word_spans(self.text, first)
        return self._mentions[first]

    def agent(self) -> str | None:
        """The firm the story is about: the capitalised name most often the agent of a clause (before a
        verb or a possessive, not after a preposition or a determiner), if it is so at least twice."""
        if self._agent is False:
            agents: Counter[str] = Counter()
            for m in _patterns()["agent"].finditer(self.text):
                prev = _LETTERS.findall(self.text, max(0, m.start() - 20), m.start())
                before = word_classes().get(prev[-1].lower(), frozenset()) if prev else frozenset()
                if not before & {"prep", "det"}:
                    agents[m.group(1)] += 1
            best = [w for w, n in agents.most_common() if n >= 2 and _is_name(w)][:1]
            self._agent = best[0] if best else None
        return self._agent if isinstance(self._agent, str) else None


def _in_word(char: str) -> bool:
    """A character that continues a name: a letter, a digit, '_' or '-' (regex ``[\\w\\-]``)."""
    return char.isalnum() or char in "_-"


def _whole_word_spans(text: str, word: str) -> list[tuple[int, int]]:
    """The spans of ``word`` in ``text`` with no letter, digit, '_' or '-' on either side, left to right.

    What ``(?<![\\w\\-])word(?![\\w\\-])`` finds, by ``str.find``: no pattern compiled for each name,
    and no look-behind tried at every character of the text.
    """
    out: list[tuple[int, int]] = []
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _in_word(text[at - 1])) and (end == len(text) or not _in_word(text[end])):
            out.append((at, end))
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)
    return out


def homes(text: str, doc: _Text | None = None) -> list[Firm]:
    """Every firm the text gives a home, in the order the homes appear.

    Before the name: '<country> [modifiers] <firm noun> <Name>' and '<city or country>-based <Name>' (a
    city, state or province of ``vocab/en/cities.tsv`` only before '-based' or before a firm's description and
    its name: 'Californian wine company Chalone');
    '<country>'s <Name>' and '<Name>, the <country> [modifiers] <firm noun>' when the text names the
    firm again; '<Name>, the <country> [modifiers] <unit noun> of' ('Chrysler, the US unit of Germany's
    DaimlerChrysler': a unit the text places keeps its own home, also in its later mentions). A definite description with no name ('The Australian firm said') is the home of the
    firm named most recently before it, else of the firm the story is about (the name most often the
    agent of a clause); so is a home the text implies plainly (README of the BBC gold): its peers ('Other US
    carriers, including United, have sought bankruptcy protection' in a story of Delta), a copula ('Enron
    was the seventh biggest public US company', 'the firm was ...') and the firm's own sales 'outside'
    a country ('generates more than 80% of its sales outside the UK'). A place said after the firm, right after
    'based in' or 'headquartered in' (a town and a comma may come first: 'the firm based in Beaverton, Oregon',
    'Kelvo, which is based in Norway'), is the home of that name or description. Only a country is a home (an ISO code, not a bloc or a region). ``doc``: the
    text's mentions looked up so far (:func:`firm_places` reads them again).
    """
    pat, doc = _patterns(), doc or _Text(text)
    out: list[Firm] = []
    for p in sorted(
        text_places(text) + based_cities(text) + based_in_cities(text) + described_cities(text), key=_start
    ):
        if p.code in blocs() or p.code in UNCODED:
            continue
        lead = text[max(0, p.start - 80) : p.start]
        # each pattern matched only when the branches before it have failed (most places match none)
        before_name = pat["before_name"].match(text, p.end)
        if before_name and modifiers_only(before_name.group(1)) and _is_name(before_name.group(2)):
            out.append(Firm(before_name.group(2), p))
            out.extend(Firm(n, p) for n in _listed_after(text, before_name))  # 'US rivals Ford and General Motors'
        elif (based := pat["based"].match(text, p.end)) and modifiers_only(based.group(1)) and _is_name(based.group(2)):
            out.append(Firm(based.group(2), _with_listed_city(text, p)))
        elif (described := pat["described"].match(text, p.end)) and not modifiers_only(described.group(1)):
            continue
        elif (
            (possessive := pat["possessive"].match(text, p.end))
            and not described
            and _is_name(possessive.group(1))
            and len(doc.mentions(possessive.group(1))) > 1
        ):
            out.append(Firm(possessive.group(1), p))
        elif (
            described
            and (apposition := pat["apposition"].search(lead))  # searched only after a firm noun
            and _is_name(apposition.group(1))
            and (apposition.group(2) or len(doc.mentions(apposition.group(1))) > 1)
        ):
            out.append(Firm(apposition.group(1), p))
        elif (
            (unit := pat["unit_of"].match(text, p.end))
            and modifiers_only(unit.group(1))
            and (apposition := pat["apposition"].search(lead))
            and apposition.group(2)
            and _is_name(apposition.group(1))
        ):
            out.append(Firm(apposition.group(1), p))  # 'Chrysler, the US unit of ...': Chrysler's home
        elif described and (
            pat["definite"].search(lead)
            or _singular_possessive(text, p, described)
            # 'Delta is restructuring ... Other US carriers, including United, have sought bankruptcy protection':
            # the story's firm is one of them (README of the BBC gold: a home the text implies plainly)
            or (regular_plural(described.group().split()[-1]) and pat["other"].search(lead))
        ):
            name = _antecedent(doc, p.start, out)
            if name:
                out.append(Firm(name, p))
        elif described and (copula := pat["copula"].search(lead)):
            name = copula.group(1) if copula.group(1) and _is_name(copula.group(1)) else _antecedent(doc, p.start, out)
            if name:
                out.append(Firm(name, p))
        elif ("based" in lead or "headquartered" in lead) and (based_in := pat["based_in"].search(lead)):
            # the words the pattern needs, looked for first: most places have neither before them
            # a word before 'based in' that is no name ('Investors based in') names no firm
            named = based_in.group(1)
            name = (named if _is_name(named) else None) if named else _antecedent(doc, p.start, out)
            if name:
                out.append(Firm(name, p))
        elif "outside" in lead and pat["outside"].search(lead):
            name = _antecedent(doc, p.start, out)
            if name:
                out.append(Firm(name, p))
    return out


#: After the first name of a plural firm noun, the next names of its list: ', Nissan', ' and General Motors'.
_NEXT_LISTED = re.compile(r"(?:,|,?[^\S\n]+and)[^\S\n]+(" + _NAME + r")")


def _listed_after(text: str, before_name: re.Match[str]) -> list[str]:
    """The other names of a list after a plural firm noun ('US rivals Ford and General Motors', 'Japanese carmakers
    Toyota, Nissan and Honda'): each firm of the list has the country the words before the noun give; none after a
    singular noun ('US firm Ford and Fiat' gives Fiat no home)."""
    noun = text[before_name.start() : before_name.start(2)].split()[-1]  # the firm noun right before the name
    if not regular_plural(noun):
        return []
    out: list[str] = []
    at = before_name.end(2)
    while (m := _NEXT_LISTED.match(text, at)) is not None and _is_name(m.group(1)):
        out.append(m.group(1))
        at = m.end()
        if "and" in text[m.start() : m.start(1)]:
            break
    return out


_BASED = re.compile(r"-based\b")


@cache
def _based_in() -> str:
    """'based in' or 'headquartered in' (class 'based' of ``vocab/en/firms.tsv``), and a town and its comma if
    any ('based in Beaverton, Oregon'): the place after it is where the firm is."""
    return phrase_group("firms.tsv", "based") + r"[^\S\n]+in[^\S\n]+(?:[A-Z][\w\-]*,[^\S\n]+)?"


@cache
def _based_in_re() -> re.Pattern[str]:
    return re.compile(r"\b" + _based_in())


def _start(p: Place) -> int:
    return p.start


@cache
def _cities_longest_first() -> list[str]:
    """The names of :func:`cities`, longest first (sorted once, not for every text)."""
    return sorted(cities(), key=len, reverse=True)


@per_text
def based_cities(text: str) -> tuple[Place, ...]:
    """Every '<city>-based' of the text ('Frankfurt-based', 'Leuven-based') as its country (a firm's home),
    found at each '-based' (a literal, searched for fast), the longest city name first."""
    if "-based" not in text:
        return ()
    names = _cities_longest_first()
    out = []
    for m in _BASED.finditer(text):
        at = m.start()
        for name in names:
            s = at - len(name)
            if text.startswith(name, s) and (s == 0 or not (text[s - 1].isalnum() or text[s - 1] in "_.-")):
                out.append(Place(cities()[name], s, at))
                break
    return tuple(out)


@per_text
def described_cities(text: str) -> tuple[Place, ...]:
    """Every city, state or province of ``vocab/en/cities.tsv`` right before a firm's description and its name
    ('Californian wine company Chalone', 'Frankfurt carmaker Autoco') as its country: a firm's home
    (:func:`homes`), as '<city>-based' is, never a place of its own."""
    pat = _patterns()["before_name"]
    out = []
    for m in city_pattern().finditer(text):
        named = pat.match(text, m.end())
        if named is not None and modifiers_only(named.group(1)) and _is_name(named.group(2)):
            out.append(Place(cities()[m.group()], m.start(), m.end()))
    return tuple(out)


#: A city name and the list gap before another ('Zurich and ', 'Zurich, ').
_CITY_BEFORE = re.compile(r"(?<![\w.\-])([A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*)?)(?:" + LIST_GAP.pattern + r")\Z")


def _with_listed_city(text: str, p: Place) -> Place:
    """A home before '-based' widened to the city or country listed before it ('Zurich and London-based
    Xstrata' -> CH;GB): a firm based in two countries has both homes (README of the BBC gold: a firm the text
    calls by two nationalities has both codes), the list its evidence."""
    m = _CITY_BEFORE.search(text, max(0, p.start - 40), p.start)
    other = (cities().get(m.group(1)) or names().get(m.group(1))) if m is not None else None
    if m is None or other is None or not is_country(other) or other in p.code.split(";"):
        return p
    return Place(join_codes([other, p.code]), m.start(1), p.end)


@per_text
def based_in_cities(text: str) -> tuple[Place, ...]:
    """Every city, state or province of ``vocab/en/cities.tsv`` right after 'based in' or 'headquartered in'
    ('the firm based in Beaverton, Oregon' -> US), as its country: a firm's home (:func:`homes`), never a
    place of its own."""
    if not any(word + " in" in text for word in _vocab()["based"]):
        return ()
    names = _cities_longest_first()
    out = []
    for m in _based_in_re().finditer(text):
        at = m.end()
        for name in names:
            end = at + len(name)
            if text.startswith(name, at) and (end == len(text) or not (text[end].isalnum() or text[end] in "_-")):
                out.append(Place(cities()[name], at, end))
                break
    return tuple(out)


def before_firm_noun(text: str, p: Place) -> bool:
    """True when the place words modify a firm noun ('Asian carmakers', 'the European oil firms'): they
    say where firms are from, not where the figure's activity is."""
    described = _patterns()["described"].match(text, p.end)
    return described is not None and modifiers_only(described.group(1))


def before_named_firm(text: str, p: Place) -> bool:
    """True when the place words describe a firm named right after ('US phone firm MCI', 'Italian bank
    Mediobanca'): the firm's home, not where the sentence's activity is."""
    m = _patterns()["before_name"].match(text, p.end)
    return m is not None and modifiers_only(m.group(1))


def _singular_possessive(text: str, p: Place, described: re.Match[str]) -> bool:
    """True for a country's possessive before one firm noun ("Turkey's biggest private mobile firm"): like
    'the Turkish firm', a description of one firm by its country, which the text names elsewhere; not a
    plural ("Japan's carmakers"), which says where several firms are from."""
    if not text.startswith(("'s", "’s"), p.end):
        return False
    noun = described.group().split()[-1]
    return noun in _vocab()["firm"] or (noun.endswith("maker") and noun != "maker")


def _antecedent(doc: _Text, at: int, known: list[Firm]) -> str | None:
    """The firm a definite description at ``at`` refers to: the latest known firm named before it, else the
    agent of its own sentence (:func:`_sentence_agent`), else the story's agent, else that of the sentence before
    (:func:`_previous_agent`: a story whose firm is the agent of one sentence only)."""
    named = [(max((s for s, _ in doc.mentions(f.name) if s < at), default=-1), f.name) for f in known[-20:]]
    named = [n for n in named if n[0] >= 0]
    return max(named)[1] if named else _sentence_agent(doc.text, at) or doc.agent() or _previous_agent(doc.text, at)


#: How far back from a description its sentence's start is looked for.
_AGENT_REACH = 600


def _agent_sentence_start(text: str, at: int) -> int | None:
    """Where the sentence of ``at`` starts, read back at most :data:`_AGENT_REACH` characters (None for a longer
    one: 'the firm' in a list of numbers has no agent read)."""
    lo = max(0, at - _AGENT_REACH)
    ends = [e + 2 for e in (text.rfind(mark, lo, at) for mark in (". ", "! ", "? ")) if e >= 0]
    line = text.rfind("\n", lo, at)
    if line < 0 and not ends and lo > 0:
        return None
    return max([line + 1, lo, *ends])


def _sentence_agent(text: str, at: int) -> str | None:
    """The firm that opens the sentence of ``at`` as its agent, a name before a verb or a possessive ('Fiat
    will meet car giant General Motors (GM) ... over the future of the Italian firm's loss-making auto group'):
    a description in the same sentence refers back to the clause's agent, not to the story's, nor to a firm
    the sentence names after it as an object."""
    start = _agent_sentence_start(text, at)
    if start is None:
        return None
    m = _patterns()["agent"].match(text, start)
    return m.group(1) if m is not None and m.end() <= at and _is_name(m.group(1)) else None


#: The end of a sentence before blank space: what a sentence (not a headline) ends with.
_SENTENCE_END_BEFORE = re.compile(r"[.!?][\"'’”]?\s*\Z")


def _previous_agent(text: str, at: int) -> str | None:
    """The firm that opens the sentence before the one of ``at`` as its agent, when that sentence ends with a
    sentence's mark (a headline does not): a description anywhere in a sentence no firm opens refers back to it
    ('Volkswagen is considering building a car factory in India ... The German giant said it was studying the
    possibility'; 'Electrolux saw its shares rise ... Analysts said the Swedish firm would move 10 plants')."""
    start = _agent_sentence_start(text, at)
    if start is None or start == 0 or not _SENTENCE_END_BEFORE.search(text, max(0, start - 4), start):
        return None
    end = len(text[:start].rstrip())
    return _sentence_agent(text, end - 1)


_NAME_WORD = re.compile(r"[A-Z][\w\-]*")


def national_word(text: str, start: int, end: int, code: str) -> tuple[int, int]:
    """The span of the word of a firm's name ``text[start:end]`` that names ``code`` ('France' of 'France
    Telecom', 'Deutsche' of 'Deutsche Boerse'): the evidence of the firm's home, a name of its code (the
    package checks it like a quote); the whole name if no word does."""
    for m in _NAME_WORD.finditer(text, start, end):
        if names().get(m.group()) == code:
            return m.span()
    return start, end


def named_firms(text: str) -> list[Firm]:
    """Every firm whose name holds a national word ('France Telecom', 'Air France', 'Deutsche Boerse'),
    with the country that word names: the text giving the firm's home for its own figures
    (:func:`owns`), the name itself the evidence. A benchmark's name ('London Brent') is no firm."""
    return [
        Firm(text[p.start : p.end], p)
        for p in text_places(text)
        if p.code == FIRM_NAME and p.named and "\n" not in text[p.start : p.end]
    ]


#: The capitalised word that ends right before a name's tail ('Munich' of 'Munich Re').
_WORD_BEFORE = re.compile(r"(?<![\w&.'’\-])[A-Z][\w&\-]*[\w&][^\S\n]+\Z")


def unplaced_firms(text: str) -> list[tuple[int, int]]:
    """The spans of firms' names made of a capitalised word that is no place and a tail of
    ``vocab/en/name_tails.tsv`` ('Munich Re', 'Hanover Re'): firms the text gives no home. They are
    mentioned between a firm with a home and 'the company' that follows, which then stands for them; not
    a firm being bought ('the acquisition of International Steel Group': the buyer stays the company)."""
    out = []
    for m in name_tail().finditer(text):
        word = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start() + 1)
        if word is None:
            continue
        first = text[word.start() : m.start()].strip()
        before = [w.lower() for w in _LETTERS.findall(text, max(0, word.start() - 30), word.start())][-2:]
        bought = len(before) == 2 and before[0] in deal_nouns() and before[1] in ("of", "in")
        if first not in _vocab()["notname"] and not find_places(first) and not bought:
            out.append((word.start(), m.end()))
    return out


@cache
def deal_nouns() -> frozenset[str]:
    """The nouns of ``vocab/en/deals.tsv`` ('acquisition', 'stake'): after them, 'of' or 'in' names what is
    bought."""
    return word_list("deals.tsv", "")


#: An acronym in brackets ('(LSE)'), found first; the name before it is read back from there.
_ACRONYM = re.compile(r"\(([A-Z][A-Z&]{1,5})\)")
#: The capitalised name right before an acronym ('London Stock Exchange', 'Bank of Foo'), on one line.
_LONG_NAME = re.compile(
    r"(?<![\w&\-])[A-Z][\w&\-]*(?:[^\S\n]+(?:(?:of|for|and|the|de)[^\S\n]+)?[A-Z][\w&\-]*)*[^\S\n]*\Z"
)


def acronyms(text: str) -> list[tuple[str, Place | None]]:
    """Each acronym the text defines after a name ('the London Stock Exchange (LSE)'), with the place the
    name holds (its country word, or the home of a firm named for a country: ``named``, the firm's own
    figures only), None when the name holds none. An acronym that is a place itself ('IMF') is left out."""
    out: list[tuple[str, Place | None]] = []
    for m in _ACRONYM.finditer(text):
        short = m.group(1)
        name = _LONG_NAME.search(text, max(0, m.start() - 80), m.start())
        if name is None or short in names() or not name.group().strip():  # a place name ('IMF') is no alias
            continue
        inside = [p for p in text_places(text) if name.start() <= p.start < m.start() and p.code not in blocs()]
        home = next((p for p in inside if p.code not in UNCODED or p.named), None)
        code = (home.named or home.code) if home else ""
        out.append((short, Place(code, *national_word(text, home.start, home.end, code), named=code) if home else None))
    return out


#: Words of a name that its initials skip ('Bank of America' -> 'BoA' is not read; 'Royal Bank of Scotland' -> 'RBS').
_INITIALS_SKIP = frozenset({"of", "and", "the", "de", "&"})


def initials(name: str) -> str | None:
    """The initials of a name of two to four capitalised words ('British Airways' -> 'BA', 'Royal Bank of
    Scotland' -> 'RBS'), the small words skipped; None for a one-word name or a word not capitalised."""
    words = [w for w in name.split() if w.lower() not in _INITIALS_SKIP]
    if not 2 <= len(words) <= 4 or not all(w[0].isupper() and w[0].isalpha() for w in words):
        return None
    return "".join(w[0] for w in words)


def _initials_mentions(text: str, known: dict[tuple[int, int], Place]) -> list[tuple[int, int, Place]]:
    """The mentions of a firm by its initials ('British Airways' ... "BA's shares"): a word in capitals that
    spells the initials of a firm's name of several words that the text named before with a home (``known``:
    each mention's home), as the press shortens a name it has given in full. Initials that are a place's
    name ('US', 'EU') or that two of the text's firms share stand for no firm."""
    homes: dict[str, tuple[int, Place]] = {}
    clash: set[str] = set()
    for (s, e), home in sorted(known.items()):
        short = initials(text[s:e])
        if short is None or short in names():
            continue
        if short in homes and homes[short][1].code != home.code:
            clash.add(short)
        homes.setdefault(short, (e, home))
    out: list[tuple[int, int, Place]] = []
    for short, (after, home) in homes.items():
        if short in clash:
            continue
        out.extend((s, e, home) for s, e in _whole_word_spans(text, short) if s >= after)
    return out


def _first_homes(firms: list[Firm]) -> dict[str, Place]:
    """Each firm's home by the first word of its name: the first the text gives it, unless a later one names
    the same countries and more ('Swiss-based Xstrata', then 'Zurich and London-based Xstrata': CH;GB), the
    fuller statement of the same home; a later home of other countries does not replace it."""
    out: dict[str, Place] = {}
    for f in firms:
        key = f.name.split()[0]
        kept = out.get(key)
        if kept is None or set(kept.code.split(";")) < set(f.home.code.split(";")):
            out[key] = f.home
    return out


def _described_as(text: str, firms: list[Firm]) -> dict[str, set[str]]:
    """The firm nouns that describe each firm before its name, by the first word of its name ('Irish publishing
    group Independent News & Media' -> group; 'Indian newspaper company Jagran' -> company)."""
    out: dict[str, set[str]] = {}
    for f in firms:
        m = _patterns()["before_name"].match(text, f.home.end)
        if m is not None and m.group(2).split()[0] == f.name.split()[0]:
            words = text[m.start() : m.start(2)].split()
            if words:
                out.setdefault(f.name.split()[0], set()).add(words[-1].lower())
    return out


#: How many firm mentions back a definite description looks for the firm its noun described.
_NOUN_REACH = 8


def _same_noun(
    noun: str,
    spots: list[tuple[int, int, Place]],
    i: int,
    by_span: dict[tuple[int, int], str],
    called: dict[str, set[str]],
) -> int:
    """The mention a definite description ('the group') stands for: the latest before it (``spots[i]``), unless
    that firm was described by another firm noun and an earlier one by this noun ('Irish publishing group
    Independent News & Media is buying a stake in Indian newspaper company Jagran ... the group said': the
    group is Independent, not Jagran); the earlier one then, looked for among a few mentions back."""
    latest = called.get(by_span.get(spots[i][:2], ""), set())
    if not latest or noun in latest:
        return i
    for j in range(i - 1, max(-1, i - _NOUN_REACH), -1):
        if noun in called.get(by_span.get(spots[j][:2], ""), set()):
            return j
    return i


#: The word after a firm's first word that may start another name: a capitalised word, or '&' ('Standard & Poor's').
_NEXT_CAPITAL = re.compile(r"[^\S\n]+([A-Z][\w&\-]*|&)")


def _other_name(text: str, names: Sequence[str], end: int) -> bool:
    """True when a first word that ends at ``end``, shared by ``names`` (the text's firms named by it), goes on
    with a capitalised word or '&' that is none of their next words nor a short form of one ('JP McManus' for 'JP
    Morgan', 'Robert Oatley' for 'Robert Mondavi', 'Standard & Poor's' for 'Standard Life'; 'GW Pharma' is 'GW
    Pharmaceuticals', 'Marks & Spencer' is 'Marks & Spencer'): another name that
    shares the first word, not a mention of a firm (:meth:`_Text.mentions` finds a firm by its first word). A
    firm named by one word alone may go on ('Nestle Waters' is its unit)."""
    nxt = _NEXT_CAPITAL.match(text, end)
    if nxt is None:
        return False
    seconds = [n.split()[1] for n in names if len(n.split()) > 1]
    if len(seconds) < len(names):
        return False
    return not any(w.startswith(nxt[1]) or nxt[1].startswith(w) for w in seconds)


def firm_places(text: str) -> list[Place]:
    """Every mention of a firm with a home, as its home's code and evidence, ``via`` the mention.

    The mentions are the firm's name and the definite 'the firm', 'the company', 'the group' (the firm
    named most recently before), so that a figure of a sentence about the firm is about its country.
    A home the text states comes first; a firm named for a country (:func:`named_firms`) is mentioned
    by its whole name, each mention its own evidence, marked ``named`` (its own figures only).
    """
    doc = _Text(text)
    firms = homes(text, doc)
    by_name = named_firms(text)
    short = [(a, home) for a, home in acronyms(text) if home is not None] if "(" in text else []
    if not firms and not by_name and not short:
        return []  # a firm without a home is no place: none is needed to end another's reach
    first: dict[tuple[int, int], Place] = {}
    names = _first_homes(firms)
    called = _described_as(text, firms)
    by_span: dict[tuple[int, int], str] = {}
    named_by: dict[str, list[str]] = {}  # the full names of the text's firms by their first word
    for f in firms:
        named_by.setdefault(f.name.split()[0], []).append(f.name)
    for name, home in names.items():
        for span in doc.mentions(name):
            if _other_name(text, named_by[name], span[1]):
                continue  # 'JP McManus' is no mention of 'JP Morgan'
            first.setdefault(span, home)
            by_span.setdefault(span, name)
    for name, code in {f.name: f.home.named for f in by_name}.items():
        for s, e in _whole_word_spans(text, name):
            first.setdefault((s, e), Place(code, *national_word(text, s, e, code), named=code))
    for acronym, home in short:
        for s, e in _whole_word_spans(text, acronym):
            first.setdefault((s, e), home)
    for s, e, home in _initials_mentions(text, first):
        first.setdefault((s, e), home)
    taken = {s for s, _ in first}
    for s, e in unplaced_firms(text):
        if s not in taken:
            first[(s, e)] = Place(FIRM_NAME, s, e)  # ends the reach of the firm named before
    spots: list[tuple[int, int, Place]] = []
    reach = -1
    for (s, e), home in sorted(first.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        if e <= reach:
            continue  # 'Interbrew' inside 'Sun Interbrew'
        reach = e
        spots.append((s, e, home))
    starts = [s for s, _, _ in spots]
    anaphors = []
    for m in _patterns()["anaphor"].finditer(text):
        i = bisect_right(starts, m.start()) - 1
        while i >= 0 and (spots[i][1] > m.start() or example_mention(text, spots[i][2], spots[i][0])):
            i -= 1  # 'the company' stands for no firm named as an example ('clients like Deutsche Telekom'); asked
            # only of the mentions an anaphor reaches back over (named_as_example is cached), not of every mention
        if i >= 0:
            i = _same_noun(m.group().split()[-1].lower(), spots, i, by_span, called)
            anaphors.append((m.start(), m.end(), spots[i][2]))
    return [
        Place(home.code, home.start, home.end, via=(s, e), named=home.named)
        for s, e, home in sorted(spots + anaphors, key=lambda t: t[:2])
    ]


#: Names listed before a firm's mention after an example word ('like Deutsche Telekom, Vodafone and '): up to three.
_LISTED_BEFORE = r"(?:[A-Z][\w&.\-]*(?:" + _S + r"[A-Z][\w&.\-]*){0,2}(?:,|,?" + _S + r"and)" + _S + r"){0,3}"


@cache
def _example_re() -> re.Pattern[str]:
    """Before a firm's mention: a noun of class 'others' of ``vocab/en/frames.tsv`` ('clients', 'rivals'; capitalised
    at a sentence's start: 'Rivals such as'), a word of class 'example' if any ('like', 'such as', 'include'), then
    'the' and the names listed before the mention, if any."""
    return re.compile(
        r"\b(?i:"
        + phrase_group("frames.tsv", "others")
        + r")(?:"
        + _S
        + phrase_group("frames.tsv", "example")
        + r")?"
        + _S
        + r"(?:the"
        + _S
        + r")?"
        + _LISTED_BEFORE
        + r"\Z"
    )


def home_before(home: Place, at: int) -> bool:
    """True when a firm's home is stated right before its mention's name at ``at`` ('US firm Ford', 'US rivals
    Ford'), not in a mention earlier or as a national word inside the name."""
    return home.end <= at <= home.end + 40


def example_mention(text: str, home: Place, at: int) -> bool:
    """True when the firm whose name is at ``at`` is :func:`named_as_example`, the words read before its home when
    the home is stated right before the name ('rivals such as US firm Ford'), else before its name. 'Chrysler
    avoided the fate of US rivals Ford' is no example: the national word before the noun is the home the firm
    shares with its rivals (the BBC gold: Chrysler's sales, US)."""
    return named_as_example(text, home.start if home_before(home, at) else at)


@per_text
def named_as_example(text: str, at: int) -> bool:
    """True when the firm mentioned at ``at`` is named as an example of others' clients, rivals or peers ('thanks
    to clients like Deutsche Telekom', 'with rivals such as BMW and Mercedes'): not the story's firm, so its home
    is no place that a later sentence inherits, that 'the company' stands for, or that a figure outside its own
    clause takes (README of the BBC gold: a country word inside a company's name is not by itself the subject of
    a figure about something else). Cached: a text's firms are asked of again for each figure near them."""
    return _example_re().search(text, max(0, at - 100), at) is not None


@cache
def _report_words() -> frozenset[str]:
    return frozenset(_vocab()["report"])


@cache
def _refer_words() -> frozenset[str]:
    return frozenset(_vocab()["refer"])


@cache
def _by_words() -> tuple[list[str], ...]:
    """The phrases of class 'by' of ``vocab/en/firms.tsv`` as lists of words ('according to')."""
    return tuple(phrase.split() for phrase in _vocab()["by"])


#: A short name in brackets right after a name ('(IMF)'), read past before the verb of report.
_BRACKETED = re.compile(r"[^\S\n]*\([^()\n]{1,12}\)")
#: Words that may stand between a firm and its verb of report ('Swiss Re has also said').
_BETWEEN_REPORT = frozenset({"aux"})


def _reports(text: str, sent: tuple[int, int], at: tuple[int, int]) -> bool:
    """True when the firm mentioned at ``at`` reports something: a verb of report follows it (auxiliaries
    between: 'Swiss Re has said'; a short name in brackets: 'the International Monetary Fund (IMF) said'; the
    name of its body: "The United Nations' Economic Commission for Latin America said"), or 'according to' or a
    noun of a report and 'from' comes before it ('estimates from the World Bank')."""
    body = _BODY.match(text, at[1])  # "The United Nations' Economic Commission for Latin America ... said"
    if body is None and text.startswith(("'s", "’s"), at[1]):
        return False  # 'France Telecom's profits': the firm owns what follows
    short = _BRACKETED.match(text, at[1])  # 'the International Monetary Fund (IMF) said'
    end = body.end() if body else short.end() if short else at[1]
    after = _LETTERS.findall(text, end, min(sent[1], end + 60))
    for word in after[:4]:
        low = word.lower()
        if low in _report_words():
            return True
        if not word_classes().get(low, frozenset()) & _BETWEEN_REPORT:
            break
    before = [w.lower() for w in _LETTERS.findall(text, max(sent[0], at[0] - 30), at[0])]
    if before[-1:] == ["the"]:
        before.pop()
    return any(before[-len(by) :] == by for by in _by_words()) or (
        len(before) > 1 and before[-1] in _vocab()["source_by"] and before[-2] in _vocab()["source"]
    )


#: After a name, a possessive and the capitalised name of one of its bodies ("' Economic Commission for Latin
#: America and the Caribbean"): what the body reports, the name reports.
_BODY = re.compile(r"['’]s?[^\S\n]+[A-Z][\w\-]*(?:[^\S\n]+(?:[A-Z][\w\-]*|of|for|and|the|on))*")


def owns(text: str, sent: tuple[int, int], fig: tuple[int, int], p: Place) -> bool:
    """Whether the figure at ``fig`` is the own figure of the firm mentioned at ``p.at`` (its profit, its
    offer, its staff) rather than one it reports about something else ('Swiss Re has said total claims
    are likely to be less than $10bn'; README of the BBC gold: a country word in a firm's name gives the
    firm's home for its own figures only). A report is the firm's own when its words refer back to the
    firm or name a firm's results ('said it would', 'its', 'said profits rose': class 'refer')."""
    if not _reports(text, sent, p.at):
        return True
    words = _LETTERS.findall(text, p.at[1], fig[0]) if p.at[1] <= fig[0] else _LETTERS.findall(text, sent[0], p.at[0])
    return any(w.lower() in _refer_words() or (w.islower() and is_firm_noun(w)) for w in words if not w.isupper())


#: Between a firm's mention and a country word later in its sentence: no sentence's end (a decimal point is none:
#: 'saw profits rise 2.5% on upbeat US earnings').
_ONE_SENTENCE = re.compile(r"(?:[^.!?\n]|(?<=\d)\.(?=\d))*")
#: After a country word: up to three lower-case words, read for a noun of the firm's business ('US mobile earnings').
_MODIFIES = re.compile(r"(?:[^\S\n]+[a-z][\w\-]*){1,3}")


def _modifier_use(words: list[str]) -> bool:
    """True when the lower-case words after a country word make it a modifier of a noun of a part of a firm's
    business ('US mobile earnings', 'US revenues'): a noun of class 'segment' of ``vocab/en/firms.tsv``, after
    content words only (no class of ``vocab/en/words.tsv``: not 'over', 'has'); not 'the Chinese wine market', a
    place of the activity."""
    classes = word_classes()
    for i, w in enumerate(words):
        if w in _vocab()["segment"]:
            return True
        if classes.get(w) or i == len(words) - 1:
            return False
    return False


def segment_owner(text: str, p: Place, firms: list[Place]) -> Place | None:
    """The firm with a home whose mention comes before the named place ``p`` in its sentence, when ``p`` is a
    country word of a part of the firm's business (:func:`_modifier_use`: 'Deutsche Telekom saw strong profits on the
    back of upbeat US mobile earnings'), whose country is no context for a later sentence about the firm
    (``subject.context``: the context of a sentence that names no place). ``firms``: mentions of firms with a home
    (:func:`firm_places`). None when no such firm (of another country) comes before it."""
    if p.via is not None or before_firm_noun(text, p):
        return None
    m = _MODIFIES.match(text, p.end)
    if m is None or not _modifier_use(m.group().split()):
        return None
    before = [
        f
        for f in firms
        if f.at[1] <= p.start
        and f.code not in UNCODED
        and f.code != p.code
        and _ONE_SENTENCE.fullmatch(text, f.at[1], p.start) is not None
    ]
    return max(before, key=lambda f: f.at) if before else None
