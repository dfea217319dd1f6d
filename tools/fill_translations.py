"""Fill unfinished Swedish translations from a table (used by developers after `make update-translations`):
`.venv/bin/python tools/fill_translations.py` prints what is still missing."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "samverkan_sv.ts"
SWEDISH = {
    'The database is damaged: close the program and start it again to repair it.':
        'Databasen är skadad: stäng programmet och starta det igen för att reparera den.',
    'More than %1 decisions': 'Fler än %1 beslut',
    'Backups': 'Säkerhetskopior',
    'taken by hand': 'tagen för hand',
    'when the program closed': 'när programmet stängdes',
    'automatic, after changes': 'automatisk, efter ändringar',
    'before an approval': 'före ett godkännande',
    'before a publication': 'före en publicering',
    'before a restore': 'före en återställning',
    'Taken': 'Tagen',
    'Size': 'Storlek',
    'Why': 'Varför',
    'Folder: %1': 'Mapp: %1',
    'No backups yet.': 'Inga säkerhetskopior ännu.',
    'Back up now': 'Ta en säkerhetskopia nu',
    'Restore…': 'Återställ…',
    'Open folder': 'Öppna mappen',
    'before a database upgrade': 'före en uppgradering av databasen',
    'Backing up…': 'Tar säkerhetskopia…',
    'Restore backup': 'Återställ säkerhetskopia',
    ('Restore the database to the backup from %1?\n\nEverything changed since then is replaced. A backup '
     'of the database as it is now is taken first, so this can be undone.'):
        ('Återställa databasen till säkerhetskopian från %1?\n\nAllt som ändrats sedan dess ersätts. En '
         'säkerhetskopia av databasen som den är nu tas först, så att det går att ångra.'),
    'Restoring…': 'Återställer…',
    'The database is restored.': 'Databasen är återställd.',
    'What it replaced is kept as a backup: %1': 'Det som ersattes finns kvar som säkerhetskopia: %1',
    'Hide this message': 'Dölj meddelandet',
    '%1 (read-only)': '%1 (skrivskyddad)',
    'Backups…': 'Säkerhetskopior…',
    ('Backups are kept for a database file opened for writing; a shared PostgreSQL database is backed up '
     'on its server.'):
        ('Säkerhetskopior tas av en databasfil som är öppen för skrivning; en gemensam PostgreSQL-databas '
         'säkerhetskopieras på sin server.'),
    'The automatic backup failed: %1': 'Den automatiska säkerhetskopian misslyckades: %1',
    'Backup taken: %1': 'Säkerhetskopia tagen: %1',
    ('The text is kept here and in a recovery file that is offered at the next start.'):
        ('Texten finns kvar här och i en återställningsfil som erbjuds vid nästa start.'),
    ('The text could not be kept in a recovery file either: do not close the window, copy the text '
     'somewhere safe.'):
        ('Texten kunde inte heller sparas i en återställningsfil: stäng inte fönstret, kopiera texten till '
         'ett säkert ställe.'),
    'Unsaved text from last time': 'Osparad text från förra gången',
    ('This text was typed but could not be saved to the database. Restore it into its agenda item, or '
     'discard it.'):
        ('Den här texten skrevs men kunde inte sparas i databasen. Lägg tillbaka den i sin dagordningspunkt, '
         'eller kasta den.'),
    'Meeting': 'Möte',
    'Item': 'Punkt',
    'Typed': 'Skriven',
    'Text': 'Text',
    'Restore': 'Återställ',
    'Copy text': 'Kopiera texten',
    'Discard': 'Kasta',
    'Decide later': 'Bestäm senare',
    '(meeting no longer exists)': '(mötet finns inte längre)',
    'Use “Copy text” and paste it where it belongs.': 'Använd ”Kopiera texten” och klistra in den där den hör hemma.',
    'The text is back in “%1”.': 'Texten är tillbaka i ”%1”.',
    'The agenda item “%1” no longer exists.': 'Dagordningspunkten ”%1” finns inte längre.',
    'The agenda item “%1” is not in this database.': 'Dagordningspunkten ”%1” finns inte i den här databasen.',
    'The text is on the clipboard.': 'Texten finns i urklipp.',
    'Discard text': 'Kasta texten',
    ('Throw away the unsaved text of “%1”? It cannot be brought back.'):
        ('Kasta den osparade texten i ”%1”? Den går inte att få tillbaka.'),
    'The database cannot be used: it is damaged (%1).': 'Databasen kan inte användas: den är skadad (%1).',
    'The damaged file has been moved aside, untouched:': 'Den skadade filen har flyttats undan, orörd:',
    ('The newest good backup is from %1 (%2). Restore it? What was changed after it is not in it.'):
        ('Den senaste felfria säkerhetskopian är från %1 (%2). Vill du återställa den? Det som ändrades '
         'efter den finns inte med.'),
    'There is no good backup to restore.': 'Det finns ingen felfri säkerhetskopia att återställa.',
    'Restore the backup': 'Återställ säkerhetskopian',
    'Start with an empty database': 'Börja med en tom databas',
    'Quit': 'Avsluta',
    ('The database was damaged and has been restored from the backup from %1. What was changed after it '
     'is not in it. The damaged file is kept in %2.'):
        ('Databasen var skadad och har återställts från säkerhetskopian från %1. Det som ändrades efter den '
         'finns inte med. Den skadade filen finns kvar i %2.'),
    ('The database was damaged; you started with an empty one. The damaged file is kept in %1.'):
        ('Databasen var skadad; du började med en tom databas. Den skadade filen finns kvar i %1.'),
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
