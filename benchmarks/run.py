"""``make bench``: every benchmark at region scale, each figure against a baseline measured in the same run.

Prints the results table and writes it, with the machine's description and how each figure was measured,
to benchmarks/RESULTS.md. Missed targets are reported (with a cProfile summary), not hidden: the exit code
is 0 whatever the figures say, and non-zero only when a benchmark could not run.

    python -m benchmarks.run            # large = 300 groups × 20 years, small = a tenth
    python -m benchmarks.run --quick    # a tiny scale, seconds; used by the tests
    python -m benchmarks.run --only pdf # only the PDF batch; its row and note replaced in RESULTS.md
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from . import datasets, report
from .datasets import Scale
from .probes import median
from .report import Row

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


@dataclass(frozen=True)
class Config:
    large: Scale
    small: Scale
    startup_runs: int
    search_runs: int
    open_runs: int
    export_runs: int
    browse_groups: int
    browse_meetings: int
    typing_bursts: int
    typing_burst: int
    warmup: int = 1  # unrecorded rounds before the timed ones
    register_import: tuple[int, int, int] = (5000, 300, 6000)  # people, groups, memberships
    pdf_runs: int = 3


FULL = Config(Scale(300, 20), Scale(30, 20), startup_runs=7, search_runs=7, open_runs=10, export_runs=7,
              browse_groups=100, browse_meetings=20, typing_bursts=6, typing_burst=40)
QUICK = Config(Scale(3, 1), Scale(1, 1), startup_runs=1, search_runs=2, open_runs=2, export_runs=2,
               browse_groups=2, browse_meetings=1, typing_bursts=1, typing_burst=8, warmup=0,
               register_import=(50, 5, 60), pdf_runs=0)
PDF_MEASURE = "Publish 20 minutes as DOCX + PDF/UA (one converter)"


def _doc(module, paragraph: int = 0) -> str:
    """A paragraph of a benchmark module's docstring after its title line, on one line, for the notes."""
    body = module.__doc__.split("\n", 1)[1]
    return " ".join(body.strip().split("\n\n")[paragraph].split())


_STARTED = time.perf_counter()


def _log(message: str) -> None:
    print(f"[{time.perf_counter() - _STARTED:6.1f} s] {message}", flush=True)


@dataclass
class Measured:
    rows: list[Row]
    notes: list[str]
    profiles: dict[str, object]  # measure -> () -> profile text, run only for missed targets


def measure_all(config: Config, cache_dir: Path, work: Path) -> Measured:
    """Needs a QApplication (the editor is opened in this process), kept alive until the profiles are done."""
    from samverkan_desktop.db.engine import create_database_engine
    from samverkan_desktop.db.uow import create_unit_of_work

    from . import (
        bench_export,
        bench_export_all,
        bench_memory,
        bench_open,
        bench_search,
        bench_startup,
        bench_typing,
        profiles,
    )

    large = datasets.ensure(config.large, cache_dir, _log)
    small = datasets.ensure(config.small, cache_dir, _log)
    data_dir = work / "data"
    data_dir.mkdir()
    env = bench_startup.environment(data_dir)
    rows: list[Row] = []
    notes = [f"Large database: {large.describe()}. Small database: {small.describe()}. Cached in "
             f"{cache_dir.name}/ as {large.path.name} and {small.path.name}."]
    profile_of: dict[str, object] = {}

    _log(f"Start-up, {config.startup_runs} runs each of the bare window and the app on both databases…")
    startup = bench_startup.measure({"bare": bench_startup.bare_command(),
                                     "large": bench_startup.app_command(large.path),
                                     "small": bench_startup.app_command(small.path)}, config.startup_runs,
                                    config.warmup)
    bare_s, large_s, small_s = (median(startup[k]) for k in ("bare", "large", "small"))
    rows.append(Row("Start-up to main window with group tree (large)", large_s, "s", bare_s, max_ratio=1.5,
                    baseline_label="bare QMainWindow"))
    profile_of[rows[-1].measure] = lambda: profiles.profile_process(bench_startup.app_command(large.path), env)
    notes.append(f"Start-up: {_doc(bench_startup)} Median of "
                 f"{config.startup_runs} runs after {config.warmup} warm-up round(s).")

    engines = []

    def uow_for(dataset):
        engine = create_database_engine(f"sqlite:///{dataset.path}")
        engines.append(engine)
        return create_unit_of_work(engine, "benchmark")

    large_uow, small_uow = uow_for(large), uow_for(small)
    try:
        _log("Decision-log search, ten queries…")
        queries = bench_search.typical_queries(large.path)
        timings = bench_search.measure(large_uow, large.path, queries, config.search_runs)
        service_ms = median([t.service_s for t in timings]) * 1000
        raw_ms = median([t.raw_s for t in timings]) * 1000
        rows.append(Row("Decision-log search, 10 queries: median ratio (large)", service_ms, "ms", raw_ms,
                        max_ratio=2, baseline_label="raw FTS5 MATCH", given_ratio=median([t.ratio for t in timings])))
        rows.append(Row("Decision-log search, 10 queries: median time (large)", service_ms, "ms", max_value=30))
        search_profile = lambda: profiles.profile_call(bench_search.profile_target(large_uow, queries))  # noqa: E731
        profile_of[rows[-2].measure] = profile_of[rows[-1].measure] = search_profile
        notes.append(f"Search: {_doc(bench_search)} Median of {config.search_runs} "
                     "interleaved runs per query; the ratio is the median of the ten per-query ratios. Queries "
                     "(service ms / raw ms / hits): " + "; ".join(
                         f"`{t.query}` {t.service_s * 1000:.1f}/{t.raw_s * 1000:.1f}/{t.hits}" for t in timings) + ".")
        small_search = bench_search.measure(small_uow, small.path, queries, config.search_runs)
        small_search_ms = median([t.service_s for t in small_search]) * 1000

        _log("Opening the 40-item meeting in the editor…")
        window = bench_open.main_window(large_uow)
        open_ms = median(bench_open.measure(window, large.big_meeting_id, config.open_runs)) * 1000
        rows.append(Row("Open a 40-item meeting in the editor (large)", open_ms, "ms", max_value=50))
        profile_of[rows[-1].measure] = lambda: profiles.profile_call(
            bench_open.profile_target(window, large.big_meeting_id), repeat=3)
        notes.append(f"Opening: {_doc(bench_open)} Median of {config.open_runs} "
                     "runs after one warm-up.")
        small_window = bench_open.main_window(small_uow)
        small_open_ms = median(bench_open.measure(small_window, small.big_meeting_id, config.open_runs)) * 1000
        small_window.close()

        _log("Exporting the 40-item minutes to DOCX…")
        base, subj = bench_export.measure(large_uow, large.big_meeting_id, work, config.export_runs)
        rows.append(Row("Export 40-item minutes to DOCX", median(subj) * 1000, "ms", median(base) * 1000,
                        max_ratio=1.5, baseline_label="bare python-docx"))
        profile_of[rows[-1].measure] = lambda: profiles.profile_call(
            bench_export.profile_target(large_uow, large.big_meeting_id, work), repeat=3)
        notes.append(f"Export: {_doc(bench_export)} Median of "
                     f"{config.export_runs} interleaved runs after one warm-up.")
    finally:
        for engine in engines:
            engine.dispose()

    _log("Peak memory while browsing…")
    browsed = bench_memory.run(large.path, config.browse_groups, config.browse_meetings, env)
    rows.append(Row("Peak memory (RSS) while browsing (large)", browsed["peak_rss_mb"], "MB", max_value=250))
    notes.append(f"Memory: {' '.join(bench_memory.__doc__.split(chr(10) + chr(10))[0].split())} This run: "
                 f"{browsed['groups_visited']} groups, {browsed['meetings_opened']} meetings opened. RSS after each "
                 "part of the walk: " + ", ".join(f"{step} {mb:.0f} MB" for step, mb in browsed["rss_steps_mb"].items())
                 + ".")

    _log("Exporting everything to one ZIP (each in a process of its own)…")
    exported = bench_export_all.run(large.path, work / "allt.zip", env)
    raw = bench_export_all.run(large.path, work / "raw.zip", env, baseline=True)
    rows.append(Row("Export everything to ZIP (large)", exported["seconds"], "s", raw["seconds"], max_ratio=4,
                    baseline_label="raw sqlite3 to CSV in a ZIP"))
    rows.append(Row("Peak memory (RSS) exporting everything (large)", exported["peak_rss_mb"], "MB",
                    raw["peak_rss_mb"], max_value=250, baseline_label="raw dump's peak"))
    notes.append(f"Export everything: {_doc(bench_export_all)} This run: {exported['tables']} tables, "
                 f"{exported['rows']:,} rows, {exported['attachments']} attachments, a ZIP of "
                 f"{exported['zip_mb']:.0f} MB; RSS before the export {exported['rss_before_mb']:.0f} MB.")

    _log("Typing with autosave on (the GUI thread's longest stall)…")
    typing_db = datasets.working_copy(large, work)
    typed = bench_typing.run(typing_db, large.big_meeting_id, config.typing_bursts, env, config.typing_burst)
    rows.append(Row("Longest GUI-thread stall while typing with autosave", typed["longest_stall_ms"], "ms",
                    max_value=16))
    profile_of[rows[-1].measure] = lambda: profiles.profile_typing(
        bench_typing.command(typing_db, large.big_meeting_id, 1, config.typing_burst), env)
    notes.append(f"Typing: {_doc(bench_typing)} "
                 f"This run: {typed['keys']} keys, {typed['autosaves']} saves, {typed['ticks']} probe ticks; "
                 f"99th percentile of the stalls {typed['p99_stall_ms']:.1f} ms; the five longest "
                 f"{', '.join(f'{ms:.0f}' for ms in typed['longest_stalls_ms'])} ms. On a copy of the large database.")

    _log("Importing the register from Excel…")
    from . import bench_import

    imported, import_note = bench_import.measure(work, *config.register_import, env=env)
    rows += imported
    notes.append(import_note)

    pdf_row, pdf_note = measure_pdf(config, work)
    if pdf_row is not None:
        rows.append(pdf_row)
    notes.append(pdf_note)

    for measure, value, baseline, unit in (("start-up", large_s, small_s, "s"),
                                           ("search", service_ms, small_search_ms, "ms"),
                                           ("open", open_ms, small_open_ms, "ms")):
        rows.append(Row(f"Growth of {measure}: large / small database", value, unit, baseline, max_ratio=1.3,
                        baseline_label="a tenth of the data"))
    notes.append("Growth: the same start-up, search (the large database's ten queries) and opening, measured on "
                 "the small database (a tenth of the groups) in the same run; the ratio is large / small.")
    notes.append("All times with time.perf_counter; QT_QPA_PLATFORM=offscreen. The machine is shared: figures "
                 "move with its load; the ratios, measured interleaved, move less.")
    return Measured(rows, notes, profile_of)


def measure_pdf(config: Config, work: Path) -> tuple[Row | None, str]:
    """The PDF batch row and its note; without LibreOffice (or at the quick scale) only a note saying so."""
    from samverkan_desktop.export.pdf import find_soffice

    from . import bench_pdf

    if config.pdf_runs <= 0 or find_soffice() is None:
        why = "not measured at the quick scale" if config.pdf_runs <= 0 else "not measured: LibreOffice is missing"
        return None, f"PDF: {why}."
    _log(f"Publishing {bench_pdf.FILES} minutes with PDF against one bare LibreOffice, {config.pdf_runs} runs…")
    folder = work / "pdf"
    folder.mkdir()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    base, subj = bench_pdf.measure(folder, config.pdf_runs, warmup=config.warmup)
    row = Row(PDF_MEASURE, median(subj), "s", median(base), max_ratio=1.3, baseline_label="one bare soffice")
    note = (f"PDF: {_doc(bench_pdf)} Median of {config.pdf_runs} interleaved runs after "
            f"{config.warmup} warm-up round(s); each run (s, bare/app): "
            + ", ".join(f"{b:.1f}/{s:.1f}" for b, s in zip(base, subj, strict=True))
            + f"; load average (1 min) at the start {load:.2f}.")
    return row, note


def only_pdf(out: Path) -> int:
    """Measure only the PDF batch and put its row and note into the existing report."""
    from .machine import describe

    with tempfile.TemporaryDirectory(prefix="samverkan-bench-") as folder:
        work = Path(folder)
        os.environ["SAMVERKAN_DATA_DIR"] = str(work)
        row, note = measure_pdf(FULL, work)
    if row is None:
        print(note)
        return 1
    text = out.read_text(encoding="utf-8") if out.exists() else report.render([], describe(), [], when=datetime.now())
    text = report.replace_row(text, row, note, when=datetime.now())
    report.write(out, text)
    print(report.table([row]))
    print(f"Written to {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tiny scale, for the tests (seconds, not minutes)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="the Markdown report (default: %(default)s)")
    parser.add_argument("--cache-dir", type=Path, default=datasets.CACHE_DIR,
                        help="where generated databases are kept (default: %(default)s)")
    parser.add_argument("--no-profiles", action="store_true", help="do not profile the measures that missed")
    parser.add_argument("--only", choices=["pdf"], help="measure only this and replace its row in the report")
    args = parser.parse_args(argv)
    if args.only == "pdf":
        return only_pdf(args.out)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from .machine import describe

    app = QApplication.instance() or QApplication(sys.argv[:1])
    config = QUICK if args.quick else FULL
    machine = describe()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="samverkan-bench-") as folder:
        work = Path(folder)
        # Nothing the app writes (settings, attachments) may land in the user's own data folder.
        os.environ["SAMVERKAN_DATA_DIR"] = str(work)
        measured = measure_all(config, args.cache_dir, work)
        missed = [row for row in measured.rows if row.met is False]
        profile_texts = []
        if not args.no_profiles:
            done: dict[object, str] = {}
            for row in missed:
                action = measured.profiles.get(row.measure)
                if action is not None:
                    _log(f"Profiling: {row.measure}…")
                    if action not in done:  # the two search rows share one profile
                        done[action] = action()
                    profile_texts.append((row.measure, done[action]))
    text = report.render(measured.rows, machine, measured.notes, when=datetime.now(),
                         preamble=_preamble(config, time.perf_counter() - started))
    if profile_texts:
        text += "\n## Profiles of the missed targets (cProfile, top 15 by cumulative time)\n"
        for measure, profile in profile_texts:
            text += f"\n### {measure}\n\n```\n{profile}\n```\n"
    text += EARLIER
    report.write(args.out, text)
    del app
    print()
    print(report.table(measured.rows))
    print(report.summary(measured.rows))
    print(f"Written to {args.out}")
    return 0


def _preamble(config: Config, seconds: float) -> str:
    scale = "quick (tiny) scale, for tests only" if config is QUICK else "full scale"
    return (f"Written by `make bench` (`python -m benchmarks.run`), {scale}, in {seconds / 60:.1f} min. Each "
            "figure is a ratio against a baseline measured in the same run, or an absolute target; absolute "
            "times vary with the machine and its load and are given to make the ratios readable.")


EARLIER = """
## Earlier measurements

`benchmarks/bench_register.py` (run by hand; not part of `make bench`) compares the register reads (group
tree, members of a group, group overview) with one raw SQL query each; its findings of 2026-11-22 are kept
in `benchmarks/EARLIER.md`.
"""


if __name__ == "__main__":
    sys.exit(main())
