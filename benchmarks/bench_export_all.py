"""Exporting everything (``samverkan export all``): every table as CSV and JSON, every attachment and the README,
into one ZIP, in a process of its own so that its peak RSS (VmHWM) is the export's alone.

The subject is ``data_out.export_all(uow, target)``, what the command and Arkiv > Exportera allt… call. The
baseline, in a second process of its own, is the plainest dump of the same tables: one ``SELECT *`` per table
through ``sqlite3``, written with the csv module into a ZIP member each (no JSON, no type conversion, no
attachments). Both are timed from the call to the closed file; each process prints one line of JSON.

Run by ``run.py``; alone: ``python -m benchmarks.bench_export_all --db PATH --out FILE.zip [--baseline]``.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from .probes import peak_rss_mb


def command(db: Path, out: Path, *, baseline: bool = False) -> list[str]:
    return [sys.executable, "-m", "benchmarks.bench_export_all", "--db", str(db), "--out", str(out)] + (
        ["--baseline"] if baseline else [])


def run(db: Path, out: Path, env: dict[str, str], *, baseline: bool = False) -> dict:
    done = subprocess.run(command(db, out, baseline=baseline), env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"export all exited {done.returncode}: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def subject(db: Path, out: Path) -> dict:
    from samverkan_desktop.application.data_out import export_all
    from samverkan_desktop.db.engine import create_database_engine
    from samverkan_desktop.db.uow import create_unit_of_work

    engine = create_database_engine(f"sqlite:///{db}", read_only=True)
    try:
        uow = create_unit_of_work(engine, "benchmark")
        before = peak_rss_mb()
        started = time.perf_counter()
        summary = export_all(uow, out)
        seconds = time.perf_counter() - started
    finally:
        engine.dispose()
    return {"seconds": seconds, "peak_rss_mb": peak_rss_mb(), "rss_before_mb": before, "rows": summary.rows,
            "tables": len(summary.tables), "attachments": len(summary.attachments),
            "zip_mb": out.stat().st_size / 2**20}


def baseline(db: Path, out: Path) -> dict:
    started = time.perf_counter()
    rows = 0
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection, \
            zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'decision_search%' AND name != 'alembic_version'")]  # the search index is derived
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}"')  # names from sqlite_master
            with archive.open(f"tables/{table}.csv", "w") as raw:
                text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
                writer = csv.writer(text, delimiter=";")
                writer.writerow([d[0] for d in cursor.description])
                for row in cursor:
                    writer.writerow(row)
                    rows += 1
                text.flush()
                text.detach()
    connection.close()
    return {"seconds": time.perf_counter() - started, "peak_rss_mb": peak_rss_mb(), "rows": rows}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--baseline", action="store_true")
    args = parser.parse_args()
    result = baseline(args.db, args.out) if args.baseline else subject(args.db, args.out)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
