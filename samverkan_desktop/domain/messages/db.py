"""Messages of samverkan_desktop.db: id -> (Swedish, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "db.backup.sakerhetskopian_kunde_sparas_ingen": (
        "Säkerhetskopian kunde inte sparas ({exc}). Ingen ofullständig fil har lämnats kvar.",
        "The backup could not be saved ({exc}). No incomplete file has been left behind."),
    "db.backup.databasen_finns_finns_inget": (
        "Databasen {db_file} finns inte; det finns inget att säkerhetskopiera.",
        "The database {db_file} does not exist; there is nothing to back up."),
    "db.backup.sakerhetskopian_finns": (
        "Säkerhetskopian {source} finns inte.",
        "The backup {source} does not exist."),
    "db.backup.sakerhetskopian_ar_databasen_sjalv": (
        "Säkerhetskopian är databasen själv; välj en säkerhetskopia.",
        "The backup is the database itself; choose a backup."),
    "db.backup.sakerhetskopian_ar_skadad_aterstalls": (
        "Säkerhetskopian {source_name} är skadad och återställs inte ({first_problem}).",
        "The backup {source_name} is damaged and is not restored ({first_problem})."),
    "db.backup.sakerhetskopian_kunde_sparas_disken": (
        "Säkerhetskopian kunde inte sparas: disken är full ({folder}). Ingen ofullständig fil har lämnats kvar.",
        "The backup could not be saved: the disk is full ({folder}). No incomplete file has been left behind."),
    "db.backup.sakerhetskopian_kunde_sparas_gar": (
        "Säkerhetskopian kunde inte sparas: det går inte att skriva i mappen {folder}.",
        "The backup could not be saved: the folder {folder} cannot be written to."),
    "db.backup.sakerhetskopian_kunde_tas_databasen": (
        "Säkerhetskopian kunde inte tas: databasen är skadad. Kör 'samverkan check'.",
        "The backup could not be taken: the database is damaged. Run 'samverkan check'."),
    "db.backup.sakerhetskopian_blev_felfri_tagits": (
        "Säkerhetskopian blev inte felfri ({first_problem}) och har tagits bort; de tidigare säkerhetskopiorna är "
        "kvar. Kontrollera databasen med 'samverkan check'.",
        "The backup was not sound ({first_problem}) and has been removed; the earlier backups are kept. Check the "
        "database with 'samverkan check'."),
    "db.backup.mappen_sakerhetskopior_lasas": (
        "Mappen med säkerhetskopior ({folder}) kan inte läsas: {value}.",
        "The backup folder ({folder}) cannot be read: {value}."),
    "db.backup.databasen_lasas": (
        "Databasen {db_file} kan inte läsas: {value}.",
        "The database {db_file} cannot be read: {value}."),
    "db.backup.databasen_kontrolleras": (
        "Databasen {db_file} kan inte kontrolleras: {exc}.",
        "The database {db_file} cannot be checked: {exc}."),
    "db.backup.skadade_databasen_kunde_flyttas": (
        "Den skadade databasen {db_file} kunde inte flyttas undan: {value}. Inget har skrivits över.",
        "The damaged database {db_file} could not be moved aside: {value}. Nothing has been overwritten."),
    "db.backup.aterstallningen_misslyckades": (
        "Återställningen misslyckades ({exc}).{kept}",
        "The restore failed ({exc}).{kept}"),
    "db.backup.sakerhetskopian_aterstalls": (
        "Säkerhetskopian återställs inte: {error_message}",
        "The backup is not restored: {error_message}"),
    "db.backup.aterstalls": (
        "{source_name} återställs inte. {error_message}",
        "{source_name} is not restored. {error_message}"),
    "db.engine.databasfilen_finns_oppnas_skrivskyddad": (
        "Databasfilen {value} finns inte och kan inte öppnas skrivskyddad.",
        "The database file {value} does not exist and cannot be opened read-only."),
    "db.engine.mappen_skapas": (
        "Mappen {folder} kan inte skapas: {value}.",
        "The folder {folder} cannot be created: {value}."),
    "db.engine.gar_skriva_mappen_valj": (
        "Det går inte att skriva i mappen {folder}. Välj en mapp där du har skrivrättigheter.",
        "The folder {folder} cannot be written to. Choose a folder where you have write permission."),
    "db.engine.databasfilen_skapas": (
        "Databasfilen {path} kan inte skapas: {value}.",
        "The database file {path} cannot be created: {value}."),
    "db.migrate.uppgraderingen_databasen_misslyckades": (
        "Uppgraderingen av databasen misslyckades ({detail}).",
        "The database upgrade failed ({detail})."),
    "db.migrate.databasen_innehaller_tabeller_kommer": (
        "Databasen innehåller tabeller som inte kommer från Samverkan Desktop.",
        "The database contains tables that do not come from Samverkan Desktop."),
    "db.migrate.uppgraderingen_databasen_misslyckades_databasen": (
        "Uppgraderingen av databasen misslyckades ({detail}). Databasen är återställd som den var; säkerhetskopian "
        "finns i {backup}.",
        "The database upgrade failed ({detail}). The database has been restored as it was; the backup is in {backup}."),
    "db.migrate.nya_databasen_kunde_skapas": (
        "Den nya databasen kunde inte skapas ({detail}). Ingen fil har lämnats kvar.",
        "The new database could not be created ({detail}). No file has been left behind."),
    "db.migrate.databasen_lasas_filen_ar": (
        "Databasen kan inte läsas: filen är skadad eller inte en Samverkan-databas.",
        "The database cannot be read: the file is damaged or not a Samverkan database."),
    "db.migrate.databasen_ar_skapad_nyare": (
        "Databasen är skapad med en nyare version av Samverkan Desktop (schemaversion {before}). Uppdatera "
        "programmet; databasen har inte ändrats.",
        "The database was made by a newer version of Samverkan Desktop (schema version {before}). Update the "
        "program; the database has not been changed."),
    "db.migrate.uppgraderingen_databasen_misslyckades_kunde": (
        "Uppgraderingen av databasen misslyckades ({detail}) och den kunde inte återställas. Säkerhetskopian finns i "
        "{backup}.",
        "The database upgrade failed ({detail}) and the database could not be restored. The backup is in {backup}."),
    "db.migrate.uppgraderingen_lamnade_trasiga_kopplingar": (
        "Uppgraderingen lämnade {broken} trasiga kopplingar mellan tabeller.",
        "The upgrade left {broken} broken links between tables."),
    "db.preflight.databasen_ar_skrivskyddad_filen": (
        "Databasen {path} är skrivskyddad (filen, mappen eller filsystemet går inte att skriva i), och {what} "
        "behöver skriva i den. Inget har ändrats.",
        "The database {path} is read-only (the file, the folder or the file system cannot be written to), and {what} "
        "needs to write to it. Nothing has been changed."),
    "db.preflight.databasen_lasas": (
        "Databasen {path} kan inte läsas: {value}.",
        "The database {path} cannot be read: {value}."),
    "db.preflight.filen_ar_samverkan_databas": (
        "Filen {path} är inte en Samverkan-databas (inte en SQLite-fil). Välj en annan fil.",
        "The file {path} is not a Samverkan database (not an SQLite file). Choose another file."),
    "db.preflight.sokvagen_ar_mapp_databasfil": (
        "Sökvägen {path} är en mapp, inte en databasfil.",
        "The path {path} is a folder, not a database file."),
    "db.preflight.sokvagen_ar_vanlig_fil": (
        "Sökvägen {path} är {kind}, inte en vanlig fil, och kan inte vara en databas. Inget har öppnats.",
        "The path {path} is {kind}, not a regular file, and cannot be a database. Nothing has been opened."),
    "db.preflight.sokvagen_ar_lank_slut": (
        "Sökvägen {path} är en länk som till slut pekar på sig själv (en länkslinga) och kan inte öppnas.",
        "The path {path} is a link that in the end points to itself (a link loop) and cannot be opened."),
    "db.preflight.databasen_lasas_behorighet_saknas": (
        "Databasen {path} kan inte läsas: behörighet saknas.",
        "The database {path} cannot be read: permission denied."),
    "db.preflight.databasen_ar_skapad_nyare": (
        "Databasen {path} är skapad med en nyare version av Samverkan Desktop (schemaversion {facts_revision}) eller "
        "av ett annat program. Uppdatera programmet; databasen har inte ändrats.",
        "The database {path} was made by a newer version of Samverkan Desktop (schema version {facts_revision}) or "
        "by another program. Update the program; the database has not been changed."),
    "db.preflight.databasen_lasas_ar_skadad": (
        "Databasen {path} kan inte läsas: den är skadad eller inte en Samverkan-databas ({exc}).",
        "The database {path} cannot be read: it is damaged or not a Samverkan database ({exc})."),
    "db.preflight.filen_ar_ingen_samverkan": (
        "Filen {path} är ingen Samverkan-databas: den har inget schema (den är tom).",
        "The file {path} is not a Samverkan database: it has no schema (it is empty)."),
    "db.preflight.databasen_saknar_tabeller_schemat": (
        "Databasen {path} saknar tabeller som schemat {head} ska ha ({names}); den är inte en hel Samverkan-databas.",
        "The database {path} lacks tables that schema {head} should have ({names}); it is not a complete Samverkan "
        "database."),
    "db.preflight.sokvagen_ar_lank_fil": (
        "Sökvägen {path} är en länk till en fil som inte finns.",
        "The path {path} is a link to a file that does not exist."),
    "db.preflight.databasen_ar_last_annat": (
        "Databasen {path} är låst av ett annat program just nu; försök igen.",
        "The database {path} is locked by another program right now; try again."),
    "db.uow.databasfel_inget_sparats": (
        "Databasfel: {exc}. Inget har sparats.",
        "Database error: {exc}. Nothing has been saved."),
    "db.uow.databasen_anvands_annat_program": (
        "Databasen används av ett annat program just nu. Försök igen om en stund.",
        "The database is being used by another program right now. Try again in a moment."),
    "db.uow.databasen_ar_oppnad_skrivskyddad": (
        "Databasen är öppnad skrivskyddad eftersom den redan används i ett annat fönster eller på en annan dator. "
        "Inget har sparats.",
        "The database is open read-only because it is already in use in another window or on another computer. "
        "Nothing has been saved."),
    "db.uow.databasen_ar_skrivskyddad_filen": (
        "Databasen är skrivskyddad: filen eller dess mapp får inte ändras. Inget har sparats.",
        "The database is read-only: the file or its folder may not be changed. Nothing has been saved."),
    "db.uow.databasfilen_oppnas_mappen_saknas": (
        "Databasfilen kan inte öppnas: mappen saknas eller du saknar behörighet till den. Inget har sparats.",
        "The database file cannot be opened: the folder is missing or you lack permission to it. Nothing has been "
        "saved."),
    "db.uow.databasfilen_ar_skadad_inget": (
        "Databasfilen är skadad. Inget har sparats; återställ från en säkerhetskopia.",
        "The database file is damaged. Nothing has been saved; restore from a backup."),
    "db.uow.gick_skriva_disken_full": (
        "Det gick inte att skriva till disken (full eller otillgänglig). Inget har sparats.",
        "The disk could not be written to (full or unavailable). Nothing has been saved."),
    "db.uow.talet_ar_for_stort": (
        "Talet är för stort för databasen (högst 9 223 372 036 854 775 807). Inget har sparats.",
        "The number is too large for the database (at most 9 223 372 036 854 775 807). Nothing has been saved."),
    "db.uow.texten_ar_for_lang": (
        "Texten är för lång: högst {length} tecken får plats ({value} angavs).",
        "The text is too long: at most {length} characters fit ({value} were given)."),
    "db.preflight.not_ours": (
        "Databasen {path} är inte en Samverkan-databas: den innehåller tabeller från ett annat program.",
        "The database {path} is not a Samverkan database: it contains tables from another program."),
    "db.lock.lasfilen_skapas_oppnas": (
        "Låsfilen {path} kan inte skapas eller öppnas: {value}.",
        "The lock file {path} cannot be created or opened: {value}."),
    "db.check.no_file": ("Filen {db_file} finns inte.", "The file {db_file} does not exist."),
    "db.check.not_sqlite": ("Filen är inte en SQLite-databas (fel filhuvud).",
                            "The file is not an SQLite database (wrong file header)."),
    "db.check.missing_parent": ("Tabellen {table}, rad {rowid}: hänvisar till en rad i {parent} som saknas.",
                                "Table {table}, row {rowid}: refers to a row of {parent} that is missing."),
    "db.backup.earlier_kept": (" Den tidigare databasen finns i {path}.", " The earlier database is in {path}."),
}
