<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name></name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutad av</translation>
    </message>
    <message>
        <source>Registry reference</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Meetings per year</source>
        <translation>Möten per år</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Ändra åtgärd</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Ansvarig person</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>Ansvarig organisation</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Klar den</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
    <message>
        <source>Open and in progress</source>
        <translation>Öppna och pågående</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>Bara försenade</translation>
    </message>
    <message>
        <source>With sub-groups</source>
        <translation>Med undergrupper</translation>
    </message>
    <message>
        <source>Also the actions of the groups that report to the chosen group</source>
        <translation>Även åtgärderna i grupperna som rapporterar till den valda gruppen</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportera till Excel…</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Export actions</source>
        <translation>Exportera åtgärder</translation>
    </message>
    <message>
        <source>Actions: %1, of which overdue: %2</source>
        <translation>Åtgärder: %1, varav försenade: %2</translation>
    </message>
    <message>
        <source>Choose an action in the list first.</source>
        <translation>Välj först en åtgärd i listan.</translation>
    </message>
    <message>
        <source>The action is already done.</source>
        <translation>Åtgärden är redan klar.</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Edit item</source>
        <translation>Redigera punkt</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Ny punkt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Föredragande</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Planerade minuter</translation>
    </message>
    <message>
        <source>Confidential (left out of the published minutes)</source>
        <translation>Sekretess (utelämnas i publicerade anteckningar)</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Föredragande</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>(no outcome)</source>
        <translation>(utfall saknas)</translation>
    </message>
    <message>
        <source>Confidential: left out of the published minutes</source>
        <translation>Sekretess: utelämnas i publicerade anteckningar</translation>
    </message>
</context>
<context>
    <name>AnchoringDialog</name>
    <message>
        <source>Anchoring</source>
        <translation>Förankring</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>AnchoringTab</name>
    <message>
        <source>All parties</source>
        <translation>Alla parter</translation>
    </message>
    <message>
        <source>Only awaiting anchoring or implementation</source>
        <translation>Bara de som väntar på förankring eller genomförande</translation>
    </message>
    <message>
        <source>Record anchoring…</source>
        <translation>Registrera förankring…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportera till Excel…</translation>
    </message>
    <message>
        <source>Clear anchoring of procedural items…</source>
        <translation>Rensa förankring för formaliapunkter…</translation>
    </message>
    <message>
        <source>Removes the not yet started anchoring rows of procedural items (approving the agenda, the previous minutes, choosing a justerare), which need no anchoring.</source>
        <translation>Tar bort ej påbörjade förankringsrader för formaliapunkter (godkännande av dagordningen, föregående minnesanteckningar, val av justerare), som inte behöver förankras.</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>&amp;Part</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Anchoring</source>
        <translation>Förankring</translation>
    </message>
    <message>
        <source>Export anchoring</source>
        <translation>Exportera förankring</translation>
    </message>
    <message>
        <source>Clear anchoring</source>
        <translation>Rensa förankring</translation>
    </message>
    <message>
        <source>No procedural item has anchoring rows waiting to be cleared.</source>
        <translation>Inga formaliapunkter har förankringsrader att rensa.</translation>
    </message>
    <message>
        <source>Remove the not started anchoring rows of procedural items (%1)? Rows a party has worked on are kept.</source>
        <translation>Ta bort ej påbörjade förankringsrader för formaliapunkter (%1)? Rader som en part har arbetat med behålls.</translation>
    </message>
    <message>
        <source>Anchoring rows removed: %1.</source>
        <translation>Borttagna förankringsrader: %1.</translation>
    </message>
    <message>
        <source>Choose a row in the list first.</source>
        <translation>Välj först en rad i listan.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalBar</name>
    <message>
        <source>Send for approval</source>
        <translation>Skicka för godkännande</translation>
    </message>
    <message>
        <source>Review file…</source>
        <translation>Granskningsfil…</translation>
    </message>
    <message>
        <source>Import receipt…</source>
        <translation>Importera kvitto…</translation>
    </message>
    <message>
        <source>Record approval…</source>
        <translation>Registrera godkännande…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Öppna igen…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historik…</translation>
    </message>
    <message>
        <source>Minutes: %1, checksum %2</source>
        <translation>Anteckningar: %1, kontrollsumma %2</translation>
    </message>
    <message>
        <source>Mark the meeting as held first (“Mark as held”).</source>
        <translation>Markera först mötet som genomfört (”Markera som genomfört”).</translation>
    </message>
    <message>
        <source>The minutes are %1: reopen them to change anything.</source>
        <translation>Anteckningarna är %1: öppna dem igen för att ändra något.</translation>
    </message>
    <message>
        <source>The minutes have been sent for approval already.</source>
        <translation>Anteckningarna är redan skickade för godkännande.</translation>
    </message>
    <message>
        <source>Draft minutes are open for changes: there is nothing to reopen.</source>
        <translation>Ett utkast är öppet för ändringar: det finns inget att öppna igen.</translation>
    </message>
    <message>
        <source>Review file</source>
        <translation>Granskningsfil</translation>
    </message>
    <message>
        <source>Save review file</source>
        <translation>Spara granskningsfil</translation>
    </message>
    <message>
        <source>Review files (*%1)</source>
        <translation>Granskningsfiler (*%1)</translation>
    </message>
    <message>
        <source>Review file saved: %1</source>
        <translation>Granskningsfilen är sparad: %1</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Importera kvitto</translation>
    </message>
    <message>
        <source>Receipts (*%1)</source>
        <translation>Kvitton (*%1)</translation>
    </message>
    <message>
        <source>The receipt is too large and cannot be used.</source>
        <translation>Kvittot är för stort och kan inte användas.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvitto</translation>
    </message>
    <message>
        <source>Receipt refused</source>
        <translation>Kvittot godtas inte</translation>
    </message>
    <message>
        <source>Signed by %1 with key %2</source>
        <translation>Signerat av %1 med nyckel %2</translation>
    </message>
    <message>
        <source>Unsigned approval: the approval does not show who made it</source>
        <translation>Osignerat godkännande: godkännandet visar inte vem som gjorde det</translation>
    </message>
    <message>
        <source>The receipt %1 cannot be read.</source>
        <translation>Kvittot %1 kan inte läsas.</translation>
    </message>
    <message>
        <source>Who approves these minutes?</source>
        <translation>Vem godkänner anteckningarna?</translation>
    </message>
    <message>
        <source>The chair, %1</source>
        <translation>Ordföranden, %1</translation>
    </message>
    <message>
        <source>The vice chair, %1</source>
        <translation>Vice ordföranden, %1</translation>
    </message>
    <message>
        <source>The minutes are marked as sent for approval.</source>
        <translation>Minnesanteckningarna är markerade som skickade för godkännande.</translation>
    </message>
    <message>
        <source>No attendance has been recorded for this meeting.</source>
        <translation>Ingen närvaro är antecknad för mötet.</translation>
    </message>
    <message>
        <source>Record who attended on the Attendance tab first, or send the minutes without attendance and say why: the minutes will say so.</source>
        <translation>Anteckna först vilka som deltog på fliken Närvaro, eller skicka anteckningarna utan närvaro och ange varför: anteckningarna säger det då.</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Anteckna närvaro</translation>
    </message>
    <message>
        <source>No attendance recorded…</source>
        <translation>Ingen närvaro antecknad…</translation>
    </message>
    <message>
        <source>No attendance recorded</source>
        <translation>Ingen närvaro antecknad</translation>
    </message>
    <message>
        <source>Why is no attendance recorded? The minutes will say:</source>
        <translation>Varför antecknas ingen närvaro? Anteckningarna kommer att säga:</translation>
    </message>
    <message>
        <source>Published; approved by %1 %2 on %3 (checksum %4)</source>
        <translation>Publicerade; godkända av %1 %2 den %3 (kontrollsumma %4)</translation>
    </message>
    <message>
        <source>Approved by %1 %2 on %3 (checksum %4)</source>
        <translation>Godkända av %1 %2 den %3 (kontrollsumma %4)</translation>
    </message>
    <message>
        <source>Minutes %1: the approval no longer holds, the content has changed since (checksum now %2)</source>
        <translation>Anteckningar (%1): godkännandet gäller inte längre, innehållet har ändrats efteråt (kontrollsumma nu %2)</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve minutes</source>
        <translation>Godkänn anteckningarna</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Godkända av</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(välj)</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Kontrollsumma</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Sign with the key %1 (passphrase)</source>
        <translation>Signera med nyckeln %1 (lösenfras)</translation>
    </message>
    <message>
        <source>Unsigned approval: the approver&apos;s key is not in this data folder</source>
        <translation>Osignerat godkännande: godkännarens nyckel finns inte i den här datamappen</translation>
    </message>
    <message>
        <source>Unsigned approval: the approver has no registered key</source>
        <translation>Osignerat godkännande: godkännaren har ingen registrerad nyckel</translation>
    </message>
    <message>
        <source>Choose who approves.</source>
        <translation>Välj vem som godkänner.</translation>
    </message>
    <message>
        <source>You sign the approval of these minutes, checksum %1.</source>
        <translation>Du signerar godkännandet av anteckningarna, kontrollsumma %1.</translation>
    </message>
    <message>
        <source>The approval was not signed: enter the passphrase, or untick signing.</source>
        <translation>Godkännandet signerades inte: ange lösenfrasen, eller avmarkera signeringen.</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attach file…</source>
        <translation>Bifoga fil…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Spara som…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Bifoga fil</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>Inget program på den här datorn kan öppna %1.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Spara bilaga</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Ta bort bilaga</translation>
    </message>
    <message>
        <source>Remove %1 from the item? This cannot be undone.</source>
        <translation>Ta bort %1 från punkten? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>The minutes are approved or the meeting cancelled: attachments can be opened and saved, not added or removed.</source>
        <translation>Anteckningarna är godkända eller mötet inställt: bilagor kan öppnas och sparas, inte läggas till eller tas bort.</translation>
    </message>
    <message>
        <source>Choose an attachment in the list first.</source>
        <translation>Välj först en bilaga i listan.</translation>
    </message>
    <message>
        <source>Choose an agenda item first.</source>
        <translation>Välj först en punkt på dagordningen.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance: %1</source>
        <translation>Närvaro: %1</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Substitute for</source>
        <translation>Ersättare för</translation>
    </message>
    <message>
        <source>(no one)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Present from §</source>
        <translation>Närvarande från §</translation>
    </message>
    <message>
        <source>Present to §</source>
        <translation>Närvarande till §</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observera</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Sent apologies</source>
        <translation>Anmält förhinder</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <source>Substitute or part of meeting…</source>
        <translation>Ersättare eller del av mötet…</translation>
    </message>
    <message>
        <source>Add guest or co-opted…</source>
        <translation>Lägg till gäst eller adjungerad…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Choose one or more people in the list first.</source>
        <translation>Välj först en eller flera personer i listan.</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>Välj först en person i listan.</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <source>Add to attendance</source>
        <translation>Lägg till på närvarolistan</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(välj)</translation>
    </message>
    <message>
        <source>Co-opted member (not a guest)</source>
        <translation>Adjungerad (inte gäst)</translation>
    </message>
    <message>
        <source>Choose a person.</source>
        <translation>Välj en person.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Stop</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>tagen för hand</translation>
    </message>
    <message>
        <source>when the program closed</source>
        <translation>när programmet stängdes</translation>
    </message>
    <message>
        <source>automatic, after changes</source>
        <translation>automatisk, efter ändringar</translation>
    </message>
    <message>
        <source>before an approval</source>
        <translation>före ett godkännande</translation>
    </message>
    <message>
        <source>before a publication</source>
        <translation>före en publicering</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>före en återställning</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Mapp: %1</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Inga säkerhetskopior ännu.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Ta en säkerhetskopia nu</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Återställ…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>before a database upgrade</source>
        <translation>före en uppgradering av databasen</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Tar säkerhetskopia…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
        <source>Restore the database to the backup from %1?

Everything changed since then is replaced. A backup of the database as it is now is taken first, so this can be undone.</source>
        <translation>Återställa databasen till säkerhetskopian från %1?

Allt som ändrats sedan dess ersätts. En säkerhetskopia av databasen som den är nu tas först, så att det går att ångra.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Återställer…</translation>
    </message>
    <message>
        <source>The database is restored.</source>
        <translation>Databasen är återställd.</translation>
    </message>
    <message>
        <source>What it replaced is kept as a backup: %1</source>
        <translation>Det som ersattes finns kvar som säkerhetskopia: %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>Dölj meddelandet</translation>
    </message>
</context>
<context>
    <name>CancelMeetingDialog</name>
    <message>
        <source>Cancel meeting</source>
        <translation>Ställ in mötet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
</context>
<context>
    <name>CasesTab</name>
    <message>
        <source>Put on an agenda…</source>
        <translation>Sätt på dagordning…</translation>
    </message>
    <message>
        <source>To plan: referred back, deferred or escalated here</source>
        <translation>Att planera: återremitterade, bordlagda eller lyfta hit</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alla ärenden</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historik: %1</translation>
    </message>
    <message>
        <source>No case is waiting to be planned.</source>
        <translation>Inget ärende väntar på att planeras.</translation>
    </message>
</context>
<context>
    <name>CommentTableModel</name>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>CompactWarning</name>
    <message>
        <source>Show details</source>
        <translation>Visa detaljer</translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation> (+%1 till)</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Dölj detaljer</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Shared database</source>
        <translation>Delad databas</translation>
    </message>
    <message>
        <source>A region&apos;s shared PostgreSQL database. Everyone logs in with their own login; the server decides what each login may read and change. Used from the next start.</source>
        <translation>Regionens delade PostgreSQL-databas. Var och en loggar in med en egen inloggning; servern avgör vad varje inloggning får läsa och ändra. Används från nästa start.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <source>My Windows login (single sign-on, no password)</source>
        <translation>Min Windows-inloggning (enkel inloggning, inget lösenord)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Logga in med</translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s keyring (never in a file)</source>
        <translation>Spara lösenordet i datorns nyckelring (aldrig i en fil)</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>Encrypted, certificate and server name checked (verify-full)</source>
        <translation>Krypterad, certifikat och servernamn kontrolleras (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted, certificate checked (verify-ca)</source>
        <translation>Krypterad, certifikatet kontrolleras (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked (not recommended)</source>
        <translation>Krypterad, certifikatet kontrolleras inte (rekommenderas inte)</translation>
    </message>
    <message>
        <source>the region&apos;s CA certificate (.pem)</source>
        <translation>regionens CA-certifikat (.pem)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-certifikat</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <source>Use a database file on this computer instead</source>
        <translation>Använd en databasfil på den här datorn i stället</translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation>finns i nyckelringen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certifikat (*.pem *.crt *.cer);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Enter the name of the database server.</source>
        <translation>Ange databasserverns namn.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Ange databasens namn.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Ansluten som %1.</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Import minutes from Word…</source>
        <translation>Importera anteckningar från Word…</translation>
    </message>
    <message>
        <source>Export open data (OParl)…</source>
        <translation>Exportera öppna data (OParl)…</translation>
    </message>
    <message>
        <source>Export everything…</source>
        <translation>Exportera allt…</translation>
    </message>
    <message>
        <source>Import minutes from Word</source>
        <translation>Importera anteckningar från Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Word-dokument (*.docx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>Filen %1 kunde inte läsas.</translation>
    </message>
    <message>
        <source>Imported %1 items into a new meeting of %2. The minutes are a draft.</source>
        <translation>%1 punkter importerade till ett nytt möte i %2. Anteckningarna är ett utkast.</translation>
    </message>
    <message>
        <source>Not recognised as members: %1</source>
        <translation>Kändes inte igen som medlemmar: %1</translation>
    </message>
    <message>
        <source>Create the group first.</source>
        <translation>Lägg upp gruppen först.</translation>
    </message>
    <message>
        <source>Which group&apos;s minutes are these?</source>
        <translation>Vilken grupps anteckningar är det här?</translation>
    </message>
    <message>
        <source>Export open data (OParl)</source>
        <translation>Exportera öppna data (OParl)</translation>
    </message>
    <message>
        <source>Web address the folder will be published at:</source>
        <translation>Webbadressen mappen publiceras på:</translation>
    </message>
    <message>
        <source>Writing open data…</source>
        <translation>Skriver öppna data…</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Öppna data</translation>
    </message>
    <message>
        <source>The OParl tree in %1 holds %2 objects; %3 files were written and %4 objects are marked deleted.</source>
        <translation>OParl-trädet i %1 har %2 objekt; %3 filer skrevs och %4 objekt är markerade som borttagna.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Exportera allt</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-filer (*.zip)</translation>
    </message>
    <message>
        <source>Exporting everything…</source>
        <translation>Exporterar allt…</translation>
    </message>
    <message>
        <source>Stopped; no file was written.</source>
        <translation>Avbrutet; ingen fil skrevs.</translation>
    </message>
    <message>
        <source>Saved %1: %2 tables with %3 rows, %4 attachments, the audit log and a README describing every file.</source>
        <translation>Sparade %1: %2 tabeller med %3 rader, %4 bilagor, granskningsloggen och en README som beskriver varje fil.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Ange ett datum.</translation>
    </message>
    <message>
        <source>“%1” is not a valid date. Write the date as YYYY-MM-DD, for example 2026-03-10.</source>
        <translation>”%1” är inget giltigt datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-10.</translation>
    </message>
</context>
<context>
    <name>DecisionLog</name>
    <message>
        <source>confidential</source>
        <translation>konfidentiell</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
</context>
<context>
    <name>DecisionLogTab</name>
    <message>
        <source>Search titles, notes and decisions (förank* finds förankring)…</source>
        <translation>Sök i rubriker, anteckningar och beslut (förank* hittar förankring)…</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alla utfall</translation>
    </message>
    <message>
        <source>All case statuses</source>
        <translation>Alla ärendestatusar</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportera till Excel…</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exportera till CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>%1 decisions</source>
        <translation>%1 beslut</translation>
    </message>
    <message>
        <source>More than %1 decisions</source>
        <translation>Fler än %1 beslut</translation>
    </message>
    <message>
        <source>Could not be exported</source>
        <translation>Kunde inte exporteras</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
    <message>
        <source>Export decision log</source>
        <translation>Exportera beslutslogg</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterat</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Sparad som %1.</translation>
    </message>
</context>
<context>
    <name>DisabledReason</name>
    <message>
        <source>The database is opened read-only: nothing can be changed here.</source>
        <translation>Databasen är öppnad med skrivskydd: här kan inget ändras.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation>Importerat</translation>
    </message>
    <message>
        <source>Everything was saved in one go; a backup was taken first.</source>
        <translation>Allt sparades i ett svep; en säkerhetskopia togs först.</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <source>End membership</source>
        <translation>Avsluta medlemskap</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>The membership stays in the group&apos;s history; it is no longer current after this day.</source>
        <translation>Medlemskapet finns kvar i gruppens historik; efter den här dagen är det inte längre aktuellt.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Oväntat fel</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>The program ran into an error it did not expect and could not finish what you asked it to do. It is still running, and what was saved before is kept. If it happens again, copy the report and send it to your IT support.</source>
        <translation>Programmet stötte på ett fel som det inte räknade med och kunde inte slutföra det du bad om. Det är fortfarande igång, och det som sparades tidigare finns kvar. Om det händer igen: kopiera rapporten och skicka den till din IT-support.</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Vad som hände: %1</translation>
    </message>
    <message>
        <source>no log file could be written</source>
        <translation>ingen loggfil kunde skrivas</translation>
    </message>
    <message>
        <source>The log is here: %1</source>
        <translation>Loggen finns här: %1</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Kopiera rapport</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Öppna loggmappen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The report is copied: paste it into an e-mail to your IT support.</source>
        <translation>Rapporten är kopierad: klistra in den i ett e-postmeddelande till din IT-support.</translation>
    </message>
</context>
<context>
    <name>ExcelExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Sparad i %1.</translation>
    </message>
    <message>
        <source>Could not be exported</source>
        <translation>Kunde inte exporteras</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Välj filen</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with organisations, people, groups or memberships. The template shows the columns the import knows.</source>
        <translation>En Excel-arbetsbok (.xlsx) eller en CSV-fil med organisationer, personer, grupper eller medlemskap. Mallen visar vilka kolumner importen känner till.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>Spara mall…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Sheets named Organisationer, Personer, Grupper and Medlemskap are recognised by their names, other sheets and CSV files by their headers (Namn, E-post, Organisation, Grupp, Roll, Från, Till …). Importing again updates instead of duplicating; an empty cell changes nothing.</source>
        <translation>Blad som heter Organisationer, Personer, Grupper och Medlemskap känns igen på namnet, andra blad och CSV-filer på rubrikerna (Namn, E-post, Organisation, Grupp, Roll, Från, Till …). En ny import uppdaterar i stället för att dubblera; en tom cell ändrar inget.</translation>
    </message>
    <message>
        <source>Import register</source>
        <translation>Importera register</translation>
    </message>
    <message>
        <source>Excel workbooks and CSV files (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Excel-arbetsböcker och CSV-filer (*.xlsx *.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Spara mall</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not be saved</source>
        <translation>Kunde inte sparas</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Sparad i %1.</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>Welcome to Samverkan</source>
        <translation>Välkommen till Samverkan</translation>
    </message>
    <message>
        <source>The database is empty. Choose how to begin; you can do the others later from the menus.</source>
        <translation>Databasen är tom. Välj hur du vill börja; resten når du senare från menyerna.</translation>
    </message>
    <message>
        <source>&amp;Import the register from Excel…</source>
        <translation>&amp;Importera registret från Excel…</translation>
    </message>
    <message>
        <source>Load the &amp;demo data</source>
        <translation>Läs in &amp;demodata</translation>
    </message>
    <message>
        <source>Create the first &amp;group…</source>
        <translation>Skapa den första &amp;gruppen…</translation>
    </message>
    <message>
        <source>Read the &amp;user guide</source>
        <translation>Läs &amp;användarguiden</translation>
    </message>
    <message>
        <source>Organisations, people, groups and memberships from a workbook; a template shows the columns.</source>
        <translation>Organisationer, personer, grupper och medlemskap från en arbetsbok; en mall visar kolumnerna.</translation>
    </message>
    <message>
        <source>The groups of Göteborgsområdet, VGR and the South-east healthcare region with their mandates, invented members and meetings in every state: to try things out.</source>
        <translation>Grupperna i Göteborgsområdet, VGR och Sydöstra sjukvårdsregionen med uppdrag, påhittade ledamöter och möten i alla lägen: för att prova.</translation>
    </message>
    <message>
        <source>Start from scratch: name the group, then add its members and mandate.</source>
        <translation>Börja från början: namnge gruppen och lägg sedan till ledamöter och uppdrag.</translation>
    </message>
    <message>
        <source>The daily flow, from the agenda to published minutes.</source>
        <translation>Det dagliga arbetet, från dagordning till publicerade anteckningar.</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Beslutad vid</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Vad som behöver göras</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Report submitted…</source>
        <translation>Rapport lämnad…</translation>
    </message>
    <message>
        <source>Mark the chosen report as submitted, or take the mark back</source>
        <translation>Markera den valda rapporten som lämnad, eller ta tillbaka markeringen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Beslutslogg</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Anchoring</source>
        <translation>Förankring</translation>
    </message>
    <message>
        <source>Year wheel</source>
        <translation>Årshjul</translation>
    </message>
    <message>
        <source>Choose a report in the overview or the year wheel to mark it as submitted.</source>
        <translation>Välj en rapport i översikten eller årshjulet för att markera den som lämnad.</translation>
    </message>
    <message>
        <source>Report submitted</source>
        <translation>Rapport lämnad</translation>
    </message>
    <message>
        <source>The report is no longer due then.</source>
        <translation>Rapporten ska inte längre lämnas då.</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>till %1</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Check before saving</source>
        <translation>Kontrollera innan du sparar</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Spara ändå?</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Edit group</source>
        <translation>Redigera grupp</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Ny grupp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Rapporterar till</translation>
    </message>
    <message>
        <source>(no one: top level)</source>
        <translation>(ingen: översta nivån)</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Aktiv från</translation>
    </message>
    <message>
        <source>Active to</source>
        <translation>Aktiv till</translation>
    </message>
    <message>
        <source>Minutes published at</source>
        <translation>Anteckningar publiceras på</translation>
    </message>
    <message>
        <source>Web address or intranet page</source>
        <translation>Webbadress eller intranätsida</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Minutes end with lines for the chair and a checker to sign</source>
        <translation>Anteckningarna slutar med rader där ordföranden och en justerare skriver under</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>Edit group…</source>
        <translation>Redigera grupp…</translation>
    </message>
    <message>
        <source>Edit mandate…</source>
        <translation>Redigera uppdragshandling…</translation>
    </message>
    <message>
        <source>Basis for annual report…</source>
        <translation>Underlag för årsrapport…</translation>
    </message>
    <message>
        <source>Mandate history…</source>
        <translation>Uppdragets versioner…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Only current members</source>
        <translation>Bara nuvarande medlemmar</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Lägg till medlem…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Avsluta…</translation>
    </message>
    <message>
        <source>End the membership on a day; it stays in the group&apos;s history</source>
        <translation>Avsluta medlemskapet en viss dag; det finns kvar i gruppens historik</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Add mandate…</source>
        <translation>Lägg in uppdragshandling…</translation>
    </message>
    <message>
        <source>The group has no mandate yet: add one first (“Add mandate…”).</source>
        <translation>Gruppen har inget uppdrag än: lägg in ett först (”Lägg in uppdragshandling…”).</translation>
    </message>
    <message>
        <source>Basis for annual report</source>
        <translation>Underlag för årsrapport</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterat</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Sparad som %1.</translation>
    </message>
    <message>
        <source>Could not be exported</source>
        <translation>Kunde inte exporteras</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Rapporterar till</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(översta nivån)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>Vice ordförande</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>Nuvarande medlemmar</translation>
    </message>
    <message>
        <source>Minutes published at</source>
        <translation>Anteckningar publiceras på</translation>
    </message>
    <message>
        <source>Signatures on the minutes</source>
        <translation>Underskrifter på anteckningarna</translation>
    </message>
    <message>
        <source>Chair and checker (justering)</source>
        <translation>Ordförande och justerare (justering)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inga</translation>
    </message>
    <message>
        <source>Sub-groups</source>
        <translation>Undergrupper</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Uppdragshandling</translation>
    </message>
    <message>
        <source>No mandate recorded.</source>
        <translation>Ingen uppdragshandling registrerad.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Uppdragsbeskrivning</translation>
    </message>
    <message>
        <source>Reporting duties</source>
        <translation>Rapportering</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>version %1 av %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>minst %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>högst %1</translation>
    </message>
    <message>
        <source>Registry reference</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <source>Commissioned by</source>
        <translation>Uppdragsgivare</translation>
    </message>
    <message>
        <source>Meetings per year</source>
        <translation>Möten per år</translation>
    </message>
    <message>
        <source>Chair&apos;s term</source>
        <translation>Ordförandens mandatperiod</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 månader</translation>
    </message>
    <message>
        <source>Chair rotates between municipality and region</source>
        <translation>Ordförandeskapet roterar mellan kommun och region</translation>
    </message>
    <message>
        <source>Substitutes allowed</source>
        <translation>Ersättare tillåtna</translation>
    </message>
    <message>
        <source>Days for the chair to approve minutes</source>
        <translation>Dagar för ordförandens godkännande</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Reviderad</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, till och med %1</translation>
    </message>
    <message>
        <source>Remove membership</source>
        <translation>Ta bort medlemskap</translation>
    </message>
    <message>
        <source>Remove %1 from the group? To keep the history, set an end date instead.</source>
        <translation>Ta bort %1 ur gruppen? Sätt hellre ett slutdatum om historiken ska finnas kvar.</translation>
    </message>
    <message>
        <source>Could not remove</source>
        <translation>Kunde inte ta bort</translation>
    </message>
    <message>
        <source>Choose a member in the list first.</source>
        <translation>Välj först en medlem i listan.</translation>
    </message>
</context>
<context>
    <name>GroupTreeModel</name>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Memb.</source>
        <comment>short column heading: members</comment>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>Nuvarande medlemmar</translation>
    </message>
    <message>
        <source>no chair</source>
        <translation>ingen ordförande</translation>
    </message>
    <message>
        <source>%1
Chair: %2</source>
        <translation>%1
Ordförande: %2</translation>
    </message>
    <message>
        <source>Reports to: %1</source>
        <translation>Rapporterar till: %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <source>History of the meeting</source>
        <translation>Mötets historik</translation>
    </message>
</context>
<context>
    <name>ImportMinutesDialog</name>
    <message>
        <source>Import minutes from Word</source>
        <translation>Importera anteckningar från Word</translation>
    </message>
    <message>
        <source>This is what was recognised in %1. Importing creates a held meeting in %2 with the minutes as a draft, and keeps the document as an attachment. Nothing has been saved yet.</source>
        <translation>Det här kändes igen i %1. Importen skapar ett genomfört möte i %2 med anteckningarna som utkast och sparar dokumentet som bilaga. Inget är sparat ännu.</translation>
    </message>
    <message>
        <source>%1 names match no member of the group; they are left out of the attendance.</source>
        <translation>%1 namn matchar ingen medlem i gruppen; de lämnas utanför närvarolistan.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Added</source>
        <translation>Läggs till</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändras</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Värden</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Private care provider</source>
        <translation>Privat vårdgivare</translation>
    </message>
    <message>
        <source>Association of municipalities</source>
        <translation>Kommunalförbund</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>Coordination council</source>
        <translation>Samordningsråd</translation>
    </message>
    <message>
        <source>Coordination group</source>
        <translation>Samordningsgrupp</translation>
    </message>
    <message>
        <source>Regional collaboration group</source>
        <translation>Regional samverkansgrupp</translation>
    </message>
    <message>
        <source>Management group</source>
        <translation>Ledningsgrupp</translation>
    </message>
    <message>
        <source>Preparation group</source>
        <translation>Beredningsgrupp</translation>
    </message>
    <message>
        <source>Theme group</source>
        <translation>Temagrupp</translation>
    </message>
    <message>
        <source>Local area collaboration (NOSAM)</source>
        <translation>Närområdessamverkan (NOSAM)</translation>
    </message>
    <message>
        <source>Reference group</source>
        <translation>Referensgrupp</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Arbetsgrupp</translation>
    </message>
    <message>
        <source>Other group</source>
        <translation>Annan grupp</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>Vice ordförande</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Ledamot</translation>
    </message>
    <message>
        <source>Co-opted member</source>
        <translation>Adjungerad</translation>
    </message>
    <message>
        <source>Process leader</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekreterare</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Årligen</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Kvartalsvis</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Kallat</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinarie</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Extra</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>For approval</source>
        <translation>För godkännande</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkända</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerade</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Information noted</source>
        <translation>Informationen noteras</translation>
    </message>
    <message>
        <source>Decided in consensus</source>
        <translation>Beslut i enighet</translation>
    </message>
    <message>
        <source>Referred back for renewed preparation</source>
        <translation>Återremiss för förnyad beredning</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Bordlagd</translation>
    </message>
    <message>
        <source>Escalated to another group</source>
        <translation>Lyfts till annan grupp</translation>
    </message>
    <message>
        <source>Struck</source>
        <translation>Struken</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Sent apologies</source>
        <translation>Anmält förhinder</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Inkommet</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>Under beredning</translation>
    </message>
    <message>
        <source>On the agenda</source>
        <translation>På dagordning</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutat</translation>
    </message>
    <message>
        <source>Referred back</source>
        <translation>Återremitterat</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskalerat</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Cancelled action</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>In the app</source>
        <translation>I appen</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Via e-post</translation>
    </message>
    <message>
        <source>Review file</source>
        <translation>Granskningsfil</translation>
    </message>
    <message>
        <source>Other way</source>
        <translation>Annat sätt</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ej påbörjad</translation>
    </message>
    <message>
        <source>Anchored</source>
        <translation>Förankrad</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Ej aktuell</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (skrivskyddad)</translation>
    </message>
    <message>
        <source>Filter groups…</source>
        <translation>Filtrera grupper…</translation>
    </message>
    <message>
        <source>Choose a group in the list, or create one with “New group”.</source>
        <translation>Välj en grupp i listan, eller skapa en med ”Ny grupp”.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>New group…</source>
        <extracomment>Fills an empty database with the demo data (app.py injects it: the UI never imports sampledata).</extracomment>
        <translation>Ny grupp…</translation>
    </message>
    <message>
        <source>New sub-group…</source>
        <translation>Ny undergrupp…</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Ny organisation…</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Ny person…</translation>
    </message>
    <message>
        <source>Roles and logins…</source>
        <translation>Roller och inloggningar…</translation>
    </message>
    <message>
        <source>Verify approved minutes</source>
        <translation>Verifiera godkända anteckningar</translation>
    </message>
    <message>
        <source>Create my signing key…</source>
        <translation>Skapa min signeringsnyckel…</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Publish approved minutes…</source>
        <translation>Publicera godkända anteckningar…</translation>
    </message>
    <message>
        <source>Import register…</source>
        <translation>Importera register…</translation>
    </message>
    <message>
        <source>Export register to Excel…</source>
        <translation>Exportera registret till Excel…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Säkerhetskopior…</translation>
    </message>
    <message>
        <source>Backups are kept for a database file opened for writing; a shared PostgreSQL database is backed up on its server.</source>
        <translation>Säkerhetskopior tas av en databasfil som är öppen för skrivning; en gemensam PostgreSQL-databas säkerhetskopieras på sin server.</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <source>Shared database…</source>
        <translation>Delad databas…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Om %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>&amp;Uppföljning</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Öppna loggmappen</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>Läser in demodata…</translation>
    </message>
    <message>
        <source>The demo data is loaded.</source>
        <translation>Demodata är inläst.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <source>The database is changed from the next start.</source>
        <translation>Databasen byts från nästa start.</translation>
    </message>
    <message>
        <source>Checking the approved minutes…</source>
        <translation>Kontrollerar de godkända anteckningarna…</translation>
    </message>
    <message>
        <source>Checking the signatures…</source>
        <translation>Kontrollerar signaturerna…</translation>
    </message>
    <message>
        <source>Checking the attachments…</source>
        <translation>Kontrollerar bilagorna…</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Kontrollerar granskningsloggen…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifiering</translation>
    </message>
    <message>
        <source>All approved minutes match their approvals.</source>
        <translation>Alla godkända anteckningar stämmer med sina godkännanden.</translation>
    </message>
    <message>
        <source>Export register</source>
        <translation>Exportera registret</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publicerar…</translation>
    </message>
    <message>
        <source>Could not be published</source>
        <translation>Kunde inte publiceras</translation>
    </message>
    <message>
        <source>%1 files written to %2.</source>
        <translation>%1 filer sparade i %2.</translation>
    </message>
    <message>
        <source>List of files with checksums: %1</source>
        <translation>Förteckning över filerna med kontrollsummor: %1</translation>
    </message>
    <message>
        <source>PDF made with %1.</source>
        <translation>PDF gjord med %1.</translation>
    </message>
    <message>
        <source>Stopped before all minutes were published.</source>
        <translation>Avbrutet innan alla anteckningar hade publicerats.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerat</translation>
    </message>
    <message>
        <source>Personal data was removed from the published text (see details).</source>
        <translation>Personuppgifter togs bort ur den publicerade texten (se detaljer).</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Den automatiska säkerhetskopian misslyckades: %1</translation>
    </message>
    <message>
        <source>Backup taken: %1</source>
        <translation>Säkerhetskopia tagen: %1</translation>
    </message>
    <message>
        <source>Meetings, minutes and decisions of coordination groups in health care.</source>
        <translation>Möten, minnesanteckningar och beslut i samverkansgrupper inom hälso- och sjukvården.</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>Mandate</source>
        <translation>Uppdragshandling</translation>
    </message>
    <message>
        <source>Registry reference</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslutad den</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutad av</translation>
    </message>
    <message>
        <source>Commissioned by</source>
        <translation>Uppdragsgivare</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Uppdragsbeskrivning</translation>
    </message>
    <message>
        <source>Meetings per year, at least</source>
        <translation>Möten per år, minst</translation>
    </message>
    <message>
        <source>Meetings per year, at most</source>
        <translation>Möten per år, högst</translation>
    </message>
    <message>
        <source>Chair&apos;s term (months)</source>
        <translation>Ordförandens mandatperiod (månader)</translation>
    </message>
    <message>
        <source>Chair rotates between municipality and region</source>
        <translation>Ordförandeskapet roterar mellan kommun och region</translation>
    </message>
    <message>
        <source>Substitutes allowed</source>
        <translation>Ersättare tillåtna</translation>
    </message>
    <message>
        <source>Days for the chair to approve minutes</source>
        <translation>Dagar för ordförandens godkännande</translation>
    </message>
    <message>
        <source>Revised on</source>
        <translation>Reviderad den</translation>
    </message>
    <message>
        <source>Dates separated by commas, e.g. 2016-02-25, 2019-11-14</source>
        <translation>Datum åtskilda med kommatecken, t.ex. 2016-02-25, 2019-11-14</translation>
    </message>
    <message>
        <source>Add report</source>
        <translation>Lägg till rapport</translation>
    </message>
    <message>
        <source>Remove report</source>
        <translation>Ta bort rapport</translation>
    </message>
    <message>
        <source>Reporting duties</source>
        <translation>Rapportering</translation>
    </message>
    <message>
        <source>Save as a new version (the mandate was revised)</source>
        <translation>Spara som ny version (uppdragshandlingen har reviderats)</translation>
    </message>
    <message>
        <source>Mandate, version %1</source>
        <translation>Uppdragshandling, version %1</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Årsrapport</translation>
    </message>
    <message>
        <source>“%1” is not a valid date. Write dates as YYYY-MM-DD, separated by commas.</source>
        <translation>”%1” är inget giltigt datum. Skriv datum som ÅÅÅÅ-MM-DD, åtskilda med kommatecken.</translation>
    </message>
</context>
<context>
    <name>MandateHistoryDialog</name>
    <message>
        <source>Mandate history: %1</source>
        <translation>Uppdragets versioner: %1</translation>
    </message>
    <message>
        <source>No mandate recorded.</source>
        <translation>Ingen uppdragshandling registrerad.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Commissioned by</source>
        <translation>Uppdragsgivare</translation>
    </message>
    <message>
        <source>Chair&apos;s term</source>
        <translation>Ordförandens mandatperiod</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 månader</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Reviderad</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Uppdragsbeskrivning</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>Koppla kolumnerna</translation>
    </message>
    <message>
        <source>Which column of the file holds what. The guesses come from the headers; fields marked * are required.</source>
        <translation>Vilken kolumn i filen som innehåller vad. Gissningarna kommer från rubrikerna; fält märkta * måste finnas.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit meeting</source>
        <translation>Ändra möte</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Länk för digitalt deltagande</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Change time and place…</source>
        <translation>Ändra tid och plats…</translation>
    </message>
    <message>
        <source>Mark as called</source>
        <translation>Markera som kallat</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>Markera som genomfört</translation>
    </message>
    <message>
        <source>Cancel meeting…</source>
        <translation>Ställ in mötet…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>Ny punkt…</translation>
    </message>
    <message>
        <source>Standard items</source>
        <translation>Standardpunkter</translation>
    </message>
    <message>
        <source>Agenda and minutes</source>
        <translation>Dagordning och anteckningar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>Flytta punkten uppåt</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>Flytta punkten nedåt</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Ta bort punkten</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>Spara nu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Möte</translation>
    </message>
    <message>
        <source>Meeting %1, %2</source>
        <translation>Möte %1, %2</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Anteckningar: %1</translation>
    </message>
    <message>
        <source>Everything is saved.</source>
        <translation>Allt är sparat.</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alla ändringar sparade</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Osparade ändringar…</translation>
    </message>
    <message>
        <source>Not done: the outcome of “%1” could not be recorded.</source>
        <translation>Inte utfört: utfallet för ”%1” kunde inte sparas.</translation>
    </message>
    <message>
        <source>The outcome is not saved</source>
        <translation>Utfallet är inte sparat</translation>
    </message>
    <message>
        <source>Outcome not recorded</source>
        <translation>Utfallet sparades inte</translation>
    </message>
    <message>
        <source>Correct the decision or the outcome (or choose “(no outcome yet)”) and try again.</source>
        <translation>Rätta beslutet eller utfallet (eller välj ”(inget utfall ännu)”) och försök igen.</translation>
    </message>
    <message>
        <source>Could not be undone</source>
        <translation>Kunde inte ångras</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Ny punkt</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Ändra punkt</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Flytta punkt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>The latest text could not be saved. Close anyway?</source>
        <translation>Den senaste texten kunde inte sparas. Stänga ändå?</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Det finns inget att ångra.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Det finns inget att göra om.</translation>
    </message>
    <message>
        <source>Choose an agenda item first.</source>
        <translation>Välj först en punkt på dagordningen.</translation>
    </message>
</context>
<context>
    <name>MeetingExportMenu</name>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Minutes as Word…</source>
        <translation>Minnesanteckningar som Word…</translation>
    </message>
    <message>
        <source>Minutes as PDF…</source>
        <translation>Minnesanteckningar som PDF…</translation>
    </message>
    <message>
        <source>Notice as Word…</source>
        <translation>Kallelse som Word…</translation>
    </message>
    <message>
        <source>Calendar invitation (.ics)…</source>
        <translation>Kalenderinbjudan (.ics)…</translation>
    </message>
    <message>
        <source>Publish to a folder…</source>
        <translation>Publicera till en mapp…</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Kalenderfil (*.ics)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Sparad som %1.</translation>
    </message>
    <message>
        <source>The minutes are not approved: the document is marked UTKAST (draft).</source>
        <translation>Anteckningarna är inte godkända: dokumentet är märkt UTKAST.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterat</translation>
    </message>
    <message>
        <source>Could not be exported</source>
        <translation>Kunde inte exporteras</translation>
    </message>
    <message>
        <source>Personal data was removed from the published text (see details).</source>
        <translation>Personuppgifter togs bort ur den publicerade texten (se detaljer).</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>Publish to folder</source>
        <translation>Publicera till mapp</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publicerar…</translation>
    </message>
    <message>
        <source>Published: %1.</source>
        <translation>Publicerat: %1.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerat</translation>
    </message>
</context>
<context>
    <name>MeetingModels</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gäst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Företräder</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Substitute for</source>
        <translation>Ersättare för</translation>
    </message>
    <message>
        <source>Part of meeting</source>
        <translation>Del av mötet</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Ligger hos</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Väckt av</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Senaste möte</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Reason / to</source>
        <translation>Anledning / till</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bilaga</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
</context>
<context>
    <name>MeetingReasons</name>
    <message>
        <source>The meeting is cancelled.</source>
        <translation>Mötet är inställt.</translation>
    </message>
    <message>
        <source>The meeting is cancelled: its agenda and minutes cannot be changed.</source>
        <translation>Mötet är inställt: dess dagordning och anteckningar kan inte ändras.</translation>
    </message>
    <message>
        <source>The minutes are approved: reopen them (“Reopen…”) to change anything.</source>
        <translation>Anteckningarna är godkända: öppna dem igen (”Öppna igen…”) för att ändra något.</translation>
    </message>
    <message>
        <source>The notice has been sent already: the meeting is called.</source>
        <translation>Kallelsen är redan skickad: mötet är kallat.</translation>
    </message>
    <message>
        <source>The meeting has been held.</source>
        <translation>Mötet är genomfört.</translation>
    </message>
    <message>
        <source>The meeting is marked as held already.</source>
        <translation>Mötet är redan markerat som genomfört.</translation>
    </message>
    <message>
        <source>A held meeting cannot be cancelled.</source>
        <translation>Ett genomfört möte kan inte ställas in.</translation>
    </message>
    <message>
        <source>The meeting is cancelled already.</source>
        <translation>Mötet är redan inställt.</translation>
    </message>
    <message>
        <source>The minutes are published already.</source>
        <translation>Anteckningarna är redan publicerade.</translation>
    </message>
    <message>
        <source>Only approved minutes can be published: record the approval first.</source>
        <translation>Bara godkända anteckningar kan publiceras: anteckna godkännandet först.</translation>
    </message>
    <message>
        <source>Mark the meeting as held first (“Mark as held”).</source>
        <translation>Markera först mötet som genomfört (”Markera som genomfört”).</translation>
    </message>
    <message>
        <source>The minutes are approved already.</source>
        <translation>Anteckningarna är redan godkända.</translation>
    </message>
    <message>
        <source>Only published minutes can be sent to the members: publish them first (Export → Publish to a folder…).</source>
        <translation>Bara publicerade anteckningar kan skickas till medlemmarna: publicera dem först (Exportera → Publicera till en mapp…).</translation>
    </message>
</context>
<context>
    <name>MeetingSending</name>
    <message>
        <source>Meeting pack (PDF)…</source>
        <translation>Möteshandlingar (PDF)…</translation>
    </message>
    <message>
        <source>Send notice…</source>
        <translation>Skicka kallelse…</translation>
    </message>
    <message>
        <source>Send to the chair…</source>
        <translation>Skicka till ordföranden…</translation>
    </message>
    <message>
        <source>Send the minutes…</source>
        <translation>Skicka anteckningarna…</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>Möteshandlingar</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Assembling the meeting pack…</source>
        <translation>Möteshandlingarna sätts samman…</translation>
    </message>
    <message>
        <source>Saved to %1 (%2 pages).</source>
        <translation>Sparad som %1 (%2 sidor).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Writing the e-mail draft…</source>
        <translation>E-postutkastet skrivs…</translation>
    </message>
    <message>
        <source>Large message</source>
        <translation>Stort meddelande</translation>
    </message>
    <message>
        <source>Open the draft anyway</source>
        <translation>Öppna utkastet ändå</translation>
    </message>
    <message>
        <source>E-mail draft</source>
        <translation>E-postutkast</translation>
    </message>
    <message>
        <source>No mail program opened the draft. It is saved as %1; open it in your mail program.</source>
        <translation>Inget e-postprogram öppnade utkastet. Det är sparat som %1; öppna det i ditt e-postprogram.</translation>
    </message>
    <message>
        <source>E-mail draft to %1 recipients opened in the mail program: %2</source>
        <translation>E-postutkast till %1 mottagare öppnat i e-postprogrammet: %2</translation>
    </message>
    <message>
        <source>Could not be done</source>
        <translation>Gick inte att genomföra</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>New meeting…</source>
        <translation>Nytt möte…</translation>
    </message>
    <message>
        <source>Plan the year…</source>
        <translation>Planera året…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Standard items…</source>
        <translation>Standardpunkter…</translation>
    </message>
    <message>
        <source>Import from Word…</source>
        <translation>Importera från Word…</translation>
    </message>
    <message>
        <source>Old minutes from a Word document become a meeting of this group</source>
        <translation>Gamla anteckningar i ett Word-dokument blir ett möte i den här gruppen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>The minutes of %1 have waited %2 days for approval (the mandate allows %3).</source>
        <translation>Anteckningarna från %1 har väntat %2 dagar på godkännande (uppdragshandlingen medger %3).</translation>
    </message>
    <message>
        <source>Choose a meeting in the list first (or double-click it).</source>
        <translation>Välj först ett möte i listan (eller dubbelklicka på det).</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Edit membership</source>
        <translation>Ändra medlemskap</translation>
    </message>
    <message>
        <source>New membership</source>
        <translation>Nytt medlemskap</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(välj)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Företräder</translation>
    </message>
    <message>
        <source>(no party)</source>
        <translation>(ingen part)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Choose a person.</source>
        <translation>Välj en person.</translation>
    </message>
</context>
<context>
    <name>MinutesHtml</name>
    <message>
        <source>that</source>
        <translation>att</translation>
    </message>
    <message>
        <source>substitute for %1</source>
        <translation>ersättare för %1</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
</context>
<context>
    <name>MinutesImportModel</name>
    <message>
        <source>Recognised</source>
        <translation>Igenkänt</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Items recognised as</source>
        <translation>Punkterna kändes igen som</translation>
    </message>
    <message>
        <source>§ numbers</source>
        <translation>§-nummer</translation>
    </message>
    <message>
        <source>kept as in the document</source>
        <translation>behålls som i dokumentet</translation>
    </message>
    <message>
        <source>given by the group&apos;s numbering</source>
        <translation>sätts enligt gruppens numrering</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Obs</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Anmält förhinder</translation>
    </message>
    <message>
        <source>Adjunct or guest</source>
        <translation>Adjungerad eller gäst</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>%1 matched, %2 not recognised</source>
        <translation>%1 matchade, %2 kändes inte igen</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>kändes inte igen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>konfidentiell</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Föredragande</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
</context>
<context>
    <name>MinutesPane</name>
    <message>
        <source>Decision: one “att …” clause per line</source>
        <translation>Beslut: en ”att …”-sats per rad</translation>
    </message>
    <message>
        <source>(no outcome yet)</source>
        <translation>(inget utfall ännu)</translation>
    </message>
    <message>
        <source>For återremiss: what must be prepared</source>
        <translation>Vid återremiss: vad som ska beredas</translation>
    </message>
    <message>
        <source>(own group)</source>
        <translation>(egna gruppen)</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Spara utfall</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Notes: Ctrl+B bold, Ctrl+I italic, lists with the buttons or lines starting with “- ”</source>
        <translation>Anteckningar: Ctrl+B fetstil, Ctrl+I kursiv, listor med knapparna eller rader som börjar med ”- ”</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>To group</source>
        <translation>Till grupp</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>Ny åtgärd…</translation>
    </message>
    <message>
        <source>Make this a case</source>
        <translation>Gör till ärende</translation>
    </message>
    <message>
        <source>A case can come back at later meetings; its history is kept.</source>
        <translation>Ett ärende kan komma tillbaka vid senare möten; dess historik sparas.</translation>
    </message>
    <message>
        <source>%1 commented: %2</source>
        <translation>%1 kommenterade: %2</translation>
    </message>
    <message>
        <source> (case: %1)</source>
        <translation> (ärende: %1)</translation>
    </message>
    <message>
        <source>The text could not be saved.</source>
        <translation>Texten kunde inte sparas.</translation>
    </message>
    <message>
        <source>The text is kept here and in a recovery file that is offered at the next start.</source>
        <translation>Texten finns kvar här och i en återställningsfil som erbjuds vid nästa start.</translation>
    </message>
    <message>
        <source>The text could not be kept in a recovery file either: do not close the window, copy the text somewhere safe.</source>
        <translation>Texten kunde inte heller sparas i en återställningsfil: stäng inte fönstret, kopiera texten till ett säkert ställe.</translation>
    </message>
    <message>
        <source>Choose an agenda item first.</source>
        <translation>Välj först en punkt på dagordningen.</translation>
    </message>
</context>
<context>
    <name>MinutesPeopleBar</name>
    <message>
        <source>Minutes taken by</source>
        <translation>Vid anteckningarna</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(inte vald)</translation>
    </message>
    <message>
        <source>Checker (justerare)</source>
        <translation>Justerare</translation>
    </message>
    <message>
        <source>Checker (justerare):</source>
        <translation>Justerare:</translation>
    </message>
    <message>
        <source>Minutes taken by:</source>
        <translation>Vid anteckningarna:</translation>
    </message>
    <message>
        <source>The group&apos;s secretary (%1)</source>
        <translation>Gruppens sekreterare (%1)</translation>
    </message>
    <message>
        <source>(no one named)</source>
        <translation>(ingen angiven)</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Redigera organisation</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Sign with your key</source>
        <translation>Signera med din nyckel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Redigera person</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Personal data: used for invitations, never published.</source>
        <translation>Personuppgift: används för inbjudningar, publiceras aldrig.</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Signeringsnycklar</translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation>Nycklar…</translation>
    </message>
</context>
<context>
    <name>PersonKeysDialog</name>
    <message>
        <source>Signing keys of %1</source>
        <translation>Signeringsnycklar för %1</translation>
    </message>
    <message>
        <source>Paste the public key here, or import the file the key&apos;s owner sent you.</source>
        <translation>Klistra in den publika nyckeln här, eller importera filen som nyckelns ägare skickade dig.</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>Importera fil…</translation>
    </message>
    <message>
        <source>Register key</source>
        <translation>Registrera nyckel</translation>
    </message>
    <message>
        <source>New key (replaces the current one; earlier approvals stay valid):</source>
        <translation>Ny nyckel (ersätter den nuvarande; tidigare godkännanden gäller fortfarande):</translation>
    </message>
    <message>
        <source>No key registered: this person&apos;s approvals are unsigned.</source>
        <translation>Ingen nyckel registrerad: personens godkännanden är osignerade.</translation>
    </message>
    <message>
        <source>current, since %1</source>
        <translation>gäller sedan %1</translation>
    </message>
    <message>
        <source>replaced, %1 – %2</source>
        <translation>ersatt, %1 – %2</translation>
    </message>
    <message>
        <source>Registered keys:</source>
        <translation>Registrerade nycklar:</translation>
    </message>
    <message>
        <source>Fingerprint: &lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt;&lt;br&gt;Read it to the key&apos;s owner by phone: register the key only if theirs is the same.</source>
        <translation>Fingeravtryck: &lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt;&lt;br&gt;Läs upp det för nyckelns ägare per telefon: registrera nyckeln bara om deras är detsamma.</translation>
    </message>
    <message>
        <source>Import public key</source>
        <translation>Importera publik nyckel</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.pem *.txt)</source>
        <translation>Publika nycklar (*.pub *.pem *.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be read as a public key.</source>
        <translation>%1 kan inte läsas som en publik nyckel.</translation>
    </message>
    <message>
        <source>The key %1 is registered on %2.</source>
        <translation>Nyckeln %1 är registrerad på %2.</translation>
    </message>
</context>
<context>
    <name>PlanCaseDialog</name>
    <message>
        <source>Put on an agenda</source>
        <translation>Sätt på dagordning</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(välj)</translation>
    </message>
    <message>
        <source>Choose an upcoming meeting (plan one under the Meetings tab if there is none).</source>
        <translation>Välj ett kommande möte (planera ett under fliken Möten om inget finns).</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>What the import does with every row. Nothing is saved until you import, and nothing at all while a row has a problem.</source>
        <translation>Vad importen gör med varje rad. Inget sparas förrän du importerar, och inget alls så länge någon rad har problem.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish approved minutes</source>
        <translation>Publicera godkända anteckningar</translation>
    </message>
    <message>
        <source>Meetings from</source>
        <translation>Möten från och med</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Also save as PDF</source>
        <translation>Spara även som PDF</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicera</translation>
    </message>
    <message>
        <source>Approved minutes waiting to be published: %1</source>
        <translation>Godkända anteckningar som väntar på publicering: %1</translation>
    </message>
    <message>
        <source>Publish to folder</source>
        <translation>Publicera till mapp</translation>
    </message>
    <message>
        <source>Choose the folder to publish the files in.</source>
        <translation>Välj mappen som filerna ska publiceras i.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 är en fil, inte en mapp.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Unsaved text from last time</source>
        <translation>Osparad text från förra gången</translation>
    </message>
    <message>
        <source>This text was typed but could not be saved to the database. Restore it into its agenda item, or discard it.</source>
        <translation>Den här texten skrevs men kunde inte sparas i databasen. Lägg tillbaka den i sin dagordningspunkt, eller kasta den.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Skriven</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Kopiera texten</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Bestäm senare</translation>
    </message>
    <message>
        <source>(meeting no longer exists)</source>
        <translation>(mötet finns inte längre)</translation>
    </message>
    <message>
        <source>Use “Copy text” and paste it where it belongs.</source>
        <translation>Använd ”Kopiera texten” och klistra in den där den hör hemma.</translation>
    </message>
    <message>
        <source>The text is back in “%1”.</source>
        <translation>Texten är tillbaka i ”%1”.</translation>
    </message>
    <message>
        <source>The agenda item “%1” no longer exists.</source>
        <translation>Dagordningspunkten ”%1” finns inte längre.</translation>
    </message>
    <message>
        <source>The agenda item “%1” is not in this database.</source>
        <translation>Dagordningspunkten ”%1” finns inte i den här databasen.</translation>
    </message>
    <message>
        <source>The text is on the clipboard.</source>
        <translation>Texten finns i urklipp.</translation>
    </message>
    <message>
        <source>Discard text</source>
        <translation>Kasta texten</translation>
    </message>
    <message>
        <source>Throw away the unsaved text of “%1”? It cannot be brought back.</source>
        <translation>Kasta den osparade texten i ”%1”? Den går inte att få tillbaka.</translation>
    </message>
</context>
<context>
    <name>RegisterImportWizard</name>
    <message>
        <source>Import register</source>
        <translation>Importera register</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>%1 rows have problems (in red above); nothing will be imported. Correct the file and choose it again.</source>
        <translation>%1 rader har problem (i rött ovan); inget kommer att importeras. Rätta filen och välj den igen.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 changed, %4 unchanged</source>
        <translation>%1: %2 tillagda, %3 ändrade, %4 oförändrade</translation>
    </message>
    <message>
        <source>Press Import to save all of it in one go.</source>
        <translation>Tryck Importera för att spara alltihop i ett svep.</translation>
    </message>
</context>
<context>
    <name>RegisterModels</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Företräder</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrera…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Export register to Excel…</source>
        <translation>Exportera registret till Excel…</translation>
    </message>
    <message>
        <source>Choose a row in the list first.</source>
        <translation>Välj först en rad i listan.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove %1 from the register?</source>
        <translation>Ta bort %1 ur registret?</translation>
    </message>
    <message>
        <source>Could not remove</source>
        <translation>Kunde inte ta bort</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen minutes</source>
        <translation>Öppna anteckningarna igen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
</context>
<context>
    <name>ReportDoneDialog</name>
    <message>
        <source>Report submitted</source>
        <translation>Rapport lämnad</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Lämnad den</translation>
    </message>
    <message>
        <source>Not submitted after all (take the mark back)</source>
        <translation>Inte lämnad ändå (ta tillbaka markeringen)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
</context>
<context>
    <name>ReportingDutyTableModel</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Recurs</source>
        <translation>Återkommer</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review: %1, %2</source>
        <translation>Granskning: %1, %2</translation>
    </message>
    <message>
        <source>Review mode: no database is open. Checksum of these minutes: %1</source>
        <translation>Granskningsläge: ingen databas är öppen. Anteckningarnas kontrollsumma: %1</translation>
    </message>
    <message>
        <source>(choose your name)</source>
        <translation>(välj ditt namn)</translation>
    </message>
    <message>
        <source>(no signing key)</source>
        <translation>(ingen signeringsnyckel)</translation>
    </message>
    <message>
        <source>Create signing key…</source>
        <translation>Skapa signeringsnyckel…</translation>
    </message>
    <message>
        <source>Note to the secretary (optional)</source>
        <translation>Meddelande till sekreteraren (frivilligt)</translation>
    </message>
    <message>
        <source>Approve and save receipt…</source>
        <translation>Godkänn och spara kvitto…</translation>
    </message>
    <message>
        <source>Save comments without approving…</source>
        <translation>Spara kommentarer utan att godkänna…</translation>
    </message>
    <message>
        <source>Comments per item</source>
        <translation>Kommentarer per punkt</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Godkännare</translation>
    </message>
    <message>
        <source>Your signing key (the receipt is signed with it)</source>
        <translation>Din signeringsnyckel (kvittot signeras med den)</translation>
    </message>
    <message>
        <source>Choose your signing key, or create one: the receipt must be signed for the secretary to accept it.</source>
        <translation>Välj din signeringsnyckel, eller skapa en: kvittot måste signeras för att sekreteraren ska kunna ta emot det.</translation>
    </message>
    <message>
        <source>You approve the minutes of %1, %2 (checksum %3) and sign the receipt.</source>
        <translation>Du godkänner anteckningarna från %1, %2 (kontrollsumma %3) och signerar kvittot.</translation>
    </message>
    <message>
        <source>You sign your comments on the minutes of %1, %2 (checksum %3).</source>
        <translation>Du signerar dina kommentarer på anteckningarna från %1, %2 (kontrollsumma %3).</translation>
    </message>
    <message>
        <source>Choose your name among those who may approve the minutes.</source>
        <translation>Välj ditt namn bland dem som får godkänna anteckningarna.</translation>
    </message>
    <message>
        <source>Write at least one comment, or approve the minutes.</source>
        <translation>Skriv minst en kommentar, eller godkänn anteckningarna.</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Spara kvitto</translation>
    </message>
    <message>
        <source>Receipts (*%1)</source>
        <translation>Kvitton (*%1)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>The receipt is saved as %1. Send it to the secretary.</source>
        <translation>Kvittot är sparat som %1. Skicka det till sekreteraren.</translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <source>Bold</source>
        <translation>Fetstil</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(inga förslag)</translation>
    </message>
    <message>
        <source>Add to dictionary</source>
        <translation>Lägg till i ordlistan</translation>
    </message>
</context>
<context>
    <name>RichTextField</name>
    <message>
        <source>Bulleted list</source>
        <translation>Punktlista</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numrerad lista</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Secretary</source>
        <translation>Sekreterare</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>Vice ordförande</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Läsare</translation>
    </message>
    <message>
        <source>Register keeper</source>
        <translation>Registeransvarig</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Sub-groups</source>
        <translation>Undergrupper</translation>
    </message>
    <message>
        <source>also sub-groups</source>
        <translation>även undergrupper</translation>
    </message>
    <message>
        <source>Roles and logins</source>
        <translation>Roller och inloggningar</translation>
    </message>
    <message>
        <source>On the shared database each person logs in with their own login; the roles decide, in the database itself, what the login may read and change.</source>
        <translation>I den delade databasen loggar var och en in med en egen inloggning; rollerna avgör, i databasen själv, vad inloggningen får läsa och ändra.</translation>
    </message>
    <message>
        <source>In a database file on this computer everything is allowed. The roles given here apply when the region moves to a shared PostgreSQL database.</source>
        <translation>I en databasfil på den här datorn är allt tillåtet. Rollerna som ges här gäller när regionen flyttar till en delad PostgreSQL-databas.</translation>
    </message>
    <message>
        <source>the person&apos;s login, or from the e-mail address</source>
        <translation>personens inloggning, annars från e-postadressen</translation>
    </message>
    <message>
        <source>Also in every group below</source>
        <translation>Även i alla grupper under</translation>
    </message>
    <message>
        <source>Give role</source>
        <translation>Ge roll</translation>
    </message>
    <message>
        <source>Take away selected role</source>
        <translation>Ta bort vald roll</translation>
    </message>
    <message>
        <source>Add a person and a group to the register first.</source>
        <translation>Lägg först in en person och en grupp i registret.</translation>
    </message>
    <message>
        <source>Select a role in the list first.</source>
        <translation>Välj först en roll i listan.</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Plan meetings</source>
        <translation>Planera möten</translation>
    </message>
    <message>
        <source>First meeting on or after</source>
        <translation>Första mötet tidigast</translation>
    </message>
    <message>
        <source>Number of meetings</source>
        <translation>Antal möten</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rytm</translation>
    </message>
    <message>
        <source>Every N weeks</source>
        <translation>Var N:e vecka</translation>
    </message>
    <message>
        <source>The n:th weekday every N months</source>
        <translation>Den n:te veckodagen var N:e månad</translation>
    </message>
    <message>
        <source>Interval (N)</source>
        <translation>Intervall (N)</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Veckodag</translation>
    </message>
    <message>
        <source>(as the first)</source>
        <translation>(som första mötet)</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tisdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lördag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>söndag</translation>
    </message>
    <message>
        <source>Which one in the month</source>
        <translation>Vilken i månaden</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Första</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Andra</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>Tredje</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>Fjärde</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Sista</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Länk för digitalt deltagande</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Warning about the number of meetings</source>
        <translation>Varning om antalet möten</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Check Swedish spelling in notes and decisions</source>
        <translation>Kontrollera svensk stavning i anteckningar och beslut</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Nytt språk används från nästa start.</translation>
    </message>
</context>
<context>
    <name>SheetMapping</name>
    <message>
        <source>Skip this sheet</source>
        <translation>Hoppa över bladet</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Innehåller</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(finns inte i filen)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolumn %1</translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <source>Create signing key</source>
        <translation>Skapa signeringsnyckel</translation>
    </message>
    <message>
        <source>Your signing key shows who approved minutes. The private key stays in this computer&apos;s data folder (%1), encrypted with your passphrase: nobody, not even the secretary, can sign in your name without it. Send the public key file to the secretary and read its fingerprint to them by phone.</source>
        <translation>Din signeringsnyckel visar vem som godkände anteckningarna. Den privata nyckeln stannar i datorns datamapp (%1), krypterad med din lösenfras: ingen, inte ens sekreteraren, kan signera i ditt namn utan den. Skicka den publika nyckelfilen till sekreteraren och läs upp fingeravtrycket för hen per telefon.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Lösenfrasen igen</translation>
    </message>
    <message>
        <source>at least %1 characters, several words</source>
        <translation>minst %1 tecken, gärna flera ord</translation>
    </message>
    <message>
        <source>Signing key created</source>
        <translation>Signeringsnyckeln är skapad</translation>
    </message>
    <message>
        <source>Fingerprint: %1

The public key is in %2. Send it to the secretary, who registers it on you; compare the fingerprint with them by phone.</source>
        <translation>Fingeravtryck: %1

Den publika nyckeln finns i %2. Skicka den till sekreteraren, som registrerar den på dig; jämför fingeravtrycket med hen per telefon.</translation>
    </message>
    <message>
        <source>Save a copy of the public key…</source>
        <translation>Spara en kopia av den publika nyckeln…</translation>
    </message>
    <message>
        <source>Save public key</source>
        <translation>Spara publik nyckel</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Publika nycklar (*.pub)</translation>
    </message>
</context>
<context>
    <name>StartupRecovery</name>
    <message>
        <source>The database cannot be used: it is damaged (%1).</source>
        <extracomment>Files up to this size are checked before the window opens (a fraction of a second); larger ones right after, off the GUI thread, so that start-up stays quick on a region&apos;s twenty years of minutes (about 1 s per 400 MB).</extracomment>
        <translation>Databasen kan inte användas: den är skadad (%1).</translation>
    </message>
    <message>
        <source>The damaged file has been moved aside, untouched:</source>
        <translation>Den skadade filen har flyttats undan, orörd:</translation>
    </message>
    <message>
        <source>The newest good backup is from %1 (%2). Restore it? What was changed after it is not in it.</source>
        <translation>Den senaste felfria säkerhetskopian är från %1 (%2). Vill du återställa den? Det som ändrades efter den finns inte med.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>Det finns ingen felfri säkerhetskopia att återställa.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Återställ säkerhetskopian</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Börja med en tom databas</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>The database was damaged and has been restored from the backup from %1. What was changed after it is not in it. The damaged file is kept in %2.</source>
        <translation>Databasen var skadad och har återställts från säkerhetskopian från %1. Det som ändrades efter den finns inte med. Den skadade filen finns kvar i %2.</translation>
    </message>
    <message>
        <source>The database was damaged; you started with an empty one. The damaged file is kept in %1.</source>
        <translation>Databasen var skadad; du började med en tom databas. Den skadade filen finns kvar i %1.</translation>
    </message>
    <message>
        <source>The database is damaged: close the program and start it again to repair it.</source>
        <extracomment>The app starts the quick check of a large database this long after its window opened (``delay_ms``).</extracomment>
        <translation>Databasen är skadad: stäng programmet och starta det igen för att reparera den.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Standard agenda items</source>
        <translation>Standardpunkter på dagordningen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Upp</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>New standard item</source>
        <translation>Ny standardpunkt</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Choose Word template…</source>
        <translation>Välj Word-mall…</translation>
    </message>
    <message>
        <source>Use the standard template</source>
        <translation>Använd standardmallen</translation>
    </message>
    <message>
        <source>the standard template</source>
        <translation>standardmallen</translation>
    </message>
    <message>
        <source>Word template: %1</source>
        <translation>Word-mall: %1</translation>
    </message>
    <message>
        <source>Choose Word template</source>
        <translation>Välj Word-mall</translation>
    </message>
    <message>
        <source>Word document or template (*.docx *.dotx)</source>
        <translation>Word-dokument eller Word-mall (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Template not used</source>
        <translation>Mallen används inte</translation>
    </message>
    <message>
        <source>The file %1 could not be read (%2).</source>
        <translation>Filen %1 kunde inte läsas (%2).</translation>
    </message>
    <message>
        <source>The group uses the standard template already.</source>
        <translation>Gruppen använder redan standardmallen.</translation>
    </message>
</context>
<context>
    <name>TemplateTableModel</name>
    <message>
        <source>Standard item</source>
        <translation>Standardpunkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Sist</translation>
    </message>
    <message>
        <source>Decision wording</source>
        <translation>Beslutsformulering</translation>
    </message>
    <message>
        <source>Procedural (no anchoring)</source>
        <translation>Formalia (ingen förankring)</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>HH:MM</source>
        <translation>TT:MM</translation>
    </message>
    <message>
        <source>“%1” is not a valid time. Write for example 13:05.</source>
        <translation>”%1” är ingen giltig tid. Skriv till exempel 13:05.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Who is using the app?</source>
        <translation>Vem använder programmet?</translation>
    </message>
    <message>
        <source>Every change is recorded in the history with your name and the computer&apos;s login (%1). Choose yourself in the register, or type your name.</source>
        <translation>Varje ändring antecknas i historiken med ditt namn och datorns inloggning (%1). Välj dig själv i registret, eller skriv ditt namn.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Förnamn och efternamn</translation>
    </message>
    <message>
        <source>Write your name or choose yourself in the list.</source>
        <translation>Skriv ditt namn eller välj dig själv i listan.</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>Namnet är för långt (högst 200 tecken).</translation>
    </message>
</context>
<context>
    <name>YearWheelModel</name>
    <message>
        <source>submitted</source>
        <translation>lämnad</translation>
    </message>
    <message>
        <source>not submitted</source>
        <translation>inte lämnad</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Could not be done</source>
        <translation>Kunde inte utföras</translation>
    </message>
</context>
</TS>
