"""The child of the kill tests (test_kill.py): runs the app's write paths as the GUI does, until it is killed.

A worker opens a prepared database through ``app.open_database`` (as the GUI does at start-up) and loops, in
an order drawn from its seed, over: typing into an item's notes at a typing pace with autosave through
``minutes.save_text`` on the GUI's timer rule, sending for approval, the chair's approval, reopening,
publishing through ``publishing.publish_since`` and exporting through ``publishing.export_document``.

It tells what it does on stdout, one line per event, each written with one write(2) so that a kill never
leaves half a line: ``<event> <number> <monotonic time>``. Events: ``ready``; ``op <name>`` / ``done <name>``
around every operation; ``key <n>`` when the n-th character is typed; ``typed <n>`` before an autosave of the
first n characters and ``saved <n>`` after its commit; ``end`` when the time limit ran out unkilled.

    python kill_child.py serve       a fork server: imports the app once, then per JSON line on stdin
                                     {"do": "run", "job": {...}} forks a worker and answers {"pid": ...};
                                     {"do": "reap", "pid": ...} waits for it and answers how it ended.
                                     Forking keeps a run at milliseconds instead of a second of imports.
    python kill_child.py run JOB     one worker in this process (JOB is a JSON file), to watch it by hand.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
import traceback
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from samverkan_desktop.app import open_database
from samverkan_desktop.application.publishing import ExportKind, export_document, publish_since
from samverkan_desktop.db.engine import sqlite_url
from samverkan_desktop.domain.enums import ApprovalMethod, MinutesStatus
from samverkan_desktop.services import UnitOfWork, agenda, approval, minutes

TEXT_LENGTH = 50_000  # more than anyone types in a run
KEY_PAUSE = (0.03, 0.15)  # seconds between keystrokes: a fast typist
MIN_AUTOSAVE = 0.3
WORDS = ("samverkan", "rutinen", "vårdplanering", "kommunerna", "regionen", "uppföljning", "ärendet", "beslut",
         "åtgärden", "närvaro", "ordföranden", "SIP", "äldreomsorgen", "rapporten", "Göteborg", "hälsocentralen",
         "barn", "och", "att", "med", "för", "i", "till", "gemensam", "särskilt", "boende", "utskrivning")
EXPORT_NAME = "minnesanteckningar-export.docx"


def typing_text(seed: int, length: int = TEXT_LENGTH) -> str:
    """What the worker with ``seed`` types: sentences of Swedish words, some lines; no leading blank."""
    rng = random.Random(f"text-{seed}")
    parts: list[str] = []
    size = 0
    while size < length:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 10)))
        part = sentence[0].upper() + sentence[1:] + rng.choice(".!?") + rng.choice((" ", " ", " ", "\n"))
        parts.append(part)
        size += len(part)
    return "".join(parts)[:length]


@dataclass
class Worker:
    uow: UnitOfWork
    job: dict
    rng: random.Random
    text: str
    decision: str | None
    status: MinutesStatus
    typed: int = 0

    @property
    def meeting(self) -> int:
        return self.job["meeting"]


def emit(event: str, number: int | str = 0) -> None:
    os.write(1, f"{event} {number} {time.monotonic():.6f}\n".encode())


# -- the operations, as the GUI calls them ------------------------------------------------------
def type_for(w: Worker, seconds: float) -> None:
    """Keystrokes at a typing pace; the autosave timer starts at the first unsaved keystroke and is not
    restarted by later ones (MinutesPane._text_changed), so continuous typing is saved too."""
    end = time.monotonic() + seconds
    next_key = time.monotonic() + w.rng.uniform(*KEY_PAUSE)
    deadline: float | None = None
    while True:
        wake = min(next_key, end, deadline if deadline is not None else end)
        time.sleep(max(0.0, wake - time.monotonic()))
        now = time.monotonic()
        if deadline is not None and now >= deadline:
            autosave(w)
            deadline = None
        elif now >= end:
            break
        elif now >= next_key:
            w.typed += 1
            emit("key", w.typed)
            if deadline is None:
                deadline = time.monotonic() + w.rng.uniform(MIN_AUTOSAVE, w.job["autosave_ms"] / 1000)
            next_key = time.monotonic() + w.rng.uniform(*KEY_PAUSE)
    if deadline is not None:
        autosave(w)  # leaving the item saves at once (MinutesPane.save_now)


def autosave(w: Worker) -> None:
    emit("typed", w.typed)
    minutes.save_text(w.uow, w.job["item"], w.text[:w.typed], w.decision)
    emit("saved", w.typed)


def send(w: Worker) -> None:
    approval.send_for_approval(w.uow, w.meeting)
    w.status = MinutesStatus.FOR_APPROVAL


def approve(w: Worker) -> None:
    state = approval.minutes_state(w.uow, w.meeting)  # what the approval dialog shows the chair
    approval.approve(w.uow, w.meeting, w.job["chair"], ApprovalMethod.IN_APP, "Godkänt i kill-testet",
                     expected_hash=state.current_hash)
    w.status = MinutesStatus.APPROVED


def reopen(w: Worker) -> None:
    approval.reopen(w.uow, w.meeting, "Rättelse: anteckningarna kompletteras")
    w.status = MinutesStatus.DRAFT


def publish(w: Worker) -> None:
    result = publish_since(w.uow, date.fromisoformat(w.job["since"]), Path(w.job["folder"]))
    if result.failures or not any(p.meeting_id == w.meeting for p in result.published):
        raise AssertionError(f"not published: {result.failures}")
    w.status = MinutesStatus.PUBLISHED


def export(w: Worker) -> None:
    export_document(w.uow, ExportKind.MINUTES, w.meeting, Path(w.job["exports"]) / EXPORT_NAME)


# (operation, weight) per minutes status: what a user can do from there
CHOICES = {
    MinutesStatus.DRAFT: (("type", 3), ("send", 2), ("export", 1)),
    MinutesStatus.FOR_APPROVAL: (("approve", 4), ("reopen", 1)),
    MinutesStatus.APPROVED: (("publish", 4), ("reopen", 1), ("export", 1)),
    MinutesStatus.PUBLISHED: (("reopen", 3), ("export", 1)),
}


def work(job: dict) -> None:
    """Run the write paths until killed, or until ``job["limit_s"]`` seconds have passed."""
    rng = random.Random(job["seed"])
    emit("start")
    engine, uow = open_database(sqlite_url(Path(job["db"])), "kill-test")
    item = agenda.get_item(uow, job["item"])
    w = Worker(uow, job, rng, typing_text(job["seed"]), item.decision_text,
               approval.minutes_state(uow, job["meeting"]).status)
    emit("ready")
    stop = time.monotonic() + job["limit_s"]
    while time.monotonic() < stop:
        names, weights = zip(*CHOICES[w.status], strict=True)
        name = rng.choices(names, weights)[0]
        emit("op", name)
        if name == "type":
            type_for(w, rng.uniform(0.2, 1.6))
        else:
            {"send": send, "approve": approve, "reopen": reopen, "publish": publish, "export": export}[name](w)
        emit("done", name)
    engine.dispose()
    emit("end")


# -- running -------------------------------------------------------------------------------------
def _worker_process(job: dict) -> None:
    """In the forked child: stdout and stderr to the job's files, run, and never return to the server."""
    code = 0
    try:
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        for fd, path in ((1, job["out"]), (2, job["err"])):
            os.dup2(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND, 0o644), fd)
        work(job)
    except BaseException:
        traceback.print_exc()
        code = 3
    finally:
        sys.stderr.flush()
        os._exit(code)


def serve() -> None:
    def reply(answer: dict) -> None:
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()

    for line in sys.stdin:
        command = json.loads(line)
        if command["do"] == "run":
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                _worker_process(command["job"])
            reply({"pid": pid})
        elif command["do"] == "reap":
            _pid, status = os.waitpid(command["pid"], 0)
            reply({"signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
                   "exit": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None})


if __name__ == "__main__":
    if sys.argv[1:] == ["serve"]:
        serve()
    elif len(sys.argv) == 3 and sys.argv[1] == "run":
        work(json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
    else:
        sys.exit(__doc__)
