"""Starting a helper program (LibreOffice, taskkill) without a console window flashing up on Windows.

The frozen GUI has no console; Windows gives every console program it starts a window of its own unless told not
to. Every subprocess the app starts takes its options from ``hidden_window``. Standard library only, so that any
layer may start a program.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

# The values of subprocess.CREATE_NO_WINDOW, STARTF_USESHOWWINDOW and SW_HIDE, which exist only on Windows.
CREATE_NO_WINDOW = 0x08000000
STARTF_USESHOWWINDOW = 0x00000001
SW_HIDE = 0


def hidden_window(creationflags: int = 0, *, platform: str | None = None) -> dict[str, Any]:
    """Keyword arguments for ``subprocess.Popen``/``run``: on Windows ``CREATE_NO_WINDOW`` (added to
    ``creationflags``) and a ``STARTUPINFO`` that hides the window; elsewhere only ``creationflags`` as given."""
    if (platform or sys.platform) != "win32":
        return {"creationflags": creationflags} if creationflags else {}
    startupinfo_class = getattr(subprocess, "STARTUPINFO", None)
    options: dict[str, Any] = {"creationflags": creationflags | CREATE_NO_WINDOW}
    if startupinfo_class is not None:
        startupinfo = startupinfo_class()
        startupinfo.dwFlags |= STARTF_USESHOWWINDOW
        startupinfo.wShowWindow = SW_HIDE
        options["startupinfo"] = startupinfo
    return options
