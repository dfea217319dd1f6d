"""Messages of the command line (samverkan_desktop.cli): id -> (Swedish, English).

The CLI says its own sentences in the language of ``--language`` (or the program's setting), like the services'
messages it prints. Its argparse help stays Swedish: it is built before the language is known (the setting is
read after parsing), and translating every help text is a change of its own.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.error": ("Fel: {text}", "Error: {text}"),
    "cli.warning": ("Varning: {text}", "Warning: {text}"),
    "cli.unexpected": ("Ett oväntat fel inträffade ({error}); kommandot avbröts. {where}",
                       "An unexpected error occurred ({error}); the command was stopped. {where}"),
    "cli.details_in_log": ("Detaljerna finns i loggfilen {log_file}.", "The details are in the log file {log_file}."),
    "cli.details_above": ("Detaljerna står ovan.", "The details are above."),
    "cli.database_unusable": (
        "databasen kunde inte användas ({error}). Kör 'samverkan check'.",
        "the database could not be used ({error}). Run 'samverkan check'."),
    # -- database.py ---------------------------------------------------------------------------------------
    "cli.migrate.up_to_date": ("Databasen har redan senaste schemat ({after}).",
                               "The database already has the latest schema ({after})."),
    "cli.migrate.upgraded": ("Schemat uppgraderat från {before} till {after}.",
                             "The schema was upgraded from {before} to {after}."),
    "cli.migrate.empty": ("tom databas", "empty database"),
    "cli.backup_at": ("Säkerhetskopia: {path}", "Backup: {path}"),
    "cli.check.unreadable": ("databasen kan inte läsas ({error}).", "the database cannot be read ({error})."),
    "cli.check.database": ("Databas: {where}", "Database: {where}"),
    "cli.check.schema": ("Schema: {current} (programmets: {head})", "Schema: {current} (the program's: {head})"),
    "cli.check.schema_empty": ("tomt", "empty"),
    "cli.check.integrity_errors": ("Integritetsfel:", "Integrity errors:"),
    "cli.check.newer_schema": ("schemat {current} är nyare än programmets ({head}); uppdatera programmet.",
                               "the schema {current} is newer than the program's ({head}); update the program."),
    "cli.check.needs_upgrade": ("Schemat behöver uppgraderas: kör 'samverkan migrate' eller starta programmet.",
                                "The schema needs upgrading: run 'samverkan migrate' or start the program."),
    "cli.check.integrity_ok": ("Integritet: ok", "Integrity: ok"),
    "cli.check.integrity_ok_server": (
        "Integritet: ok (alla tabeller finns; databasservern upprätthåller nycklar och villkor)",
        "Integrity: ok (every table exists; the database server enforces keys and constraints)"),
    "cli.check.no_file": ("Databasfilen {path} finns inte; inget har skapats.",
                          "The database file {path} does not exist; nothing has been created."),
    "cli.check.empty_file": (
        "Databasfilen {path} är tom: den har inget schema ännu. Inget har ändrats; kör 'samverkan migrate' för att "
        "skapa schemat.",
        "The database file {path} is empty: it has no schema yet. Nothing has been changed; run 'samverkan migrate' "
        "to create the schema."),
    "cli.check.no_schema": ("Databasen {path} har inget schema ännu; kör 'samverkan migrate'.",
                            "The database {path} has no schema yet; run 'samverkan migrate'."),
    "cli.backup.sqlite_only": (
        "Säkerhetskopior finns bara för en SQLite-databasfil (PostgreSQL: använd pg_dump).",
        "Backups exist only for an SQLite database file (PostgreSQL: use pg_dump)."),
    "cli.backup.saved": ("Säkerhetskopia sparad: {path}", "Backup saved: {path}"),
    "cli.backup.size": ("Storlek: {size}, tagen {when}.", "Size: {size}, taken {when}."),
    "cli.backup.none": ("Inga säkerhetskopior finns i {folder}.", "There are no backups in {folder}."),
    "cli.restore.damaged_moved": ("Den skadade databasen flyttades undan till {path}.",
                                  "The damaged database was moved aside to {path}."),
    "cli.restore.replaced": ("Säkerhetskopia av databasen som ersattes: {path} ({size}).",
                             "Backup of the database that was replaced: {path} ({size})."),
    "cli.restore.done": ("Databasen {db_file} är återställd från {file}.",
                         "The database {db_file} has been restored from {file}."),
    "cli.verify.signatures": ("Signaturer: {signed} giltiga, {unsigned} osignerade godkännanden, {invalid} ogiltiga.",
                              "Signatures: {signed} valid, {unsigned} unsigned approvals, {invalid} invalid."),
    "cli.verify.minutes_problems": ("{count} godkända anteckningar stämmer inte med sina godkännanden.",
                                    "{count} approved minutes do not match their approvals."),
    "cli.verify.invalid": ("{count} godkännanden har en ogiltig signatur: de kan ha förfalskats i databasen.",
                           "{count} approvals have an invalid signature: they may have been forged in the database."),
    "cli.verify.all_match": ("Alla godkända anteckningar stämmer med sina godkännanden.",
                             "All approved minutes match their approvals."),
    "cli.verify.all_match_unsigned": (
        "Alla godkända anteckningar stämmer med sina godkännanden (osignerade godkännanden visar inte vem som "
        "godkände).",
        "All approved minutes match their approvals (unsigned approvals do not show who approved)."),
    "cli.verify.attachments": ("{count} bilagor saknas eller är skadade.",
                               "{count} attachments are missing or damaged."),
    "cli.verify.chain_until": ("Granskningsloggen stämmer fram till händelse {event_id} ({events} händelser före den "
                               "är obrutna).",
                               "The audit log holds up to event {event_id} ({events} events before it are unbroken)."),
    "cli.verify.chain_whole": ("Granskningsloggen är obruten ({events} händelser).",
                               "The audit log is unbroken ({events} events)."),
    "cli.key.too_large": ("{name} är för stor för en publik nyckel.", "{name} is too large for a public key."),
    "cli.key.unreadable": ("Nyckelfilen {name} kan inte läsas.", "The key file {name} cannot be read."),
    "cli.key.nobody": ("Ingen person heter {who}.", "Nobody is called {who}."),
    "cli.key.several": ("Flera personer heter {who}: ange id i stället.",
                        "Several people are called {who}: give the id instead."),
    "cli.key.registered": ("Nyckeln är registrerad på {person}.", "The key is registered to {person}."),
    "cli.key.fingerprint": ("Fingeravtryck: {fingerprint}", "Fingerprint: {fingerprint}"),
    "cli.key.compare": ("Jämför fingeravtrycket med nyckelns ägare, till exempel per telefon.",
                        "Compare the fingerprint with the key's owner, for example by phone."),
    # -- admin.py ------------------------------------------------------------------------------------------
    "cli.admin.granted": ("{login} ({person}) är {role} i {group}.", "{login} ({person}) is {role} in {group}."),
    "cli.admin.granted_sub": ("{login} ({person}) är {role} i {group} med undergrupper.",
                              "{login} ({person}) is {role} in {group} with subgroups."),
    "cli.admin.reporting_removed": ("{login} har inte längre rapportrollen.",
                                    "{login} no longer has the reporting role."),
    "cli.admin.reporting_given": (
        "{login} har rapportrollen (läser beslutsloggen och öppna data, inget annat).",
        "{login} has the reporting role (reads the decision log and open data, nothing else)."),
    "cli.admin.connected_as": (
        "Anslutningen fungerar: servern ser inloggningen {login}.",
        "The connection works: the server sees the login {login}."),
    "cli.admin.revoked": ("Behörigheten är borttagen.", "The permission has been removed."),
    "cli.admin.with_subgroups": ("med undergrupper", "with subgroups"),
    "cli.admin.postgres_only": ("setup-postgres gäller en PostgreSQL-databas (postgresql+psycopg://…).",
                                "setup-postgres is for a PostgreSQL database (postgresql+psycopg://…)."),
    "cli.admin.migrations_first": ("-- Först migreringarna (alembic upgrade head), sedan:",
                                   "-- First the migrations (alembic upgrade head), then:"),
    "cli.admin.postgres_done": (
        "Schema {after} i {database}.{schema}; roller, behörigheter och radsäkerhet är på plats.",
        "Schema {after} in {database}.{schema}; roles, permissions and row security are in place."),
    # -- data.py -------------------------------------------------------------------------------------------
    "cli.data.give_file": ("ange filen: samverkan export {kind} FIL.xlsx",
                           "give the file: samverkan export {kind} FILE.xlsx"),
    "cli.data.encoding": ("Teckenkodning: {encoding}", "Character encoding: {encoding}"),
    "cli.data.table_rows": ("{source}: {count} rader ({sheet})", "{source}: {count} rows ({sheet})"),
    "cli.data.done_in": ("Klart på {seconds} s.", "Done in {seconds} s."),
    "cli.data.unknown_word": ("{what} {text} finns inte; välj bland: {choices}.",
                              "{what} {text} does not exist; choose from: {choices}."),
    "cli.data.the_outcome": ("Utfallet", "The outcome"),
    "cli.data.the_case_status": ("Ärendestatusen", "The case status"),
    "cli.data.decisions_saved": ("{count} beslut sparade i {target}", "{count} decisions saved in {target}"),
    "cli.data.nothing_to_follow": ("Inget att följa upp för {year}.", "Nothing to follow up for {year}."),
    "cli.data.indexed": ("[{done}/{total}] punkter indexerade", "[{done}/{total}] items indexed"),
    "cli.data.postgres_index": (
        "PostgreSQL håller sökindexet (GIN-indexet decision_search_gin) aktuellt vid varje ändring; det finns inget "
        "separat index att bygga om.",
        "PostgreSQL keeps the search index (the GIN index decision_search_gin) up to date at every change; there is "
        "no separate index to rebuild."),
    "cli.data.reindexed": ("Sökindexet ombyggt: {done} punkter på {seconds} s.",
                           "The search index was rebuilt: {done} items in {seconds} s."),
    "cli.data.out_for_xlsx": ("Ange --out FIL för formatet xlsx.", "Give --out FILE for the xlsx format."),
    # -- meetings.py, sample.py, transfer.py ----------------------------------------------------------------
    "cli.meetings.removed_from_publication": ("Borttaget ur publiceringen: {line}",
                                              "Removed from the publication: {line}"),
    "cli.meetings.publish_failed": ("{group_name} {day}: {message}", "{group_name} {day}: {message}"),
    "cli.meetings.nothing_to_publish": ("Inga godkända anteckningar väntar på publicering.",
                                        "No approved minutes are waiting to be published."),
    "cli.meetings.published": ("{count} filer publicerade i {folder}.", "{count} files published in {folder}."),
    "cli.meetings.published_manifest": ("{count} filer publicerade i {folder}; förteckning: {manifest}.",
                                        "{count} files published in {folder}; list: {manifest}."),
    "cli.removed": ("Borttaget: {line}", "Removed: {line}"),
    "cli.saved": ("Sparad: {path}", "Saved: {path}"),
    "cli.saved_draft": ("Sparad: {path} (utkast, inte godkänt)", "Saved: {path} (draft, not approved)"),
    "cli.meetings.lapsed": ("{lapsed} Kontrollera godkännandena (samverkan verify).",
                            "{lapsed} Check the approvals (samverkan verify)."),
    "cli.meetings.saved_pages": ("Sparad: {path} ({pages} sidor)", "Saved: {path} ({pages} pages)"),
    "cli.meetings.mail_saved": ("Utkast sparat: {path}. Öppna det i e-postprogrammet och skicka.",
                                "Draft saved: {path}. Open it in the e-mail program and send it."),
    "cli.sample.demo": (
        "Demodata inlagd: {groups} grupper, {organisations} organisationer, {people} personer, {memberships} "
        "medlemskap, {meetings} möten.",
        "Demo data added: {groups} groups, {organisations} organisations, {people} people, {memberships} "
        "memberships, {meetings} meetings."),
    "cli.sample.give_scale": ("ange --scale eller både --groups och --years.",
                              "give --scale or both --groups and --years."),
    "cli.sample.generated": ("Testdata genererade på {seconds} s (frö {seed}):",
                             "Test data generated in {seconds} s (seed {seed}):"),
    "cli.transfer.structure": ("{name}: punkterna kändes igen som {structure}.",
                               "{name}: the items were recognised as {structure}."),
    "cli.transfer.note": ("Obs: {note}", "Note: {note}"),
    "cli.transfer.dry_run": ("Provkörning: inget har sparats.", "Dry run: nothing has been saved."),
    "cli.transfer.imported": (
        "Importerat: möte {meeting_id} med {items} punkter ({span}), {attendance} personer i närvarolistan; "
        "originalet är bilaga till första punkten. Anteckningarna är ett utkast.",
        "Imported: meeting {meeting_id} with {items} items ({span}), {attendance} people in the attendance list; "
        "the original is attached to the first item. The minutes are a draft."),
    "cli.transfer.no_paragraphs": ("inga §", "no §"),
    "cli.transfer.unmatched": ("Kändes inte igen som medlemmar (inte med i närvarolistan): {names}",
                               "Not recognised as members (not in the attendance list): {names}"),
    "cli.transfer.saved_all": ("Sparad: {target} ({tables} tabeller, {rows} rader, {attachments} bilagor).",
                               "Saved: {target} ({tables} tables, {rows} rows, {attachments} attachments)."),
    "cli.transfer.oparl": ("OParl-träd i {folder}: {objects} objekt, {written} filer skrivna, {deleted} markerade "
                           "som borttagna.",
                           "OParl tree in {folder}: {objects} objects, {written} files written, {deleted} marked as "
                           "deleted."),
    "cli.data.register_saved": (
        "Registret sparat: {path} ({organisations} organisationer, {people} personer, {groups} grupper, "
        "{memberships} medlemskap)",
        "The register was saved: {path} ({organisations} organisations, {people} people, {groups} groups, "
        "{memberships} memberships)"),
    "cli.data.template_saved": ("Mallen sparad: {path}", "The template was saved: {path}"),
    "cli.data.rows_saved": ("{count} rader sparade i {target}", "{count} rows saved in {target}"),
    "cli.data.rows": ("{count} rader.", "{count} rows."),
    "cli.data.one_row": ("1 rad.", "1 row."),
    "cli.meetings.word_only": ("Bara Word: {reason}", "Word only: {reason}"),
    "cli.transfer.paragraphs_kept": ("§-numren behålls som i dokumentet.",
                                     "The § numbers are kept as in the document."),
    "cli.transfer.paragraphs_numbered": (
        "§-numren sätts enligt gruppens numrering (dokumentet anger dem inte för alla punkter).",
        "The § numbers follow the group's numbering (the document does not give them for every item)."),
    "cli.transfer.not_recognised": ("KÄNNS INTE IGEN ({why})", "NOT RECOGNISED ({why})"),
    "cli.transfer.confidential": (" (konfidentiell)", " (confidential)"),
    "cli.transfer.presenter": ("Föredragande: {presenter}", "Presenter: {presenter}"),
    "cli.transfer.decision": ("Beslut: {line}", "Decision: {line}"),
    "cli.transfer.outcome": ("Utfall: {outcome}", "Outcome: {outcome}"),
    "cli.transfer.meeting": ("Möte: {group_name} {day} kl. {start}–{end}", "Meeting: {group_name} {day} {start}–{end}"),
    # the overview's table (its JSON keys stay as they are: a format other programs read)
    "cli.overview.title": ("Översikt {year}", "Overview {year}"),
    "cli.overview.group": ("Grupp", "Group"),
    "cli.overview.severity": ("Allvar", "Severity"),
    "cli.overview.what": ("Vad", "What"),
    "cli.overview.date": ("Datum", "Date"),
    "cli.overview.severity.warning": ("varning", "warning"),
    "cli.overview.severity.info": ("info", "info"),
    "cli.check.table_missing": ("tabellen {name} saknas", "the table {name} is missing"),
    "cli.group.none": ("Gruppen {text} finns inte; se 'samverkan groups'.",
                       "The group {text} does not exist; see 'samverkan groups'."),
    "cli.group.several": ("Flera grupper passar {text} ({names}); ange hela namnet eller id.",
                          "Several groups match {text} ({names}); give the whole name or the id."),
}
