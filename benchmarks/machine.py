"""What the figures were measured on: CPU, cores, memory, OS and the versions that matter for speed."""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
from pathlib import Path


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith(("model name", "hardware", "cpu model")):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def _memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / (1024 * 1024)
    except OSError:
        pass
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    except (ValueError, OSError, AttributeError):
        return None


def _versions() -> dict[str, str]:
    versions = {"Python": platform.python_version(), "SQLite": sqlite3.sqlite_version}
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        versions["Qt"] = qVersion()
        versions["PySide6"] = PySide6.__version__
    except ImportError:
        versions["Qt"] = "not installed"
    try:
        import sqlalchemy

        versions["SQLAlchemy"] = sqlalchemy.__version__
    except ImportError:
        pass
    try:
        from importlib.metadata import version

        versions["python-docx"] = version("python-docx")
    except Exception:  # a missing distribution only leaves a version out of the description
        pass
    return versions


def describe() -> dict[str, str]:
    """Label -> value, in the order the report prints them."""
    memory = _memory_gib()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    facts = {
        "CPU": _cpu_model(),
        "Cores": str(os.cpu_count() or "?"),
        "RAM": f"{memory:.1f} GiB" if memory else "unknown",
        "OS": platform.platform(),
        "Load average at start (1, 5, 15 min)": load,
    }
    facts.update(_versions())
    facts["Interpreter"] = sys.executable
    return facts
