"""Measuring instruments: an event-loop latency probe, peak and current memory, and medians/percentiles.

Qt is imported lazily (only the latency probe needs it), so that the statistics and memory helpers can be
used by scripts that never start a QApplication.
"""

from __future__ import annotations

import math
import resource
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

_STATUS = Path("/proc/self/status")


# -- statistics ------------------------------------------------------------------------------------
def median(samples: Sequence[float]) -> float:
    if not samples:
        raise ValueError("median of no samples")
    return statistics.median(samples)


def percentile(samples: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) with linear interpolation between closest ranks (numpy's default)."""
    if not samples:
        raise ValueError("percentile of no samples")
    if not 0 <= q <= 100:
        raise ValueError(f"percentile {q} is outside 0..100")
    ordered = sorted(samples)
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def timed(action: Callable[[], object]) -> float:
    """Seconds one call of ``action`` takes."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def interleaved(baseline: Callable[[], object], subject: Callable[[], object], runs: int,
                warmup: int = 1) -> tuple[list[float], list[float]]:
    """Seconds per run of each, run ABAB so that drift of the machine (load, frequency) hits both alike."""
    for _ in range(warmup):
        baseline()
        subject()
    base, subj = [], []
    for _ in range(runs):
        base.append(timed(baseline))
        subj.append(timed(subject))
    return base, subj


# -- memory ------------------------------------------------------------------------------------------
def _status_kb(field: str) -> int | None:
    try:
        for line in _STATUS.read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def peak_rss_mb() -> float:
    """The process's peak resident set (VmHWM on Linux; getrusage elsewhere), in MiB."""
    kb = _status_kb("VmHWM")
    if kb is not None:
        return kb / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # macOS counts bytes


def current_rss_mb() -> float:
    """The resident set now (VmRSS), in MiB; the peak where the system tells only that."""
    kb = _status_kb("VmRSS")
    return kb / 1024 if kb is not None else peak_rss_mb()


# -- event loop latency --------------------------------------------------------------------------------
class LatencyProbe:
    """Records how late a fast repeating timer fires: a tick that comes 40 ms after the one before, on a
    5 ms interval, means the GUI thread was busy (could not repaint or take a key) for about 35 ms.

    Use ``start()``, run the event loop, ``stop()`` (or ``with probe.probing(): loop.exec()``); then
    ``longest_stall_ms`` and ``stalls_ms``, or ``summary()`` for what the GUI benchmarks report. ``idle(ms)``
    probes the event loop with nothing running: the stalls this machine gives an idle window (the control).
    """

    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.interval_ms = interval_ms
        self.gaps_ms: list[float] = []
        self._last: float | None = None
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps_ms.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()  # a stall that lasts until stop() counts too
        self._last = None

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.gaps_ms.append((now - self._last) * 1000)
        self._last = now

    @property
    def stalls_ms(self) -> list[float]:
        """Per tick: how much later than its interval it came (never negative)."""
        return [max(0.0, gap - self.interval_ms) for gap in self.gaps_ms]

    @property
    def longest_stall_ms(self) -> float:
        return max(self.stalls_ms, default=0.0)

    @contextmanager
    def probing(self) -> Iterator[LatencyProbe]:
        """Probe for the length of the ``with`` block (stopped also when it raises)."""
        self.start()
        try:
            yield self
        finally:
            self.stop()

    def idle(self, ms: int) -> float:
        """Run the event loop for ``ms`` with nothing else to do, probing; its longest stall."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        with self.probing():
            QTimer.singleShot(ms, loop.quit)
            loop.exec()
        return self.longest_stall_ms

    def summary(self, longest: int = 5) -> dict:
        """What the GUI benchmarks report of one probed run: the longest stall, the 99th percentile of the
        stalls, the ``longest`` longest ones (longest first) and the number of ticks."""
        stalls = self.stalls_ms
        return {"longest_stall_ms": self.longest_stall_ms, "p99_stall_ms": percentile(stalls, 99) if stalls else 0.0,
                "longest_stalls_ms": sorted(stalls, reverse=True)[:longest], "ticks": len(stalls)}
