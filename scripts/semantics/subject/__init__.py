"""Who a figure is about: its subject and counterpart, each a place of the text with its evidence.

A figure's subject is the place its sentence makes it about, else the one its context carries; its counterpart the
other party of a trade, a transfer, a deal or a comparison (:func:`who`). The rules are one module per concern,
imports flowing one way: ``firms`` (a company's home), ``venues`` (a forum's venue, a conflict's place), ``rates``
(exchange rates and the currencies they are quoted in), ``frames`` (frames that decide a subject: trade partners,
listings, owners, a currency's country), ``deals`` (a deal's buyer); on them ``clause`` (a figure's clause and the
word before a place), ``mentions`` (where a text mentions places, country anaphors), ``commentators`` (where a quoted
speaker works), ``regions``, ``scope`` (groups of countries, the whole world), ``prices`` (world prices), ``shares``
(a share held, a share's market), ``transfers`` (transfers, supplies, bids), ``context`` (the place a sentence that
names none takes), ``facts`` (a sentence's place facts, read once), ``who``, the decision, and ``stage``
(:class:`TextSubjects`: the stage as the pipeline runs it, per text, sentence and figure). This module re-exports
what the pipeline reads.
"""

from .facts import PlaceFacts
from .stage import TextSubjects
from .who import who

__all__ = ["PlaceFacts", "TextSubjects", "who"]
