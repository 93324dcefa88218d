"""newsfigures: every numeric claim of news articles, with provenance, as a Frictionless data package.

The code lives in the repository's ``scripts/`` folder and installs under this name. Stages, data
flowing one way, a folder per stage that has grown: ``sources`` (read seeds and metadata) ->
``extraction`` (``numbers`` finds numerals, ``figures`` and ``dates`` read them, ``merge`` settles
overlaps; records in ``mentions``) -> ``semantics`` (what, who, when; reviewed ``annotations``) ->
``package`` (``provenance`` and ``tables`` make rows, ``write`` and ``codebook`` write atomically,
``validate`` checks, ``load`` reads back; ``fields`` defines every column once, ``units`` is the one
unit registry). ``engine`` runs builds: streaming, cached per article, parallel on Dask. ``cli`` is the
command line, ``bench`` the benchmarks.
"""

__version__ = "0.1.0"
#: Release date of this version; the descriptor's ``created`` (deterministic: not the build clock).
RELEASE_DATE = "2026-11-22"
