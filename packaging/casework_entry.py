"""PyInstaller's entry script: the frozen ``casework`` runs ``ui.cli.main:main``."""

import sys

from ui.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
