"""Kill tests: the app's write paths (autosave, approval, publishing, export) run in a child process that is
killed with SIGKILL at a random moment, many times. After every kill the database must open and migrate as
at start-up, pass integrity_check and foreign_key_check, every approval must still verify, the notes must be
a prefix of what was typed holding everything typed more than a second before the kill, and no file in the
publication folder may be half a document.

SAMVERKAN_KILL_RUNS (default 12; ``make torture`` runs 300) and SAMVERKAN_KILL_SEED (default random, printed in
the summary and on failure) steer it; SAMVERKAN_KILL_LOG names a file for the record of every run (JSON lines).
The kill moment depends on the clock, so a seed replays the same work and delays, not the very same instant."""

from __future__ import annotations

import csv
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

import pytest
from kill_child import typing_text
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from samverkan_desktop.app import open_database
from samverkan_desktop.application.publishing import demo_publisher, publish_since
from samverkan_desktop.db.engine import sqlite_url
from samverkan_desktop.db.models import Meeting
from samverkan_desktop.domain.approval_record import RECORD_SUFFIX, check_record
from samverkan_desktop.domain.calendar import STOCKHOLM
from samverkan_desktop.domain.enums import ApprovalMethod, MeetingStatus, MinutesStatus, Role
from samverkan_desktop.domain.errors import DomainError
from samverkan_desktop.export.publisher import MANIFEST_NAME, sha256_of
from samverkan_desktop.sampledata.demo import create_demo_data
from samverkan_desktop.services import agenda, approval, minutes, publication, verification

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL") or not hasattr(os, "fork"),
                                reason="needs SIGKILL and fork (not on Windows)")

CHILD = Path(__file__).with_name("kill_child.py")
TODAY = date(2026, 3, 10)
LOSS_BUDGET = 1.0  # seconds of typing a kill may take away
MAX_DELAY = 2.0
# write_atomically's temporary file: hidden, named after its target, ending in .tmp (export/files.py)
TEMP_NAME = re.compile(r"\.(?P<target>.+)\.[A-Za-z0-9_]+\.tmp")


@dataclass(frozen=True)
class Scenario:
    templates: dict[str, Path]  # the minutes as a draft, and approved by the chair
    meeting: int
    item: int
    chair: int
    since: str


@dataclass
class RunRecord:
    index: int
    seed: int
    start: str  # the template: draft or approved
    target: str | None  # the event the kill waited for, if any
    delay: float
    in_flight: str = "?"
    after_ready: float | None = None  # seconds from "ready" to the kill
    keys: int = 0
    saved: int = 0
    loss: float = 0.0  # seconds of typing lost
    status: str = ""
    temp_files: list[str] = field(default_factory=list)
    unrecorded_file: bool = False  # a published file written, killed before the publication was recorded
    problems: list[str] = field(default_factory=list)


def build_scenario(folder: Path) -> Scenario:
    """The demo data (minutes in every state, some published), and a draft whose chair can approve it, with
    one item's notes emptied for the typing; and a copy where the chair has approved that draft (so that
    runs reach publishing sooner)."""
    path = folder / "draft.db"
    engine, uow = open_database(sqlite_url(path), "testare")
    create_demo_data(uow, TODAY, publish=demo_publisher(path))
    with Session(engine) as session:
        drafts = session.scalars(select(Meeting).where(
            Meeting.status == MeetingStatus.HELD, Meeting.minutes_status == MinutesStatus.DRAFT)
            .order_by(Meeting.starts_at.desc())).all()
        candidates = [(m.id, m.starts_at.astimezone(STOCKHOLM).date()) for m in drafts]
    for meeting_id, day in candidates:
        chair = next((p for p, _name, role in approval.minutes_state(uow, meeting_id).approvers
                      if role is Role.CHAIR), None)
        items = agenda.list_items(uow, meeting_id)
        if chair is not None and items:
            minutes.save_text(uow, items[0].id, None, items[0].decision_text)
            engine.dispose()  # the last connection closing checkpoints the WAL into the file
            approved = shutil.copyfile(path, folder / "approved.db")
            engine, uow = open_database(sqlite_url(approved), "testare")
            approval.send_for_approval(uow, meeting_id)
            approval.approve(uow, meeting_id, chair, ApprovalMethod.IN_APP)
            engine.dispose()
            return Scenario({"draft": path, "approved": approved}, meeting_id, items[0].id, chair, day.isoformat())
    raise AssertionError("the demo data has no draft minutes with a chair")


# A third of the kills wait for the start of a write (an autosave's commit, a publication, an approval) and
# land within a few milliseconds of it: a uniform moment would seldom hit a commit, which takes milliseconds.
TARGETS = {"typed": 0.02, "op send": 0.05, "op approve": 0.1, "op reopen": 0.05, "op publish": 0.25,
           "op export": 0.2}


def kill_moment(rng: random.Random) -> tuple[str | None, float]:
    """(event to wait for or None, seconds after it or after the fork): a fifth of the kills land while the
    database is opened and checked at start-up."""
    draw = rng.random()
    if draw < 0.2:
        return None, rng.uniform(0.0, 0.3)
    if draw < 0.5:
        target = rng.choice(sorted(TARGETS))
        return target, rng.uniform(0.0, TARGETS[target])
    return None, rng.uniform(0.3, MAX_DELAY)


def wait_for(out: Path, event: str, limit: float) -> bool:
    """Follow the worker's output until a whole line starts with ``event``; False after ``limit`` seconds."""
    stop, prefix = time.monotonic() + limit, f"{event} ".encode()
    while time.monotonic() < stop:
        lines = (out.read_bytes() if out.exists() else b"").split(b"\n")[:-1]
        if any(line.startswith(prefix) for line in lines):
            return True
        time.sleep(0.002)  # polling a file: there is no event to wait on across processes here
    return False


class ForkServer:
    """kill_child.py serve: one interpreter that has imported the app, forking a worker per run."""

    def __init__(self) -> None:
        self.process = subprocess.Popen([sys.executable, str(CHILD), "serve"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)

    def ask(self, command: dict) -> dict:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        assert answer, f"the fork server ended (exit code {self.process.poll()})"
        return json.loads(answer)

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


def parse(out: Path) -> list[tuple[str, str, float]]:
    lines = []
    for line in out.read_text(encoding="utf-8").splitlines():
        event, number, moment = line.split(" ")
        lines.append((event, number, float(moment)))
    return lines


def in_flight(events: list[tuple[str, str, float]]) -> str:
    """What the worker was doing when it was killed, from its last lines."""
    if not any(e == "ready" for e, _n, _t in events):
        return "opening the database"
    current, saving = "between operations", False
    for event, number, _t in events:
        if event == "op":
            current = number
        elif event == "done":
            current = "between operations"
        elif event in ("typed", "saved"):
            saving = event == "typed"
    if current == "type":
        return "autosave" if saving else "typing"
    return current


def check_typing(record: RunRecord, events, notes: str, typed: str, killed_at: float) -> None:
    keys = [(int(n), t) for e, n, t in events if e == "key"]
    acked = max((int(n) for e, n, _t in events if e == "saved"), default=0)
    record.keys, record.saved = len(keys), len(notes)
    if not typed.startswith(notes):
        record.problems.append(f"the saved notes are not what was typed: {notes[-60:]!r}")
        return
    if len(notes) < len(typed[:acked].rstrip()):
        record.problems.append(f"an acknowledged autosave was lost: {acked} characters saved, {len(notes)} found")
    old = max((n for n, t in keys if t <= killed_at - LOSS_BUDGET), default=0)
    if len(notes) < len(typed[:old].rstrip()):
        record.problems.append(f"text typed more than {LOSS_BUDGET} s before the kill is gone "
                               f"({old} characters typed by then, {len(notes)} saved)")
    lost = [t for n, t in keys if len(typed[:n].rstrip()) > len(notes)]
    record.loss = killed_at - lost[0] if lost else 0.0


def check_files(record: RunRecord, folders: list[Path]) -> None:
    """Every file is a whole document or manifest; a temporary file left by the kill is clearly one."""
    for folder in folders:
        for path in sorted(folder.iterdir()) if folder.is_dir() else []:
            if path.name.endswith(".tmp"):
                match = TEMP_NAME.fullmatch(path.name)
                if not match or not (folder / match["target"]).suffix:
                    record.problems.append(f"a temporary file not clearly named: {path.name}")
                record.temp_files.append(path.name)
            elif path.suffix == ".docx":
                try:
                    with zipfile.ZipFile(path) as document:
                        if document.testzip() is not None or "word/document.xml" not in document.namelist():
                            record.problems.append(f"a broken document with its final name: {path.name}")
                except zipfile.BadZipFile:
                    record.problems.append(f"half a document with its final name: {path.name}")
            elif path.name.endswith(RECORD_SUFFIX):  # the approval record beside the minutes: whole, or absent
                try:
                    check_record(path.read_bytes())
                except DomainError:
                    record.problems.append(f"a broken approval record with its final name: {path.name}")
            elif path.name == MANIFEST_NAME:
                with path.open(encoding="utf-8-sig", newline="") as stream:
                    if not all(row.get("sha256") for row in csv.DictReader(stream, delimiter=";")):
                        record.problems.append("a manifest with incomplete rows")
            else:
                record.problems.append(f"an unexpected file: {path.name}")


def check_database(record: RunRecord, scenario: Scenario, db: Path, folder: Path, events, seed: int,
                   killed_at: float) -> None:
    """Open the database as the GUI does after a crash, then look at everything the kill could have hurt."""
    engine, uow = open_database(sqlite_url(db), "testare")  # migrations run (at head: nothing to do)
    try:
        with engine.connect() as connection:
            integrity = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
            foreign = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        if integrity != ["ok"]:
            record.problems.append(f"integrity_check: {integrity[:5]}")
        if foreign:
            record.problems.append(f"foreign_key_check: {foreign[:5]}")
        record.problems.extend(p.describe() for p in verification.verify_all(uow))
        state = approval.minutes_state(uow, scenario.meeting)
        record.status = state.status.value
        notes = agenda.get_item(uow, scenario.item).notes or ""
        check_typing(record, events, notes, typing_text(seed), killed_at)
        rows = publication.publications(uow, scenario.meeting)
        if state.status is MinutesStatus.PUBLISHED and not rows:
            record.problems.append("published minutes without a publication record")
        if rows:
            latest = rows[-1]
            path = folder / latest.file_name
            if not path.exists():
                record.problems.append(f"a recorded publication without its file: {latest.file_name}")
            elif sha256_of(path) != latest.sha256:
                record.unrecorded_file = True  # only a publish the kill stopped before its commit may do this
                if not (record.in_flight == "publish" and state.status is MinutesStatus.APPROVED):
                    record.problems.append(f"{latest.file_name} differs from its publication record")
        if state.status is MinutesStatus.APPROVED:  # the next publish works, whatever the kill left
            result = publish_since(uow, date.fromisoformat(scenario.since), folder)
            if result.failures or not result.published:
                record.problems.append(f"publishing after the kill failed: {result.failures}")
    finally:
        engine.dispose()


def kill_run(server: ForkServer, scenario: Scenario, base: Path, index: int, master_seed: int) -> RunRecord:
    rng = random.Random(f"{master_seed}-{index}")
    record = RunRecord(index, rng.randrange(2**31), rng.choice(sorted(scenario.templates)), *kill_moment(rng))
    run = base / f"run{index:03d}"
    folder, exports = run / "publicerat", run / "export"
    for made in (folder, exports):
        made.mkdir(parents=True)
    db = run / "samverkan.db"
    shutil.copyfile(scenario.templates[record.start], db)
    job = {"db": str(db), "folder": str(folder), "exports": str(exports), "meeting": scenario.meeting,
           "item": scenario.item, "chair": scenario.chair, "since": scenario.since, "seed": record.seed,
           "autosave_ms": autosave_ms(), "limit_s": 60, "out": str(run / "out.txt"), "err": str(run / "err.txt")}
    pid = server.ask({"do": "run", "job": job})["pid"]
    if record.target is not None and not wait_for(run / "out.txt", record.target, 8.0):
        record.target = f"{record.target} (not reached)"
    time.sleep(record.delay)  # the random moment is the point of the test
    killed_at = time.monotonic()
    os.kill(pid, signal.SIGKILL)
    ended = server.ask({"do": "reap", "pid": pid})
    events = parse(run / "out.txt")
    record.in_flight = in_flight(events)
    ready = next((t for e, _n, t in events if e == "ready"), None)
    record.after_ready = round(killed_at - ready, 3) if ready is not None else None
    if ended["signal"] != signal.SIGKILL:
        record.problems.append(f"the worker ended before the kill ({ended}): "
                               f"{(run / 'err.txt').read_text(encoding='utf-8')[-2000:]}")
        return record
    check_files(record, [folder, exports])  # first: the database check publishes again
    check_database(record, scenario, db, folder, events, record.seed, killed_at)
    if not record.problems:  # a failed run's folder stays for a look; 300 copies of the database would not
        shutil.rmtree(run)
    return record


def autosave_ms() -> int:
    from samverkan_desktop.ui.widgets.minutes_pane import AUTOSAVE_MS

    return AUTOSAVE_MS


def summary(records: list[RunRecord], master_seed: int, seconds: float) -> str:
    failed = [r for r in records if r.problems]
    broken = [r for r in failed if any(p.startswith(("integrity", "foreign")) for p in r.problems)]
    flights = Counter(r.in_flight for r in records)
    temps = sum(bool(r.temp_files) for r in records)
    return (f"kill test: {len(records)} runs in {seconds:.0f} s (SAMVERKAN_KILL_SEED={master_seed}), "
            f"{len(failed)} failed, {len(broken)} integrity failures, "
            f"longest typing loss {max((r.loss for r in records), default=0):.2f} s; "
            f"killed during: {', '.join(f'{k} {v}' for k, v in flights.most_common())}; "
            f"temporary files left in {temps} runs, published-but-unrecorded files in "
            f"{sum(r.unrecorded_file for r in records)} runs")


def test_sigkill_during_write_paths_loses_nothing_acknowledged(tmp_path: Path, capsys) -> None:
    runs = int(os.environ.get("SAMVERKAN_KILL_RUNS", "12"))
    master_seed = int(os.environ.get("SAMVERKAN_KILL_SEED") or random.SystemRandom().randrange(10**6))
    scenario = build_scenario(tmp_path)
    server = ForkServer()
    started = time.monotonic()
    records = []
    try:
        for index in range(runs):
            records.append(kill_run(server, scenario, tmp_path, index, master_seed))
    finally:
        server.close()
    log = Path(os.environ.get("SAMVERKAN_KILL_LOG") or tmp_path / "kill-runs.jsonl")
    log.write_text("".join(json.dumps(asdict(r)) + "\n" for r in records), encoding="utf-8")
    line = summary(records, master_seed, time.monotonic() - started)
    with capsys.disabled():
        print(f"\n{line}\n(each run: {log})")
    failures = [f"run {r.index} (seed {r.seed}, killed {r.after_ready} s after ready, during {r.in_flight}): "
                + "; ".join(r.problems) for r in records if r.problems]
    assert not failures, f"{line}\n" + "\n".join(failures)


def test_the_checks_catch_what_they_look_for(tmp_path: Path) -> None:
    """The checks above can fail: half a document, an unclear temporary file, lost acknowledged typing."""
    (tmp_path / "2026-03-03_NOSAM_minnesanteckningar.docx").write_bytes(b"PK\x03\x04half")
    (tmp_path / "utkast.tmp").write_bytes(b"")
    (tmp_path / ".manifest.csv.k2j4h5l6.tmp").write_bytes(b"")
    record = RunRecord(0, 1, "draft", None, 0.0)
    check_files(record, [tmp_path])
    assert record.temp_files == [".manifest.csv.k2j4h5l6.tmp", "utkast.tmp"]
    assert [p.split(":")[0] for p in record.problems] == ["half a document with its final name",
                                                          "a temporary file not clearly named"]

    typed = typing_text(1)
    events = [("key", str(n), 10.0 + n * 0.1) for n in range(1, 31)] + [("typed", "30", 13.0), ("saved", "30", 13.1)]
    record = RunRecord(0, 1, "draft", None, 0.0)
    check_typing(record, events, typed[:12], typed, killed_at=13.5)
    assert "an acknowledged autosave was lost" in record.problems[0]
    assert f"text typed more than {LOSS_BUDGET} s before the kill is gone" in record.problems[1]
    assert record.loss > LOSS_BUDGET
    record = RunRecord(0, 1, "draft", None, 0.0)
    check_typing(record, events, typed[:30].rstrip(), typed, killed_at=13.5)
    assert record.problems == [] and record.loss == 0.0
