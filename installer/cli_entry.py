"""Entry script of the frozen console program ``samverkan`` (build.spec); the wheel uses pyproject's scripts."""

import sys

from samverkan_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
