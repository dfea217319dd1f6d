"""Messages of samverkan_desktop.services (a–l, and the shared "gone" ones under g): id -> (Swedish, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "services._common.e_postadressen_ar_for": (
        "E-postadressen är för lång (högst {email_max_length} tecken).",
        "The email address is too long (at most {email_max_length} characters)."),
    "services._common.e_postadressen_ser_ut": (
        "E-postadressen ser inte ut som en e-postadress (namn@exempel.se).",
        "The email address does not look like an email address (name@example.se)."),
    "services._common.telefonnumret_far_bara_innehalla": (
        "Telefonnumret får bara innehålla siffror, mellanslag, +, - och parenteser.",
        "The phone number may only contain digits, spaces, +, - and parentheses."),
    "services.access.inloggningen_saknas_pa_servern": (
        "Inloggningen {name!r} finns inte på databasservern. Databasadministratören lägger upp den (samverkan admin "
        "grant eller admin reporting); sedan kan rollen ges här.",
        "The login {name!r} does not exist on the database server. The database administrator creates it (samverkan "
        "admin grant or admin reporting); then the role can be given here."),
    "services.access.inloggningen_inte_medlem": (
        "Inloggningen {name!r} är inte medlem i {role} på databasservern. Databasadministratören lägger upp den "
        "(samverkan admin grant eller admin reporting); sedan kan rollen ges här.",
        "The login {name!r} is not a member of {role} on the database server. The database administrator sets it "
        "up (samverkan admin grant or admin reporting); then the role can be given here."),
    "services.access.ange_inloggningsnamn": (
        "Ange ett inloggningsnamn (högst 63 tecken).",
        "Enter a login name (at most 63 characters)."),
    "services.access.rapportrollen_bara_postgresql": (
        "Rapportrollen finns bara på en delad PostgreSQL-databas.",
        "The reporting role exists only on a shared PostgreSQL database."),
    "services.access.har_inte_rapportrollen": (
        "Inloggningen {name!r} har inte rapportrollen.",
        "The login {name!r} does not hold the reporting role."),
    "services.access.drivrutinen_saknas": (
        "PostgreSQL-drivrutinen saknas (pip install 'samverkan-desktop[postgres]').",
        "The PostgreSQL driver is missing (pip install 'samverkan-desktop[postgres]')."),
    "services.access.adressen_ogiltig": (
        "Databasens adress går inte att förstå; ange server, port, databas och inloggning på nytt.",
        "The database address cannot be understood; enter the server, port, database and login again."),
    "services.access.anslutningen_misslyckades": (
        "Anslutningen misslyckades: servern kunde inte nås, certifikatet godtogs inte eller inloggningen "
        "nekades{detail}.",
        "The connection failed: the server could not be reached, the certificate was not accepted or the login "
        "was refused{detail}."),
    "services.access.bara_ordforanden_vice_ordforanden": (
        "Bara ordföranden eller vice ordföranden i gruppen på mötesdagen kan godkänna anteckningarna eller öppna dem "
        "igen, och bara i eget namn.",
        "Only the group's chair or vice chair on the day of the meeting can approve the minutes or reopen them, and "
        "only in their own name."),
    "services.access.personen_finns_registret": (
        "Personen {person!r} finns inte i registret.",
        "The person {person!r} is not in the register."),
    "services.access.gruppen_finns": (
        "Gruppen {group!r} finns inte.",
        "The group {group!r} does not exist."),
    "services.access.okand_roll_valj": (
        "Okänd roll {role!r}; välj en av {grant_roles}.",
        "Unknown role {role!r}; choose one of {grant_roles}."),
    "services.access.ange_inloggningsnamn_login": (
        "Ange ett inloggningsnamn (--login).",
        "Enter a login name (--login)."),
    "services.access.rollen": (
        "{found_person_name} har inte rollen {role} i {found_group_name}.",
        "{found_person_name} does not have the role {role} in {found_group_name}."),
    "services.access.inloggningen_hor_annan_person": (
        "Inloggningen {name!r} hör redan till en annan person.",
        "The login {name!r} already belongs to another person."),
    "services.agenda.motet_ar_installt_dagordningen": (
        "Mötet är inställt; dagordningen kan inte ändras.",
        "The meeting is cancelled; the agenda cannot be changed."),
    "services.agenda.anteckningarna_ar_godkanda_lasta": (
        "Anteckningarna är godkända och låsta. Öppna dem igen (med en anledning) för att ändra något.",
        "The minutes are approved and locked. Reopen them (with a reason) to change anything."),
    "services.agenda.planerad_tid_vara_minuter": (
        "Planerad tid ska vara 0–600 minuter.",
        "Planned time must be 0–600 minutes."),
    "services.agenda.arendet_ligger_annan_grupp": (
        "Ärendet ligger hos en annan grupp.",
        "The case belongs to another group."),
    "services.annual_report.valj_ar_mellan": (
        "Välj ett år mellan {first_year} och {last_year}.",
        "Choose a year between {first_year} and {last_year}."),
    "services.approval.tidpunkten_for_godkannandet_saknar": (
        "Tidpunkten för godkännandet saknar tidszon.",
        "The time of the approval has no time zone."),
    "services.approval.markera_motet_genomfort_innan": (
        "Markera mötet som genomfört innan anteckningarna skickas för godkännande.",
        "Mark the meeting as held before sending the minutes for approval."),
    "services.approval.bara_utkast_skickas_for": (
        "Bara ett utkast kan skickas för godkännande.",
        "Only a draft can be sent for approval."),
    "services.approval.anteckningarna_ar_godkanda": (
        "Anteckningarna är redan godkända.",
        "The minutes are already approved."),
    "services.approval.bara_anteckningar_fran_genomfort": (
        "Bara anteckningar från ett genomfört möte kan godkännas.",
        "Only the minutes of a meeting that has been held can be approved."),
    "services.approval.var_ordforande_vice_ordforande": (
        "{person_name} var inte ordförande eller vice ordförande i gruppen på mötesdagen och kan inte godkänna "
        "anteckningarna.",
        "{person_name} was not the group's chair or vice chair on the day of the meeting and cannot approve the "
        "minutes."),
    "services.approval.anteckningarna_andrats_sedan_lastes": (
        "Anteckningarna har ändrats sedan de lästes; godkännandet gäller inte den nuvarande texten.",
        "The minutes have changed since they were read; the approval does not cover the current text."),
    "services.approval.anteckningarna_ar_utkast": (
        "Anteckningarna är redan ett utkast.",
        "The minutes are already a draft."),
    "services.attachments.filen_ar_mb_bilaga": (
        "Filen {name} är {megabytes} MB; en bilaga får vara högst {value} MB. Inget har bifogats.",
        "The file {name} is {megabytes} MB; an attachment may be at most {value} MB. Nothing has been attached."),
    "services.attachments.bilagan_behover_filnamn_hogst": (
        "Bilagan behöver ett filnamn (högst 300 tecken, utan / och \\).",
        "The attachment needs a file name (at most 300 characters, without / and \\)."),
    "services.attachments.bilagan_inget_innehall": (
        "Bilagan har inget innehåll.",
        "The attachment has no content."),
    "services.attachments.filen_saknas_fanns_bilagemappen": (
        "Filen {dto_file_name} saknas: den fanns inte i bilagemappen när bilagorna flyttades in i databasen. Bifoga "
        "samma fil igen för att få tillbaka den.",
        "The file {dto_file_name} is missing: it was not in the attachment folder when the attachments were moved "
        "into the database. Attach the same file again to get it back."),
    "services.attachments.bilagan_ar_skadad_innehallet": (
        "Bilagan {dto_file_name} är skadad: innehållet stämmer inte med dess kontrollsumma (SHA-256). Den har inte "
        "öppnats; hämta den från en säkerhetskopia eller bifoga den igen.",
        "The attachment {dto_file_name} is damaged: its content does not match its checksum (SHA-256). It has not "
        "been opened; fetch it from a backup or attach it again."),
    "services.attachments.filen_lasas_inget_bifogats": (
        "Filen {name} kan inte läsas: {reason}. Inget har bifogats.",
        "The file {name} cannot be read: {reason}. Nothing has been attached."),
    "services.cases.punkten_hor_arende": (
        "Punkten hör redan till ett ärende.",
        "The item already belongs to a case."),
    "services.cases.arendet_ligger_annan_grupp": (
        "Ärendet ligger hos en annan grupp.",
        "The case belongs to another group."),
    "services.cases.valj_mote_ar_genomfort": (
        "Välj ett möte som inte redan är genomfört.",
        "Choose a meeting that has not already been held."),
    "services.cases.valj_mote_efter_dar": (
        "Välj ett möte efter det där ärendet senast behandlades.",
        "Choose a meeting after the one where the case was last dealt with."),
    "services.decision_log.periodens_borjan_ligga_efter": (
        "Periodens början kan inte ligga efter dess slut.",
        "The start of the period cannot be after its end."),
    "services.documents.motet_ar_installt_finns": (
        "Mötet är inställt; det finns inga anteckningar eller någon kallelse att exportera.",
        "The meeting is cancelled; there are no minutes or notice to export."),
    "services.documents.ingen_sekreterare_e_postadress": (
        "{group_name} har ingen sekreterare med e-postadress på mötesdagen. Kalenderinbjudan behöver en avsändare: "
        "ange sekreterarens e-postadress i personregistret.",
        "{group_name} has no secretary with an email address on the day of the meeting. The calendar invitation "
        "needs a sender: enter the secretary's email address in the people register."),
    "services.everything.bilagan_id_saknas_ar": (
        "Bilagan {file_name} (id {attachment_id}) saknas eller är skadad; exporten avbröts och ingen fil har "
        "skrivits. Kör 'samverkan verify' för att se alla.",
        "The attachment {file_name} (id {attachment_id}) is missing or damaged; the export was stopped and no file "
        "has been written. Run 'samverkan verify' to see them all."),
    "services.follow_up.datumet_ligga_fore_motet": (
        "Datumet kan inte ligga före mötet där beslutet fattades ({isoformat}).",
        "The date cannot be before the meeting where the decision was made ({isoformat})."),
    "services.groups.finns_grupp_heter": (
        "Det finns redan en grupp som heter {name}.",
        "There is already a group called {name}."),
    "services.groups.grupp_rapportera_sig_sjalv": (
        "En grupp kan inte rapportera till sig själv eller till en av sina undergrupper.",
        "A group cannot report to itself or to one of its subgroups."),
    "services.keystore.ange_ditt_namn": (
        "Ange ditt namn.",
        "Enter your name."),
    "services.keystore.for_stor_nyckelfil": (
        "För stor nyckelfil.",
        "The key file is too large."),
    "services.keystore.privata_nyckeln_saknas": (
        "Den privata nyckeln saknas.",
        "The private key is missing."),
    "services.keystore.nyckeln_kunde_sparas": (
        "Nyckeln kunde inte sparas i {folder} ({error_strerror}).",
        "The key could not be saved in {folder} ({error_strerror})."),
    "services.keystore.nyckelfilen_lasas": (
        "Nyckelfilen {private_path_name} kan inte läsas.",
        "The key file {private_path_name} cannot be read."),
    "services.legacy_minutes.dokumentet_anger_inget_datum": (
        "Dokumentet {minutes_file_name} anger inget datum som kunde läsas; ange mötets datum (ÅÅÅÅ-MM-DD).",
        "The document {minutes_file_name} gives no date that could be read; enter the meeting's date (YYYY-MM-DD)."),
    "services.legacy_minutes.motet_slutar_fore_nar": (
        "Mötet slutar ({end:%H.%M}) före eller när det börjar ({start:%H.%M}).",
        "The meeting ends ({end:%H.%M}) before or when it starts ({start:%H.%M})."),
    "services.legacy_minutes.numren_dokumentet_finns_numren": (
        "§-numren i dokumentet finns redan i {group_name} {year}: {listed}{more}. Numren i gamla anteckningar "
        "behålls och får inte krocka; kontrollera att dokumentet inte redan är importerat och att rätt grupp är "
        "vald. Inget har importerats.",
        "The § numbers in the document already exist in {group_name} {year}: {listed}{more}. Numbers in old minutes "
        "are kept and must not clash; check that the document has not already been imported and that the right group "
        "is chosen. Nothing has been imported."),
    "services.legacy_minutes.dokumentet_inga_punkter_importera": (
        "Dokumentet {minutes_file_name} har inga punkter att importera.",
        "The document {minutes_file_name} has no items to import."),
    "services.legacy_minutes.nummer_maste_vara_mellan": (
        "Ett §-nummer måste vara mellan 1 och {max_paragraph}; dokumentet har {wrong} som inte är det.",
        "A § number must be between 1 and {max_paragraph}; the document has {wrong}, which is not."),
    "services.gone.meeting": (
        "Mötet finns inte längre.",
        "The meeting no longer exists."),
    "services.gone.item": (
        "Punkten finns inte längre.",
        "The item no longer exists."),
    "services.gone.group": (
        "Gruppen finns inte längre.",
        "The group no longer exists."),
    "services.gone.case": (
        "Ärendet finns inte längre.",
        "The case no longer exists."),
    "services.gone.person": (
        "Personen finns inte längre.",
        "The person no longer exists."),
    "services.gone.organisation": (
        "Organisationen finns inte längre.",
        "The organisation no longer exists."),
    "services.gone.membership": (
        "Medlemskapet finns inte längre.",
        "The membership no longer exists."),
    "services.gone.action": (
        "Åtgärden finns inte längre.",
        "The action no longer exists."),
    "services.gone.attachment": (
        "Bilagan finns inte längre.",
        "The attachment no longer exists."),
    "services.gone.anchoring": (
        "Förankringen finns inte längre.",
        "The anchoring no longer exists."),
    "services.gone.attendance": (
        "Närvaroraden finns inte längre.",
        "The attendance row no longer exists."),
    "services.gone.reporting_duty": (
        "Rapporteringskravet finns inte längre.",
        "The reporting duty no longer exists."),
    "services.gone.employer": (
        "Arbetsgivaren finns inte längre.",
        "The employer no longer exists."),
    "services.gone.responsible_person": (
        "Den ansvariga personen finns inte längre.",
        "The responsible person no longer exists."),
    "services.gone.chosen_group": (
        "Den valda gruppen finns inte längre.",
        "The chosen group no longer exists."),
    "services.gone.parent_group": (
        "Den överordnade gruppen finns inte längre.",
        "The parent group no longer exists."),
    "services.gone.choose_person": (
        "Välj en person.",
        "Choose a person."),
    "services.gone.meeting_in_file": (
        "Mötet i filen finns inte i den här databasen.",
        "The meeting in the file is not in this database."),
    "services.gone.responsible_organisation": (
        "Den ansvariga organisationen finns inte längre.",
        "The responsible organisation no longer exists."),
    "services.access.read_only_group": (
        "Du har läsbehörighet i den här gruppen; ändringar görs av gruppens sekreterare.",
        "You may read this group; changes are made by the group's secretary."),
    "services.access.not_register_keeper": (
        "Registret ändras av en registeransvarig; din inloggning har inte den rollen.",
        "The register is changed by a register keeper; your login does not have that role."),
    "services.access.no_access": (
        "Din inloggning har ingen behörighet i den här gruppen.",
        "Your login has no access to this group."),
    "services.approval.no_attendance": (
        "Närvaron är inte antecknad. Anteckna närvaron (fliken Närvaro) eller ange varför ingen närvaro antecknas; "
        "anteckningarna säger det då.",
        "The attendance is not recorded. Record the attendance (the Attendance tab) or say why no attendance is "
        "recorded; the minutes will then say so."),
    "services.legacy_minutes.same_number_twice": (
        "Dokumentet har samma §-nummer flera gånger ({numbers}); rätta dokumentet och importera igen.",
        "The document has the same § number more than once ({numbers}); correct the document and import it again."),
    "services.approval.no_chair": (
        "Gruppen hade ingen ordförande på mötesdagen.",
        "The group had no chair on the day of the meeting."),
    "services.approval.no_vice_chair": (
        "Gruppen hade ingen vice ordförande på mötesdagen.",
        "The group had no vice chair on the day of the meeting."),
    "services.follow_up.date_anchored": (
        "Ange datum då beslutet förankrades.",
        "Enter the date the decision was anchored."),
    "services.follow_up.date_done": (
        "Ange datum då beslutet genomfördes.",
        "Enter the date the decision was carried out."),
    "services.agenda.punkten_maste_ha_rubrik": (
        "Punkten måste ha en rubrik.",
        "The item must have a title."),
    "services.agenda.varje_standardpunkt_maste_ha": (
        "Varje standardpunkt måste ha en rubrik.",
        "Every standard item must have a title."),
    "services.approval.ange_varfor_anteckningarna_oppnas": (
        "Ange varför anteckningarna öppnas igen.",
        "Say why the minutes are reopened."),
    "services.cases.arendet_maste_ha_rubrik": (
        "Ärendet måste ha en rubrik.",
        "The case must have a title."),
    "services.groups.gruppen_maste_ha_namn": (
        "Gruppen måste ha ett namn.",
        "The group must have a name."),
    "services.everything.cancelled": (
        "Exporten avbröts; ingen fil har skrivits.",
        "The export was stopped; no file has been written."),
}
