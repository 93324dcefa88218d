"""``python -m newsfigures.bench``: NewsQuant accuracy and in-process throughput, then the CLI end to end (``make bench``)."""

import sys

from .newsquant import main
from .speed import main as speed_main

code = main()
sys.exit(code or (speed_main([]) if len(sys.argv) == 1 else 0))
