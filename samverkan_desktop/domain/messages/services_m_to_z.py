"""Messages of samverkan_desktop.services (m–z): id -> (Swedish, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "services.mailing.ingen_e_postadress_pa": (
        "Ingen i {group_name} har en e-postadress på mötesdagen. Ange ledamöternas e-postadresser i personregistret.",
        "Nobody in {group_name} has an email address on the day of the meeting. Enter the members' email addresses "
        "in the people register."),
    "services.mailing.motet_ar_installt_finns": (
        "Mötet är inställt: det finns ingen kallelse att skicka.",
        "The meeting is cancelled: there is no notice to send."),
    "services.mailing.anteckningarna_ar_publicerade_annu": (
        "Anteckningarna är inte publicerade ännu: publicera dem innan de skickas ut.",
        "The minutes are not published yet: publish them before sending them out."),
    "services.mailing.anteckningarna_ar_godkanda_behover": (
        "Anteckningarna är redan godkända: de behöver inte granskas igen.",
        "The minutes are already approved: they need no further review."),
    "services.mailing.varken_ordforanden_vice_ordforanden": (
        "Varken ordföranden eller vice ordföranden i {group_name} har en e-postadress. Ange den i personregistret.",
        "Neither the chair nor the vice chair of {group_name} has an email address. Enter it in the people register."),
    "services.mandates.ordforandens_mandatperiod_vara_manader": (
        "Ordförandens mandatperiod ska vara 1–120 månader.",
        "The chair's term must be 1–120 months."),
    "services.mandates.dagar_for_ordforandens_godkannande": (
        "Dagar för ordförandens godkännande ska vara 0–365.",
        "Days for the chair's approval must be 0–365."),
    "services.mandates.revideringsdatum_ligga_fore_beslutsdatumet": (
        "Ett revideringsdatum kan inte ligga före beslutsdatumet.",
        "A revision date cannot be before the date of the decision."),
    "services.mandates.datumet_finns": (
        "{duty_name}: datumet {duty_due_month}/{duty_due_day} finns inte.",
        "{duty_name}: the date {duty_due_month}/{duty_due_day} does not exist."),
    "services.meeting_pack.motet_ar_installt_inga": (
        "Mötet är inställt: det har inga möteshandlingar.",
        "The meeting is cancelled: it has no meeting documents."),
    "services.meetings.ange_motets_datum": (
        "Ange mötets datum.",
        "Enter the meeting's date."),
    "services.meetings.motet_sluta_fore_samtidigt": (
        "Mötet kan inte sluta före (eller samtidigt som) det börjar.",
        "The meeting cannot end before (or when) it starts."),
    "services.meetings.serien_innehaller_inga_datum": (
        "Serien innehåller inga datum.",
        "The series contains no dates."),
    "services.meetings.motet_ar_installt_andras": (
        "Mötet är inställt och kan inte ändras.",
        "The meeting is cancelled and cannot be changed."),
    "services.meetings.bara_planerade_kallade_moten": (
        "Bara planerade eller kallade möten kan ställas in.",
        "Only planned or called meetings can be cancelled."),
    "services.meetings.bara_planerat_mote_kallas": (
        "Bara ett planerat möte kan kallas till.",
        "Only a planned meeting can be called."),
    "services.meetings.motet_ar_genomfort_installt": (
        "Mötet är redan genomfört eller inställt.",
        "The meeting has already been held or cancelled."),
    "services.meetings.motet_markeras_genomfort_beslutspunkter": (
        "Mötet kan inte markeras som genomfört: beslutspunkter saknar utfall: {named}.",
        "The meeting cannot be marked as held: decision items have no outcome: {named}."),
    "services.minutes.ange_vem_ansvarar_person": (
        "Ange vem som ansvarar: en person, en organisation eller båda.",
        "Enter who is responsible: a person, an organisation or both."),
    "services.minutes.ange_nar_atgarden_blev": (
        "Ange när åtgärden blev klar.",
        "Enter when the action was completed."),
    "services.minutes.skriv_beslutet_innan_punkten": (
        "Skriv beslutet (”att …”) innan punkten markeras som beslutad i enighet.",
        "Write the decision (“att …”) before marking the item as decided in consensus."),
    "services.minutes.narvaro_vara_fore_fran": (
        "Närvaro till § kan inte vara före från §.",
        "Attendance to § cannot be before from §."),
    "services.minutes.person_vara_ersattare_for": (
        "En person kan inte vara ersättare för sig själv.",
        "A person cannot be their own substitute."),
    "services.minutes.finns_pa_narvarolistan": (
        "{person_name} finns redan på närvarolistan.",
        "{person_name} is already on the attendance list."),
    "services.minutes.ange_vad_beredas_vid": (
        "Ange vad som ska beredas vid återremissen.",
        "Enter what is to be prepared for the referral back."),
    "services.minutes.ange_vilken_grupp_arendet": (
        "Ange vilken grupp ärendet lyfts till.",
        "Enter which group the case is raised to."),
    "services.minutes.arende_lyftas_egna_gruppen": (
        "Ett ärende kan inte lyftas till den egna gruppen.",
        "A case cannot be raised to its own group."),
    "services.minutes.ange_mellan": (
        "Ange en § mellan 1 och {max_paragraph}.",
        "Enter a § between 1 and {max_paragraph}."),
    "services.minutes.motet_ar_installt_dagordningen": (
        "Mötet är inställt; dagordningen kan inte ändras.",
        "The meeting is cancelled; the agenda cannot be changed."),
    "services.open_data.adressen_ar_ingen_webbadress": (
        "Adressen är ingen webbadress för öppna data; ange till exempel https://example.se/oparl (http eller https, "
        "utan mellanslag, ? och #).",
        "The address is not a web address for open data; enter for example https://example.se/oparl (http or https, "
        "without spaces, ? and #)."),
    "services.organisations.finns_organisation_heter": (
        "Det finns redan en organisation som heter {name}.",
        "There is already an organisation called {name}."),
    "services.organisations.tas_bort_anvands_av": (
        "{org_name} kan inte tas bort: den används av {listed}. Ändra eller ta bort dem först; anteckningar och "
        "förankring behåller sin historia.",
        "{org_name} cannot be deleted: it is used by {listed}. Change or delete those first; minutes and anchoring "
        "keep their history."),
    "services.organisations.och": (" och ", " and "),
    "services.organisations.uses.membership.one": ("{n} medlemskap", "{n} membership"),
    "services.organisations.uses.membership.many": ("{n} medlemskap", "{n} memberships"),
    "services.organisations.uses.person.one": ("{n} person", "{n} person"),
    "services.organisations.uses.person.many": ("{n} personer", "{n} people"),
    "services.organisations.uses.attendance.one": ("{n} närvarorad i ett möte", "{n} attendance row in a meeting"),
    "services.organisations.uses.attendance.many": ("{n} närvarorader i möten", "{n} attendance rows in meetings"),
    "services.organisations.uses.action.one": ("{n} åtgärd", "{n} action"),
    "services.organisations.uses.action.many": ("{n} åtgärder", "{n} actions"),
    "services.organisations.uses.anchoring.one": ("{n} förankring", "{n} anchoring row"),
    "services.organisations.uses.anchoring.many": ("{n} förankringar", "{n} anchoring rows"),
    "services.publication.mallen_ar_tom": (
        "Mallen är tom.",
        "The template is empty."),
    "services.publication.bara_godkanda_anteckningar_publiceras": (
        "Bara godkända anteckningar kan publiceras; {when} är {value}.",
        "Only approved minutes can be published; {when} is {value}."),
    "services.publication.anteckningarna_fran_stammer_langre": (
        "Anteckningarna från {when} stämmer inte längre med godkännandet och publiceras inte. Kontrollera "
        "godkännandena (samverkan verify).",
        "The minutes of {when} no longer match their approval and are not published. Check the approvals (samverkan "
        "verify)."),
    "services.register_import.filen_inga_rader_importera": (
        "Filen har inga rader att importera.",
        "The file has no rows to import."),
    "services.reporting.lamnas": (
        "{duty_name} ska inte lämnas {isoformat}.",
        "{duty_name} is not due {isoformat}."),
    "services.review.kvittot_ar_skadat_andrat": (
        "Kvittot är skadat eller ändrat och kan inte användas.",
        "The receipt is damaged or altered and cannot be used."),
    "services.review.kvittot_ar_signerat_godtas": (
        "Kvittot är inte signerat och godtas inte. Ordföranden signerar kvittot med sin nyckel i granskningsläget.",
        "The receipt is not signed and is not accepted. The chair signs the receipt with their key in review mode."),
    "services.review.kvittot_ar_signerat_nyckeln": (
        "Kvittot är signerat med nyckeln {receipt_fingerprint}, som inte är registrerad på {approver_name}; kvittot "
        "godtas inte.",
        "The receipt is signed with the key {receipt_fingerprint}, which is not registered to {approver_name}; the "
        "receipt is not accepted."),
    "services.review.kvittot_ar_signerat_nyckeln_2": (
        "Kvittot är signerat med nyckeln {receipt_fingerprint}, som har ersatts av en nyare; kvittot godtas inte.",
        "The receipt is signed with the key {receipt_fingerprint}, which has been replaced by a newer one; the "
        "receipt is not accepted."),
    "services.review.kvittots_signatur_stammer_kvittot": (
        "Kvittots signatur stämmer inte: kvittot har ändrats efter att det signerades, eller är förfalskat. Det "
        "godtas inte.",
        "The receipt's signature does not match: the receipt has been changed after it was signed, or is forged. It "
        "is not accepted."),
    "services.review.bara_anteckningar_fran_genomfort": (
        "Bara anteckningar från ett genomfört möte kan skickas för granskning.",
        "Only the minutes of a meeting that has been held can be sent for review."),
    "services.review.gruppen_hade_ingen_ordforande": (
        "Gruppen hade ingen ordförande eller vice ordförande på mötesdagen.",
        "The group had no chair or vice chair on the day of the meeting."),
    "services.review.kvittot_hor_mote_annan": (
        "Kvittot hör till ett möte i en annan grupp.",
        "The receipt belongs to a meeting of another group."),
    "services.review.anteckningarna_andrats_sedan_granskningsfilen": (
        "Anteckningarna har ändrats sedan granskningsfilen skapades. Kvittot gäller inte den nuvarande texten; "
        "skicka en ny granskningsfil.",
        "The minutes have changed since the review file was made. The receipt does not cover the current text; send "
        "a new review file."),
    "services.review.var_ordforande_vice_ordforande": (
        "{approver_name} var inte ordförande eller vice ordförande i gruppen på mötesdagen; kvittot godtas inte.",
        "{approver_name} was not the group's chair or vice chair on the day of the meeting; the receipt is not "
        "accepted."),
    "services.search.sokning_text_stods_for": (
        "Sökning i text stöds inte för databasen ({dialect}); använd SQLite eller PostgreSQL.",
        "Text search is not supported for the database ({dialect}); use SQLite or PostgreSQL."),
    "services.signing.nyckeln_ar_registrerad_pa": (
        "Nyckeln {fingerprint} är inte registrerad på {name}. Sekreteraren registrerar den publika nyckeln under "
        "Personer, Nycklar…",
        "The key {fingerprint} is not registered to {name}. The secretary registers the public key under People, "
        "Keys…"),
    "services.signing.nyckeln_ersatts_nyare_langre": (
        "Nyckeln {fingerprint} har ersatts av en nyare och kan inte längre användas.",
        "The key {fingerprint} has been replaced by a newer one and can no longer be used."),
    "services.signing.nyckeln_ar_registrerad_pa_2": (
        "Nyckeln {public_fingerprint} är redan registrerad på {value}.",
        "The key {public_fingerprint} is already registered to {value}."),
    "services.verification.stopped": (
        "Kontrollen avbröts; inget har ändrats.",
        "The check was stopped; nothing has been changed."),
    "services.mandates.varje_rapporteringskrav_maste_ha": (
        "Varje rapporteringskrav måste ha ett namn.",
        "Every reporting duty must have a name."),
    "services.meetings.ange_varfor_motet_stalls": (
        "Ange varför mötet ställs in.",
        "Say why the meeting is cancelled."),
    "services.minutes.beskriv_atgarden": (
        "Beskriv åtgärden.",
        "Describe the action."),
    "services.organisations.organisationen_maste_ha_namn": (
        "Organisationen måste ha ett namn.",
        "The organisation must have a name."),
    "services.people.personen_maste_ha_namn": (
        "Personen måste ha ett namn.",
        "The person must have a name."),
    "services.publication.mallen_behover_filnamn": (
        "Mallen behöver ett filnamn.",
        "The template needs a file name."),
    "services.minutes.no_substitutes": (
        "Uppdragshandlingen säger att gruppen inte har ersättare.",
        "The mandate says that the group has no substitutes."),
    "services.publication.draft": (
        "ett utkast",
        "a draft"),
    "services.publication.for_approval": (
        "skickade för godkännande",
        "sent for approval"),
    "services.publication.approved": (
        "godkända",
        "approved"),
    "services.publication.published": (
        "redan publicerade",
        "already published"),
    "services.meetings.gruppen_mote_krockar": (
        "Gruppen har redan ett möte som krockar: {when}.",
        "The group already has a meeting that clashes: {when}."),
    "services.meetings.krockar_gemensamma_ledamoter": (
        "Krockar med {group_name} {when} (gemensamma ledamöter: {names}).",
        "Clashes with {group_name} {when} (members in common: {names})."),
    "services.register_rows.provkorning_inget_sparats": (
        "Provkörning: inget har sparats.",
        "Trial run: nothing has been saved."),
    "services.register_rows.texten_ar_for_lang": (
        "texten i {key_word} är för lång ({value} tecken; högst {limit})",
        "the text in {key_word} is too long ({value} characters; at most {limit})"),
}
