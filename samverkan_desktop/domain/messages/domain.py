"""Messages of samverkan_desktop.domain: id -> (Swedish, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "domain.approval_record.filen_ar_ingen_godkannandepost": (
        "Filen är ingen godkännandepost från Samverkan Desktop (eller en annan version).",
        "The file is not an approval record from Samverkan Desktop (or is from another version)."),
    "domain.calendar.antal_moten_maste_vara": (
        "Antal möten måste vara mellan 1 och 52.",
        "The number of meetings must be between 1 and 52."),
    "domain.calendar.ange_antingen_intervall_veckor": (
        "Ange antingen ett intervall i veckor eller ett i månader.",
        "Enter either an interval in weeks or one in months."),
    "domain.calendar.intervallet_far_vara_hogst": (
        "Intervallet får vara högst 52 veckor.",
        "The interval may be at most 52 weeks."),
    "domain.calendar.intervallet_far_vara_hogst_2": (
        "Intervallet får vara högst 12 månader.",
        "The interval may be at most 12 months."),
    "domain.calendar.veckodagen_maste_vara_mandag": (
        "Veckodagen måste vara måndag–söndag (0–6).",
        "The weekday must be Monday–Sunday (0–6)."),
    "domain.calendar.valj_ar_mellan": (
        "Välj ett år mellan {first_year} och {last_year}.",
        "Choose a year between {first_year} and {last_year}."),
    "domain.calendar.valj_veckodag_for_intervall": (
        "Välj veckodag för ett intervall i månader.",
        "Choose a weekday for an interval in months."),
    "domain.calendar.valj_vilken_manaden_sista": (
        "Välj vilken i månaden: 1–5 eller sista.",
        "Choose which in the month: 1–5 or last."),
    "domain.calendar.serien_gar_utanfor_kalendern": (
        "Serien går utanför kalendern.",
        "The series goes beyond the calendar."),
    "domain.calendar.vilken_manaden_galler_bara": (
        "”Vilken i månaden” gäller bara intervall i månader.",
        "“Which in the month” applies only to intervals in months."),
    "domain.canonical.innehallet_skrivas_pa_kanonisk": (
        "Innehållet kan inte skrivas på kanonisk form (decimaltal).",
        "The content cannot be written in canonical form (decimal number)."),
    "domain.canonical.innehallet_skrivas_pa_kanonisk_2": (
        "Innehållet kan inte skrivas på kanonisk form.",
        "The content cannot be written in canonical form."),
    "domain.canonical.innehallet_skrivas_pa_kanonisk_3": (
        "Innehållet kan inte skrivas på kanonisk form (nyckel som inte är text).",
        "The content cannot be written in canonical form (a key that is not text)."),
    "domain.files.gar_skriva_mappen": (
        "Det går inte att skriva i mappen {target_parent}.",
        "The folder {target_parent} cannot be written to."),
    "domain.files.filen_kunde_sparas_inget": (
        "Filen {target_name} kunde inte sparas; inget har skrivits.",
        "The file {target_name} could not be saved; nothing has been written."),
    "domain.files.filen_ar_oppen_annat": (
        "Filen {name} är öppen i ett annat program (till exempel Word) och kan inte ersättas. Stäng den där och "
        "försök igen; ingenting har ändrats.",
        "The file {name} is open in another program (for example Word) and cannot be replaced. Close it there and "
        "try again; nothing has been changed."),
    "domain.rules.datum_ligga_fore_fran": (
        "Till-datum kan inte ligga före från-datum.",
        "The to date cannot be before the from date."),
    "domain.rules.minsta_antal_moten_per": (
        "Minsta antal möten per år kan inte vara större än högsta antal.",
        "The minimum number of meetings per year cannot be larger than the maximum."),
    "domain.rules.antal_moten_per_ar": (
        "Antal möten per år ska vara mellan 0 och 52.",
        "The number of meetings per year must be between 0 and 52."),
    "domain.rules.gruppen_under_perioden_avsluta": (
        "Gruppen har redan en {role_title} under perioden: {seat_person_name}. Avsluta det uppdraget först eller "
        "välj andra datum.",
        "The group already has a {role_title} during the period: {seat_person_name}. End that assignment first or "
        "choose other dates."),
    "domain.signing.losenfraserna_ar_lika": (
        "Lösenfraserna är inte lika.",
        "The passphrases are not the same."),
    "domain.signing.losenfrasen_maste_ha_minst": (
        "Lösenfrasen måste ha minst {min_passphrase} tecken.",
        "The passphrase must have at least {min_passphrase} characters."),
    "domain.signing.losenfrasen_ar_for_latt": (
        "Lösenfrasen är för lätt att gissa: använd flera olika ord eller tecken.",
        "The passphrase is too easy to guess: use several different words or characters."),
    "domain.signing.texten_ar_for_lang": (
        "Texten är för lång för en publik nyckel.",
        "The text is too long for a public key."),
    "domain.signing.texten_ar_ingen_publik": (
        "Texten är ingen publik signeringsnyckel från Samverkan Desktop.",
        "The text is not a public signing key from Samverkan Desktop."),
    "domain.signing.nyckelfilen_ar_ingen_signeringsnyckel": (
        "Nyckelfilen är ingen signeringsnyckel från Samverkan Desktop.",
        "The key file is not a signing key from Samverkan Desktop."),
    "domain.signing.nyckelfilen_hor_ihop_sin": (
        "Nyckelfilen hör inte ihop med sin publika nyckel.",
        "The key file does not belong with its public key."),
    "domain.signing.fel_losenfras_sa_ar": (
        "Fel lösenfras, eller så är nyckelfilen skadad.",
        "Wrong passphrase, or the key file is damaged."),
    "domain.strict_json.ar_for_stor_hogst": (
        "{what} är för stor (högst {value} MB) och kan inte användas.",
        "{what} is too large (at most {value} MB) and cannot be used."),
    "domain.strict_json.ar_for_djupt_nastlad": (
        "{what} är för djupt nästlad och kan inte användas.",
        "{what} is nested too deeply and cannot be used."),
    "domain.word_package.mallen_ar_for_stor": (
        "Mallen {label} är för stor för att vara en Word-mall (mer än {value} MB); den används inte.",
        "The template {label} is too large to be a Word template (more than {value} MB); it is not used."),
    "domain.word_package.mallen_saknar_formatmallen_exporten": (
        "Mallen {label} saknar formatmallen {missing}, som exporten behöver. Använd formatet en gång i mallen i Word "
        "(då sparas det i filen) och spara mallen igen.",
        "The template {label} lacks the style {missing}, which the export needs. Use the style once in the template "
        "in Word (that saves it in the file) and save the template again."),
    "domain.word_package.mallen_bestar_delar_fler": (
        "Mallen {label} består av {parts} delar, fler än en Word-mall har (högst {max_parts}); den används inte.",
        "The template {label} consists of {parts} parts, more than a Word template has (at most {max_parts}); it is "
        "not used."),
    "domain.word_package.mallen_ar_for_stor_2": (
        "Mallen {label} är för stor för att vara en Word-mall (mer än {value} MB uppackad); den används inte.",
        "The template {label} is too large to be a Word template (more than {value} MB unpacked); it is not used."),
    "domain.word_package.mallen_innehaller_makron_docm": (
        "Mallen {label} innehåller makron (.docm, .dotm) och används inte; spara den som .docx eller .dotx.",
        "The template {label} contains macros (.docm, .dotm) and is not used; save it as .docx or .dotx."),
    "domain.word_package.mallen_lasas_dess_formatmallar": (
        "Mallen {label} kan inte läsas: dess formatmallar är trasiga.",
        "The template {label} cannot be read: its styles are broken."),
    "domain.word_package.mallen_innehaller_dokumenttypsdeklaration_doctype": (
        "Mallen {label} innehåller en dokumenttypsdeklaration (DOCTYPE), som Word aldrig skriver och som kan hämta "
        "in andra filer. Den används inte; spara mallen på nytt i Word.",
        "The template {label} contains a document type declaration (DOCTYPE), which Word never writes and which can "
        "fetch other files. It is not used; save the template again in Word."),
    "domain.review_file.review_damaged": (
        "Granskningsfilen är skadad eller ändrad och kan inte användas.",
        "The review file is damaged or altered and cannot be used."),
    "domain.review_file.review_foreign": (
        "Filen är ingen granskningsfil från Samverkan Desktop.",
        "The file is not a review file from Samverkan Desktop."),
    "domain.review_file.review_version": (
        "Granskningsfilen är skapad med en annan version av programmet.",
        "The review file was made by another version of the program."),
    "domain.review_file.review_what": (
        "Granskningsfilen",
        "The review file"),
    "domain.review_file.receipt_damaged": (
        "Kvittot är skadat eller ändrat och kan inte användas.",
        "The receipt is damaged or altered and cannot be used."),
    "domain.review_file.receipt_foreign": (
        "Filen är inget kvitto från Samverkan Desktop.",
        "The file is not a receipt from Samverkan Desktop."),
    "domain.review_file.receipt_version": (
        "Kvittot är skapat med en annan version av programmet.",
        "The receipt was made by another version of the program."),
    "domain.review_file.receipt_what": (
        "Kvittot",
        "The receipt"),
    "domain.strict_json.the_file": (
        "Filen",
        "The file"),
    "domain.approval_record.damaged": (
        "Godkännandeposten är skadad eller ändrad och kan inte läsas.",
        "The approval record is damaged or altered and cannot be read."),
    "domain.approval_record.what": (
        "Godkännandeposten",
        "The approval record"),
    "domain.word_package.not_word": (
        "Mallen {label} kan inte läsas: den är inte ett Word-dokument (.docx eller .dotx).",
        "The template {label} cannot be read: it is not a Word document (.docx or .dotx)."),
    "domain.word_package.too_big": (
        "Mallen {label} är för stor för att vara en Word-mall; den används inte.",
        "The template {label} is too large to be a Word template; it is not used."),
    "domain.rules.ordforandeskapet_rotera_mellan_kommun": (
        "Ordförandeskapet ska rotera mellan kommun och region, men även föregående ordförande "
        "({previous_person_name}) företrädde {kind_label}.",
        "The chair should rotate between municipality and region, but the previous chair ({previous_person_name}) "
        "also represented {kind_label}."),
    "domain.rules.vice_ordforande_bor_komma": (
        "Vice ordförande bör komma från den andra huvudmannen, men ordföranden ({chair_person_name}) företräder "
        "också {kind_label}.",
        "The vice chair should come from the other principal, but the chair ({chair_person_name}) also represents "
        "{kind_label}."),
    "domain.register_table.ar_datum_skriv_aaaa": (
        "{value!r} är inte ett datum (skriv ÅÅÅÅ-MM-DD)",
        "{value!r} is not a date (write YYYY-MM-DD)"),
    "domain.register_table.rollen_ar_okand_anvand": (
        "rollen {text!r} är okänd (använd {names})",
        "the role {text!r} is unknown (use {names})"),
    "domain.register_table.typen_ar_okand_anvand": (
        "typen {text!r} är okänd (använd {names})",
        "the kind {text!r} is unknown (use {names})"),
    "domain.register_table.grupptypen_ar_okand_anvand": (
        "grupptypen {text!r} är okänd (använd {names})",
        "the group kind {text!r} is unknown (use {names})"),
    "domain.role.chair": ("ordförande", "chair"),
    "domain.role.vice_chair": ("vice ordförande", "vice chair"),
    "domain.party.region": ("region", "the region"),
    "domain.party.kommun": ("kommun", "a municipality"),
    "domain.party.private_provider": ("privat vårdgivare", "a private care provider"),
    "domain.party.municipal_association": ("kommunalförbund", "a municipal association"),
    "domain.party.other": ("annan part", "another party"),
    "domain.party.unknown": ("okänd part", "an unknown party"),
}
