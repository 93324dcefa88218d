"""newsfigures: every numeric claim of news articles, with provenance, as a Frictionless data package.

Stages, one module each, data flowing one way:
``sources`` (read seeds and metadata) -> ``numbers`` (find numerals) -> ``figures`` / ``dates``
(mentions) -> ``provenance`` (sentences, ids, lines) -> ``annotations`` -> ``tables`` -> ``package``
(write atomically) -> ``validate``. ``units`` is the one unit registry; ``fields`` defines every
table field once.
"""

__version__ = "0.1.0"
#: Release date of this version; the descriptor's ``created`` (deterministic: not the build clock).
RELEASE_DATE = "2026-11-22"
