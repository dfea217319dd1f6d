"""Register import: an Excel workbook of 5,000 people, 300 groups and 6,000 memberships (and their 40
organisations), as the register template lays it out, imported into an empty database by a process of its own:
read with openpyxl, checked row by row, applied in one transaction (``importing.read_table_file``,
``importing.import_tables``, ``services.register_import.run_import``, what the wizard and ``samverkan import
register`` call). The process prints its time and peak RSS (VmHWM) as JSON. The baseline is the same rows
written into the same schema with raw ``sqlite3`` executemany (no reading, no checks): what the rows cost
the database alone.

Run by ``run.py``; alone: ``python -m benchmarks.bench_import [--results benchmarks/RESULTS.md]`` measures at
full scale and puts its rows into RESULTS.md (replacing its earlier rows).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from .probes import peak_rss_mb
from .report import Row

FULL = (5000, 300, 6000)
MEASURE_TIME = "Import register from Excel: {p} people, {g} groups, {m} memberships"
MEASURE_MEMORY = "Peak memory (RSS) of that import"


def sizes_label(people: int, groups: int, memberships: int) -> str:
    def n(number: int) -> str:
        return f"{number:,}".replace(",", " ")

    return MEASURE_TIME.format(p=n(people), g=n(groups), m=n(memberships))


def tables(people: int, groups: int, memberships: int) -> dict[str, list[tuple]]:
    """The register as rows of the template's sheets: deterministic, Swedish, with a group hierarchy."""
    orgs = [(f"{name} kommun", None, "Kommun") for name in (
        "Ale", "Alingsås", "Härryda", "Kungsbacka", "Lerum", "Mölndal", "Partille", "Stenungsund", "Tjörn",
        "Öckerö", "Kungälv", "Lilla Edet", "Borås", "Bollebygd", "Herrljunga", "Mark", "Svenljunga", "Tranemo",
        "Ulricehamn", "Vårgårda", "Lysekil", "Munkedal", "Orust", "Sotenäs", "Strömstad", "Tanum", "Uddevalla",
        "Färgelanda", "Mellerud", "Bengtsfors", "Dals-Ed", "Åmål", "Vänersborg", "Trollhättan", "Essunga",
        "Grästorp", "Falköping", "Skövde")] + [("Västra Götalandsregionen", "VGR", "Region"),
                                               ("Vårdcentralen Hjärtat AB", None, "Privat vårdgivare")]
    kinds = ("Samordningsråd", "Ledningsgrupp", "Beredningsgrupp", "Temagrupp", "NOSAM", "Arbetsgrupp")
    group_rows = [(f"Grupp {i:04d}", f"G{i}", kinds[i % len(kinds)], f"Grupp {i // 10:04d}" if i >= 10 else None,
                   date(2015 + i % 10, 1, 1), None) for i in range(groups)]
    person_rows = [(f"Person {i:05d} Åberg", "enhetschef" if i % 3 else None, f"person{i}@exempel.se",
                    f"031-{i:06d}", orgs[i % len(orgs)][0]) for i in range(people)]
    roles = ("ledamot",) * 8 + ("adjungerad", "processledare")
    member_rows = []
    for k in range(memberships):
        person = person_rows[k % people]
        group = group_rows[(k * 7 + k // people) % groups]
        member_rows.append((group[0], person[0], person[2], None, person[4], roles[k % len(roles)], person[4],
                            date(2024, 1, 1), None))
    return {"organisations": orgs, "people": person_rows, "groups": group_rows, "memberships": member_rows}


def write_workbook(path: Path, rows: dict[str, list[tuple]]) -> Path:
    from samverkan_desktop.export.register_workbook import write_register_xlsx

    class Tables:
        def rows(self, kind):
            return rows[kind.value]

    return write_register_xlsx(Tables(), path)


def _migrated(path: Path) -> Path:
    from samverkan_desktop.db.engine import create_database_engine
    from samverkan_desktop.db.migrate import upgrade_database
    from samverkan_desktop.infra.config import migrations_dir

    engine = create_database_engine(f"sqlite:///{path}")
    upgrade_database(engine, migrations_dir())
    engine.dispose()
    return path


def import_once(workbook: Path, db: Path) -> dict:
    """In this process (run as its own): the import as the app does it; its time and the process's peak RSS."""
    from samverkan_desktop.db.engine import create_database_engine
    from samverkan_desktop.db.uow import create_unit_of_work
    from samverkan_desktop.importing.register_source import import_tables
    from samverkan_desktop.importing.table_file import read_table_file
    from samverkan_desktop.services.register_import import run_import

    engine = create_database_engine(f"sqlite:///{db}")
    uow = create_unit_of_work(engine, "benchmark")
    started = time.perf_counter()
    found, _notes = import_tables(read_table_file(workbook))
    report = run_import(uow, found, source=workbook.name)
    seconds = time.perf_counter() - started
    engine.dispose()
    if not report.applied:
        raise RuntimeError("the import was refused: " + "; ".join(report.problems[:5]))
    return {"seconds": seconds, "peak_rss_mb": peak_rss_mb(),
            "added": {s.kind.value: s.added for s in report.summaries()}}


def baseline(db: Path, rows: dict[str, list[tuple]]) -> float:
    """The same rows inserted with raw sqlite3 executemany, ids looked up in dicts: the database's share."""
    started = time.perf_counter()
    connection = sqlite3.connect(db)
    with connection:
        connection.executemany("INSERT INTO organisation (name, short_name, kind) VALUES (?, ?, ?)",
                               [(n, s, "kommun") for n, s, _k in rows["organisations"]])
        orgs = dict(connection.execute("SELECT name, id FROM organisation"))
        connection.executemany("INSERT INTO coordination_group (name, short_name, kind, active_from) "
                               "VALUES (?, ?, 'annan', ?)", [(r[0], r[1], r[4].isoformat()) for r in rows["groups"]])
        groups = dict(connection.execute("SELECT name, id FROM coordination_group"))
        connection.executemany("UPDATE coordination_group SET parent_id = ? WHERE id = ?",
                               [(groups[r[3]], groups[r[0]]) for r in rows["groups"] if r[3]])
        connection.executemany("INSERT INTO person (name, title, email, phone, employer_id) VALUES (?, ?, ?, ?, ?)",
                               [(r[0], r[1], r[2], r[3], orgs[r[4]]) for r in rows["people"]])
        people = dict(connection.execute("SELECT email, id FROM person"))
        connection.executemany("INSERT INTO membership (person_id, group_id, role, represents_id, valid_from) "
                               "VALUES (?, ?, 'ledamot', ?, ?)",
                               [(people[r[2]], groups[r[0]], orgs[r[6]], r[7].isoformat())
                                for r in rows["memberships"]])
    connection.close()
    return time.perf_counter() - started


def measure(work: Path, people: int, groups: int, memberships: int, env: dict[str, str] | None = None
            ) -> tuple[list[Row], str]:
    rows = tables(people, groups, memberships)
    workbook = write_workbook(work / "register-bench.xlsx", rows)
    db, base_db = _migrated(work / "import-bench.db"), _migrated(work / "import-baseline.db")
    done = subprocess.run([sys.executable, "-m", "benchmarks.bench_import", "--child", str(workbook), str(db)],
                          env=env or os.environ.copy(), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the import exited {done.returncode}: {done.stderr[-2000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    base = baseline(base_db, rows)
    label = sizes_label(people, groups, memberships)
    measured = [Row(label, result["seconds"], "s", base, max_value=30, baseline_label="raw sqlite3 executemany"),
                Row(MEASURE_MEMORY, result["peak_rss_mb"], "MB", max_value=400)]
    note = (f"Import: {' '.join(__doc__.split(chr(10) + chr(10))[0].split())} This run: a workbook of "
            f"{workbook.stat().st_size // 1024} kB; added {result['added']}. The baseline's ratio says what reading, "
            "checking, matching and the audit trail cost on top of the rows themselves. One run.")
    return measured, note


_ROW = re.compile(r"^\| (Import register from Excel|Peak memory \(RSS\) of that import)")


def update_results(path: Path, measured: list[Row], note: str) -> None:
    """Put this benchmark's rows into the results table (replacing earlier ones) and its note under the notes;
    the "targets met" line is counted again from the table."""
    lines = path.read_text(encoding="utf-8").split("\n")
    lines = [line for line in lines if not _ROW.match(line) and not line.startswith("- Import: ")]
    last = max(i for i, line in enumerate(lines) if line.startswith("| ") and not line.startswith("| measure"))
    lines[last + 1:last + 1] = ["| " + " | ".join(row.cells()) + " |" for row in measured]
    notes = next(i for i, line in enumerate(lines) if line.startswith("## How each figure was measured"))
    end = next(i for i in range(notes + 2, len(lines)) if not lines[i].startswith("- "))
    lines.insert(end, f"- {note}")
    table = [line for line in lines if line.startswith("| ") and not line.startswith("| measure")]
    verdicts = [line.rstrip(" |").rsplit("| ", 1)[-1] for line in table]
    met, total = verdicts.count("yes"), sum(1 for v in verdicts if v in ("yes", "**no**"))
    for i, line in enumerate(lines):
        if re.match(r"^\d+ of \d+ targets met\.", line):
            missed = [row.split(" | ")[0].lstrip("| ") for row, v in zip(table, verdicts, strict=True) if v == "**no**"]
            lines[i] = f"{met} of {total} targets met." + (f" Missed: {'; '.join(missed)}." if missed else "")
            break
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_import")
    parser.add_argument("--child", nargs=2, metavar=("XLSX", "DB"), help=argparse.SUPPRESS)
    parser.add_argument("--results", type=Path, help="RESULTS.md to put the rows into")
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(import_once(Path(args.child[0]), Path(args.child[1]))))
        return 0
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    with tempfile.TemporaryDirectory(prefix="samverkan-bench-import-") as folder:
        os.environ["SAMVERKAN_DATA_DIR"] = folder
        measured, note = measure(Path(folder), *FULL)
    note += (f" Measured alone ({time.strftime('%Y-%m-%d %H:%M')}, `python -m benchmarks.bench_import --results`), "
             f"load average at start {load}.")
    for row in measured:
        print(" | ".join(row.cells()))
    print(note)
    if args.results:
        update_results(args.results, measured, note)
        print(f"Written to {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
