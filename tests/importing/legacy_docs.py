"""Old minutes documents built the ways secretaries build them, written by the tests with python-docx."""

from __future__ import annotations

from pathlib import Path

from docx import Document


def _save(document, target: Path) -> Path:
    document.save(str(target))
    return target


def with_headings(target: Path) -> Path:
    """Items as Word headings, participants as a bulleted list, "Beslut:" paragraphs."""
    d = Document()
    d.add_heading("Minnesanteckningar LGS Norra", 0)
    d.add_paragraph("Datum: 2024-03-12")
    d.add_paragraph("Tid: 13.00–15.30")
    d.add_paragraph("Plats: Kommunhuset, sal 2")
    d.add_heading("Närvarande", 1)
    for line in ("Anna Berg, Region Exempel", "Bo Ek, Ale kommun", "Okänd Person, Kungälvs kommun"):
        d.add_paragraph(line, style="List Bullet")
    d.add_heading("Anmält förhinder", 1)
    d.add_paragraph("Cecilia Dahl, Ale kommun")
    d.add_heading("Mötets öppnande", 2)
    d.add_paragraph("Ordföranden hälsade välkommen.")
    d.add_heading("Utskrivning från slutenvård", 2)
    d.add_paragraph("Föredragande: Bo Ek")
    d.add_paragraph("Genomgång av statistiken för året.")
    d.add_paragraph("Beslut: att godkänna rutinen")
    d.add_paragraph("att återkomma i juni")
    d.add_heading("Nästa möte", 1)
    d.add_paragraph("2024-04-09 kl. 13.00")
    return _save(d, target)


def with_paragraph_signs(target: Path) -> Path:
    """Items as plain paragraphs "§ 12 …", the date in words, participants on one line."""
    d = Document()
    d.add_paragraph("Protokoll från samverkansmöte")
    d.add_paragraph("Tisdag 5 november 2024, kl. 09.00–11.00, Regionens hus")
    d.add_paragraph("Närvarande: Anna Berg, Bo Ek, Cecilia Dahl")
    d.add_paragraph("§ 41 Föregående anteckningar")
    d.add_paragraph("Anteckningarna lades till handlingarna.")
    d.add_paragraph("§ 42")
    d.add_paragraph("Psykiatrisamverkan")
    d.add_paragraph("Diskussion om gemensamma riktlinjer.")
    d.add_paragraph("Gruppen beslutade")
    d.add_paragraph("att ställa sig bakom riktlinjerna")
    d.add_paragraph("§ 43 Övriga frågor")
    d.add_paragraph("Inga övriga frågor.")
    return _save(d, target)


def with_numbers(target: Path) -> Path:
    """Items as "1. …" paragraphs: their order, not their §."""
    d = Document()
    d.add_paragraph("Minnesanteckningar")
    d.add_paragraph("Datum: 2023-09-20")
    d.add_paragraph("Tid: 10:00-12:00")
    d.add_paragraph("Lokal: Vårdcentralen Ale")
    d.add_paragraph("Deltagare:")
    d.add_paragraph("Anna Berg (Region Exempel)")
    d.add_paragraph("Bo Ek (Ale kommun)")
    d.add_paragraph("1. Inledning")
    d.add_paragraph("Dagordningen godkändes.")
    d.add_paragraph("2. Läkemedelsgenomgångar")
    d.add_paragraph("Rapport från arbetsgruppen.")
    d.add_paragraph("Beslut: att arbetsgruppen fortsätter")
    d.add_paragraph("3. Avslutning")
    return _save(d, target)


def with_table(target: Path) -> Path:
    """Facts and items in tables: a facts table, a participants table, an items table with §, Ärende,
    Anteckningar and Beslut."""
    d = Document()
    d.add_paragraph("Minnesanteckningar NOSAM")
    facts = d.add_table(rows=2, cols=2)
    facts.cell(0, 0).text, facts.cell(0, 1).text = "Datum:", "2025-02-04"
    facts.cell(1, 0).text, facts.cell(1, 1).text = "Tid:", "14.00–16.00"
    d.add_paragraph("Närvarande")
    people = d.add_table(rows=3, cols=2)
    for row, (name, org) in enumerate((("Namn", "Organisation"), ("Anna Berg", "Region Exempel"),
                                       ("Bo Ek", "Ale kommun"))):
        people.cell(row, 0).text, people.cell(row, 1).text = name, org
    items = d.add_table(rows=4, cols=4)
    rows = (("§", "Ärende", "Anteckningar", "Beslut"),
            ("§ 5", "Mobila team", "Teamet har startat i två kommuner.", ""),
            ("§ 6", "Budget 2025", "Förslaget presenterades.\nFrågor besvarades.", "att godkänna budgeten"),
            ("§ 7", "Information från regionen", "Ny organisation från april.", ""))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            items.cell(r, c).text = value
    return _save(d, target)


def mixed(target: Path) -> Path:
    """Headings with § in them, "Beslut" on its own line then "att" clauses, a notes table inside an item."""
    d = Document()
    d.add_heading("Anteckningar från mötet", 0)
    d.add_paragraph("Tid och plats: 18 juni 2024 kl. 08.30–10.00, Teams")
    d.add_paragraph("Närvarande: Anna Berg; Bo Ek, Ale kommun")
    d.add_paragraph("Anmält förhinder: Cecilia Dahl")
    d.add_heading("Ärenden", 1)
    d.add_heading("§ 20 Hemsjukvård", 2)
    d.add_paragraph("Läget redovisades.")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Kommun", "Antal"
    table.cell(1, 0).text, table.cell(1, 1).text = "Ale", "12"
    d.add_paragraph("Beslut")
    d.add_paragraph("att notera informationen")
    d.add_paragraph("att följa upp i augusti")
    d.add_heading("§ 21 Avvikelser", 2)
    d.add_paragraph("Tre avvikelser sedan förra mötet.")
    d.add_paragraph("Ärendet bordläggs: underlag saknas.")
    d.add_heading("Justering", 1)
    d.add_paragraph("Anna Berg")
    return _save(d, target)


def without_structure(target: Path) -> Path:
    d = Document()
    d.add_paragraph("Hej alla,")
    d.add_paragraph("här kommer lite tankar inför hösten. Vi hörs!")
    return _save(d, target)
