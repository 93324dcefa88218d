"""The word lists of the date rules (vocab/en/dates.toml), loaded once, and the tables the rules read from them."""

from __future__ import annotations

from typing import Any

from ..lexicon import load
from ..patterns import word_trie


def load_vocabulary() -> dict[str, Any]:
    """The word lists of the date rules (month names, seasons, holidays, ...): ``vocab/en/dates.toml``, parsed
    once per process (``extraction.lexicon.load``) for the date rules and the period rules that read them."""
    return load("dates")


_V = load_vocabulary()
#: Month number by the first three letters of its name or abbreviation ('sep' -> 9).
MONTHS: dict[str, int] = {name[:3].lower(): n for name, n in _V["months"].items()}
WEEKDAYS: dict[str, int] = {name.lower(): n for name, n in _V["weekdays"].items()}
#: Abbreviated weekdays a dateline may open with ('Wed., Jan. 5, 2005'): the header's, not running text's (sources.py).
WEEKDAY_ABBREVIATIONS: dict[str, int] = {name.lower(): n for name, n in _V["weekday_abbreviations"].items()}
#: Month names and abbreviations, lowercase, by number ('sept' -> 9): a dateline's months (sources.py).
MONTH_WORDS: dict[str, int] = {
    name.lower(): n for name, n in (*_V["months"].items(), *_V["month_abbreviations"].items())
}
#: Counts of "N units ago": numerals written as words.
NUMBER_WORDS: dict[str, float] = dict(_V["number_words"])
ORDINALS: dict[str, int] = dict(_V["ordinals"])
#: Steps of "this/last/next/previous ... year" and similar deictic words.
STEPS: dict[str, int] = dict(_V["steps"])
#: Steps of a year that name the twelve months from the present ('the coming year': see handlers._year_ahead).
AHEAD_YEAR_STEPS = frozenset(_V["ahead_year"]["steps"])
#: Words before 'day' that name a day of the story by anaphora, with the step in days from the story's last day
#: ('that day' 0, 'the previous day' -1, 'the following day' 1).
DAY_ANAPHORA: dict[str, int] = dict(_V["day_anaphora"])
#: Steps and directions counted from the story's last date, not from the publication date.
NARRATIVE_STEPS = frozenset(_V["narrative"]["steps"])
NARRATIVE_DIRECTIONS = frozenset(_V["narrative"]["directions"])
#: Words a weekday is part of a name with, not a day of the week ("Black Friday").
HOLIDAY_WORDS = frozenset(_V["weekday_names"]["words"])
#: Words after a weekday that make it part of a title ("The Sunday Times").
TITLE_WORDS = frozenset(_V["weekday_names"]["after"])
#: Words before 'on' that make the weekday after it a title ("the Independent on Sunday").
TITLE_BEFORE_ON = frozenset(_V["weekday_names"]["before_on"])
#: Words after 'Today' that make it a programme's name ("Radio 4's Today programme").
DAY_NAME_WORDS = frozenset(_V["deictic_day_names"]["after"])
#: Nouns after "today's" that make it the present's level, not the story's day ("half of today's levels").
TODAY_LEVEL_NOUNS = frozenset(_V["today_present"]["possessive_nouns"])
#: Verbs that close a comparison's clause before 'today' ('than it is today', 'than they do today').
TODAY_THAN_VERBS = tuple(_V["today_present"]["than_verbs"])
#: Words before 'than' that make 'than today' a deadline or a choice ('no later than today'), the story's day.
TODAY_NOT_BEFORE_THAN = frozenset(_V["today_present"]["not_before_than"])
#: Nouns of people or an age after "today's" that make it the present in general ("today's babies"), and the words
#: after such a noun that show it ends its phrase ("today's babies are", not "today's crisis talks").
TODAY_GENERAL_NOUNS = frozenset(_V["today_present"]["general_nouns"])
TODAY_GENERAL_FOLLOW = frozenset(_V["today_present"]["general_noun_follow"])
#: Present-tense verbs before 'still ... today' and the words right before 'today' ('even today') that make it a
#: state lasting into the present in general.
TODAY_STILL_VERBS = tuple(_V["today_present"]["still_verbs"])
TODAY_STILL_WORDS = tuple(_V["today_present"]["still_words"])
#: -ing words after 'still' that tell no event going on that day ('still being felt today').
TODAY_STILL_NOT_PROGRESSIVE = frozenset(_V["today_present"]["still_not_progressive"])
#: Frequency adverbs after a sentence's opening 'Today' that make its clause a habit of the present ('Today, games
#: often have budgets ...').
TODAY_HABIT_ADVERBS = tuple(_V["today_present"]["habit_adverbs"])
#: ISO 8601-2 season numbers (21 spring ... 24 winter).
SEASONS: dict[str, int] = dict(_V["seasons"])
#: Holiday name -> rule ("12-25", "easter-2", "11-3-4").
HOLIDAYS: dict[str, str] = dict(_V["holidays"])
#: Words before a holiday name that make it another calendar's ('Chinese New Year').
OTHER_CALENDARS = frozenset(_V["holiday_names"]["not_after"])
#: Nouns of events named by a day before them ('the 11 September attacks'), and days with a shape of their own.
EVENT_NOUNS = tuple(_V["events"]["nouns"])
NAMED_DAYS: dict[str, str] = dict(_V["events"]["named_days"])
#: Centuries in words ('the nineteenth century' -> 19) and the capitalised words that make 'Century' a name.
CENTURY_ORDINALS: dict[str, int] = dict(_V["centuries"]["ordinals"])
CENTURY_NAMES = frozenset(_V["centuries"]["name_after"])
#: The month the state's tax year begins in (the UK's: April).
TAX_YEAR_FIRST_MONTH: int = _V["tax_year"]["first_month"]


def _cap(*words: str) -> str:
    """An alternation matching each word lowercase or with a capital first letter."""
    return _trie(*words, cap=True)


def _trie(*words: str, cap: bool = False) -> str:
    """The words as a prefix tree (see newsfigures.extraction.patterns); with ``cap`` the first letter may be a capital."""
    return word_trie(words, cap=cap)
