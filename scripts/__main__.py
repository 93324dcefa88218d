"""``python -m scripts`` runs the command line."""

import sys

from scripts.cli import main

sys.exit(main())
