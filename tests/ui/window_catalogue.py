"""Every top-level window and dialog of the program, built with test data: the geometry and accessibility tests walk
all of them. A new window or dialog class under samverkan_desktop/ui must be added here
(test_window_geometry.py checks that none is missing).

The data is the fixtures' small register (tests/ui/conftest.py) with a draft and an approved meeting whose titles
are as long as real ones, a consensus decision with anchoring rows, a case, a signing key and a backup.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QWidget

from samverkan_desktop.domain.enums import ItemKind, Outcome, Role
from samverkan_desktop.domain.parsed_minutes import ParsedItem, ParsedMinutes, ParsedPerson
from samverkan_desktop.services import (
    agenda,
    approval,
    cases,
    follow_up,
    legacy_minutes,
    mandates,
    meetings,
    memberships,
    minutes,
    review,
)
from samverkan_desktop.services.dto import MandateData, MembershipData
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData, OutcomeData

LONG_TITLE = "Gemensam rutin för samordnad individuell plan (SIP) vid utskrivning från slutenvård till hemsjukvård"
PASSPHRASE = "korrekt häst batteri häftklammer"


class Data:
    """The rows the windows show: made once per test by ``make_data``."""

    def __init__(self, uow, register, tmp_path: Path) -> None:
        self.uow, self.register, self.tmp_path = uow, register, tmp_path
        group = self.group = register["lgs"].id
        for person, role, party in (("anna", Role.CHAIR, "kommun"), ("bo", Role.MEMBER, "region"),
                                    ("cilla", Role.SECRETARY, "kommun")):
            memberships.save_membership(uow, MembershipData(register[person].id, group, role,
                                                            register[party].id, date(2025, 1, 1)))
        mandates.save_mandate(uow, group, MandateData(
            purpose="Samordna insatser för äldre och personer med funktionsnedsättning mellan kommun och region.",
            meetings_min=4, meetings_max=6), new_version=False)
        self.draft = self._meeting(date(2026, 3, 10))
        self.approved = self._meeting(date(2026, 2, 10))
        minutes.attendance(uow, self.approved)
        approval.approve(uow, self.approved, register["anna"].id, approval.ApprovalMethod.EMAIL)
        self.decision_item = agenda.list_items(uow, self.draft)[-1].id
        self.case = cases.open_case(uow, self.decision_item, "SIP vid utskrivning")

    def _meeting(self, day: date) -> int:
        meeting = meetings.create_meeting(self.uow, MeetingData(self.group, day, time(13), time(15))).value.id
        agenda.add_item(self.uow, meeting, AgendaItemData("Information från regionen om läget i hemsjukvården"))
        item = agenda.add_item(self.uow, meeting, AgendaItemData(LONG_TITLE, ItemKind.DECISION)).id
        minutes.save_text(self.uow, item, "Anna redogjorde för förslaget.", "att anta rutinen")
        minutes.set_outcome(self.uow, item, OutcomeData(Outcome.DECIDED))
        meetings.mark_held(self.uow, meeting)
        return meeting

    def key_store(self):
        from samverkan_desktop.services.keystore import KeyStore

        return KeyStore(self.tmp_path / "nycklar")

    def local_key(self):
        store = self.key_store()
        return store, (store.local_keys() or [store.create("Anna Berg", PASSPHRASE, PASSPHRASE)])[0]

    def import_plan(self):
        parsed = ParsedMinutes(
            "Minnesanteckningar LGS 2025-11-12.docx", "rubriker", date(2025, 11, 12), time(13), time(15),
            "Stadshuset, sal 3", (ParsedPerson("Anna Berg", "Göteborgs Stad"), ParsedPerson("Okänd Person")), (), (),
            (ParsedItem(1, "Mötets öppnande"), ParsedItem(2, LONG_TITLE, notes="Bakgrund.", decision="att anta")))
        return legacy_minutes.plan_minutes_import(self.uow, parsed, self.group)

    def backup_keeper(self):
        from samverkan_desktop.application.safety import BackupKeeper
        from samverkan_desktop.db.backup import take_backup
        from samverkan_desktop.db.engine import sqlite_path

        path = sqlite_path(self.uow.database)
        take_backup(path, "stängning", now=datetime(2026, 11, 20, 8, 15, tzinfo=UTC))
        return BackupKeeper(path, self.uow)

    def recovery(self):
        from samverkan_desktop.infra.recovery import RecoveryEntry, RecoveryStore

        entry = RecoveryEntry(self.uow.database, self.draft, self.decision_item, LONG_TITLE,
                              "Anna redogjorde för läget i hemsjukvården och bemanningen under julen.",
                              "att uppdra åt arbetsgruppen att ta fram en plan", datetime(2026, 3, 10, 12, tzinfo=UTC))
        return RecoveryStore(self.tmp_path / "återställning"), [entry]


def catalogue(data: Data, main_window=None) -> dict[str, Callable[[], QWidget]]:
    """Class name (with a variant after a colon) -> a function that builds that window."""
    from samverkan_desktop.infra.config import Settings
    from samverkan_desktop.ui.dialogs import (
        action_dialog,
        agenda_item_dialog,
        anchoring_dialog,
        approval_dialog,
        attendance_dialog,
        attendee_dialog,
        backups_dialog,
        cancel_meeting_dialog,
        connection_dialog,
        end_membership_dialog,
        error_dialog,
        group_dialog,
        history_dialog,
        import_minutes_dialog,
        mandate_dialog,
        mandate_history_dialog,
        meeting_dialog,
        membership_dialog,
        organisation_dialog,
        passphrase_dialog,
        person_dialog,
        person_keys_dialog,
        plan_case_dialog,
        publish_dialog,
        recovery_dialog,
        register_import_wizard,
        reopen_dialog,
        report_done_dialog,
        roles_dialog,
        series_dialog,
        settings_dialog,
        signing_key_dialog,
        template_dialog,
        user_dialog,
    )
    from samverkan_desktop.ui.first_window import FirstWindow
    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.pages.meeting_editor import MeetingEditor
    from samverkan_desktop.ui.review_window import ReviewWindow

    uow, group, reg = data.uow, data.group, data.register

    def main() -> QWidget:
        window = main_window or MainWindow(uow, Settings(), database_label="Databas: samverkan.db")
        window.reload_groups()
        window.select_group(group)
        return window

    def anchoring():
        row = next(r for r in follow_up.anchoring_for(uow, pending_only=False))
        return anchoring_dialog.AnchoringDialog(uow, row)

    def passphrase():
        store, key = data.local_key()
        return passphrase_dialog.PassphraseDialog(store, key, "Godkänna minnesanteckningarna " + LONG_TITLE)

    def recovery():
        store, entries = data.recovery()
        return recovery_dialog.RecoveryDialog(uow, store, entries)

    return {
        "MainWindow": main,
        "FirstWindow": FirstWindow,
        "MeetingEditor:utkast": lambda: MeetingEditor(uow, data.draft),
        "MeetingEditor:godkänd": lambda: MeetingEditor(uow, data.approved),
        "ReviewWindow": lambda: ReviewWindow(review.build_review(uow, data.draft), data.tmp_path / "m.granskning",
                                             store=data.key_store()),
        "ActionDialog": lambda: action_dialog.ActionDialog(uow, data.decision_item),
        "AgendaItemDialog": agenda_item_dialog.AgendaItemDialog,
        "AnchoringDialog": anchoring,
        "ApprovalDialog": lambda: approval_dialog.ApprovalDialog(uow, data.draft, store=data.key_store()),
        "AttendanceDialog": lambda: attendance_dialog.AttendanceDialog(uow, minutes.attendance(uow, data.draft)[0]),
        "AttendeeDialog": lambda: attendee_dialog.AttendeeDialog(uow, data.draft),
        "BackupsDialog": lambda: backups_dialog.BackupsDialog(data.backup_keeper()),
        "CancelMeetingDialog": lambda: cancel_meeting_dialog.CancelMeetingDialog(uow, data.draft),
        "ErrorDialog": lambda: error_dialog.ErrorDialog("KeyError: 'x'", "Traceback …\n" * 40,
                                                        data.tmp_path / "logs" / "samverkan.log"),
        "GroupDialog": lambda: group_dialog.GroupDialog(uow),
        "HistoryDialog": lambda: history_dialog.HistoryDialog(uow, data.approved),
        "ImportMinutesDialog": lambda: import_minutes_dialog.ImportMinutesDialog(uow, data.import_plan(), b"docx"),
        "MandateDialog": lambda: mandate_dialog.MandateDialog(uow, group),
        "MeetingDialog": lambda: meeting_dialog.MeetingDialog(uow, group),
        "MembershipDialog": lambda: membership_dialog.MembershipDialog(uow, group),
        "OrganisationDialog": lambda: organisation_dialog.OrganisationDialog(uow),
        "PassphraseDialog": passphrase,
        "PersonDialog": lambda: person_dialog.PersonDialog(uow),
        "PersonKeysDialog": lambda: person_keys_dialog.PersonKeysDialog(uow, reg["anna"].id, "Anna Berg"),
        "PlanCaseDialog": lambda: plan_case_dialog.PlanCaseDialog(uow, data.case),
        "PublishDialog": lambda: publish_dialog.PublishDialog(uow, None, folder="/home/sekreterare/Webbpublicering"),
        "RecoveryDialog": recovery,
        "RegisterImportWizard": lambda: register_import_wizard.RegisterImportWizard(uow),
        "ReopenDialog": lambda: reopen_dialog.ReopenDialog(uow, data.approved),
        "SeriesDialog": lambda: series_dialog.SeriesDialog(uow, group, first=date(2027, 1, 14)),
        "SettingsDialog": lambda: settings_dialog.SettingsDialog(Settings()),
        "SigningKeyDialog": lambda: signing_key_dialog.SigningKeyDialog(data.key_store(), "Anna Berg"),
        "TemplateDialog": lambda: template_dialog.TemplateDialog(uow, group),
        "RolesDialog": lambda: roles_dialog.RolesDialog(uow),
        "ConnectionDialog": lambda: connection_dialog.ConnectionDialog(Settings()),
        "ReportDoneDialog": lambda: report_done_dialog.ReportDoneDialog(
            uow, 1, date(2026, 3, 31), "Ledningsgrupp för samverkan: Årsrapport till Samverkansrådet", None,
            date(2026, 3, 20)),
        "MandateHistoryDialog": lambda: mandate_history_dialog.MandateHistoryDialog(uow, group, LONG_TITLE),
        "EndMembershipDialog": lambda: end_membership_dialog.EndMembershipDialog(
            uow, memberships.list_memberships(uow, group)[0], date(2026, 3, 20)),
        "UserDialog": lambda: user_dialog.UserDialog(uow, Settings()),
    }


@contextmanager
def built(factory: Callable[[], QWidget]) -> Iterator[QWidget]:
    """The window, deleted at the end: left to Python's garbage collector, a closed window (held in a cycle by
    its lambdas) would be deleted at any later moment, even while another window paints, and crash the test run."""
    window = factory()
    try:
        yield window
    finally:
        window.close()
        shiboken6.delete(window)


def window_names() -> list[str]:
    """The keys of the catalogue, read from its source (so that parametrize needs no database)."""
    source = Path(__file__).read_text(encoding="utf-8")
    tree = ast.parse(source)
    function = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "catalogue")
    returned = next(n for n in ast.walk(function) if isinstance(n, ast.Return) and isinstance(n.value, ast.Dict))
    return [key.value for key in returned.value.keys]


#: Window classes that are not in the catalogue on purpose, with the reason.
NOT_IN_CATALOGUE: dict[str, str] = {}
