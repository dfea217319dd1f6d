"""Underlag för årsrapport to Word: content in order, accessible tables, properties."""

from __future__ import annotations

from datetime import UTC, date, datetime

import docx

from samverkan_desktop.domain.documents import ActionLine, AnnualReportDocument, ReportAnchoring, ReportDecision
from samverkan_desktop.export.annual_report_docx import render_annual_report, write_annual_report

REPORT = AnnualReportDocument(
    group_name="NOSAM Falkenberg", year=2026,
    meetings_held=((date(2026, 3, 10), "Rådhuset"), (date(2026, 9, 15), None)), meetings_cancelled=1,
    meetings_min=4, meetings_max=6,
    decisions=(ReportDecision(date(2026, 3, 10), 4, "Rutin för SIP", "att anta rutinen"),),
    referred_back=(ReportDecision(date(2026, 9, 15), 12, "Hemgång", "Ärendet återremitteras för vidare beredning."),),
    open_actions=(ActionLine("Sprida rutinen", "Bertil Berg", date(2026, 10, 1)),),
    anchoring=(ReportAnchoring("Region Halland", 1, 2, 3, 0),),
)


def test_the_report_in_order_with_its_tables(tmp_path) -> None:
    path = write_annual_report(REPORT, tmp_path / "rapport.docx")
    document = docx.Document(str(path))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith(("Title", "Heading"))]
    assert headings == [("Heading 1", "Underlag för årsrapport 2026"), ("Heading 1", "Möten"), ("Heading 1", "Beslut"),
                        ("Heading 1", "Återremisser"), ("Heading 1", "Lyfta till annan grupp"),
                        ("Heading 1", "Öppna åtgärder"), ("Heading 1", "Förankring")]
    texts = [p.text for p in document.paragraphs]
    assert "Gruppen höll 2 möten under 2026; uppdraget anger 4–6 möten per år. 1 inställda." in texts
    assert "Inga under året." in texts  # no escalations
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]
    assert tables[0] == [["Datum", "Plats"], ["2026-03-10", "Rådhuset"], ["2026-09-15", ""]]
    assert tables[1][1] == ["2026-03-10", "4", "Rutin för SIP", "att anta rutinen"]
    assert tables[2][0][3] == "Utfall"
    assert tables[3][1] == ["Sprida rutinen", "Bertil Berg", "2026-10-01"]
    assert tables[4][1] == ["Region Halland", "1", "2", "3", "0"]
    assert all(t.rows[0]._tr.xpath("./w:trPr/w:tblHeader") for t in document.tables)
    assert "underlag för årsrapport 2026" in document.sections[0].header.paragraphs[0].text


def test_properties_name_the_group_and_year() -> None:
    created = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
    properties = render_annual_report(REPORT, created=created).core_properties
    assert properties.title == "Underlag för årsrapport 2026 NOSAM Falkenberg"
    assert properties.author == "NOSAM Falkenberg" and properties.language == "sv-SE"
