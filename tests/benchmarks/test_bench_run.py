"""``python -m benchmarks.run --quick`` end to end on tiny generated databases in a temporary folder.

Only the shape of what it writes is checked: no figure is asserted (they depend on the machine)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.report import HEADERS

REPO = Path(__file__).resolve().parents[2]
MEASURES = 30


pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory) -> tuple[subprocess.CompletedProcess, str]:
    folder = tmp_path_factory.mktemp("bench")
    out = folder / "RESULTS.md"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SAMVERKAN_DATA_DIR=str(folder / "data"))
    done = subprocess.run([sys.executable, "-m", "benchmarks.run", "--quick", "--no-profiles", "--out", str(out),
                           "--cache-dir", str(folder / "cache")], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=300, check=False)
    return done, out.read_text(encoding="utf-8") if out.exists() else ""


def table_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("|")]


def test_quick_run_exits_0_and_prints_the_table_it_writes(quick_run):
    done, written = quick_run
    assert done.returncode == 0, done.stderr[-3000:]
    printed = table_lines(done.stdout)
    assert printed and printed == table_lines(written)


def test_results_describe_the_machine_and_the_run(quick_run):
    _done, written = quick_run
    assert written.startswith("# Benchmark results\n")
    assert "quick (tiny) scale" in written
    for label in ("CPU", "Cores", "RAM", "OS", "Python", "Qt", "SQLite"):
        assert f"\n- {label}: " in written


def test_results_table_has_every_measure_with_a_verdict(quick_run):
    _done, written = quick_run
    header, _separator, *rows = table_lines(written)
    assert [cell.strip() for cell in header.strip("|").split("|")] == list(HEADERS)
    assert len(rows) == MEASURES
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert len(cells) == len(HEADERS)
        assert cells[-1] in {"yes", "**no**"}
        assert cells[1] not in {"", "–"}
    measures = " ".join(rows)
    for part in ("Start-up", "group tree shown", "cold", "read-only", "quick_check", "search", "p95",
                 "meeting in the editor, first time", "meeting in the editor, again",
                 "DOCX", "export minutes` as a process", "samverkan verify", "RSS", "stall", "search box",
                 "Import register", "Export everything",
                 "Growth of start-up", "Growth of search", "Growth of open", "Growth of verify"):
        assert part in measures


def test_results_explain_each_measurement(quick_run):
    _done, written = quick_run
    notes = written.split("## How each figure was measured", 1)[1]
    for topic in ("Start-up:", "Quick check:", "Search:", "Opening:", "Export:", "Memory:", "Typing:", "Import:",
                  "Growth:"):
        assert f"\n- {topic}" in notes
    assert "targets met." in written


def test_only_search_prints_its_rows_and_writes_no_report(tmp_path):
    out = tmp_path / "RESULTS.md"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SAMVERKAN_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-m", "benchmarks.run", "--quick", "--only", "search", "--out", str(out),
                           "--cache-dir", str(tmp_path / "cache")], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Decision-log search: p95 (small)" in done.stdout and "Growth of search" in done.stdout
    assert "Load average" in done.stdout and not out.exists()
