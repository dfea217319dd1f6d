"""cProfile summaries (top 15 functions by cumulative time) for the measures that missed their target."""

from __future__ import annotations

import cProfile
import io
import pstats
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

TOP = 15


def _top(stats: pstats.Stats) -> str:
    out = io.StringIO()
    stats.stream = out
    stats.strip_dirs().sort_stats(pstats.SortKey.CUMULATIVE).print_stats(TOP)
    # Keep the table, drop pstats' preamble of file names and blank lines.
    lines = out.getvalue().splitlines()
    start = next((i for i, line in enumerate(lines) if "function calls" in line), 0)
    return "\n".join(line.rstrip() for line in lines[start:] if line.strip())


def profile_call(action: Callable[[], object], repeat: int = 1) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        action()
    profiler.disable()
    return _top(pstats.Stats(profiler))


def profile_process(command: Sequence[str], env: Mapping[str, str]) -> str:
    """``command`` is ``[python, -m, module, …]`` or ``[python, script, …]``; it is run under cProfile."""
    if command[0] != sys.executable:
        raise ValueError("only a Python command of this interpreter can be profiled")
    with tempfile.TemporaryDirectory(prefix="samverkan-profile-") as folder:
        output = Path(folder) / "run.prof"
        done = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(output), *command[1:]], env=dict(env),
                              capture_output=True, text=True, check=False)
        if done.returncode != 0 or not output.exists():
            return f"(profiling failed, exit {done.returncode}: {done.stderr[-500:]})"
        return _top(pstats.Stats(str(output)))


def profile_typing(command: Sequence[str], env: Mapping[str, str]) -> str:
    """The typing script's own profile of its event loop only (start-up and imports left out)."""
    with tempfile.TemporaryDirectory(prefix="samverkan-profile-") as folder:
        output = Path(folder) / "typing.prof"
        done = subprocess.run([*command, "--profile", str(output)], env=dict(env), capture_output=True, text=True,
                              check=False)
        if done.returncode != 0 or not output.exists():
            return f"(profiling failed, exit {done.returncode}: {done.stderr[-500:]})"
        return _top(pstats.Stats(str(output)))
