"""The register import's preview: one line per row of the file with what the import does with it or its problems,
the name apart and the other values in one text; checked by qtmodeltester."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from samverkan_desktop.domain.register_table import ImportTable, TableKind, TableRow
from samverkan_desktop.services.register_import import ImportReport, RowAction, RowResult
from samverkan_desktop.ui.models.import_preview_model import ADDED, PROBLEM, ImportPreviewModel

PEOPLE = ImportTable(TableKind.PEOPLE, "personer.xlsx: Personer", (
    TableRow(2, {"name": "Anna Berg", "title": None, "email": "anna@a.se", "organisation": "Region Halland"}),
    TableRow(3, {"name": "Bo Ek", "email": "bo@ek.se"}),
    TableRow(4, {"name": None, "email": "x"}),
))
MEMBERS = ImportTable(TableKind.MEMBERSHIPS, "personer.xlsx: Medlemskap", (
    TableRow(2, {"group": "LGS", "person": "Anna Berg", "role": "ordförande", "valid_from": date(2026, 1, 1)}),
))
REPORT = ImportReport(False, True, (
    RowResult(TableKind.PEOPLE, "personer.xlsx: Personer", 2, RowAction.ADDED),
    RowResult(TableKind.PEOPLE, "personer.xlsx: Personer", 3, RowAction.UNCHANGED),
    RowResult(TableKind.PEOPLE, "personer.xlsx: Personer", 4, None, ("namn saknas", "ogiltig e-post")),
    RowResult(TableKind.MEMBERSHIPS, "personer.xlsx: Medlemskap", 2, RowAction.CHANGED),
))


def cells(model: ImportPreviewModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_every_row_with_its_result_name_and_other_values(qtmodeltester):
    model = ImportPreviewModel()
    model.set_report(REPORT, [PEOPLE, MEMBERS])
    qtmodeltester.check(model)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Blad", "Rad", "Resultat", "Namn", "Värden"]
    assert cells(model, 0) == ["Personer", "2", "Läggs till", "Anna Berg",
                               "E-post: anna@a.se; Organisation: Region Halland"]
    assert cells(model, 1)[2] == "Oförändrad"
    assert cells(model, 2) == ["Personer", "4", "namn saknas; ogiltig e-post", "", "E-post: x"]
    # a membership's name is the person's; the group is one of its other values, a date in ISO form
    assert cells(model, 3) == ["Medlemskap", "2", "Ändras", "Anna Berg",
                               "Grupp: LGS; Roll: ordförande; Från: 2026-01-01"]
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "personer.xlsx: Personer"
    assert model.result_at(2).problems == ("namn saknas", "ogiltig e-post")
    assert model.result_at(4) is None


def test_problems_are_red_additions_green_and_other_results_plain(qtmodeltester):
    model = ImportPreviewModel()
    model.set_report(REPORT, [PEOPLE, MEMBERS])
    foreground = [model.index(row, 2).data(Qt.ItemDataRole.ForegroundRole) for row in range(4)]
    assert foreground[0].color() == ADDED and foreground[2].color() == PROBLEM
    assert foreground[1] is None and foreground[3] is None
    assert model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def test_no_report_is_an_empty_preview(qtbot, qtmodeltester):
    model = ImportPreviewModel()
    model.set_report(REPORT, [PEOPLE])  # the memberships' table missing: its row has no values
    assert cells(model, 3)[3:] == ["", ""]
    with qtbot.waitSignal(model.modelReset):
        model.set_report(None, [])
    qtmodeltester.check(model)
    assert model.rowCount() == 0
