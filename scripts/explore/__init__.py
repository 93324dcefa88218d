"""The explorer: a static site to check every figure of a package against its source (``newsfigures explore``).

``read`` reads any package generically from its descriptor, ``coverage`` accounts for every numeral
of an article, ``charts`` places the figures that have a period, ``render`` writes the pages and
``site`` writes the folder; ``browser`` drives Debian's Chromium (tests, benchmark, screenshot).
"""

from .site import Site, default_out, write_site

__all__ = ["Site", "default_out", "write_site"]
