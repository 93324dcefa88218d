"""Building blocks of the extractors' regular expressions, shared by numbers, figures and dates.

Word lists (units, currencies, month names, number words, hedges) are compiled as prefix trees
rather than alternations: ``(?:m(?:illion|n)|b(?:illion|n))`` instead of ``million|mn|billion|bn``.
They match the same texts (at a position, the longer of two words sharing a prefix is tried
first), but a word that is not there costs one test per character instead of one per word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def word_trie(words: Iterable[str], *, cap: bool = False, any_space: bool = False, space_run: bool = False) -> str:
    """A regex matching any of the literal ``words``, as a prefix tree.

    ``cap``: the first letter may also be a capital ('in' and 'In'). ``any_space``: a space in a
    word matches any one whitespace character ('per cent' across a line break); ``space_run``: a run
    of them ('the  age of').
    """
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    tokens: dict[tuple[str, bool], str] = {}

    def token(char: str, first: bool) -> str:
        found = tokens.get((char, first))
        if found is None:
            if space_run and char == " ":
                found = r"\s+"
            elif any_space and char == " ":
                found = r"\s"
            elif first and cap and char.isalpha() and char.upper() != char:
                found = f"[{char.upper()}{char}]"
            else:
                found = re.escape(char)
            tokens[(char, first)] = found
        return found

    def emit(node: dict[str, dict], first: bool) -> str:
        # a run of nodes with one child each and no word ending there is a plain sequence of characters,
        # written without recursion (the tail of most words)
        chain = ""
        while len(node) == 1 and "" not in node:
            ((char, node),) = node.items()
            chain += token(char, first)
            first = False
        branches = [token(char, first) + emit(child, False) for char, child in sorted(node.items()) if char]
        if not branches:
            return chain
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return chain + (f"(?:{body})?" if "" in node else body)

    return emit(tree, True)


#: The characters besides its two cases that an ASCII letter matches under ``re.IGNORECASE``: 'İ' and 'ı'
#: (i), 'ſ' (s) and the Kelvin sign (k), every code point past ASCII that ``(?i)[a-z]`` matches.
_FOLDS = "\u0130\u0131\u017f\u212a"


def any_case(char: str) -> frozenset[str]:
    """The characters ``char`` matches under ``re.IGNORECASE``: itself, its other case, and those of
    :data:`_FOLDS` (exact for an ASCII character, which every word list's first character is)."""
    near = {char, char.lower(), char.upper(), *_FOLDS}
    return frozenset(c for c in near if len(c) == 1 and re.fullmatch(re.escape(char), c, re.IGNORECASE))


def char_set(chars: Iterable[str]) -> str:
    """A character set of ``chars``, escaped and sorted: ``[Ssw]``."""
    return "[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]"


def head_set(firsts: Iterable[str], *, ignore_case: bool = False) -> str:
    """The character set a word list's pattern opens with: the words' first characters, and with ``ignore_case``
    every character each of them matches under ``re.IGNORECASE`` (:func:`any_case`)."""
    return char_set(set().union(*(any_case(c) for c in firsts)) if ignore_case else firsts)


def not_before_first(lookbehind: str) -> str:
    """The negative look-behind ``(?<!lookbehind)`` at a word's start, written for after its first character
    (which the pattern has consumed): ``(?<!lookbehind(?s:.))``."""
    return f"(?<!{lookbehind}(?s:.))"


def first_char_branches(words: Iterable[str], *, any_space: bool = False, space_run: bool = False) -> tuple[str, str]:
    """The first characters of ``words``, and the words as a prefix tree from after that character.

    Python's ``re`` skips quickly through a text only to where a pattern's opening plain character set
    matches: a pattern that opens with a look-behind or a case-insensitive letter is tried at every
    character. A word list's pattern therefore opens with :func:`char_set` of these first characters (of
    :func:`any_case` when case does not matter), puts its look-behinds after it (:func:`not_before_first`)
    and then these branches: each first character's words as ``(?<=c)rest``, in the order of
    :func:`word_trie`'s branches, so that they match what ``word_trie(words)`` matches from the same start.
    """
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    if not rests:
        return "", "(?!)"  # no word: a branch that never matches
    branches = [
        f"(?<={re.escape(first)})" + word_trie(rest, any_space=any_space, space_run=space_run)
        for first, rest in sorted(rests.items())
    ]
    return "".join(sorted(rests)), "(?:" + "|".join(branches) + ")"


def word_search(
    words: Iterable[str],
    not_before: str,
    *,
    ignore_case: bool = False,
    any_space: bool = False,
    space_run: bool = False,
) -> str:
    """Any of ``words`` as a whole word where no character of the class ``not_before`` stands on either side:
    ``(?<!not_before)(?:word_trie(words))(?!not_before)``, opening with the set of their first characters
    (:func:`first_char_branches`), with ``ignore_case`` as if compiled with ``re.IGNORECASE``."""
    firsts, branches = first_char_branches(words, any_space=any_space, space_run=space_run)
    if not firsts:
        return "(?!)"
    body = not_before_first(not_before) + branches + f"(?!{not_before})"
    return head_set(firsts, ignore_case=ignore_case) + (f"(?i:{body})" if ignore_case else body)


def phrase_alternation(phrases: Iterable[str], space: str, *, longest_first: bool = True) -> str:
    """A regex alternation of the literal ``phrases`` (no group), each run of white space in a phrase (a space, a
    tab, a doubled space in a vocabulary row) matching the regex ``space`` (``r"\\s+"`` across lines,
    ``r"[ \\t\\u00a0]+"`` within one, ``r"[ \\t\\u00a0]{1,3}"`` a few blanks): the one builder of the phrase
    alternations of the date and semantic stages. ``longest_first``: at one position the longer of two phrases
    sharing a start is tried first ('at the end of' before 'at the end'); else the given order.
    """
    ordered = sorted(phrases, key=len, reverse=True) if longest_first else phrases
    return "|".join(space.join(map(re.escape, p.split())) for p in ordered)
