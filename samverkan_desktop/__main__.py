"""``python -m samverkan_desktop`` starts the GUI."""

import multiprocessing
import sys

if __name__ == "__main__":
    # The spell checker's process (ui.spelling_worker) is started by "spawn": in the frozen build that runs this
    # program again, and freeze_support turns that run into the worker instead of a second window.
    multiprocessing.freeze_support()
    from samverkan_desktop.app import main

    sys.exit(main())
