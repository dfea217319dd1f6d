"""The register-import benchmark: its data imports cleanly, and its rows go into RESULTS.md in place."""

from __future__ import annotations

from benchmarks import bench_import
from benchmarks.report import Row

RESULTS = """# Benchmark results

| measure | value | baseline | ratio | target | met? |
|---|---|---|---|---|---|
| Start-up | 0.85 s | 0.14 s (bare) | 6.07 | ratio ≤ 1.5 | **no** |
| Export | 69.5 ms | – | – | ≤ 100.0 ms | yes |

1 of 2 targets met. Missed: Start-up.

## How each figure was measured

- Start-up: how.
- Export: how.

## Earlier measurements
"""


def test_the_benchmark_data_imports_with_every_row_added(tmp_path) -> None:
    rows, note = bench_import.measure(tmp_path, 30, 4, 40)
    assert rows[0].measure == "Import register from Excel: 30 people, 4 groups, 40 memberships"
    assert rows[0].value > 0 and rows[0].baseline > 0 and rows[1].value > 10
    assert "'people': 30" in note and "'memberships': 40" in note


def test_rows_replace_earlier_ones_and_the_count_is_redone(tmp_path) -> None:
    path = tmp_path / "RESULTS.md"
    path.write_text(RESULTS, encoding="utf-8")
    measured = [Row(bench_import.sizes_label(5000, 300, 6000), 5.0, "s", max_value=30),
                Row(bench_import.MEASURE_MEMORY, 500, "MB", max_value=400)]
    for _ in range(2):
        bench_import.update_results(path, measured, "Import: how.")
    text = path.read_text(encoding="utf-8")
    assert text.count("| Import register from Excel: 5 000 people") == 1 and text.count("- Import: how.") == 1
    assert "2 of 4 targets met. Missed: Start-up; Peak memory (RSS) of that import." in text
    assert text.index("| Peak memory (RSS) of that import") < text.index("2 of 4 targets met")
    assert text.index("- Export: how.") < text.index("- Import: how.") < text.index("## Earlier")
