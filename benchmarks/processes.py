"""Timing a command as a process of its own, with its peak memory: what a user waits for when they run it."""

from __future__ import annotations

import subprocess
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

POLL_S = 0.01


@dataclass(frozen=True)
class ProcessRun:
    seconds: float  # from spawn to exit
    peak_rss_mb: float  # the program's own high-water mark of resident memory (VmHWM), NaN where unknown
    stdout: str
    stderr: str


def _high_water_mb(pid: int) -> float | None:
    """VmHWM of the running program: its own peak after exec. (wait4's ru_maxrss would not do: on Linux a child
    starts with the maxrss of the process that forked it, here the benchmark with its databases open.)"""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        return None
    return None


def run_process(command: Sequence[str], env: Mapping[str, str] | None = None, ok: Sequence[int] = (0,)) -> ProcessRun:
    """Run ``command`` to its end; an exit code not in ``ok`` is an error, not a fast sample."""
    peak = float("nan")
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        child = subprocess.Popen(list(command), env=dict(env) if env is not None else None, stdout=out, stderr=err)
        while child.poll() is None:  # the high-water mark only grows: the last reading is the peak, within 10 ms
            seen = _high_water_mb(child.pid)
            if seen is not None:
                peak = seen if peak != peak else max(peak, seen)
            time.sleep(POLL_S)
        elapsed = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if child.returncode not in ok:
        raise RuntimeError(f"{' '.join(command[:4])}… exited {child.returncode}: {stderr[-2000:]}")
    return ProcessRun(elapsed, peak, stdout, stderr)
