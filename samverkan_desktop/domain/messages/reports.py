"""Messages that services return for a person to read (findings, reports, warnings): id -> (Swedish, English).

Where the language stops: document text (the minutes in Word/PDF with their draft notice, calendar files, e-mail
drafts, the meeting pack, the annual report, the published approval record, the open-data export and its
descriptions) and the audit log's summaries are not here. They stay Swedish whatever the chosen language, because
they are the group's Swedish record; so are the stored codes (domain.codes) and the holidays' Swedish names.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- services.overview: Uppföljning's findings ----------------------------------------------------
    "overview.meetings_below": (
        "{count} av minst {minimum} möten hållna eller planerade {year}",
        "{count} of at least {minimum} meetings held or planned in {year}"),
    "overview.meetings_above": (
        "{count} möten hållna eller planerade {year}, men uppdragshandlingen säger högst {maximum}",
        "{count} meetings held or planned in {year}, but the mandate says at most {maximum}"),
    "overview.late_approval": (
        "Anteckningarna från {day} har väntat {days} dagar på godkännande; uppdragshandlingen ger ordföranden "
        "{allowed} dagar",
        "The minutes of {day} have waited {days} days for approval; the mandate gives the chair {allowed} days"),
    "overview.unpublished": (
        "De godkända anteckningarna från {day} är inte publicerade",
        "The approved minutes of {day} are not published"),
    "overview.chair_term_ended": (
        "Ordförandens mandatperiod ({person}) gick ut {day}",
        "The chair's term ({person}) ended on {day}"),
    "overview.chair_term_ends": (
        "Ordförandens mandatperiod ({person}) slutar {day}",
        "The chair's term ({person}) ends on {day}"),
    "overview.next_chair_kommun": (
        "; enligt rotationen ska nästa ordförande komma från kommunsidan",
        "; by rotation the next chair comes from the municipalities' side"),
    "overview.next_chair_region": (
        "; enligt rotationen ska nästa ordförande komma från regionsidan",
        "; by rotation the next chair comes from the region's side"),
    "overview.next_chair_any": (
        "; utse nästa ordförande",
        "; appoint the next chair"),
    "overview.report_to": (
        " till {recipient}",
        " to {recipient}"),
    "overview.report_overdue": (
        "{name} skulle ha lämnats{to} senast {day}",
        "{name} should have been submitted{to} by {day}"),
    "overview.report_due": (
        "{name} ska lämnas{to} senast {day}",
        "{name} is to be submitted{to} by {day}"),
    "overview.one_action_overdue": (
        "1 åtgärd är försenad: ”{what}” skulle vara klar {day}",
        "1 action is overdue: “{what}” was due on {day}"),
    "overview.actions_overdue": (
        "{count} åtgärder är försenade; den äldsta skulle vara klar {day}",
        "{count} actions are overdue; the oldest was due on {day}"),
    "overview.anchoring_not_started": (
        "{count} ej påbörjade",
        "{count} not started"),
    "overview.anchoring_not_done": (
        "{count} förankrade men inte genomförda",
        "{count} anchored but not carried out"),
    "overview.anchoring_pending": (
        "{decisions} beslut väntar på förankring eller genomförande hos parterna ({parts})",
        "{decisions} decisions await anchoring or implementation by the parties ({parts})"),
    "overview.waiting_case": (
        "Ärendet ”{title}” har väntat i Att planera sedan {day}; {passed} möten har hållits sedan dess",
        "The case “{title}” has waited in To plan since {day}; {passed} meetings have been held since"),
    "overview.wheel_meeting": (
        "Möte {time}",
        "Meeting {time}"),
    "overview.wheel_extra_meeting": (
        "Extra möte {time}",
        "Extra meeting {time}"),
    # -- domain.calendar: planning warnings ----------------------------------------------------------
    "calendar.year_count_below": (
        "{year} har {meetings}, men uppdragshandlingen säger minst {minimum}.",
        "{year} has {meetings}, but the mandate says at least {minimum}."),
    "calendar.year_count_above": (
        "{year} har {meetings}, men uppdragshandlingen säger högst {maximum}.",
        "{year} has {meetings}, but the mandate says at most {maximum}."),
    "calendar.one_meeting": ("{count} möte", "{count} meeting"),
    "calendar.meetings": ("{count} möten", "{count} meetings"),
    "calendar.holiday": ("{day} är {name}.", "{day} is a Swedish holiday ({name})."),
    "calendar.weekend": ("{day} är en {weekday}.", "{day} is a {weekday}."),
    "calendar.saturday": ("lördag", "Saturday"),
    "calendar.sunday": ("söndag", "Sunday"),
    # -- verification: minutes against their approvals -------------------------------------------------
    "verify.minutes_changed": (
        "{group_name} {meeting_on}: de godkända anteckningarna har ändrats ({what}).",
        "{group_name} {meeting_on}: the approved minutes have been changed ({what})."),
    "verify.the_content": ("innehållet", "the content"),
    "verify.approval_missing": ("godkännandet saknas", "the approval is missing"),
    "verify.part.meeting": ("mötesuppgifterna", "the meeting's details"),
    "verify.part.attendance": ("närvaron", "the attendance"),
    "verify.part.items": ("punkterna", "the items"),
    "verify.part.no_attendance_reason": ("skälet till att närvaron inte antecknades",
                                         "the reason the attendance was not recorded"),
    "verify.item_changed": ("§ {paragraph} ({fields})", "§ {paragraph} ({fields})"),
    "verify.field.position": ("ordning", "order"),
    "verify.field.paragraph": ("§", "§"),
    "verify.field.title": ("rubrik", "heading"),
    "verify.field.kind": ("typ", "kind"),
    "verify.field.presenter": ("föredragande", "presenter"),
    "verify.field.confidential": ("konfidentiell", "confidential"),
    "verify.field.notes": ("anteckningar", "notes"),
    "verify.field.decision": ("beslut", "decision"),
    "verify.field.outcome": ("utfall", "outcome"),
    "verify.field.reason": ("motivering", "reasoning"),
    "verify.field.target_group": ("mottagande grupp", "receiving group"),
    "verify.field.actions": ("åtgärder", "actions"),
    "verify.field.other": ("andra uppgifter", "other details"),
    # -- signatures ------------------------------------------------------------------------------------
    "verify.signature_invalid": ("{where}: ogiltig signatur ({problem}).", "{where}: invalid signature ({problem})."),
    "verify.unsigned": ("{where}: osignerat godkännande av {approver}.", "{where}: unsigned approval by {approver}."),
    "verify.signed": ("{where}: signerat av {approver} med nyckel {fingerprint}.",
                      "{where}: signed by {approver} with key {fingerprint}."),
    "verify.seal.incomplete": ("signaturen är ofullständig", "the signature is incomplete"),
    "verify.seal.unknown_key": ("nyckeln finns inte i registret", "the key is not in the register"),
    "verify.seal.other_person": ("nyckeln tillhör en annan person än den som godkände",
                                 "the key belongs to someone other than the approver"),
    "verify.seal.replaced_key": ("nyckeln var ersatt när godkännandet gjordes",
                                 "the key had been replaced when the approval was made"),
    "verify.seal.mismatch": ("signaturen stämmer inte med det signerade innehållet och nyckeln",
                             "the signature does not match the signed content and the key"),
    "verify.seal.unreadable": ("det signerade innehållet kan inte läsas", "the signed content cannot be read"),
    "verify.seal.wrong_approval": ("det signerade innehållet gäller inte det här godkännandet: {labels}",
                                   "the signed content is not about this approval: {labels}"),
    "verify.seal.label.content_hash": ("kontrollsumman", "the checksum"),
    "verify.seal.label.meeting_id": ("mötet", "the meeting"),
    "verify.seal.label.approver_id": ("den som godkände", "the approver"),
    "verify.seal.label.approved_at": ("tidpunkten", "the time"),
    "verify.seal.label.approved": ("att det är ett godkännande", "that it is an approval"),
    # -- the audit chain -------------------------------------------------------------------------------
    "verify.chain_broken": (
        "Granskningsloggen är bruten vid händelse {event_id} ({when}, {entity}: {action}): {reason}.",
        "The audit log is broken at event {event_id} ({when}, {entity}: {action}): {reason}."),
    "verify.chain.no_hash": ("händelsen saknar kontrollsumma (skriven utanför programmet)",
                             "the event has no checksum (written outside the program)"),
    "verify.chain.not_linked": (
        "den pekar inte på händelsen före den (en händelse före den har tagits bort, lagts till eller ändrats)",
        "it does not point at the event before it (an event before it has been removed, added or changed)"),
    "verify.chain.first_not_linked": ("den första händelsen pekar på en händelse som saknas",
                                      "the first event points at an event that is missing"),
    "verify.chain.changed": ("innehållet har ändrats efter att händelsen skrevs",
                             "the content has been changed since the event was written"),
    # -- services.register_rows / register_import: the register import's report ----------------------
    "register.row_problem": ("{source}, rad {number}: {problem}", "{source}, row {number}: {problem}"),
    "register.kind_summary": (
        "{sheet}: {added} tillagda, {changed} ändrade, {unchanged} oförändrade",
        "{sheet}: {added} added, {changed} changed, {unchanged} unchanged"),
    "register.rows_have_problems": ("{count} rader har problem; inget har importerats:",
                                    "{count} rows have problems; nothing has been imported:"),
    "register.would_give": ("Skulle ge: {summary}", "Would give: {summary}"),
    "register.imported": ("Importerat: {summary}", "Imported: {summary}"),
    "register.sheet.organisations": ("Organisationer", "Organisations"),
    "register.sheet.groups": ("Grupper", "Groups"),
    "register.sheet.people": ("Personer", "People"),
    "register.sheet.memberships": ("Medlemskap", "Memberships"),
    "register.unknown_organisation": (
        "organisationen \"{name}\" finns inte; lägg till den på bladet Organisationer (eller i registret) först",
        "the organisation \"{name}\" does not exist; add it on the sheet Organisationer (or in the register) first"),
    "register.group_active_ends_first": ("gruppen kan inte sluta vara aktiv innan den börjar",
                                         "the group cannot stop being active before it starts"),
    "register.same_group_other_details": ("samma grupp som rad {number} men med andra uppgifter",
                                          "the same group as row {number} but with other details"),
    "register.unknown_parent": ("den överordnade gruppen \"{name}\" finns inte",
                                "the parent group \"{name}\" does not exist"),
    "register.own_parent": ("en grupp kan inte rapportera till sig själv", "a group cannot report to itself"),
    "register.parent_cycle": ("gruppernas överordnade grupper går i en cirkel",
                              "the groups' parent groups go round in a circle"),
    "register.no_such_date": ("datumet {value} finns inte", "the date {value} does not exist"),
    "register.email_without_at": ("e-postadressen saknar @", "the email address has no @"),
    "register.same_name_at": (" på {employer}", " at {employer}"),
    "register.same_name": ("flera personer heter {name}{where}; ange e-postadressen för att skilja dem åt",
                           "several people are called {name}{where}; give the email address to tell them apart"),
    "register.membership_ends_first": ("medlemskapet kan inte sluta innan det börjar",
                                       "the membership cannot end before it starts"),
    "register.unknown_group": ("gruppen \"{name}\" finns inte; lägg till den på bladet Grupper först",
                               "the group \"{name}\" does not exist; add it on the sheet Grupper first"),
    "register.same_row_other_details": ("samma {what} som rad {number} men med andra uppgifter",
                                        "the same {what} as row {number} but with other details"),
    "register.what.organisation": ("organisation", "organisation"),
    "register.what.person": ("person", "person"),
    "register.what.membership": ("medlemskap", "membership"),
    "register.name_missing": ("namn saknas", "name missing"),
    "register.group_name_missing": ("gruppens namn saknas", "the group's name is missing"),
    "register.group_missing": ("gruppen saknas", "the group is missing"),
    "register.person_name_missing": ("personens namn saknas", "the person's name is missing"),
    "register.key.name": ("namn", "name"),
    "register.key.short_name": ("kortnamn", "short name"),
    "register.key.title": ("titel", "title"),
    "register.key.email": ("e-post", "email"),
    "register.key.phone": ("telefon", "phone"),
    "register.key.organisation": ("organisation", "organisation"),
    "register.key.group": ("grupp", "group"),
    "register.key.person": ("namn", "name"),
    "register.key.represents": ("representerar", "represents"),
    "register.key.parent": ("överordnad grupp", "parent group"),
    "register.key.valid_from": ("från", "from"),
    "register.key.valid_to": ("till", "to"),
    "register.key.active_from": ("aktiv från", "active from"),
    "register.key.active_to": ("aktiv till", "active to"),
    "register.key.kind": ("typ", "kind"),
    "register.key.role": ("roll", "role"),
    # -- domain.approval_record / export.approval_record: a published folder checked ----------------------
    "record.withheld_note": ("innehållet publiceras inte ({why}); kontrollsumman kan bara räknas om i databasen",
                             "the content is not published ({why}); the checksum can only be recomputed in the "
                             "database"),
    "record.content_mismatch": ("innehållet stämmer inte med kontrollsumman",
                                "the content does not match the checksum"),
    "record.unsigned": ("osignerat godkännande av {approver}", "unsigned approval by {approver}"),
    "record.invalid_signature": ("ogiltig signatur ({problem})", "invalid signature ({problem})"),
    "record.signed": ("signerat av {approver} med nyckel {fingerprint}",
                      "signed by {approver} with key {fingerprint}"),
    "record.key_damaged": ("den publika nyckeln saknas eller är skadad", "the public key is missing or damaged"),
    "record.fingerprint_mismatch": ("fingeravtrycket hör inte till den publika nyckeln",
                                    "the fingerprint does not belong to the public key"),
    "record.other_minutes": ("det signerade innehållet gäller andra anteckningar",
                             "the signed content is about other minutes"),
    "record.not_approval": ("det signerade är inget godkännande", "what was signed is not an approval"),
    "published.failed_line": ("FEL  {text}", "ERROR  {text}"),
    "published.ok_line": ("OK   {title}: {notes}; {count} filer stämmer.",
                          "OK   {title}: {notes}; {count} files match."),
    "published.all_ok": ("Den publicerade mappen stämmer: {records} godkännandeposter, alla filer har sina "
                         "kontrollsummor.",
                         "The published folder is sound: {records} approval records, every file has its checksum."),
    "published.errors": ("{problems} fel i den publicerade mappen {folder}.",
                         "{problems} errors in the published folder {folder}."),
    "published.not_folder": ("{folder} är ingen mapp.", "{folder} is not a folder."),
    "published.unreadable": ("{name} kan inte läsas.", "{name} cannot be read."),
    "published.bad_name": ("otillåtet filnamn {name}", "file name not allowed {name}"),
    "published.missing": ("{name} saknas", "{name} is missing"),
    "published.changed": ("{name} har ändrats (kontrollsumman stämmer inte med godkännandeposten)",
                          "{name} has been changed (the checksum does not match the approval record)"),
    "published.manifest_differs": ("{name}: {manifest} anger en annan kontrollsumma",
                                   "{name}: {manifest} gives another checksum"),
    "published.manifest_unreadable": ("{manifest} saknas eller kan inte läsas i {folder}.",
                                      "{manifest} is missing or cannot be read in {folder}."),
    "published.manifest_mismatch": ("{name}: filen saknas eller stämmer inte med {manifest}.",
                                    "{name}: the file is missing or does not match {manifest}."),
    "published.no_record": ("{name}: ingen godkännandepost (publicerad före signerade godkännanden, eller borttagen).",
                            "{name}: no approval record (published before signed approvals, or removed)."),
    # -- services.attachments: the attachments' check, and why a file could not be read -------------------
    "attachments.missing": ("{group_name} {meeting_on}, {item_title}: bilagan {file_name} saknas.",
                            "{group_name} {meeting_on}, {item_title}: the attachment {file_name} is missing."),
    "attachments.damaged": (
        "{group_name} {meeting_on}, {item_title}: bilagan {file_name} är skadad (stämmer inte med sin kontrollsumma).",
        "{group_name} {meeting_on}, {item_title}: the attachment {file_name} is damaged (it does not match its "
        "checksum)."),
    "attachments.reason.bad_character": ("sökvägen innehåller ett otillåtet tecken",
                                         "the path contains a character that is not allowed"),
    "attachments.reason.not_found": ("den finns inte", "it does not exist"),
    "attachments.reason.permission": ("du saknar behörighet att läsa den", "you are not allowed to read it"),
    "attachments.reason.folder": ("det är en mapp", "it is a folder"),
    "attachments.reason.read_error": ("läsfel", "read error"),
    # -- services.review: a receipt read in -----------------------------------------------------------------
    "review.receipt_approved": (
        "{author} har godkänt anteckningarna från {meeting_on} (signerat med nyckel {fingerprint}).",
        "{author} has approved the minutes of {meeting_on} (signed with key {fingerprint})."),
    "review.receipt_comments": (
        "{author} har lämnat kommentarer på anteckningarna från {meeting_on} (signerat med nyckel {fingerprint}).",
        "{author} has commented on the minutes of {meeting_on} (signed with key {fingerprint})."),
    # -- planning warnings of services.agenda and services.meetings ----------------------------------------
    "agenda.time_over": ("Punkterna är planerade till {planned} minuter, men mötet är {length} minuter långt.",
                         "The items are planned for {planned} minutes, but the meeting is {length} minutes long."),
    "meetings.and_others": (" m.fl.", " and others"),
    "mail.too_large": (
        "Meddelandet med bilagor är {megabytes} MB. Många e-postservrar tar inte emot meddelanden över 20 MB: dela "
        "hellre möteshandlingarna via en gemensam mapp eller skicka dem i flera meddelanden.",
        "The message with attachments is {megabytes} MB. Many mail servers do not accept messages over 20 MB: share "
        "the meeting pack through a common folder instead, or send it in several messages."),
    # -- services.legacy_minutes: the plan of a Word minutes' import --------------------------------------
    "legacy.status.present": ("närvarande", "present"),
    "legacy.status.excused": ("anmält förhinder", "sent apologies"),
    "legacy.status.guests": ("adjungerad/gäst", "co-opted/guest"),
    "legacy.several_members": ("flera medlemmar med det namnet", "several members with that name"),
    "legacy.no_member": ("ingen medlem i {group_name} med det namnet", "no member of {group_name} with that name"),
    "legacy.and_more": (" och {count} till", " and {count} more"),
}
