"""What an old minutes document was read as, shown as a tree: the meeting in Stockholm time, the attendance with
who was not recognised (and why) in warning colour, the items with their § or their place; qtmodeltester."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QModelIndex, Qt

from samverkan_desktop.domain.enums import Outcome
from samverkan_desktop.domain.parsed_minutes import ParsedItem, ParsedMinutes
from samverkan_desktop.services.legacy_minutes import AttendanceMatch, MinutesImportPlan
from samverkan_desktop.ui.models.minutes_import_model import WARNING_COLOUR, MinutesImportModel

MINUTES = ParsedMinutes(
    "protokoll.docx", "rubriker", date(2024, 3, 12), time(13), time(15), "Rådhuset",
    items=(ParsedItem(None, "Läget", presenter="Anna Berg", notes="Rad ett\nrad två"),
           ParsedItem(None, "Budget", decision="att anta budgeten", outcome=Outcome.REFERRED_BACK,
                      outcome_reason="Underlag saknas", confidential=True)),
    notes=("Tabellen på sidan 2 lästes som text.",))
PLAN = MinutesImportPlan(
    MINUTES, 1, "LGS", datetime(2024, 3, 12, 12, tzinfo=UTC), datetime(2024, 3, 12, 14, tzinfo=UTC),
    (AttendanceMatch("Anna Berg", "present", 7, "Anna Berg"),
     AttendanceMatch("B. Ek", "excused", None, None, "ingen medlem med det namnet")),
    keeps_paragraphs=False)


def rows(model: MinutesImportModel, parent: QModelIndex = QModelIndex()) -> list[tuple[str, str]]:
    return [(model.index(r, 0, parent).data(), model.index(r, 1, parent).data()) for r in range(model.rowCount(parent))]


def test_the_tree_of_what_was_read(qtmodeltester):
    model = MinutesImportModel(PLAN)
    qtmodeltester.check(model)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["Igenkänt", "Innehåll"]
    meeting, attendance, items = (model.index(r, 0) for r in range(3))
    assert rows(model) == [("Möte", "LGS 2024-03-12 13.00–15.00"),  # Stockholm time
                           ("Närvaro", "1 matchade, 1 kändes inte igen"), ("Punkter", "2")]
    assert rows(model, meeting) == [("Plats", "Rådhuset"), ("Punkterna kändes igen som", "rubriker"),
                                    ("§-nummer", "sätts enligt gruppens numrering"),
                                    ("Obs", "Tabellen på sidan 2 lästes som text.")]
    assert rows(model, attendance) == [("Anna Berg", "Närvarande: Anna Berg"),
                                       ("B. Ek", "Anmält förhinder: kändes inte igen (ingen medlem med det namnet)")]
    assert [text for text, _ in rows(model, items)] == ["1. Läget", "2. Budget"]
    assert rows(model, items)[1][1] == "konfidentiell"
    first, second = model.index(0, 0, items), model.index(1, 0, items)
    notes = model.index(1, 1, first)
    assert notes.data() == "Rad ett / rad två" and notes.data(Qt.ItemDataRole.ToolTipRole) == "Rad ett\nrad två"
    assert ("Utfall", "Återremiss för förnyad beredning: Underlag saknas") in rows(model, second)


def test_what_needs_attention_is_in_warning_colour(qtmodeltester):
    model = MinutesImportModel(PLAN)
    attendance = model.index(1, 0)
    assert model.index(1, 1, attendance).data(Qt.ItemDataRole.ForegroundRole).color() == WARNING_COLOUR
    assert model.index(0, 1, attendance).data(Qt.ItemDataRole.ForegroundRole) is None
    meeting = model.index(0, 0)
    note = next(r for r in range(model.rowCount(meeting)) if model.index(r, 1, meeting).data().startswith("Tabellen"))
    assert model.index(note, 0, meeting).data(Qt.ItemDataRole.ForegroundRole).color() == WARNING_COLOUR


def test_the_documents_paragraphs_are_shown_when_kept():
    kept = MinutesImportPlan(
        ParsedMinutes("p.docx", "§-stycken", None, None, None, None, items=(ParsedItem(7, "Budget"),)), 1, "LGS",
        PLAN.starts_at, PLAN.ends_at, (), keeps_paragraphs=True)
    model = MinutesImportModel(kept)
    items = model.index(2, 0)
    assert model.index(0, 0, items).data() == "§ 7 Budget"
    meeting = model.index(0, 0)
    assert "behålls som i dokumentet" in [model.index(r, 1, meeting).data() for r in range(model.rowCount(meeting))]
