"""The measuring instruments: the event-loop latency probe, the memory probe and the statistics helpers."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer

from benchmarks.probes import LatencyProbe, current_rss_mb, interleaved, median, peak_rss_mb, percentile


def test_latency_probe_sees_a_blocked_gui_thread_as_one_long_stall(qtbot):
    probe = LatencyProbe(interval_ms=5)
    blocked = []

    def block() -> None:
        time.sleep(0.1)  # the deliberate 100 ms the GUI thread cannot answer in
        blocked.append(len(probe.gaps_ms))

    probe.start()
    QTimer.singleShot(30, block)
    qtbot.waitUntil(lambda: bool(blocked) and len(probe.gaps_ms) > blocked[0] + 3, timeout=5000)
    probe.stop()

    assert probe.longest_stall_ms >= 80
    assert not probe.running


def test_latency_probe_counts_a_stall_that_lasts_until_it_is_stopped(qtbot):
    probe = LatencyProbe(interval_ms=5)
    probe.start()
    qtbot.waitUntil(lambda: len(probe.gaps_ms) >= 2, timeout=5000)
    time.sleep(0.1)  # still blocked when stop() comes
    probe.stop()

    assert probe.longest_stall_ms >= 80
    assert all(stall >= 0 for stall in probe.stalls_ms)


def test_latency_probe_starts_afresh():
    probe = LatencyProbe(interval_ms=5)
    probe.gaps_ms.extend([500.0, 7.0])
    probe.start()
    probe.stop()

    assert len(probe.gaps_ms) == 1
    assert probe.longest_stall_ms < 500


def test_latency_probe_summary_is_what_the_gui_benchmarks_report():
    probe = LatencyProbe(interval_ms=5)
    probe.gaps_ms.extend([5.0, 45.0, 6.0, 105.0, 5.5, 25.0, 15.0, 9.0])
    summary = probe.summary(longest=3)
    assert summary["longest_stall_ms"] == 100.0
    assert summary["longest_stalls_ms"] == [100.0, 40.0, 20.0]
    assert summary["ticks"] == 8
    assert summary["p99_stall_ms"] == pytest.approx(percentile(probe.stalls_ms, 99))
    assert LatencyProbe().summary() == {"longest_stall_ms": 0.0, "p99_stall_ms": 0.0, "longest_stalls_ms": [],
                                        "ticks": 0}


def test_latency_probe_probes_for_a_with_block_even_when_it_raises(qtbot):
    probe = LatencyProbe(interval_ms=5)
    with pytest.raises(RuntimeError), probe.probing():
        assert probe.running
        qtbot.waitUntil(lambda: len(probe.gaps_ms) >= 2, timeout=5000)
        raise RuntimeError("the benchmark failed")
    assert not probe.running and len(probe.gaps_ms) >= 3


def test_latency_probe_idle_runs_the_event_loop_for_the_time_given(qtbot):
    probe = LatencyProbe(interval_ms=5)
    start = time.perf_counter()
    stall = probe.idle(60)
    assert time.perf_counter() - start >= 0.055
    assert not probe.running and len(probe.gaps_ms) >= 3
    assert stall == probe.longest_stall_ms


def test_memory_probe_grows_when_a_big_buffer_is_allocated():
    before = current_rss_mb()
    buffer = bytearray(b"\x01") * (128 * 1024 * 1024)  # written, so every page is really resident
    after = current_rss_mb()

    assert after - before >= 100
    assert peak_rss_mb() >= after - 1
    del buffer


def test_median_and_percentiles_of_known_samples():
    samples = [5.0, 1.0, 4.0, 2.0, 3.0]
    assert median(samples) == 3.0
    assert median([1.0, 2.0, 3.0, 10.0]) == 2.5
    assert percentile(samples, 0) == 1.0
    assert percentile(samples, 100) == 5.0
    assert percentile(samples, 50) == 3.0
    assert percentile(samples, 25) == 2.0
    assert percentile([0.0, 10.0], 90) == pytest.approx(9.0)


@pytest.mark.parametrize("call", [lambda: median([]), lambda: percentile([], 50), lambda: percentile([1.0], 101)])
def test_statistics_refuse_what_has_no_answer(call):
    with pytest.raises(ValueError):
        call()


def test_interleaved_runs_baseline_and_subject_in_turn():
    calls = []
    base, subj = interleaved(lambda: calls.append("A"), lambda: calls.append("B"), runs=3, warmup=1)

    assert calls == ["A", "B"] * 4
    assert len(base) == len(subj) == 3
    assert all(sample >= 0 for sample in base + subj)
