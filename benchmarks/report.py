"""The results table: one row per measure, with its baseline, ratio, target and whether the target is met;
printed by ``run.py`` and written to RESULTS.md with the machine's description and notes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

HEADERS = ("measure", "value", "baseline", "ratio", "target", "met?")


@dataclass(frozen=True)
class Row:
    """A measured value in ``unit``; ``baseline`` is the same thing done the plain way in the same run.

    The target is on the ratio when ``max_ratio`` is given, else on the value (``max_value``, in ``unit``);
    a row with neither is shown for information and counts neither as met nor as missed.
    """

    measure: str
    value: float
    unit: str
    baseline: float | None = None
    max_ratio: float | None = None
    max_value: float | None = None
    baseline_label: str = ""
    #: When the ratio is not value / baseline: e.g. the median of per-query ratios.
    given_ratio: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.given_ratio is not None:
            return self.given_ratio
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def target(self) -> str:
        if self.max_ratio is not None:
            return f"ratio ≤ {self.max_ratio:g}"
        if self.max_value is not None:
            return f"≤ {_amount(self.max_value, self.unit)}"
        return "–"

    @property
    def met(self) -> bool | None:
        if self.max_ratio is not None:
            return None if self.ratio is None else self.ratio <= self.max_ratio
        if self.max_value is not None:
            return self.value <= self.max_value
        return None

    def cells(self) -> tuple[str, ...]:
        baseline = "–" if self.baseline is None else _amount(self.baseline, self.unit)
        if self.baseline is not None and self.baseline_label:
            baseline += f" ({self.baseline_label})"
        ratio = "–" if self.ratio is None else f"{self.ratio:.2f}"
        met = {True: "yes", False: "**no**", None: "–"}[self.met]
        return (self.measure, _amount(self.value, self.unit), baseline, ratio, self.target, met)


def _amount(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.3g}{' ' + unit if unit else ''}"


def table(rows: Sequence[Row]) -> str:
    """A Markdown table; readable as plain text in a terminal too."""
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def summary(rows: Sequence[Row]) -> str:
    judged = [row for row in rows if row.met is not None]
    missed = [row.measure for row in judged if not row.met]
    text = f"{len(judged) - len(missed)} of {len(judged)} targets met."
    return text + (f" Missed: {'; '.join(missed)}." if missed else "")


def render(rows: Sequence[Row], machine: Mapping[str, str], notes: Sequence[str], *, when: datetime,
           title: str = "Benchmark results", preamble: str = "") -> str:
    parts = [f"# {title}", ""]
    if preamble:
        parts += [preamble, ""]
    parts += [f"Run {when:%Y-%m-%d %H:%M}. Machine:", ""]
    parts += [f"- {label}: {value}" for label, value in machine.items()]
    parts += ["", table(rows), "", summary(rows), "", "## How each figure was measured", ""]
    parts += [f"- {note}" for note in notes]
    return "\n".join(parts) + "\n"


def replace_row(text: str, row: Row, note: str, *, when: datetime) -> str:
    """A written report with ``row`` put in (replacing a row of the same measure, else after the last one), its
    note likewise (a note starting with the same word before the colon), and the summary line recounted."""
    lines = text.split("\n")
    cells = "| " + " | ".join(cell.replace("|", "\\|") for cell in row.cells()) + " |"
    table = [i for i, line in enumerate(lines) if line.startswith("| ") and i > 0 and lines[i - 1].startswith("|")]
    same = [i for i in table if line_measure(lines[i]) == row.measure]
    if same:
        lines[same[0]] = cells
    elif table:
        lines.insert(table[-1] + 1, cells)
    key = note.split(":", 1)[0] + ":"
    notes = [i for i, line in enumerate(lines) if line.startswith("- ") and line[2:].startswith(key)]
    if notes:
        lines[notes[0]] = f"- {note}"
    else:
        heading = next((i for i, line in enumerate(lines) if line == "## How each figure was measured"), None)
        if heading is not None:
            end = heading + 2
            while end < len(lines) and lines[end].startswith("- "):
                end += 1
            lines.insert(end, f"- {note} (Run {when:%Y-%m-%d %H:%M}, alone: `python -m benchmarks.run --only pdf`.)")
    met = [line.rstrip(" |").rsplit("|", 1)[-1].strip() for line in lines
           if line.startswith("| ") and line_measure(line) not in ("measure", "")]
    judged = [m for m in met if m in ("yes", "**no**")]
    missed = [line_measure(line) for line in lines if line.startswith("| ") and line.rstrip().endswith("**no** |")]
    for i, line in enumerate(lines):
        if " targets met." in line and line.split(" ", 1)[0].isdigit():
            lines[i] = (f"{len(judged) - len(missed)} of {len(judged)} targets met."
                        + (f" Missed: {'; '.join(missed)}." if missed else ""))
            break
    return "\n".join(lines)


def line_measure(line: str) -> str:
    return line.strip("| ").split(" | ", 1)[0].strip()


def write(path: Path, text: str) -> Path:
    """Atomically: a report cut short by a crash must not replace the last good one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)
    return path
