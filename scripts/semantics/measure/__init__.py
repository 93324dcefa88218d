"""What a figure measures and who holds what a count counts: the semantic stage's ``measure`` and holder.

:func:`find_measure` reads the words around a figure (``newsfigures.semantics.words``) and returns the span of
the phrase the number quantifies, as written; :func:`find_holder` the phrase of who holds, employs or counts the
things a count counts. The rules are cut by what they read, each module using only those above it:

- ``vocab``: the English words the rules read by spelling (``vocab/en/measure.toml`` and shared word lists);
- ``tokens``: what one word or a short run of words is in its place (a participle, a verb before a figure, a
  name, the hedges and bounds before a figure, conversions in parentheses after it);
- ``phrase``: the noun-phrase walk, rightwards from a token and leftwards from one, over its prepositions;
- ``clause``: the subject or object of the verb a figure follows, and the phrase opening a clause;
- ``money``: what money pays for, buys, is worth, is taken from or is, and the verbs of paying and earning;
- ``figures``: a figure read with another one (compared with, moved from or to, listed after, between dashes,
  'N more X', a ratio or a fraction of a phrase);
- ``counts``: the counted noun of a count and :func:`find_holder`;
- ``rules``: :func:`find_measure`, the ordered rules that choose among them (its docstring lists them).
"""

from .counts import find_holder
from .rules import find_measure, points_back

__all__ = ["find_holder", "find_measure", "points_back"]
