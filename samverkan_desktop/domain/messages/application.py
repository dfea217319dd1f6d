"""Messages of samverkan_desktop.application: id -> (Swedish, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "application.safety.bara_sqlite_databasfil_aterstallas": (
        "Bara en SQLite-databasfil kan återställas från en säkerhetskopia.",
        "Only an SQLite database file can be restored from a backup."),
    "application.startup.databasen_ar_skadad_inget": (
        "Databasen {path} är skadad ({first_problem}). Inget har körts. Starta Samverkan Desktop för att återställa "
        "den från en säkerhetskopia, eller använd 'samverkan backups' och 'samverkan restore FIL'.",
        "The database {path} is damaged ({first_problem}). Nothing has been run. Start Samverkan Desktop to restore "
        "it from a backup, or use 'samverkan backups' and 'samverkan restore FILE'."),
    "application.startup.databasen_aldre_schema_maste": (
        "Databasen {path} har ett äldre schema som måste uppgraderas, men den är skrivskyddad. Öppna den där den går "
        "att skriva i; inget har ändrats.",
        "The database {path} has an older schema that must be upgraded, but it is read-only. Open it where it can be "
        "written to; nothing has been changed."),
    "application.startup.databasen_inget_lasa_inget": (
        "Databasen {path} {state}; {what} har inget att läsa och inget har skapats. Starta programmet eller kör "
        "'samverkan migrate' först.",
        "The database {path} {state}; {what} has nothing to read and nothing has been created. Start the program or "
        "run 'samverkan migrate' first."),
    "application.startup.open_elsewhere": (
        "Databasen är öppen i Samverkan{who}. Stäng programmet innan du kör '{what}'; inget har ändrats.",
        "The database is open in Samverkan{who}. Close the program before running '{what}'; nothing has been changed."),
    "application.safety.sakerhetskopian_blev_felfri_tagits": (
        "Säkerhetskopian {path_name} blev inte felfri ({first_problem}) och har tagits bort; de tidigare finns kvar. "
        "Databasen kan vara skadad: kontrollera den med 'samverkan check' och ta en ny säkerhetskopia.",
        "The backup {path_name} was not sound ({first_problem}) and has been removed; the earlier ones are kept. The "
        "database may be damaged: check it with 'samverkan check' and take a new backup."),
    "application.startup.state_missing": ("finns inte", "does not exist"),
    "application.startup.state_empty": ("är tom (inget schema)", "is empty (no schema)"),
    "application.startup.read_only_banner": (
        "Databasen {path} är skrivskyddad (filen, mappen eller filsystemet går inte att skriva i) och är öppnad bara "
        "för läsning. Ändringar kan inte sparas.",
        "The database {path} is read-only (the file, the folder or the file system cannot be written to) and is open "
        "for reading only. Changes cannot be saved."),
    "application.startup.other_version": (
        "Databasen används av en annan version av Samverkan Desktop och kan inte öppnas skrivskyddad här. Stäng det "
        "andra programmet och försök igen.",
        "The database is in use by another version of Samverkan Desktop and cannot be opened read-only here. Close "
        "the other program and try again."),
    "application.startup.other_schema": (
        "Databasen är öppen i Samverkan och har ett annat schema än det här kommandot; stäng programmet först.",
        "The database is open in Samverkan and has another schema than this command; close the program first."),
    "application.sending.no_calendar": ("Kalenderinbjudan är inte bifogad: {reason}",
                                        "The calendar invitation is not attached: {reason}"),
    "application.sending.notice_as_word": ("Kallelsen är bifogad som Word och möteshandlingarna saknas: {reason}",
                                           "The notice is attached as Word and the meeting pack is missing: {reason}"),
    "application.sending.minutes_as_word": ("Anteckningarna är bifogade som Word: {reason}",
                                            "The minutes are attached as Word: {reason}"),
    "application.sending.writing_notice": ("Kallelsen skrivs", "Writing the notice"),
    "application.sending.writing_draft": ("Utkastet skrivs", "Writing the draft"),
    "application.startup.the_program": ("programmet", "the program"),
}
