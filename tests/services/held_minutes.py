"""Held minutes for the approval and publication tests: a NOSAM meeting on 2026-09-15 whose minutes use every
field the approval covers (built once per run by the ``held``/``approved`` fixtures in conftest.py)."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date
from pathlib import Path

from meeting_fixtures import item, meeting

from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.domain.enums import AttendanceStatus, ItemKind, Outcome
from samverkan_desktop.services import agenda, attachments, meetings, minutes
from samverkan_desktop.services.meeting_dto import ActionData, AttendanceData, OutcomeData

TUESDAY = date(2026, 9, 15)


@dataclasses.dataclass(frozen=True)
class Held:
    """A held NOSAM meeting (2026-09-15) whose minutes use every field the approval covers."""

    meeting: int
    info: int  # § 1, noted, with notes and a presenter
    decision: int  # § 2, decided, confidential, with an action
    referred: int  # § 3, referred back to the temagrupp with a reason (opens a case)
    action: int
    attachment: int
    case: int
    rows: dict[str, int]  # attendance row per person
    people: dict[str, int]
    world: object


def populate(uow, world, attachments_dir: Path) -> Held:
    people = world.people
    m = meeting(uow, world.nosam, TUESDAY, place="Rådhuset, sal 2", online_link="https://meet.example/nosam").id
    info = item(uow, m, "Läget i kommunerna", presenter="Bertil Berg").id
    decision = item(uow, m, "Gemensam rutin för SIP", ItemKind.DECISION, presenter="Anna Andersson",
                    confidential=True).id
    referred = item(uow, m, "Samordnad vårdplanering", ItemKind.DECISION).id
    minutes.save_text(uow, info, "Läget är stabilt i båda kommunerna.", None)
    minutes.save_text(uow, decision, "Rutinen presenterades.", "att anta rutinen\natt följa upp i december")
    minutes.set_outcome(uow, info, OutcomeData(Outcome.NOTED))
    minutes.set_outcome(uow, decision, OutcomeData(Outcome.DECIDED))
    minutes.set_outcome(uow, referred, OutcomeData(Outcome.REFERRED_BACK, "Kostnaderna ska utredas", world.tema))
    action = minutes.add_action(uow, decision, ActionData("Sprida rutinen i verksamheterna", people["Bertil Berg"],
                                                          world.falkenberg, date(2026, 10, 1))).id
    source = attachments_dir.parent / "rutin.pdf"
    source.write_bytes(b"%PDF-1.4 rutin")
    attachment = attachments.add_attachment(uow, decision, source).id
    minutes.add_attendee(uow, m, people["Fredrik Lund"])  # a guest ...
    rows = {a.person_name: a.id for a in minutes.attendance(uow, m)}
    minutes.set_attendance(uow, rows["Eva Ström"], AttendanceData(AttendanceStatus.EXCUSED))
    minutes.set_attendance(uow, rows["Fredrik Lund"], AttendanceData(  # ... who stands in for Eva
        AttendanceStatus.PRESENT, substitute_for_id=people["Eva Ström"]))
    minutes.set_attendance(uow, rows["Bertil Berg"], AttendanceData(AttendanceStatus.PRESENT, None, 1, 2))
    meetings.mark_held(uow, m)
    case = agenda.get_item(uow, referred).case_id
    assert case is not None
    return Held(m, info, decision, referred, action, attachment, case, rows, people, world)


def stored_copy(source: Path, target: Path, build) -> None:
    """``source`` copied to ``target`` with ``build(uow)`` applied to it: a template built once per run."""
    shutil.copyfile(source, target)
    template_engine = create_database_engine(f"sqlite:///{target}")
    build(create_unit_of_work(template_engine, actor="testare"))
    template_engine.dispose()  # the last connection closing checkpoints the WAL into the file
    assert not target.with_name(target.name + "-wal").exists()


def swap_in(engine, db_path: Path, template: Path) -> None:
    """The test's database swapped for a copy of ``template`` (see meeting_world in conftest.py)."""
    engine.dispose()
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(template, db_path)

