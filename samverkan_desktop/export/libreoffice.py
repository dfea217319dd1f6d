"""Finding LibreOffice's ``soffice`` where its installers put it.

In this order: the ``SAMVERKAN_SOFFICE`` setting (a path or a program name; when set and not working, nothing
else is tried, so a wrong setting is reported instead of silently replaced), the PATH (``soffice``, then
``libreoffice``), then per platform: on Windows the registry (the install path LibreOffice records, and the
"App Paths" entry), then the Program Files folders and a per-user install under %LOCALAPPDATA%\\Programs; on macOS
the application bundle in /Applications or ~/Applications.

Everything the search asks of the computer comes through ``Surroundings``, so that the tests can play Windows or
macOS on Linux.
"""

from __future__ import annotations

import ntpath
import os
import posixpath
import shutil
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

ENV_SOFFICE = "SAMVERKAN_SOFFICE"
PROGRAM_NAMES = ("soffice", "libreoffice")

# (hive, key, value name); "" is the key's default value.
REGISTRY_ENTRIES = tuple(
    (hive, key, value)
    for hive in ("HKLM", "HKCU")
    for key, value in (
        (r"SOFTWARE\LibreOffice\UNO\InstallPath", ""),  # the folder holding soffice.exe
        (r"SOFTWARE\WOW6432Node\LibreOffice\UNO\InstallPath", ""),  # a 32-bit LibreOffice on 64-bit Windows
        (r"SOFTWARE\Microsoft\Windows\CurrentVersion\App Paths\soffice.exe", ""),  # soffice.exe itself
    )
)

#: read_registry(hive, key, value) -> the string stored there, or None
RegistryReader = Callable[[str, str, str], "str | None"]


def read_windows_registry(hive: str, key: str, value: str) -> str | None:
    """The string at ``hive\\key`` (``value``; "" for the default), or None. Windows only."""
    if sys.platform != "win32":
        return None
    import winreg

    root = {"HKLM": winreg.HKEY_LOCAL_MACHINE, "HKCU": winreg.HKEY_CURRENT_USER}[hive]
    try:
        with winreg.OpenKey(root, key) as handle:
            data, kind = winreg.QueryValueEx(handle, value)
    except OSError:
        return None
    if kind == winreg.REG_EXPAND_SZ:
        data = winreg.ExpandEnvironmentStrings(data)
    return data if isinstance(data, str) and data.strip() else None


def _is_program(path: str) -> bool:
    return os.path.isfile(path) and os.access(path, os.X_OK)


@dataclass(frozen=True)
class Surroundings:
    """What the search may ask of this computer."""

    platform: str = field(default_factory=lambda: sys.platform)
    environ: Mapping[str, str] = field(default_factory=lambda: os.environ)
    which: Callable[[str], str | None] = lambda name: shutil.which(name)  # looked up when called
    is_program: Callable[[str], bool] = lambda path: _is_program(path)
    read_registry: RegistryReader | None = None

    @classmethod
    def here(cls) -> Surroundings:
        return cls(read_registry=read_windows_registry if sys.platform == "win32" else None)


def find_soffice(surroundings: Surroundings | None = None) -> str | None:
    """The LibreOffice program to run, or None."""
    env = surroundings or Surroundings.here()
    override = env.environ.get(ENV_SOFFICE, "").strip()
    if override:
        return env.which(override)
    for name in PROGRAM_NAMES:
        found = env.which(name)
        if found:
            return found
    for candidate in _installed_locations(env):
        if env.is_program(candidate):
            return candidate
    return None


def _installed_locations(env: Surroundings) -> Iterator[str]:
    if env.platform == "win32":
        yield from _windows_locations(env)
    elif env.platform == "darwin":
        bundle = ("LibreOffice.app", "Contents", "MacOS", "soffice")
        yield posixpath.join("/Applications", *bundle)
        home = env.environ.get("HOME")
        if home:
            yield posixpath.join(home, "Applications", *bundle)


def _windows_locations(env: Surroundings) -> Iterator[str]:
    if env.read_registry is not None:
        for hive, key, value in REGISTRY_ENTRIES:
            try:
                found = env.read_registry(hive, key, value)
            except OSError:
                found = None
            if not found:
                continue
            found = found.strip().strip('"')
            yield found if found.lower().endswith(".exe") else ntpath.join(found, "soffice.exe")
    program = ntpath.join("LibreOffice", "program", "soffice.exe")
    folders = [env.environ.get(name) for name in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")]
    folders += [r"C:\Program Files", r"C:\Program Files (x86)"]
    local = env.environ.get("LOCALAPPDATA")
    if local:
        folders.append(ntpath.join(local, "Programs"))
    seen: set[str] = set()
    for folder in folders:
        if folder and folder.lower() not in seen:
            seen.add(folder.lower())
            yield ntpath.join(folder, program)
