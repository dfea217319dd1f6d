"""``samverkan verify`` as a process, against a bare script that reads the same rows in bulk and hashes them.

The subject is the command a user runs: ``python -m samverkan_desktop.cli --db FILE verify`` (every approved
minutes' hash recomputed, every signature checked, progress on stderr), timed from spawn to exit, with its peak
resident memory. The baseline is a plain ``sqlite3`` script in a process of its own: one query each over the
approved meetings, their items, attendance and actions, and the approvals, SHA-256 over the rows of each
meeting. It reads what verify must read and hashes as much, with none of the canonical form, the names or the
signature checks: the floor of any verify.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path

from .processes import ProcessRun, run_process

BARE_SCRIPT = """\
import hashlib, sqlite3, sys
from collections import defaultdict
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
approved = "SELECT id FROM meeting WHERE minutes_status IN ('godkanda', 'publicerade')"
rows = defaultdict(list)
for meeting in db.execute(f"SELECT * FROM meeting WHERE id IN ({approved})"):
    rows[meeting[0]].append(repr(meeting))
for table in ("agenda_item", "attendance"):
    for row in db.execute(f"SELECT * FROM {table} WHERE meeting_id IN ({approved}) ORDER BY meeting_id, id"):
        rows[row[1]].append(repr(row))
for row in db.execute(f"SELECT agenda_item.meeting_id, action_item.* FROM action_item JOIN agenda_item "
                      f"ON agenda_item.id = action_item.agenda_item_id WHERE agenda_item.meeting_id IN ({approved})"):
    rows[row[0]].append(repr(row))
hashes = {m: hashlib.sha256("\\n".join(r).encode()).hexdigest() for m, r in rows.items()}
stored = dict(db.execute("SELECT meeting_id, content_hash FROM approval WHERE revoked_at IS NULL"))
print(len(hashes), sum(1 for m in hashes if m in stored))
"""


def verify_command(db: Path) -> list[str]:
    return [sys.executable, "-m", "samverkan_desktop.cli", "--db", str(db), "verify"]


def bare_command(db: Path) -> list[str]:
    return [sys.executable, "-c", BARE_SCRIPT, str(db)]


def measure(db: Path, runs: int, env: Mapping[str, str]) -> tuple[list[ProcessRun], list[ProcessRun]]:
    """(baseline, subject) runs, interleaved. verify exits 0 (all hold) or 2 (some do not): both are a result."""
    base, subj = [], []
    for _round in range(runs):
        base.append(run_process(bare_command(db), env))
        subj.append(run_process(verify_command(db), env, ok=(0, 2)))
    if "Signaturer:" not in subj[-1].stdout:
        raise RuntimeError(f"verify did not report: {subj[-1].stdout[-500:]}")
    return base, subj
