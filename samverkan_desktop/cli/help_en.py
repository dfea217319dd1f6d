"""The ``samverkan`` command's help in English (``--language en``): the parser is built with the Swedish texts,
then ``to_english`` swaps every description, help text and placeholder for its English one. A text missing here
stays Swedish (tests/cli/test_help_en.py checks that none is missing)."""

from __future__ import annotations

import argparse

METAVARS = {
    "ADMINKOMMANDO": "ADMINCOMMAND", "DATUM": "DATE", "FIL": "FILE", "GRUPP": "GROUP", "INLOGGNING": "LOGIN",
    "KOMMANDO": "COMMAND", "MAPP": "FOLDER", "MÖTE": "MEETING", "NAMN": "NAME", "ROLL": "ROLE",
    "SÖKORD": "TERMS", "UTFALL": "OUTCOME", "VAD": "WHAT", "ÅR": "YEAR",
}

HELP = {
    "Samverkan Desktop: kommandon för databasen": "Samverkan Desktop: commands for the database",
    "SQLite-databasfil (annars standardfilen i datamappen)": "SQLite database file (else the default file in the "
                                                               "data folder)",
    "skriv mer detaljer i loggfilen (logs/ i datamappen)": "write more detail to the log file (logs/ in the data "
                                                           "folder)",
    "språk för tjänsternas meddelanden: sv eller en (annars språket som är valt i programmets inställningar)":
        "language of the messages and this help: sv or en (else the language chosen in the program's settings)",
    "lägg in demodata (grupperna i uppdragshandlingarna) i en tom databas":
        "load demo data (the groups of the mandate documents) into an empty database",
    "generera en stor, realistisk testdatabas i en tom databas (samma argument ger samma innehåll)":
        "generate a large, realistic test database in an empty database (the same arguments give the same content)",
    "uppgradera databasens schema (en säkerhetskopia tas först)":
        "upgrade the database schema (a backup is taken first)",
    "kontrollera databasens schema och integritet": "check the database's schema and integrity",
    "ta en kontrollerad säkerhetskopia av databasen nu": "take a checked backup of the database now",
    "lista säkerhetskopiorna, nyaste först": "list the backups, newest first",
    "återställ databasen från en säkerhetskopia (den nuvarande sparas först)":
        "restore the database from a backup (the current one is saved first)",
    "räkna om kontrollsumman och kontrollera signaturen för alla godkända anteckningar, och bilagornas "
    "kontrollsummor": "recompute the checksum and check the signature of all approved minutes, and the "
                      "attachments' checksums",
    "registrera en ordförandes publika signeringsnyckel": "register a chair's public signing key",
    "kontrollera en publicerad mapp utan databas (godkännandeposter, signaturer, filernas kontrollsummor)":
        "check a published folder without a database (approval records, signatures, the files' checksums)",
    "lista grupperna som ett träd": "list the groups as a tree",
    "lista möten med id (för export)": "list meetings with their id (for export)",
    "publicera alla godkända, ännu inte publicerade anteckningar": "publish all approved minutes not yet published",
    "exportera ett mötes dokument, möteshandlingar eller e-postutkast, registret, öppna data (OParl) eller allt":
        "export a meeting's documents, meeting pack or e-mail drafts, the register, open data (OParl) or "
        "everything",
    "läs in registret från Excel eller CSV, eller gamla anteckningar från Word":
        "read the register from Excel or CSV, or old minutes from Word",
    "sök i beslutsloggen": "search the decision log",
    "lista öppna åtgärder i alla grupper": "list open actions in all groups",
    "lista förankring som inte är genomförd": "list anchoring not yet carried out",
    "uppföljningens översikt för ett år": "the follow-up overview for a year",
    "bygg om sökindexet för beslutsloggen": "rebuild the decision log's search index",
    "inloggningar och behörigheter på en delad PostgreSQL-databas":
        "logins and permissions on a shared PostgreSQL database",
    "full: 300 grupper i 20 år; tiondel: 30 grupper i 20 år": "full: 300 groups over 20 years; tenth: 30 groups "
                                                              "over 20 years",
    "antal grupper (regioner, områden, grupper)": "number of groups (regions, areas, groups)",
    "antal kalenderår, till och med 2026": "number of calendar years, up to and including 2026",
    "slumpfrö (standard 1)": "random seed (default 1)",
    "säkerhetskopian (se 'samverkan backups')": "the backup (see 'samverkan backups')",
    "personens id eller fullständiga namn": "the person's id or full name",
    "den publika nyckelfilen (.pub)": "the public key file (.pub)",
    "mappen med manifest.csv": "the folder with manifest.csv",
    "bara grupper vars namn innehåller NAMN": "only groups whose name contains NAME",
    "bara möten från och med DATUM (ÅÅÅÅ-MM-DD)": "only meetings on or after DATE (YYYY-MM-DD)",
    "mappen filerna skrivs till": "the folder the files are written to",
    "skriv bara Word, även om LibreOffice finns": "write Word only, even when LibreOffice is there",
    "ett mötes anteckningar (Word)": "a meeting's minutes (Word)",
    "ett mötes anteckningar (PDF)": "a meeting's minutes (PDF)",
    "ett mötes kallelse (Word)": "a meeting's notice (Word)",
    "ett mötes kalenderinbjudan (.ics)": "a meeting's calendar invitation (.ics)",
    "ett mötes möteshandlingar (en PDF: kallelsen och alla bilagor)":
        "a meeting's pack (one PDF: the notice and all attachments)",
    "ett mötes kallelse som e-postutkast (.eml)": "a meeting's notice as an e-mail draft (.eml)",
    "ett mötes e-postutkast till ordföranden med granskningsfilen (.eml)":
        "a meeting's e-mail draft to the chair with the review file (.eml)",
    "ett mötes e-postutkast med de publicerade anteckningarna (.eml)":
        "a meeting's e-mail draft with the published minutes (.eml)",
    "registret som Excel-arbetsbok": "the register as an Excel workbook",
    "en tom registermall att fylla i (behöver ingen databas)": "an empty register template to fill in (needs no "
                                                               "database)",
    "hela databasen som ZIP: alla tabeller som CSV och JSON, bilagorna, granskningsloggen och en README":
        "the whole database as a ZIP: every table as CSV and JSON, the attachments, the audit log and a README",
    "öppna data: ett statiskt OParl 1.1-träd med grupper, medlemskap och publicerade möten":
        "open data: a static OParl 1.1 tree with groups, memberships and published meetings",
    "mötets id (se 'samverkan meetings')": "the meeting's id (see 'samverkan meetings')",
    "filen som skrivs": "the file written",
    "arbetsboken som skrivs (.xlsx)": "the workbook written (.xlsx)",
    "samma som FIL": "the same as FILE",
    "ZIP-filen som skrivs": "the ZIP file written",
    "mappen trädet skrivs till (uppdateras vid nästa körning; borttagna objekt markeras deleted)":
        "the folder the tree is written to (updated on the next run; removed objects are marked deleted)",
    "adressen mappen publiceras på, t.ex. https://example.se/oparl":
        "the address the folder is published at, e.g. https://example.se/oparl",
    "namnet på Body (standard: regionen i registret)": "the name of the Body (default: the region in the register)",
    "organisationer, personer, grupper och medlemskap från Excel eller CSV, i en transaktion":
        "organisations, people, groups and memberships from Excel or CSV, in one transaction",
    "gamla minnesanteckningar (.docx) blir ett nytt möte med anteckningar i utkast; originalet sparas som bilaga":
        "old minutes (.docx) become a new meeting with draft minutes; the original is kept as an attachment",
    "Excel-arbetsbok (.xlsx) eller CSV-fil": "Excel workbook (.xlsx) or CSV file",
    "visa vad som skulle hända, spara inget": "show what would happen, save nothing",
    "Word-dokumentet (.docx)": "the Word document (.docx)",
    "gruppens id eller namn": "the group's id or name",
    "visa bara vad som kändes igen; spara inget": "only show what was recognised; save nothing",
    "mötets datum (ÅÅÅÅ-MM-DD) om dokumentet saknar det eller anger fel":
        "the meeting's date (YYYY-MM-DD) if the document lacks it or has it wrong",
    "mötets starttid": "the meeting's start time",
    "mötets sluttid": "the meeting's end time",
    "ord att söka efter (förank*)": "words to search for (förank*)",
    "bara gruppen (namnet eller en unik del av det)": "only the group (its name or a unique part of it)",
    "med gruppens undergrupper": "with the group's sub-groups",
    "från och med ÅÅÅÅ-MM-DD": "from YYYY-MM-DD",
    "till och med ÅÅÅÅ-MM-DD": "up to and including YYYY-MM-DD",
    "t.ex. beslutat, återremiss, bordlagd, struken": "e.g. beslutat, återremiss, bordlagd, struken",
    "ärendets status, t.ex. beslutat, återremitterat": "the case's status, e.g. beslutat, återremitterat",
    "table (standard), csv, xlsx, json": "table (default), csv, xlsx, json",
    "skriv till filen (krävs för xlsx)": "write to the file (needed for xlsx)",
    "bara försenade": "only overdue",
    "även klara och avbrutna": "also done and cancelled",
    "även genomförd och ej aktuell": "also carried out and no longer relevant",
    "år (standard: i år)": "year (default: this year)",
    "skapa eller uppgradera schema, roller och radsäkerhet (går att köra igen)":
        "create or upgrade the schema, roles and row security (can be run again)",
    "ge en person en roll i en grupp": "give a person a role in a group",
    "ta bort en persons roll": "remove a person's role",
    "lista inloggningar och behörigheter": "list logins and permissions",
    "ge en inloggning den skrivskyddade rapportrollen (beslutslogg, öppna data), eller ta bort den":
        "give a login the read-only reporting role (decision log, open data), or remove it",
    "anslut till en delad databas och visa vilken inloggning servern ser (som Delad databas… → Testa anslutningen)":
        "connect to a shared database and show which login the server sees (as Shared database… → Test the "
        "connection)",
    "postgresql+psycopg://ägare@server/databas": "postgresql+psycopg://owner@server/database",
    "skriv ut SQL-satserna utan att köra dem": "print the SQL statements without running them",
    "personens id eller namn i registret": "the person's id or name in the register",
    "sekreterare, ordforande, vice_ordforande, lasare, registeransvarig":
        "sekreterare, ordforande, vice_ordforande, lasare, registeransvarig (secretary, chair, vice chair, reader, "
        "registrar)",
    "inloggningsnamnet (annars e-postadressens början)": "the login name (else the start of the e-mail address)",
    "gäller även undergrupperna": "also applies to the sub-groups",
    "PostgreSQL-inloggningen (skapas om den saknas)": "the PostgreSQL login (created if missing)",
    "ta bort rapportrollen från inloggningen": "remove the reporting role from the login",
    "postgresql+psycopg://inloggning@server/databas": "postgresql+psycopg://login@server/database",
}


def _english(text: str | None) -> str | None:
    return HELP.get(text, text) if text else text


def _metavar(metavar):
    if isinstance(metavar, tuple):
        return tuple(METAVARS.get(m, m) for m in metavar)
    return METAVARS.get(metavar, metavar) if metavar else metavar


def to_english(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Every description, help text and placeholder of ``parser`` and its sub-parsers, in English."""
    parser.description = _english(parser.description)
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            action.help = _english(action.help)
        action.metavar = _metavar(action.metavar)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = _english(choice.help)
            for sub in action.choices.values():
                to_english(sub)
    return parser


def swedish_texts(parser: argparse.ArgumentParser) -> list[str]:
    """The parser's texts that ``to_english`` would leave Swedish (for the test)."""
    left: list[str] = []
    for text in [parser.description] + [a.help for a in parser._actions]:
        if text and text is not argparse.SUPPRESS and text not in HELP.values() and any(c in text for c in "åäö"):
            left.append(text)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            left += [c.help for c in action._choices_actions if c.help and any(ch in c.help for ch in "åäö")]
            for sub in action.choices.values():
                left += swedish_texts(sub)
    return left
