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

    def token(char: str, first: bool) -> str:
        if space_run and char == " ":
            return r"\s+"
        if any_space and char == " ":
            return r"\s"
        if first and cap and char.isalpha() and char.upper() != char:
            return f"[{char.upper()}{char}]"
        return re.escape(char)

    def emit(node: dict[str, dict], first: bool) -> str:
        branches = [token(char, first) + emit(child, False) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree, True)
