"""``python -m samverkan_desktop`` starts the GUI."""

import sys

from samverkan_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
