"""The databases the benchmarks run on: generated once per scale, kept under benchmarks/.cache/.

A cached file is named by everything that decides its content: the generator's arguments, the schema head,
a hash of the generator's source and DATA_VERSION (what this module adds). Changing any of them makes a new
file; an old one is never reused for different data. Until ``services.generate`` exists, the demo data is
used at every scale (and the report says so).
"""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from sqlalchemy import func, select

from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.migrate import head_revision, upgrade_database
from samverkan_desktop.db.models import Group
from samverkan_desktop.db.uow import UnitOfWork, create_unit_of_work
from samverkan_desktop.domain.enums import ItemKind
from samverkan_desktop.infra.config import migrations_dir
from samverkan_desktop.services import agenda, meetings, minutes
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData

#: Bump when what ``_add_big_meeting`` writes changes: the cached databases are then rebuilt.
DATA_VERSION = 1
#: The generated history ends here, so that a database made tomorrow is the same as one made today.
GENERATED_UNTIL = date(2026, 12, 31)
BIG_MEETING_ITEMS = 40
BIG_MEETING_DAY = date(2027, 1, 20)  # after the generated history: it clashes with nothing
CACHE_DIR = Path(__file__).resolve().parent / ".cache"
GENERATOR_MODULE = "samverkan_desktop.sampledata.generate"

Log = Callable[[str], None]


@dataclass(frozen=True)
class Scale:
    groups: int
    years: int
    seed: int = 1

    @property
    def label(self) -> str:
        return f"{self.groups} groups × {self.years} years"


@dataclass(frozen=True)
class Dataset:
    path: Path
    scale: Scale
    generated: bool  # False: the generator was missing and this is the demo data
    big_meeting_id: int  # a meeting with BIG_MEETING_ITEMS items, all with notes and a decision
    groups: int
    meetings: int
    items: int

    def describe(self) -> str:
        source = self.scale.label if self.generated else "demo data (generator missing)"
        return f"{source}: {self.groups:,} groups, {self.meetings:,} meetings, {self.items:,} agenda items"


def generator_available() -> bool:
    return importlib.util.find_spec(GENERATOR_MODULE) is not None


def _generator_fingerprint() -> str:
    """A hash of the generator's sources (its module and the generate_* helpers beside it)."""
    if not generator_available():
        return "demo"
    spec = importlib.util.find_spec(GENERATOR_MODULE)
    assert spec is not None and spec.origin is not None
    digest = hashlib.sha256()
    for source in sorted(Path(spec.origin).parent.glob("generate*.py")):
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()[:10]


def cache_key(scale: Scale) -> str:
    head = head_revision(migrations_dir())
    return f"g{scale.groups}-y{scale.years}-s{scale.seed}-d{DATA_VERSION}-{head}-{_generator_fingerprint()}"


def ensure(scale: Scale, cache_dir: Path = CACHE_DIR, log: Log = print) -> Dataset:
    """The cached database for ``scale``, built first if it is not there yet."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / f"{cache_key(scale)}.db"
    if not path.exists():
        log(f"Building the {scale.label} database (cached as {path.name}; once per scale and generator)…")
        partial = path.with_name(path.name + ".partial")
        for leftover in cache_dir.glob(partial.name + "*"):
            leftover.unlink()
        try:
            _build(partial, scale, log)
        except BaseException:
            for leftover in cache_dir.glob(partial.name + "*"):
                leftover.unlink()
            raise
        partial.replace(path)
        # Databases of this scale made by an older generator, schema or DATA_VERSION are never used again.
        for stale in cache_dir.glob(f"g{scale.groups}-y{scale.years}-s{scale.seed}-*.db*"):
            if not stale.name.startswith(path.name):
                stale.unlink()
    return inspect_database(path, scale)


def _build(path: Path, scale: Scale, log: Log) -> None:
    engine = create_database_engine(f"sqlite:///{path}")
    try:
        upgrade_database(engine, migrations_dir())
        uow = create_unit_of_work(engine, "benchmark")
        if generator_available():
            generate = importlib.import_module(GENERATOR_MODULE).generate
            step = max(scale.groups // 10, 1)

            def progress(done: int, total: int, *_what: object) -> bool:
                if done % step == 0 or done == total:
                    log(f"  generated {done}/{total}")
                return True

            generate(uow, groups=scale.groups, years=scale.years, seed=scale.seed, end=GENERATED_UNTIL,
                     progress=progress)
        else:
            from samverkan_desktop.sampledata import demo

            demo.create_demo_data(uow, today=GENERATED_UNTIL)
        _add_big_meeting(uow)
    finally:
        engine.dispose()
    # Fold the write-ahead log into the file, so that the cache is one self-contained file.
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


_WORDS = ("förankring", "remiss", "vårdprocess", "uppföljning", "hälsoläget", "samverkansavtalet", "budget",
          "patientsäkerhet", "digitala", "vårdplatser", "primärvården", "kommunerna", "regionen", "äldre",
          "psykisk", "hälsa", "läkemedel", "handlingsplan", "nätverket", "rutin")


def _text(seed: int, words: int) -> str:
    chosen = [_WORDS[(seed * 7 + k * 13 + k * k) % len(_WORDS)] for k in range(words)]
    sentences = [" ".join(chosen[i:i + 9]).capitalize() + "." for i in range(0, words, 9)]
    return " ".join(sentences)


def _add_big_meeting(uow: UnitOfWork) -> int:
    """A meeting with 40 written-up items in the first group: the editor and DOCX benchmarks open it."""
    with uow:
        group_id = uow.session.scalar(select(func.min(Group.id)))
    # One transaction for the whole meeting: nested units of work join the outer one.
    with uow:
        meeting = meetings.create_meeting(uow, MeetingData(group_id, BIG_MEETING_DAY, time(9), time(16),
                                                           place="Stora salen")).value
        for n in range(BIG_MEETING_ITEMS):
            kind = ItemKind.DECISION if n % 3 == 0 else ItemKind.DISCUSSION
            item = agenda.add_item(uow, meeting.id, AgendaItemData(f"Punkt {n + 1}: {_text(n, 4)}", kind,
                                                                  planned_minutes=10))
            minutes.save_text(uow, item.id, "\n\n".join(_text(n + p, 45) for p in range(3)) + "\n- " + _text(n, 8),
                              f"att {_text(n + 5, 12).lower()}")
        uow.commit()
    return meeting.id


def inspect_database(path: Path, scale: Scale) -> Dataset:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:

        def count(sql: str) -> int:
            return connection.execute(sql).fetchone()[0]

        big = connection.execute(
            "SELECT meeting_id FROM agenda_item GROUP BY meeting_id HAVING count(*) = ? ORDER BY meeting_id DESC "
            "LIMIT 1", (BIG_MEETING_ITEMS,)).fetchone()
        dataset = Dataset(path, scale, generated=not path.stem.endswith("-demo"), big_meeting_id=big[0] if big else 0,
                          groups=count("SELECT count(*) FROM coordination_group"),
                          meetings=count("SELECT count(*) FROM meeting"),
                          items=count("SELECT count(*) FROM agenda_item"))
    connection.close()
    if not dataset.big_meeting_id:
        raise RuntimeError(f"{path} has no meeting with {BIG_MEETING_ITEMS} items; delete it to rebuild")
    return dataset


def working_copy(dataset: Dataset, folder: Path) -> Path:
    """A copy to change (typing saves text); the cached file stays as generated."""
    target = folder / f"work-{dataset.path.name}"
    shutil.copyfile(dataset.path, target)
    return target
