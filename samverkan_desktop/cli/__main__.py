"""``python -m samverkan_desktop.cli``: the ``samverkan`` command."""

import sys

from samverkan_desktop.cli import main

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
