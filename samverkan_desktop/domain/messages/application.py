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
}
