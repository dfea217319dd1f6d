"""Timing a command as a process of its own, with its peak memory: what a user waits for when they run it."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ProcessRun:
    seconds: float  # from spawn to exit
    peak_rss_mb: float  # the child's own maximum resident set (wait4's ru_maxrss)
    stdout: str
    stderr: str


def run_process(command: Sequence[str], env: Mapping[str, str] | None = None, ok: Sequence[int] = (0,)) -> ProcessRun:
    """Run ``command`` to its end; an exit code not in ``ok`` is an error, not a fast sample."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        child = subprocess.Popen(list(command), env=dict(env) if env is not None else None, stdout=out, stderr=err)
        _pid, status, usage = os.wait4(child.pid, 0)  # reaped here, with its own rusage
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if child.returncode not in ok:
        raise RuntimeError(f"{' '.join(command[:4])}… exited {child.returncode}: {stderr[-2000:]}")
    return ProcessRun(elapsed, usage.ru_maxrss / 1024, stdout, stderr)
