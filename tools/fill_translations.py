"""Fill unfinished Swedish translations from a table (used by developers after `make update-translations`):
`.venv/bin/python tools/fill_translations.py` prints what is still missing."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "samverkan_sv.ts"
SWEDISH = {
    "Basis for annual report…": "Underlag för årsrapport…",
    "Basis for annual report": "Underlag för årsrapport",
    "Year": "År",
    "Exporting…": "Exporterar…",
    "Exported": "Exporterat",
    "Saved to %1.": "Sparad som %1.",
    "Could not be exported": "Kunde inte exporteras",
    "Word document (*.docx)": "Word-dokument (*.docx)",
    "All groups": "Alla grupper",
    "Open and in progress": "Öppna och pågående",
    "Only overdue": "Bara försenade",
    "Mark as done": "Markera som klar",
    "Group": "Grupp",
    "Status": "Status",
    "Actions: %1, of which overdue: %2": "Åtgärder: %1, varav försenade: %2",
    "Could not be done": "Kunde inte utföras",
    "Anchoring": "Förankring",
    "Decision": "Beslut",
    "Date": "Datum",
    "Note": "Anteckning",
    "All parties": "Alla parter",
    "Only awaiting anchoring or implementation": "Bara de som väntar på förankring eller genomförande",
    "Record anchoring…": "Registrera förankring…",
    "Party": "Part",
    "Follow-up": "Uppföljning",
    "F&ollow-up": "&Uppföljning",
    "Overview": "Översikt",
    "Actions": "Åtgärder",
    "Year wheel": "Årshjul",
    "Not started": "Ej påbörjad",
    "Anchored": "Förankrad",
    "Implemented": "Genomförd",
    "Not applicable": "Ej aktuell",
    "What": "Vad",
    "Who": "Vem",
    "Due": "Senast",
    "overdue": "försenad",
    "Decided at": "Beslutad vid",
    "What needs doing": "Vad som behöver göras",
    "confidential": "konfidentiell",
    "Title": "Rubrik",
    "Outcome": "Utfall",
    "Case": "Ärende",
    "Search titles, notes and decisions (förank* finds förankring)…":
        "Sök i rubriker, anteckningar och beslut (förank* hittar förankring)…",
    "All outcomes": "Alla utfall",
    "All case statuses": "Alla ärendestatusar",
    "Export to Excel…": "Exportera till Excel…",
    "Export to CSV…": "Exportera till CSV…",
    "From": "Från",
    "To": "Till",
    "%1 decisions": "%1 beslut",
    "Excel workbook (*.xlsx)": "Excel-arbetsbok (*.xlsx)",
    "CSV file (*.csv)": "CSV-fil (*.csv)",
    "Export decision log": "Exportera beslutslogg",
    "Decision log": "Beslutslogg",
}


def main() -> None:
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        source = message.find("source").text
        if source in SWEDISH:
            translation.text = SWEDISH[source]
            del translation.attrib["type"]
        else:
            missing.append(source)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    for source in missing:
        print(f"untranslated: {source}")


if __name__ == "__main__":
    main()
