"""The results table and RESULTS.md: format, ratios, met and missed targets."""

from __future__ import annotations

from datetime import datetime

from benchmarks.report import HEADERS, Row, render, summary, table, write

ROWS = [
    Row("Start-up", 3.0, "s", 1.0, max_ratio=1.5, baseline_label="bare QMainWindow"),
    Row("Search time", 12.0, "ms", max_value=30),
    Row("Search ratio", 12.0, "ms", 4.0, max_ratio=2, given_ratio=1.8),
    Row("Peak memory", 300.0, "MB", max_value=250),
    Row("Information only", 5.0, "ms"),
]


def cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def test_ratio_is_value_over_baseline_unless_given():
    assert ROWS[0].ratio == 3.0
    assert ROWS[1].ratio is None
    assert ROWS[2].ratio == 1.8
    assert Row("zero baseline", 1.0, "s", 0.0, max_ratio=2).ratio is None


def test_met_follows_the_target_on_ratio_or_value():
    assert [row.met for row in ROWS] == [False, True, True, False, None]
    assert Row("exactly at target", 30.0, "ms", max_value=30).met is True


def test_table_has_the_six_columns_and_one_line_per_row():
    lines = table(ROWS).splitlines()

    assert cells(lines[0]) == list(HEADERS)
    assert set(lines[1].replace("|", "")) == {"-"}
    assert len(lines) == 2 + len(ROWS)
    assert all(len(cells(line)) == 6 for line in lines)
    assert cells(lines[2]) == ["Start-up", "3.00 s", "1.00 s (bare QMainWindow)", "3.00", "ratio ≤ 1.5", "**no**"]
    assert cells(lines[3]) == ["Search time", "12.0 ms", "–", "–", "≤ 30.0 ms", "yes"]
    assert cells(lines[5])[-2:] == ["≤ 250 MB", "**no**"]
    assert cells(lines[6])[-2:] == ["–", "–"]


def test_a_pipe_in_a_measure_does_not_break_the_table():
    line = table([Row("a | b", 1.0, "ms")]).splitlines()[2]
    assert len(cells(line.replace("\\|", "/"))) == 6


def test_summary_names_the_missed_targets_and_skips_rows_without_one():
    assert summary(ROWS) == "2 of 4 targets met. Missed: Start-up; Peak memory."
    assert summary(ROWS[1:3]) == "2 of 2 targets met."


def test_render_and_write_give_machine_date_table_and_notes(tmp_path):
    text = render(ROWS, {"CPU": "Test CPU", "Python": "3.11"}, ["Start-up: timed from spawn to exit."],
                  when=datetime(2026, 11, 29, 14, 5), preamble="Quick scale.")
    path = write(tmp_path / "sub" / "RESULTS.md", text)

    written = path.read_text(encoding="utf-8")
    assert written == text
    assert written.startswith("# Benchmark results\n")
    assert "Run 2026-11-29 14:05" in written
    assert "- CPU: Test CPU" in written and "- Python: 3.11" in written
    assert table(ROWS) in written
    assert "- Start-up: timed from spawn to exit." in written
    assert list(tmp_path.joinpath("sub").iterdir()) == [path]  # no partial file left behind


def test_one_row_and_its_note_are_put_into_a_written_report():
    from benchmarks.report import replace_row

    when = datetime(2026, 12, 2, 16, 0)
    text = render(ROWS[:2], {"CPU": "x"}, ["Start-up: how.", "Search: how."], when=when)
    pdf = Row("PDF batch", 9.0, "s", 8.0, max_ratio=1.3, baseline_label="one bare soffice")
    once = replace_row(text, pdf, "PDF: measured so.", when=when)
    lines = once.splitlines()
    assert [line.split("|")[1].strip() for line in lines if line.startswith("| ")][-1] == "PDF batch"
    assert "2 of 3 targets met. Missed: Start-up." in lines
    assert sum(line.startswith("- PDF: measured so.") for line in lines) == 1
    slower = Row("PDF batch", 12.0, "s", 8.0, max_ratio=1.3, baseline_label="one bare soffice")
    twice = replace_row(once, slower, "PDF: measured again.", when=when).splitlines()
    assert sum("PDF batch" in line for line in twice if line.startswith("| ")) == 1  # replaced, not added
    assert "1 of 3 targets met. Missed: Start-up; PDF batch." in twice
    assert "- PDF: measured again." in twice and not any("measured so" in line for line in twice)
