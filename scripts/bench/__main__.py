"""``python -m newsfigures.bench``: the NewsQuant accuracy and throughput benchmark (``make bench``)."""

import sys

from .newsquant import main

sys.exit(main())
