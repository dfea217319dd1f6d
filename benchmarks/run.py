"""``make bench``: every benchmark at region scale, each figure against a baseline measured in the same run.

Prints the results table and writes it, with the machine's description and how each figure was measured,
to benchmarks/RESULTS.md. Missed targets are reported (with a cProfile summary), not hidden: the exit code
is 0 whatever the figures say, and non-zero only when a benchmark could not run.

    python -m benchmarks.run            # large = 300 groups × 20 years, small = a tenth
    python -m benchmarks.run --quick    # a tiny scale, seconds; used by the tests
    python -m benchmarks.run --only pdf # only the PDF batch; its row and note replaced in RESULTS.md
    python -m benchmarks.run --scale tenth --only search   # only these rows, printed (RESULTS.md untouched)
"""

from __future__ import annotations

import argparse
import os
import shutil
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
#: The full run's small database as the large one, and a tenth of that: both scales in one run on a machine where
#: region scale takes hours to generate (``--scale tenth``).
TENTH = Config(Scale(30, 20), Scale(3, 20), startup_runs=5, search_runs=5, open_runs=10, export_runs=5,
               browse_groups=30, browse_meetings=20, typing_bursts=4, typing_burst=40)
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


@dataclass
class Context:
    """What every benchmark function gets: the configuration, both databases (and a unit of work on each), a work
    folder, the environment for child processes; it adds its rows, notes and profiles, and the figures the growth
    rows compare (``growth[measure] = (large, small, unit)``)."""

    config: Config
    large: datasets.Dataset
    small: datasets.Dataset
    large_uow: object
    small_uow: object
    work: Path
    env: dict[str, str]
    measured: Measured
    growth: dict[str, tuple[float, float, str]]

    def add(self, row: Row, profile=None) -> None:
        self.measured.rows.append(row)
        if profile is not None:
            self.measured.profiles[row.measure] = profile

    def note(self, text: str) -> None:
        self.measured.notes.append(text)


def bench_startup_rows(ctx: Context) -> None:
    from . import bench_startup, profiles

    config, large, small = ctx.config, ctx.large, ctx.small
    _log(f"Start-up, {config.startup_runs} runs each of the bare window and the app on both databases, warm, "
         "cold and read-only…")
    beside = ctx.work / "read-only" / large.path.name  # a copy whose writer lock this process holds
    beside.parent.mkdir()
    shutil.copyfile(large.path, beside)
    cold_files = bench_startup.start_files()
    with bench_startup.holding_writer_lock(beside):
        startup = bench_startup.measure({"bare": bench_startup.bare_command(),
                                         "first": bench_startup.first_window_command(),
                                         "tree": bench_startup.tree_command(large.path),
                                         "large": bench_startup.app_command(large.path),
                                         "small": bench_startup.app_command(small.path),
                                         "read-only": bench_startup.app_command(beside),
                                         "bare cold": bench_startup.bare_command(),
                                         "large cold": bench_startup.app_command(large.path)},
                                        config.startup_runs, config.warmup,
                                        cold={"bare cold": cold_files, "large cold": [*cold_files, large.path]})
    bare_s, first_s, tree_s, large_s, small_s, read_only_s, bare_cold_s, cold_s = (median(startup[k]) for k in (
        "bare", "first", "tree", "large", "small", "read-only", "bare cold", "large cold"))
    ctx.add(Row("Start-up to the first window painted", first_s, "s", bare_s, max_ratio=1.5,
                baseline_label="bare QMainWindow"))
    ctx.add(Row("Start-up to the group tree shown (large)", tree_s, "s", bare_s, max_ratio=3,
                baseline_label="bare QMainWindow"))
    ctx.add(Row("Start-up to main window with group tree (large)", large_s, "s", bare_s, max_ratio=3,
                baseline_label="bare QMainWindow"),
            lambda: profiles.profile_process(bench_startup.app_command(large.path), ctx.env))
    ctx.add(Row("Start-up to main window with group tree, cold (large)", cold_s, "s", bare_cold_s, max_ratio=3,
                baseline_label="bare QMainWindow, cold"))
    ctx.add(Row("Start-up read-only beside a running instance (large)", read_only_s, "s", large_s, max_ratio=1.1,
                baseline_label="the writer's start"))
    ctx.growth["start-up"] = (large_s, small_s, "s")
    ctx.note(f"Start-up: {_doc(bench_startup)} Median of {config.startup_runs} runs after {config.warmup} "
             "warm-up round(s). First window: the app's start up to its first paint (the entry module, the "
             "QApplication and ui.first_window, before SQLAlchemy and the pages are imported), as a process. Group "
             "tree shown: the same start as the main window's, timed from spawn to the moment the tree read with "
             "plain sqlite3 after the start-up checks is painted in the first window (before SQLAlchemy, the models "
             "and the main window load; the main window, on which the group's page opens, is the next row). Warm "
             "starts: the bytecode and the files are in the OS cache after the warm-up round. Cold starts: before "
             "each, the interpreter's library, the virtual environment, the app's sources and bytecode (and the "
             "app's database) are dropped from the OS page cache (posix_fadvise DONTNEED), for the app and the bare "
             "window alike. Read-only: the app started on a copy of the large database whose writer lock this "
             "process holds, as a running instance does (the read-only path); its goal is the writer's start "
             "within measuring noise (1.1). The quick check is not in these figures: the app runs it before the "
             "window only for files up to 48 MB (the small database: included there) or after a crash, and for "
             "larger files 15 s after the window (its own rows below).")


def bench_quick_check_rows(ctx: Context) -> None:
    from . import bench_quick_check

    large = ctx.large
    _log("The background quick check of the large database in the window, against plain PRAGMA quick_check…")
    runs = [(bench_quick_check.run(large.path, ctx.env), bench_quick_check.run_raw(large.path, ctx.env))
            for _ in range(3)]
    in_app = [r for r, _ in runs]
    ctx.add(Row("Background quick_check in the window (large)", median([r["seconds"] for r in in_app]), "s",
                median([raw for _, raw in runs]), max_ratio=1.5, baseline_label="plain PRAGMA quick_check process"))
    ctx.add(Row("Longest GUI-thread stall while quick_check runs (large)",
                median([r["longest_stall_ms"] for r in in_app]), "ms", median([r["idle_stall_ms"] for r in in_app]),
                baseline_label="the idle window's longest stall", max_value=16))
    ctx.note(f"Quick check: {_doc(bench_quick_check)} Median of 3 interleaved runs; longest stalls per run (ms, "
             "idle/checking): " + ", ".join(f"{r['idle_stall_ms']:.0f}/{r['longest_stall_ms']:.0f}" for r in in_app)
             + ".")


def bench_search_rows(ctx: Context) -> None:
    from . import bench_search, profiles

    config = ctx.config
    queries = bench_search.topical_queries()
    medians: dict[str, float] = {}
    for label, dataset, uow in (("large", ctx.large, ctx.large_uow), ("small", ctx.small, ctx.small_uow)):
        _log(f"Decision-log search, {len(queries)} topical queries ({label})…")
        timings = bench_search.measure(uow, dataset.path, queries, config.search_runs)
        service = [t.service_s * 1000 for t in timings]
        raw = [t.raw_s * 1000 for t in timings]
        service_ms, raw_ms = median(service), median(raw)
        p95, raw_p95 = bench_search.percentile(service, 0.95), bench_search.percentile(raw, 0.95)
        profile = lambda uow=uow: profiles.profile_call(bench_search.profile_target(uow, queries))  # noqa: E731
        ctx.add(Row(f"Decision-log search, {len(queries)} topical queries: median ({label})", service_ms, "ms",
                    raw_ms, max_ratio=2, baseline_label=f"raw FTS5 bm25 top {bench_search.PAGE}, no snippets"), profile)
        ctx.add(Row(f"Decision-log search: p95 ({label})", p95, "ms", raw_p95, baseline_label="raw p95",
                    **({"max_value": 120} if label == "large" else {"max_ratio": 2})), profile)
        if label == "large":
            ctx.add(Row("Decision-log search: median time (large)", service_ms, "ms", max_value=30), profile)
        medians[label] = service_ms
        ctx.note(f"Search ({label}): queries (service ms / raw ms / hits): " + "; ".join(
            f"`{t.query}` {t.service_s * 1000:.1f}/{t.raw_s * 1000:.1f}/{t.hits}" for t in timings) + ".")
    ctx.growth["search"] = (medians["large"], medians["small"], "ms")
    ctx.note(f"Search: {_doc(bench_search)} Median of {config.search_runs} interleaved runs per query; median and "
             "p95 over the queries.")


def bench_search_box_rows(ctx: Context) -> None:
    from . import bench_search_box

    _log("Typing in the decision log's search box (the GUI thread's longest stall)…")
    typed = bench_search_box.run(ctx.large.path, ctx.env, 2 if ctx.config is QUICK else bench_search_box.QUERIES)
    ctx.add(Row("Longest GUI-thread stall while typing in the search box (large)", typed["longest_stall_ms"], "ms",
                max_value=16))
    ctx.note(f"Search box: {_doc(bench_search_box)} This run: {typed['queries']} queries, {typed['keys']} keys, "
             f"{typed['ticks']} probe ticks; 99th percentile of the stalls {typed['p99_stall_ms']:.1f} ms; the five "
             f"longest {', '.join(f'{ms:.0f}' for ms in typed['longest_stalls_ms'])} ms.")


def bench_open_rows(ctx: Context) -> None:
    from . import bench_open, profiles

    config, large = ctx.config, ctx.large
    _log("Opening the 40-item meeting in the editor…")
    window = bench_open.main_window(ctx.large_uow)
    first, again = bench_open.measure_first_and_again(window, large.big_meeting_id, config.open_runs)
    profile = lambda: profiles.profile_call(bench_open.profile_target(window, large.big_meeting_id),  # noqa: E731
                                            repeat=3)
    ctx.add(Row("Open a 40-item meeting in the editor, first time (large)", first * 1000, "ms", max_value=50),
            profile)
    ctx.add(Row("Open a 40-item meeting in the editor, again (large)", median(again) * 1000, "ms", max_value=50),
            profile)
    ctx.note(f"Opening: {_doc(bench_open)} First time: the first opening in a new main window; again: median of "
             f"{config.open_runs} runs after one more warm-up.")
    small_window = bench_open.main_window(ctx.small_uow)
    small_again = bench_open.measure(small_window, ctx.small.big_meeting_id, config.open_runs)
    small_window.close()
    ctx.growth["open"] = (median(again) * 1000, median(small_again) * 1000, "ms")


def bench_export_rows(ctx: Context) -> None:
    from . import bench_export, bench_startup, profiles

    config, large = ctx.config, ctx.large
    _log("Exporting the 40-item minutes to DOCX…")
    base, subj = bench_export.measure(ctx.large_uow, large.big_meeting_id, ctx.work, config.export_runs)
    ctx.add(Row("Export 40-item minutes to DOCX, in-process", median(subj) * 1000, "ms", median(base) * 1000,
                max_ratio=1.5, baseline_label="bare python-docx"),
            lambda: profiles.profile_call(bench_export.profile_target(ctx.large_uow, large.big_meeting_id,
                                                                      ctx.work), repeat=3))
    bare, cli = bench_export.process_commands(large.path, large.big_meeting_id, ctx.large_uow, ctx.work)
    runs = bench_startup.measure({"bare": bare, "cli": cli}, config.export_runs, config.warmup)
    ctx.add(Row("`samverkan export minutes` as a process", median(runs["cli"]), "s", median(runs["bare"]),
                max_ratio=2, baseline_label="bare python-docx script process"),
            lambda: profiles.profile_process(cli, ctx.env))
    ctx.note(f"Export: {_doc(bench_export)} Median of {config.export_runs} interleaved runs after one warm-up. As "
             "a process: the CLI command against a python-docx script writing the same headings and paragraphs, "
             "each timed from spawn to exit.")


def bench_verify_rows(ctx: Context) -> None:
    from samverkan_desktop.services import verification

    from . import bench_verify, profiles

    runs = 1 if ctx.config is QUICK else 3
    seconds: dict[str, float] = {}
    for label, dataset in (("large", ctx.large), ("small", ctx.small)):
        _log(f"samverkan verify as a process ({label}), {runs} run(s)…")
        base, subj = bench_verify.measure(dataset.path, runs, ctx.env)
        verify_s, bulk_s = median([r.seconds for r in subj]), median([r.seconds for r in base])
        ctx.add(Row(f"`samverkan verify`, every approved minutes ({label})", verify_s, "s", bulk_s, max_ratio=2,
                    baseline_label="bulk read + SHA-256 process"),
                lambda uow=(ctx.large_uow if label == "large" else ctx.small_uow): profiles.profile_call(
                    lambda: (verification.verify_all(uow), verification.verify_signatures(uow))))
        if label == "large":
            ctx.add(Row("`samverkan verify`: peak RSS (large)", max(r.peak_rss_mb for r in subj), "MB",
                        max(r.peak_rss_mb for r in base), max_value=300, baseline_label="bulk read + SHA-256"))
        seconds[label] = verify_s
    ctx.growth["verify"] = (seconds["large"], seconds["small"], "s")
    ctx.note(f"Verify: {_doc(bench_verify)} Median of {runs} interleaved run(s).")


def bench_memory_rows(ctx: Context) -> None:
    from . import bench_memory

    config = ctx.config
    _log("Peak memory while browsing…")
    browsed = bench_memory.run(ctx.large.path, config.browse_groups, config.browse_meetings, ctx.env)
    ctx.add(Row("Peak memory (RSS) while browsing (large)", browsed["peak_rss_mb"], "MB", max_value=250))
    # The spell-checker's process (its dictionary) and multiprocessing's resource tracker, counted too.
    helpers = browsed.get("helper_peaks_rss_mb") or {}
    ctx.add(Row("Peak memory while browsing, with the helper processes (large)",
                browsed["with_helpers_peak_rss_mb"], "MB", max_value=250))
    ctx.note(f"Memory: {' '.join(bench_memory.__doc__.split(chr(10) + chr(10))[0].split())} This run: "
             f"{browsed['groups_visited']} groups, {browsed['meetings_opened']} meetings opened. RSS after each "
             "part of the walk: " + ", ".join(f"{step} {mb:.0f} MB" for step, mb in browsed["rss_steps_mb"].items())
             + ". Helper processes' peaks: " + (", ".join(f"{mb:.0f} MB" for mb in helpers.values()) or "none")
             + " (the row with them adds their peaks to the GUI process's: an upper bound of what was held at once).")


def bench_typing_rows(ctx: Context) -> None:
    from . import bench_typing, profiles

    config, large = ctx.config, ctx.large
    _log("Typing with autosave on (the GUI thread's longest stall)…")
    typing_db = datasets.working_copy(large, ctx.work)
    typed = bench_typing.run(typing_db, large.big_meeting_id, config.typing_bursts, ctx.env, config.typing_burst)
    ctx.add(Row("Longest GUI-thread stall while typing with autosave", typed["longest_stall_ms"], "ms",
                max_value=16),
            lambda: profiles.profile_typing(bench_typing.command(typing_db, large.big_meeting_id, 1,
                                                                 config.typing_burst), ctx.env))
    if typed.get("longest_own_stall_ms") is not None:
        ctx.add(Row("The same, less the GUI thread's wait for a CPU (the machine's other work)",
                    typed["longest_own_stall_ms"], "ms", max_value=16))
    ctx.note(f"Typing: {_doc(bench_typing)} "
             f"This run: {typed['keys']} keys, {typed['autosaves']} saves, {typed['ticks']} probe ticks; "
             f"99th percentile of the stalls {typed['p99_stall_ms']:.1f} ms; the five longest "
             f"{', '.join(f'{ms:.0f}' for ms in typed['longest_stalls_ms'])} ms. On a copy of the large database.")


def bench_export_all_rows(ctx: Context) -> None:
    from . import bench_export_all

    _log("Exporting everything to one ZIP (each in a process of its own)…")
    exported = bench_export_all.run(ctx.large.path, ctx.work / "allt.zip", ctx.env)
    raw = bench_export_all.run(ctx.large.path, ctx.work / "raw.zip", ctx.env, baseline=True)
    ctx.add(Row("Export everything to ZIP (large)", exported["seconds"], "s", raw["seconds"], max_ratio=4,
                baseline_label="raw sqlite3 to CSV in a ZIP"))
    ctx.add(Row("Peak memory (RSS) exporting everything (large)", exported["peak_rss_mb"], "MB",
                raw["peak_rss_mb"], max_value=250, baseline_label="raw dump's peak"))
    ctx.note(f"Export everything: {_doc(bench_export_all)} This run: {exported['tables']} tables, "
             f"{exported['rows']:,} rows, {exported['attachments']} attachments, a ZIP of "
             f"{exported['zip_mb']:.0f} MB; RSS before the export {exported['rss_before_mb']:.0f} MB.")


def bench_import_rows(ctx: Context) -> None:
    from . import bench_import

    _log("Importing the register from Excel…")
    imported, import_note = bench_import.measure(ctx.work, *ctx.config.register_import, env=ctx.env)
    for row in imported:
        ctx.add(row)
    ctx.note(import_note)


def bench_pdf_rows(ctx: Context) -> None:
    row, note = measure_pdf(ctx.config, ctx.work)
    if row is not None:
        ctx.add(row)
    ctx.note(note)


def growth_rows(ctx: Context) -> None:
    """Large / small for every figure a benchmark put into ``ctx.growth``: last, after the others."""
    for measure, (value, baseline, unit) in ctx.growth.items():
        ctx.add(Row(f"Growth of {measure}: large / small database", value, unit, baseline, max_ratio=1.3,
                    baseline_label="a tenth of the data"))
    ctx.note("Growth: each figure above measured on both databases (the small one has a tenth of the groups) in "
             "the same run; the ratio is large / small. Ten times the data should cost at most 1.3 times the time "
             "for what a person does in the app; verify reads everything and grows with it.")


#: The benchmarks of ``make bench``, in order: a new one is a function ``(Context) -> None`` added here.
BENCHMARKS = [bench_startup_rows, bench_quick_check_rows, bench_search_rows, bench_search_box_rows, bench_open_rows,
              bench_export_rows, bench_verify_rows, bench_memory_rows, bench_export_all_rows, bench_typing_rows,
              bench_import_rows, bench_pdf_rows, growth_rows]


def measure_all(config: Config, cache_dir: Path, work: Path, benchmarks=None) -> Measured:
    """Needs a QApplication (the editor is opened in this process), kept alive until the profiles are done."""
    from samverkan_desktop.db.engine import create_database_engine
    from samverkan_desktop.db.uow import create_unit_of_work

    from . import bench_startup

    large = datasets.ensure(config.large, cache_dir, _log)
    small = datasets.ensure(config.small, cache_dir, _log)
    data_dir = work / "data"
    data_dir.mkdir()
    measured = Measured([], [f"Large database: {large.describe()}. Small database: {small.describe()}. Cached "
                             f"in {cache_dir.name}/ as {large.path.name} and {small.path.name}."], {})
    engines = [create_database_engine(f"sqlite:///{d.path}") for d in (large, small)]
    try:
        ctx = Context(config, large, small, create_unit_of_work(engines[0], "benchmark"),
                      create_unit_of_work(engines[1], "benchmark"), work, bench_startup.environment(data_dir),
                      measured, {})
        for benchmark in benchmarks or BENCHMARKS:
            benchmark(ctx)
    finally:
        for engine in engines:
            engine.dispose()
    measured.notes.append("All times with time.perf_counter; QT_QPA_PLATFORM=offscreen. The machine is shared: "
                          "figures move with its load; the ratios, measured interleaved, move less.")
    return measured


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


#: ``--only`` choices measured and printed alone: for comparing branches (A/B) without a whole run.
ONLY = {"search": [bench_search_rows, growth_rows], "search_box": [bench_search_box_rows]}


def only_printed(benchmarks: list, config: Config, cache_dir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    load = os.getloadavg() if hasattr(os, "getloadavg") else ()
    with tempfile.TemporaryDirectory(prefix="samverkan-bench-") as folder:
        work = Path(folder)
        os.environ["SAMVERKAN_DATA_DIR"] = str(work)
        measured = measure_all(config, cache_dir, work, benchmarks)
    del app
    print(report.table(measured.rows))
    for note in measured.notes:
        print(f"- {note}")
    print("Load average at the start (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in load))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tiny scale, for the tests (seconds, not minutes)")
    parser.add_argument("--scale", choices=("full", "tenth"), default="full",
                        help="full: region scale and a tenth of it; tenth: a tenth and a hundredth")
    parser.add_argument("--out", type=Path, default=RESULTS, help="the Markdown report (default: %(default)s)")
    parser.add_argument("--cache-dir", type=Path, default=datasets.CACHE_DIR,
                        help="where generated databases are kept (default: %(default)s)")
    parser.add_argument("--no-profiles", action="store_true", help="do not profile the measures that missed")
    parser.add_argument("--only", choices=["pdf", *ONLY], help="pdf: measure only the PDF batch and replace its "
                        "row in the report; the others: measure only those rows and print them (no report written)")
    args = parser.parse_args(argv)
    if args.only == "pdf":
        return only_pdf(args.out)
    if args.only in ONLY:
        return only_printed(ONLY[args.only], QUICK if args.quick else TENTH if args.scale == "tenth" else FULL,
                            args.cache_dir)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from .machine import describe

    app = QApplication.instance() or QApplication(sys.argv[:1])
    config = QUICK if args.quick else TENTH if args.scale == "tenth" else FULL
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
    scale = {QUICK: "quick (tiny) scale, for tests only", TENTH: "tenth scale (`--scale tenth`: a tenth and a "
             "hundredth of region scale)"}.get(config, "full scale")
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
